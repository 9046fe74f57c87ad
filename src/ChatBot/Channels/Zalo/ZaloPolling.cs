using ChatBot.Inbound;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.Zalo;

/// <summary>Long polling while this instance holds the polling lease: removes any webhook, then asks getUpdates for one
/// event at a time (408 means nothing new). Zalo has no offset — an event handed out is not handed out again — so the
/// next poll waits until the event in hand is saved or parked (<see cref="InboundRetry"/>): an outage of the database
/// keeps the following events on Zalo's side instead of fetching what cannot be stored.</summary>
public sealed class ZaloPolling(ZaloClient client, ZaloUpdateHandler handler, ZaloTokenGuard guard, InboundRetry retry, PollingLease lease,
    ReceiveStatus status, IOptions<ZaloOptions> options, IHostApplicationLifetime lifetime, ILogger<ZaloPolling> log)
    : BackgroundService
{
    private const string Channel = ZaloChannel.ChannelName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        status.Starting(Channel, "polling");
        // Hosted services start in registration order; wait for all of them (the database migrator included).
        if (!await ZaloStartup.HostStartedAsync(lifetime, stoppingToken)) return;
        try
        {
            await lease.RunAsync(Channel, PollAsync, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        var o = options.Value;
        var backoff = new ZaloBackoff(o.RetryBackoff);
        await ZaloStartup.UntilDoneAsync("deleteWebhook", async token =>
        {
            var me = await client.GetMeAsync(token);
            await client.DeleteWebhookAsync(token);
            log.LogInformation("Zalo bot {Name} ({Id}) polling for updates", me.AccountName, me.Id);
        }, guard, log, backoff, ct);

        while (true)
        {
            ct.ThrowIfCancellationRequested();
            IReadOnlyList<ZaloUpdate> updates;
            try
            {
                updates = await client.GetUpdatesAsync(o.PollTimeoutSeconds, ct);
                status.Polled(Channel);
                guard.Worked();
                backoff.Reset();
            }
            catch (ZaloApiException e) when (!ct.IsCancellationRequested)
            {
                if (e.IsTokenProblem) guard.Refused(e);
                else log.LogWarning("Zalo getUpdates failed, retrying: {Error}", e.Message);
                status.Failed(Channel, e.Message);
                await backoff.WaitAsync(e.IsTokenProblem, ct);
                continue;
            }
            foreach (var update in updates)
            {
                var inbound = ZaloUpdateHandler.ToInbound(update);
                await retry.DeliverAsync(Channel, inbound?.UpdateId ?? "?", inbound, token => handler.HandleAsync(update, token), ct);
            }
        }
    }
}
