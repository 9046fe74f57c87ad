using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Tasks;

/// <summary>Per-unit counts for /tiendo and the report.</summary>
public sealed record UnitProgress(int? UnitId, string Unit, int Total, int Done, int InProgress, int Blocked, int Overdue, int Open);

/// <summary>The questions people ask about tasks, always scoped to what the asker may see.</summary>
public sealed class TaskQueries(ChatBotDb db)
{
    /// <summary>Assigned tasks of the ward the official may see: the whole ward for leaders and clerks, else their unit.</summary>
    public IQueryable<WorkTask> Visible(Official o)
    {
        var q = db.Tasks.Where(t => t.WardId == o.WardId && t.AssignedAt != null);
        return o.Role.SeesWholeWard() ? q : q.Where(t => t.UnitId == o.UnitId);
    }

    public static bool CanSee(Official o, WorkTask t) =>
        t.WardId == o.WardId && (o.Role.SeesWholeWard() || (t.UnitId is not null && t.UnitId == o.UnitId));

    /// <summary>Open tasks (not done, not cancelled).</summary>
    public static IQueryable<WorkTask> Open(IQueryable<WorkTask> q) =>
        q.Where(t => t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled);

    /// <summary>Tasks whose deadline falls in [from, to] (both ends included).</summary>
    public static IQueryable<WorkTask> DueBetween(IQueryable<WorkTask> q, DateOnly from, DateOnly to) =>
        q.Where(t => t.Deadline != null && t.Deadline >= from && t.Deadline <= to);

    /// <summary>Open tasks whose deadline has passed.</summary>
    public static IQueryable<WorkTask> Overdue(IQueryable<WorkTask> q, DateOnly today) =>
        Open(q).Where(t => t.Deadline != null && t.Deadline < today);

    /// <summary>One page of a list as the chat shows it (earliest deadline first, no deadline last): only the columns a list
    /// line needs, untracked.</summary>
    public static Task<List<WorkTask>> PageAsync(IQueryable<WorkTask> q, int skip, int take, CancellationToken ct) =>
        q.AsNoTracking().OrderBy(t => t.Deadline == null).ThenBy(t => t.Deadline).ThenBy(t => t.Id).Skip(skip).Take(take)
            .Select(t => new WorkTask
            {
                Id = t.Id, Text = t.Text, Deadline = t.Deadline, Status = t.Status, Percent = t.Percent, BlockedReason = t.BlockedReason,
                UnitId = t.UnitId, UnitName = t.Unit != null ? t.Unit.Name : t.UnitName,
            })
            .ToListAsync(ct);

    /// <summary>How many tasks each unit has in <paramref name="q"/> (counted in the database), largest first.</summary>
    public async Task<List<(string Unit, int Count)>> CountByUnitAsync(IQueryable<WorkTask> q, CancellationToken ct)
    {
        var counts = await q.GroupBy(t => t.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var names = await UnitNamesAsync(counts.Select(c => c.UnitId), ct);
        return [.. counts.Select(c => (Name(names, c.UnitId), c.Count)).OrderByDescending(c => c.Count).ThenBy(c => c.Item1, StringComparer.Create(Vi, true))];
    }

    /// <summary>Per-unit counts for a progress answer, counted in the database (grouped by unit; unmatched units together).</summary>
    public async Task<List<UnitProgress>> ProgressAsync(IQueryable<WorkTask> q, DateOnly today, CancellationToken ct)
    {
        var rows = await q.GroupBy(t => t.UnitId).Select(g => new
        {
            UnitId = g.Key,
            Total = g.Count(),
            Done = g.Count(t => t.Status == WorkStatus.Done),
            InProgress = g.Count(t => t.Status == WorkStatus.InProgress),
            Blocked = g.Count(t => t.Status == WorkStatus.Blocked),
            Overdue = g.Count(t => t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled && t.Deadline != null && t.Deadline < today),
            Open = g.Count(t => t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled),
        }).ToListAsync(ct);
        var names = await UnitNamesAsync(rows.Select(r => r.UnitId), ct);
        return [.. rows.Select(r => new UnitProgress(r.UnitId, Name(names, r.UnitId), r.Total, r.Done, r.InProgress, r.Blocked, r.Overdue, r.Open))
            .OrderBy(p => p.Unit, StringComparer.Create(Vi, true))];
    }

    private static readonly System.Globalization.CultureInfo Vi = new("vi");

    private Task<Dictionary<int, string>> UnitNamesAsync(IEnumerable<int?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<int>().ToList();
        return db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    private static string Name(Dictionary<int, string> names, int? id) =>
        id is { } i && names.TryGetValue(i, out var n) ? n : "Chưa xác định đơn vị";

    /// <summary>Task #<paramref name="id"/> (tracked) with its unit; not its document, whose row carries the notice's
    /// original bytes and text (<see cref="DocumentTitleAsync"/> when a message names it).</summary>
    public Task<WorkTask?> FindAsync(int id, CancellationToken ct) => FindQuery(db, id, ct);

    private static readonly Func<ChatBotDb, int, CancellationToken, Task<WorkTask?>> FindQuery =
        EF.CompileAsyncQuery((ChatBotDb db, int id, CancellationToken ct) => db.Tasks.Include(t => t.Unit).FirstOrDefault(t => t.Id == id));

    /// <summary>The short name of a task's document ("Thông báo số 12/TB-UBND ngày …"), read without its content.</summary>
    public async Task<string?> DocumentTitleAsync(WorkTask task, CancellationToken ct) =>
        (await db.Documents.AsNoTracking().Where(d => d.Id == task.DocumentId)
            .Select(d => new NoticeDocument
            {
                ContentHash = "", FileName = d.FileName, Kind = d.Kind, Symbol = d.Symbol, Number = d.Number,
                IssuedOn = d.IssuedOn, MeetingOn = d.MeetingOn, Subject = d.Subject,
            })
            .FirstOrDefaultAsync(ct))?.Title();

    /// <summary>Task #<paramref name="id"/> if it is assigned and the official may see it; otherwise a Vietnamese refusal.</summary>
    public async Task<WorkTask> VisibleTaskAsync(Official me, int id, CancellationToken ct)
    {
        var task = await FindAsync(id, ct);
        if (task is null || task.WardId != me.WardId || task.AssignedAt is null)
            throw new UserFacingException($"Không có nhiệm vụ #{id}. Gõ /viec để xem danh sách.");
        if (!CanSee(me, task))
            throw new UserFacingException($"Nhiệm vụ #{id} thuộc đơn vị khác; bạn chỉ xem và cập nhật được nhiệm vụ của đơn vị mình.");
        return task;
    }
}
