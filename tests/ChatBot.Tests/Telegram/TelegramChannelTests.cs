using System.Net;
using System.Text;
using ChatBot.Channels;
using ChatBot.Channels.Telegram;
using ChatBot.Core.Conversation;
using ChatBot.Outbox;
using ChatBot.Tests.Fakes;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Telegram;

public sealed class TelegramPollingTests : IAsyncLifetime
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

    private Task<List<string>> ProcessedUpdateIds() =>
        _app.WithDb(db => db.ProcessedUpdates.Where(p => p.Channel == "telegram").Select(p => p.UpdateId).ToListAsync());

    [Fact]
    public async Task Polling_hands_a_users_message_to_the_conversation_and_confirms_it()
    {
        var sent = _tg.UserSends(111, "/viec");

        await _tg.WaitUntilConfirmed(sent.UpdateId);

        Assert.Contains(sent.UpdateId.ToString(), await ProcessedUpdateIds());
        // The conversation answered: an unlinked chat is told how to link.
        Assert.Contains("chưa được liên kết", Assert.Single(await _app.OutboxRowsAsync(), r => r.ChatId == "111").Text);
    }

    [Fact]
    public async Task At_start_the_bot_learns_its_name_drops_any_webhook_and_sets_the_vietnamese_command_menu()
    {
        await FakeTelegramServer.WaitUntil(() => _tg.Calls.Contains("getUpdates"));

        Assert.Equal(["viec", "quahan", "sapden", "tiendo", "capnhat", "giahan", "duyet", "tuchoi", "baocao", "bieudo", "kenh", "huy", "help", "start"],
            _tg.Commands.Select(c => c.Command));
        Assert.Contains(_tg.Commands, c => c.Command == "quahan" && c.Description.Contains("quá hạn"));
        Assert.Contains("deleteWebhook", _tg.Calls);
        var info = _app.Services.GetRequiredService<TelegramBotInfo>();
        Assert.Equal(_tg.BotUsername, info.Username);
        Assert.Equal($"https://t.me/{_tg.BotUsername}?start=ABC123", info.StartLink("ABC123"));
    }

    [Fact]
    public async Task Updates_are_handled_in_order_and_each_only_once()
    {
        await _app.SeedAccountAsync("telegram", "111");
        var ids = Enumerable.Range(1, 5).Select(i => _tg.UserSends(111, $"/sapden {i}").UpdateId).ToList();

        await _tg.WaitUntilConfirmed(ids[^1]);

        // Each update once, and the answers queued in the order the updates came (outbox ids grow with each save).
        Assert.Equal(ids.Select(i => i.ToString()).Order(), (await ProcessedUpdateIds()).Order());
        var answers = (await _app.OutboxRowsAsync()).Where(r => r.ChatId == "111").Select(r => r.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"✅ Việc đến hạn trong {i} ngày tới (01/06–0{1 + i}/06) — chưa gắn đơn vị: không có nhiệm vụ nào."), answers);
    }

    [Fact]
    public async Task A_button_press_is_answered_with_its_toast_so_the_users_spinner_stops()
    {
        await _app.SeedAccountAsync("telegram", "111");
        await _app.QueueAsync("telegram", "111", new Outgoing("#5 Báo cáo", [[new ChatButton("Xong", "done:5")]]));
        await _app.DeliverOutboxAsync();
        var message = Assert.Single(_tg.SentTo(111));

        var callbackId = _tg.UserPresses(111, message.MessageId, "done:5");

        await FakeTelegramServer.WaitUntil(() => _tg.CallbackAnswers.Any(a => a.Id == callbackId));
        // A button this bot never made: the toast says so (and the same words come as a message).
        Assert.Equal(Core.Conversation.Texts.ButtonGone, _tg.CallbackAnswers.Single(a => a.Id == callbackId).Text);
    }

    [Fact]
    public async Task A_long_html_answer_goes_out_as_numbered_parts_each_valid_html_within_the_limit()
    {
        var lines = Enumerable.Range(1, 120).Select(i => $"{i}. <b>#{i}</b> Rà soát hồ sơ &amp; <i>tổ dân phố {i}</i> — hạn 15/06/2026 &lt;gấp&gt;").ToList();
        // One bold block across every cut: a part must close it and the next reopen it.
        await _app.QueueAsync("telegram", "111", new Outgoing("<b>Danh sách\n" + string.Join("\n", lines) + "</b>"));
        await _app.DeliverOutboxAsync();

        var parts = _tg.SentTo(111);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.Null(Shared.TelegramHtml.Problem(p.Text!)));
        Assert.All(parts, p => Assert.True(p.Text!.Length <= TelegramChannel.MaxText));
        Assert.Equal(Enumerable.Range(1, parts.Count).Select(i => $"({i}/{parts.Count})"), parts.Select(p => p.Text!.Split('\n')[0]));
        var plain = parts.SelectMany(p => p.Text!.Split('\n').Skip(1)).Select(l => l.Replace("<b>", "").Replace("</b>", "")).ToList();
        Assert.Equal(["Danh sách", .. lines.Select(l => l.Replace("<b>", "").Replace("</b>", ""))], plain);
    }

    [Fact]
    public async Task A_user_who_blocks_the_bot_has_their_accounts_turned_off()
    {
        var account = await _app.SeedAccountAsync("telegram", "555");

        var update = _tg.UserBlocksBot(555);
        await _tg.WaitUntilConfirmed(update);

        Assert.False(await _app.WithDb(db => db.ChatAccounts.Where(a => a.Id == account.Id).Select(a => a.Active).SingleAsync()));
    }

    [Fact]
    public async Task A_document_the_user_sent_can_be_downloaded_through_the_channel()
    {
        var bytes = Encoding.UTF8.GetBytes("THÔNG BÁO KẾT LUẬN\n1. Phòng Kinh tế hoàn thành trước 15/6/2026.");
        var sent = _tg.UserSendsDocument(111, "thong-bao.txt", bytes, "text/plain", caption: "thông báo mới");
        await _tg.WaitUntilConfirmed(sent.UpdateId);
        var channel = _app.Services.GetServices<IChatChannel>().Single(c => c.Name == "telegram");

        var downloaded = await channel.DownloadAsync(new InboundFile(sent.FileId!, "thong-bao.txt", "text/plain", bytes.Length), 1024 * 1024, CancellationToken.None);

        Assert.Equal(bytes, downloaded);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_a_vietnamese_message()
    {
        var bytes = new byte[5000];
        var sent = _tg.UserSendsDocument(111, "lon.pdf", bytes, "application/pdf");
        var channel = _app.Services.GetServices<IChatChannel>().Single(c => c.Name == "telegram");

        var declared = await Assert.ThrowsAsync<ChannelFileException>(() =>
            channel.DownloadAsync(new InboundFile(sent.FileId!, "lon.pdf", "application/pdf", bytes.Length), 1000, CancellationToken.None));
        // A document whose size is unknown is checked while downloading.
        var streamed = await Assert.ThrowsAsync<ChannelFileException>(() =>
            channel.DownloadAsync(new InboundFile(sent.FileId!, "lon.pdf", "application/pdf", null), 1000, CancellationToken.None));

        Assert.Contains("quá lớn", declared.Message);
        Assert.Contains("quá lớn", streamed.Message);
    }

    [Fact]
    public async Task A_file_telegram_does_not_know_is_refused_with_a_vietnamese_message()
    {
        var channel = _app.Services.GetServices<IChatChannel>().Single(c => c.Name == "telegram");

        var error = await Assert.ThrowsAsync<ChannelFileException>(() =>
            channel.DownloadAsync(new InboundFile("nope", "x.pdf", null, null), 1000, CancellationToken.None));

        Assert.Contains("tệp", error.Message);
    }

    [Fact]
    public async Task Editing_a_message_can_remove_its_buttons()
    {
        await _app.QueueAsync("telegram", "111", new Outgoing("#5 Báo cáo", [[new ChatButton("Xong", "done:5")]]));
        await _app.DeliverOutboxAsync();
        var message = Assert.Single(_tg.SentTo(111));
        var editor = _app.Services.GetServices<IInteractiveChannel>().Single(c => c.Name == "telegram");

        Assert.True(await editor.EditMessageAsync("111", message.MessageId.ToString(), "#5 Báo cáo — <b>đã xong</b>", null, CancellationToken.None));

        var edited = Assert.Single(_tg.SentTo(111));
        Assert.Empty(edited.Buttons);
        Assert.Equal("#5 Báo cáo — <b>đã xong</b>", edited.Text);
        Assert.Equal(1, edited.EditCount);
    }
}

public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private const string Secret = "webhook_Secret-123";
    private FakeTelegramServer _tg = null!;
    private ChatBotApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _tg = await FakeTelegramServer.StartAsync();
        _app = new ChatBotApp(_tg.AppSettings(new()
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:SecretToken"] = Secret,
            ["Telegram:WebhookUrl"] = "https://ubnd.example.vn/telegram/webhook",
            ["Outbox:Enabled"] = "false",
        }));
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        _app.Dispose();
        await _tg.DisposeAsync();
    }

    private Task<HttpResponseMessage> Post(string body, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null) request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task At_start_the_webhook_is_registered_with_the_secret_and_the_update_types()
    {
        await FakeTelegramServer.WaitUntil(() => _tg.WebhookUrl is not null);

        Assert.Equal("https://ubnd.example.vn/telegram/webhook", _tg.WebhookUrl);
        Assert.Equal(Secret, _tg.WebhookSecret);
        Assert.Equal(["message", "callback_query", "my_chat_member"], _tg.WebhookAllowedUpdates);
        await FakeTelegramServer.WaitUntil(() => _tg.Commands.Count > 0);
        Assert.DoesNotContain("getUpdates", _tg.Calls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData("webhook_Secret-12")]
    public async Task A_call_without_the_right_secret_is_refused_and_not_handled(string? secret)
    {
        var response = await Post(FakeTelegramServer.UpdateJson(5001, 111, "/viec"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await _app.WithDb(db => db.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task A_call_with_the_right_secret_is_handled_and_a_redelivery_is_ignored()
    {
        var body = FakeTelegramServer.UpdateJson(5002, 111, "/viec");

        var first = await Post(body, Secret);
        var firstAt = await _app.WithDb(db => db.ProcessedUpdates.Select(p => p.At).SingleAsync());
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await Post(body, Secret);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var rows = await _app.WithDb(db => db.ProcessedUpdates.ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal(("telegram", "5002", firstAt), (row.Channel, row.UpdateId, row.At));
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        var response = await Post(new string(' ', TelegramWebhook.MaxBodyBytes + 10) + "{}", Secret);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_an_update_is_a_bad_request()
    {
        var response = await Post("{not json", Secret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class TelegramTokenTests
{
    [Fact]
    public async Task A_refused_token_turns_the_channel_off_without_stopping_the_service()
    {
        await using var tg = await FakeTelegramServer.StartAsync();
        tg.RejectToken = true;
        using var app = new ChatBotApp(tg.AppSettings(new() { ["Outbox:Enabled"] = "false" }));
        var client = app.CreateClient();
        var info = app.Services.GetRequiredService<TelegramBotInfo>();

        await FakeTelegramServer.WaitUntil(() => info.Disabled);
        await app.QueueAsync("telegram", "111", new Outgoing("xin chào"));
        await app.ProcessOutboxAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(["getMe"], tg.Calls);
        Assert.Equal(OutboxState.Pending, (await app.OutboxRowsAsync()).Single().State);
    }

    [Fact]
    public void Without_a_token_the_channel_is_off()
    {
        using var app = new ChatBotApp();

        Assert.DoesNotContain(app.Services.GetServices<IChatChannel>(), c => c.Name == "telegram");
    }
}
