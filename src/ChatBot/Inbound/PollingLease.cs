using ChatBot.Hosting;
using ChatBot.Storage;
using Microsoft.Extensions.Options;

namespace ChatBot.Inbound;

/// <summary>
/// Polling mode with several instances on one database: only the holder of the channel's lease polls (Telegram answers
/// 409 to a second getUpdates, and two pollers would race on the same updates). The holder renews it every third of
/// <see cref="InboundOptions.PollLeaseSeconds"/>; the others try to take it at the same pace, so when the holder dies
/// another polls within about one lease. Real time, not the business clock: it is about processes, not the ward's day.
/// </summary>
public sealed class PollingLease(
    IServiceScopeFactory scopes,
    Instance instance,
    ReceiveStatus status,
    IOptions<InboundOptions> options,
    ILogger<PollingLease> log)
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    public static string NameFor(string channel) => $"poll:{channel}";

    /// <summary>Runs <paramref name="poll"/> whenever this instance holds the lease; its token is cancelled when the lease
    /// is lost. Returns when <paramref name="poll"/> returns by itself (the channel gave up) or the host stops.</summary>
    public async Task RunAsync(string channel, Func<CancellationToken, Task> poll, CancellationToken stopping)
    {
        var name = NameFor(channel);
        var ttl = TimeSpan.FromSeconds(options.Value.PollLeaseSeconds);
        var every = ttl / 3;
        var waiting = false;
        while (!stopping.IsCancellationRequested)
        {
            DateTimeOffset until;
            try
            {
                var now = Clock.GetUtcNow();
                if (!await WithDb(db => db.TryAcquireAsync(name, instance.Id, ttl, now, stopping)))
                {
                    if (!waiting) log.LogInformation("{Channel}: một phiên bản khác đang nhận tin (lease {Lease}); chờ thay thế nếu nó dừng", channel, name);
                    waiting = true;
                    status.Standby(channel);
                    await Task.Delay(every, stopping);
                    continue;
                }
                until = now + ttl;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning("{Channel}: không lấy được lease {Lease} ({Error}); thử lại sau {Pause}", channel, name, e.Message, every);
                status.Failed(channel, e.Message);
                await Task.Delay(every, stopping);
                continue;
            }
            waiting = false;
            log.LogInformation("{Channel}: phiên bản này nhận tin (lease {Lease})", channel, name);
            using var held = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var renewing = RenewAsync(channel, name, ttl, until, held);
            var finished = false;
            try
            {
                await poll(held.Token);
                finished = true;
            }
            catch (OperationCanceledException) when (held.IsCancellationRequested)
            {
            }
            finally
            {
                await held.CancelAsync();
                await renewing;
            }
            if (finished || stopping.IsCancellationRequested)
            {
                await ReleaseAsync(name);
                return;
            }
            log.LogWarning("{Channel}: mất lease {Lease}; ngừng nhận tin ở phiên bản này", channel, name);
        }
    }

    /// <summary>Extends the lease every third of it; cancels the poll when another owner has it, or when it could not be
    /// renewed (database trouble) and is about to run out, since another instance may take it then.</summary>
    private async Task RenewAsync(string channel, string name, TimeSpan ttl, DateTimeOffset until, CancellationTokenSource held)
    {
        var every = ttl / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, held.Token);
                var now = Clock.GetUtcNow();
                try
                {
                    if (!await WithDb(db => db.RenewAsync(name, instance.Id, ttl, now, held.Token)))
                    {
                        await held.CancelAsync();
                        return;
                    }
                    until = now + ttl;
                }
                catch (Exception e) when (!held.IsCancellationRequested)
                {
                    log.LogWarning("{Channel}: không gia hạn được lease {Lease} ({Error})", channel, name, e.Message);
                    if (Clock.GetUtcNow() + every >= until)
                    {
                        await held.CancelAsync();
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReleaseAsync(string name)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await WithDb(async db => { await db.ReleaseAsync(name, instance.Id, Clock.GetUtcNow(), timeout.Token); return true; });
        }
        catch (Exception e)
        {
            log.LogDebug(e, "Không trả được lease {Lease}; nó sẽ tự hết hạn", name);
        }
    }

    private async Task<T> WithDb<T>(Func<ChatBotDb, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ChatBotDb>());
    }
}
