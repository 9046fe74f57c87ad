using Microsoft.Extensions.Options;

namespace ChatBot.Outbox;

/// <summary>Loops the outbox sweep: one DI scope per pass, a pause when idle, growing pauses after failures.</summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
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
                var sent = await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessDueAsync(ct);
                failures = 0;
                if (sent > 0) continue;
                pause = options.Value.PollInterval;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
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
    }

    private Task WhenStarted(CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(ct);
    }
}
