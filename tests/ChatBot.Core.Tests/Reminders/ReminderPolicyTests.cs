using ChatBot.Core.Parsing;
using ChatBot.Core.Reminders;
using ChatBot.Core.Tasks;

namespace ChatBot.Core.Tests.Reminders;

public sealed class ReminderPolicyTests
{
    private static readonly WorkingCalendar Cal = WorkingCalendar.Default;
    private static readonly ReminderPolicyOptions Options = new();
    private static readonly DateTimeOffset AssignedLongAgo = new(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private static DateTimeOffset At(string date, int hour = 8) =>
        new(DateOnly.Parse(date).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(7));

    private static TaskSnapshot Task(string? deadline, WorkStatus status = WorkStatus.InProgress, DateTimeOffset? assigned = null) =>
        new(12, deadline is null ? null : DateOnly.Parse(deadline), status, null, assigned ?? AssignedLongAgo, UnitId: 3);

    private static string[] Kinds(TaskSnapshot t, DateTimeOffset now, ReminderPolicyOptions? o = null) =>
        [.. ReminderPolicy.Evaluate(t, Cal, o ?? Options, now).Select(r => $"{r.Kind}@{r.Occurrence:yyyy-MM-dd}/{r.Audience}")];

    [Theory]
    // Deadline Friday 19/06/2026.
    [InlineData("2026-06-16", "before-3@2026-06-19/Unit")]
    [InlineData("2026-06-17", "")]
    [InlineData("2026-06-18", "before-1@2026-06-19/Unit")]
    [InlineData("2026-06-19", "due-today@2026-06-19/Unit")]
    [InlineData("2026-06-20", "")] // Saturday
    [InlineData("2026-06-22", "overdue@2026-06-22/Unit")]
    [InlineData("2026-06-23", "overdue@2026-06-23/Unit")]
    [InlineData("2026-06-24", "overdue@2026-06-24/Unit,escalation@2026-06-19/Head,escalation@2026-06-19/ChairLeader")]
    public void A_deadline_task_is_reminded_before_on_and_after_its_day(string today, string expected) =>
        Assert.Equal(expected, string.Join(',', Kinds(Task("2026-06-19"), At(today))));

    [Theory]
    // Deadline Monday 04/05/2026, right after 30/4, 1/5 and the weekend; 27/4 is the Giỗ Tổ compensation day.
    [InlineData("2026-04-24", "before-3@2026-05-04/Unit")]
    [InlineData("2026-04-28", "")]
    [InlineData("2026-04-29", "before-1@2026-05-04/Unit")]
    [InlineData("2026-05-04", "due-today@2026-05-04/Unit")]
    public void Reminders_before_a_holiday_deadline_count_working_days_only(string today, string expected) =>
        Assert.Equal(expected, string.Join(',', Kinds(Task("2026-05-04"), At(today))));

    [Theory]
    // Deadline Sunday 21/06/2026: the due-day reminder moves to Friday and replaces before-1.
    [InlineData("2026-06-17", "before-3@2026-06-21/Unit")]
    [InlineData("2026-06-19", "due-today@2026-06-21/Unit")]
    [InlineData("2026-06-22", "overdue@2026-06-22/Unit")]
    public void A_deadline_on_a_day_off_is_due_on_the_last_working_day_before_it(string today, string expected) =>
        Assert.Equal(expected, string.Join(',', Kinds(Task("2026-06-21"), At(today))));

    [Fact]
    public void Nothing_is_due_outside_working_time()
    {
        Assert.Empty(Kinds(Task("2026-06-19"), At("2026-06-19", 6)));
        Assert.Empty(Kinds(Task("2026-06-19"), At("2026-06-19", 17)));
        Assert.Empty(Kinds(Task("2026-04-29"), At("2026-04-30", 9)));
    }

    [Theory]
    [InlineData(WorkStatus.Done)]
    [InlineData(WorkStatus.Cancelled)]
    public void Done_and_cancelled_tasks_are_never_reminded(WorkStatus status) =>
        Assert.Empty(Kinds(Task("2026-06-10", status), At("2026-06-19")));

    [Fact]
    public void An_unassigned_task_is_never_reminded() =>
        Assert.Empty(Kinds(Task("2026-06-10") with { AssignedAt = null }, At("2026-06-19")));

    [Fact]
    public void An_extended_task_is_reminded_for_the_new_date_only()
    {
        // Originally due 19/06, extended to 26/06: on 22/06 nothing is overdue.
        Assert.Empty(Kinds(Task("2026-06-26"), At("2026-06-22")));
        Assert.Equal(["before-3@2026-06-26/Unit"], Kinds(Task("2026-06-26"), At("2026-06-23")));
    }

    [Fact]
    public void A_task_assigned_today_gets_no_before_reminder_but_does_get_due_today()
    {
        var assigned = At("2026-06-16", 8);
        Assert.Empty(Kinds(Task("2026-06-19", assigned: assigned), At("2026-06-16", 9)));
        Assert.Equal(["due-today@2026-06-16/Unit"], Kinds(Task("2026-06-16", assigned: assigned), At("2026-06-16", 9)));
    }

    [Fact]
    public void Escalation_threshold_and_daily_overdue_are_configurable()
    {
        var o = Options with { EscalateAfterWorkingDays = 1, OverdueDaily = false, DaysBefore = [2], DueDayMorning = false };
        Assert.Equal(["before-2@2026-06-19/Unit"], Kinds(Task("2026-06-19"), At("2026-06-17"), o));
        Assert.Empty(Kinds(Task("2026-06-19"), At("2026-06-19"), o));
        Assert.Equal(["escalation@2026-06-19/Head", "escalation@2026-06-19/ChairLeader"], Kinds(Task("2026-06-19"), At("2026-06-22"), o));
    }

    [Theory]
    // Deadline Friday 05/06/2026, the notice confirmed late: assigned Monday 15/06, already 6 working days overdue.
    [InlineData("2026-06-15", 1, "")]
    [InlineData("2026-06-16", 1, "overdue@2026-06-16/Unit")]
    [InlineData("2026-06-17", 1, "overdue@2026-06-17/Unit,escalation@2026-06-05/Head,escalation@2026-06-05/ChairLeader")]
    [InlineData("2026-06-15", 0, "")]
    [InlineData("2026-06-16", 0, "overdue@2026-06-16/Unit,escalation@2026-06-05/Head,escalation@2026-06-05/ChairLeader")]
    [InlineData("2026-06-17", 3, "overdue@2026-06-17/Unit")]
    public void A_task_assigned_after_its_deadline_has_its_working_day_before_anyone_is_told(string today, int grace, string expected) =>
        Assert.Equal(expected, string.Join(',', Kinds(Task("2026-06-05", assigned: At("2026-06-15", 9)), At(today, 10), Options with { EscalationGraceWorkingDays = grace })));

    [Theory]
    [InlineData("2026-05-08", "")]
    [InlineData("2026-05-11", "check-in@2026-05-11/Unit")]  // assigned Monday 4/5: a week later
    [InlineData("2026-05-12", "")]
    [InlineData("2026-05-18", "check-in@2026-05-18/Unit")]
    public void A_task_without_deadline_gets_a_weekly_check_in(string today, string expected) =>
        Assert.Equal(expected, string.Join(',', Kinds(Task(null, assigned: At("2026-05-04", 9)), At(today))));

    [Fact]
    public void A_recent_update_postpones_the_check_in()
    {
        var t = Task(null, assigned: At("2026-05-04", 9)) with { LastActivityAt = At("2026-05-14") };
        Assert.Empty(Kinds(t, At("2026-05-18")));
        Assert.Equal(["check-in@2026-05-25/Unit"], Kinds(t, At("2026-05-25")));
    }

    [Fact]
    public void A_check_in_falling_on_a_holiday_moves_to_the_next_working_day()
    {
        var t = Task(null, assigned: At("2026-04-23")); // Thursday; +7 = 30/4 (holiday)
        Assert.Empty(Kinds(t, At("2026-04-29")));
        Assert.Equal(["check-in@2026-04-30/Unit"], Kinds(t, At("2026-05-04")));
    }

    [Fact]
    public void A_recurring_occurrence_is_prompted_on_its_due_day_and_chased_the_next_working_day()
    {
        var t = new TaskSnapshot(7, null, WorkStatus.InProgress, Recurrence.Weekly, AssignedLongAgo, 3)
        {
            Occurrences = [new(new(2026, 6, 19), false), new(new(2026, 6, 12), true)],
        };
        Assert.Equal(["occurrence-due@2026-06-19/Unit"], Kinds(t, At("2026-06-19")));
        Assert.Equal(["occurrence-overdue@2026-06-19/Unit"], Kinds(t, At("2026-06-22")));
        Assert.Empty(Kinds(t, At("2026-06-15"))); // 12/06 was done
    }

    [Fact]
    public void A_weekly_occurrence_due_on_a_holiday_friday_is_prompted_on_the_last_working_day_before()
    {
        var t = new TaskSnapshot(7, null, WorkStatus.InProgress, Recurrence.Weekly, AssignedLongAgo, 3) { Occurrences = [new(new(2026, 5, 1), false)] };
        Assert.Equal(["occurrence-due@2026-05-01/Unit"], Kinds(t, At("2026-04-29")));
        Assert.Equal(["occurrence-overdue@2026-05-01/Unit"], Kinds(t, At("2026-05-04")));
    }

    [Fact]
    public void Occurrences_due_by_today_run_from_assignment_to_the_current_period() =>
        Assert.Equal([new(2026, 6, 5), new(2026, 6, 12)], ReminderPolicy.OccurrencesDueBy(Recurrence.Weekly, null, new(2026, 6, 1), new(2026, 6, 8)));

    [Fact]
    public void By_default_a_task_is_reminded_on_its_day_and_every_working_day_once_overdue()
    {
        var defaults = new ReminderPolicyOptions();
        Assert.Equal(["due-today@2026-06-19/Unit"], Kinds(Task("2026-06-19"), At("2026-06-19"), defaults));
        Assert.Equal(["overdue@2026-06-22/Unit"], Kinds(Task("2026-06-19"), At("2026-06-22"), defaults));
    }

    [Fact]
    public void Zero_days_before_is_not_a_before_reminder() =>
        Assert.Empty(Kinds(Task("2026-06-19"), At("2026-06-19"), Options with { DaysBefore = [0], DueDayMorning = false }));

    [Fact]
    public void Escalation_after_zero_working_days_means_never()
    {
        var never = Options with { EscalateAfterWorkingDays = 0 };
        Assert.Equal(["overdue@2026-07-03/Unit"], Kinds(Task("2026-06-19"), At("2026-07-03"), never));
    }

    [Fact]
    public void Check_ins_every_zero_days_means_never() =>
        Assert.Empty(Kinds(Task(null, assigned: At("2026-05-04", 9)), At("2026-05-11"), Options with { NoDeadlineCheckInDays = 0 }));

    [Fact]
    public void No_check_in_on_the_day_a_task_without_deadline_arrives() =>
        Assert.Empty(Kinds(Task(null, assigned: At("2026-05-04", 9)), At("2026-05-04", 10)));

    [Fact]
    public void Only_an_update_after_the_assignment_and_within_the_period_postpones_the_check_in()
    {
        var assigned = At("2026-05-04", 9);
        // The assignment itself is not an update.
        Assert.Equal(["check-in@2026-05-11/Unit"], Kinds(Task(null, assigned: assigned) with { LastActivityAt = assigned }, At("2026-05-11")));
        // An update exactly a period ago is too old: ask again.
        var t = Task(null, assigned: assigned) with { LastActivityAt = At("2026-05-11", 10) };
        Assert.Equal(["check-in@2026-05-18/Unit"], Kinds(t, At("2026-05-18")));
    }
}
