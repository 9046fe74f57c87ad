using System.Globalization;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// What the phrasing tables leave loose, found by mutation testing (docs/TESTING.md): the exact dates a short answer
/// names, the window a question is limited to and the Vietnamese sentence the host says back, the labels of options
/// and references. Today is Wednesday 08/07/2026 (this week 06/07–12/07).
/// </summary>
public class UnderstandingMutationTests
{
    private static readonly DateOnly Wednesday = CaseTable.Today;
    private static readonly UnderstandingContext Official = new(Wednesday);
    private static readonly UnderstandingContext Chief = new(Wednesday) { Writer = Role.Leader };

    /// <summary>A short answer to "to which date?": <c>yyyy-MM-dd</c>, <c>~</c> when approximate, <c>past</c> when before
    /// today; <c>+Nd</c> / <c>+Nwd</c> for days (working days) added to the deadline; <c>none</c> for no date.</summary>
    [Theory]
    [InlineData("20.07.26", "2026-07-20")]
    [InlineData("20-7", "2026-07-20")]
    [InlineData("ngày 20/7", "2026-07-20")]
    [InlineData("ngày 20 tháng 7", "2026-07-20")]
    [InlineData("20 tháng 7 năm 2027", "2027-07-20")]
    [InlineData("29/2/2028", "2028-02-29")]
    [InlineData("hết tháng 8", "2026-08-31")]
    [InlineData("cuối tháng sau", "2026-08-31")]
    [InlineData("giữa tháng", "~2026-07-15")]
    [InlineData("giữa tháng sau", "~2026-08-15")]
    [InlineData("đầu tháng 9", "~2026-09-01")]
    [InlineData("sang tháng 9", "~2026-09-30")]
    [InlineData("đến tháng sau", "~2026-08-31")]
    [InlineData("sang tháng tới", "~2026-08-31")]
    [InlineData("thứ 2", "2026-07-13")]
    [InlineData("thứ tư", "2026-07-15")]
    [InlineData("thứ năm", "2026-07-09")]
    [InlineData("thứ bảy", "2026-07-11")]
    [InlineData("T6", "2026-07-10")]
    [InlineData("chủ nhật", "2026-07-12")]
    [InlineData("thứ 5 tuần này", "2026-07-09")]
    [InlineData("thứ 3 tuần trước", "2026-06-30 past")]
    [InlineData("thứ 2 tuần tới", "2026-07-13")]
    [InlineData("cuối tuần", "~2026-07-10")]
    [InlineData("cuối tuần sau", "~2026-07-17")]
    [InlineData("đầu tuần sau", "~2026-07-13")]
    [InlineData("đầu tuần", "~2026-07-13")]
    [InlineData("tuần tới", "~2026-07-17")]
    [InlineData("sang tuần", "~2026-07-17")]
    [InlineData("ngày mai", "2026-07-09")]
    [InlineData("đến mai", "2026-07-09")]
    [InlineData("ngày kia", "2026-07-10")]
    [InlineData("đến 5 ngày nữa", "2026-07-13")]
    [InlineData("khoảng 10 ngày", "2026-07-18")]
    [InlineData("5 ngày nữa", "+5d")]
    [InlineData("thêm 2 tuần", "+14d")]
    [InlineData("1 tháng", "+30d")]
    [InlineData("ba hôm", "+3d")]
    [InlineData("3 ngày làm việc", "+3wd")]
    [InlineData("9/5", "2026-05-09 past")]
    [InlineData("8/5", "2027-05-08")]
    [InlineData("31/2", "none")]
    [InlineData("20/13", "none")]
    [InlineData("0/7", "none")]
    [InlineData("20/7/1999", "none")]
    [InlineData("anh cho em ít hôm", "none")]
    public void A_short_answer_names_the_date_a_careful_reader_would(string text, string expected) =>
        Assert.Equal(expected, Show(ReplyUnderstander.ReadDate(text, Official)));

    [Theory]
    [InlineData("hết tháng 5", "2026-05-31 past")]
    [InlineData("hết tháng 4", "2027-04-30")]
    public void A_month_more_than_two_months_gone_is_next_years(string text, string expected) =>
        Assert.Equal(expected, Show(ReplyUnderstander.ReadDate(text, Official)));

    [Fact]
    public void The_start_of_a_month_and_the_end_of_a_week_follow_the_wards_working_days()
    {
        // Monday 03/08 and Friday 10/07 are days off here: the first working day of August is the 4th,
        // the last working day of this week the 9th.
        var ctx = Official with { IsWorkingDay = d => d != new DateOnly(2026, 8, 3) && d != new DateOnly(2026, 7, 10) && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) };
        Assert.Equal("~2026-08-04", Show(ReplyUnderstander.ReadDate("đầu tháng sau", ctx)));
        Assert.Equal("~2026-07-09", Show(ReplyUnderstander.ReadDate("cuối tuần", ctx)));
        Assert.Equal("~2026-07-17", Show(ReplyUnderstander.ReadDate("tuần sau", ctx)));
    }

    /// <summary>The sentence the host says back, which names the window in dates; "trong" before weeks, months,
    /// quarters, years and day counts, not before "hôm nay" or "từ nay đến …"; overdue says "hạn …".</summary>
    [Theory]
    [InlineData("việc quá hạn", "Việc quá hạn")]
    [InlineData("việc quá hạn tuần trước", "Việc quá hạn, hạn trong tuần trước (29/06–05/07)")]
    [InlineData("việc quá hạn hôm qua", "Việc quá hạn, hạn hôm qua (07/07)")]
    [InlineData("việc đến hạn hôm nay", "Việc đến hạn hôm nay (08/07)")]
    [InlineData("việc đến hạn ngày mai", "Việc đến hạn ngày mai (09/07)")]
    [InlineData("việc đến hạn tuần sau", "Việc đến hạn trong tuần sau (13/07–19/07)")]
    [InlineData("việc đến hạn trong 3 ngày tới", "Việc đến hạn trong 3 ngày tới (08/07–11/07)")]
    [InlineData("việc đến hạn 5 ngày nữa", "Việc đến hạn trong 5 ngày tới (08/07–13/07)")]
    [InlineData("việc đến hạn 2 tuần tới", "Việc đến hạn trong 2 tuần tới (08/07–22/07)")]
    [InlineData("những việc sắp đến hạn", "Việc đến hạn trong 7 ngày tới (08/07–15/07)")]
    [InlineData("việc đến hạn tháng sau", "Việc đến hạn trong tháng sau (01/08–31/08)")]
    [InlineData("việc đến hạn đầu tháng sau", "Việc đến hạn đầu tháng sau (01/08–10/08)")]
    [InlineData("việc đến hạn cuối tháng", "Việc đến hạn cuối tháng (25/07–31/07)")]
    [InlineData("việc đến hạn cuối tuần", "Việc đến hạn cuối tuần (10/07–12/07)")]
    [InlineData("việc đến hạn tháng 8", "Việc đến hạn trong tháng 8 (01/08–31/08)")]
    [InlineData("việc đến hạn từ nay đến cuối tuần", "Việc đến hạn từ nay đến cuối tuần (08/07–12/07)")]
    [InlineData("việc đến hạn từ giờ đến hết tháng", "Việc đến hạn từ nay đến cuối tháng (08/07–31/07)")]
    [InlineData("việc đến hạn trước 20/7", "Việc đến hạn từ nay đến 20/07 (08/07–20/07)")]
    [InlineData("việc đến hạn từ nay tới ngày 20/7", "Việc đến hạn từ nay đến 20/07 (08/07–20/07)")]
    [InlineData("tiến độ tháng trước", "Tiến độ thực hiện nhiệm vụ trong tháng trước (01/06–30/06)")]
    [InlineData("tiến độ quý sau", "Tiến độ thực hiện nhiệm vụ trong quý sau (01/10–31/12)")]
    [InlineData("tiến độ quý trước", "Tiến độ thực hiện nhiệm vụ trong quý trước (01/04–30/06)")]
    [InlineData("tiến độ quý 1", "Tiến độ thực hiện nhiệm vụ trong quý 1 (01/01–31/03)")]
    [InlineData("tiến độ quý IV", "Tiến độ thực hiện nhiệm vụ trong quý 4 (01/10–31/12)")]
    [InlineData("tiến độ năm nay", "Tiến độ thực hiện nhiệm vụ trong năm nay (01/01–31/12)")]
    [InlineData("tiến độ từ đầu năm", "Tiến độ thực hiện nhiệm vụ từ đầu năm (01/01–08/07)")]
    [InlineData("tiến độ từ đầu quý", "Tiến độ thực hiện nhiệm vụ từ đầu quý (01/07–08/07)")]
    [InlineData("tiến độ từ đầu tháng", "Tiến độ thực hiện nhiệm vụ từ đầu tháng (01/07–08/07)")]
    [InlineData("tiến độ từ đầu tuần", "Tiến độ thực hiện nhiệm vụ từ đầu tuần (06/07–08/07)")]
    [InlineData("tiến độ thông báo 12", "Tiến độ thực hiện nhiệm vụ theo Thông báo số 12")]
    [InlineData("việc quá hạn của phòng kinh tế", "Việc quá hạn của phòng kinh tế")]
    [InlineData("#12 đến đâu rồi?", "Nhiệm vụ #12")]
    public void The_chief_hears_back_what_was_asked_with_the_window_in_dates(string text, string expected) =>
        Assert.Equal(expected, Assert.IsType<Intent.Question>(ReplyUnderstander.Read(text, Chief)).Description);

    [Fact]
    public void An_official_asking_about_the_own_unit_and_about_the_own_tasks_hears_so()
    {
        var own = Assert.IsType<Intent.Question>(ReplyUnderstander.Read("bên em có việc nào sắp hết hạn không ạ", Official));
        Assert.Equal("Việc đến hạn của đơn vị bạn trong 7 ngày tới (08/07–15/07)", own.Description);
        var mine = Assert.IsType<Intent.Question>(ReplyUnderstander.Read("việc của tôi", Official));
        Assert.Equal("Việc của bạn", mine.Description);
        Assert.Null(mine.Unit);
        Assert.False(mine.OwnUnit);
    }

    [Fact]
    public void Overdue_today_is_overdue_with_no_window()
    {
        var q = Assert.IsType<Intent.Question>(ReplyUnderstander.Read("hôm nay có việc gì quá hạn không", Chief));
        Assert.Null(q.Window);
        Assert.Equal("Việc quá hạn", q.Description);
    }

    [Fact]
    public void The_default_window_of_due_soon_is_the_next_seven_days()
    {
        Assert.Equal(new DateWindow(Wednesday, new DateOnly(2026, 7, 15), "7 ngày tới (08/07–15/07)"), DateWindow.NextDays(Wednesday, 7));
        Assert.Equal("Việc đến hạn của Công an phường hôm nay (08/07)",
            ReplyUnderstander.Describe(QuestionKind.DueSoon, "Công an phường", false, null, new DateWindow(Wednesday, Wednesday, "hôm nay (08/07)")));
    }

    [Fact]
    public void References_and_options_read_as_vietnamese()
    {
        Assert.Equal("#12", TaskRef.Task(12).ToString());
        Assert.Equal("mục 3", TaskRef.Item(3).ToString());
        Assert.Equal("Thông báo số 88/TB-UBND", new DocumentRef("Thông báo", "88/TB-UBND").ToString());
        Assert.Equal("xong", new StatusChange(WorkStatus.Done).Label);
        Assert.Equal("đã nhận", new StatusChange(WorkStatus.Acknowledged).Label);
        Assert.Equal("đang làm", new StatusChange(WorkStatus.InProgress).Label);
        Assert.Equal("mới giao", new StatusChange(WorkStatus.New).Label);
    }

    /// <summary>Which tasks and documents a message names (notation of <see cref="CaseTable"/>).</summary>
    private const string References = """
        #12 & 13 xong                                   => done @12,13
        #12+13 xong                                     => done @12,13
        #12; #13 xong                                   => done @12,13
        #12 13 xong                                     => done @12
        # 12 xong                                       => done @12
        công việc 5 xong                                => done @5
        task 5 xong                                     => done @5
        việc số 12 đã xong                              => done @12
        #0 xong                                         => done @-
        [reply=4] #20/7 xong                            => done
        12 & 13 xong                                    => done @12,13
        12 + 13 xong                                    => done @12,13
        12 và 13 xong                                   => done @12,13
        [list=4] 2. đang làm                            => progress @L2
        [list=4] số 1 đang làm, số 3 xong               => several progress @L1 ; done @L3
        [list=4] em báo cáo: 1) xong 2) đang làm        => several done @L1 ; progress @L2
        [list=3] tất cả đã xong                         => done @L1,2,3
        [list=3] hết cả rồi, xong                       => done @L1,2,3
        [list=3] xong hết rồi ạ                         => done @L1,2,3
        [list=3] cả ba việc đều xong                    => done @L1,2,3
        [list=3] cả 2 việc đã xong                      => done @-
        [list=3] chưa xong hết                          => progress @-
        #12 và cả #13 xong                              => done @12,13
        #12 xong rồi, #13 thì em hỏi lại                => done @12
        #12 xong, #13 xin gia hạn đến 20/7              => several done @12 ; ext 2026-07-20 @13
        #12 xong, #13 đang làm, #14 xong                => several done @12 ; progress @13 ; done @14
        [leader] tiến độ công văn 250/UBND-VP, tuần này => q progress doc="công văn 250/UBND-VP" win=2026-07-06..2026-07-12
        [leader] tiến độ cv 7                           => q progress doc="công văn 7"
        [leader] tiến độ quyết định số 3                => q progress doc="quyết định 3"
        [leader] tiến độ qd 3                           => q progress doc="quyết định 3"
        [leader] tiến độ văn bản 9                      => q progress doc="văn bản 9"
        [leader] tiến độ chỉ thị 2                      => q progress doc="chỉ thị 2"
        [leader] tiến độ thông báo kết luận số 5        => q progress doc="thông báo 5"
        [leader] #5                                     => q task=5
        [leader] #5 ạ                                   => q task=5
        """;

    public static TheoryData<string> ReferenceLines() => [.. CaseTable.Lines(References)];

    [Theory, MemberData(nameof(ReferenceLines))]
    public void A_message_names_its_tasks_and_its_document(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }

    /// <summary>How each cue is placed in its scope and which rule wins (notation of <see cref="CaseTable"/>).</summary>
    private const string Statuses = """
        [reply=12] done                                           => done
        [reply=12] em finish rồi                                  => done
        [reply=12] xong xuôi cả rồi ạ                             => done
        [reply=12] hoàn tất                                       => done
        [reply=12] xong trước hạn                                 => done
        [reply=12] xong 3/3                                       => done
        [reply=12] xong phần việc được giao rồi ạ                 => done
        [reply=12] xong 2/3                                       => progress
        [reply=12] mới xong một phần                              => progress
        [reply=12] xong phần lớn rồi                              => progress
        [reply=12] xong phần khảo sát                             => unsure progress|done
        [reply=12] xong bước 1                                    => unsure progress|done
        [reply=12] xong giai đoạn 1                               => unsure progress|done
        [reply=12] xong trong tuần này                            => progress
        [reply=12] hoàn thành vào thứ 6                           => progress
        [reply=12] hoàn thành trước 15/7                          => progress
        [reply=12] xong ngày mai                                  => progress
        [reply=12] sắp xong                                       => progress
        [reply=12] gần xong rồi                                   => progress
        [reply=12] đang hoàn thành                                => progress
        [reply=12] hình như xong rồi                              => unsure progress|done
        [reply=12] làm xong em gửi                                => unsure progress|done
        [reply=12] xong đâu                                       => progress
        [reply=12] xong đầu tháng                                 => done
        [reply=12] xong rồi, còn 2 hộ                             => progress
        [reply=12] xong rồi nhưng chưa gửi                        => unsure done|progress
        [reply=12] xong rồi, còn chờ ký                           => unsure done|progress
        [reply=12] xong rồi, đang chờ ký                          => unsure done|progress
        [reply=12] đang làm được 60 %                             => progress 60
        [reply=12] chưa được 50%                                  => none
        [reply=12] chậm do thiếu người                            => blocked "thiếu người"
        [reply=12] trễ vì mưa                                     => blocked "mưa"
        [reply=12] khó quá                                        => unsure blocked|progress
        [reply=12] khó thực hiện lắm, dân phản đối nhiều          => blocked "dân phản đối nhiều"
        [reply=12] chưa làm được                                  => unsure blocked|progress
        [reply=12] vướng bởi thiếu kinh phí                       => blocked "thiếu kinh phí"
        [reply=12] vướng, nguyên nhân là thiếu kinh phí           => blocked "thiếu kinh phí"
        [reply=12] tại vì thiếu người nên chưa xong               => blocked "thiếu người"
        [reply=12] nếu vướng em báo                               => none
        [reply=12] có gì vướng em báo anh                         => none
        [reply=12] không vướng gì                                 => none
        [reply=12] vâng ạ                                         => ack
        [reply=12] dạ                                             => ack
        [reply=12] em                                             => none
        [reply=12] ok anh, em làm ngay                            => ack
        [reply=12] em đã nhận được                                => ack
        [reply=12] em gửi anh kết quả                             => unsure done|progress
        [reply=12] em nộp báo cáo rồi                             => unsure done|progress
        [reply=12] anh gửi lại file giúp em                       => none
        [reply=12] lùi 2 ngày                                     => ext +2d
        [reply=12] xin được gia hạn đến 20/7                      => ext 2026-07-20
        [reply=12] đã được gia hạn đến 20/7                       => none
        [reply=12] không cần gia hạn                              => none
        [reply=12] do mưa bão nên xin gia hạn đến 20/7            => ext 2026-07-20 "mưa bão"
        [reply=12] xin gia hạn đến 20/7 được không anh            => ext 2026-07-20
        """;

    public static TheoryData<string> StatusLines() => [.. CaseTable.Lines(Statuses)];

    [Theory, MemberData(nameof(StatusLines))]
    public void Each_cue_is_read_in_its_scope(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }

    /// <summary>What makes a message a question, and the unit it is narrowed to (notation of <see cref="CaseTable"/>).</summary>
    private const string Questions = """
        [leader] liệt kê việc quá hạn                       => q overdue
        [leader] kiểm tra tiến độ giúp anh                  => q progress
        [leader] mấy việc đến hạn tuần này                  => q duesoon win=2026-07-06..2026-07-12
        [leader] xem tiến độ                                => q progress
        [leader] phòng nào chậm tiến độ                     => q overdue
        [leader] các phòng có việc gì quá hạn               => q overdue
        [leader] phòng ban có việc gì quá hạn               => q overdue
        [leader] việc quá hạn của ubnd                      => q overdue unit="ubnd"
        [leader] việc quá hạn của phòng văn hóa - xã hội    => q overdue unit="phòng văn hóa - xã hội"
        [leader] việc quá hạn thuộc phòng kinh tế           => q overdue unit="phòng kinh tế"
        [leader] tư pháp còn việc nào quá hạn               => q overdue unit="tư pháp"
        [leader] từ nay đến cuối tháng có việc gì đến hạn   => q duesoon win=2026-07-08..2026-07-31
        [clerk] báo cáo tiến độ                             => q progress
        [leader] cho anh tiến độ                            => q progress
        [reply=12] việc này hạn khi nào?                    => q task=12
        [reply=12] việc này ai phụ trách?                   => q task=12
        [reply=12] việc này hạn khi nào                     => none
        nhiệm vụ được giao của em                           => q mine
        em có những việc nào                                => q mine
        việc của chúng em                                   => q mine
        đơn vị mình có việc gì quá hạn không                => q overdue own
        phòng em có việc nào quá hạn không                  => q overdue own
        [reply=12] việc này em chưa làm                     => none
        [reply=12] em không có vướng mắc gì                 => none
        [reply=12] #13 hay chưa                             => q task=13
        """;

    public static TheoryData<string> QuestionLines() => [.. CaseTable.Lines(Questions)];

    [Theory, MemberData(nameof(QuestionLines))]
    public void A_question_is_told_from_news_and_narrowed_to_its_unit(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }

    private static string Show(ExtensionDate? date) => date switch
    {
        null => "none",
        ExtensionDate.MoreDays md => $"+{md.Days}{(md.WorkingDays ? "wd" : "d")}",
        ExtensionDate.OnDate od => (od.Approximate ? "~" : "") + od.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (od.InPast ? " past" : ""),
        _ => date.ToString()!,
    };
}
