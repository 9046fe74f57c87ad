using ChatBot.Channels;
using Microsoft.Extensions.Options;

namespace ChatBot.Outbox;

/// <summary>In-process send limits per channel: overall per second, per chat (small burst, then one per interval), per group per minute.
/// Each instance limits itself; the platform's 429 retry_after covers the rest.</summary>
public sealed class OutboxRateLimiter(TimeProvider clock, IOptions<OutboxOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _global = [];
    private readonly Dictionary<(string, string), Bucket> _chats = [];
    private readonly Dictionary<(string, string), Queue<DateTimeOffset>> _groups = [];

    private sealed class Bucket
    {
        public double Tokens;
        public DateTimeOffset At;
    }

    /// <summary>Takes one send slot for the chat if all limits allow it now; otherwise says how long to wait.</summary>
    public bool TryAcquire(IChatChannel channel, string chatId, out TimeSpan wait)
    {
        var limits = channel.Limits;
        var now = clock.GetUtcNow();
        var isGroup = channel.IsGroupChat(chatId);
        lock (_gate)
        {
            var global = Window(_global, channel.Name, now, TimeSpan.FromSeconds(1));
            var bucket = Refill(channel.Name, chatId, limits, now);
            var group = isGroup ? Window(_groups, (channel.Name, chatId), now, TimeSpan.FromMinutes(1)) : null;

            wait = TimeSpan.Zero;
            if (limits.GlobalPerSecond > 0 && global.Count >= limits.GlobalPerSecond)
                wait = Max(wait, global.Peek() + TimeSpan.FromSeconds(1) - now);
            if (bucket.Tokens < 1)
                wait = Max(wait, limits.PerChatInterval * (1 - bucket.Tokens));
            if (group is not null && limits.GroupPerMinute > 0 && group.Count >= limits.GroupPerMinute)
                wait = Max(wait, group.Peek() + TimeSpan.FromMinutes(1) - now);
            if (wait > TimeSpan.Zero) return false;

            global.Enqueue(now);
            bucket.Tokens -= 1;
            group?.Enqueue(now);
            if (_chats.Count > 10_000) Prune(now);
            return true;
        }
    }

    private Bucket Refill(string channel, string chatId, ChannelLimits limits, DateTimeOffset now)
    {
        var burst = Math.Max(1, options.Value.PerChatBurst);
        if (!_chats.TryGetValue((channel, chatId), out var b))
            _chats[(channel, chatId)] = b = new Bucket { Tokens = burst, At = now };
        if (limits.PerChatInterval <= TimeSpan.Zero) b.Tokens = burst;
        else if (now > b.At) b.Tokens = Math.Min(burst, b.Tokens + (now - b.At) / limits.PerChatInterval);
        b.At = now;
        return b;
    }

    private static Queue<DateTimeOffset> Window<TKey>(Dictionary<TKey, Queue<DateTimeOffset>> map, TKey key, DateTimeOffset now, TimeSpan span)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var q)) map[key] = q = new Queue<DateTimeOffset>();
        while (q.Count > 0 && q.Peek() <= now - span) q.Dequeue();
        return q;
    }

    // Forgets chats idle for a while so the maps do not grow forever.
    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _chats.Where(kv => now - kv.Value.At > TimeSpan.FromMinutes(5)).Select(kv => kv.Key).ToList())
            _chats.Remove(key);
        foreach (var key in _groups.Where(kv => kv.Value.Count == 0 || now - kv.Value.Last() > TimeSpan.FromMinutes(1)).Select(kv => kv.Key).ToList())
            _groups.Remove(key);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
