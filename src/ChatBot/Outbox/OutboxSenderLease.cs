using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Outbox;

/// <summary>This process as the outbox knows it: its name on leases and a fresh claim token per pass.</summary>
public sealed class OutboxInstance
{
    private long _pass;

    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Marks the rows one pass claims, so two passes (of this or another process) never send the same row.</summary>
    public string NextClaim() => $"{Id}#{Interlocked.Increment(ref _pass)}";

    private long _nextExpirySweep = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>True at most once per <paramref name="every"/>: whether this pass should look for expired messages.</summary>
    public bool TryStartExpirySweep(DateTimeOffset now, TimeSpan every)
    {
        var next = Interlocked.Read(ref _nextExpirySweep);
        return now.UtcTicks >= next && Interlocked.CompareExchange(ref _nextExpirySweep, (now + every).UtcTicks, next) == next;
    }
}

/// <summary>
/// One sender per channel across every instance on the database: the bot has one budget (≈30 msg/s, 1 msg/s per chat,
/// 20/min per group), and the simplest way to share it exactly is that one instance spends it. The role is a lease row in
/// <c>OutboxSenders</c>, taken with a conditional UPDATE (free or expired or already ours), renewed by the holder while
/// it runs (each pass, once a third of <c>Outbox:SenderLease</c> has passed) and handed back when it stops. When the
/// holder dies, another instance takes over once the lease lapses (≤ <c>SenderLease</c> + one poll interval).
/// </summary>
/// <remarks>The holder stops sending a second before its lease ends, so a successor never overlaps the last second of
/// its sends. Leases compare the instances' clocks: keep them synchronised (NTP), as for the row leases.</remarks>
public sealed class OutboxSenderLease(OutboxInstance instance, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxSenderLease> log)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _state = new();
    private readonly Dictionary<string, DateTimeOffset> _held = [];
    private readonly Dictionary<string, DateTimeOffset> _otherUntil = [];

    /// <summary>True when this instance may send for the channel now (taking or renewing the lease if needed).</summary>
    public async Task<bool> HoldAsync(ChatBotDb db, string channel, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            var lease = options.Value.SenderLease;
            bool held;
            lock (_state)
            {
                held = _held.TryGetValue(channel, out var until);
                if (held && until - now > lease * 2 / 3) return true;
                // Someone else holds it: no need to ask the database again before it could have lapsed.
                if (!held && _otherUntil.TryGetValue(channel, out var other) && other > now) return false;
            }

            var next = now + lease;
            var me = instance.Id;
            var taken = await db.OutboxSenders
                .Where(s => s.Channel == channel && (s.Owner == me || s.Until < now))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Owner, me).SetProperty(x => x.Until, next), ct) == 1
                || await InsertAsync(db, channel, now, next, ct);
            if (taken)
            {
                if (!held)
                {
                    await db.OutboxSenders.Where(s => s.Channel == channel && s.Owner == me)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.Since, now), ct);
                    log.LogInformation("Outbox: tiến trình này gửi tin cho kênh {Channel}", channel);
                }
                lock (_state)
                {
                    _held[channel] = next;
                    _otherUntil.Remove(channel);
                }
                return true;
            }
            if (held) log.LogWarning("Outbox: kênh {Channel} đã do tiến trình khác gửi", channel);
            var holder = await db.OutboxSenders.AsNoTracking().Where(s => s.Channel == channel).Select(s => (DateTimeOffset?)s.Until).FirstOrDefaultAsync(ct);
            // Ask again when the holder's lease would lapse, but at least once a poll interval (it may hand it back).
            var ask = holder is { } h && h - now < options.Value.PollInterval ? h : now + options.Value.PollInterval;
            lock (_state)
            {
                _held.Remove(channel);
                _otherUntil[channel] = ask;
            }
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Whether the lease is still safely ours for a send that starts now (checked again before each batch).</summary>
    public bool StillHolds(string channel)
    {
        lock (_state) return _held.TryGetValue(channel, out var until) && clock.GetUtcNow() + Guard < until;
    }

    /// <summary>How long until this instance should look at the lease again when it is not the sender.</summary>
    public TimeSpan? NextLook(string channel)
    {
        var now = clock.GetUtcNow();
        lock (_state) return _otherUntil.TryGetValue(channel, out var at) && at > now ? at - now : null;
    }

    /// <summary>Hands every lease of this instance back (on shutdown), so another instance takes over at once.</summary>
    public async Task ReleaseAsync(ChatBotDb db, CancellationToken ct)
    {
        var me = instance.Id;
        var now = clock.GetUtcNow();
        await db.OutboxSenders.Where(s => s.Owner == me).ExecuteUpdateAsync(s => s.SetProperty(x => x.Until, now.AddTicks(-1)), ct);
        lock (_state) _held.Clear();
    }

    private async Task<bool> InsertAsync(ChatBotDb db, string channel, DateTimeOffset now, DateTimeOffset until, CancellationToken ct)
    {
        if (await db.OutboxSenders.AsNoTracking().AnyAsync(s => s.Channel == channel, ct)) return false;
        var row = new OutboxSender { Channel = channel, Owner = instance.Id, Since = now, Until = until };
        db.OutboxSenders.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another instance inserted it first
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
