using System.Globalization;
using ChatBot.Core.Conversation;
using ChatBot.Core.Parsing;
using Humanizer;

namespace ChatBot.Core.Reminders;

/// <summary>What a reminder needs to say about its task.</summary>
public sealed record ReminderTask(int Id, string Text, string? UnitName, DateOnly? Deadline, Recurrence? Recurrence, string? DocumentTitle);

/// <summary>Vietnamese reminder texts (Telegram HTML subset: b, i; user text escaped) and the task's status buttons.</summary>
public static class ReminderTexts
{
    private static readonly CultureInfo Vi = new("vi");
    private const int MaxTaskText = 400;

    /// <summary>"5 ngày" (Humanizer, Vietnamese; days only, never weeks).</summary>
    public static string Days(int days) => TimeSpan.FromDays(Math.Abs(days)).Humanize(culture: Vi, maxUnit: TimeUnit.Day, minUnit: TimeUnit.Day);

    /// <summary>"Hạn: 15/06/2026 — còn 2 ngày" / "— hôm nay" / "— quá hạn 5 ngày".</summary>
    public static string DeadlineLine(DateOnly deadline, DateOnly today, string label = "Hạn")
    {
        var diff = deadline.DayNumber - today.DayNumber;
        var rest = diff > 0 ? $"còn {Days(diff)}" : diff == 0 ? "hôm nay" : $"quá hạn {Days(-diff)}";
        return $"{label}: {deadline:dd/MM/yyyy} — {rest}";
    }

    /// <summary>Escapes &lt; &gt; &amp; only (WebUtility.HtmlEncode would also encode Vietnamese letters).</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

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
        var lines = new List<string> { heading, Escape(Shorten(task.Text)) };
        if (task.UnitName is { Length: > 0 } unit) lines.Add($"Đơn vị chủ trì: {Escape(unit)}");
        lines.Add(kind switch
        {
            ReminderKinds.CheckIn => "Nhiệm vụ chưa có hạn. Xin cập nhật tiến độ bằng nút bên dưới hoặc gõ “#" + task.Id + " đang làm 50%”.",
            ReminderKinds.OccurrenceDue or ReminderKinds.OccurrenceOverdue => DeadlineLine(occurrence, today, "Hạn nộp"),
            _ when task.Deadline is { } d => DeadlineLine(d, today),
            _ => "Chưa có hạn",
        });
        if (kind == ReminderKinds.Escalation)
            lines.Add("<i>Đơn vị chưa báo cáo hoàn thành; đề nghị lãnh đạo đôn đốc.</i>");
        if (kind is ReminderKinds.OccurrenceDue or ReminderKinds.OccurrenceOverdue)
            lines.Add($"Xin gửi báo cáo kỳ {Period(task, occurrence)} rồi gõ “#{task.Id} xong”.");
        if (task.DocumentTitle is { Length: > 0 } doc) lines.Add($"<i>Nguồn: {Escape(doc)}</i>");
        return string.Join('\n', lines);
    }

    /// <summary>Đã nhận / Đang làm / Hoàn thành / Vướng mắc with callback data "st:&lt;id&gt;:ack|prog|done|block".</summary>
    public static IReadOnlyList<IReadOnlyList<ChatButton>> StatusButtons(int taskId) =>
    [
        [new("Đã nhận", $"st:{taskId}:ack"), new("Đang làm", $"st:{taskId}:prog")],
        [new("Hoàn thành", $"st:{taskId}:done"), new("Vướng mắc", $"st:{taskId}:block")],
    ];

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
