using ChatBot.Storage;

namespace ChatBot.Outbox;

/// <summary>Loops the outbox sweep: one DI scope per pass; between passes it sleeps as long as the pass said nothing
/// could go out (the limits' wait, the next retry, at most <c>Outbox:PollInterval</c>) or until woken; growing pauses
/// after failing passes. On shutdown it hands its sender leases back so another instance takes over at once.</summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<OutboxDispatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        // The migrator is a hosted service too: wait until every one has started.
        await WhenStarted(ct);
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            TimeSpan pause;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var pass = await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().PassAsync(ct);
                failures = 0;
                // Something went out: the chats' next rows may be due at once (a burst), so look again right away.
                if (pass.Sent > 0 || pass.Wait <= TimeSpan.Zero) continue;
                pause = pass.Wait;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                pause = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Min(failures, 9))));
                log.LogError(ex, "Outbox: lượt gửi lỗi (lần {Failures}); nghỉ {Pause}", failures, pause);
            }
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(ct);
            await Task.WhenAny(Task.Delay(pause, clock, wake.Token), signal.WaitAsync(wake.Token));
            await wake.CancelAsync();
        }
        await ReleaseAsync();
    }

    private async Task ReleaseAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await scope.ServiceProvider.GetRequiredService<OutboxSenderLease>()
                .ReleaseAsync(scope.ServiceProvider.GetRequiredService<ChatBotDb>(), timeout.Token);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Outbox: không trả được quyền gửi khi dừng (tiến trình khác sẽ nhận sau khi hết hạn)");
        }
    }

    private Task WhenStarted(CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(ct);
    }
}
