namespace ChatBot.Outbox;

/// <summary>Pending: waiting or retrying. Sent: delivered. Failed: the platform refused it for good (see
/// <see cref="OutboxMessage.Problem"/>). Expired: still not delivered after <c>Outbox:MaxAge</c>; reported, no longer tried.</summary>
public enum OutboxState { Pending, Sent, Failed, Expired }

/// <summary>Order inside one chat: every pending reply goes before every pending push; within a priority, queue order.</summary>
public enum OutboxPriority
{
    /// <summary>The conversation's answer to the chat that just wrote (an official's own message or button).</summary>
    Reply = 0,
    /// <summary>Everything the bot sends on its own: task pushes, reminders, digests, notices to leaders and clerks.</summary>
    Push = 1,
}

/// <summary>Why a row is waiting or was given up: the classification of the platform's last answer.</summary>
public enum SendProblem
{
    /// <summary>429: the platform said when to try again; a delay, not an attempt.</summary>
    RateLimited,
    /// <summary>5xx, timeout, network: retried with a growing delay, without a ceiling, until <c>Outbox:MaxAge</c>.</summary>
    Transient,
    /// <summary>403: the user blocked the bot or it left the group; the chat's accounts are made inactive.</summary>
    Blocked,
    /// <summary>400 "chat not found": the chat does not exist for this bot.</summary>
    ChatNotFound,
    /// <summary>404: the platform does not know the method (wrong API address or a platform change).</summary>
    MethodNotFound,
    /// <summary>Any other refusal of this message (400: bad HTML, bad button data…).</summary>
    Rejected,
    /// <summary>Not delivered within <c>Outbox:MaxAge</c>.</summary>
    Expired,
}

/// <summary>An outgoing chat message, stored before it is sent so nothing is lost on a crash or an outage.
/// A text longer than its channel allows is queued as several rows, one per part (<see cref="Part"/> of <see cref="Parts"/>),
/// each sent and recorded on its own.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Channel { get; set; }
    public required string ChatId { get; set; }
    /// <summary>Telegram-style HTML subset (b, i, code); channels without markup get it stripped.</summary>
    public required string Text { get; set; }
    /// <summary>Inline buttons as JSON rows of {text, data}; ignored by channels without buttons. On the last part only.</summary>
    public string? Buttons { get; set; }
    /// <summary>The platform message this answers; on the first part only.</summary>
    public string? ReplyToMessageId { get; set; }
    public string? AttachmentName { get; set; }
    public byte[]? Attachment { get; set; }
    /// <summary>"document" or "photo" when <see cref="Attachment"/> is set.</summary>
    public string? AttachmentKind { get; set; }
    /// <summary>The task this message is about, so a reply to it (to any of its parts) updates that task.</summary>
    public int? TaskId { get; set; }
    public OutboxPriority Priority { get; set; } = OutboxPriority.Push;
    /// <summary>1-based number of this part; 1 of 1 for a message that fits.</summary>
    public int Part { get; set; } = 1;
    public int Parts { get; set; } = 1;
    /// <summary>Shared by the parts of one split message (null when it fits in one).</summary>
    public Guid? MessageKey { get; set; }
    public OutboxState State { get; set; }
    /// <summary>Transient failures so far (5xx, timeouts); a 429 is a delay and does not count.</summary>
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>When the row became Failed or Expired.</summary>
    public DateTimeOffset? FailedAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>Classification of the last error (null once sent).</summary>
    public SendProblem? Problem { get; set; }
    public string? PlatformMessageId { get; set; }
    /// <summary>Claim of one sending pass (instance id + pass), so two passes never send the same row at once.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}

/// <summary>Which instance sends for a channel (one bot, one budget): a lease in the database, renewed while the holder
/// runs and taken over by another instance once it lapses.</summary>
public sealed class OutboxSender
{
    public required string Channel { get; set; }
    public required string Owner { get; set; }
    public DateTimeOffset Since { get; set; }
    public DateTimeOffset Until { get; set; }
}

/// <summary>An inbound update already handled (channel + platform id): redeliveries are ignored.</summary>
public sealed class ProcessedUpdate
{
    public required string Channel { get; set; }
    public required string UpdateId { get; set; }
    public DateTimeOffset At { get; set; }
}
