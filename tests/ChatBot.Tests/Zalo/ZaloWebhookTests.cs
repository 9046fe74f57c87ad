using System.Net;
using ChatBot.Channels.Zalo;
using ChatBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Tests.Zalo;

public sealed class ZaloWebhookTests
{
    [Fact]
    public async Task Webhook_mode_registers_the_url_and_secret_at_start_and_never_polls()
    {
        await using var host = await ZaloHost.StartAsync(ZaloMode.Webhook);
        await host.Zalo.WaitForCall("setWebhook");

        Assert.Equal("https://chatbot.phuong.test/zalo/webhook", host.Zalo.WebhookUrl);
        Assert.Equal(ZaloHost.Secret, host.Zalo.WebhookSecret);
        Assert.DoesNotContain("getUpdates", host.Zalo.Calls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret-value")]
    [InlineData("ward-webhook-secret-4")]
    public async Task A_push_without_the_right_secret_is_refused_with_401_and_changes_nothing(string? secret)
    {
        await using var host = await ZaloHost.StartAsync(ZaloMode.Webhook);
        var evt = FakeZaloServer.Event("message.text.received", "u-1", null, null, false, m => m["text"] = "/start ABC123");

        var response = await FakeZaloServer.PushAsync(host.CreateClient(), evt, secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await host.WithDb(db => db.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task A_push_with_the_right_secret_is_handled_and_answered_200()
    {
        await using var host = await ZaloHost.StartAsync(ZaloMode.Webhook);
        await host.Zalo.WaitForCall("setWebhook");

        var id = await host.Zalo.UserSends("u-2", "#12 da xong", "Trần Thị Bình");

        Assert.Equal(200, host.Zalo.LastWebhookStatus);
        Assert.True(await host.WithDb(db => db.ProcessedUpdates.AnyAsync(p => p.Channel == "zalo" && p.UpdateId == id)));
        Assert.Contains("chưa được liên kết", (await host.WithDb(db => db.Outbox.SingleAsync(m => m.ChatId == "u-2"))).Text);
    }

    [Fact]
    public async Task A_repeated_push_of_the_same_event_is_answered_200_and_handled_once()
    {
        await using var host = await ZaloHost.StartAsync(ZaloMode.Webhook);
        await host.Zalo.WaitForCall("setWebhook");
        var evt = FakeZaloServer.Event("message.image.received", "u-3", null, null, false);

        var first = await FakeZaloServer.PushAsync(host.CreateClient(), evt, ZaloHost.Secret);
        var second = await FakeZaloServer.PushAsync(host.CreateClient(), evt, ZaloHost.Secret);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, await host.WithDb(db => db.Outbox.CountAsync(m => m.ChatId == "u-3")));
    }

    [Fact]
    public async Task A_push_that_is_not_json_is_a_bad_request()
    {
        await using var host = await ZaloHost.StartAsync(ZaloMode.Webhook);
        using var request = new HttpRequestMessage(HttpMethod.Post, ZaloWebhook.Path) { Content = new StringContent("not json") };
        request.Headers.Add(ZaloWebhook.SecretHeader, ZaloHost.Secret);

        var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task In_polling_mode_there_is_no_webhook_to_post_to()
    {
        await using var host = await ZaloHost.StartAsync(ZaloMode.Polling);
        var evt = FakeZaloServer.Event("message.text.received", "u-4", null, null, false, m => m["text"] = "hi");

        var response = await FakeZaloServer.PushAsync(host.CreateClient(), evt, ZaloHost.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
