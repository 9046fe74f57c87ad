using Microsoft.Extensions.Options;

namespace ChatBot.Channels.Zalo;

/// <summary>Webhook mode: checks the token with getMe and registers the webhook URL and secret with setWebhook.</summary>
public sealed class ZaloStartup(ZaloClient client, ZaloTokenGuard guard, IOptions<ZaloOptions> options, IHostApplicationLifetime lifetime,
    ILogger<ZaloStartup> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await HostStartedAsync(lifetime, stoppingToken)) return;
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.WebhookUrl) || o.SecretToken is not { Length: >= 8 and <= 256 })
        {
            log.LogError("Zalo webhook mode needs Zalo:WebhookUrl (https) and Zalo:SecretToken (8–256 characters); webhook not registered.");
            return;
        }
        await UntilDoneAsync("setWebhook", async ct =>
        {
            var me = await client.GetMeAsync(ct);
            await client.SetWebhookAsync(o.WebhookUrl, o.SecretToken, ct);
            log.LogInformation("Zalo bot {Name} ({Id}) receives updates at {Url}", me.AccountName, me.Id, o.WebhookUrl);
        }, guard, log, new ZaloBackoff(o.RetryBackoff), stoppingToken);
    }

    /// <summary>Completes once every hosted service has started (false if the service stops first).</summary>
    internal static async Task<bool> HostStartedAsync(IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStart = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStop = ct.Register(() => started.TrySetCanceled(ct));
        try { await started.Task; return true; }
        catch (OperationCanceledException) { return false; }
    }

    /// <summary>Retries a start-up step with back-off until it works or the service stops.</summary>
    internal static async Task UntilDoneAsync(string what, Func<CancellationToken, Task> step, ZaloTokenGuard guard, ILogger log, ZaloBackoff backoff, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await step(ct);
                guard.Worked();
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (ZaloApiException e)
            {
                if (e.IsTokenProblem) guard.Refused(e);
                else log.LogWarning("Zalo start-up ({What}) failed, retrying: {Error}", what, e.Message);
                await backoff.WaitAsync(e.IsTokenProblem, ct);
            }
        }
    }
}
