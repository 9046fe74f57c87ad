using ChatBot.Inbound;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatBot.Channels.Telegram;

/// <summary>Long-polls getUpdates while this instance holds the polling lease, hands each update to the handler and
/// confirms it (the next offset) only once it is saved or parked; backs off after a failed poll.</summary>
internal sealed class TelegramPolling(
    ITelegramBotClient bot,
    TelegramStartup startup,
    TelegramUpdateHandler handler,
    InboundRetry retry,
    PollingLease lease,
    ReceiveStatus status,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPolling> log) : BackgroundService
{
    private const string Channel = TelegramChannel.ChannelName;

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            status.Starting(Channel, "polling");
            if (!await startup.InitializeAsync(ct))
            {
                status.Stopped(Channel, "token bị từ chối");
                return;
            }
            await lease.RunAsync(Channel, PollAsync, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    /// <summary>Polls until the lease is lost (the token is cancelled) or the token is revoked (returns).</summary>
    private async Task PollAsync(CancellationToken ct)
    {
        // getUpdates does not work while a webhook is set (e.g. left over from a webhook deployment).
        await bot.DeleteWebhook(cancellationToken: ct);
        int? offset = null;
        var failures = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            global::Telegram.Bot.Types.Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, TelegramStartup.AllowedUpdates, ct);
                failures = 0;
                status.Polled(Channel);
            }
            catch (ApiRequestException e) when (e.ErrorCode == 401)
            {
                log.LogError("Telegram: token bị thu hồi ({Message}); dừng nhận tin", e.Message);
                status.Stopped(Channel, "token bị thu hồi");
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                failures++;
                var pause = TelegramStartup.Backoff(failures);
                status.Failed(Channel, e.Message);
                log.LogWarning("Telegram: getUpdates lỗi ({Error}); thử lại sau {Pause}", e.Message, pause);
                await Task.Delay(pause, ct);
                continue;
            }
            foreach (var update in updates)
            {
                // Not confirmed (the offset stays) until saved or parked: a crash now means Telegram sends it again.
                await retry.DeliverAsync(Channel, update.Id.ToString(), TelegramUpdateHandler.ToInbound(update),
                    token => handler.HandleAsync(update, token), ct);
                offset = update.Id + 1;
            }
        }
    }
}
