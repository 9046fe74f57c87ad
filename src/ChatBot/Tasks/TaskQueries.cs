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

    public Task<List<WorkTask>> OpenAsync(IQueryable<WorkTask> q, CancellationToken ct) =>
        q.Where(t => t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled)
         .Include(t => t.Unit).OrderBy(t => t.Deadline == null).ThenBy(t => t.Deadline).ThenBy(t => t.Id).ToListAsync(ct);

    public Task<List<WorkTask>> OverdueAsync(IQueryable<WorkTask> q, DateOnly today, CancellationToken ct) =>
        q.Where(t => t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled && t.Deadline != null && t.Deadline < today)
         .Include(t => t.Unit).OrderBy(t => t.Deadline).ThenBy(t => t.Id).ToListAsync(ct);

    public Task<List<WorkTask>> DueWithinAsync(IQueryable<WorkTask> q, DateOnly today, int days, CancellationToken ct)
    {
        var until = today.AddDays(days);
        return q.Where(t => t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled && t.Deadline != null && t.Deadline >= today && t.Deadline <= until)
            .Include(t => t.Unit).OrderBy(t => t.Deadline).ThenBy(t => t.Id).ToListAsync(ct);
    }

    public async Task<List<UnitProgress>> ProgressAsync(IQueryable<WorkTask> q, DateOnly today, CancellationToken ct)
    {
        var rows = await q.Select(t => new { t.UnitId, Unit = t.Unit != null ? t.Unit.Name : t.UnitName, t.Status, t.Deadline }).ToListAsync(ct);
        return rows.GroupBy(r => (r.UnitId, Unit: r.Unit ?? "Chưa xác định đơn vị"))
            .Select(g => new UnitProgress(g.Key.UnitId, g.Key.Unit, g.Count(),
                g.Count(r => r.Status == WorkStatus.Done),
                g.Count(r => r.Status == WorkStatus.InProgress),
                g.Count(r => r.Status == WorkStatus.Blocked),
                g.Count(r => r.Status != WorkStatus.Done && r.Status != WorkStatus.Cancelled && r.Deadline < today),
                g.Count(r => r.Status != WorkStatus.Done && r.Status != WorkStatus.Cancelled)))
            .OrderBy(p => p.Unit, StringComparer.Create(new System.Globalization.CultureInfo("vi"), true)).ToList();
    }

    public Task<WorkTask?> FindAsync(int id, CancellationToken ct) =>
        db.Tasks.Include(t => t.Unit).Include(t => t.Document).FirstOrDefaultAsync(t => t.Id == id, ct);

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
