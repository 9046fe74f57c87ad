using ChatBot.Channels;
using ChatBot.Channels.Zalo;
using ChatBot.Outbox;
using ChatBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Tests.Zalo;

public sealed class ZaloTokenTests
{
    [Fact]
    public async Task A_refused_token_is_logged_once_clearly_and_never_printed()
    {
        const string wrong = "1459232241454765289:wrong-secret-b7f3c1";
        await using var host = await ZaloHost.StartAsync(token: wrong);
        await host.Zalo.WaitForCall("getMe");

        var row = new OutboxMessage { Id = 5, Channel = "zalo", ChatId = "c-1", Text = "#12 đã nhận" };
        var outcome = await host.Channel.SendAsync(row, default);
        await host.Channel.SendAsync(row, default);

        Assert.Equal(SendStatus.RetryLater, outcome.Status);
        Assert.Equal(ZaloTokenGuard.Pause, outcome.RetryAfter);
        Assert.Single(host.Logs.Lines, l => l.Message.Contains("Zalo refused the bot token"));
        Assert.DoesNotContain(host.Logs.Lines, l => l.ToString().Contains("wrong-secret-b7f3c1"));
        Assert.DoesNotContain("wrong-secret-b7f3c1", outcome.Error);
    }

    [Fact]
    public async Task The_token_never_appears_in_logs_or_errors_while_zalo_is_failing()
    {
        await using var host = await ZaloHost.StartAsync();
        await host.Zalo.WaitForCall("getUpdates");
        var secret = host.Zalo.Token.Split(':')[1];
        host.Zalo.FailNext(2, method: "getUpdates", httpStatus: 502);
        host.Zalo.FailNext(1, errorCode: 500, description: $"echo of /bot{host.Zalo.Token}/getUpdates", method: "getUpdates");
        host.Zalo.DelayNext(1, TimeSpan.FromSeconds(3), "sendMessage");
        host.Zalo.FailNext(1, errorCode: 400, description: $"bad /bot{host.Zalo.Token}/sendMessage", method: "sendMessage");

        var errors = new List<string?>();
        for (var i = 0; i < 3; i++)
            errors.Add((await host.Channel.SendAsync(new OutboxMessage { Id = 9, Channel = "zalo", ChatId = "c-2", Text = "a" }, default)).Error);
        await host.Zalo.WaitForCall("getUpdates", times: 6);

        Assert.Contains(host.Logs.Lines, l => l.Category.Contains("Zalo") && l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.DoesNotContain(host.Logs.Lines, l => l.ToString().Contains(secret));
        Assert.All(errors, e => Assert.DoesNotContain(secret, e ?? ""));
    }

    [Fact]
    public async Task Without_a_token_the_zalo_channel_is_off()
    {
        using var app = new ChatBotApp();
        app.CreateClient();

        Assert.DoesNotContain(app.Services.GetServices<IChatChannel>(), c => c.Name == "zalo");
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), s => s is ZaloPolling or ZaloStartup);
    }
}
