using ChatBot.Core.Directory;
using ChatBot.Tests.Fakes;
using ChatBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Reliability;

/// <summary>Promise: what a user typed is escaped in every reply that echoes it, so Telegram (which refuses bad HTML
/// with 400) delivers the refusal instead of losing it. Through polling, the outbox and the fake's HTML check.</summary>
public sealed class EscapingTests : IAsyncLifetime
{
    private FakeTelegramServer _tg = null!;
    private ChatBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _tg = await FakeTelegramServer.StartAsync();
        _app = new ChatBotApp(_tg.AppSettings());
        _ = _app.Services;
        await _app.WithDb(async db =>
        {
            var ward = new Ward { Name = "An Bình", Key = "an binh", CreatedAt = _app.Clock.GetUtcNow() };
            var clerk = new Official { Ward = ward, Role = Role.Clerk, Name = "Văn phòng", CreatedAt = _app.Clock.GetUtcNow() };
            clerk.Accounts.Add(new ChatAccount { Channel = "telegram", UserId = "900", ChatId = "900", LinkedAt = _app.Clock.GetUtcNow(), Active = true });
            db.Officials.Add(clerk);
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _tg.DisposeAsync();
    }

    [Fact]
    public async Task An_unknown_unit_name_with_html_characters_is_echoed_escaped_and_delivered()
    {
        _tg.UserSends(900, "/quahan <Phòng> & \"Ban\" <b>");
        var reply = Assert.Single(await _tg.WaitForMessages(900, 1));
        Assert.Equal("html", reply.ParseMode, ignoreCase: true);
        Assert.Contains("Không tìm thấy đơn vị \"&lt;Phòng&gt; &amp; \"Ban\" &lt;b&gt;\"", reply.Text);
        Assert.Equal(1, _tg.CallCount("sendMessage")); // delivered on the first try, not refused as bad HTML
    }

    [Fact]
    public async Task A_rejected_file_name_with_html_characters_is_echoed_escaped_and_delivered()
    {
        _tg.UserSendsDocument(900, "<bảng & số liệu>.exe", [1, 2, 3]);
        var reply = Assert.Single(await _tg.WaitForMessages(900, 1));
        Assert.Equal("html", reply.ParseMode, ignoreCase: true);
        Assert.Contains("Không đọc được tệp \"&lt;bảng &amp; số liệu&gt;.exe\"", reply.Text);
        Assert.Equal(1, _tg.CallCount("sendMessage"));
    }
}
