using ChatBot.Core.Conversation;

namespace ChatBot.Conversation;

/// <summary>The question the bot is waiting on in one chat account (at most one): a <see cref="Dialog"/> stored as JSON,
/// with its expiry. Its id is in the buttons of the question, so an old button never answers a newer question.</summary>
public sealed class ChatDialog
{
    public int Id { get; set; }
    public int ChatAccountId { get; set; }
    /// <summary>"choice", "extension", "reason" or "page" (the JSON's discriminator, for reading the table by eye).</summary>
    public required string Kind { get; set; }
    public required string Data { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
