using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Hosting;

/// <summary>One row per running service instance, rewritten every few seconds: the scratch write of <c>/readyz</c>
/// (the database takes a real write) and how <c>restore</c> knows a service still uses the database.</summary>
public sealed class Heartbeat
{
    public required string Instance { get; set; }
    public required string Host { get; set; }
    public int ProcessId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset At { get; set; }
}

public static class Heartbeats
{
    /// <summary>How often a running service writes its heartbeat; a row older than <see cref="Stale"/> is a stopped one.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Stale = TimeSpan.FromSeconds(35);

    /// <summary>Writes this instance's row (update, or insert the first time): one small real write.</summary>
    public static async Task BeatAsync(this ChatBotDb db, Instance me, DateTimeOffset now, CancellationToken ct)
    {
        var updated = await db.Heartbeats.Where(h => h.Instance == me.Id).ExecuteUpdateAsync(s => s.SetProperty(h => h.At, now), ct);
        if (updated == 1) return;
        db.Heartbeats.Add(new Heartbeat { Instance = me.Id, Host = me.Host, ProcessId = me.ProcessId, StartedAt = me.StartedAt, At = now });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}

/// <summary>Writes the heartbeat every <see cref="Heartbeats.Every"/> while the service runs and removes it on a clean stop.</summary>
public sealed class HeartbeatService(IServiceScopeFactory scopes, Instance me, ILogger<HeartbeatService> log) : BackgroundService
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ChatBotDb>().BeatAsync(me, Clock.GetUtcNow(), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning("Không ghi được heartbeat vào cơ sở dữ liệu: {Error}", e.Message);
            }
            try { await Task.Delay(Heartbeats.Every, ct); } catch (OperationCanceledException) { return; }
        }
    }

    public override async Task StopAsync(CancellationToken ct)
    {
        await base.StopAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ChatBotDb>().Heartbeats.Where(h => h.Instance == me.Id).ExecuteDeleteAsync(ct);
        }
        catch (Exception e)
        {
            log.LogDebug(e, "Heartbeat không xóa được khi dừng");
        }
    }
}
