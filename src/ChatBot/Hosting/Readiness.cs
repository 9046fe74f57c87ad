using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using ChatBot.Channels;
using ChatBot.Inbound;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>Thresholds of <c>/readyz</c> (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>Free space the data folder's disk must keep (SQLite grows there; backups go there).</summary>
    [Range(0, 1_000_000, ErrorMessage = "Health:MinFreeDiskMegabytes phải từ 0 đến 1000000.")]
    public long MinFreeDiskMegabytes { get; set; } = 200;

    /// <summary>The oldest message still waiting in the outbox may be this old before the service reports not ready.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Health:MaxOutboxAge phải từ 00:00:01 đến 7.00:00:00.")]
    public TimeSpan MaxOutboxAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Polling mode: the last successful poll may be this old (a poll returns at least every PollTimeoutSeconds).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "Health:MaxPollSilence phải từ 00:00:05 đến 1.00:00:00.")]
    public TimeSpan MaxPollSilence { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>
/// <c>GET /readyz</c>: is this instance able to do its work now? 200 when every check passes, 503 otherwise, with
/// the detail as JSON: the database takes a real write (this instance's heartbeat row), the data folder's disk has
/// free space, the outbox's backlog and its oldest waiting message are within bounds, and each polling channel polled
/// recently (or stands by while another instance holds its lease). <c>/healthz</c> stays plain liveness.
/// </summary>
public static class Readiness
{
    public static async Task<IResult> Handle(ChatBotDb db, IEnumerable<IChatChannel> channels, ReceiveStatus receive, Instance me,
        TimeProvider clock, IConfiguration config, IOptions<HealthOptions> options, CancellationToken ct)
    {
        var o = options.Value;
        var database = await DatabaseAsync(db, me, ct);
        var disk = Disk(db, config, o);
        var outbox = await OutboxAsync(db, channels.Select(c => c.Name).ToList(), clock.GetUtcNow(), o, ct);
        var receiving = Channels(channels, receive, o);
        var ready = database.Ok && disk.Ok && outbox.Ok && receiving.Values.All(c => c.Ok);
        var body = new
        {
            status = ready ? "ready" : "not_ready",
            checks = new { database, disk, outbox, channels = receiving },
        };
        return Results.Json(body, statusCode: ready ? 200 : 503);
    }

    public sealed record DatabaseCheck(bool Ok, string Provider, long? WriteMs, string? Error);

    public sealed record DiskCheck(bool Ok, string? Path, long? FreeMegabytes, long MinFreeMegabytes, string? Error);

    public sealed record OutboxCheck(bool Ok, int? Pending, double? OldestPendingSeconds, double MaxAgeSeconds, string? Error);

    public sealed record ChannelCheck(bool Ok, string Mode, string State, DateTimeOffset? LastPollAt, double? LastPollSecondsAgo, string? LastError);

    private static async Task<DatabaseCheck> DatabaseAsync(ChatBotDb db, Instance me, CancellationToken ct)
    {
        var provider = db.Database.IsSqlite() ? "sqlite" : "postgres";
        var watch = Stopwatch.StartNew();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await db.BeatAsync(me, DateTimeOffset.UtcNow, timeout.Token);
            return new DatabaseCheck(true, provider, watch.ElapsedMilliseconds, null);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new DatabaseCheck(false, provider, null, StorageFailure.Describe(e) ?? e.Message);
        }
    }

    /// <summary>The disk of the SQLite file, or of the data folder with PostgreSQL (backups and logs live there).</summary>
    private static DiskCheck Disk(ChatBotDb db, IConfiguration config, HealthOptions o)
    {
        try
        {
            var folder = db.Database.IsSqlite() && new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { Length: > 0 } file
                && file != ":memory:"
                ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))!
                : DataDirectory.Resolve(config);
            var existing = folder;
            while (!System.IO.Directory.Exists(existing) && System.IO.Path.GetDirectoryName(existing) is { } parent) existing = parent;
            var free = new DriveInfo(existing).AvailableFreeSpace / (1024 * 1024);
            return new DiskCheck(free >= o.MinFreeDiskMegabytes, folder, free, o.MinFreeDiskMegabytes, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or ConfigurationException)
        {
            return new DiskCheck(false, null, null, o.MinFreeDiskMegabytes, e.Message);
        }
    }

    /// <summary>Messages waiting for a channel this instance sends on: how many, and how long the oldest has waited.</summary>
    private static async Task<OutboxCheck> OutboxAsync(ChatBotDb db, List<string> channels, DateTimeOffset now, HealthOptions o, CancellationToken ct)
    {
        try
        {
            var pending = db.Outbox.AsNoTracking().Where(m => m.State == OutboxState.Pending && channels.Contains(m.Channel));
            var count = await pending.CountAsync(ct);
            var oldest = count == 0 ? (DateTimeOffset?)null
                : await pending.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(ct);
            var age = oldest is { } at ? Math.Max(0, (now - at).TotalSeconds) : (double?)null;
            return new OutboxCheck(age is null || age <= o.MaxOutboxAge.TotalSeconds, count, age, o.MaxOutboxAge.TotalSeconds, null);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new OutboxCheck(false, null, null, o.MaxOutboxAge.TotalSeconds, StorageFailure.Describe(e) ?? e.Message);
        }
    }

    private static Dictionary<string, ChannelCheck> Channels(IEnumerable<IChatChannel> channels, ReceiveStatus receive, HealthOptions o)
    {
        var now = DateTimeOffset.UtcNow; // polls are timed in real time (ReceiveStatus)
        var result = new Dictionary<string, ChannelCheck>();
        foreach (var channel in channels)
        {
            if (!receive.Channels.TryGetValue(channel.Name, out var r))
            {
                // Webhook mode, or a channel that only sends here (the simulator): nothing is polled.
                result[channel.Name] = new ChannelCheck(true, channel.Name == "sim" ? "local" : "webhook", "receiving", null, null, null);
                continue;
            }
            var ago = r.LastPollAt is { } at ? (now - at).TotalSeconds : (double?)null;
            var ok = r.State switch
            {
                ReceiveState.Standby => true,
                ReceiveState.Stopped => false,
                _ => ago is not null && ago <= o.MaxPollSilence.TotalSeconds,
            };
            result[channel.Name] = new ChannelCheck(ok, r.Mode, r.State.ToString().ToLowerInvariant(), r.LastPollAt, ago, r.LastError);
        }
        return result;
    }
}
