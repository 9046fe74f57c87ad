using ChatBot.Channels;
using ChatBot.Core.Conversation;
using ChatBot.Outbox;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Outbox;

/// <summary>Slots taken ahead (<c>Outbox:SendAhead</c>): the bot's second is used fully, and however the network delays
/// each request, the platform never sees more than the budget in any second.</summary>
public sealed class OutboxSendAheadTests
{
    private sealed class Channel : IChatChannel
    {
        public string Name => "telegram";
        public ChannelLimits Limits { get; } = new(4096, true, TimeSpan.FromSeconds(1), 30, 20);
        public Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken ct) => throw new NotSupportedException();
        public Task<byte[]> DownloadAsync(InboundFile file, long maxBytes, CancellationToken ct) => throw new NotSupportedException();
    }

    /// <summary>A dispatcher on simulated time: every 20 ms a pass takes slots for every chat that has a message left;
    /// its requests leave after the pass's database work (<paramref name="passWork"/> ms: claiming the rows), or at the
    /// ticket's NotBefore if later, reach the platform after a random delay and are answered after another. Returns the
    /// platform's arrival times (ms).</summary>
    private static List<double> Simulate(TimeSpan ahead, int seed, int chats = 80, int perChat = 11, double maxHop = 30, double passWork = 40)
    {
        var t0 = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(t0);
        var limiter = new OutboxRateLimiter(clock, Options.Create(new OutboxOptions()));
        var channel = new Channel();
        var random = new Random(seed);
        var left = Enumerable.Range(0, chats).ToDictionary(c => c.ToString(), _ => perChat);
        var busy = new HashSet<string>();
        var answers = new List<(double At, OutboxRateLimiter.Ticket Ticket, string Chat)>();
        var arrivals = new List<double>();
        for (var ms = 0.0; ms < 120_000 && (left.Values.Any(n => n > 0) || answers.Count > 0); ms += 1)
        {
            clock.SetUtcNow(t0.AddMilliseconds(ms));
            foreach (var a in answers.Where(a => a.At <= ms).ToList())
            {
                limiter.Complete(a.Ticket);
                busy.Remove(a.Chat);
                answers.Remove(a);
            }
            if (ms % 20 != 0) continue;
            foreach (var chat in left.Where(kv => kv.Value > 0 && !busy.Contains(kv.Key)).Select(kv => kv.Key).ToList())
            {
                if (!limiter.TryAcquire(channel, chat, out _, out var ticket, ahead)) continue;
                var start = Math.Max(ms + passWork, (ticket!.NotBefore - t0).TotalMilliseconds);
                var arrival = start + random.NextDouble() * maxHop;
                arrivals.Add(arrival);
                answers.Add((arrival + random.NextDouble() * maxHop, ticket, chat));
                busy.Add(chat);
                left[chat]--;
            }
        }
        arrivals.Sort();
        return arrivals;
    }

    private static int MostInOneSecond(List<double> sorted)
    {
        var most = 0;
        for (int i = 0, j = 0; i < sorted.Count; i++)
        {
            while (sorted[i] - sorted[j] >= 1000) j++;
            most = Math.Max(most, i - j + 1);
        }
        return most;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Slots_taken_ahead_never_put_more_than_the_budget_into_any_second_of_the_platform(int seed)
    {
        var arrivals = Simulate(TimeSpan.FromMilliseconds(200), seed);

        Assert.Equal(80 * 11, arrivals.Count);
        Assert.True(MostInOneSecond(arrivals) <= 30, $"{MostInOneSecond(arrivals)} requests reached the platform within one second");
    }

    [Fact]
    public void Taking_slots_ahead_uses_the_second_that_a_pass_every_20_ms_otherwise_loses()
    {
        var ahead = Simulate(TimeSpan.FromMilliseconds(200), 7);
        var now = Simulate(TimeSpan.Zero, 7);
        var rate = (List<double> a) => a.Count / ((a[^1] - a[0]) / 1000);

        Assert.True(MostInOneSecond(now) <= 30);
        // Slots dated by the answer cost a round trip per slot either way; the pass's own work before its requests leave
        // is what taking ahead saves.
        Assert.True(rate(ahead) > rate(now) + 0.5, $"ahead {rate(ahead):F2}/s, without {rate(now):F2}/s");
    }
}
