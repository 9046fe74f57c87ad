using ChatBot.Outbox;
using ChatBot.Tests.Fakes;
using ChatBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ChatBot.Tests.Outbox;

public sealed class OutboxRestartTests
{
    [Fact]
    public async Task Messages_queued_before_a_restart_are_sent_by_the_next_process_in_order()
    {
        await using var tg = await FakeTelegramServer.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"chatbot-restart-{Guid.NewGuid():N}.db");
        try
        {
            using (var first = new ChatBotApp(path, tg.AppSettings(new() { ["Outbox:Enabled"] = "false" })))
            {
                await first.QueueAsync("telegram", "111", new Outgoing("trước khi tắt 1"));
                await first.QueueAsync("telegram", "111", new Outgoing("trước khi tắt 2"));
            }
            Assert.Empty(tg.AllSent);

            using var second = new ChatBotApp(path, tg.AppSettings());
            _ = second.Services;
            var sent = await tg.WaitForMessages(111, 2);

            Assert.Equal(["trước khi tắt 1", "trước khi tắt 2"], sent.Select(m => m.Text));
            await FakeTelegramServer.WaitUntil(() => second.OutboxRowsAsync().Result.All(r => r.State == OutboxState.Sent));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                try { File.Delete(path + suffix); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task The_background_dispatcher_sends_a_reply_right_after_a_user_writes()
    {
        await using var tg = await FakeTelegramServer.StartAsync();
        using var app = new ChatBotApp(tg.AppSettings());
        _ = app.Services;
        await app.QueueAsync("telegram", "111", new Outgoing("đã xếp hàng"));

        // The clock is frozen: only the wake-up after an inbound update gets this out without advancing it.
        tg.UserSends(111, "/help");
        await tg.WaitForMessages(111, 1);
    }
}
