using System.Net;
using System.Text.Json;
using ChatBot.Cli;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Inbound;
using ChatBot.Tests.Fakes;
using ChatBot.Tests.Infrastructure;
using ChatBot.Tests.Zalo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Reliability;

/// <summary>Promise: an inbound update is not acknowledged until it is applied. In polling mode the offset moves past an
/// update only once its effects are saved (or it is parked after repeated failures, the clerk told); nothing vanishes
/// while the disk is full.</summary>
public sealed class InboundAcknowledgementTests : IAsyncLifetime
{
    private FakeTelegramServer _tg = null!;
    private ChatBotApp _app = null!;

    private ConversationFault Fault => _app.Services.GetRequiredService<ConversationFault>();
    private DiskFault Disk => _app.Services.GetRequiredService<DiskFault>();

    public async Task InitializeAsync() => _tg = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        _app?.Dispose();
        await _tg.DisposeAsync();
    }

    private void Start(int maxAttempts)
    {
        _app = new ChatBotApp(_tg.AppSettings(new()
        {
            ["Outbox:Enabled"] = "false",
            ["Inbound:MaxAttempts"] = maxAttempts.ToString(),
            ["Inbound:RetryBaseDelay"] = "00:00:00.020",
            ["Inbound:RetryMaxDelay"] = "00:00:00.100",
        }))
        {
            TestServices = s =>
            {
                s.AddConversationFault();
                s.AddDiskFault();
            },
        };
        _ = _app.Services;
    }

    private Task PollingAsync() => Wait.UntilAsync(
        () => _app.Services.GetRequiredService<ReceiveStatus>().Channels.TryGetValue("telegram", out var c) ? c.State : ReceiveState.Starting,
        state => state == ReceiveState.Polling, TimeSpan.FromSeconds(30));

    private Task<List<string>> Processed() =>
        _app.WithDb(db => db.ProcessedUpdates.Where(p => p.Channel == "telegram").Select(p => p.UpdateId).ToListAsync());

    private Task<List<string>> TextsTo(string chat) =>
        _app.WithDb(db => db.Outbox.Where(o => o.ChatId == chat).OrderBy(o => o.Id).Select(o => o.Text).ToListAsync());

    /// <summary>A ward with a clerk (chat 900) and a staff member (chat 111), both on Telegram.</summary>
    private Task SeedAsync() => _app.WithDb(async db =>
    {
        var ward = new Ward { Name = "An Bình", Key = "an binh", CreatedAt = _app.Clock.GetUtcNow() };
        foreach (var (chat, role, name) in new[] { ("900", Role.Clerk, "Văn phòng Lê Bình"), ("111", Role.Staff, "Chuyên viên <Hà> & Co") })
        {
            var official = new Official { Ward = ward, Role = role, Name = name, CreatedAt = _app.Clock.GetUtcNow() };
            official.Accounts.Add(new ChatAccount { Channel = "telegram", UserId = chat, ChatId = chat, LinkedAt = _app.Clock.GetUtcNow(), Active = true });
            db.Officials.Add(official);
        }
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Polling_confirms_an_update_only_after_its_effects_are_saved()
    {
        Start(maxAttempts: 100);
        Fault.Armed = true;

        var sent = _tg.UserSends(111, "/sapden 3");

        // Tried again and again, never confirmed, nothing saved.
        await Wait.UntilAsync(() => Fault.Calls, n => n >= 4);
        Assert.False(_tg.IsConfirmed(sent.UpdateId));
        Assert.Empty(await Processed());
        Fault.Armed = false;

        await _tg.WaitUntilConfirmed(sent.UpdateId);
        Assert.Equal([sent.UpdateId.ToString()], await Processed());
        Assert.Single(await TextsTo("111"));
    }

    [Fact]
    public async Task A_poisonous_update_is_parked_after_its_attempts_the_clerk_is_told_and_the_next_one_goes_on()
    {
        Start(maxAttempts: 3);
        await SeedAsync();
        Fault.FailWhen = m => m.Text == "#1 hỏng";

        var poison = _tg.UserSends(111, "#1 hỏng");
        var next = _tg.UserSends(111, "/sapden 2");
        await _tg.WaitUntilConfirmed(next.UpdateId);

        var parked = Assert.Single(await _app.WithDb(db => db.ParkedUpdates.AsNoTracking().ToListAsync()));
        Assert.Equal((poison.UpdateId.ToString(), "111", 3), (parked.UpdateId, parked.ChatId, parked.Attempts));
        Assert.Equal("#1 hỏng", JsonSerializer.Deserialize<InboundMessage>(parked.Message)!.Text);
        Assert.Equal([next.UpdateId.ToString()], await Processed());
        // The sender hears why nothing happened, then the next answer; the clerk hears once, with the words escaped.
        Assert.Collection(await TextsTo("111"), t => Assert.Equal(Texts.SetAside, t), t => Assert.StartsWith("✅ Việc đến hạn trong 2 ngày tới", t));
        var clerk = Assert.Single(await TextsTo("900"));
        Assert.Contains("<b>Chuyên viên &lt;Hà&gt; &amp; Co</b>", clerk);
        Assert.Contains("«#1 hỏng»", clerk);

        // Once the cause is fixed the administrator hands it in again: applied once, no longer waiting.
        Fault.FailWhen = null;
        var (code, output) = await Cli("inbox", "retry");
        Assert.Equal(0, code);
        Assert.Contains("Đã xử lý 1/1 tin nhắn.", output);
        Assert.Equal(new[] { next.UpdateId.ToString(), poison.UpdateId.ToString() }.Order(), (await Processed()).Order());
        Assert.NotNull((await _app.WithDb(db => db.ParkedUpdates.AsNoTracking().SingleAsync())).HandledAt);
        Assert.Equal("Không có tin nhắn nào chờ xử lý lại.", (await Cli("inbox", "list")).Output.Trim());
        Assert.Equal(3, (await TextsTo("111")).Count); // set aside, the next answer, and now the answer to "#1 hỏng"
    }

    private async Task<(int Code, string Output)> Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliContext(stdout, new StringWriter()) { Services = _app.Services });
        return (code, stdout.ToString());
    }

    [Fact]
    public async Task Nothing_is_lost_on_disk_full_updates_wait_readyz_says_not_ready_and_both_apply_once_space_returns()
    {
        Start(maxAttempts: 2);
        await SeedAsync();
        using var http = _app.CreateClient();
        await PollingAsync(); // the lease is taken (a write): from now on only the update's own writes meet the full disk
        Disk.Full = true;

        var first = _tg.UserSends(111, "/sapden 1");
        var second = _tg.UserSends(111, "/sapden 2");

        // Handling fails on the full disk: retried (the disk is not the update's fault, so never parked), never confirmed.
        await Wait.UntilAsync(() => Disk.Refused, n => n >= 8, TimeSpan.FromSeconds(30));
        Assert.False(_tg.IsConfirmed(first.UpdateId));
        var notReady = await http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        using (var body = JsonDocument.Parse(await notReady.Content.ReadAsStringAsync()))
        {
            Assert.Equal("not_ready", body.RootElement.GetProperty("status").GetString());
            var database = body.RootElement.GetProperty("checks").GetProperty("database");
            Assert.False(database.GetProperty("ok").GetBoolean());
            Assert.Contains("ổ đĩa đầy", database.GetProperty("error").GetString());
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode); // liveness: the process runs

        Disk.Full = false;
        await _tg.WaitUntilConfirmed(second.UpdateId);
        Assert.Collection(await TextsTo("111"), t => Assert.StartsWith("✅ Việc đến hạn trong 1 ngày tới", t), t => Assert.StartsWith("✅ Việc đến hạn trong 2 ngày tới", t));
        Assert.Equal(0, await _app.WithDb(db => db.ParkedUpdates.CountAsync()));
        await Wait.UntilAsync(async () => (await http.GetAsync("/readyz")).StatusCode, s => s == HttpStatusCode.OK);
    }
}

/// <summary>Zalo hands an event out once (no offset): the next poll waits until the event in hand is saved.</summary>
public sealed class ZaloAcknowledgementTests
{
    [Fact]
    public async Task Zalo_polling_asks_for_the_next_event_only_once_the_one_in_hand_is_saved()
    {
        await using var host = await ZaloHost.StartAsync(extra: new()
        {
            ["Outbox:Enabled"] = "false", ["Inbound:MaxAttempts"] = "100",
            ["Inbound:RetryBaseDelay"] = "00:00:00.020", ["Inbound:RetryMaxDelay"] = "00:00:00.100",
        }, services: s => s.AddConversationFault());
        var fault = host.Service.Services.GetRequiredService<ConversationFault>();
        fault.Armed = true;

        var id = await host.Zalo.UserSends("u-81", "/help");
        await Wait.UntilAsync(() => fault.Calls, n => n >= 3, TimeSpan.FromSeconds(30));
        var polls = host.Zalo.Calls.Count(c => c == "getUpdates");
        await Wait.UntilAsync(() => fault.Calls, n => n >= 8);

        Assert.Equal(polls, host.Zalo.Calls.Count(c => c == "getUpdates"));
        Assert.Equal(0, await host.WithDb(db => db.ProcessedUpdates.CountAsync()));
        fault.Armed = false;
        await host.Eventually(db => db.ProcessedUpdates.AnyAsync(p => p.UpdateId == id), found => found, TimeSpan.FromSeconds(30));
        Assert.Equal(1, await host.WithDb(db => db.Outbox.CountAsync(o => o.ChatId == "u-81")));
    }
}
