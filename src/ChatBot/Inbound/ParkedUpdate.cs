namespace ChatBot.Inbound;

/// <summary>An update that failed <see cref="InboundOptions.MaxAttempts"/> times in a row: kept here (the message as
/// JSON) so the polling loop can go on to the next one; the clerk was told; <c>inbox retry</c> hands it in again.</summary>
public sealed class ParkedUpdate
{
    public long Id { get; set; }
    public required string Channel { get; set; }
    public required string UpdateId { get; set; }
    public required string ChatId { get; set; }
    /// <summary>The <see cref="Core.Conversation.InboundMessage"/> as JSON.</summary>
    public required string Message { get; set; }
    public required string Error { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset ParkedAt { get; set; }
    /// <summary>Set once a retry handled it.</summary>
    public DateTimeOffset? HandledAt { get; set; }
}
