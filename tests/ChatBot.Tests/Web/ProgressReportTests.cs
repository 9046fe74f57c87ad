using System.Globalization;
using ChatBot.Cli;
using ChatBot.Core.Tasks;
using ChatBot.Reports;
using ChatBot.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Web;

/// <summary>"Biểu theo dõi tiến độ thực hiện nhiệm vụ" and the chart, checked cell by cell against the database.</summary>
public sealed class ProgressReportTests : IAsyncLifetime
{
    private readonly ChatBotApp _app = new(new() { ["Outbox:Enabled"] = "false" });
    private TestWard _ward = null!;

    public async Task InitializeAsync()
    {
        _ = _app.Services;
        _ward = new TestWard(_app);
        await _ward.SeedAsync();
        // A second notice with a unit the directory does not know, assigned a week later.
        _app.Clock.Advance(TimeSpan.FromDays(7));
        await _ward.ImportAsync("""
            UBND PHƯỜNG AN BÌNH
            Số: 16/TB-UBND
            THÔNG BÁO
            1. Ban Chỉ huy Quân sự phường
            - Tổ chức huấn luyện dân quân, hoàn thành trước ngày 30/6/2026.
            2. Phòng Kinh tế, Hạ tầng và Đô thị
            - Hằng tuần báo cáo tiến độ giải phóng mặt bằng.
            """, assign: true);
        _app.Clock.Advance(TimeSpan.FromDays(4)); // today 12/06/2026
        var tasks = await _ward.TasksAsync();
        int Id(string start) => tasks.First(t => t.Text.StartsWith(start, StringComparison.Ordinal)).Id;
        var now = _app.Clock.GetUtcNow();
        await Change(Id("Rà soát toàn bộ"), t => { t.Status = WorkStatus.Done; t.Percent = 100; t.CompletedAt = now.AddDays(-5); }); // 07/06, before 10/06
        await Change(Id("Hoàn thiện hồ sơ"), t => { t.Status = WorkStatus.InProgress; t.Percent = 60; });
        await Change(Id("Rà soát danh sách hộ nghèo"), t => { t.Status = WorkStatus.Blocked; t.BlockedReason = "chưa có kinh phí"; t.OriginalDeadline = t.Deadline; t.Deadline = new DateOnly(2026, 6, 28); });
        await _app.WithDb(async db =>
        {
            db.Extensions.Add(new ExtensionRequest { TaskId = Id("Tăng cường kiểm tra"), RequestedDeadline = new DateOnly(2026, 7, 15), State = ExtensionState.Pending, CreatedAt = now });
            await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    private Task Change(int id, Action<WorkTask> change) => _app.WithDb(async db =>
    {
        change(await db.Tasks.SingleAsync(t => t.Id == id));
        await db.SaveChangesAsync();
    });

    private async Task<byte[]> ExcelAsync(ReportPeriod period)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        using var ms = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<ReportBuilder>().WriteExcelAsync(new ReportScope(_ward.WardId, null), period, ms, default);
        return ms.ToArray();
    }

    /// <summary>The first sheet as rows of (column letter → cell), read with the Open XML SDK.</summary>
    private static (List<(int Row, Dictionary<string, Cell> Cells)> Rows, WorkbookPart Book, SpreadsheetDocument Doc) Read(byte[] bytes)
    {
        var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var book = doc.WorkbookPart!;
        var sheet = book.WorksheetParts.First().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => ((int)r.RowIndex!.Value,
            r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()), c => c))).ToList();
        return (rows, book, doc);
    }

    private static string? Text(WorkbookPart book, Dictionary<string, Cell> cells, string col)
    {
        if (!cells.TryGetValue(col, out var c) || c.CellValue is null) return null;
        if (c.DataType?.Value == CellValues.SharedString)
            return book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(c.CellValue.Text)).InnerText;
        return c.CellValue.Text;
    }

    /// <summary>A real date: a number cell whose style's format is a date format (not text that looks like one).</summary>
    private static DateOnly? Date(WorkbookPart book, Dictionary<string, Cell> cells, string col)
    {
        if (!cells.TryGetValue(col, out var c) || c.CellValue is null) return null;
        Assert.True(c.DataType is null || c.DataType.Value == CellValues.Number, $"{c.CellReference} is not a number cell");
        var xf = book.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)c.StyleIndex!.Value);
        var format = book.WorkbookStylesPart.Stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId!.Value == xf.NumberFormatId!.Value)?.FormatCode?.Value;
        Assert.Equal("dd/MM/yyyy", format);
        return DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(c.CellValue.Text, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_table_has_title_rows_one_row_per_task_grouped_by_unit_with_real_dates_and_marked_overdue_rows()
    {
        var bytes = await ExcelAsync(ReportPeriod.All);
        var (rows, book, doc) = Read(bytes);
        using var _ = doc;
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Description} at {e.Path?.XPath}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        Assert.Equal("BIỂU THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", Text(book, rows[0].Cells, "A"));
        Assert.Equal("Ủy ban nhân dân phường An Bình", Text(book, rows[1].Cells, "A"));
        Assert.Equal("Kỳ báo cáo: tất cả nhiệm vụ đã giao. Số liệu đến ngày 12/06/2026.", Text(book, rows[2].Cells, "A"));
        var header = rows.Single(r => r.Row == ProgressWorkbook.HeaderRow);
        Assert.Equal(["STT", "Số/ký hiệu văn bản", "Nội dung", "Đơn vị chủ trì", "Phối hợp", "Hạn", "Hạn sau gia hạn", "Trạng thái", "Ngày hoàn thành", "Ghi chú"],
            "ABCDEFGHIJ".Select(c => Text(book, header.Cells, c.ToString())));

        var tasks = await _app.WithDb(db => db.Tasks.AsNoTracking().Include(t => t.Unit).Where(t => t.WardId == _ward.WardId && t.AssignedAt != null).ToListAsync());
        var today = new DateOnly(2026, 6, 12);
        string? group = null;
        var groups = new List<string>();
        var seen = new List<int>();
        var stt = 0;
        foreach (var (row, cells) in rows.Where(r => r.Row > ProgressWorkbook.HeaderRow))
        {
            if (cells["A"].DataType?.Value != CellValues.Number)
            {
                group = Text(book, cells, "B");
                groups.Add(group!);
                continue;
            }
            Assert.Equal(++stt, int.Parse(Text(book, cells, "A")!));
            var number = int.Parse(Text(book, cells, "C")!.Split('.')[0].TrimStart('#'));
            var t = tasks.Single(x => x.Id == number);
            seen.Add(number);
            Assert.Equal($"#{t.Id}. {t.Text}", Text(book, cells, "C"));
            var unit = t.Unit?.Name ?? $"{t.UnitName} (chưa có trong danh bạ)";
            Assert.Equal(unit, Text(book, cells, "D"));
            Assert.StartsWith(t.Unit?.Name ?? "Chưa xác định đơn vị", group); // under its own unit's row
            Assert.Equal(t.OriginalDeadline ?? t.Deadline, Date(book, cells, "F"));
            Assert.Equal(t.OriginalDeadline is { } o && o != t.Deadline ? t.Deadline : null, Date(book, cells, "G"));
            Assert.Equal(t.Status == WorkStatus.InProgress ? $"Đang làm {t.Percent}%" : t.Status.Vietnamese(), Text(book, cells, "H"));
            Assert.Equal(t.Status == WorkStatus.Done ? new DateOnly(2026, 6, 7) : null, Date(book, cells, "I"));
            var note = Text(book, cells, "J") ?? "";
            Assert.Equal(t.IsOverdue(today), note.StartsWith("Quá hạn ", StringComparison.Ordinal));
            if (t.Status == WorkStatus.Done) Assert.Equal("Hoàn thành đúng hạn", note);
            if (t.Status == WorkStatus.Blocked) Assert.Contains("Vướng mắc: chưa có kinh phí", note);
            if (t.Text.StartsWith("Tăng cường kiểm tra")) Assert.Contains("Đang xin gia hạn đến 15/07/2026", note);
            if (t.Recurrence is not null) Assert.Contains("Định kỳ hằng tuần", note);
        }
        Assert.Equal(tasks.Select(t => t.Id).Order(), seen.Order());
        // One row per unit, in Vietnamese alphabetical order, the tasks without a unit last; each unit's tasks together.
        Assert.Equal(["Phòng Kinh tế, Hạ tầng và Đô thị (4 nhiệm vụ, 1 hoàn thành)", "Phòng Văn hóa - Xã hội (2 nhiệm vụ, 1 quá hạn)", "Chưa xác định đơn vị (1 nhiệm vụ)"], groups);

        // Column widths, frozen header, merged title and unit rows, the overdue rule on the Ghi chú column.
        var ws = book.WorksheetParts.First().Worksheet;
        var widths = ws.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
        Assert.True(widths[3] > 50 && widths[1] < 10, string.Join(", ", widths));
        Assert.Equal(ProgressWorkbook.HeaderRow, (int)ws.Descendants<Pane>().Single().VerticalSplit!.Value);
        Assert.Contains(ws.Descendants<MergeCell>(), m => m.Reference!.Value == "A1:J1");
        var overdue = ws.Descendants<ConditionalFormatting>().Select(c => c.Descendants<Formula>().Single().Text).ToList();
        Assert.Contains("LEFT($J6,7)=\"Quá hạn\"", overdue);
    }

    [Fact]
    public async Task Control_characters_from_a_Word_file_are_dropped_and_the_file_stays_valid()
    {
        // Word's manual line break arrives as \v; XML 1.0 cannot carry it (Excel would refuse the whole file).
        var id = (await _ward.TasksAsync()).First(t => t.Text.StartsWith("Hoàn thiện hồ sơ", StringComparison.Ordinal)).Id;
        await Change(id, t => { t.Text = "Hoàn thiện hồ sơ\vdự án\u0001 😀 xong"; t.BlockedReason = "x"; });
        var (rows, book, doc) = Read(await ExcelAsync(ReportPeriod.All));
        using var _ = doc;
        var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Contains(rows, r => Text(book, r.Cells, "C") == $"#{id}. Hoàn thiện hồ sơdự án 😀 xong");
    }

    [Fact]
    public async Task The_period_keeps_only_the_tasks_assigned_in_it()
    {
        var (rows, book, doc) = Read(await ExcelAsync(new ReportPeriod(new DateOnly(2026, 6, 5), new DateOnly(2026, 6, 30))));
        using var _ = doc;
        Assert.Equal("Kỳ báo cáo: nhiệm vụ giao từ ngày 05/06/2026 đến ngày 30/06/2026. Số liệu đến ngày 12/06/2026.", Text(book, rows[2].Cells, "A"));
        var texts = rows.Where(r => r.Row > ProgressWorkbook.HeaderRow && r.Cells["A"].DataType?.Value == CellValues.Number).Select(r => Text(book, r.Cells, "C")!).ToList();
        Assert.Equal(2, texts.Count); // the second notice (08/06), not the first (01/06)
        Assert.Contains(texts, t => t.Contains("huấn luyện dân quân"));
    }

    [Fact]
    public async Task A_unit_heads_report_holds_only_the_units_tasks()
    {
        var head = await _app.WithDb(db => db.Officials.AsNoTracking().SingleAsync(o => o.Name == "Trưởng phòng Kinh tế"));
        await using var scope = _app.Services.CreateAsyncScope();
        var (rows, book, doc) = Read(await scope.ServiceProvider.GetRequiredService<ReportBuilder>().ExcelAsync(head, default));
        using var _ = doc;
        Assert.Equal("Ủy ban nhân dân phường An Bình — Phòng Kinh tế, Hạ tầng và Đô thị", Text(book, rows[1].Cells, "A"));
        var units = rows.Where(r => r.Row > ProgressWorkbook.HeaderRow && r.Cells["A"].DataType?.Value == CellValues.Number).Select(r => Text(book, r.Cells, "D")).Distinct();
        Assert.Equal(["Phòng Kinh tế, Hạ tầng và Đô thị"], units);
    }

    [Fact]
    public async Task The_chart_has_whole_number_ticks_whole_unit_names_and_a_legend_of_the_status_words()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var units = (await scope.ServiceProvider.GetRequiredService<ReportBuilder>().SummariesAsync(new ReportScope(_ward.WardId, null), ReportPeriod.All, default))
            .Where(u => u.Active > 0).ToList();
        var plot = ProgressChart.Build(units, "Tiến độ");
        var png = plot.GetImageBytes(ProgressChart.Width, ProgressChart.HeightFor(units.Count), ScottPlot.ImageFormat.Png);
        Assert.True(png.Length > 1000);
        // At most 4 tasks a unit: an automatic axis would put ticks at 0.5, 1.5…
        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).ToList();
        Assert.True(ticks.Count >= 3);
        Assert.All(ticks, t => Assert.Equal(Math.Round(t.Position), t.Position));
        Assert.All(ticks, t => Assert.DoesNotContain(".", t.Label));
        var labels = plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label).ToList();
        Assert.All(units, u => Assert.Contains(ProgressChart.Wrap(u.Unit, 24), labels));
        Assert.All(labels, l => Assert.All(l.Split('\n'), line => Assert.All(line.Split(' '), word =>
            Assert.Contains(units, u => u.Unit.Split(' ').Contains(word)))));
        Assert.Equal([WorkStatus.Done.Vietnamese(), "Đang làm", WorkStatus.New.Vietnamese(), WorkStatus.Blocked.Vietnamese(), "Quá hạn"],
            plot.Legend.ManualItems.Select(i => i.LabelText));
    }

    [Theory]
    [InlineData("Phòng Kinh tế, Hạ tầng và Đô thị", 24, "Phòng Kinh tế, Hạ tầng\nvà Đô thị")]
    [InlineData("Trung tâm Phục vụ hành chính công phường", 18, "Trung tâm Phục vụ\nhành chính công\nphường")]
    [InlineData("Công an phường", 24, "Công an phường")]
    public void Unit_names_wrap_at_spaces_only(string name, int width, string expected) =>
        Assert.Equal(expected, ProgressChart.Wrap(name, width));

    [Fact]
    public async Task The_report_verb_writes_the_same_table_and_refuses_bad_dates()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("report-verb-").FullName;
        try
        {
            var file = Path.Combine(dir, "bao-cao.xlsx");
            var (code, stdout, _) = await ReportAsync("--ward", "an binh", "--out", file, "--from", "2026-06-05");
            Assert.Equal(0, code);
            Assert.Contains("nhiệm vụ giao từ ngày 05/06/2026", stdout);
            var (rows, book, doc) = Read(await File.ReadAllBytesAsync(file));
            using (doc) Assert.Equal("Kỳ báo cáo: nhiệm vụ giao từ ngày 05/06/2026. Số liệu đến ngày 12/06/2026.", Text(book, rows[2].Cells, "A"));

            // Each refusal: one "Lỗi:" line on stderr, exit 2, and the file written above untouched (no other file).
            foreach (var bad in new[]
            {
                new[] { "--ward", "an binh", "--out", file, "--from", "05/06/2026" },
                ["--ward", "an binh", "--out", file, "--from", "2026-07-01", "--to", "2026-06-01"],
                ["--ward", "an binh", "--out", file, "--unit", "x"],
                ["--ward", "không có", "--out", file],
            })
            {
                var (rc, _, stderr) = await ReportAsync(bad);
                Assert.Equal(2, rc);
                Assert.StartsWith("Lỗi: ", stderr);
            }
            Assert.Equal(["bao-cao.xlsx"], System.IO.Directory.GetFiles(dir).Select(Path.GetFileName));
        }
        finally { System.IO.Directory.Delete(dir, true); }
    }

    private async Task<(int Code, string Out, string Err)> ReportAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["report", .. args], new CliContext(stdout, stderr) { Services = _app.Services });
        return (code, stdout.ToString(), stderr.ToString());
    }
}
