using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Reminders;
using ChatBot.Core.Tasks;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Reminders;

/// <summary>One reminder that went into the outbox: which task, what kind, to whom, how many chats.</summary>
public sealed record QueuedReminder(int TaskId, string Kind, DateOnly Occurrence, ReminderAudience Audience, int RecipientId, string Recipient, int Chats);

/// <summary>The reminder sweep: selects the ward's open assigned tasks that can be due in SQL, asks the policy,
/// and queues each due reminder exactly once (ReminderDispatch unique key) — only inside working time.</summary>
public sealed class ReminderSweep(ChatBotDb db, Notifier notifier, WorkingCalendar calendar, IOptions<ReminderOptions> options, WardClock clock, ILogger<ReminderSweep> log)
{
    private readonly ReminderPolicyOptions _policy = options.Value.Policy();

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

    public async Task<IReadOnlyList<QueuedReminder>> RunAsync(int wardId, DateTimeOffset now, CancellationToken ct)
    {
        // Outside working time nothing is queued: the first sweep of the next working morning sends it.
        if (!calendar.IsWorkingTime(now)) return [];
        var today = calendar.LocalDate(now);
        var horizon = calendar.AddWorkingDays(today, _policy.DaysBefore.DefaultIfEmpty(0).Max() + 1);

        var tasks = (await CandidatesQuery(db, wardId, horizon).ToListAsync(ct)).OrderBy(t => t.Id).ToList();
        if (tasks.Count == 0) return [];

        var occurrences = await EnsureOccurrencesAsync(tasks.Where(t => t.Recurrence is not null).ToList(), today, ct);
        var noDeadline = tasks.Where(t => t.Recurrence is null && t.Deadline is null).Select(t => t.Id).ToList();
        var lastActivity = noDeadline.Count == 0 ? [] : (await db.TaskHistory.AsNoTracking()
                .Where(h => noDeadline.Contains(h.TaskId)).Select(h => new { h.TaskId, h.At }).ToListAsync(ct))
            .GroupBy(h => h.TaskId).ToDictionary(g => g.Key, g => g.Max(h => h.At));

        var due = new List<(TaskRow Task, DueReminder Reminder)>();
        foreach (var t in tasks)
        {
            var snapshot = new TaskSnapshot(t.Id, t.Deadline, t.Status, t.Recurrence, t.AssignedAt, t.UnitId, lastActivity.GetValueOrDefault(t.Id))
            {
                Occurrences = occurrences.GetValueOrDefault(t.Id) ?? [],
            };
            due.AddRange(ReminderPolicy.Evaluate(snapshot, calendar, _policy, now).Select(r => (t, r)));
        }
        if (due.Count == 0) return [];

        var dueIds = due.Select(d => d.Task.Id).Distinct().ToList();
        var kinds = due.Select(d => d.Reminder.Kind).Distinct().ToList();
        var occs = due.Select(d => d.Reminder.Occurrence).Distinct().ToList();
        var sent = (await db.ReminderDispatches.AsNoTracking()
                .Where(d => dueIds.Contains(d.TaskId) && kinds.Contains(d.Kind) && occs.Contains(d.Occurrence))
                .Select(d => new { d.TaskId, d.Kind, d.Occurrence, d.RecipientId }).ToListAsync(ct))
            .Select(d => (d.TaskId, d.Kind, d.Occurrence, d.RecipientId)).ToHashSet();

        var docIds = due.Select(d => d.Task.DocumentId).Distinct().ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => docIds.Contains(d.Id))
            .Select(d => new NoticeDocument
            {
                Id = d.Id, ContentHash = "", FileName = "", Kind = d.Kind, Symbol = d.Symbol, Number = d.Number,
                IssuedOn = d.IssuedOn, MeetingOn = d.MeetingOn, Subject = d.Subject, ChairedBy = d.ChairedBy,
            }).ToDictionaryAsync(d => d.Id, ct);
        var people = await db.Officials.AsNoTracking()
            .Where(o => o.WardId == wardId && (o.Role == Role.Leader || o.Role == Role.Head))
            .Select(o => new { o.Id, o.Role, o.UnitId, o.Name }).ToListAsync(ct);

        var queued = new List<QueuedReminder>();
        // Escalations go to people (heads, leaders): gathered per person and sent as one message each.
        var escalations = new Dictionary<int, List<(TaskRow Task, DueReminder Reminder, string Name)>>();
        foreach (var (task, reminder) in due)
        {
            var doc = documents.GetValueOrDefault(task.DocumentId);
            var recipients = reminder.Audience switch
            {
                ReminderAudience.Unit => [(0, task.UnitName ?? $"đơn vị #{task.UnitId}")],
                ReminderAudience.Head => people.Where(p => p.Role == Role.Head && p.UnitId == task.UnitId).Select(p => (p.Id, p.Name ?? $"cán bộ #{p.Id}")).ToList(),
                _ => ChairLeaders(people.Where(p => p.Role == Role.Leader).Select(p => (p.Id, p.Name)).ToList(), doc?.ChairedBy),
            };
            foreach (var (recipientId, name) in recipients)
            {
                if (sent.Contains((task.Id, reminder.Kind, reminder.Occurrence, recipientId))) continue;
                if (reminder.Kind == ReminderKinds.Escalation && recipientId != 0)
                {
                    if (!escalations.TryGetValue(recipientId, out var list)) escalations[recipientId] = list = [];
                    list.Add((task, reminder, name));
                    continue;
                }
                await QueueAsync([(task, reminder, name)], recipientId, Message(task, reminder, doc, today), queued, now, ct);
            }
        }
        foreach (var (recipientId, items) in escalations)
        {
            var message = items.Count == 1
                ? Message(items[0].Task, items[0].Reminder, documents.GetValueOrDefault(items[0].Task.DocumentId), today)
                : new Outgoing(ReminderTexts.Escalations(items.Select(i => Subject(i.Task, documents.GetValueOrDefault(i.Task.DocumentId))).ToList(), today));
            await QueueAsync(items, recipientId, message, queued, now, ct);
        }
        if (queued.Count > 0) log.LogInformation("Reminder sweep for ward {Ward}: queued {Count} reminders", wardId, queued.Count);
        return queued;
    }

    private static Outgoing Message(TaskRow task, DueReminder reminder, NoticeDocument? doc, DateOnly today) => new(
        ReminderTexts.Compose(Subject(task, doc), reminder.Kind, reminder.Occurrence, today),
        reminder.Audience == ReminderAudience.ChairLeader ? null : TaskTexts.StatusButtons(task.Id), task.Id);

    private static ReminderTask Subject(TaskRow task, NoticeDocument? doc) =>
        new(task.Id, task.Text, task.UnitName, task.Deadline, task.Recurrence, doc?.Title());

    /// <summary>Queues one message for the reminders of <paramref name="items"/> to one recipient (0: the unit), with the
    /// once-only record of each in the same save; another instance that recorded any of them first wins (nothing sent here;
    /// what it did not send is still due at the next sweep).</summary>
    private async Task QueueAsync(IReadOnlyList<(TaskRow Task, DueReminder Reminder, string Name)> items, int recipientId, Outgoing message,
        List<QueuedReminder> queued, DateTimeOffset now, CancellationToken ct)
    {
        var chats = 0;
        var dispatches = items.Select(i => new ReminderDispatch
        {
            TaskId = i.Task.Id, Kind = i.Reminder.Kind, Occurrence = i.Reminder.Occurrence, RecipientId = recipientId, CreatedAt = now,
        }).ToList();
        var ok = await DispatchGuard.CommitOnceAsync(db, dispatches, async () => chats = recipientId == 0
            ? await notifier.ToUnitAsync(items[0].Task.UnitId!.Value, message, ct)
            : await notifier.ToOfficialAsync(recipientId, message, ct), ct);
        if (!ok) return;
        queued.AddRange(items.Select(i => new QueuedReminder(i.Task.Id, i.Reminder.Kind, i.Reminder.Occurrence, i.Reminder.Audience, recipientId, i.Name, chats)));
    }

    /// <summary>The ward's assigned open tasks that can be due by <paramref name="horizon"/>: one-off tasks with a deadline
    /// up to the horizon, one-off tasks without a deadline, recurring tasks — three disjoint seeks in the open-task index
    /// (ChatBotDb.OpenTaskIndex: WardId, Recurrence, Deadline), so the sweep reads the tasks that can be due, not the
    /// ward's other open tasks nor the done ones.</summary>
    internal static IQueryable<TaskRow> CandidatesQuery(ChatBotDb db, int wardId, DateOnly horizon)
    {
        var open = db.Tasks.AsNoTracking().Where(t => t.WardId == wardId && t.AssignedAt != null && t.UnitId != null
                                                      && t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled);
        return open.Where(t => t.Recurrence == null && t.Deadline <= horizon)
            .Concat(open.Where(t => t.Recurrence == null && t.Deadline == null))
            .Concat(open.Where(t => t.Recurrence != null))
            .Select(t => new TaskRow(t.Id, t.Deadline, t.Status, t.Recurrence, t.AssignedAt, t.UnitId, t.Text, t.Unit!.Name, t.DocumentId));
    }

    /// <summary>The leader named in the notice's "chaired by"; every leader of the ward when nobody matches.</summary>
    private static List<(int, string)> ChairLeaders(List<(int Id, string? Name)> leaders, string? chairedBy)
    {
        var chair = leaders.Where(l => ChairMatch.Matches(chairedBy, l.Name)).ToList();
        return [.. (chair.Count > 0 ? chair : leaders).Select(l => (l.Id, l.Name ?? $"lãnh đạo #{l.Id}"))];
    }

    /// <summary>Creates the TaskOccurrence rows of recurring tasks as their periods come due; returns every task's occurrences.</summary>
    private async Task<Dictionary<int, List<OccurrenceSnapshot>>> EnsureOccurrencesAsync(List<TaskRow> recurring, DateOnly today, CancellationToken ct)
    {
        if (recurring.Count == 0) return [];
        var ids = recurring.Select(t => t.Id).ToList();
        var since = today.AddDays(-400);
        var existing = await db.Occurrences.AsNoTracking().Where(o => ids.Contains(o.TaskId) && o.DueOn >= since).ToListAsync(ct);
        var known = existing.Select(o => (o.TaskId, o.DueOn)).ToHashSet();
        var added = new List<TaskOccurrence>();
        foreach (var t in recurring)
        {
            var assignedOn = calendar.LocalDate(t.AssignedAt!.Value);
            var from = assignedOn > since ? assignedOn : since;
            foreach (var dueOn in ReminderPolicy.OccurrencesDueBy(t.Recurrence!.Value, t.Deadline, from, today))
                if (known.Add((t.Id, dueOn))) added.Add(new TaskOccurrence { TaskId = t.Id, DueOn = dueOn });
        }
        if (added.Count > 0)
        {
            db.Occurrences.AddRange(added);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException ex) when (DispatchGuard.IsUniqueViolation(ex))
            {
                // Another instance created them first: theirs are as good as ours.
                db.ChangeTracker.Clear();
                added.Clear();
                existing = await db.Occurrences.AsNoTracking().Where(o => ids.Contains(o.TaskId) && o.DueOn >= since).ToListAsync(ct);
            }
            db.ChangeTracker.Clear();
        }
        return existing.Concat(added).GroupBy(o => o.TaskId)
            .ToDictionary(g => g.Key, g => g.Select(o => new OccurrenceSnapshot(o.DueOn, o.Done)).ToList());
    }

    internal sealed record TaskRow(int Id, DateOnly? Deadline, WorkStatus Status, Core.Parsing.Recurrence? Recurrence, DateTimeOffset? AssignedAt, int? UnitId, string Text, string? UnitName, int DocumentId);
}
