using System.Text.Json;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Inbound;

/// <summary>How a polled update ended: handled (saved), or parked after failing again and again.</summary>
public enum DeliveryResult { Handled, Parked, Skipped }

/// <summary>
/// A polling loop's promise that an update is not confirmed to the platform before its effects are saved: the update
/// is handed to the pipeline until that succeeds, pausing longer after each failure (in real time); after
/// <see cref="InboundOptions.MaxAttempts"/> failures of its own (a bug it meets) it is parked (<see cref="ParkedUpdate"/>,
/// the sender and the ward's clerks told) so one poisonous update cannot stall everyone's. A failure of the database
/// or the disk (<see cref="StorageFailure"/>: full, read-only, locked, unreachable) is nobody's update's fault and
/// parking would need them too: such an update is retried until they are back, unconfirmed, so nothing is lost.
/// </summary>
public sealed class InboundRetry(
    IServiceScopeFactory scopes,
    OutboxSignal outbox,
    ReceiveStatus status,
    TimeProvider clock,
    IOptions<InboundOptions> options,
    ILogger<InboundRetry> log)
{
    /// <param name="message">The update in channel-neutral form (what is parked); null for an update without one
    /// (a chat closed), which is skipped with an error in the log after the attempts.</param>
    public async Task<DeliveryResult> DeliverAsync(string channel, string updateId, InboundMessage? message,
        Func<CancellationToken, Task> handle, CancellationToken ct)
    {
        var o = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            Exception failure;
            try
            {
                await handle(ct);
                return DeliveryResult.Handled;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                failure = e;
            }
            status.Retrying(channel, failure.Message);
            log.LogWarning(failure, "{Channel}: xử lý update {UpdateId} lỗi (lần {Attempt}); chưa xác nhận, sẽ thử lại", channel, updateId, attempt);
            // The database or the disk failing is not the update's fault, and parking needs them too: keep it unconfirmed
            // and try again until they are back. Only an update that fails on its own (a bug it meets) is parked.
            if (attempt >= o.MaxAttempts && StorageFailure.Describe(failure) is null)
            {
                if (message is null)
                {
                    log.LogError(failure, "{Channel}: update {UpdateId} (không phải tin nhắn) lỗi {Attempts} lần; bỏ qua", channel, updateId, attempt);
                    return DeliveryResult.Skipped;
                }
                try
                {
                    await ParkAsync(message, failure, attempt, ct);
                    return DeliveryResult.Parked;
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    log.LogError(e, "{Channel}: không lưu được update {UpdateId} vào hàng chờ xử lý lại; giữ lại và thử tiếp", channel, updateId);
                }
            }
            await Task.Delay(o.Backoff(attempt), ct);
        }
    }

    /// <summary>Keeps the message for a later retry, tells its sender and the clerks of the sender's ward, in one save.</summary>
    private async Task ParkAsync(InboundMessage m, Exception failure, int attempts, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        if (await db.ProcessedUpdates.AnyAsync(p => p.Channel == m.Channel && p.UpdateId == m.UpdateId, ct)) return; // a racing delivery did it
        if (await db.ParkedUpdates.AnyAsync(p => p.Channel == m.Channel && p.UpdateId == m.UpdateId, ct)) return; // parked before (a redelivery)
        db.ParkedUpdates.Add(new ParkedUpdate
        {
            Channel = m.Channel, UpdateId = m.UpdateId, ChatId = m.ChatId, Message = JsonSerializer.Serialize(m),
            Error = $"{failure.GetType().Name}: {failure.Message}" is var error && error.Length > 2000 ? error[..2000] : error, Attempts = attempts, ParkedAt = clock.GetUtcNow(),
        });
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        notifier.ToChat(m.Channel, m.ChatId, new Outgoing(Texts.SetAside));
        var sender = await db.ChatAccounts.AsNoTracking().Include(a => a.Official)
            .FirstOrDefaultAsync(a => a.Channel == m.Channel && a.UserId == m.UserId && a.ChatId == m.ChatId, ct);
        if (sender?.Official is { } official)
            await notifier.ToRolesAsync(official.WardId, new Outgoing(Texts.SetAsideForClerk(official.Name ?? m.DisplayName, m.Channel, m.Text, attempts)), ct, Role.Clerk);
        await db.SaveChangesAsync(ct);
        outbox.Notify();
        log.LogError(failure, "{Channel}: update {UpdateId} lỗi {Attempts} lần; đã lưu vào ParkedUpdates và báo Văn phòng", m.Channel, m.UpdateId, attempts);
    }
}
