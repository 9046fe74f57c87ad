using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;
using ChatBot.Tasks;

namespace ChatBot.Reports;

/// <summary>What the title rows say: "Biểu theo dõi…", the ward (and unit), the period and the date of the figures.</summary>
public sealed record ReportTitle(string Ward, string? Unit, ReportPeriod Period, DateOnly Today, TimeZoneInfo Zone);

/// <summary>"Biểu theo dõi tiến độ thực hiện nhiệm vụ": title rows, one header, a row per unit then its tasks.
/// Rows stream from the database straight into the sheet (<see cref="XlsxWriter"/>, one pass, no copy): each cell is
/// written with its style as it goes; the merged title and unit rows and the rule that marks overdue rows red follow
/// the rows.</summary>
public static class ProgressWorkbook
{
    public const string SheetName = "Tiến độ";
    public const int HeaderRow = 5;

    /// <summary>Column headers and widths (characters), in order A…J.</summary>
    public static readonly (string Header, double Width)[] Columns =
    [
        ("STT", 6.7),
        ("Số/ký hiệu văn bản", 16.7),
        ("Nội dung", 60.7),
        ("Đơn vị chủ trì", 26.7),
        ("Phối hợp", 22.7),
        ("Hạn", 12.7),
        ("Hạn sau gia hạn", 12.7),
        ("Trạng thái", 15.7),
        ("Ngày hoàn thành", 12.7),
        ("Ghi chú", 32.7),
    ];

    private static readonly string Last = XlsxWriter.Column(Columns.Length);

    public static async Task WriteAsync(Stream output, ReportTitle title, IReadOnlyList<UnitSummary> groups,
        Func<UnitSummary, IEnumerable<ProgressRow>> rowsOf, ProgressLookups lookups, CancellationToken ct)
    {
        // Written synchronously to a temp file (the fast path for XmlWriter and the zip), then copied: the caller's
        // stream may be an HTTP response, which takes no synchronous writes.
        await using var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var sheet = new XlsxWriter(temp, SheetName, [.. Columns.Select(c => c.Width)], HeaderRow))
            Write(sheet, title, groups, rowsOf, lookups, ct);
        temp.Position = 0;
        await temp.CopyToAsync(output, ct);
    }

    private static void Write(XlsxWriter sheet, ReportTitle title, IReadOnlyList<UnitSummary> groups,
        Func<UnitSummary, IEnumerable<ProgressRow>> rowsOf, ProgressLookups lookups, CancellationToken ct)
    {
        var ward = Fold(title.Ward) is var k && (k.StartsWith("phuong ") || k.StartsWith("xa ")) ? title.Ward : $"phường {title.Ward}";
        string[] lines =
        [
            "BIỂU THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ",
            $"Ủy ban nhân dân {ward}" + (title.Unit is null ? "" : $" — {title.Unit}"),
            $"Kỳ báo cáo: {title.Period.Describe()}. Số liệu đến ngày {title.Today:dd/MM/yyyy}.",
        ];
        var merges = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            sheet.StartRow(i + 1);
            sheet.Text(1, lines[i], XlsxStyle.Title);
            sheet.EndRow();
            merges.Add($"A{i + 1}:{Last}{i + 1}");
        }
        sheet.StartRow(HeaderRow);
        for (var c = 0; c < Columns.Length; c++) sheet.Text(c + 1, Columns[c].Header, XlsxStyle.Header);
        sheet.EndRow();

        var row = HeaderRow;
        var stt = 0;
        var group = 0;
        foreach (var g in groups)
        {
            ct.ThrowIfCancellationRequested();
            sheet.StartRow(++row);
            sheet.Text(1, Roman(++group), XlsxStyle.Group);
            sheet.Text(2, GroupLine(g), XlsxStyle.Group);
            for (var c = 3; c <= Columns.Length; c++) sheet.Text(c, null, XlsxStyle.Group);
            sheet.EndRow();
            merges.Add($"B{row}:{Last}{row}");
            foreach (var r in rowsOf(g))
            {
                if ((row & 4095) == 0) ct.ThrowIfCancellationRequested(); // a closed download stops a 100k-row sheet early
                sheet.StartRow(++row);
                Task(sheet, ++stt, r, g, lookups, title.Today, title.Zone);
                sheet.EndRow();
            }
        }
        var first = HeaderRow + 1;
        sheet.Finish(merges,
            row >= first ? $"A{first}:{Last}{row}" : null,
            $"LEFT(${Last}{first},{StatusWords.Overdue.Length})=\"{StatusWords.Overdue}\"");
    }

    /// <summary>"Phòng Kinh tế, Hạ tầng và Đô thị (4 nhiệm vụ, 1 hoàn thành, 2 quá hạn)".</summary>
    private static string GroupLine(UnitSummary g)
    {
        var parts = new List<string> { $"{g.Total} nhiệm vụ" };
        if (g.Done > 0) parts.Add($"{g.Done} {WorkStatus.Done.Vietnamese().ToLowerInvariant()}");
        if (g.Overdue > 0) parts.Add($"{g.Overdue} {StatusWords.Overdue.ToLowerInvariant()}");
        return $"{g.Unit} ({string.Join(", ", parts)})";
    }

    private static void Task(XlsxWriter sheet, int stt, ProgressRow r, UnitSummary unit, ProgressLookups lookups, DateOnly today, TimeZoneInfo zone)
    {
        var pending = lookups.PendingExtensions.TryGetValue(r.Number, out var p) ? p : (DateOnly?)null;
        var original = r.OriginalDeadline ?? r.Deadline;
        var extended = r.OriginalDeadline is { } o && r.Deadline is { } d && d != o ? r.Deadline : null;
        var completed = r.Status == WorkStatus.Done && r.CompletedAt is { } c ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c, zone).DateTime) : (DateOnly?)null;
        sheet.Number(1, stt, XlsxStyle.Number);
        sheet.Text(2, lookups.Documents.GetValueOrDefault(r.DocumentId), XlsxStyle.Text);
        sheet.Text(3, $"#{r.Number}. {r.Text}", XlsxStyle.Text);
        sheet.Text(4, unit.UnitId is not null ? unit.Unit : r.WrittenUnit is { } w ? $"{w} (chưa có trong danh bạ)" : null, XlsxStyle.Text);
        sheet.Text(5, r.Cooperating?.Replace("\n", "; "), XlsxStyle.Text);
        sheet.Date(6, original, XlsxStyle.Date);
        sheet.Date(7, extended, XlsxStyle.Date);
        sheet.Text(8, StatusWords.Of(r.Status, r.Percent), XlsxStyle.Text);
        sheet.Date(9, completed, XlsxStyle.Date);
        sheet.Text(10, Note(r, today, completed, pending), XlsxStyle.Text);
    }

    /// <summary>Timing first (an overdue row's note starts with "Quá hạn", which the sheet's highlight rule reads), then the rest.</summary>
    public static string? Note(ProgressRow r, DateOnly today, DateOnly? completed, DateOnly? pendingExtension)
    {
        var parts = new List<string>();
        var original = r.OriginalDeadline ?? r.Deadline;
        var open = r.Status.IsOpen();
        if (open && r.Deadline is { } dl && dl < today) parts.Add($"{StatusWords.Overdue} {Days(today.DayNumber - dl.DayNumber)}");
        else if (r.Status == WorkStatus.Done && r.Deadline is { } due && completed is { } done)
            parts.Add(original is { } o && done <= o ? "Hoàn thành đúng hạn"
                : done <= due ? "Hoàn thành đúng hạn sau gia hạn" : $"Hoàn thành trễ {Days(done.DayNumber - due.DayNumber)}");
        if (r.Status == WorkStatus.Blocked && !string.IsNullOrWhiteSpace(r.BlockedReason)) parts.Add($"Vướng mắc: {r.BlockedReason}");
        if (open && pendingExtension is { } ext) parts.Add($"Đang xin gia hạn đến {ext:dd/MM/yyyy}");
        if (r.Recurrence is { } rec) parts.Add($"Định kỳ {TaskTexts.RecurrenceText(rec)}");
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>"12 ngày" (what TaskTexts.Days says, without Humanizer's cost on every one of 100 000 rows).</summary>
    private static string Days(int n) => $"{n} ngày";

    private static string Roman(int n)
    {
        var map = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var s = "";
        foreach (var (v, r) in map)
            while (n >= v) { s += r; n -= v; }
        return s;
    }

    private static string Fold(string s) => Core.Common.Fold.Key(s);
}
