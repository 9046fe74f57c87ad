using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tasks;

/// <summary>One assigned task (#Id). Status moves only through the guarded methods below.</summary>
public sealed class WorkTask
{
    public int Id { get; set; }
    public int WardId { get; set; }
    public int DocumentId { get; set; }
    public NoticeDocument? Document { get; set; }
    /// <summary>Lead unit in the directory; null when the notice named none or it was not matched.</summary>
    public int? UnitId { get; set; }
    public Directory.Unit? Unit { get; set; }
    /// <summary>The lead unit as the notice wrote it.</summary>
    public string? UnitName { get; set; }
    /// <summary>Cooperating units as written, one per line.</summary>
    public string? Cooperating { get; set; }
    public required string Text { get; set; }
    public string? Section { get; set; }
    public int Ordinal { get; set; }
    public DateOnly? Deadline { get; set; }
    /// <summary>The deadline the notice set, kept when an extension moves <see cref="Deadline"/>.</summary>
    public DateOnly? OriginalDeadline { get; set; }
    public Recurrence? Recurrence { get; set; }
    public WorkStatus Status { get; set; }
    public int Percent { get; set; }
    public bool Urgent { get; set; }
    public string? BlockedReason { get; set; }
    public string? Supervisor { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set when the clerk confirmed the document: only assigned tasks are pushed and reminded.</summary>
    public DateTimeOffset? AssignedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Optimistic concurrency: two replies to the same task never silently overwrite each other.</summary>
    public int Version { get; set; }
    public List<TaskHistory> History { get; set; } = [];

    /// <summary>Where the task was read from: start and length (characters) in <see cref="NoticeDocument.Text"/>; null when unknown.</summary>
    public int? SourceStart { get; set; }
    public int? SourceLength { get; set; }
    /// <summary>The words of the notice that named the lead unit (e.g. a heading "1. Phòng Kinh tế"), when the parser gave them.</summary>
    public string? UnitEvidence { get; set; }
    /// <summary>The words of the notice that set the deadline ("hoàn thành trước ngày 10/6/2026"), when the parser gave them.</summary>
    public string? DeadlineEvidence { get; set; }

    public bool IsOverdue(DateOnly today) => Status.IsOpen() && Deadline is { } d && d < today;

    /// <summary>Moves to <paramref name="to"/>; returns the history entry or throws with a Vietnamese reason.</summary>
    public TaskHistory ChangeStatus(WorkStatus to, int? percent, string? reason, Actor actor, DateTimeOffset now)
    {
        if (AssignedAt is null)
            throw new TaskRuleException($"Nhiệm vụ #{Id} chưa được giao chính thức.");
        if (Status == WorkStatus.Cancelled)
            throw new TaskRuleException($"Nhiệm vụ #{Id} đã hủy, không cập nhật được.");
        if (Status == WorkStatus.Done && to != WorkStatus.InProgress)
            throw new TaskRuleException($"Nhiệm vụ #{Id} đã hoàn thành, không chuyển sang \"{to.Vietnamese()}\" được.");
        if (percent is < 0 or > 100)
            throw new TaskRuleException("Tỷ lệ phần trăm phải từ 0 đến 100.");
        if (to == WorkStatus.Blocked && string.IsNullOrWhiteSpace(reason))
            throw new TaskRuleException("Xin cho biết nội dung vướng mắc, ví dụ: #" + Id + " vướng: chưa có kinh phí.");

        var old = Describe();
        Percent = to == WorkStatus.Done ? 100 : percent ?? (Status == WorkStatus.Done ? 0 : Percent);
        Status = to;
        BlockedReason = to == WorkStatus.Blocked ? reason!.Trim() : null;
        CompletedAt = to == WorkStatus.Done ? now : null;
        Version++;
        return Record("status", old, Describe(), actor, now);
    }

    /// <summary>Moves the deadline after an approved extension; the original deadline stays.</summary>
    public TaskHistory ExtendDeadline(DateOnly newDeadline, Actor actor, DateTimeOffset now, DateOnly today)
    {
        if (!Status.IsOpen())
            throw new TaskRuleException($"Nhiệm vụ #{Id} {(Status == WorkStatus.Cancelled ? "đã hủy" : "đã hoàn thành")}, không gia hạn được.");
        if (newDeadline < today)
            throw new TaskRuleException($"Ngày {newDeadline:dd/MM/yyyy} đã qua, không gia hạn được.");
        var old = Deadline;
        OriginalDeadline ??= Deadline;
        Deadline = newDeadline;
        Version++;
        return Record("deadline", old?.ToString("dd/MM/yyyy") ?? "không hạn", newDeadline.ToString("dd/MM/yyyy"), actor, now);
    }

    /// <summary>A clerk's correction of unit or deadline, before or after assignment.</summary>
    public TaskHistory Correct(string field, string? oldValue, string? newValue, Actor actor, DateTimeOffset now)
    {
        Version++;
        return Record(field, oldValue, newValue, actor, now);
    }

    public string Describe() =>
        Status == WorkStatus.InProgress && Percent > 0 ? $"{Status.Vietnamese()} {Percent}%" :
        Status == WorkStatus.Blocked ? $"{Status.Vietnamese()}: {BlockedReason}" : Status.Vietnamese();

    private TaskHistory Record(string field, string? oldValue, string? newValue, Actor actor, DateTimeOffset now)
    {
        var h = new TaskHistory
        {
            TaskId = Id, Field = field, OldValue = oldValue, NewValue = newValue, At = now,
            OfficialId = actor.OfficialId, ActorName = actor.Name, Channel = actor.Channel, RawText = actor.RawText,
        };
        History.Add(h);
        return h;
    }
}

/// <summary>Who made a change, from where, with what words.</summary>
public sealed record Actor(int? OfficialId, string? Name, string Channel, string? RawText);

/// <summary>One change of a task: who, when, channel, the raw text, old → new.</summary>
public sealed class TaskHistory
{
    public long Id { get; set; }
    public int TaskId { get; set; }
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public DateTimeOffset At { get; set; }
    public int? OfficialId { get; set; }
    public string? ActorName { get; set; }
    public required string Channel { get; set; }
    public string? RawText { get; set; }
}
