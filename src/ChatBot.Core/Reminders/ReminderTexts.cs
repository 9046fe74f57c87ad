using ChatBot.Core.Conversation;
using ChatBot.Core.Parsing;

namespace ChatBot.Core.Reminders;

/// <summary>What a reminder needs to say about its task.</summary>
public sealed record ReminderTask(int Id, string Text, string? UnitName, DateOnly? Deadline, Recurrence? Recurrence, string? DocumentTitle);

/// <summary>Vietnamese reminder texts (Telegram HTML subset: b, i; user text escaped through <see cref="TaskTexts"/>).</summary>
public static class ReminderTexts
{
    private const int MaxTaskText = 400;

    public static string Compose(ReminderTask task, string kind, DateOnly occurrence, DateOnly today)
    {
        var heading = kind switch
        {
            ReminderKinds.DueToday when task.Deadline == today => $"📌 <b>Hôm nay đến hạn: #{task.Id}</b>",
            ReminderKinds.DueToday => $"📌 <b>Đến hạn (hạn rơi vào ngày nghỉ): #{task.Id}</b>",
            ReminderKinds.Overdue => $"⚠️ <b>Quá hạn: #{task.Id}</b>",
            ReminderKinds.Escalation => $"🔺 <b>Báo cáo lãnh đạo: #{task.Id} quá hạn</b>",
            ReminderKinds.CheckIn => $"💬 <b>#{task.Id} còn đang thực hiện?</b>",
            ReminderKinds.OccurrenceDue => $"🗓 <b>Báo cáo định kỳ #{task.Id} — kỳ {Period(task, occurrence)}</b>",
            ReminderKinds.OccurrenceOverdue => $"⚠️ <b>Chưa nhận báo cáo kỳ {Period(task, occurrence)} của #{task.Id}</b>",
            _ => $"⏰ <b>Nhắc việc #{task.Id}</b>",
        };
        var lines = new List<string> { heading, TaskTexts.Esc(Shorten(task.Text)) };
        if (task.UnitName is { Length: > 0 } unit) lines.Add($"Đơn vị chủ trì: {TaskTexts.Esc(unit)}");
        lines.Add(kind switch
        {
            ReminderKinds.CheckIn => "Nhiệm vụ chưa có hạn. Xin cập nhật tiến độ bằng nút bên dưới hoặc gõ “#" + task.Id + " đang làm 50%”.",
            ReminderKinds.OccurrenceDue or ReminderKinds.OccurrenceOverdue => TaskTexts.DeadlineLine(occurrence, today, "Hạn nộp"),
            _ when task.Deadline is { } d => TaskTexts.DeadlineLine(d, today),
            _ => "Chưa có hạn",
        });
        if (kind == ReminderKinds.Escalation)
            lines.Add("<i>Đơn vị chưa báo cáo hoàn thành; đề nghị lãnh đạo đôn đốc.</i>");
        if (kind is ReminderKinds.OccurrenceDue or ReminderKinds.OccurrenceOverdue)
            lines.Add($"Xin gửi báo cáo kỳ {Period(task, occurrence)} rồi gõ “#{task.Id} xong”.");
        if (task.DocumentTitle is { Length: > 0 } doc) lines.Add($"<i>Nguồn: {TaskTexts.Esc(doc)}</i>");
        return string.Join('\n', lines);
    }

    /// <summary>At most this many tasks are listed in one leader's escalation message.</summary>
    public const int EscalationListMax = 20;

    /// <summary>Several escalations to one person at one sweep, as one message: one line per task, worst first.</summary>
    public static string Escalations(IReadOnlyList<ReminderTask> tasks, DateOnly today)
    {
        var lines = new List<string> { $"🔺 <b>Báo cáo lãnh đạo: {tasks.Count} nhiệm vụ quá hạn</b>" };
        foreach (var t in tasks.OrderBy(t => t.Deadline).ThenBy(t => t.Id).Take(EscalationListMax))
        {
            var late = t.Deadline is { } d ? $"hạn {TaskTexts.Date(d)}, quá hạn {TaskTexts.Days(today.DayNumber - d.DayNumber)}" : "quá hạn";
            var unit = t.UnitName is { Length: > 0 } u ? $" {TaskTexts.Esc(u)}" : "";
            lines.Add($"• <b>#{t.Id}</b>{unit} ({late}): {TaskTexts.Esc(TaskTexts.Short(t.Text.ReplaceLineEndings(" ").Trim(), 100))}");
        }
        if (tasks.Count > EscalationListMax) lines.Add($"• và {tasks.Count - EscalationListMax} nhiệm vụ khác: /quahan");
        lines.Add("<i>Các đơn vị chưa báo cáo hoàn thành; đề nghị lãnh đạo đôn đốc.</i>");
        lines.Add("Chi tiết một nhiệm vụ: <code>/viec SỐ</code>.");
        return string.Join('\n', lines);
    }

    /// <summary>Vietnamese name of a reminder kind, for operator output.</summary>
    public static string KindName(string kind) => kind switch
    {
        ReminderKinds.DueToday => "đến hạn hôm nay",
        ReminderKinds.Overdue => "quá hạn",
        ReminderKinds.Escalation => "báo lãnh đạo",
        ReminderKinds.CheckIn => "hỏi tiến độ",
        ReminderKinds.OccurrenceDue => "báo cáo định kỳ",
        ReminderKinds.OccurrenceOverdue => "báo cáo định kỳ quá hạn",
        ReminderKinds.Digest => "bản tin sáng",
        _ when kind.StartsWith("before-", StringComparison.Ordinal) => $"trước hạn {kind[7..]} ngày làm việc",
        _ => kind,
    };

    private static string Period(ReminderTask task, DateOnly occurrence) =>
        RecurrenceSchedule.PeriodLabel(task.Recurrence ?? Recurrence.Monthly, occurrence);

    private static string Shorten(string text)
    {
        text = text.Trim();
        return text.Length <= MaxTaskText ? text : text[..(MaxTaskText - 1)].TrimEnd() + "…";
    }
}
