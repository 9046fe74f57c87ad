using ChatBot.Core.Common;
using ChatBot.Core.Tasks;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web;

/// <summary>The task list's filters, as they appear in the query string (<c>/desk/tasks?unit=3&amp;status=open&amp;overdue=1&amp;q=…</c>).</summary>
public sealed record TaskFilter(int? Unit = null, string? Status = null, bool Overdue = false, bool Week = false, int? Doc = null, string? Q = null, int Page = 1);

public sealed record TaskListItem(int Number, string Text, string? Unit, string? WrittenUnit, DateOnly? Deadline, DateOnly? OriginalDeadline,
    WorkStatus Status, int Percent, int DocumentId, bool Overdue);

public sealed record TaskPage(IReadOnlyList<TaskListItem> Items, int Total, int Page, int Pages);

/// <summary>The desk's task questions, always inside the signed-in official's ward.</summary>
public sealed class DeskTasks(ChatBotDb db)
{
    public const int PageSize = 50;

    /// <summary>Status codes of the query string: the enum's names in lower case (as <c>tasks --json</c> prints them) and "open".</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Statuses =
    [
        ("open", "Chưa hoàn thành"),
        ("new", WorkStatus.New.Vietnamese()),
        ("acknowledged", WorkStatus.Acknowledged.Vietnamese()),
        ("inprogress", WorkStatus.InProgress.Vietnamese()),
        ("blocked", WorkStatus.Blocked.Vietnamese()),
        ("done", WorkStatus.Done.Vietnamese()),
        ("cancelled", WorkStatus.Cancelled.Vietnamese()),
    ];

    /// <summary>Sunday of the ward's current week: "due this week" means from today to then.</summary>
    public static DateOnly EndOfWeek(DateOnly today) => today.AddDays((7 - (int)today.DayOfWeek) % 7);

    public async Task<TaskPage> ListAsync(int wardId, TaskFilter f, DateOnly today, CancellationToken ct)
    {
        var q = db.Tasks.AsNoTracking().Where(t => t.WardId == wardId && t.AssignedAt != null);
        if (f.Unit is { } unit) q = unit == 0 ? q.Where(t => t.UnitId == null) : q.Where(t => t.UnitId == unit);
        if (f.Doc is { } doc) q = q.Where(t => t.DocumentId == doc);
        q = f.Status switch
        {
            "open" => q.Where(t => t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled),
            { } s when Enum.TryParse<WorkStatus>(s, ignoreCase: true, out var st) && Enum.IsDefined(st) && !int.TryParse(s, out _) => q.Where(t => t.Status == st),
            _ => q,
        };
        if (f.Overdue) q = q.Where(t => t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled && t.Deadline != null && t.Deadline < today);
        if (f.Week)
        {
            var end = EndOfWeek(today);
            q = q.Where(t => t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled && t.Deadline != null && t.Deadline >= today && t.Deadline <= end);
        }
        var rows = await q.OrderBy(t => t.Deadline == null).ThenBy(t => t.Deadline).ThenBy(t => t.Id)
            .Select(t => new TaskListItem(t.Id, t.Text, t.Unit != null ? t.Unit.Name : null, t.UnitName, t.Deadline, t.OriginalDeadline,
                t.Status, t.Percent, t.DocumentId, t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled && t.Deadline != null && t.Deadline < today))
            .ToListAsync(ct);
        // Accent-insensitive search: the database cannot fold Vietnamese, so the (already narrowed) rows are folded here.
        if (Fold.Key(f.Q) is { Length: > 0 } key)
            rows = rows.Where(r => $" {Fold.Key(r.Text)} {Fold.Key(r.Unit)} {Fold.Key(r.WrittenUnit)} #{r.Number} ".Contains(key, StringComparison.Ordinal)
                                   || f.Q!.Trim().TrimStart('#') == r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var pages = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(f.Page, 1, pages);
        return new TaskPage(rows.Skip((page - 1) * PageSize).Take(PageSize).ToList(), rows.Count, page, pages);
    }

    /// <summary>A task of the ward with its unit and notice (never the notice's bytes); null when it is not this ward's.</summary>
    public async Task<TaskDetail?> FindAsync(int wardId, int number, CancellationToken ct)
    {
        var task = await db.Tasks.AsNoTracking().Include(t => t.Unit).FirstOrDefaultAsync(t => t.Id == number && t.WardId == wardId, ct);
        if (task is null) return null;
        var doc = await db.Documents.AsNoTracking().Where(d => d.Id == task.DocumentId).Select(DocumentHead.Projection).FirstAsync(ct);
        return new TaskDetail(task, doc);
    }

    public Task<List<TaskHistory>> HistoryAsync(int number, CancellationToken ct) =>
        db.TaskHistory.AsNoTracking().Where(h => h.TaskId == number).OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync(ct);

    public Task<List<ExtensionRequest>> ExtensionsAsync(int number, CancellationToken ct) =>
        db.Extensions.AsNoTracking().Where(e => e.TaskId == number).OrderBy(e => e.CreatedAt).ToListAsync(ct);
}

/// <summary>One task and what the page shows of its notice.</summary>
public sealed record TaskDetail(WorkTask Task, DocumentHead Document);
