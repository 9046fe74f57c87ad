using System.Globalization;
using ChatBot.Core.Parsing;
using ChatBot.Core.Tasks;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Reports;

/// <summary>Per-unit counts; the open statuses count only tasks that are not overdue, so the parts add up to the total.</summary>
public sealed record UnitSummary(int? UnitId, string Unit, int Total, int Done, int InProgress, int Blocked, int Acknowledged, int New, int Overdue, int Cancelled)
{
    public int Active => Total - Cancelled;
}

/// <summary>One task as the progress table needs it: only these columns are read, never the notice's bytes or text
/// (the notice's number and the unit's name come from small lookups, not from a join repeated on every row).</summary>
public sealed record ProgressRow(
    int Number, int DocumentId, string Text, string? WrittenUnit, string? Cooperating, DateOnly? Deadline, DateOnly? OriginalDeadline,
    WorkStatus Status, int Percent, string? BlockedReason, Recurrence? Recurrence, DateTimeOffset? CompletedAt);

/// <summary>What rows refer to: each notice's "15/TB-UBND ngày 02/06/2026", and the extensions waiting for a leader.</summary>
public sealed record ProgressLookups(IReadOnlyDictionary<int, string?> Documents, IReadOnlyDictionary<int, DateOnly> PendingExtensions);

/// <summary>The report's queries: assigned tasks of a scope and period, summarised per unit or streamed row by row.</summary>
public sealed class ProgressData(ChatBotDb db, TimeZoneInfo zone)
{
    public const string NoUnit = "Chưa xác định đơn vị";
    private static readonly StringComparer Vietnamese = StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true);

    public IQueryable<WorkTask> Tasks(ReportScope scope, ReportPeriod period)
    {
        var q = db.Tasks.AsNoTracking().Where(t => t.WardId == scope.WardId && t.AssignedAt != null);
        if (scope.UnitId is { } unit) q = q.Where(t => t.UnitId == unit);
        if (period.From is { } f)
        {
            var from = ReportPeriod.StartOfDayUtc(f, zone);
            q = q.Where(t => t.AssignedAt >= from);
        }
        if (period.To is { } to)
        {
            var until = ReportPeriod.StartOfDayUtc(to.AddDays(1), zone);
            q = q.Where(t => t.AssignedAt < until);
        }
        return q;
    }

    /// <summary>One aggregate query; units in Vietnamese alphabetical order, tasks without a unit last.</summary>
    public async Task<List<UnitSummary>> SummariesAsync(ReportScope scope, ReportPeriod period, DateOnly today, CancellationToken ct)
    {
        var groups = await Tasks(scope, period)
            .GroupBy(t => t.UnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Total = g.Count(),
                Done = g.Count(t => t.Status == WorkStatus.Done),
                Cancelled = g.Count(t => t.Status == WorkStatus.Cancelled),
                Overdue = g.Count(t => t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled && t.Deadline != null && t.Deadline < today),
                InProgress = g.Count(t => t.Status == WorkStatus.InProgress && !(t.Deadline != null && t.Deadline < today)),
                Blocked = g.Count(t => t.Status == WorkStatus.Blocked && !(t.Deadline != null && t.Deadline < today)),
                Acknowledged = g.Count(t => t.Status == WorkStatus.Acknowledged && !(t.Deadline != null && t.Deadline < today)),
                New = g.Count(t => t.Status == WorkStatus.New && !(t.Deadline != null && t.Deadline < today)),
            })
            .ToListAsync(ct);
        var names = await db.Units.AsNoTracking().Where(u => u.WardId == scope.WardId).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return groups
            .Select(g => new UnitSummary(g.UnitId, g.UnitId is { } id && names.TryGetValue(id, out var n) ? n : NoUnit,
                g.Total, g.Done, g.InProgress, g.Blocked, g.Acknowledged, g.New, g.Overdue, g.Cancelled))
            .OrderBy(s => s.UnitId is null).ThenBy(s => s.Unit, Vietnamese).ToList();
    }

    /// <summary>The rows of one unit (or of the tasks without one), in document order, streamed from the database.</summary>
    public IEnumerable<ProgressRow> Rows(ReportScope scope, ReportPeriod period, int? unitId)
    {
        var q = Tasks(scope, period);
        q = unitId is { } id ? q.Where(t => t.UnitId == id) : q.Where(t => t.UnitId == null);
        return q.OrderBy(t => t.DocumentId).ThenBy(t => t.Ordinal).ThenBy(t => t.Id)
            .Select(t => new ProgressRow(t.Id, t.DocumentId, t.Text, t.UnitName, t.Cooperating, t.Deadline, t.OriginalDeadline,
                t.Status, t.Percent, t.BlockedReason, t.Recurrence, t.CompletedAt))
            .AsEnumerable();
    }

    public async Task<ProgressLookups> LookupsAsync(ReportScope scope, ReportPeriod period, CancellationToken ct)
    {
        var tasks = Tasks(scope, period);
        var docs = await db.Documents.AsNoTracking().Where(d => tasks.Any(t => t.DocumentId == d.Id))
            .Select(d => new { d.Id, d.Number, d.Symbol, d.IssuedOn }).ToListAsync(ct);
        var pending = await db.Extensions.AsNoTracking().Where(e => e.State == ExtensionState.Pending && tasks.Any(t => t.Id == e.TaskId))
            .OrderBy(e => e.Id).Select(e => new { e.TaskId, e.RequestedDeadline }).ToListAsync(ct);
        return new ProgressLookups(
            docs.ToDictionary(d => d.Id, d => DocumentRef(d.Number, d.Symbol, d.IssuedOn)),
            pending.GroupBy(e => e.TaskId).ToDictionary(g => g.Key, g => g.Last().RequestedDeadline));
    }

    /// <summary>"15/TB-UBND ngày 02/06/2026" as the Số/ký hiệu column shows a notice.</summary>
    public static string? DocumentRef(string? number, string? symbol, DateOnly? issuedOn)
    {
        var s = symbol is null ? null : number is null ? symbol : $"{number}/{symbol}";
        var date = issuedOn is { } d ? $"ngày {d:dd/MM/yyyy}" : null;
        return string.Join(" ", new[] { s, date }.Where(x => x is not null)) is { Length: > 0 } r ? r : null;
    }
}
