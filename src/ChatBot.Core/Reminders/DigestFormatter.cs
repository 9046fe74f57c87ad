using ChatBot.Core.Conversation;
using System.Text;

namespace ChatBot.Core.Reminders;

public sealed record DigestUnitLine(string UnitName, int Open, int DueThisWeek, int Overdue);

public sealed record DigestOverdueTask(int Id, string Text, string? UnitName, DateOnly Deadline);

public sealed record DigestExtension(int TaskId, string? UnitName, DateOnly? CurrentDeadline, DateOnly Requested, string? Reason);

/// <summary>Everything the morning digest reports for one ward on one day.</summary>
public sealed record DigestData(
    string WardName,
    DateOnly Today,
    IReadOnlyList<DigestUnitLine> Units,
    IReadOnlyList<DigestOverdueTask> MostOverdue,
    IReadOnlyList<DigestExtension> PendingExtensions);

/// <summary>The morning digest: leaders see the units that need attention, clerks every unit with open work.</summary>
public static class DigestFormatter
{
    public const int MostOverdueCount = 5;

    public static string ForLeaders(DigestData d) =>
        Format(d, "Bản tin sáng", d.Units.Where(u => u.Overdue > 0 || u.DueThisWeek > 0), "Các đơn vị khác không có việc quá hạn hoặc đến hạn tuần này.");

    public static string ForClerks(DigestData d) =>
        Format(d, "Bản tin sáng toàn phường", d.Units.Where(u => u.Open > 0), null);

    /// <summary>Last day of the week containing <paramref name="today"/> (Sunday): "due this week" runs today…Sunday.</summary>
    public static DateOnly EndOfWeek(DateOnly today) => today.AddDays((7 - (int)today.DayOfWeek) % 7);

    private static string Format(DigestData d, string title, IEnumerable<DigestUnitLine> units, string? footnote)
    {
        var sb = new StringBuilder();
        sb.Append($"☀️ <b>{title} {d.Today:dd/MM/yyyy} — {TaskTexts.Esc(d.WardName)}</b>\n");
        sb.Append($"Tổng: {d.Units.Sum(u => u.Open)} việc đang mở · {d.Units.Sum(u => u.DueThisWeek)} đến hạn tuần này · {d.Units.Sum(u => u.Overdue)} quá hạn\n");
        var shown = units.OrderByDescending(u => u.Overdue).ThenByDescending(u => u.DueThisWeek).ThenBy(u => u.UnitName, StringComparer.Ordinal).ToList();
        if (shown.Count > 0)
        {
            sb.Append("\n<b>Theo đơn vị</b> <i>(đang mở / đến hạn tuần này / quá hạn)</i>\n");
            foreach (var u in shown) sb.Append($"• {TaskTexts.Esc(u.UnitName)}: {u.Open} / {u.DueThisWeek} / {u.Overdue}\n");
            if (footnote is not null && shown.Count < d.Units.Count) sb.Append($"<i>{footnote}</i>\n");
        }
        sb.Append("\n<b>Quá hạn nhiều nhất</b>\n");
        if (d.MostOverdue.Count == 0) sb.Append("Không có việc quá hạn.\n");
        var i = 0;
        foreach (var t in d.MostOverdue.OrderBy(t => t.Deadline).ThenBy(t => t.Id).Take(MostOverdueCount))
        {
            var unit = t.UnitName is { Length: > 0 } n ? $" {TaskTexts.Esc(n)} —" : "";
            sb.Append($"{++i}. #{t.Id}{unit} {TaskTexts.Esc(Short(t.Text))} — quá hạn {TaskTexts.Days(d.Today.DayNumber - t.Deadline.DayNumber)} (hạn {t.Deadline:dd/MM/yyyy})\n");
        }
        sb.Append("\n<b>Đề nghị gia hạn chờ duyệt</b>\n");
        if (d.PendingExtensions.Count == 0) sb.Append("Không có.\n");
        foreach (var e in d.PendingExtensions.OrderBy(e => e.TaskId))
        {
            var unit = e.UnitName is { Length: > 0 } n ? $" {TaskTexts.Esc(n)}:" : ":";
            var from = e.CurrentDeadline is { } c ? $"{c:dd/MM/yyyy} → " : "→ ";
            var reason = e.Reason is { Length: > 0 } r ? $" — {TaskTexts.Esc(Short(r))}" : "";
            sb.Append($"• #{e.TaskId}{unit} {from}{e.Requested:dd/MM/yyyy}{reason} (/duyet {e.TaskId} · /tuchoi {e.TaskId} lý do)\n");
        }
        return sb.ToString().TrimEnd('\n');
    }

    private static string Short(string text)
    {
        text = text.Trim().ReplaceLineEndings(" ");
        return text.Length <= 80 ? text : text[..79].TrimEnd() + "…";
    }
}
