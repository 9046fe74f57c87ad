using ChatBot.Inbound;
using ChatBot.Tests.Fakes;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Reliability;

/// <summary>Promise: with several instances on one database only one polls a platform (Telegram answers 409 to a second
/// getUpdates and two pollers would race on one update); when it stops, another takes over and nothing is lost.</summary>
public sealed class PollingLeaseTests
{
    private static ReceiveState State(ChatBotApp app) =>
        app.Services.GetRequiredService<ReceiveStatus>().Channels.TryGetValue("telegram", out var c) ? c.State : ReceiveState.Starting;

    [Fact]
    public async Task Two_instances_on_one_database_poll_one_at_a_time_and_the_other_takes_over_when_the_poller_stops()
    {
        await using var tg = await FakeTelegramServer.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"chatbot-lease-{Guid.NewGuid():N}.db");
        var settings = tg.AppSettings(new() { ["Outbox:Enabled"] = "false", ["Inbound:PollLeaseSeconds"] = "3", ["Telegram:PollTimeoutSeconds"] = "1" });
        var first = new ChatBotApp(file, settings);
        ChatBotApp? second = null;
        try
        {
            _ = first.Services;
            await Wait.UntilAsync(() => State(first), s => s == ReceiveState.Polling, TimeSpan.FromSeconds(30));
            second = new ChatBotApp(file, settings);
            _ = second.Services;
            await Wait.UntilAsync(() => State(second), s => s == ReceiveState.Standby, TimeSpan.FromSeconds(30));

            var sent = Enumerable.Range(1, 10).Select(i => tg.UserSends(100 + i, "/help")).ToList();
            await tg.WaitUntilConfirmed(sent[^1].UpdateId, TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(2)); // a couple of lease renewals: the standby must stay out
            Assert.Equal(ReceiveState.Standby, State(second));
            Assert.Equal(0, tg.PollConflicts);

            first.Dispose(); // a clean stop gives the lease up
            await Wait.UntilAsync(() => State(second), s => s == ReceiveState.Polling, TimeSpan.FromSeconds(30));
            var after = tg.UserSends(200, "/help");
            await tg.WaitUntilConfirmed(after.UpdateId, TimeSpan.FromSeconds(30));
            var processed = await second.WithDb(db => db.ProcessedUpdates.Select(p => p.UpdateId).ToListAsync());
            Assert.Equal(11, processed.Count);
            Assert.Equal(11, processed.Distinct().Count());
            Assert.Equal(0, tg.PollConflicts);
        }
        finally
        {
            first.Dispose();
            second?.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                try { File.Delete(file + suffix); } catch (IOException) { }
        }
    }
}
