namespace ChatBot.Outbox;

public enum OutboxState { Pending, Sent, Failed }

/// <summary>An outgoing chat message, stored before it is sent so nothing is lost on a crash or an outage.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Channel { get; set; }
    public required string ChatId { get; set; }
    /// <summary>Telegram-style HTML subset (b, i, code); channels without markup get it stripped.</summary>
    public required string Text { get; set; }
    /// <summary>Inline buttons as JSON rows of {text, data}; ignored by channels without buttons.</summary>
    public string? Buttons { get; set; }
    public string? ReplyToMessageId { get; set; }
    public string? AttachmentName { get; set; }
    public byte[]? Attachment { get; set; }
    /// <summary>"document" or "photo" when <see cref="Attachment"/> is set.</summary>
    public string? AttachmentKind { get; set; }
    /// <summary>The task this message is about, so a reply to it updates that task.</summary>
    public int? TaskId { get; set; }
    public OutboxState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    public string? PlatformMessageId { get; set; }
    /// <summary>Lease so that several instances never send the same row at once.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}

/// <summary>An inbound update already handled (channel + platform id): redeliveries are ignored.</summary>
public sealed class ProcessedUpdate
{
    public required string Channel { get; set; }
    public required string UpdateId { get; set; }
    public DateTimeOffset At { get; set; }
}
