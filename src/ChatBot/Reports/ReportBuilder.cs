using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Reminders;
using ChatBot.Core.Tasks;
using ChatBot.Tasks;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Reports;

/// <summary>The Excel progress table and the per-unit chart, built from the tasks a person may see.</summary>
public sealed class ReportBuilder(TaskQueries queries, WardClock clock)
{
    public async Task<byte[]> ExcelAsync(IQueryable<WorkTask> visible, DateOnly today, CancellationToken ct)
    {
        var tasks = await visible.Include(t => t.Unit).Include(t => t.Document).OrderBy(t => t.Unit!.Name).ThenBy(t => t.Id).ToListAsync(ct);
        var rows = tasks.Select(t => new Dictionary<string, object?>
        {
            ["Số"] = t.Id,
            ["Đơn vị chủ trì"] = t.Unit?.Name ?? t.UnitName ?? "Chưa xác định",
            ["Nội dung"] = t.Text,
            ["Phối hợp"] = t.Cooperating?.Replace("\n", "; "),
            ["Hạn"] = t.Deadline?.ToString("dd/MM/yyyy"),
            ["Hạn ban đầu"] = t.OriginalDeadline?.ToString("dd/MM/yyyy"),
            ["Định kỳ"] = t.Recurrence is { } r ? TaskTexts.RecurrenceText(r) : null,
            ["Trạng thái"] = t.Describe(),
            ["Đánh giá"] = TaskTexts.TimingLabel(TaskTiming.Classify(t, clock, today), t.Status),
            ["Văn bản"] = t.Document?.Title(),
            ["Mục"] = t.Section,
        }).ToList();
        var progress = (await queries.ProgressAsync(visible, today, ct)).Select(p => new Dictionary<string, object?>
        {
            ["Đơn vị"] = p.Unit, ["Tổng"] = p.Total, ["Hoàn thành"] = p.Done, ["Đang làm"] = p.InProgress,
            ["Vướng mắc"] = p.Blocked, ["Quá hạn"] = p.Overdue, ["Còn mở"] = p.Open,
        }).ToList();
        using var ms = new MemoryStream();
        var sheets = new Dictionary<string, object> { ["Tiến độ"] = progress, ["Nhiệm vụ"] = rows };
        await ms.SaveAsAsync(sheets, cancellationToken: ct);
        return ms.ToArray();
    }

    public async Task<byte[]> ChartAsync(IQueryable<WorkTask> visible, DateOnly today, CancellationToken ct)
    {
        var rows = await queries.ProgressAsync(visible, today, ct);
        var plot = new ScottPlot.Plot();
        var done = new List<ScottPlot.Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var other = r.Total - r.Done - r.Overdue;
            plot.Add.Bar(new ScottPlot.Bar { Position = i, ValueBase = 0, Value = r.Done, FillColor = ScottPlot.Colors.SeaGreen });
            plot.Add.Bar(new ScottPlot.Bar { Position = i, ValueBase = r.Done, Value = r.Done + other, FillColor = ScottPlot.Colors.SteelBlue });
            plot.Add.Bar(new ScottPlot.Bar { Position = i, ValueBase = r.Done + other, Value = r.Total, FillColor = ScottPlot.Colors.OrangeRed });
        }
        var ticks = rows.Select((r, i) => new ScottPlot.Tick(i, Wrap(r.Unit))).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Title($"Tiến độ nhiệm vụ đến {today:dd/MM/yyyy} (xanh lá: xong, xanh: đang mở, đỏ: quá hạn)");
        plot.Axes.Margins(bottom: 0);
        var width = Math.Max(800, rows.Count * 140);
        return plot.GetImageBytes(width, 600, ScottPlot.ImageFormat.Png);
    }

    private static string Wrap(string s) => s.Length <= 18 ? s : string.Join("\n", s.Chunk(18).Select(c => new string(c)));
}
