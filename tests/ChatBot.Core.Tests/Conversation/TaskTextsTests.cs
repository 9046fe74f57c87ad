using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Parsing;
using ChatBot.Core.Reminders;
using ChatBot.Core.Tasks;

namespace ChatBot.Core.Tests.Conversation;

/// <summary>The one text module: what the bot writes about tasks, in the Telegram HTML subset.</summary>
public sealed class TaskTextsTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);

    private static WorkTask Task(DateOnly? deadline = null, WorkStatus status = WorkStatus.New, string text = "Rà soát hồ sơ <đất> & nhà") => new()
    {
        Id = 12, Text = text, Deadline = deadline, OriginalDeadline = deadline, Status = status,
    };

    [Fact]
    public void Escaping_touches_only_what_telegram_html_needs()
    {
        Assert.Equal("a &lt;b&gt; &amp;amp; Văn hóa", TaskTexts.Esc("a <b> &amp; Văn hóa"));
        Assert.Equal("", TaskTexts.Esc(null));
    }

    [Theory]
    [InlineData(1, "1 ngày")]
    [InlineData(5, "5 ngày")]
    [InlineData(-3, "3 ngày")]
    [InlineData(21, "21 ngày")]
    public void Day_counts_are_days_in_vietnamese(int days, string expected) => Assert.Equal(expected, TaskTexts.Days(days));

    [Theory]
    [InlineData("2026-06-15", "Hạn: 15/06/2026 — còn 5 ngày")]
    [InlineData("2026-06-10", "Hạn: 10/06/2026 — <b>hạn hôm nay</b>")]
    [InlineData("2026-06-07", "Hạn: 07/06/2026 — <b>quá hạn 3 ngày</b>")]
    public void A_cards_deadline_line_counts_from_today(string deadline, string expected) =>
        Assert.Equal(expected, TaskTexts.DeadlineLine(Task(DateOnly.Parse(deadline)), Today));

    [Fact]
    public void A_cards_deadline_line_shows_extensions_recurrence_and_no_count_once_done()
    {
        var extended = Task(new DateOnly(2026, 6, 20));
        extended.OriginalDeadline = new DateOnly(2026, 6, 5);
        Assert.Equal("Hạn: 20/06/2026 — còn 10 ngày (gia hạn từ 05/06/2026)", TaskTexts.DeadlineLine(extended, Today));
        var weekly = Task(new DateOnly(2026, 6, 12));
        weekly.Recurrence = Recurrence.Weekly;
        Assert.Equal("Hạn: 12/06/2026 — còn 2 ngày; định kỳ hằng tuần", TaskTexts.DeadlineLine(weekly, Today));
        Assert.Equal("Hạn: 01/06/2026", TaskTexts.DeadlineLine(Task(new DateOnly(2026, 6, 1), WorkStatus.Done), Today));
        Assert.Equal("Hạn: 01/06/2026", TaskTexts.DeadlineLine(Task(new DateOnly(2026, 6, 1), WorkStatus.Cancelled), Today));
        Assert.Equal("Hạn: không ghi hạn", TaskTexts.DeadlineLine(Task(), Today));
        var monthly = Task();
        monthly.Recurrence = Recurrence.Monthly;
        Assert.Equal("Định kỳ: hằng tháng", TaskTexts.DeadlineLine(monthly, Today));
    }

    [Theory]
    [InlineData(Recurrence.Weekly, "hằng tuần")]
    [InlineData(Recurrence.Monthly, "hằng tháng")]
    [InlineData(Recurrence.Quarterly, "hằng quý")]
    [InlineData(Recurrence.Yearly, "hằng năm")]
    [InlineData((Recurrence)99, "định kỳ")]
    public void Recurrences_in_words(Recurrence r, string expected) => Assert.Equal(expected, TaskTexts.RecurrenceText(r));

    [Fact]
    public void A_card_has_number_text_unit_partners_deadline_status_and_source()
    {
        var t = Task(new DateOnly(2026, 6, 15), WorkStatus.InProgress);
        t.Percent = 40;
        t.Urgent = true;
        t.Cooperating = "Công an phường\nPhòng VH-XH";
        t.Section = "2.1";
        Assert.Equal(
            "<b>#12</b> ⚡ <b>khẩn</b> Rà soát hồ sơ &lt;đất&gt; &amp; nhà\nĐơn vị: Phòng Kinh tế &amp; Hạ tầng\nPhối hợp: Công an phường, Phòng VH-XH\n" +
            "Hạn: 15/06/2026 — còn 5 ngày\nTrạng thái: Đang làm 40%\nNguồn: Thông báo số 15/TB-UBND, mục 2.1",
            TaskTexts.Card(t, Today, "Thông báo số 15/TB-UBND", "Phòng Kinh tế & Hạ tầng"));
        Assert.Equal("<b>#12</b> Rà soát hồ sơ &lt;đất&gt; &amp; nhà\nHạn: không ghi hạn", TaskTexts.Card(Task(), Today, null));
        Assert.EndsWith("\nNguồn: Công văn 250/UBND-VP", TaskTexts.Card(Task(), Today, "Công văn 250/UBND-VP"));
    }

    [Fact]
    public void A_list_line_is_short_and_flags_overdue_work()
    {
        var overdue = Task(new DateOnly(2026, 6, 7), WorkStatus.Blocked);
        overdue.BlockedReason = "chưa có kinh phí";
        Assert.Equal("<b>#12</b> · Phòng KT · hạn 07/06 (<b>quá hạn 3 ngày</b>) · Vướng mắc: chưa có kinh phí\n   Rà soát hồ sơ &lt;đất&gt; &amp; nhà",
            TaskTexts.Line(overdue, Today, "Phòng KT"));
        // A done task is never "quá hạn".
        Assert.Equal("<b>#12</b> · hạn 07/06 · Hoàn thành\n   Rà soát hồ sơ &lt;đất&gt; &amp; nhà", TaskTexts.Line(Task(new DateOnly(2026, 6, 7), WorkStatus.Done), Today, null));
        Assert.Equal("<b>#12</b> · hạn 10/06\n   Rà soát hồ sơ &lt;đất&gt; &amp; nhà", TaskTexts.Line(Task(Today), Today, null));
        Assert.Equal($"<b>#12</b>\n   {new string('a', 110)}", TaskTexts.Line(Task(null, WorkStatus.New, new string('a', 110)), Today, null));
        var longText = Task(null, WorkStatus.New, new string('a', 150));
        Assert.Equal($"<b>#12</b>\n   {new string('a', 110)}…", TaskTexts.Line(longText, Today, null));
    }

    [Fact]
    public void Short_cuts_long_text_with_an_ellipsis()
    {
        Assert.Equal("abc", TaskTexts.Short("abc"));
        Assert.Equal(new string('x', 160), TaskTexts.Short(new string('x', 160)));
        Assert.Equal(new string('x', 160) + "…", TaskTexts.Short(new string('x', 161)));
        Assert.Equal("xx…", TaskTexts.Short("xxx", 2));
    }

    [Theory]
    [InlineData(Timing.OnTime, WorkStatus.Done, "Đúng hạn")]
    [InlineData(Timing.OnTimeAfterExtension, WorkStatus.Done, "Đúng hạn sau gia hạn")]
    [InlineData(Timing.Late, WorkStatus.Done, "Trễ hạn")]
    [InlineData(Timing.Overdue, WorkStatus.InProgress, "Quá hạn")]
    [InlineData(Timing.Cancelled, WorkStatus.Cancelled, "Đã hủy")]
    [InlineData(Timing.NoDeadline, WorkStatus.Done, "Hoàn thành")]
    [InlineData(Timing.NoDeadline, WorkStatus.InProgress, "Đang làm")]
    [InlineData(Timing.Open, WorkStatus.New, "Đang làm")]
    public void Report_labels_tell_on_time_after_extension_from_late(Timing timing, WorkStatus status, string expected) =>
        Assert.Equal(expected, TaskTexts.TimingLabel(timing, status));

    [Fact]
    public void A_stored_task_is_judged_on_the_ward_clock()
    {
        var clock = new WardClock(TimeProvider.System, WardClock.VietnamZoneId);
        var t = Task(new DateOnly(2026, 6, 10), WorkStatus.Done);
        // 23:30 UTC on 10/06 is already 11/06 in Hà Nội: one day late.
        t.CompletedAt = new DateTimeOffset(2026, 6, 10, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(Timing.Late, TaskTiming.Classify(t, clock, Today));
        t.CompletedAt = null;
        Assert.Equal(Timing.OnTime, TaskTiming.Classify(t, clock, Today));
        Assert.Equal(Timing.Overdue, TaskTiming.Classify(Task(new DateOnly(2026, 6, 9), WorkStatus.InProgress), clock, Today));
    }
}

public sealed class TextsTests
{
    [Fact]
    public void Help_for_staff_word_for_word()
    {
        Assert.Equal(string.Join("\n",
            "<b>Các lệnh</b>",
            "/viec — việc đang mở của đơn vị",
            "/viec SỐ — chi tiết và lịch sử một nhiệm vụ",
            "#SỐ xong · #SỐ đang làm 60% · #SỐ vướng: lý do · #SỐ đã nhận — cập nhật (hoặc trả lời tin nhắn nhiệm vụ)",
            "/giahan SỐ NGÀY lý do — xin gia hạn (ví dụ /giahan 12 20/7 chờ kinh phí)",
            "/quahan [đơn vị] — việc quá hạn",
            "/sapden [số ngày] — việc sắp đến hạn",
            "/tiendo — tiến độ theo đơn vị",
            "/kenh zalo|telegram — chọn kênh nhận nhiệm vụ",
            "/huy — hủy liên kết",
            "Có thể gõ không dấu, ví dụ: #12 da xong, qua han."), Texts.Help(Role.Staff));
    }

    [Fact]
    public void Help_shows_each_role_its_own_commands()
    {
        Assert.DoesNotContain("/duyet", Texts.Help(Role.Staff));
        Assert.DoesNotContain("/baocao", Texts.Help(Role.Head));
        Assert.DoesNotContain("Gửi tệp", Texts.Help(Role.Head));
        var leader = Texts.Help(Role.Leader).Split('\n');
        Assert.Equal("/duyet SỐ · /tuchoi SỐ lý do — duyệt hoặc từ chối gia hạn", leader[6]);
        Assert.Contains("/baocao — bảng Excel · /bieudo — biểu đồ", leader);
        Assert.Contains("/baocao — bảng Excel · /bieudo — biểu đồ", Texts.Help(Role.Clerk));
        Assert.Contains("Gửi tệp .docx/.pdf/.txt", Texts.Help(Role.Clerk));
        Assert.Contains("Gửi tệp .docx/.pdf/.txt", Texts.Help(Role.Leader));
        Assert.DoesNotContain("/duyet", Texts.Help(Role.Clerk));
        Assert.All(new[] { Role.Staff, Role.Head, Role.Clerk, Role.Leader }, r => Assert.EndsWith("Có thể gõ không dấu, ví dụ: #12 da xong, qua han.", Texts.Help(r)));
        Assert.StartsWith("<b>Các lệnh</b>\n/viec — việc đang mở của đơn vị", Texts.Help(Role.Staff));
    }

    [Theory]
    [InlineData("zalo", "Zalo")]
    [InlineData("telegram", "Telegram")]
    [InlineData("sim", "trình mô phỏng")]
    [InlineData("cli", null)]
    [InlineData(null, null)]
    public void Channels_by_their_names(string? channel, string? expected) => Assert.Equal(expected, Texts.ChannelName(channel));

    [Fact]
    public void Plain_drops_tags_decodes_entities_and_stays_short()
    {
        Assert.Equal("✅ Đã cập nhật #12: a < b & c", Texts.Plain("✅ Đã cập nhật <b>#12</b>: a &lt; b &amp; c"));
        Assert.Equal(new string('x', 190) + "…", Texts.Plain(new string('x', 191)));
        Assert.Equal(new string('x', 190), Texts.Plain(new string('x', 190)));
    }
}

public sealed class CommandReaderTests
{
    private static readonly ICommandReader Reader = new CommandReader();

    [Fact]
    public void A_bare_status_is_an_update_of_the_message_replied_to()
    {
        Assert.Equal(new Command.Update(null, WorkStatus.Done, null, null), Reader.Read("xong", new ReadContext(new(2026, 6, 1), IsReply: true)));
        Assert.Equal(new Command.Malformed(Texts.AskTaskNumberOrListItem), Reader.Read("xong", new ReadContext(new(2026, 6, 1), IsReply: false)));
    }

    [Fact]
    public void Everything_else_reads_as_the_parser_reads_it()
    {
        var today = new DateOnly(2026, 6, 1);
        Assert.Equal(new Command.Update(12, WorkStatus.Done, null, null), Reader.Read("#12 xong", new ReadContext(today, IsReply: true)));
        Assert.Equal(new Command.RequestExtension(12, new DateOnly(2026, 7, 20), null), Reader.Read("/giahan 12 20/7", new ReadContext(today, false)));
        Assert.IsType<Command.Unknown>(Reader.Read("chào", new ReadContext(today, IsReply: true)));
    }
}

public sealed class WardClockTests
{
    [Fact]
    public void The_wards_today_and_now_are_read_in_its_zone()
    {
        var time = new FixedTime(new DateTimeOffset(2026, 6, 10, 18, 30, 0, TimeSpan.Zero));
        var clock = new WardClock(time, WardClock.VietnamZoneId);

        Assert.Equal(new DateOnly(2026, 6, 11), clock.Today);
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 1, 30, 0, TimeSpan.FromHours(7)), clock.Now);
        Assert.Equal(TimeSpan.FromHours(7), clock.Now.Offset);
        Assert.Equal(time.GetUtcNow(), clock.UtcNow);
        Assert.Equal(new DateOnly(2026, 6, 10), new WardClock(time, "UTC").Today);
    }

    [Fact]
    public void An_unknown_zone_is_an_error_but_vietnam_always_works()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => WardClock.FindZone("Mars/Olympus"));
        Assert.Equal(TimeSpan.FromHours(7), WardClock.FindZone(WardClock.VietnamZoneId).GetUtcOffset(DateTime.UtcNow));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
