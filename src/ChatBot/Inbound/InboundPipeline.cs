using ChatBot.Conversation;
using ChatBot.Core.Conversation;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Inbound;

public enum InboundStatus
{
    /// <summary>Handled: its changes and answers are saved.</summary>
    Handled,
    /// <summary>Refused politely (unknown task, wrong code…): only the refusal was saved, nothing else changed.</summary>
    Refused,
    /// <summary>A redelivery of an update already handled (or handled by a racing delivery): nothing was done.</summary>
    Duplicate,
}

/// <summary>What a channel needs back at once: the status, and the short notice for a pressed button.</summary>
public sealed record InboundOutcome(InboundStatus Status, string? Toast = null)
{
    public static readonly InboundOutcome Duplicate = new(InboundStatus.Duplicate);
}

/// <summary>
/// The one inbound path of every channel (Telegram, Zalo, simulator): a DI scope per message, the processed-update record
/// (a redelivered or racing duplicate is done once), the conversation, one unit of work (the changes, the answers and
/// the processed record commit together or not at all) and the outbox wake-up.
/// </summary>
/// <remarks>A failure that is not the user's (database down, a bug) is thrown to the caller with nothing saved and the
/// update not marked processed, so the channel can have it delivered again (webhook: answer 500).</remarks>
public sealed class InboundPipeline(IServiceScopeFactory scopes, OutboxSignal outbox, TimeProvider time, ILogger<InboundPipeline> log)
{
    public async Task<InboundOutcome> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ChatBotDb>();
        // One connection for the message's reads and its save, given back when the scope ends (or, on SQLite, before its
        // save joins a batch): not one rented from the pool and returned per statement (measured, docs/BENCHMARKS.md,
        // status replies, session 22: the pool's lock and EF's per-open setup were ≈ 11 % of the service's CPU at 50
        // senders on SQLite).
        await db.Database.OpenConnectionAsync(ct);
        if (await services.GetRequiredService<InboundReads>().IsProcessedAsync(message, ct))
        {
            log.LogDebug("{Channel}: update {UpdateId} đã xử lý; bỏ qua", message.Channel, message.UpdateId);
            return InboundOutcome.Duplicate;
        }
        var unit = services.GetRequiredService<UnitOfWork>();
        var notifier = services.GetRequiredService<Notifier>();
        ChatReply reply;
        try
        {
            reply = await services.GetRequiredService<IConversation>().HandleAsync(message, ct);
            if (reply.Refused) await unit.DiscardAsync(ct);
            await CommitAsync(db, notifier, unit, message, reply, ct);
        }
        catch (DbUpdateException e)
        {
            await unit.DiscardAsync(ct);
            if (await IsProcessedInFreshScopeAsync(message, ct)) return InboundOutcome.Duplicate; // a racing delivery won
            if (e is not DbUpdateConcurrencyException) throw;
            log.LogInformation(e, "{Channel}: nhiệm vụ vừa bị thay đổi đồng thời (chat {Chat})", message.Channel, message.ChatId);
            reply = ChatReply.Refusal(Texts.ChangedMeanwhile);
            await CommitAsync(db, notifier, unit, message, reply, ct);
        }
        // The answer is in the outbox now: let the dispatcher send it without waiting a poll interval.
        outbox.Notify();
        return new InboundOutcome(reply.Refused ? InboundStatus.Refused : InboundStatus.Handled, reply.Toast(message.CallbackData is not null));
    }

    /// <summary>The user blocked the bot or it was removed from a group: stop pushing there until someone writes again.</summary>
    public async Task<int> ChatClosedAsync(string channel, string chatId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        var count = await db.ChatAccounts.Where(a => a.Channel == channel && a.ChatId == chatId && a.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Active, false), ct);
        log.LogInformation("{Channel}: chat {ChatId} đã chặn/rời bot; tắt {Count} tài khoản", channel, chatId, count);
        return count;
    }

    private async Task CommitAsync(ChatBotDb db, Notifier notifier, UnitOfWork unit, InboundMessage message, ChatReply reply, CancellationToken ct)
    {
        foreach (var m in reply.Messages) notifier.Reply(message.Channel, message.ChatId, m);
        db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = message.Channel, UpdateId = message.UpdateId, At = time.GetUtcNow() });
        await unit.CommitAsync(ct, shared: true);
    }

    private async Task<bool> IsProcessedInFreshScopeAsync(InboundMessage m, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await InboundReads.IsProcessedAsync(scope.ServiceProvider.GetRequiredService<ChatBotDb>(), m, ct);
    }
}
