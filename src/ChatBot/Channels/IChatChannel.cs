using ChatBot.Core.Conversation;
using ChatBot.Outbox;

namespace ChatBot.Channels;

/// <summary>One chat platform as the rest of the host sees it. No platform type crosses this line.</summary>
public interface IChatChannel
{
    /// <summary>"telegram", "zalo" or "sim": the value stored in ChatAccount.Channel and OutboxMessage.Channel.</summary>
    string Name { get; }

    ChannelLimits Limits { get; }

    /// <summary>Sends one stored message; never throws for platform errors, it reports them.</summary>
    Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken ct);

    /// <summary>Downloads a file a user sent; throws <see cref="ChannelFileException"/> with a Vietnamese message.</summary>
    Task<byte[]> DownloadAsync(InboundFile file, long maxBytes, CancellationToken ct);

    /// <summary>False while the channel cannot send (e.g. its token was refused): the outbox keeps its rows pending.</summary>
    bool IsAvailable => true;

    /// <summary>Whether a chat is a group (stricter per-minute limit); Telegram groups have negative ids.</summary>
    bool IsGroupChat(string chatId) => chatId.StartsWith('-');
}

/// <summary>The platform's limits, honoured by the outbox dispatcher.</summary>
/// <param name="MaxTextLength">Longest text of one message (Telegram 4096, Zalo 2000).</param>
/// <param name="PerChatInterval">Minimum gap between two messages to one chat.</param>
/// <param name="GlobalPerSecond">Messages per second over all chats.</param>
/// <param name="GroupPerMinute">Messages per minute to one group chat.</param>
public sealed record ChannelLimits(
    int MaxTextLength,
    bool SupportsButtons,
    TimeSpan PerChatInterval,
    int GlobalPerSecond,
    int GroupPerMinute);

public enum SendStatus
{
    Sent,
    /// <summary>Rate-limited (429) or temporarily failing (5xx, timeout): try again later.</summary>
    RetryLater,
    /// <summary>The user blocked the bot (403): stop sending to this chat until they write again.</summary>
    Forbidden,
    /// <summary>The platform refused this message for good (400, 404): retrying cannot help.</summary>
    Rejected,
}

/// <summary>What the platform answered to one send. <see cref="Problem"/> classifies a failure (a channel may be more
/// precise than its status, e.g. a 400 "chat not found"); <see cref="RetryAfter"/> is the platform's own wait (429).</summary>
public sealed record SendOutcome(SendStatus Status, string? PlatformMessageId = null, TimeSpan? RetryAfter = null, string? Error = null,
    SendProblem? Kind = null)
{
    public static SendOutcome Sent(string? id) => new(SendStatus.Sent, id);
    public static SendOutcome Retry(string error, TimeSpan? after = null) => new(SendStatus.RetryLater, RetryAfter: after, Error: error);
    public static SendOutcome Refused(SendProblem kind, string error) =>
        new(kind == SendProblem.Blocked ? SendStatus.Forbidden : SendStatus.Rejected, Error: error, Kind: kind);

    /// <summary>The failure's class; null when sent.</summary>
    public SendProblem? Problem => Kind ?? Status switch
    {
        SendStatus.Sent => null,
        SendStatus.RetryLater => RetryAfter is null ? SendProblem.Transient : SendProblem.RateLimited,
        SendStatus.Forbidden => SendProblem.Blocked,
        _ => SendProblem.Rejected,
    };
}

public sealed class ChannelFileException(string message) : Exception(message);
