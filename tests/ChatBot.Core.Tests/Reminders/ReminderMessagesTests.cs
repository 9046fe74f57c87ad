using ChatBot.Core.Parsing;
using ChatBot.Core.Reminders;

namespace ChatBot.Core.Tests.Reminders;

/// <summary>Each kind of reminder as the unit (or the leader) reads it, whole.</summary>
public sealed class ReminderMessagesTests
{
    // Deadline Friday 19/06/2026.
    private static readonly ReminderTask Task = new(12, "  Rà soát hồ sơ đất <khu A>  ", "Phòng Kinh tế", new(2026, 6, 19), null,
        "Thông báo số 12/TB-UBND ngày 03/06/2026");

    private static string Compose(ReminderTask task, string kind, string occurrence, string today) =>
        ReminderTexts.Compose(task, kind, DateOnly.Parse(occurrence), DateOnly.Parse(today));

    [Theory]
    [InlineData(ReminderKinds.DueToday, "2026-06-19", "📌 <b>Hôm nay đến hạn: #12</b>", "Hạn: 19/06/2026 — hôm nay")]
    [InlineData(ReminderKinds.Overdue, "2026-06-22", "⚠️ <b>Quá hạn: #12</b>", "Hạn: 19/06/2026 — quá hạn 3 ngày")]
    [InlineData("before-3", "2026-06-16", "⏰ <b>Nhắc việc #12</b>", "Hạn: 19/06/2026 — còn 3 ngày")]
    public void A_deadline_reminder_names_the_task_its_unit_its_deadline_and_its_notice(string kind, string today, string heading, string deadline) =>
        Assert.Equal($"""
            {heading}
            Rà soát hồ sơ đất &lt;khu A&gt;
            Đơn vị chủ trì: Phòng Kinh tế
            {deadline}
            <i>Nguồn: Thông báo số 12/TB-UBND ngày 03/06/2026</i>
            """, Compose(Task, kind, "2026-06-19", today));

    [Fact]
    public void A_deadline_on_a_sunday_is_announced_on_the_friday_before_as_falling_on_a_day_off() =>
        Assert.Equal("""
            📌 <b>Đến hạn (hạn rơi vào ngày nghỉ): #12</b>
            Rà soát hồ sơ đất &lt;khu A&gt;
            Đơn vị chủ trì: Phòng Kinh tế
            Hạn: 21/06/2026 — còn 2 ngày
            <i>Nguồn: Thông báo số 12/TB-UBND ngày 03/06/2026</i>
            """, Compose(Task with { Deadline = new(2026, 6, 21) }, ReminderKinds.DueToday, "2026-06-21", "2026-06-19"));

    [Fact]
    public void An_escalation_asks_the_leader_to_press_the_unit() =>
        Assert.Equal("""
            🔺 <b>Báo cáo lãnh đạo: #12 quá hạn</b>
            Rà soát hồ sơ đất &lt;khu A&gt;
            Đơn vị chủ trì: Phòng Kinh tế
            Hạn: 19/06/2026 — quá hạn 5 ngày
            <i>Đơn vị chưa báo cáo hoàn thành; đề nghị lãnh đạo đôn đốc.</i>
            <i>Nguồn: Thông báo số 12/TB-UBND ngày 03/06/2026</i>
            """, Compose(Task, ReminderKinds.Escalation, "2026-06-19", "2026-06-24"));

    [Fact]
    public void A_check_in_on_a_task_without_deadline_shows_how_to_answer() =>
        Assert.Equal("""
            💬 <b>#12 còn đang thực hiện?</b>
            Rà soát hồ sơ đất &lt;khu A&gt;
            Nhiệm vụ chưa có hạn. Xin cập nhật tiến độ bằng nút bên dưới hoặc gõ “#12 đang làm 50%”.
            """, Compose(Task with { Deadline = null, UnitName = "", DocumentTitle = null }, ReminderKinds.CheckIn, "2026-06-19", "2026-06-19"));

    [Fact]
    public void A_reminder_for_a_task_without_deadline_says_so() =>
        Assert.Equal("""
            ⏰ <b>Nhắc việc #12</b>
            Rà soát hồ sơ đất &lt;khu A&gt;
            Chưa có hạn
            """, Compose(Task with { Deadline = null, UnitName = null, DocumentTitle = "" }, "before-1", "2026-06-19", "2026-06-19"));

    [Fact]
    public void A_monthly_report_is_asked_for_by_its_period_on_the_day_it_is_due() =>
        Assert.Equal("""
            🗓 <b>Báo cáo định kỳ #12 — kỳ tháng 06/2026</b>
            Rà soát hồ sơ đất &lt;khu A&gt;
            Đơn vị chủ trì: Phòng Kinh tế
            Hạn nộp: 25/06/2026 — hôm nay
            Xin gửi báo cáo kỳ tháng 06/2026 rồi gõ “#12 xong”.
            <i>Nguồn: Thông báo số 12/TB-UBND ngày 03/06/2026</i>
            """, Compose(Task with { Deadline = null }, ReminderKinds.OccurrenceDue, "2026-06-25", "2026-06-25"));

    [Fact]
    public void A_missing_quarterly_report_is_chased_the_day_after() =>
        Assert.Equal("""
            ⚠️ <b>Chưa nhận báo cáo kỳ quý II/2026 của #12</b>
            Rà soát hồ sơ đất &lt;khu A&gt;
            Đơn vị chủ trì: Phòng Kinh tế
            Hạn nộp: 25/06/2026 — quá hạn 1 ngày
            Xin gửi báo cáo kỳ quý II/2026 rồi gõ “#12 xong”.
            <i>Nguồn: Thông báo số 12/TB-UBND ngày 03/06/2026</i>
            """, Compose(Task with { Recurrence = Recurrence.Quarterly }, ReminderKinds.OccurrenceOverdue, "2026-06-25", "2026-06-26"));

    [Fact]
    public void A_task_text_of_400_characters_is_shown_whole_and_a_longer_one_is_cut_with_an_ellipsis()
    {
        static string Body(string text) => ReminderTexts.Compose(Task with { Text = text }, ReminderKinds.Overdue, default, new(2026, 6, 22)).Split('\n')[1];
        Assert.Equal(new string('x', 400), Body(new string('x', 400)));
        Assert.Equal(new string('x', 399) + "…", Body(new string('x', 401)));
        Assert.Equal(new string('x', 398) + "…", Body(new string('x', 398) + " yy"));
    }

    [Fact]
    public void Twenty_escalations_are_all_listed_and_one_deadline_is_ordered_by_task_number()
    {
        var today = new DateOnly(2026, 6, 24);
        var tasks = Enumerable.Range(1, 20).Select(i => new ReminderTask(200 - i, $"Việc {200 - i}", null, today.AddDays(-(i + 1) / 2), null, null)).ToList();
        var lines = ReminderTexts.Escalations(tasks, today).Split('\n');
        Assert.Equal("🔺 <b>Báo cáo lãnh đạo: 20 nhiệm vụ quá hạn</b>", lines[0]);
        Assert.Equal("• <b>#180</b> (hạn 14/06/2026, quá hạn 10 ngày): Việc 180", lines[1]);
        Assert.Equal("• <b>#181</b> (hạn 14/06/2026, quá hạn 10 ngày): Việc 181", lines[2]);
        Assert.Equal("• <b>#199</b> (hạn 23/06/2026, quá hạn 1 ngày): Việc 199", lines[20]);
        Assert.Equal(["<i>Các đơn vị chưa báo cáo hoàn thành; đề nghị lãnh đạo đôn đốc.</i>", "Chi tiết một nhiệm vụ: <code>/viec SỐ</code>."], lines[21..]);
    }

    [Theory]
    [InlineData(ReminderKinds.DueToday, "đến hạn hôm nay")]
    [InlineData(ReminderKinds.Overdue, "quá hạn")]
    [InlineData(ReminderKinds.Escalation, "báo lãnh đạo")]
    [InlineData(ReminderKinds.CheckIn, "hỏi tiến độ")]
    [InlineData(ReminderKinds.OccurrenceDue, "báo cáo định kỳ")]
    [InlineData(ReminderKinds.OccurrenceOverdue, "báo cáo định kỳ quá hạn")]
    [InlineData(ReminderKinds.Digest, "bản tin sáng")]
    [InlineData("before-3", "trước hạn 3 ngày làm việc")]
    [InlineData("something-new", "something-new")]
    public void Operators_see_each_kind_by_its_vietnamese_name(string kind, string name) =>
        Assert.Equal(name, ReminderTexts.KindName(kind));
}
