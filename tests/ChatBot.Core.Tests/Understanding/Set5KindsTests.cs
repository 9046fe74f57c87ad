namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Kinds behind blind set 5's misses (session 28, understand16), each with wordings written here, not the set's: fractions
/// and halves as a percent; a bare "không kịp" asked, with its cause in the next clause blocked; "tại" and a breakdown as a
/// cause; "cái thứ N" as a task; a bare "chưa" beside another task's news; "đến cuối quý/năm" as a window from today; a
/// reason before "nên" that starts after "mà/nhưng còn".
/// Case-table lines (<see cref="CaseTable"/>); today is Thursday 10/09/2026 (as blind set 5's). In each kind the rows before
/// "guards" were red on main a41eeda; the guards were green and must stay so.
/// </summary>
public class Set5KindsTests
{
    private static readonly DateOnly Today = new(2026, 9, 10);

    /// <summary>Kind 1: a half or a slash/"phần" fraction after "khoảng/tầm/được" is a percent even when "thôi" ends it;
    /// "được 3/7 tổ" counts parts (in progress, no percent); "khoảng nửa tháng" is a time, "hơn nữa" is "moreover".</summary>
    public static TheoryData<string> FractionsAndHalves() => [.. CaseTable.Lines("""
        [reply=12] tầm nửa rồi anh => progress 50
        [reply=12] khoang nua r a => progress 50
        [reply=12] chừng nửa thôi chị ạ => progress 50
        [reply=12] mới được 1/4 thôi chị => progress 25
        [reply=12] mới làm được 2 phần 3 thôi a => progress 67
        [reply=12] mới được 3/7 tổ thôi => progress
        [reply=12] được 2/9 khu phố rồi ạ => progress
        # --- guards (green before, must stay)
        [reply=12] được một nửa rồi anh => progress 50
        [reply=12] xong 4/7 tổ rồi => progress
        [reply=12] khoảng nửa tháng nữa xong => progress
        [reply=12] chưa xong, hơn nữa còn thiếu người => unsure progress|blocked
        """)];

    /// <summary>Kind 2: "không kịp" with nothing after it is late for a cause unsaid — asked [đang làm, vướng]; a next clause
    /// that says what is missing, not done or broken is its cause — blocked; "không kịp hoàn thành" stays in progress.</summary>
    public static TheoryData<string> NotInTime() => [.. CaseTable.Lines("""
        [reply=12] ko kịp đâu chị => unsure progress|blocked
        [reply=12] không kịp hạn đâu anh => unsure progress|blocked
        [reply=12] không kịp chị ơi, thiếu kinh phí => blocked "thiếu kinh phí"
        [reply=12] ko kip dau a, chua co so lieu => blocked "chua co so lieu"
        [reply=12] không kịp đâu, dân chưa đồng ý => blocked "dân chưa đồng ý"
        [reply=12] em không kịp đâu, máy tính hỏng rồi => blocked "máy tính hỏng"
        # --- guards (green before, must stay)
        [reply=12] chắc không kịp rồi anh => unsure progress|blocked
        [reply=12] không kịp hoàn thành => progress
        [reply=12] không kịp, mai em hoàn thành => progress
        [reply=12] không kịp báo, nhưng đã xong rồi => done
        [reply=12] không kịp vì thiếu người => blocked "thiếu người"
        """)];

    /// <summary>Kind 3: "tại" followed by a breakdown ("máy in bị hỏng", "mất điện", "mạng lỗi", "xe hư") is a cause, after
    /// a comma or not; "tại phường", "tại hội trường" (a place) is none.</summary>
    public static TheoryData<string> BreakdownAfterTai() => [.. CaseTable.Lines("""
        [reply=12] chưa làm được, tại mất điện => blocked "mất điện"
        [reply=12] chua gui duoc a, tai mang loi => blocked "mang loi"
        [reply=12] chưa xong tại xe hỏng => blocked "xe hỏng"
        [reply=12] chưa xong, tại mạng bị lỗi => blocked "mạng bị lỗi"
        # --- guards (green before, must stay)
        [reply=12] chậm chút anh ơi, tại máy in bị hỏng => blocked "máy in bị hỏng"
        [reply=12] chưa xong tại phường => progress
        [reply=12] đã xong, tại hội trường phường => done
        """)];

    /// <summary>Kind 4: "cái thứ N" (also "cai thu N") names task N in replies and questions; "thứ" there is no weekday.</summary>
    public static TheoryData<string> OrdinalItem() => [.. CaseTable.Lines("""
        cái thứ 7 đang làm anh => progress @7
        cai thu 3 xong r => done @3
        cái thứ 21 hoàn thành rồi ạ => done @21
        [leader] cái thứ 8 sao rồi => q task=8
        [leader] cai thu 22 xong chua => q task=22
        [leader] cái thứ 6 đến đâu rồi => q task=6
        """)];

    /// <summary>Kind 5: several tasks without punctuation; a task whose words are only "chưa" beside another's news is not
    /// done yet.</summary>
    public static TheoryData<string> SeveralWithoutPunctuation() => [.. CaseTable.Lines("""
        #7 xong #8 chưa => several done @7 ; progress @8
        #12 xong, #13 chưa => several done @12 ; progress @13
        20 xong 21 chua a => several done @20 ; progress @21
        # --- guards (green before, must stay)
        5 xong 6 dang lam => several done @5 ; progress @6
        việc 3 xong việc 4 đang làm => several done @3 ; progress @4
        """)];

    /// <summary>Kind 6: "đến cuối quý", "từ giờ đến hết quý", "đến cuối năm": a window from today to that end.</summary>
    public static TheoryData<string> UntilQuarterOrYearEnd() => [.. CaseTable.Lines("""
        [leader] từ giờ đến cuối quý có việc nào đến hạn không => q duesoon win=2026-09-10..2026-09-30
        [leader] den het quy con viec gi phai xong => q duesoon win=2026-09-10..2026-09-30
        [leader] đến cuối năm còn những việc gì => q duesoon win=2026-09-10..2026-12-31
        # --- guards (green before, must stay)
        [leader] đến cuối tháng còn việc gì phải xong => q duesoon win=2026-09-10..2026-09-30
        """)];

    /// <summary>Kind 7: with no cause word, the reason before "nên" starts after the last "mà/nhưng (còn)": "em đang làm mà
    /// còn thiếu hồ sơ nên chưa nộp được" → "thiếu hồ sơ", not the whole start of the reply.</summary>
    public static TheoryData<string> ReasonAfterBut() => [.. CaseTable.Lines("""
        [reply=12] em đang làm mà còn thiếu hồ sơ của tổ 2 nên chưa nộp được => blocked "thiếu hồ sơ của tổ 2"
        [reply=12] dang lam nhung thieu xe nen chua kiem tra duoc => blocked "thieu xe"
        [reply=12] em làm rồi nhưng còn thiếu chữ ký nên chưa gửi được ạ => blocked "thiếu chữ ký"
        # --- guards (green before, must stay)
        [reply=12] thiếu xe nên chưa đi khảo sát được => blocked "thiếu xe"
        [reply=12] Dạ báo cáo anh, bên em gặp khó khăn do địa bàn rộng, thiếu nhân lực ạ => blocked "địa bàn rộng, thiếu nhân lực"
        """)];

    [Theory, MemberData(nameof(ReasonAfterBut))]
    public void A_reason_before_nen_starts_after_but(string line) => Expect(line);

    [Theory, MemberData(nameof(FractionsAndHalves))]
    public void A_half_or_a_fraction_is_a_percent(string line) => Expect(line);

    [Theory, MemberData(nameof(NotInTime))]
    public void Not_in_time_is_asked_or_blocked_by_its_cause(string line) => Expect(line);

    [Theory, MemberData(nameof(BreakdownAfterTai))]
    public void A_breakdown_after_tai_is_a_cause(string line) => Expect(line);

    [Theory, MemberData(nameof(OrdinalItem))]
    public void An_ordinal_item_names_a_task(string line) => Expect(line);

    [Theory, MemberData(nameof(SeveralWithoutPunctuation))]
    public void Several_tasks_without_punctuation_are_parts(string line) => Expect(line);

    [Theory, MemberData(nameof(UntilQuarterOrYearEnd))]
    public void Until_the_quarter_or_year_end_is_a_window(string line) => Expect(line);

    private static void Expect(string line)
    {
        if (CaseTable.Check(line, Today) is { } problem) Assert.Fail(problem);
    }
}
