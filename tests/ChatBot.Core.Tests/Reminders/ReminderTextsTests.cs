using ChatBot.Core.Conversation;
using ChatBot.Core.Parsing;
using ChatBot.Core.Reminders;
using ChatBot.Core.Tasks;

namespace ChatBot.Core.Tests.Reminders;

public sealed class ReminderTextsTests
{
    [Theory]
    [InlineData("2026-06-15", "2026-06-13", "Hạn: 15/06/2026 — còn 2 ngày")]
    [InlineData("2026-06-15", "2026-06-15", "Hạn: 15/06/2026 — hôm nay")]
    [InlineData("2026-06-15", "2026-06-20", "Hạn: 15/06/2026 — quá hạn 5 ngày")]
    [InlineData("2026-06-15", "2026-06-14", "Hạn: 15/06/2026 — còn 1 ngày")]
    [InlineData("2026-06-30", "2026-06-15", "Hạn: 30/06/2026 — còn 15 ngày")]
    public void Deadline_lines_count_days_in_vietnamese(string deadline, string today, string expected) =>
        Assert.Equal(expected, TaskTexts.DeadlineLine(DateOnly.Parse(deadline), DateOnly.Parse(today)));

    [Fact]
    public void A_reminder_names_the_task_number_and_escapes_user_text()
    {
        var task = new ReminderTask(12, "Rà soát hồ sơ <đất> & nhà", "Phòng Kinh tế", new(2026, 6, 15), null, "Thông báo số 12/TB-UBND");
        var text = ReminderTexts.Compose(task, ReminderKinds.Overdue, new(2026, 6, 20), new(2026, 6, 20));
        Assert.StartsWith("⚠️ <b>Quá hạn: #12</b>", text);
        Assert.Contains("Rà soát hồ sơ &lt;đất&gt; &amp; nhà", text);
        Assert.Contains("quá hạn 5 ngày", text);
        Assert.Contains("<i>Nguồn: Thông báo số 12/TB-UBND</i>", text);
    }

    [Fact]
    public void A_periodic_prompt_asks_for_that_periods_report()
    {
        var task = new ReminderTask(7, "Báo cáo tình hình an ninh trật tự", "Công an phường", null, Recurrence.Weekly, null);
        var text = ReminderTexts.Compose(task, ReminderKinds.OccurrenceDue, new(2026, 6, 19), new(2026, 6, 19));
        Assert.Contains("kỳ tuần 15/06–19/06/2026", text);
        Assert.Contains("Hạn nộp: 19/06/2026 — hôm nay", text);
    }

    [Fact]
    public void Escalations_to_one_leader_are_one_message_worst_first_and_cut_after_twenty()
    {
        var today = new DateOnly(2026, 6, 24);
        var tasks = Enumerable.Range(1, 22).Select(i => new ReminderTask(100 + i, $"Việc <{i}>\nhai dòng", i % 2 == 0 ? "Phòng Kinh tế" : null, today.AddDays(-i), null, null)).ToList();
        var text = ReminderTexts.Escalations(tasks, today);
        var lines = text.Split('\n');
        Assert.Equal("🔺 <b>Báo cáo lãnh đạo: 22 nhiệm vụ quá hạn</b>", lines[0]);
        Assert.Equal("• <b>#122</b> Phòng Kinh tế (hạn 02/06/2026, quá hạn 22 ngày): Việc &lt;22&gt; hai dòng", lines[1]);
        Assert.Equal("• <b>#121</b> (hạn 03/06/2026, quá hạn 21 ngày): Việc &lt;21&gt; hai dòng", lines[2]);
        Assert.Equal(20, lines.Count(l => l.StartsWith("• <b>#")));
        Assert.DoesNotContain("#101<", text.Replace("</b>", "<"));
        Assert.Equal("• và 2 nhiệm vụ khác: /quahan", lines[21]);
        Assert.Equal("<i>Các đơn vị chưa báo cáo hoàn thành; đề nghị lãnh đạo đôn đốc.</i>", lines[22]);
    }

    [Fact]
    public void Status_buttons_carry_the_task_number_in_their_data() =>
        Assert.Equal(["st:12:ack", "st:12:prog", "st:12:done", "st:12:block"],
            TaskTexts.StatusButtons(12).SelectMany(r => r).Select(b => b.Data));

    [Fact]
    public void The_digest_lists_units_the_five_most_overdue_and_pending_extensions()
    {
        var today = new DateOnly(2026, 6, 15);
        var data = new DigestData("Phường Bạch Đằng", today,
            [new("Phòng Kinh tế", 5, 1, 2), new("Công an phường", 3, 0, 0), new("Phòng Văn hóa - Xã hội", 2, 1, 0)],
            [.. Enumerable.Range(1, 7).Select(i => new DigestOverdueTask(i, $"Việc {i}", "Phòng Kinh tế", today.AddDays(-i)))],
            [new(9, "Phòng Kinh tế", new(2026, 6, 16), new(2026, 6, 30), "chờ kinh phí")]);
        var leaders = DigestFormatter.ForLeaders(data);
        Assert.Contains("Tổng: 10 việc đang mở · 2 đến hạn tuần này · 2 quá hạn", leaders);
        Assert.Contains("• Phòng Kinh tế: 5 / 1 / 2", leaders);
        Assert.DoesNotContain("Công an phường:", leaders);
        Assert.Contains("1. #7 Phòng Kinh tế — Việc 7 — quá hạn 7 ngày (hạn 08/06/2026)", leaders);
        Assert.Contains("5. #3", leaders);
        Assert.DoesNotContain("6. #", leaders);
        Assert.Contains("• #9 Phòng Kinh tế: 16/06/2026 → 30/06/2026 — chờ kinh phí", leaders);
        Assert.Contains("• Công an phường: 3 / 0 / 0", DigestFormatter.ForClerks(data));
    }

    [Theory]
    [InlineData(WorkStatus.Done, "2026-06-15", null, "2026-06-15", Timing.OnTime)]
    [InlineData(WorkStatus.Done, "2026-06-30", "2026-06-15", "2026-06-20", Timing.OnTimeAfterExtension)]
    [InlineData(WorkStatus.Done, "2026-06-15", null, "2026-06-16", Timing.Late)]
    [InlineData(WorkStatus.Done, "2026-06-30", "2026-06-15", "2026-07-01", Timing.Late)]
    [InlineData(WorkStatus.InProgress, "2026-06-15", null, null, Timing.Overdue)]
    [InlineData(WorkStatus.New, "2026-06-25", null, null, Timing.Open)]
    [InlineData(WorkStatus.Cancelled, "2026-06-15", null, null, Timing.Cancelled)]
    [InlineData(WorkStatus.Done, null, null, "2026-06-15", Timing.NoDeadline)]
    [InlineData(WorkStatus.InProgress, "2026-06-20", null, null, Timing.Open)] // due today is not overdue yet
    [InlineData(WorkStatus.Done, "2026-06-30", "2026-06-15", "2026-06-30", Timing.OnTimeAfterExtension)] // done on the extended day
    public void Task_timing_tells_on_time_after_extension_from_late(WorkStatus status, string? deadline, string? original, string? completed, Timing expected)
    {
        static DateOnly? D(string? s) => s is null ? null : DateOnly.Parse(s);
        Assert.Equal(expected, TaskTiming.Classify(status, D(deadline), D(original), D(completed), new DateOnly(2026, 6, 20)));
    }
}

public sealed class ChairMatchTests
{
    [Theory]
    [InlineData("Đ/c Nguyễn Văn An – Chủ tịch UBND phường", "Nguyễn Văn An", true)]
    [InlineData("đồng chí NGUYEN VAN AN, Chủ tịch", "Nguyễn Văn An", true)]
    [InlineData("Đ/c Nguyễn Văn Anh – Phó Chủ tịch", "Nguyễn Văn An", false)]
    [InlineData(null, "Nguyễn Văn An", false)]
    [InlineData("Chủ tịch UBND phường", "  ", false)]
    [InlineData("…", "—", false)] // a name of punctuation alone matches nothing
    public void The_chairing_leader_is_found_by_name_without_accents(string? chairedBy, string name, bool expected) =>
        Assert.Equal(expected, ChairMatch.Matches(chairedBy, name));
}
