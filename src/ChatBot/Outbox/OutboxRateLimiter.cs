using ChatBot.Channels;
using Microsoft.Extensions.Options;

namespace ChatBot.Outbox;

/// <summary>The bot's send budget per channel: overall per second, per chat (small burst, then one per interval), per group
/// per minute. Only the instance holding the channel's sender lease sends (<see cref="OutboxSenderLease"/>), so this one
/// in-memory budget is the bot's whole budget, however many instances run.</summary>
/// <remarks>
/// A send is counted from when it is taken until it has been answered: its slot in the one-second (one-minute) window is
/// dated by the answer, and the chat's refill only starts then. The platform sees the request somewhere between the two,
/// so however the network delays vary, it never sees more than the limit in any window — at the price of the round trip
/// (30 per 1 s + latency; with a 50 ms round trip ≈ 28.6/s). A slot may be taken a little ahead
/// (<c>Outbox:SendAhead</c>): the ticket then says when its request may leave (<see cref="Ticket.NotBefore"/>), the
/// instant the slot frees, so the pass's database work happens while the window is still full.
/// </remarks>
public sealed class OutboxRateLimiter(TimeProvider clock, IOptions<OutboxOptions> options)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Stamp>> _global = [];
    private readonly Dictionary<(string, string), Bucket> _chats = [];
    private readonly Dictionary<(string, string), List<Stamp>> _groups = [];
    private readonly Dictionary<string, DateTimeOffset> _pausedUntil = [];
    private readonly Dictionary<string, (string Chat, DateTimeOffset At)> _last429 = [];

    /// <summary>One send's place in the windows; null time while the send is in flight (it counts, and never expires).</summary>
    internal sealed class Stamp
    {
        public DateTimeOffset? At;
    }

    private sealed class Bucket
    {
        public double Tokens;
        public DateTimeOffset At;
        public DateTimeOffset LastServed;
    }

    /// <summary>A taken send slot: <see cref="Complete"/> it when the platform answered, <see cref="Cancel"/> it if nothing was sent.</summary>
    public sealed class Ticket
    {
        internal Ticket(string channel, (string, string) chat, Stamp global, Stamp? group, DateTimeOffset previousServed, DateTimeOffset notBefore)
        {
            NotBefore = notBefore;
            Channel = channel;
            Chat = chat;
            Global = global;
            Group = group;
            PreviousServed = previousServed;
        }

        internal string Channel { get; }
        internal (string, string) Chat { get; }
        internal Stamp Global { get; }
        internal Stamp? Group { get; }
        internal DateTimeOffset PreviousServed { get; }

        /// <summary>The request must not leave before this instant (the slot it takes frees then).</summary>
        public DateTimeOffset NotBefore { get; }
    }

    /// <summary>Takes one send slot for the chat if all limits allow it now, or within <paramref name="ahead"/> (the
    /// ticket's <see cref="Ticket.NotBefore"/>); otherwise says how long to wait.</summary>
    public bool TryAcquire(IChatChannel channel, string chatId, out TimeSpan wait, out Ticket? ticket, TimeSpan ahead = default)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            wait = WaitLocked(channel, chatId, now, out var global, out var bucket, out var group);
            ticket = null;
            if (wait > ahead) return false;
            var stamp = new Stamp();
            global.Add(stamp);
            bucket.Tokens -= 1;
            var previous = bucket.LastServed;
            bucket.LastServed = now;
            Stamp? groupStamp = null;
            if (group is not null) group.Add(groupStamp = new Stamp());
            ticket = new Ticket(channel.Name, (channel.Name, chatId), stamp, groupStamp, previous, now + wait);
            if (_chats.Count > 10_000) Prune(now);
            return true;
        }
    }

    /// <summary>How long until the chat could be sent to (zero: now), without taking anything.</summary>
    public TimeSpan Wait(IChatChannel channel, string chatId)
    {
        lock (_gate) return WaitLocked(channel, chatId, clock.GetUtcNow(), out _, out _, out _);
    }

    /// <summary>How long until the channel's overall budget (or a bot-wide pause) lets anything out.</summary>
    public TimeSpan ChannelWait(IChatChannel channel)
    {
        var now = clock.GetUtcNow();
        lock (_gate) return ChannelWaitLocked(channel, now, out _);
    }

    /// <summary>The platform answered (whatever it said): the slot now dates from this moment.</summary>
    public void Complete(Ticket ticket)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            ticket.Global.At = now;
            if (ticket.Group is not null) ticket.Group.At = now;
            // The chat's refill starts when the answer came, not when the request left: what would have refilled while
            // the request was on its way is not counted.
            if (_chats.TryGetValue(ticket.Chat, out var b) && b.At < now) b.At = now;
        }
    }

    /// <summary>Nothing was sent with this slot (another pass had claimed the row): give it back.</summary>
    public void Cancel(Ticket ticket)
    {
        lock (_gate)
        {
            if (_global.TryGetValue(ticket.Channel, out var g)) g.Remove(ticket.Global);
            if (ticket.Group is not null && _groups.TryGetValue(ticket.Chat, out var q)) q.Remove(ticket.Group);
            if (_chats.TryGetValue(ticket.Chat, out var b))
            {
                b.Tokens = Math.Min(Burst, b.Tokens + 1);
                b.LastServed = ticket.PreviousServed;
            }
        }
    }

    /// <summary>When this process last sent to the chat (MinValue if not lately): chats served longest ago go first.</summary>
    public DateTimeOffset LastServed(string channel, string chatId)
    {
        lock (_gate) return _chats.TryGetValue((channel, chatId), out var b) ? b.LastServed : DateTimeOffset.MinValue;
    }

    /// <summary>A 429 for a chat. When a second chat of the same channel gets one within a second, the platform is limiting
    /// the bot as a whole, not a chat: the channel pauses until <paramref name="until"/>. Returns true when it paused.</summary>
    public bool RateLimited(string channel, string chatId, DateTimeOffset until)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var botWide = _last429.TryGetValue(channel, out var last) && last.Chat != chatId && now - last.At < Second;
            _last429[channel] = (chatId, now);
            if (!botWide) return false;
            if (!_pausedUntil.TryGetValue(channel, out var paused) || paused < until) _pausedUntil[channel] = until;
            return true;
        }
    }

    private int Burst => Math.Max(1, options.Value.PerChatBurst);

    private TimeSpan WaitLocked(IChatChannel channel, string chatId, DateTimeOffset now,
        out List<Stamp> global, out Bucket bucket, out List<Stamp>? group)
    {
        var limits = channel.Limits;
        var wait = ChannelWaitLocked(channel, now, out global);
        bucket = BucketOf(channel.Name, chatId, limits, now);
        group = channel.IsGroupChat(chatId) ? Window(_groups, (channel.Name, chatId), now, Minute) : null;
        if (bucket.Tokens < 1)
            wait = Max(wait, limits.PerChatInterval * (1 - bucket.Tokens));
        if (group is not null && limits.GroupPerMinute > 0 && group.Count >= limits.GroupPerMinute)
            wait = Max(wait, Expiry(group, now, Minute, group.Count - limits.GroupPerMinute + 1));
        return wait;
    }

    private TimeSpan ChannelWaitLocked(IChatChannel channel, DateTimeOffset now, out List<Stamp> global)
    {
        global = Window(_global, channel.Name, now, Second);
        var wait = TimeSpan.Zero;
        if (_pausedUntil.TryGetValue(channel.Name, out var paused) && paused > now) wait = paused - now;
        var perSecond = channel.Limits.GlobalPerSecond;
        if (perSecond > 0 && global.Count >= perSecond) wait = Max(wait, Expiry(global, now, Second, global.Count - perSecond + 1));
        return wait;
    }

    /// <summary>When <paramref name="leaving"/> answered sends have left the window (1 when the window is just full;
    /// more when slots were taken ahead). Sends still in flight free their place a span after they are answered: when
    /// too few are answered, wait a span (the pass ends long before, and the next one asks again).</summary>
    private static TimeSpan Expiry(List<Stamp> window, DateTimeOffset now, TimeSpan span, int leaving)
    {
        var answered = window.Where(s => s.At is not null).Select(s => s.At!.Value).Order().ToList();
        var free = (answered.Count >= leaving ? answered[leaving - 1] : now) + span - now;
        return free > TimeSpan.Zero ? free : TimeSpan.FromMilliseconds(1);
    }

    private Bucket BucketOf(string channel, string chatId, ChannelLimits limits, DateTimeOffset now)
    {
        if (!_chats.TryGetValue((channel, chatId), out var b))
            _chats[(channel, chatId)] = b = new Bucket { Tokens = Burst, At = now, LastServed = DateTimeOffset.MinValue };
        if (limits.PerChatInterval <= TimeSpan.Zero) b.Tokens = Burst;
        else Refill(b, limits.PerChatInterval, now);
        return b;
    }

    private void Refill(Bucket b, TimeSpan interval, DateTimeOffset now)
    {
        if (now <= b.At) return;
        b.Tokens = Math.Min(Burst, b.Tokens + (now - b.At) / interval);
        b.At = now;
    }

    private static List<Stamp> Window<TKey>(Dictionary<TKey, List<Stamp>> map, TKey key, DateTimeOffset now, TimeSpan span)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.RemoveAll(s => s.At is { } at && at <= now - span);
        return list;
    }

    // Forgets chats idle for a while so the maps do not grow forever.
    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _chats.Where(kv => now - kv.Value.At > TimeSpan.FromMinutes(5)).Select(kv => kv.Key).ToList())
            _chats.Remove(key);
        foreach (var key in _groups.Where(kv => kv.Value.Count == 0).Select(kv => kv.Key).ToList())
            _groups.Remove(key);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
