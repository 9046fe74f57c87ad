using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;
using ChatBot.Tasks;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace ChatBot.Reports;

/// <summary>What the title rows say: "Biểu theo dõi…", the ward (and unit), the period and the date of the figures.</summary>
public sealed record ReportTitle(string Ward, string? Unit, ReportPeriod Period, DateOnly Today, TimeZoneInfo Zone);

/// <summary>"Biểu theo dõi tiến độ thực hiện nhiệm vụ": title rows, one header, a row per unit then its tasks.
/// Rows stream from the database into MiniExcel; the styling MiniExcel 1.x cannot express per row (title, header,
/// unit rows, overdue rows) is added afterwards as merged cells and conditional formats (<see cref="XlsxMarking"/>).</summary>
public static class ProgressWorkbook
{
    public const string SheetName = "Tiến độ";
    public const int HeaderRow = 5;

    /// <summary>Column keys, headers and widths (characters), in order A…J.</summary>
    public static readonly (string Key, string Header, double Width)[] Columns =
    [
        ("stt", "STT", 6),
        ("so", "Số/ký hiệu văn bản", 16),
        ("noidung", "Nội dung", 60),
        ("chutri", "Đơn vị chủ trì", 26),
        ("phoihop", "Phối hợp", 22),
        ("han", "Hạn", 12),
        ("hansau", "Hạn sau gia hạn", 12),
        ("trangthai", "Trạng thái", 15),
        ("ngayht", "Ngày hoàn thành", 12),
        ("ghichu", "Ghi chú", 32),
    ];

    public static async Task WriteAsync(Stream output, ReportTitle title, IReadOnlyList<UnitSummary> groups,
        Func<UnitSummary, IEnumerable<ProgressRow>> rowsOf, ProgressLookups lookups, CancellationToken ct)
    {
        var marks = new SheetMarks();
        var config = new OpenXmlConfiguration
        {
            DynamicColumns = Columns.Select(c => new DynamicExcelColumn(c.Key)
            {
                Width = c.Width,
                Format = c.Key is "han" or "hansau" or "ngayht" ? "dd/MM/yyyy" : null,
            }).ToArray(),
            FreezeRowCount = HeaderRow,
            AutoFilter = false,
            FastMode = false, // FastMode keeps the whole sheet in memory (≈250 MB for 100 000 rows); off, it streams (≈20 MB)
            StyleOptions = new OpenXmlStyleOptions { WrapCellContents = true, VerticalAlignment = VerticalCellAlignment.Top },
        };
        // A temp file rather than memory: the styling pass reads it back, and the caller's stream may be an HTTP response.
        await using var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        // Synchronous on purpose: to a local file it is about twice as fast as MiniExcel's async writer.
        temp.SaveAs(Sheet(title, groups, rowsOf, lookups, marks), printHeader: false, sheetName: SheetName, excelType: ExcelType.XLSX, configuration: config);
        temp.Position = 0;
        await XlsxMarking.ApplyAsync(temp, output, marks, Columns.Length, ct);
    }

    private static IEnumerable<Dictionary<string, object?>> Sheet(ReportTitle title, IReadOnlyList<UnitSummary> groups,
        Func<UnitSummary, IEnumerable<ProgressRow>> rowsOf, ProgressLookups lookups, SheetMarks marks)
    {
        var ward = Fold(title.Ward) is var k && (k.StartsWith("phuong ") || k.StartsWith("xa ")) ? title.Ward : $"phường {title.Ward}";
        yield return Line("BIỂU THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ");
        yield return Line($"Ủy ban nhân dân {ward}" + (title.Unit is null ? "" : $" — {title.Unit}"));
        yield return Line($"Kỳ báo cáo: {title.Period.Describe()}. Số liệu đến ngày {title.Today:dd/MM/yyyy}.");
        yield return Line(null);
        yield return Columns.ToDictionary(c => c.Key, c => (object?)c.Header);
        var row = HeaderRow;
        var stt = 0;
        var group = 0;
        foreach (var g in groups)
        {
            marks.GroupRows.Add(++row);
            yield return Group(++group, g);
            foreach (var r in rowsOf(g))
            {
                row++;
                yield return Task(++stt, r, g, lookups, title.Today, title.Zone);
            }
        }
        marks.LastRow = row;
    }

    private static Dictionary<string, object?> Line(string? text)
    {
        var d = Columns.ToDictionary(c => c.Key, _ => (object?)null);
        d["stt"] = text;
        return d;
    }

    private static Dictionary<string, object?> Group(int index, UnitSummary g)
    {
        var d = Columns.ToDictionary(c => c.Key, _ => (object?)null);
        d["stt"] = Roman(index);
        var parts = new List<string> { $"{g.Total} nhiệm vụ" };
        if (g.Done > 0) parts.Add($"{g.Done} {WorkStatus.Done.Vietnamese().ToLowerInvariant()}");
        if (g.Overdue > 0) parts.Add($"{g.Overdue} {StatusWords.Overdue.ToLowerInvariant()}");
        d["so"] = $"{g.Unit} ({string.Join(", ", parts)})";
        return d;
    }

    private static Dictionary<string, object?> Task(int stt, ProgressRow r, UnitSummary unit, ProgressLookups lookups, DateOnly today, TimeZoneInfo zone)
    {
        var pending = lookups.PendingExtensions.TryGetValue(r.Number, out var p) ? p : (DateOnly?)null;
        var original = r.OriginalDeadline ?? r.Deadline;
        var extended = r.OriginalDeadline is { } o && r.Deadline is { } d && d != o ? r.Deadline : null;
        var completed = r.Status == WorkStatus.Done && r.CompletedAt is { } c ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c, zone).DateTime) : (DateOnly?)null;
        return new Dictionary<string, object?>
        {
            ["stt"] = stt,
            ["so"] = lookups.Documents.GetValueOrDefault(r.DocumentId),
            ["noidung"] = $"#{r.Number}. {r.Text}",
            ["chutri"] = unit.UnitId is not null ? unit.Unit : r.WrittenUnit is { } w ? $"{w} (chưa có trong danh bạ)" : null,
            ["phoihop"] = r.Cooperating?.Replace("\n", "; "),
            ["han"] = original,
            ["hansau"] = extended,
            ["trangthai"] = StatusWords.Of(r.Status, r.Percent),
            ["ngayht"] = completed,
            ["ghichu"] = Note(r, today, completed, pending),
        };
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

/// <summary>Row numbers the writer noted while streaming, for the styling pass.</summary>
public sealed class SheetMarks
{
    public List<int> GroupRows { get; } = [];
    public int LastRow { get; set; }
}
