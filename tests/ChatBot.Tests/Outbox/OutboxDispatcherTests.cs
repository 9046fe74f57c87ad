using System.Text.Json;
using ChatBot.Core.Conversation;
using ChatBot.Outbox;
using ChatBot.Tests.Fakes;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Tests.Outbox;

public sealed class OutboxDispatcherTests : IAsyncLifetime
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

    private static string[] Texts(IEnumerable<BotMessage> messages) => messages.Select(m => m.Text ?? "").ToArray();

    [Fact]
    public async Task Each_chat_gets_its_messages_in_the_order_they_were_queued()
    {
        foreach (var i in Enumerable.Range(1, 5)) await _app.QueueAsync("telegram", "111", new Outgoing($"A{i}"));
        foreach (var i in Enumerable.Range(1, 3)) await _app.QueueAsync("telegram", "222", new Outgoing($"B{i}"));

        Assert.Equal(8, await _app.DeliverOutboxAsync());

        Assert.Equal(["A1", "A2", "A3", "A4", "A5"], Texts(_tg.SentTo(111)));
        Assert.Equal(["B1", "B2", "B3"], Texts(_tg.SentTo(222)));
        var rows = await _app.OutboxRowsAsync();
        Assert.All(rows, r =>
        {
            Assert.Equal(OutboxState.Sent, r.State);
            Assert.NotNull(r.SentAt);
            Assert.Null(r.LeaseOwner);
        });
        Assert.Equal(_tg.SentTo(111).Select(m => m.MessageId.ToString()), rows.Where(r => r.ChatId == "111").Select(r => r.PlatformMessageId));
    }

    [Fact]
    public async Task A_chat_gets_a_short_burst_then_one_message_per_second()
    {
        foreach (var i in Enumerable.Range(1, 5)) await _app.QueueAsync("telegram", "111", new Outgoing($"A{i}"));

        for (var pass = 0; pass < 10; pass++) await _app.ProcessOutboxAsync();
        Assert.Equal(3, _tg.SentTo(111).Count);

        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        for (var pass = 0; pass < 10; pass++) await _app.ProcessOutboxAsync();
        Assert.Equal(4, _tg.SentTo(111).Count);
    }

    [Fact]
    public async Task A_group_chat_gets_at_most_twenty_messages_a_minute()
    {
        foreach (var i in Enumerable.Range(1, 25)) await _app.QueueAsync("telegram", "-100777", new Outgoing($"G{i}"));

        for (var second = 0; second < 50; second++)
        {
            await _app.ProcessOutboxAsync();
            _app.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.Equal(20, _tg.SentTo(-100777).Count);

        await _app.DeliverOutboxAsync();
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"G{i}"), Texts(_tg.SentTo(-100777)));
    }

    [Fact]
    public async Task A_429_retry_after_makes_the_whole_chat_wait_and_loses_nothing()
    {
        _tg.FailNext("sendMessage", 429, retryAfter: 7);
        await _app.QueueAsync("telegram", "111", new Outgoing("một"));
        await _app.QueueAsync("telegram", "111", new Outgoing("hai"));

        await _app.ProcessOutboxAsync();
        await _app.QueueAsync("telegram", "222", new Outgoing("khác"));
        var first = (await _app.OutboxRowsAsync())[0];
        Assert.Equal(OutboxState.Pending, first.State);
        Assert.Equal(_app.Clock.GetUtcNow().AddSeconds(7), first.NextAttemptAt);
        Assert.Contains("retry after 7", first.LastError);

        _app.Clock.Advance(TimeSpan.FromSeconds(5));
        for (var pass = 0; pass < 5; pass++) await _app.ProcessOutboxAsync();
        Assert.Empty(_tg.SentTo(111));
        Assert.Single(_tg.SentTo(222));

        _app.Clock.Advance(TimeSpan.FromSeconds(2));
        await _app.DeliverOutboxAsync();
        Assert.Equal(["một", "hai"], Texts(_tg.SentTo(111)));
    }

    [Fact]
    public async Task A_server_error_is_retried_with_growing_delays_until_it_goes_through()
    {
        _tg.FailNext("sendMessage", 500, count: 2);
        await _app.QueueAsync("telegram", "111", new Outgoing("xin chào"));

        await _app.ProcessOutboxAsync();
        var row = (await _app.OutboxRowsAsync())[0];
        Assert.Equal(1, row.Attempts);
        Assert.Equal(OutboxState.Pending, row.State);
        var firstDelay = row.NextAttemptAt - _app.Clock.GetUtcNow();
        Assert.InRange(firstDelay, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6));

        _app.Clock.Advance(firstDelay);
        await _app.ProcessOutboxAsync();
        row = (await _app.OutboxRowsAsync())[0];
        Assert.Equal(2, row.Attempts);
        Assert.InRange(row.NextAttemptAt - _app.Clock.GetUtcNow(), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(12));

        await _app.DeliverOutboxAsync();
        Assert.Equal(["xin chào"], Texts(_tg.SentTo(111)));
        Assert.Equal(OutboxState.Sent, (await _app.OutboxRowsAsync())[0].State);
    }

    [Fact]
    public async Task A_long_outage_never_gives_up_on_a_message_before_its_max_age()
    {
        // 30 server errors in a row (the old ceiling was 10): with delays capped at RetryMaxDelay (10 min) that is hours.
        _tg.FailNext("sendMessage", 502, count: 30);
        await _app.QueueAsync("telegram", "111", new Outgoing("xin chào"));

        await _app.DeliverOutboxAsync(step: TimeSpan.FromMinutes(10), maxSteps: 1000);

        var row = (await _app.OutboxRowsAsync())[0];
        Assert.Equal(OutboxState.Sent, row.State);
        Assert.Equal(31, row.Attempts);
        Assert.Null(row.Problem);
        Assert.Equal(["xin chào"], Texts(_tg.SentTo(111)));
    }

    [Fact]
    public async Task A_403_marks_the_chats_accounts_inactive_and_stops_sending_there()
    {
        var account = await _app.SeedAccountAsync("telegram", "555");
        _tg.UserBlocksBot(555);
        await _app.QueueAsync("telegram", "555", new Outgoing("một"));
        await _app.QueueAsync("telegram", "555", new Outgoing("hai"));

        await _app.DeliverOutboxAsync();

        Assert.Empty(_tg.SentTo(555));
        Assert.Equal(1, _tg.CallCount("sendMessage"));
        var rows = await _app.OutboxRowsAsync();
        Assert.All(rows, r => Assert.Equal(OutboxState.Failed, r.State));
        Assert.Contains("blocked", rows[0].LastError);
        Assert.False(await _app.WithDb(db => db.ChatAccounts.Where(a => a.Id == account.Id).Select(a => a.Active).SingleAsync()));
    }

    [Fact]
    public async Task A_message_the_platform_rejects_fails_with_the_reason_and_the_chat_moves_on()
    {
        var tooLongData = new string('x', 80);
        await _app.QueueAsync("telegram", "111", new Outgoing("nút hỏng", [[new ChatButton("Xong", tooLongData)]]));
        await _app.QueueAsync("telegram", "111", new Outgoing("tiếp theo"));

        await _app.DeliverOutboxAsync();

        var rows = await _app.OutboxRowsAsync();
        Assert.Equal(OutboxState.Failed, rows[0].State);
        Assert.Contains("BUTTON_DATA_INVALID", rows[0].LastError);
        Assert.Equal(["tiếp theo"], Texts(_tg.SentTo(111)));
    }

    [Fact]
    public async Task Rows_for_a_channel_this_service_does_not_run_stay_pending()
    {
        await _app.QueueAsync("zalo", "abc", new Outgoing("cho Zalo"));

        await _app.DeliverOutboxAsync();

        var row = (await _app.OutboxRowsAsync())[0];
        Assert.Equal(OutboxState.Pending, row.State);
        Assert.Equal(0, row.Attempts);
    }

    [Fact]
    public async Task Two_sweeps_at_once_never_send_the_same_row_twice()
    {
        foreach (var chat in Enumerable.Range(1, 20)) await _app.QueueAsync("telegram", chat.ToString(), new Outgoing($"tin {chat}"));

        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(_app.ProcessOutboxAsync)));

        Assert.Equal(20, sent.Sum());
        Assert.Equal(20, _tg.AllSent.Count);
        Assert.Equal(20, _tg.AllSent.Select(m => m.ChatId).Distinct().Count());
    }

    [Fact]
    public async Task Buttons_reply_and_html_reach_telegram_as_an_inline_keyboard_and_a_reply()
    {
        var question = _tg.UserSends(111, "#12 xong");
        await _app.QueueAsync("telegram", "111", new Outgoing("<b>#12</b> đã xong",
            [[new ChatButton("Xong", "done:12"), new ChatButton("Gia hạn", "ext:12")], [new ChatButton("Chi tiết", "view:12")]],
            TaskId: 12, ReplyToMessageId: question.MessageId.ToString()));

        await _app.DeliverOutboxAsync();

        // The user's own message also reaches the conversation (an unlinked chat gets its hint); pick ours.
        var m = Assert.Single(_tg.SentTo(111), x => x.Text == "<b>#12</b> đã xong");
        Assert.Equal("HTML", m.ParseMode, ignoreCase: true);
        Assert.Equal(question.MessageId, m.ReplyToMessageId);
        Assert.Equal([[new FakeButton("Xong", "done:12"), new FakeButton("Gia hạn", "ext:12")], [new FakeButton("Chi tiết", "view:12")]],
            m.Buttons.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public async Task A_reply_to_a_message_that_is_gone_is_still_sent()
    {
        await _app.QueueAsync("telegram", "111", new Outgoing("trả lời", ReplyToMessageId: "99999"));

        await _app.DeliverOutboxAsync();

        Assert.Equal(["trả lời"], Texts(_tg.SentTo(111)));
    }

    [Fact]
    public async Task Text_longer_than_telegram_allows_is_split_at_lines_not_cut()
    {
        var lines = Enumerable.Range(1, 300).Select(i => $"Dòng số {i:000}: nội dung công việc cần theo dõi").ToList();
        var text = string.Join('\n', lines);
        Assert.True(text.Length > 4096);
        await _app.QueueAsync("telegram", "111", new Outgoing(text, [[new ChatButton("Xong", "done:1")]]));

        await _app.DeliverOutboxAsync();

        var parts = _tg.SentTo(111);
        Assert.True(parts.Count >= 2);
        Assert.All(parts, p => Assert.True(p.Text!.Length <= 4096));
        Assert.Equal(Enumerable.Range(1, parts.Count).Select(i => $"({i}/{parts.Count})"), parts.Select(p => p.Text!.Split('\n')[0]));
        Assert.Equal(lines, parts.SelectMany(p => p.Text!.Split('\n').Skip(1)));
        Assert.Empty(parts[0].Buttons);
        Assert.NotEmpty(parts[^1].Buttons);
        // Each part is its own outbox row, recorded with the message the platform made of it.
        var rows = await _app.OutboxRowsAsync();
        Assert.Equal(parts.Select(p => p.MessageId.ToString()), rows.Select(r => r.PlatformMessageId));
        Assert.Equal(Enumerable.Range(1, parts.Count), rows.Select(r => r.Part));
        Assert.All(rows, r => Assert.Equal(parts.Count, r.Parts));
    }

    [Fact]
    public async Task An_attachment_is_sent_as_a_document_with_its_name_and_caption()
    {
        var bytes = "PK\u0003\u0004 báo cáo"u8.ToArray();
        await _app.QueueAsync("telegram", "111", new Outgoing("Báo cáo tuần") { Attachment = bytes, AttachmentName = "baocao.xlsx", AttachmentKind = "document" });
        await _app.QueueAsync("telegram", "111", new Outgoing("Biểu đồ") { Attachment = [1, 2, 3], AttachmentName = "bieudo.png", AttachmentKind = "photo" });

        await _app.DeliverOutboxAsync();

        var sent = _tg.SentTo(111);
        Assert.True(sent.Count == 2, string.Join(" | ", (await _app.OutboxRowsAsync()).Select(r => r.LastError)));
        Assert.Equal("document", sent[0].Kind);
        Assert.Equal("baocao.xlsx", sent[0].FileName);
        Assert.Equal(bytes, sent[0].FileBytes);
        Assert.Equal("Báo cáo tuần", sent[0].Text);
        Assert.Equal("photo", sent[1].Kind);
    }

    [Fact]
    public void Buttons_are_stored_as_rows_of_text_and_data()
    {
        // The channel reads what Notifier wrote: System.Text.Json default naming of Core's ChatButton.
        var json = JsonSerializer.Serialize(new List<List<ChatButton>> { new() { new("Xong", "done:1") } });
        Assert.Equal("""[[{"Text":"Xong","Data":"done:1"}]]""", json);
    }
}
