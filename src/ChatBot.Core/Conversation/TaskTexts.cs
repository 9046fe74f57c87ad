using System.Globalization;
using ChatBot.Core.Tasks;
using Humanizer;

namespace ChatBot.Core.Conversation;

/// <summary>How tasks read in chat (Telegram HTML subset; channels without markup strip the tags).</summary>
public static class TaskTexts
{
    private static readonly CultureInfo Vi = new("vi");

    /// <summary>Escapes only what Telegram's HTML needs (&lt; &gt; &amp;); Vietnamese letters stay as they are.</summary>
    public static string Esc(string? s) => (s ?? "").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Hạn: 15/06/2026 — còn 5 ngày" / "— hôm nay" / "— quá hạn 3 ngày"; "Không có hạn" without one.</summary>
    public static string DeadlineLine(WorkTask t, DateOnly today)
    {
        if (t.Deadline is not { } d) return t.Recurrence is { } r ? $"Định kỳ: {RecurrenceText(r)}" : "Hạn: không ghi hạn";
        var days = d.DayNumber - today.DayNumber;
        var rel = !t.Status.IsOpen() ? "" :
            days > 0 ? $" — còn {Days(days)}" :
            days == 0 ? " — <b>hạn hôm nay</b>" :
            $" — <b>quá hạn {Days(-days)}</b>";
        var ext = t.OriginalDeadline is { } o && o != d ? $" (gia hạn từ {Date(o)})" : "";
        var rec = t.Recurrence is { } rr ? $"; định kỳ {RecurrenceText(rr)}" : "";
        return $"Hạn: {Date(d)}{rel}{ext}{rec}";
    }

    /// <summary>"5 ngày" in Vietnamese through Humanizer (never ToQuantity, which pluralises in English).</summary>
    public static string Days(int days) => TimeSpan.FromDays(days).Humanize(culture: Vi, maxUnit: TimeUnit.Day);

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

    public static IReadOnlyList<IReadOnlyList<ChatButton>> StatusButtons(int taskId) =>
    [
        [new ChatButton("Đã nhận", $"st:{taskId}:ack"), new ChatButton("Đang làm", $"st:{taskId}:prog")],
        [new ChatButton("Hoàn thành", $"st:{taskId}:done"), new ChatButton("Vướng mắc", $"st:{taskId}:block")],
    ];
}
