namespace ChatBot.Core.Tasks;

public enum ExtensionState { Pending, Approved, Refused }

/// <summary>A unit's request for more time; leaders approve or refuse it, the decision is kept.</summary>
public sealed class ExtensionRequest
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    public WorkTask? Task { get; set; }
    public int? RequestedByOfficialId { get; set; }
    public DateOnly? CurrentDeadline { get; set; }
    public DateOnly RequestedDeadline { get; set; }
    public string? Reason { get; set; }
    public ExtensionState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? DecidedByOfficialId { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
}

/// <summary>One period of a recurring task ("hằng tuần báo cáo"): its own due date and status.</summary>
public sealed class TaskOccurrence
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    public DateOnly DueOn { get; set; }
    public bool Done { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
}

/// <summary>A reminder that went into the outbox; the unique (task, kind, occurrence, recipient) key stops double sends.</summary>
public sealed class ReminderDispatch
{
    public long Id { get; set; }
    public int TaskId { get; set; }
    public required string Kind { get; set; }
    public DateOnly Occurrence { get; set; }
    /// <summary>Official the reminder went to (0 for the unit as a whole).</summary>
    public int RecipientId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
