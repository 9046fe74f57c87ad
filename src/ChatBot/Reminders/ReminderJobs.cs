using Quartz;

namespace ChatBot.Reminders;

/// <summary>Every few minutes in the day: one sweep over every ward.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderSweepJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAllWardsAsync(ct);
    }
}

/// <summary>07:30 each day: the morning digest for every ward (skipped on days off).</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DigestService>().RunAllWardsAsync(ct);
    }
}
