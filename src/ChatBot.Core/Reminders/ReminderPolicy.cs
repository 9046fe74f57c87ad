using ChatBot.Core.Parsing;
using ChatBot.Core.Tasks;

namespace ChatBot.Core.Reminders;

/// <summary>Who a reminder goes to: the unit (all its officials and group chat), its heads, or the leader who chaired the notice.</summary>
public enum ReminderAudience { Unit, Head, ChairLeader }

public static class ReminderKinds
{
    public const string DueToday = "due-today";
    public const string Overdue = "overdue";
    public const string Escalation = "escalation";
    public const string CheckIn = "check-in";
    public const string OccurrenceDue = "occurrence-due";
    public const string OccurrenceOverdue = "occurrence-overdue";
    public const string Digest = "digest";
    public static string Before(int workingDays) => $"before-{workingDays}";
}

/// <summary>Reminder policy knobs (Reminders:* in configuration).</summary>
public sealed record ReminderPolicyOptions
{
    /// <summary>Working days before the deadline on which to remind.</summary>
    public IReadOnlyList<int> DaysBefore { get; init; } = [3, 1];
    public bool DueDayMorning { get; init; } = true;
    public bool OverdueDaily { get; init; } = true;
    /// <summary>Overdue working days after which the head and the chairing leader are told too (0: never).</summary>
    public int EscalateAfterWorkingDays { get; init; } = 3;
    /// <summary>Full working days a unit has after being given a task before it can be escalated: a task assigned after
    /// its deadline (a late notice, a slow review) is not reported to the leaders the moment it arrives.</summary>
    public int EscalationGraceWorkingDays { get; init; } = 1;
    /// <summary>Calendar days between check-ins on tasks without a deadline (0: never).</summary>
    public int NoDeadlineCheckInDays { get; init; } = 7;
}

/// <summary>What the policy needs to know about one task.</summary>
public sealed record TaskSnapshot(
    int Id,
    DateOnly? Deadline,
    WorkStatus Status,
    Recurrence? Recurrence,
    DateTimeOffset? AssignedAt,
    int? UnitId,
    DateTimeOffset? LastActivityAt = null)
{
    /// <summary>Known occurrences of a recurring task (due date, done).</summary>
    public IReadOnlyList<OccurrenceSnapshot> Occurrences { get; init; } = [];
}

public sealed record OccurrenceSnapshot(DateOnly DueOn, bool Done);

/// <summary>One reminder to send now. (TaskId, Kind, Occurrence, recipient) is the once-only key.</summary>
/// <param name="Occurrence">Deadline for before/due/escalation, the day for daily overdue, the occurrence's due date for recurring tasks, the nominal date for check-ins.</param>
public sealed record DueReminder(int TaskId, string Kind, DateOnly Occurrence, ReminderAudience Audience);

/// <summary>Decides which reminders a task is due for at a given instant. Only today's reminders are due:
/// a reminder whose working day passed without a sweep is superseded by the next one, never sent late.</summary>
public static class ReminderPolicy
{
    public static IReadOnlyList<DueReminder> Evaluate(TaskSnapshot task, WorkingCalendar calendar, ReminderPolicyOptions options, DateTimeOffset now)
    {
        if (!calendar.IsWorkingTime(now) || !task.Status.IsOpen() || task.AssignedAt is not { } assignedAt || task.UnitId is null)
            return [];
        var today = calendar.LocalDate(now);
        var assignedOn = calendar.LocalDate(assignedAt);
        var due = new List<DueReminder>();
        if (task.Recurrence is not null) Occurrences(task, calendar, today, due);
        else if (task.Deadline is { } deadline) Deadline(task.Id, deadline, assignedOn, calendar, options, today, due);
        else CheckIn(task, assignedOn, calendar, options, today, due);
        return due;
    }

    /// <summary>Occurrences a recurring task should have by <paramref name="today"/>: every period since assignment up to the current one.</summary>
    public static IReadOnlyList<DateOnly> OccurrencesDueBy(Recurrence recurrence, DateOnly? anchor, DateOnly assignedOn, DateOnly today) =>
        [.. RecurrenceSchedule.Between(recurrence, anchor, assignedOn, RecurrenceSchedule.NextDue(recurrence, anchor, today))];

    private static void Deadline(int id, DateOnly deadline, DateOnly assignedOn, WorkingCalendar cal, ReminderPolicyOptions o, DateOnly today, List<DueReminder> due)
    {
        // A deadline on a day off is "due" on the last working day before it.
        var dueDay = cal.PreviousWorkingDayOnOrBefore(deadline);
        if (today <= deadline)
        {
            if (o.DueDayMorning && today == dueDay)
                due.Add(new(id, ReminderKinds.DueToday, deadline, ReminderAudience.Unit));
            foreach (var n in o.DaysBefore.Where(n => n > 0).Distinct().OrderDescending())
            {
                var day = cal.AddWorkingDays(deadline, -n);
                // The push on assignment already told them; a before-reminder the same day is noise.
                if (day == today && assignedOn < today && !(o.DueDayMorning && day == dueDay))
                    due.Add(new(id, ReminderKinds.Before(n), deadline, ReminderAudience.Unit));
            }
            return;
        }
        // Assigned already overdue: the push of the day says so; the daily reminder starts the next working day.
        if (o.OverdueDaily && assignedOn < today)
            due.Add(new(id, ReminderKinds.Overdue, today, ReminderAudience.Unit));
        // Escalation is once per deadline, and catches up if the service was down on day N; never before the unit has had
        // its grace of full working days since the task reached it (today is past them).
        if (o.EscalateAfterWorkingDays > 0 && cal.WorkingDaysBetween(deadline, today) >= o.EscalateAfterWorkingDays
            && cal.WorkingDaysBetween(assignedOn, today) > Math.Max(0, o.EscalationGraceWorkingDays))
        {
            due.Add(new(id, ReminderKinds.Escalation, deadline, ReminderAudience.Head));
            due.Add(new(id, ReminderKinds.Escalation, deadline, ReminderAudience.ChairLeader));
        }
    }

    private static void CheckIn(TaskSnapshot task, DateOnly assignedOn, WorkingCalendar cal, ReminderPolicyOptions o, DateOnly today, List<DueReminder> due)
    {
        var every = o.NoDeadlineCheckInDays;
        if (every <= 0) return;
        var k = (today.DayNumber - assignedOn.DayNumber) / every;
        if (k < 1) return;
        var nominal = assignedOn.AddDays(k * every);
        if (cal.NextWorkingDayOnOrAfter(nominal) != today) return;
        // Someone reported within the period: no need to ask.
        if (task.LastActivityAt is { } last && last > task.AssignedAt && cal.LocalDate(last) > today.AddDays(-every)) return;
        due.Add(new(task.Id, ReminderKinds.CheckIn, nominal, ReminderAudience.Unit));
    }

    private static void Occurrences(TaskSnapshot task, WorkingCalendar cal, DateOnly today, List<DueReminder> due)
    {
        foreach (var occ in task.Occurrences.Where(x => !x.Done))
        {
            if (today == cal.PreviousWorkingDayOnOrBefore(occ.DueOn))
                due.Add(new(task.Id, ReminderKinds.OccurrenceDue, occ.DueOn, ReminderAudience.Unit));
            else if (today == cal.AddWorkingDays(occ.DueOn, 1))
                due.Add(new(task.Id, ReminderKinds.OccurrenceOverdue, occ.DueOn, ReminderAudience.Unit));
        }
    }
}
