using ChatBot.Conversation;
using ChatBot.Core.Conversation;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Channels.Zalo;

/// <summary>Turns one Zalo event into a channel-neutral message, once per message_id, and hands it to the conversation.</summary>
public sealed class ZaloUpdateHandler(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ZaloUpdateHandler> log)
{
    public const string TextEvent = "message.text.received";

    public const string OnlyTextReply =
        "Hiện tôi chỉ đọc được tin nhắn chữ. Anh/chị vui lòng gõ nội dung, ví dụ: #12 xong, #12 đang làm 60% hoặc /help để xem các lệnh.";

    /// <summary>Returns false when the event was a redelivery (already handled).</summary>
    public async Task<bool> HandleAsync(ZaloUpdate update, CancellationToken ct)
    {
        if (update.Message is not { MessageId: { Length: > 0 } id, Chat.Id: { Length: > 0 } chatId } m)
        {
            log.LogInformation("Zalo event {Event} without message id or chat ignored", update.EventName);
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        if (await db.ProcessedUpdates.AnyAsync(p => p.Channel == ZaloChannel.ChannelName && p.UpdateId == id, ct)) return false;
        // Saved with the conversation's own changes, so an update counts as handled only if its effects were kept.
        db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = ZaloChannel.ChannelName, UpdateId = id, At = clock.GetUtcNow() });

        try
        {
            var isGroup = string.Equals(m.Chat?.ChatType, "GROUP", StringComparison.OrdinalIgnoreCase);
            if (IsText(update, m))
            {
                var inbound = new InboundMessage(ZaloChannel.ChannelName, id, m.From?.Id ?? chatId, chatId, m.Text, m.From?.BestName, isGroup);
                await scope.ServiceProvider.GetRequiredService<ConversationService>().HandleAsync(inbound, ct);
            }
            else if (!isGroup)
            {
                // In a group, pictures and stickers are people talking to each other: no reply there.
                scope.ServiceProvider.GetRequiredService<Notifier>().ToChat(ZaloChannel.ChannelName, chatId, new Outgoing(OnlyTextReply));
            }
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The same event arrived twice at once (webhook retry racing the first delivery): the other one won.
            if (await AlreadyProcessedAsync(id, ct)) return false;
            throw;
        }
    }

    private static bool IsText(ZaloUpdate u, ZaloMessage m) =>
        (u.EventName is null or TextEvent) && !string.IsNullOrWhiteSpace(m.Text);

    private async Task<bool> AlreadyProcessedAsync(string id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        return await db.ProcessedUpdates.AnyAsync(p => p.Channel == ZaloChannel.ChannelName && p.UpdateId == id, ct);
    }
}
