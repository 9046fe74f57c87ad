using ChatBot.Conversation;
using ChatBot.Core.Conversation;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Channels.Telegram;

/// <summary>Translates one Telegram update, processes it once (ProcessedUpdate), and hands it to the conversation in a fresh scope.</summary>
internal sealed class TelegramUpdateHandler(
    IServiceScopeFactory scopes,
    TelegramChannel channel,
    OutboxSignal outbox,
    TimeProvider clock,
    ILogger<TelegramUpdateHandler> log)
{
    private const string Channel = TelegramChannel.ChannelName;

    public Task HandleAsync(Update update, CancellationToken ct) => update switch
    {
        { MyChatMember: { } member } => OnMemberChangedAsync(member, ct),
        _ when ToInbound(update) is { } inbound => DispatchAsync(inbound, update.CallbackQuery?.Id, ct),
        _ => Task.CompletedTask,
    };

    internal static InboundMessage? ToInbound(Update update) => update switch
    {
        { Message: { From: { } from } m } => new InboundMessage(
            Channel, update.Id.ToString(), from.Id.ToString(), m.Chat.Id.ToString(),
            m.Text ?? m.Caption, DisplayName(from), IsGroup(m.Chat),
            ReplyToMessageId: m.ReplyToMessage?.MessageId.ToString(),
            File: m.Document is { } d ? new InboundFile(d.FileId, d.FileName ?? "tep", d.MimeType, d.FileSize) : null),
        // A press carries the message with the button as its "reply", so the handler can find the task it is about.
        { CallbackQuery: { Data: { } data } q } => new InboundMessage(
            Channel, update.Id.ToString(), q.From.Id.ToString(), (q.Message?.Chat.Id ?? q.From.Id).ToString(),
            null, DisplayName(q.From), q.Message is { } qm && IsGroup(qm.Chat),
            ReplyToMessageId: q.Message?.MessageId.ToString(), CallbackData: data),
        _ => null,
    };

    private async Task DispatchAsync(InboundMessage inbound, string? callbackId, CancellationToken ct)
    {
        InboundResult result;
        try
        {
            result = await HandleOnceAsync(inbound, ct) ?? InboundResult.None;
        }
        catch (Exception) when (callbackId is not null && !ct.IsCancellationRequested)
        {
            await channel.AnswerCallbackAsync(callbackId, "Có lỗi khi xử lý, vui lòng thử lại.", ct);
            throw;
        }
        if (callbackId is not null) await channel.AnswerCallbackAsync(callbackId, result.CallbackToast, ct);
        // The reply is probably in the outbox now: let the dispatcher send it without waiting a poll interval.
        outbox.Notify();
    }

    /// <summary>Returns null for a redelivered update. The marker row is saved with the handler's own changes.</summary>
    private async Task<InboundResult?> HandleOnceAsync(InboundMessage inbound, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        if (await IsProcessedAsync(db, inbound.UpdateId, ct))
        {
            log.LogDebug("Telegram: bỏ qua update {UpdateId} đã xử lý", inbound.UpdateId);
            return null;
        }
        db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = Channel, UpdateId = inbound.UpdateId, At = clock.GetUtcNow() });
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<ConversationService>().HandleAsync(inbound, ct);
            await db.SaveChangesAsync(ct);
            return result;
        }
        catch (DbUpdateException)
        {
            // Two deliveries of the same update raced; the other one won.
            if (await IsProcessedInFreshScopeAsync(inbound.UpdateId, ct)) return null;
            throw;
        }
    }

    private static Task<bool> IsProcessedAsync(ChatBotDb db, string updateId, CancellationToken ct) =>
        db.ProcessedUpdates.AsNoTracking().AnyAsync(p => p.Channel == Channel && p.UpdateId == updateId, ct);

    private async Task<bool> IsProcessedInFreshScopeAsync(string updateId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await IsProcessedAsync(scope.ServiceProvider.GetRequiredService<ChatBotDb>(), updateId, ct);
    }

    /// <summary>The user blocked the bot or removed it from a group: stop pushing there until someone writes again.</summary>
    private async Task OnMemberChangedAsync(ChatMemberUpdated member, CancellationToken ct)
    {
        if (member.NewChatMember.Status is not (ChatMemberStatus.Kicked or ChatMemberStatus.Left)) return;
        var chatId = member.Chat.Id.ToString();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        var n = await db.ChatAccounts.Where(a => a.Channel == Channel && a.ChatId == chatId && a.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Active, false), ct);
        log.LogInformation("Telegram: chat {ChatId} đã chặn/rời bot; tắt {Count} tài khoản", chatId, n);
    }

    private static string DisplayName(User u) =>
        string.Join(' ', new[] { u.FirstName, u.LastName }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } name
            ? name
            : u.Username ?? u.Id.ToString();

    private static bool IsGroup(Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;
}
