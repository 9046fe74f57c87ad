namespace ChatBot.Core.Conversation;

/// <summary>What any channel received from a user, in channel-neutral form.</summary>
/// <param name="Channel">"telegram", "zalo" or "sim".</param>
/// <param name="UpdateId">The platform's id of this delivery, used to process it once.</param>
/// <param name="ReplyToMessageId">Platform id of the bot message this one replies to.</param>
/// <param name="CallbackData">Data of a pressed inline button (Telegram, simulator); Text is then null.</param>
/// <param name="Unsupported">A message the channel cannot read (a picture, sticker or voice on Zalo): the bot asks for text.</param>
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
    InboundFile? File = null,
    bool Unsupported = false);

/// <summary>A file the user sent; the bytes are fetched through the channel on demand.</summary>
/// <param name="Photo">A picture (Telegram photo, Zalo image): never a notice to import, always proof of work.</param>
public sealed record InboundFile(string FileId, string FileName, string? MimeType, long? Size, bool Photo = false);

/// <summary>An inline button: label and callback data (≤ 64 bytes).</summary>
public sealed record ChatButton(string Text, string Data);
