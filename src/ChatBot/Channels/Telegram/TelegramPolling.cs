using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatBot.Channels.Telegram;

/// <summary>Long-polls getUpdates, hands each update to the handler, confirms it with the next offset; backs off after a failure.</summary>
internal sealed class TelegramPolling(
    ITelegramBotClient bot,
    TelegramStartup startup,
    TelegramUpdateHandler handler,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPolling> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            if (!await startup.InitializeAsync(ct)) return;
            // getUpdates does not work while a webhook is set (e.g. left over from a webhook deployment).
            await bot.DeleteWebhook(cancellationToken: ct);
            await PollAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        int? offset = null;
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, TelegramStartup.AllowedUpdates, ct);
                failures = 0;
                foreach (var update in updates)
                {
                    await HandleOneAsync(update, ct);
                    offset = update.Id + 1;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 401)
            {
                log.LogError("Telegram: token bị thu hồi ({Message}); dừng nhận tin", e.Message);
                return;
            }
            catch (Exception e)
            {
                failures++;
                var pause = TelegramStartup.Backoff(failures);
                log.LogWarning("Telegram: getUpdates lỗi ({Error}); thử lại sau {Pause}", e.Message, pause);
                await Task.Delay(pause, ct);
            }
        }
    }

    /// <summary>A failing update is logged and skipped, so one bad message cannot stall everyone's.</summary>
    private async Task HandleOneAsync(global::Telegram.Bot.Types.Update update, CancellationToken ct)
    {
        try
        {
            await handler.HandleAsync(update, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Telegram: xử lý update {UpdateId} lỗi; bỏ qua", update.Id);
        }
    }
}
