using ChatBot.Core.Common;
using ChatBot.Core.Directory;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Reports;

/// <summary>The one builder of the progress table and chart: the desk download, chat /baocao and /bieudo, and the CLI
/// <c>report</c> verb all come here.</summary>
public sealed class ReportBuilder(ChatBotDb db, WardClock clock)
{
    private readonly ProgressData _data = new(db, clock.Zone);

    /// <summary>Writes the .xlsx of a scope and period to <paramref name="output"/> (rows stream; memory stays flat).</summary>
    public async Task WriteExcelAsync(ReportScope scope, ReportPeriod period, Stream output, CancellationToken ct)
    {
        var today = clock.Today;
        var groups = await _data.SummariesAsync(scope, period, today, ct);
        var title = await TitleAsync(scope, period, today, ct);
        var lookups = await _data.LookupsAsync(scope, period, ct);
        await ProgressWorkbook.WriteAsync(output, title, groups, g => _data.Rows(scope, period, g.UnitId), lookups, ct);
    }

    /// <summary>The chart as PNG.</summary>
    public async Task<byte[]> ChartAsync(ReportScope scope, ReportPeriod period, CancellationToken ct)
    {
        var today = clock.Today;
        var units = (await _data.SummariesAsync(scope, period, today, ct)).Where(u => u.Active > 0).ToList();
        return ProgressChart.Png(units, $"Tiến độ nhiệm vụ theo đơn vị — số liệu đến ngày {today:dd/MM/yyyy}");
    }

    public Task<List<UnitSummary>> SummariesAsync(ReportScope scope, ReportPeriod period, CancellationToken ct) =>
        _data.SummariesAsync(scope, period, clock.Today, ct);

    /// <summary>For chat: the whole table of what the official may see, as bytes.</summary>
    public async Task<byte[]> ExcelAsync(Official me, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        await WriteExcelAsync(ReportScope.Of(me), ReportPeriod.All, ms, ct);
        return ms.ToArray();
    }

    public Task<byte[]> ChartAsync(Official me, CancellationToken ct) => ChartAsync(ReportScope.Of(me), ReportPeriod.All, ct);

    /// <summary>"bao-cao-tien-do-bach-dang-2026-06-15.xlsx".</summary>
    public static string FileName(string ward, DateOnly today) =>
        $"bao-cao-tien-do-{Core.Common.Fold.Key(ward).Replace(' ', '-')}-{today:yyyy-MM-dd}.xlsx";

    private async Task<ReportTitle> TitleAsync(ReportScope scope, ReportPeriod period, DateOnly today, CancellationToken ct)
    {
        var ward = await db.Wards.AsNoTracking().Where(w => w.Id == scope.WardId).Select(w => w.Name).FirstOrDefaultAsync(ct) ?? "";
        var unit = scope.UnitId is { } id ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        return new ReportTitle(ward, unit, period, today, clock.Zone);
    }
}
