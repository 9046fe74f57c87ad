using ChatBot.Core.Directory;
using ChatBot.Outbox;
using ChatBot.Tests.Fakes;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Outbox;

/// <summary>The outbox's promises against the fake Telegram server: parts are messages, a 429 is a delay, failures are
/// classified, replies go first, chats are served round robin within the bot's budget.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private FakeTelegramServer _tg = null!;
    private ChatBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _tg = await FakeTelegramServer.StartAsync();
        _app = new ChatBotApp(_tg.AppSettings(new() { ["Outbox:Enabled"] = "false" }));
        _ = _app.Services;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _tg.DisposeAsync();
    }

    private static string LongText(int lines) =>
        string.Join('\n', Enumerable.Range(1, lines).Select(i => $"Dòng số {i:000}: nội dung công việc cần theo dõi <b>#{i}</b>"));

    private static string[] Heads(IEnumerable<BotMessage> messages) => messages.Select(m => m.Text!.Split('\n')[0]).ToArray();

    private async Task PassesAsync(int count)
    {
        for (var i = 0; i < count; i++) await _app.ProcessOutboxAsync();
    }

    [Fact]
    public async Task A_long_message_is_queued_as_parts_and_a_failing_part_never_resends_the_parts_before_it()
    {
        await _app.QueueAsync("telegram", "111", new Outgoing(LongText(500)));
        var rows = await _app.OutboxRowsAsync();
        var n = rows.Count;
        Assert.True(n >= 5, $"{n} parts");
        Assert.Single(rows.Select(r => r.MessageKey).Distinct());

        await PassesAsync(2);                      // parts 1 and 2 go out
        _tg.FailNext("sendMessage", 500);          // part 3 fails once
        await PassesAsync(1);
        Assert.Equal(2, _tg.SentTo(111).Count);
        var third = (await _app.OutboxRowsAsync())[2];
        Assert.Equal((OutboxState.Pending, 1, SendProblem.Transient), (third.State, third.Attempts, third.Problem));

        await _app.DeliverOutboxAsync(step: TimeSpan.FromSeconds(10));

        Assert.Equal(Enumerable.Range(1, n).Select(i => $"({i}/{n})"), Heads(_tg.SentTo(111)));
        Assert.All(await _app.OutboxRowsAsync(), r => Assert.Equal(OutboxState.Sent, r.State));
    }

    [Fact]
    public async Task Each_part_of_a_long_message_takes_its_own_send_slot()
    {
        await _app.QueueAsync("telegram", "111", new Outgoing(LongText(500)));

        await PassesAsync(10);                     // the clock stands still: only the chat's burst of 3 may go

        Assert.Equal(3, _tg.SentTo(111).Count);
        Assert.Equal(3, _tg.CallCount("sendMessage"));
    }

    [Fact]
    public async Task A_429_on_a_part_is_a_delay_for_that_chat_and_no_part_is_sent_twice()
    {
        await _app.QueueAsync("telegram", "111", new Outgoing(LongText(500)));
        await _app.QueueAsync("telegram", "222", new Outgoing("chat khác"));
        var n = (await _app.OutboxRowsAsync()).Count - 1;

        await PassesAsync(1);
        _tg.FailNext("sendMessage", 429, retryAfter: 30);
        await PassesAsync(1);                      // part 2 is refused: retry after 30 s
        var second = (await _app.OutboxRowsAsync())[1];
        Assert.Equal(OutboxState.Pending, second.State);
        Assert.Equal(0, second.Attempts);          // a delay, not an attempt
        Assert.Equal(SendProblem.RateLimited, second.Problem);
        Assert.Equal(_app.Clock.GetUtcNow().AddSeconds(30), second.NextAttemptAt);

        _app.Clock.Advance(TimeSpan.FromSeconds(29));
        await PassesAsync(5);
        Assert.Single(_tg.SentTo(111));            // the chat waits as a whole…
        Assert.Single(_tg.SentTo(222));            // …other chats do not

        await _app.DeliverOutboxAsync();
        Assert.Equal(Enumerable.Range(1, n).Select(i => $"({i}/{n})"), Heads(_tg.SentTo(111)));
    }

    [Theory]
    [InlineData(404, "Not Found", SendProblem.MethodNotFound)]
    [InlineData(400, "Bad Request: chat not found", SendProblem.ChatNotFound)]
    [InlineData(403, "Forbidden: bot was kicked from the group chat", SendProblem.Blocked)]
    [InlineData(400, "Bad Request: can't parse entities", SendProblem.Rejected)]
    public async Task A_permanent_refusal_is_classified_and_not_retried(int code, string description, SendProblem problem)
    {
        _tg.FailNext("sendMessage", code, description: description);
        await _app.QueueAsync("telegram", "111", new Outgoing("một"));

        await _app.DeliverOutboxAsync();
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await PassesAsync(3);

        var row = (await _app.OutboxRowsAsync())[0];
        Assert.Equal(OutboxState.Failed, row.State);
        Assert.Equal(problem, row.Problem);
        Assert.Contains(description, row.LastError);
        Assert.NotNull(row.FailedAt);
        Assert.Equal(1, _tg.CallCount("sendMessage"));
    }

    [Fact]
    public async Task A_server_error_is_transient_and_a_404_does_not_block_the_chat()
    {
        _tg.FailNext("sendMessage", 404, description: "Not Found");
        await _app.QueueAsync("telegram", "111", new Outgoing("một"));
        await _app.QueueAsync("telegram", "111", new Outgoing("hai"));

        await PassesAsync(2);                      // no clock step: a retried 404 would hold "hai" back for seconds

        Assert.Equal(["hai"], _tg.SentTo(111).Select(m => m.Text));
    }

    [Fact]
    public async Task A_reply_to_the_chat_that_wrote_goes_before_the_pushes_waiting_for_it_and_replies_keep_their_order()
    {
        foreach (var i in Enumerable.Range(1, 6)) await _app.QueueAsync("telegram", "111", new Outgoing($"nhiệm vụ {i}"));
        await _app.WithDb(async db =>
        {
            var notifier = new Notifier(db, _app.Clock);
            notifier.Reply("telegram", "111", new Outgoing("đã ghi nhận 1"));
            notifier.Reply("telegram", "111", new Outgoing("đã ghi nhận 2"));
            await db.SaveChangesAsync();
        });

        await _app.DeliverOutboxAsync();

        Assert.Equal(["đã ghi nhận 1", "đã ghi nhận 2", "nhiệm vụ 1", "nhiệm vụ 2", "nhiệm vụ 3", "nhiệm vụ 4", "nhiệm vụ 5", "nhiệm vụ 6"],
            _tg.SentTo(111).Select(m => m.Text));
    }

    [Fact]
    public async Task A_push_in_parts_once_begun_finishes_before_a_later_reply()
    {
        await _app.QueueAsync("telegram", "111", new Outgoing(LongText(500)));
        var n = (await _app.OutboxRowsAsync()).Count;
        await PassesAsync(1);
        await _app.WithDb(async db =>
        {
            new Notifier(db, _app.Clock).Reply("telegram", "111", new Outgoing("đã ghi nhận"));
            await db.SaveChangesAsync();
        });

        await _app.DeliverOutboxAsync();

        var texts = _tg.SentTo(111).Select(m => m.Text!).ToList();
        Assert.Equal(n + 1, texts.Count);
        Assert.Equal("đã ghi nhận", texts[^1]);
    }

    [Fact]
    public async Task Chats_are_served_round_robin_so_every_chat_gets_its_first_message_within_chats_over_the_rate()
    {
        // 90 chats × 3 messages, queued chat by chat (the worst order for "oldest first"); the bot may send 30 a second.
        const int chats = 90;
        await _app.WithDb(async db =>
        {
            var notifier = new Notifier(db, _app.Clock);
            for (var c = 1; c <= chats; c++)
                for (var i = 1; i <= 3; i++) notifier.ToChat("telegram", (1000 + c).ToString(), new Outgoing($"tin {i}"));
            await db.SaveChangesAsync();
        });
        var start = _app.Clock.GetUtcNow();
        var firstToAll = (TimeSpan?)null;

        for (var step = 0; step < 100 && _tg.AllSent.Count < chats * 3; step++)
        {
            await PassesAsync(3);
            if (firstToAll is null && _tg.AllSent.Select(m => m.ChatId).Distinct().Count() == chats) firstToAll = _app.Clock.GetUtcNow() - start;
            _app.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var sent = _tg.AllSent;
        Assert.Equal(chats * 3, sent.Count);
        Assert.Equal(chats, sent.Take(chats).Select(m => m.ChatId).Distinct().Count());   // every chat once before any twice
        Assert.NotNull(firstToAll);
        Assert.True(firstToAll <= TimeSpan.FromSeconds(chats / 30), $"first message to every chat after {firstToAll}");
        Assert.All(sent.GroupBy(m => m.ChatId), g => Assert.Equal(["tin 1", "tin 2", "tin 3"], g.Select(m => m.Text)));
    }

    [Fact]
    public async Task Import_and_assign_reports_every_message_it_queued()
    {
        var ward = new TestWard(_app);
        await ward.SeedAsync(import: false);
        var before = await _app.WithDb(db => db.Outbox.CountAsync());

        var queued = await ward.ImportAsync(TestWard.Notice, assign: true);

        var rows = await _app.WithDb(db => db.Outbox.CountAsync());
        Assert.Equal(rows - before, queued);
        // Two units, one linked official each: a header and a card per task (3 + 2), not "2 chats".
        Assert.Equal(1 + 3 + 1 + 2, queued);
    }
}

/// <summary>The bot's budget is a setting (<c>Telegram:MaxPerSecond</c>) and is the whole bot's, not each instance's.</summary>
public sealed class OutboxBudgetTests
{
    private static async Task QueueChatsAsync(ChatBotApp app, int chats)
    {
        await app.WithDb(async db =>
        {
            var notifier = new Notifier(db, app.Clock);
            for (var c = 1; c <= chats; c++) notifier.ToChat("telegram", (2000 + c).ToString(), new Outgoing($"tin cho {c}"));
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Telegram_MaxPerSecond_caps_what_one_second_sends()
    {
        await using var tg = await FakeTelegramServer.StartAsync();
        using var app = new ChatBotApp(tg.AppSettings(new() { ["Outbox:Enabled"] = "false", ["Telegram:MaxPerSecond"] = "7" }));
        await QueueChatsAsync(app, 20);

        for (var i = 0; i < 5; i++) await app.ProcessOutboxAsync();
        Assert.Equal(7, tg.AllSent.Count);

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 5; i++) await app.ProcessOutboxAsync();
        Assert.Equal(14, tg.AllSent.Count);
    }

    /// <summary>Passes with the bot's second spent (a burst of replies wakes the dispatcher once per message) send nothing
    /// and read nothing of the backlog: the heads of the chats' queues are read again only once a slot comes within reach.</summary>
    [Fact]
    public async Task A_pass_with_the_bots_second_spent_does_not_read_the_backlog()
    {
        await using var tg = await FakeTelegramServer.StartAsync();
        var log = new CapturingLoggerProvider();
        using var app = new ChatBotApp(tg.AppSettings(new()
        {
            ["Outbox:Enabled"] = "false", ["Telegram:MaxPerSecond"] = "7",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
        })) { TestServices = s => s.AddSingleton<ILoggerProvider>(log) };
        await QueueChatsAsync(app, 20);
        int HeadReads() => log.Lines.Count(l => l.Category == "Microsoft.EntityFrameworkCore.Database.Command"
                                                 && l.Message.Contains("FROM \"Outbox\"") && l.Message.Contains("NOT EXISTS"));

        await app.ProcessOutboxAsync();
        Assert.Equal(7, tg.AllSent.Count);
        var reads = HeadReads();
        Assert.True(reads > 0);

        for (var i = 0; i < 5; i++) Assert.Equal(0, await app.ProcessOutboxAsync());
        Assert.Equal(reads, HeadReads());

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(7, await app.ProcessOutboxAsync());
        Assert.Equal(14, tg.AllSent.Count);
        Assert.True(HeadReads() > reads);
    }

    [Fact]
    public async Task Two_instances_on_one_database_share_one_budget_and_the_second_takes_over_when_the_first_dies()
    {
        await using var tg = await FakeTelegramServer.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"chatbot-two-{Guid.NewGuid():N}.db");
        var settings = tg.AppSettings(new() { ["Outbox:Enabled"] = "false", ["Outbox:SenderLease"] = "00:00:10" });
        try
        {
            using var b = new ChatBotApp(path, settings);
            _ = b.Services;
            using (var a = new ChatBotApp(path, settings))
            {
                await QueueChatsAsync(a, 100);
                for (var second = 0; second < 2; second++)
                {
                    for (var i = 0; i < 3; i++)
                    {
                        await a.ProcessOutboxAsync();
                        Assert.Equal(0, await b.ProcessOutboxAsync());   // not the sender: spends nothing
                    }
                    Assert.Equal(30 * (second + 1), tg.AllSent.Count);   // 30 a second for the bot, not 60
                    a.Clock.Advance(TimeSpan.FromSeconds(1));
                    b.Clock.Advance(TimeSpan.FromSeconds(1));
                }
                // a dies here without handing its lease back (no dispatcher to release it)
            }

            b.Clock.Advance(TimeSpan.FromSeconds(5));
            Assert.Equal(0, await b.ProcessOutboxAsync());               // a's lease still runs
            b.Clock.Advance(TimeSpan.FromSeconds(4));
            await b.DeliverOutboxAsync();

            Assert.Equal(100, tg.AllSent.Count);
            Assert.Equal(100, tg.AllSent.Select(m => m.ChatId).Distinct().Count());
            var sender = await b.WithDb(db => db.OutboxSenders.AsNoTracking().SingleAsync());
            Assert.Equal(b.Services.GetRequiredService<OutboxInstance>().Id, sender.Owner);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                try { File.Delete(path + suffix); } catch (IOException) { }
        }
    }
}

/// <summary>A sender that stops hands its turn back, so another instance sends at once instead of after the lease.</summary>
public sealed class OutboxSenderHandOverTests
{
    [Fact]
    public async Task A_stopping_sender_hands_its_lease_back_and_the_next_instance_sends_at_once()
    {
        await using var tg = await FakeTelegramServer.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"chatbot-handover-{Guid.NewGuid():N}.db");
        try
        {
            using var b = new ChatBotApp(path, tg.AppSettings(new() { ["Outbox:Enabled"] = "false" }));
            _ = b.Services;
            await b.QueueAsync("telegram", "111", new Outgoing("từ a"));
            using (var a = new ChatBotApp(path, tg.AppSettings()))   // a runs the real dispatcher: its first pass sends
            {
                _ = a.Services;
                await tg.WaitForMessages(111, 1);
                Assert.Equal(0, await b.ProcessOutboxAsync());         // a is the sender
            }                                                          // a stops: its dispatcher hands the lease back

            await b.QueueAsync("telegram", "222", new Outgoing("từ b"));
            b.Clock.Advance(TimeSpan.FromSeconds(1));                  // b looks at the lease again once a poll interval…
            Assert.Equal(1, await b.ProcessOutboxAsync());             // …and need not wait for the 10 s lease to lapse
            Assert.Equal(["từ b"], tg.SentTo(222).Select(m => m.Text));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                try { File.Delete(path + suffix); } catch (IOException) { }
        }
    }
}

/// <summary>A message nobody could deliver is given up after <c>Outbox:MaxAge</c>, never silently.</summary>
public sealed class OutboxExpiryTests : IAsyncLifetime
{
    private FakeTelegramServer _tg = null!;
    private ChatBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _tg = await FakeTelegramServer.StartAsync();
        _app = new ChatBotApp(_tg.AppSettings(new() { ["Outbox:Enabled"] = "false", ["Outbox:MaxAge"] = "01:00:00" }));
        _ = _app.Services;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _tg.DisposeAsync();
    }

    [Fact]
    public async Task A_message_still_failing_after_max_age_is_expired_and_the_clerk_is_told_on_another_chat()
    {
        await _app.SeedAccountAsync("telegram", "555");
        await _app.SeedAccountAsync("telegram", "900", role: Role.Clerk);
        _tg.FailNext("sendMessage", 502, count: 1000);
        await _app.QueueAsync("telegram", "555", new Outgoing("nhiệm vụ mới"));

        for (var i = 0; i < 6; i++)                // 50 minutes of errors: still pending, still tried
        {
            await _app.ProcessOutboxAsync();
            _app.Clock.Advance(TimeSpan.FromMinutes(10));
        }
        Assert.Equal(OutboxState.Pending, (await _app.OutboxRowsAsync())[0].State);

        _app.Clock.Advance(TimeSpan.FromMinutes(11));
        _tg.ClearFaults();
        await _app.DeliverOutboxAsync();

        var rows = await _app.OutboxRowsAsync();
        Assert.Equal((OutboxState.Expired, SendProblem.Expired), (rows[0].State, rows[0].Problem));
        Assert.Empty(_tg.SentTo(555));
        var report = Assert.Single(_tg.SentTo(900));
        Assert.Contains("không gửi được", report.Text);
        Assert.Contains("Chuyên viên 555", report.Text);
        Assert.Contains("1 tin", report.Text);

        await using var scope = _app.Services.CreateAsyncScope();
        var health = await scope.ServiceProvider.GetRequiredService<OutboxHealth>().ReadAsync(default);
        Assert.Equal((0, 1, 1), (health.Pending, health.ExpiredLastDay, health.Expired));
    }

    [Fact]
    public async Task A_message_younger_than_max_age_is_not_expired()
    {
        await _app.QueueAsync("zalo", "abc", new Outgoing("cho Zalo"));   // a channel this service does not run
        _app.Clock.Advance(TimeSpan.FromMinutes(59));

        await _app.ProcessOutboxAsync();

        Assert.Equal(OutboxState.Pending, (await _app.OutboxRowsAsync())[0].State);
    }
}
