using ChatBot.Core.Conversation;
using ChatBot.Inbound;

namespace ChatBot.Channels.Zalo;

/// <summary>Translates one Zalo event for the <see cref="InboundPipeline"/> (the message_id is the update id).</summary>
public sealed class ZaloUpdateHandler(InboundPipeline pipeline, ILogger<ZaloUpdateHandler> log)
{
    public const string TextEvent = "message.text.received";
    public const string ImageEvent = "message.image.received";

    /// <summary>False when the event was ignored or a redelivery; throws when it could not be handled (nothing was saved).</summary>
    public async Task<bool> HandleAsync(ZaloUpdate update, CancellationToken ct)
    {
        if (ToInbound(update) is not { } inbound)
        {
            log.LogInformation("Zalo event {Event} without message id or chat ignored", update.EventName);
            return false;
        }
        return (await pipeline.HandleAsync(inbound, ct)).Status != InboundStatus.Duplicate;
    }

    /// <summary>Text as text; a picture (its URL, its caption) as a photo the bot may keep as proof of work; a sticker or
    /// voice as an unsupported message (the bot asks for text, except in groups).</summary>
    internal static InboundMessage? ToInbound(ZaloUpdate update)
    {
        if (update.Message is not { MessageId: { Length: > 0 } id, Chat.Id: { Length: > 0 } chatId } m) return null;
        var isGroup = string.Equals(m.Chat?.ChatType, "GROUP", StringComparison.OrdinalIgnoreCase);
        if (update.EventName == ImageEvent && (m.Photo ?? m.PhotoUrl) is { Length: > 0 } url && ZaloChannel.IsDownloadable(url))
            return new InboundMessage(ZaloChannel.ChannelName, id, m.From?.Id ?? chatId, chatId, m.Caption ?? m.Text,
                m.From?.BestName, isGroup, File: new InboundFile(url, $"anh-zalo-{id}.jpg", "image/jpeg", null, Photo: true));
        var isText = (update.EventName is null or TextEvent) && !string.IsNullOrWhiteSpace(m.Text);
        return new InboundMessage(ZaloChannel.ChannelName, id, m.From?.Id ?? chatId, chatId, isText ? m.Text : null,
            m.From?.BestName, isGroup, Unsupported: !isText);
    }
}
