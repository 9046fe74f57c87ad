using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Reminders;
using ChatBot.Core.Tasks;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Reminders;

/// <summary>One digest that went into the outbox.</summary>
public sealed record QueuedDigest(int OfficialId, Role Role, int Chats);

/// <summary>The morning digest: per unit open / due this week / overdue, the five most overdue tasks and the pending
/// extension requests; leaders and clerks of the ward get it once per working day (ReminderDispatch kind "digest", TaskId 0).</summary>
public sealed class DigestService(ChatBotDb db, Notifier notifier, WorkingCalendar calendar, WardClock clock, ILogger<DigestService> log)
{
    public async Task<int> RunAllWardsAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var total = 0;
        foreach (var wardId in await db.Wards.AsNoTracking().Select(w => w.Id).ToListAsync(ct))
        {
            total += (await RunAsync(wardId, now, ct)).Count;
            db.ChangeTracker.Clear();
        }
        return total;
    }

    public async Task<IReadOnlyList<QueuedDigest>> RunAsync(int wardId, DateTimeOffset now, CancellationToken ct)
    {
        if (!calendar.IsWorkingTime(now)) return [];
        var today = calendar.LocalDate(now);
        var readers = await db.Officials.AsNoTracking()
            .Where(o => o.WardId == wardId && (o.Role == Role.Leader || o.Role == Role.Clerk))
            .Select(o => new { o.Id, o.Role }).ToListAsync(ct);
        var readerIds = readers.Select(r => r.Id).ToList();
        var done = (await db.ReminderDispatches.AsNoTracking()
            .Where(d => d.TaskId == 0 && d.Kind == ReminderKinds.Digest && d.Occurrence == today && readerIds.Contains(d.RecipientId))
            .Select(d => d.RecipientId).ToListAsync(ct)).ToHashSet();
        readers.RemoveAll(r => done.Contains(r.Id));
        if (readers.Count == 0) return [];

        var data = await BuildAsync(wardId, today, ct);
        var leaders = DigestFormatter.ForLeaders(data);
        var clerks = DigestFormatter.ForClerks(data);
        var queued = new List<QueuedDigest>();
        foreach (var r in readers)
        {
            var chats = 0;
            var dispatch = new ReminderDispatch { TaskId = 0, Kind = ReminderKinds.Digest, Occurrence = today, RecipientId = r.Id, CreatedAt = now };
            var message = new Outgoing(r.Role == Role.Leader ? leaders : clerks);
            if (await DispatchGuard.CommitOnceAsync(db, dispatch, async () => chats = await notifier.ToOfficialAsync(r.Id, message, ct), ct))
                queued.Add(new(r.Id, r.Role, chats));
        }
        log.LogInformation("Morning digest for ward {Ward}: {Count} readers", wardId, queued.Count);
        return queued;
    }

    /// <summary>Counts in SQL per unit; only the five most overdue tasks and the pending requests are loaded.</summary>
    public async Task<DigestData> BuildAsync(int wardId, DateOnly today, CancellationToken ct)
    {
        var endOfWeek = DigestFormatter.EndOfWeek(today);
        var open = db.Tasks.AsNoTracking().Where(t => t.WardId == wardId && t.AssignedAt != null
            && t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled);
        var counts = await open.GroupBy(t => t.UnitId).Select(g => new
        {
            UnitId = g.Key,
            Open = g.Count(),
            DueThisWeek = g.Count(t => t.Recurrence == null && t.Deadline >= today && t.Deadline <= endOfWeek),
            Overdue = g.Count(t => t.Recurrence == null && t.Deadline < today),
        }).ToListAsync(ct);
        // A missed occurrence of a recurring task counts as overdue; a current one as due this week.
        var occurrences = await db.Occurrences.AsNoTracking().Where(o => !o.Done && o.DueOn <= endOfWeek)
            .Join(open.Where(t => t.Recurrence != null), o => o.TaskId, t => t.Id, (o, t) => new { t.Id, t.UnitId, t.Text, o.DueOn })
            .ToListAsync(ct);
        var mostOverdue = await open.Where(t => t.Recurrence == null && t.Deadline < today)
            .OrderBy(t => t.Deadline).ThenBy(t => t.Id).Take(DigestFormatter.MostOverdueCount)
            .Select(t => new { t.Id, t.Text, t.UnitId, Deadline = t.Deadline!.Value }).ToListAsync(ct);
        var names = await db.Units.AsNoTracking().Where(u => u.WardId == wardId).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        string UnitName(int? id) => id is { } i && names.TryGetValue(i, out var n) ? n : "Chưa xác định đơn vị";

        var units = counts.Select(c =>
        {
            var occ = occurrences.Where(o => o.UnitId == c.UnitId).ToList();
            return new DigestUnitLine(UnitName(c.UnitId), c.Open,
                c.DueThisWeek + occ.Count(o => o.DueOn >= today), c.Overdue + occ.Count(o => o.DueOn < today));
        }).ToList();
        var overdueTasks = mostOverdue.Select(t => new DigestOverdueTask(t.Id, t.Text, UnitName(t.UnitId), t.Deadline))
            .Concat(occurrences.Where(o => o.DueOn < today).Select(o => new DigestOverdueTask(o.Id, $"[báo cáo định kỳ] {o.Text}", UnitName(o.UnitId), o.DueOn)))
            .OrderBy(t => t.Deadline).ThenBy(t => t.Id).Take(DigestFormatter.MostOverdueCount).ToList();
        var extensions = await db.Extensions.AsNoTracking()
            .Where(e => e.State == ExtensionState.Pending && e.Task!.WardId == wardId)
            .OrderBy(e => e.TaskId)
            .Select(e => new { e.TaskId, e.Task!.UnitId, e.CurrentDeadline, e.RequestedDeadline, e.Reason }).ToListAsync(ct);
        var ward = await db.Wards.AsNoTracking().Where(w => w.Id == wardId).Select(w => w.Name).FirstAsync(ct);
        return new DigestData(ward, today, units, overdueTasks,
            [.. extensions.Select(e => new DigestExtension(e.TaskId, UnitName(e.UnitId), e.CurrentDeadline, e.RequestedDeadline, e.Reason))]);
    }
}
