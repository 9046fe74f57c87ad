namespace ChatBot.Core.Conversation;

/// <summary>What any channel received from a user, in channel-neutral form.</summary>
/// <param name="Channel">"telegram", "zalo" or "sim".</param>
/// <param name="UpdateId">The platform's id of this delivery, used to process it once.</param>
/// <param name="ReplyToMessageId">Platform id of the bot message this one replies to.</param>
/// <param name="CallbackData">Data of a pressed inline button (Telegram); Text is then null.</param>
public sealed record InboundMessage(
    string Channel,
    string UpdateId,
    string UserId,
    string ChatId,
    string? Text,
    string? DisplayName = null,
    bool IsGroup = false,
    string? ReplyToMessageId = null,
    string? CallbackData = null,
    InboundFile? File = null);

/// <summary>A file the user sent; the bytes are fetched through the channel on demand.</summary>
public sealed record InboundFile(string FileId, string FileName, string? MimeType, long? Size);

/// <summary>What the handler tells the channel right away (e.g. the toast of a button press).</summary>
public sealed record InboundResult(string? CallbackToast = null)
{
    public static readonly InboundResult None = new();
}

/// <summary>An inline button: label and callback data (≤ 64 bytes).</summary>
public sealed record ChatButton(string Text, string Data);
