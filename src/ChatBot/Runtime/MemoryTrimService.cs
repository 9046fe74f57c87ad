using ChatBot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Runtime;

/// <summary>What the trim has done so far in this process (read by tests and nothing else).</summary>
public sealed class MemoryTrimState
{
    private int _runs;
    public int Runs => Volatile.Read(ref _runs);
    public TrimResult? Last { get; private set; }

    internal void Record(TrimResult result)
    {
        Last = result;
        Interlocked.Increment(ref _runs);
    }
}

/// <summary>
/// Runs <see cref="HeapTrim"/> (unless <see cref="MemoryTrimOptions.CompactHeap"/> is false), then <see cref="MappedFileTrim"/>,
/// once <see cref="MemoryTrimOptions.TrimAfterStart"/> after the host has started
/// (migrations, the demo ward, the first EF Core queries and the JIT have touched code they will not use again), then
/// every <see cref="MemoryTrimOptions.TrimIdleEvery"/> if the process used at most <see cref="QuietCpuShare"/> of one
/// core over that span. Registered by the service host only: the CLI's verbs never run it.
/// </summary>
public sealed class MemoryTrimService(IOptions<MemoryTrimOptions> options, IHostApplicationLifetime lifetime, MemoryTrimState state,
    ILogger<MemoryTrimService> log) : BackgroundService
{
    /// <summary>An idle service (the outbox pass each second, the heartbeat) uses ≈ 1–2 % of a core; a chat burst, a
    /// fan-out or a report far more.</summary>
    public const double QuietCpuShare = 0.05;

    private static readonly TimeProvider Clock = TimeProvider.System; // real time: a trim is about the process, not the ward's clock

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!MappedFileTrim.Supported) return;
        try
        {
            await WhenStarted(ct);
            await Task.Delay(o.TrimAfterStart, Clock, ct);
            if (!Run(first: true)) return;
            if (o.TrimIdleEvery <= TimeSpan.Zero) return;
            var cpu = Environment.CpuUsage.TotalTime;
            while (true)
            {
                await Task.Delay(o.TrimIdleEvery, Clock, ct);
                var used = Environment.CpuUsage.TotalTime - cpu;
                cpu = Environment.CpuUsage.TotalTime;
                if (used.TotalSeconds <= QuietCpuShare * o.TrimIdleEvery.TotalSeconds && !Run(first: false)) return;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    private Task WhenStarted(CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(ct);
    }

    /// <summary>One trim; false when the kernel refuses every call (no MADV_PAGEOUT): then it is not tried again.</summary>
    private bool Run(bool first)
    {
        TrimResult r;
        try
        {
            var before = MappedFileTrim.ResidentKb();
            var compact = options.Value.CompactHeap;
            if (compact) HeapTrim.Compact();
            r = MappedFileTrim.Trim() with { RssBeforeKb = before, HeapCompacted = compact };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            log.LogDebug(e, "Không trả lại được bộ nhớ của các tệp đã nạp");
            return false;
        }
        state.Record(r);
        var level = first ? LogLevel.Information : LogLevel.Debug;
        log.Log(level, "Trả lại bộ nhớ heap trống và mã đã nạp từ tệp ({Mappings} vùng): bộ nhớ thường trú {Before} → {After} MB (tắt bằng Memory:TrimMappedFiles=false)",
            r.Mappings, r.RssBeforeKb / 1024, r.RssAfterKb / 1024);
        return r.Mappings > 0 || r.Failed == 0;
    }
}

public static class MemoryTrimSetup
{
    /// <summary>The service host's trim of mapped code (<see cref="MemoryTrimOptions"/>); nothing when turned off.</summary>
    public static IServiceCollection AddMemoryTrim(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<MemoryTrimOptions>(MemoryTrimOptions.Section);
        services.AddSingleton<MemoryTrimState>();
        if (config.ReadValidated<MemoryTrimOptions>(MemoryTrimOptions.Section).TrimMappedFiles)
            services.AddHostedService<MemoryTrimService>();
        return services;
    }
}
