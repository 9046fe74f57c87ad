using System.Globalization;
using ChatBot.Core.Reminders;
using ChatBot.Core.Tasks;
using Humanizer;

namespace ChatBot.Core.Conversation;

/// <summary>The one text module of the bot (Telegram HTML subset; channels without markup strip the tags):
/// escaping, dates and day counts, deadline lines, task cards and list lines, the buttons of a task, an extension
/// request and a draft, and the on-time / late labels of reports.</summary>
public static class TaskTexts
{
    private static readonly CultureInfo Vi = new("vi");

    /// <summary>Escapes only what Telegram's HTML needs (&lt; &gt; &amp;); Vietnamese letters stay as they are
    /// (WebUtility.HtmlEncode would encode them too).</summary>
    public static string Esc(string? s) => (s ?? "").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"5 ngày" (Humanizer, Vietnamese; days only, never weeks; the sign is dropped).</summary>
    public static string Days(int days) =>
        TimeSpan.FromDays(Math.Abs(days)).Humanize(culture: Vi, maxUnit: TimeUnit.Day, minUnit: TimeUnit.Day);

    /// <summary>A reminder's line: "Hạn: 15/06/2026 — còn 2 ngày" / "— hôm nay" / "— quá hạn 5 ngày".</summary>
    public static string DeadlineLine(DateOnly deadline, DateOnly today, string label = "Hạn")
    {
        var diff = deadline.DayNumber - today.DayNumber;
        var rest = diff > 0 ? $"còn {Days(diff)}" : diff == 0 ? "hôm nay" : $"quá hạn {Days(diff)}";
        return $"{label}: {Date(deadline)} — {rest}";
    }

    /// <summary>A task card's line: "Hạn: 15/06/2026 — còn 5 ngày" / "— <b>hạn hôm nay</b>" / "— <b>quá hạn 3 ngày</b>",
    /// the original deadline after an extension, the recurrence; "Hạn: không ghi hạn" without one.</summary>
    public static string DeadlineLine(WorkTask t, DateOnly today)
    {
        if (t.Deadline is not { } d) return t.Recurrence is { } r ? $"Định kỳ: {RecurrenceText(r)}" : "Hạn: không ghi hạn";
        var days = d.DayNumber - today.DayNumber;
        var rel = !t.Status.IsOpen() ? "" :
            days > 0 ? $" — còn {Days(days)}" :
            days == 0 ? " — <b>hạn hôm nay</b>" :
            $" — <b>quá hạn {Days(days)}</b>";
        var ext = t.OriginalDeadline is { } o && o != d ? $" (gia hạn từ {Date(o)})" : "";
        var rec = t.Recurrence is { } rr ? $"; định kỳ {RecurrenceText(rr)}" : "";
        return $"Hạn: {Date(d)}{rel}{ext}{rec}";
    }

    public static string RecurrenceText(Parsing.Recurrence r) => r switch
    {
        Parsing.Recurrence.Weekly => "hằng tuần",
        Parsing.Recurrence.Monthly => "hằng tháng",
        Parsing.Recurrence.Quarterly => "hằng quý",
        Parsing.Recurrence.Yearly => "hằng năm",
        _ => "định kỳ",
    };

    /// <summary>One task as pushed: number, text, deadline, status, source.</summary>
    public static string Card(WorkTask t, DateOnly today, string? source, string? unitName = null)
    {
        var lines = new List<string> { $"<b>#{t.Id}</b>{(t.Urgent ? " ⚡ <b>khẩn</b>" : "")} {Esc(t.Text)}" };
        if (unitName is not null) lines.Add($"Đơn vị: {Esc(unitName)}");
        if (!string.IsNullOrEmpty(t.Cooperating)) lines.Add($"Phối hợp: {Esc(t.Cooperating.Replace("\n", ", "))}");
        lines.Add(DeadlineLine(t, today));
        if (t.Status != WorkStatus.New) lines.Add($"Trạng thái: {Esc(t.Describe())}");
        if (source is not null) lines.Add($"Nguồn: {Esc(source)}{(t.Section is null ? "" : $", mục {Esc(t.Section)}")}");
        return string.Join("\n", lines);
    }

    /// <summary>A short one-line form for lists: "#12 · Phòng KT · hạn 15/06 (quá hạn 3 ngày) · text…".</summary>
    public static string Line(WorkTask t, DateOnly today, string? unitName)
    {
        var text = t.Text.Length > 110 ? t.Text[..110].TrimEnd() + "…" : t.Text;
        var dl = t.Deadline is { } d
            ? $" · hạn {d:dd/MM}" + (t.Status.IsOpen() && d < today ? $" (<b>quá hạn {Days(today.DayNumber - d.DayNumber)}</b>)" : "")
            : "";
        var unit = unitName is null ? "" : $" · {Esc(unitName)}";
        var status = t.Status is WorkStatus.New ? "" : $" · {Esc(t.Describe())}";
        return $"<b>#{t.Id}</b>{unit}{dl}{status}\n   {Esc(text)}";
    }

    /// <summary>At most <paramref name="max"/> characters of a task's text, with "…" when cut.</summary>
    public static string Short(string s, int max = 160) => s.Length > max ? s[..max] + "…" : s;

    /// <summary>Đã nhận / Đang làm / Hoàn thành / Vướng mắc under a task card or reminder.</summary>
    public static IReadOnlyList<IReadOnlyList<ChatButton>> StatusButtons(int taskId) =>
    [
        [Button("Đã nhận", new ButtonAction.SetStatus(taskId, WorkStatus.Acknowledged)), Button("Đang làm", new ButtonAction.SetStatus(taskId, WorkStatus.InProgress))],
        [Button("Hoàn thành", new ButtonAction.SetStatus(taskId, WorkStatus.Done)), Button("Vướng mắc", new ButtonAction.SetStatus(taskId, WorkStatus.Blocked))],
    ];

    /// <summary>Duyệt / Từ chối under an extension request sent to the leaders.</summary>
    public static IReadOnlyList<IReadOnlyList<ChatButton>> ExtensionButtons(int taskId) =>
        [[Button("Duyệt", new ButtonAction.DecideExtension(taskId, true)), Button("Từ chối", new ButtonAction.DecideExtension(taskId, false))]];

    /// <summary>Xác nhận giao / Bỏ under an imported draft's summary.</summary>
    public static IReadOnlyList<IReadOnlyList<ChatButton>> DocumentButtons(int documentId) =>
        [[Button("✅ Xác nhận giao", new ButtonAction.DecideDocument(documentId, true)), Button("Bỏ", new ButtonAction.DecideDocument(documentId, false))]];

    private static ChatButton Button(string text, ButtonAction action) => new(text, ButtonData.Encode(action));

    /// <summary>The report's judgement of a task against its deadline: "Đúng hạn", "Đúng hạn sau gia hạn", "Trễ hạn",
    /// "Quá hạn", "Đang làm", "Hoàn thành" (done, no deadline), "Đã hủy".</summary>
    public static string TimingLabel(Timing timing, WorkStatus status) => timing switch
    {
        Timing.OnTime => "Đúng hạn",
        Timing.OnTimeAfterExtension => "Đúng hạn sau gia hạn",
        Timing.Late => "Trễ hạn",
        Timing.Overdue => "Quá hạn",
        Timing.Cancelled => "Đã hủy",
        Timing.NoDeadline when status == WorkStatus.Done => "Hoàn thành",
        _ => "Đang làm",
    };
}
