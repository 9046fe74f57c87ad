using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChatBot.Channels.Zalo;
using ChatBot.Outbox;
using ChatBot.Tests.Fakes;
using ChatBot.Tests.Infrastructure;
using ChatBot.Tests.Zalo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Inbound;

/// <summary>The same three promises of the inbound pipeline, through each channel's own entry point:
/// a redelivery is handled once, a failure mid-conversation saves nothing (and the channel hears of it), the outbox is woken.</summary>
public abstract class ChannelInboundTests : IAsyncLifetime
{
    protected ChatBotApp App { get; set; } = null!;

    /// <summary>The services of the host that receives the deliveries.</summary>
    protected virtual IServiceProvider Services => App.Services;

    private ConversationFault Fault => Services.GetRequiredService<ConversationFault>();

    /// <summary>Delivers one message with the channel's own update id; returns the HTTP status the channel answered.</summary>
    protected abstract Task<HttpStatusCode> DeliverAsync(string updateId, string text);

    /// <summary>The chat the bot answers in.</summary>
    protected abstract string ChatId { get; }

    public abstract Task InitializeAsync();
    public abstract Task DisposeAsync();

    private Task<List<OutboxMessage>> RepliesAsync() =>
        App.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.ChatId == ChatId).OrderBy(o => o.Id).ToListAsync());

    [Fact]
    public async Task A_redelivered_update_is_answered_ok_and_handled_once()
    {
        var code = await App.InviteAsync();

        Assert.Equal(HttpStatusCode.OK, await DeliverAsync("9001", $"/start {code}"));
        Assert.Equal(HttpStatusCode.OK, await DeliverAsync("9001", $"/start {code}"));

        // Handled twice, the second would be refused: "Mã mời này đã được sử dụng".
        Assert.Contains("Đã liên kết", Assert.Single(await RepliesAsync()).Text);
        Assert.Equal((1, 1, 1, 1), await App.FootprintAsync());
    }

    [Fact]
    public async Task A_failure_mid_conversation_saves_nothing_and_the_update_can_come_again()
    {
        var code = await App.InviteAsync();
        Fault.Armed = true;

        Assert.Equal(HttpStatusCode.InternalServerError, await DeliverAsync("9002", $"/start {code}"));

        // The link was flushed inside the message's transaction, then rolled back: no official, the invite unused,
        // no answer queued, the update not marked processed.
        Assert.Equal((0, 0, 0, 0), await App.FootprintAsync());
        Fault.Armed = false;
        Assert.Equal(HttpStatusCode.OK, await DeliverAsync("9002", $"/start {code}"));
        Assert.Contains("Đã liên kết", Assert.Single(await RepliesAsync()).Text);
    }

    [Fact]
    public async Task Handling_a_message_wakes_the_outbox()
    {
        var woke = Services.GetRequiredService<OutboxSignal>().WaitAsync(CancellationToken.None);
        Assert.False(woke.IsCompleted);

        Assert.Equal(HttpStatusCode.OK, await DeliverAsync("9003", "/help"));

        await woke.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Single(await RepliesAsync());
    }
}

public sealed class TelegramInboundTests : ChannelInboundTests
{
    private FakeTelegramServer _tg = null!;
    private HttpClient _client = null!;

    protected override string ChatId => "111";

    public override async Task InitializeAsync()
    {
        _tg = await FakeTelegramServer.StartAsync();
        App = new ChatBotApp(_tg.AppSettings(new()
        {
            ["Telegram:Mode"] = "Webhook", ["Telegram:SecretToken"] = "secret_1", ["Telegram:WebhookUrl"] = "https://ubnd.example.vn/telegram/webhook", ["Outbox:Enabled"] = "false",
        })) { TestServices = s => s.AddConversationFault() };
        _client = App.CreateClient();
    }

    public override async Task DisposeAsync()
    {
        _client.Dispose();
        App.Dispose();
        await _tg.DisposeAsync();
    }

    protected override async Task<HttpStatusCode> DeliverAsync(string updateId, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(FakeTelegramServer.UpdateJson(long.Parse(updateId), 111, text), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "secret_1");
        return (await _client.SendAsync(request)).StatusCode;
    }
}

public sealed class ZaloInboundTests : ChannelInboundTests
{
    private ZaloHost _host = null!;

    protected override string ChatId => "u-77";

    protected override IServiceProvider Services => _host.Service.Services;

    public override async Task InitializeAsync()
    {
        _host = await ZaloHost.StartAsync(ZaloMode.Webhook, extra: new() { ["Outbox:Enabled"] = "false" }, services: s => s.AddConversationFault());
        App = _host.App;
    }

    public override async Task DisposeAsync() => await _host.DisposeAsync();

    protected override async Task<HttpStatusCode> DeliverAsync(string updateId, string text)
    {
        var evt = FakeZaloServer.Event(ZaloUpdateHandler.TextEvent, "u-77", "Trần An", null, false, m =>
        {
            m["message_id"] = updateId;
            m["text"] = text;
        });
        return (await FakeZaloServer.PushAsync(_host.CreateClient(), evt, ZaloHost.Secret)).StatusCode;
    }
}

public sealed class SimulatorInboundTests : ChannelInboundTests
{
    private HttpClient _client = null!;

    protected override string ChatId => "sim-test";

    public override Task InitializeAsync()
    {
        App = new ChatBotApp(new() { ["Outbox:Enabled"] = "false" }) { TestServices = s => s.AddConversationFault() };
        _client = App.CreateClient();
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        _client.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }

    protected override async Task<HttpStatusCode> DeliverAsync(string updateId, string text) =>
        (await _client.PostAsJsonAsync("/sim/api/chats/sim-test/send", new { text, id = updateId })).StatusCode;
}
