using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Session 27 (understand14): misreadings the mutation helpers recorded and left open, by kind — officials' replies.
/// Case-table lines (<see cref="CaseTable"/>); today is Wednesday 08/07/2026. Red counts on main (0dd1a74) are in
/// docs/CONVERSATION.md; rows marked "control" read right before and pin the neighbouring reading.
/// </summary>
public class RepliesKindsTests
{
    /// <summary>Kind 1: where a reason lies — a number opening the cause ("do 3 hộ …"), a lack said before the difficulty
    /// word ("thiếu kinh phí vướng lắm", "phường thiếu người không thể…": its subject kept, a time word or a pronoun not),
    /// a cause after the news ending at "nên"/"cho nên", and "do đó"/"vì vậy" (a consequence, never a cause). A negator
    /// that opens a lack ("chưa có mặt bằng vướng quá") does not deny the difficulty word after it; "không có gì vướng" does.
    /// A cause said before the news ends at its negator ("do thiếu người chưa xong" → "thiếu người"), and "nghỉ" (off) is
    /// no hedge "nghĩ" ("cán bộ nghỉ ốm nên chưa xong" is blocked, not asked).</summary>
    public static TheoryData<string> Reasons() => [.. CaseTable.Lines("""
        [reply=12] vướng do 3 hộ chưa đồng ý => blocked "3 hộ chưa đồng ý"
        [reply=12] vướng mắc do 3 hộ chưa đồng ý => blocked "3 hộ chưa đồng ý"
        [reply=12] chưa xong do 2 hộ vắng nhà => blocked "2 hộ vắng nhà"
        [reply=12] chậm do 5 hộ chưa ký => blocked "5 hộ chưa ký"
        [reply=12] chưa làm được vì 2 tổ chưa gửi số liệu => blocked "2 tổ chưa gửi số liệu"
        [reply=12] thiếu kinh phí vướng lắm => blocked "thiếu kinh phí"
        [reply=12] thiếu người, vướng lắm anh ạ => blocked "thiếu người"
        [reply=12] chưa có mặt bằng, khó khăn quá => blocked "chưa có mặt bằng"
        [reply=12] không có kinh phí nên vướng => blocked "không có kinh phí"
        [reply=12] hiện nay phường thiếu người không thể triển khai => blocked "phường thiếu người"
        [reply=12] hiện tại tổ 5 thiếu người không thể làm => blocked "tổ 5 thiếu người"
        [reply=12] em đã làm nhưng thiếu chữ ký không thể nộp => blocked "thiếu chữ ký"
        [reply=12] em thiếu người không thể triển khai => blocked "thiếu người"
        [reply=12] chưa có kinh phí không thể làm => blocked "chưa có kinh phí"
        [reply=12] vướng vì thiếu người nên chưa xong => blocked "thiếu người"
        [reply=12] vướng vì thiếu người cho nên chưa xong => blocked "thiếu người"
        [reply=12] chưa xong vì thiếu người nên chưa gửi được => blocked "thiếu người"
        [reply=12] thiếu người cho nên chưa xong => blocked "thiếu người"
        [reply=12] chưa có mặt bằng vướng quá => blocked "chưa có mặt bằng"
        [reply=12] không có kinh phí vướng lắm => blocked "không có kinh phí"
        [reply=12] chưa có chữ ký của chủ hộ khó khăn lắm => blocked "chưa có chữ ký của chủ hộ"
        [reply=12] không có gì vướng => none
        [reply=12] chưa có vướng mắc gì => none
        [reply=12] chưa có ai vướng => none
        [reply=12] không có vấn đề vướng mắc gì => none
        [reply=12] không có kinh phí thì vướng => blocked "không có kinh phí"
        [reply=12] chưa có mặt bằng thì khó khăn lắm => blocked "chưa có mặt bằng"
        [reply=12] thiếu người thì không thể làm => blocked "thiếu người"
        [reply=12] chưa có kinh phí vướng gì đâu => none
        [reply=12] do thiếu người chưa xong => blocked "thiếu người"
        [reply=12] vì mưa chưa xong => blocked "mưa"
        [reply=12] do thiếu người em chưa làm xong => blocked "thiếu người"
        [reply=12] vì thiếu kinh phí nên chưa xong => blocked "thiếu kinh phí"
        [reply=12] hồ sơ do cán bộ nghỉ ốm nên chưa xong => blocked "cán bộ nghỉ ốm"
        [reply=12] chị Lan nghỉ phép nên chưa xong => blocked "chị Lan nghỉ phép"
        [reply=12] em nghĩ là xong rồi => unsure progress|done
        [reply=12] em nghi la xong roi => unsure progress|done
        [reply=12] vướng mắc do đó chưa xong => blocked
        [reply=12] vướng mắc do vậy chưa xong => blocked
        [reply=12] khó khăn, vì thế chưa xong => blocked
        """)];

    /// <summary>Kind 2: "do" after a noun and before who manages or does it names the agent however long the agent's name
    /// ("tổ 5", "cán bộ địa chính của phường", "văn phòng đảng ủy phường") — not done yet, no difficulty; after news it
    /// is still a cause. The agent's verb is followed by the news, a pronoun or the clause's end ("do tổ 5 quản lý chưa xong",
    /// "do anh giao cho em"); "do cán bộ phụ trách nghỉ ốm" is a cause (the one in charge fell ill).</summary>
    public static TheoryData<string> Agents() => [.. CaseTable.Lines("""
        [reply=12] hồ sơ do tổ 5 quản lý chưa xong => progress
        [reply=12] hồ sơ do cán bộ địa chính của phường quản lý chưa xong => progress
        [reply=12] số liệu do khu phố 2 thu thập chưa xong => progress
        [reply=12] báo cáo do văn phòng đảng ủy phường tổng hợp chưa xong => progress
        [reply=12] danh sách do tổ 2 rà soát chưa xong => progress
        [reply=12] hồ sơ do phòng kinh tế kiểm tra chưa xong => progress
        [reply=12] việc do tổ 3 phụ trách chưa xong => progress
        [reply=12] danh sách do 2 tổ lập chưa xong => progress
        [reply=12] chưa xong do tổ 5 quản lý chậm => blocked "tổ 5 quản lý chậm"
        [reply=12] chưa xong do cán bộ địa chính của phường đi vắng => blocked "cán bộ địa chính của phường đi vắng"
        [reply=12] hồ sơ do cán bộ phụ trách nghỉ ốm nên chưa xong => blocked "cán bộ phụ trách nghỉ ốm"
        [reply=12] hồ sơ do cán bộ phụ trách đi vắng chưa xong => blocked "cán bộ phụ trách đi vắng"
        [reply=12] số liệu do người thu thập ốm nên chưa gửi được => blocked "người thu thập ốm"
        [reply=12] hồ sơ do phường quản lý hiện chưa xong => progress
        [reply=12] việc do anh giao cho em chưa làm xong => progress
        [reply=12] hồ sơ do tổ 5 quản lý, chưa xong => progress
        """)];

    /// <summary>Kind 3: a done then a "but" that ends its clause ("nhưng mà. Chưa ai ký") goes on into the next one —
    /// done, or not quite? (asked), as is a "nhưng (mà)" that ends the reply; a final "mà" alone is emphasis. A negated done inside a rebuttal ("đâu mà chưa xong", "ai bảo chưa xong") denies the
    /// denial: with a plain done it is done, alone it is asked.</summary>
    public static TheoryData<string> DoneThenBut() => [.. CaseTable.Lines("""
        [reply=12] xong rồi nhưng mà. Chưa ai ký => unsure done|progress
        [reply=12] xong rồi nhưng mà, chưa ai ký cả => unsure done|progress
        [reply=12] đã xong nhưng. Chưa nộp => unsure done|progress
        [reply=12] đã hoàn thành rồi nhưng mà, còn thiếu chữ ký => unsure done|progress
        [reply=12] xong rồi. Nhưng chưa ai ký => unsure done|progress
        [reply=12] xong rồi mà, anh kiểm tra lại giúp em => done
        [reply=12] xong rồi nhưng mà => unsure done|progress
        [reply=12] đã hoàn thành nhưng... => unsure done|progress
        [reply=12] xong rồi, nhưng anh ạ => unsure done|progress
        [reply=12] xong rồi mà => done
        #12 xong rồi nhưng #13 chưa xong => several done @12 ; progress @13
        #12 xong nhưng #13 đang làm => several done @12 ; progress @13
        #12 đã hoàn thành, nhưng #13 thì vướng kinh phí => several done @12 ; blocked "kinh phí" @13
        [reply=12] ok xong rồi mà anh => done
        [reply=12] đâu mà chưa xong, xong rồi => done
        [reply=12] ai bảo chưa xong, xong lâu rồi => done
        [reply=12] ai nói chưa xong, em xong rồi mà => done
        [reply=12] có đâu mà chưa xong, xong rồi anh => done
        [reply=12] ai bảo là chưa xong, em xong rồi => done
        [reply=12] ai bảo chưa xong => unsure progress|done
        [reply=12] xong đâu mà xong => progress
        [reply=12] chưa xong đâu mà báo => progress
        """)];

    /// <summary>Kind 4: dates around a holiday or another date — "sau lễ 2/9", "qua lễ 2/9", "sau (ngày) 20/7" are the
    /// first working day after it, "trước lễ 2/9" the last one before it (both approximate); "trước/sau Tết" has no date
    /// (the host asks); "sau ngày 20/7" is no "sáu ngày". Controls: weeks and months as docs/CONVERSATION.md reads them.
    /// A part of a week or month before a done word ("đầu tuần xong", "giữa tháng xong") is a done to come, as "cuối tuần
    /// xong" was; with "đã" or a "rồi" after it ("đầu tuần xong rồi ạ"), or after the done word, it is news.</summary>
    public static TheoryData<string> Dates() => [.. CaseTable.Lines("""
        [reply=12] xin gia hạn đến sau lễ 2/9 => ext ~2026-09-03
        [reply=12] xin gia hạn sau lễ 2/9 => ext ~2026-09-03
        [reply=12] xin gia hạn qua lễ 2/9 => ext ~2026-09-03
        [reply=12] lùi đến sau ngày 20/7 => ext ~2026-07-21
        [reply=12] xin gia hạn đến sau 17/7 => ext ~2026-07-20
        [reply=12] xin gia hạn đến trước lễ 2/9 => ext ~2026-09-01
        [reply=12] xin gia hạn đến sau dịp lễ 2/9 => ext ~2026-09-03
        [reply=12] xin gia hạn đến trước dịp lễ 30/4 => ext ~2027-04-29
        [reply=12] xin gia hạn đến trước Tết => ext ?
        [reply=12] xin gia hạn đến sau Tết => ext ?
        [reply=12] xin gia hạn đến cuối tuần sau => ext ~2026-07-17
        [reply=12] xin gia hạn đến đầu tuần sau => ext ~2026-07-13
        [reply=12] xin gia hạn đến giữa tháng sau => ext ~2026-08-15
        [reply=12] xin gia hạn đến cuối tháng này => ext 2026-07-31
        [reply=12] xin gia hạn đến trước 20/7 => ext 2026-07-20
        [reply=12] xin lùi sáu ngày => ext +6d
        [reply=12] đầu tuần xong => progress
        [reply=12] giữa tuần sau xong => progress
        [reply=12] giữa tháng xong anh ạ => progress
        [reply=12] đầu tháng xong => progress
        [reply=12] đầu tuần em đã xong rồi => done
        [reply=12] đầu tháng hoàn thành rồi ạ => done
        [reply=12] xong từ đầu tuần => done
        """)];

    /// <summary>Kind 5: telex left in by a phone without a Vietnamese keyboard — read where the intent is plain (tone keys,
    /// "dd", doubled vowels, "w", "ddc" for "được"), also glued to the next word ("chuwaxong", "hoanfthanhf"), asked where it
    /// is not ("ddaauf" alone).</summary>
    public static TheoryData<string> Telex() => [.. CaseTable.Lines("""
        [reply=12] lafm ddc 1 nuwar => progress 50
        [reply=12] ddax lafm ddc mootj nuwar => progress 50
        [reply=12] xongg => done
        [reply=12] hoanf thanhf => done
        [reply=12] dda xong => done
        [reply=12] ddax hoanf taats roi a => done
        [reply=12] chuwa xong => progress
        [reply=12] ddang trieenr khai => progress
        [reply=12] vuwowngs vif thieeus kinh phis => blocked "thieeus kinh phis"
        [reply=12] ddaauf => none
        [reply=12] chuwaxong => progress
        [reply=12] hoanfthanhf roi a => done
        [reply=12] ddaxhoanfthanhf => done
        [reply=12] chuwalamf xong => progress
        [reply=12] ddanglamf => progress
        [reply=12] ddaxong => done
        [reply=12] ddaauf tuaanf sau xong => progress
        """)];

    [Theory, MemberData(nameof(Reasons))]
    public void A_reason_is_where_a_careful_reader_finds_it(string line) => Expect(line);

    [Theory, MemberData(nameof(Agents))]
    public void Do_before_who_does_it_names_the_agent(string line) => Expect(line);

    [Theory, MemberData(nameof(DoneThenBut))]
    public void A_but_or_a_rebuttal_after_done(string line) => Expect(line);

    [Theory, MemberData(nameof(Dates))]
    public void Dates_around_holidays(string line) => Expect(line);

    [Theory, MemberData(nameof(Telex))]
    public void Telex_leftovers(string line) => Expect(line);

    /// <summary>The ward's calendar moves the day after a holiday: with 2/9 and 3/9 off, "sau lễ 2/9" is Friday 4/9.</summary>
    [Fact]
    public void After_a_holiday_is_the_wards_next_working_day()
    {
        var ctx = new UnderstandingContext(CaseTable.Today)
        {
            RepliedTask = 12,
            IsWorkingDay = d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d != new DateOnly(2026, 9, 2) && d != new DateOnly(2026, 9, 3),
        };
        var e = Assert.IsType<Intent.Extension>(ReplyUnderstander.Read("xin gia hạn đến sau lễ 2/9", ctx));
        Assert.Equal(new ExtensionDate.OnDate(new DateOnly(2026, 9, 4), true, false), e.When);
        var before = Assert.IsType<Intent.Extension>(ReplyUnderstander.Read("xin gia hạn đến trước lễ 2/9", ctx with { IsWorkingDay = d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d != new DateOnly(2026, 9, 1) && d != new DateOnly(2026, 9, 2) }));
        Assert.Equal(new ExtensionDate.OnDate(new DateOnly(2026, 8, 31), true, false), before.When);
    }

    private static void Expect(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
