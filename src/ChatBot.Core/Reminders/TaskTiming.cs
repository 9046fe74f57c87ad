using ChatBot.Core.Tasks;

namespace ChatBot.Core.Reminders;

/// <summary>How a task stands against its deadline, for reports: extensions are told apart from plain on-time work.</summary>
public enum Timing { NoDeadline, Open, OnTime, OnTimeAfterExtension, Late, Overdue, Cancelled }

public static class TaskTiming
{
    /// <param name="completedOn">Local date the task was completed (null while open).</param>
    public static Timing Classify(WorkStatus status, DateOnly? deadline, DateOnly? originalDeadline, DateOnly? completedOn, DateOnly today)
    {
        if (status == WorkStatus.Cancelled) return Timing.Cancelled;
        if (deadline is not { } current) return Timing.NoDeadline;
        var original = originalDeadline ?? current;
        if (status != WorkStatus.Done || completedOn is not { } done)
            return current < today ? Timing.Overdue : Timing.Open;
        if (done <= original) return Timing.OnTime;
        return done <= current ? Timing.OnTimeAfterExtension : Timing.Late;
    }

    /// <summary>A stored task, its completion read on the ward's clock (a done task without a completion time counts as done today).</summary>
    public static Timing Classify(WorkTask task, Common.WardClock clock, DateOnly today) =>
        Classify(task.Status, task.Deadline, task.OriginalDeadline,
            task.CompletedAt is { } c ? clock.LocalDate(c) : task.Status == WorkStatus.Done ? today : null, today);
}
