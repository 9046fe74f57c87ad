namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Kinds behind blind set 4's misses (session 27, understand15), each with several wordings written here, not the set's:
/// a cause after "tại"; "my part is done" (the rest unknown) and "done but not reported" asked back; fractions read as
/// percents; "đang trong quá trình …"; a cause before "nên" with "chưa &lt;verb&gt; được". Case-table lines
/// (<see cref="CaseTable"/>); today is Wednesday 08/07/2026. Every row marked red below was red on main fa54b9e.
/// </summary>
public class Set4KindsTests
{
    /// <summary>Kind 1: "tại" opening a clause that says what is missing or not done is a cause ("because"), like "tại vì";
    /// "tại" as "at" (a place) is none.</summary>
    public static TheoryData<string> CauseAfterTai() => [.. CaseTable.Lines("""
        [reply=12] chưa xong anh ơi, tại phường chưa duyệt => blocked "phường chưa duyệt"
        [reply=12] chưa làm được, tại thiếu kinh phí => blocked "thiếu kinh phí"
        [reply=12] chua xong a, tai ben thue chua gui so lieu => blocked "ben thue chua gui so lieu"
        [reply=12] chậm ạ, tại dân chưa đồng ý => blocked "dân chưa đồng ý"
        [reply=12] chưa xong nhé tại không có xe => blocked "không có xe"
        [reply=12] đã xong, tại hội trường phường => done
        [reply=12] chưa xong tại phường => progress
        """)];

    /// <summary>Kind 2: "phần (việc) của em xong rồi" — the writer's part, the task may be more — and "xong rồi, còn phần kia
    /// em không rõ" are asked [đang làm, xong], as "xong phần của em" is; a part left undone is in progress.</summary>
    public static TheoryData<string> OwnPartDone() => [.. CaseTable.Lines("""
        [reply=12] phần của em xong rồi, còn phần của phường em chưa biết => unsure progress|done
        [reply=12] phần việc bên em đã xong ạ => unsure progress|done
        [reply=12] phan cua minh xong r nha => unsure progress|done
        [reply=12] xong rồi, còn phần kia em không rõ => unsure done|progress
        [reply=12] xong rồi, còn phần khảo sát chưa làm => progress
        [reply=12] phần việc được giao đã xong rồi ạ => done
        """)];

    /// <summary>Kind 3: a weak done ("đã làm", "đã thực hiện rồi") then "mà/nhưng chưa báo cáo/gửi/nộp" is asked
    /// [xong, đang làm], as a plain done with "nhưng chưa gửi" is.</summary>
    public static TheoryData<string> WeakDoneNotReported() => [.. CaseTable.Lines("""
        [reply=12] em đã thực hiện rồi nhưng chưa báo cáo => unsure done|progress
        [reply=12] đã triển khai rồi mà chưa gửi báo cáo ạ => unsure done|progress
        [reply=12] da xu ly roi ma chua nop a => unsure done|progress
        [reply=12] đã gửi bản nháp, chưa nộp bản chính => progress
        [reply=12] em chưa gửi hồ sơ => progress
        """)];

    /// <summary>Kind 4: a fraction after "được", "đạt" or "khoảng/tầm" ("2/3", "3 phần 4", "tầm 1 nửa") is a percent;
    /// "xong 2/3" and "hoàn thành 3/5 tổ" count parts, no percent.</summary>
    public static TheoryData<string> FractionPercent() => [.. CaseTable.Lines("""
        [reply=12] làm được 2/3 rồi anh => progress 67
        [reply=12] đạt khoảng 3/4 khối lượng => progress 75
        [reply=12] dc tầm 1/2 r a => progress 50
        [reply=12] được chừng 3 phần 4 rồi ạ => progress 75
        [reply=12] trien khai duoc 1 phan 3 => progress 33
        [reply=12] đang làm, khoảng 1 nửa rồi anh => progress 50
        [reply=12] tầm một nửa rồi ạ => progress 50
        [reply=12] xong 2/3 rồi ạ => progress
        [reply=12] đã hoàn thành 3/5 tổ dân phố, còn lại tuần sau => progress
        [reply=12] từ 20/7 em làm => none
        """)];

    /// <summary>Kind 5: "(đang/vẫn) trong quá trình …" is work under way, even before a done word.</summary>
    public static TheoryData<string> InTheProcess() => [.. CaseTable.Lines("""
        [reply=12] đang trong quá trình thực hiện => progress
        [reply=12] dang trong qua trinh trien khai a => progress
        [reply=12] việc này vẫn đang trong quá trình xử lý anh ạ => progress
        [reply=12] đang trong quá trình hoàn thành ạ => progress
        """)];

    /// <summary>Kind 6: "chưa &lt;any work verb&gt; được" is inability; with a cause before "nên" (no difficulty word) it is
    /// blocked with that cause; without a cause it is asked.</summary>
    public static TheoryData<string> CauseBeforeNen() => [.. CaseTable.Lines("""
        [reply=12] thiếu xe nên chưa đi khảo sát được => blocked "thiếu xe"
        [reply=12] mưa lớn nên chưa kiểm tra được => blocked "mưa lớn"
        [reply=12] dân đi vắng nên chưa gặp được ạ => blocked "dân đi vắng"
        [reply=12] chưa kiểm tra được vì mưa => blocked "mưa"
        [reply=12] hỏng máy đo nên chưa đo được => blocked "hỏng máy đo"
        [reply=12] chưa kiểm tra được => unsure blocked|progress
        """)];

    /// <summary>Kind 9: VNI typed without a Vietnamese keyboard leaves its keys (1-9) inside a word ("hoa2n", "chu7a",
    /// "d9a4"): they are dropped; a word with digits only at its end ("nv12", "tdp3", "a5") is left as it was.</summary>
    public static TheoryData<string> VniLeftovers() => [.. CaseTable.Lines("""
        [reply=12] e d9a4 hoa2n tha2nh => done
        [reply=12] chu7a xong a5 => progress
        [reply=12] d9ang la2m nhe1 => progress
        [reply=12] d9a4 nha65n a5 => ack
        nv12 xong rồi => done @12
        [leader] tdp3 xong chưa => q progress unit="tdp3"
        """)];

    /// <summary>Kind 10: teencode `kq` (kết quả) and `wa` (quá); a result named before "gửi" ("kq em gửi anh rồi") is
    /// "sent it" — asked [xong, đang làm] like "em gửi anh kết quả".</summary>
    public static TheoryData<string> TeencodeKqWa() => [.. CaseTable.Lines("""
        [reply=12] kq em gửi anh rồi nha => unsure done|progress
        [reply=12] báo cáo em đã gửi qua zalo => unsure done|progress
        [reply=12] kho wa anh oi => unsure blocked|progress
        [reply=12] viec nay kho wa => unsure blocked|progress
        [reply=12] anh gửi lại kq giúp em => none
        """)];

    /// <summary>Kind 11: "đóng dấu" typed without tones ("dong dau") is a stamp, never the denial "đâu".</summary>
    public static TheoryData<string> DongDau() => [.. CaseTable.Lines("""
        [reply=12] xong roi, ma con vuong cho dong dau => unsure blocked|done
        [reply=12] vuong khau dong dau a => blocked "khau dong dau"
        [reply=12] xong đâu mà báo => progress
        """)];

    /// <summary>Kind 12: "làm không nổi", "xử lý không nổi", "kham không nổi": the writer cannot manage — asked
    /// [vướng, đang làm] as a call for help is.</summary>
    public static TheoryData<string> CannotManage() => [.. CaseTable.Lines("""
        [reply=12] em làm không nổi anh ơi => unsure blocked|progress
        [reply=12] viec nhieu qua, em xu ly khong noi => unsure blocked|progress
        [reply=12] phòng em kham không nổi việc này => unsure blocked|progress
        [reply=12] em không nói gì => none
        """)];

    [Theory]
    [MemberData(nameof(TeencodeKqWa))]
    [MemberData(nameof(DongDau))]
    [MemberData(nameof(CannotManage))]
    [MemberData(nameof(VniLeftovers))]
    [MemberData(nameof(CauseAfterTai))]
    [MemberData(nameof(OwnPartDone))]
    [MemberData(nameof(WeakDoneNotReported))]
    [MemberData(nameof(FractionPercent))]
    [MemberData(nameof(InTheProcess))]
    [MemberData(nameof(CauseBeforeNen))]
    public void Kind_is_read(string line) => Assert.Null(CaseTable.Check(line));
}
