using Microsoft.Extensions.Options;

namespace ChatBot.Channels.Zalo;

/// <summary>Long polling: removes any webhook, then asks getUpdates for one event at a time; 408 means nothing new.</summary>
public sealed class ZaloPolling(ZaloClient client, ZaloUpdateHandler handler, ZaloTokenGuard guard, IOptions<ZaloOptions> options,
    IHostApplicationLifetime lifetime, ILogger<ZaloPolling> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Hosted services start in registration order; wait for all of them (the database migrator included).
        if (!await ZaloStartup.HostStartedAsync(lifetime, stoppingToken)) return;
        var o = options.Value;
        var backoff = new ZaloBackoff(o.RetryBackoff);
        await ZaloStartup.UntilDoneAsync("deleteWebhook", async ct =>
        {
            var me = await client.GetMeAsync(ct);
            await client.DeleteWebhookAsync(ct);
            log.LogInformation("Zalo bot {Name} ({Id}) polling for updates", me.AccountName, me.Id);
        }, guard, log, backoff, stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var update in await client.GetUpdatesAsync(o.PollTimeoutSeconds, stoppingToken))
                    await HandleOneAsync(update, stoppingToken);
                guard.Worked();
                backoff.Reset();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ZaloApiException e)
            {
                if (e.IsTokenProblem) guard.Refused(e);
                else log.LogWarning("Zalo getUpdates failed, retrying: {Error}", e.Message);
                await backoff.WaitAsync(e.IsTokenProblem, stoppingToken);
            }
        }
    }

    private async Task HandleOneAsync(ZaloUpdate update, CancellationToken ct)
    {
        try
        {
            await handler.HandleAsync(update, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Zalo has no offset to re-ask for this event; log it and keep polling.
            log.LogError(e, "Zalo message {Id} could not be handled", update.Message?.MessageId);
        }
    }
}
