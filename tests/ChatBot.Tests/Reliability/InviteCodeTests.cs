using System.Net;
using System.Text;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Inbound;
using ChatBot.Tests.Fakes;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChatBot.Tests.Reliability;

/// <summary>Promise: an invite code is single-use under any concurrency — 20 chats redeeming one code at once through
/// the webhook (parallel requests) link exactly one account — on SQLite, and on PostgreSQL when one is given.</summary>
public sealed class SingleUseInviteTests
{
    private const string Secret = "secret_1";

    [Fact]
    public Task One_code_links_exactly_one_account_when_20_chats_redeem_it_at_once_on_SQLite() => RaceAsync(new());

    [PostgresFact]
    public async Task One_code_links_exactly_one_account_when_20_chats_redeem_it_at_once_on_PostgreSQL()
    {
        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        var name = $"chatbot_link_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        try
        {
            await RaceAsync(new()
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:ChatBot"] = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString,
            });
        }
        finally
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task RaceAsync(Dictionary<string, string?> database)
    {
        await using var tg = await FakeTelegramServer.StartAsync();
        var settings = tg.AppSettings(new()
        {
            ["Telegram:Mode"] = "Webhook", ["Telegram:SecretToken"] = Secret, ["Telegram:WebhookUrl"] = "https://ubnd.example.vn/telegram/webhook",
            ["Outbox:Enabled"] = "false",
        });
        foreach (var (k, v) in database) settings[k] = v;
        using var app = new ChatBotApp(settings);
        using var client = app.CreateClient();
        var code = await app.InviteAsync();

        using var start = new SemaphoreSlim(0);
        var requests = Enumerable.Range(1, 20).Select(async i =>
        {
            await start.WaitAsync();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
            {
                Content = new StringContent(FakeTelegramServer.UpdateJson(5000 + i, 700 + i, $"/start {code}"), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
            return (await client.SendAsync(request)).StatusCode;
        }).ToList();
        start.Release(20);
        var statuses = await Task.WhenAll(requests);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var (officials, accounts, processed, replies) = await app.WithDb(async db => (
            await db.Officials.CountAsync(), await db.ChatAccounts.CountAsync(), await db.ProcessedUpdates.CountAsync(),
            await db.Outbox.Select(o => o.Text).ToListAsync()));
        Assert.Equal((1, 1, 20), (officials, accounts, processed));
        Assert.Equal(20, replies.Count);
        Assert.Single(replies, r => r.StartsWith("✅ Đã liên kết tài khoản", StringComparison.Ordinal));
        Assert.Equal(19, replies.Count(r => r == DirectoryService.UsedCode));
    }
}

/// <summary>xunit Fact that runs only when <see cref="Variable"/> names a PostgreSQL server (a connection string whose
/// user may create databases); otherwise reported as skipped, never as passed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "CHATBOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"{Variable} is not set (a PostgreSQL connection string; scripts/test.sh sets it)";
    }
}

/// <summary>Promise: invite codes cannot be guessed — per chat and for the whole bot, a few wrong codes then a lockout
/// that doubles each time; a locked-out chat is refused even with the right code; the clerk is told once per burst.</summary>
public sealed class InviteBruteForceTests : IAsyncLifetime
{
    private ChatBotApp _app = null!;
    private int _update;

    public Task InitializeAsync()
    {
        _app = new ChatBotApp(new()
        {
            ["Outbox:Enabled"] = "false",
            ["LinkGuard:FailuresPerChat"] = "5",
            ["LinkGuard:FailuresPerWard"] = "12",
            ["LinkGuard:Window"] = "00:10:00",
            ["LinkGuard:FirstLockout"] = "00:10:00",
        });
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> SendAsync(string chat, string text)
    {
        var id = (++_update).ToString();
        await _app.Services.GetRequiredService<InboundPipeline>().HandleAsync(new InboundMessage("telegram", id, chat, chat, text), default);
        return await _app.WithDb(db => db.Outbox.Where(o => o.ChatId == chat).OrderByDescending(o => o.Id).Select(o => o.Text).FirstAsync());
    }

    private Task<List<string>> ToClerk() => _app.WithDb(db => db.Outbox.Where(o => o.ChatId == "900").Select(o => o.Text).ToListAsync());

    private async Task<string> SeedAsync()
    {
        var code = await _app.InviteAsync();
        await _app.WithDb(async db =>
        {
            var ward = await db.Wards.SingleAsync();
            var clerk = new Official { WardId = ward.Id, Role = Role.Clerk, Name = "Văn phòng Lê Bình", CreatedAt = _app.Clock.GetUtcNow() };
            clerk.Accounts.Add(new ChatAccount { Channel = "telegram", UserId = "900", ChatId = "900", LinkedAt = _app.Clock.GetUtcNow(), Active = true });
            db.Officials.Add(clerk);
            await db.SaveChangesAsync();
        });
        return code;
    }

    [Fact]
    public async Task A_chat_that_sends_five_wrong_codes_is_locked_out_even_with_the_right_one_and_the_lockout_doubles()
    {
        var code = await SeedAsync();
        for (var i = 1; i <= 4; i++) Assert.Equal(DirectoryService.WrongCode, await SendAsync("111", $"/start WRONG{i}"));
        var fifth = await SendAsync("111", "/start WRONG5");
        Assert.StartsWith(DirectoryService.WrongCode + "\n⛔ Bạn đã nhập sai mã mời quá nhiều lần. Xin thử lại sau 08:10 ngày 01/06/2026", fifth);

        // Locked: the right code is not even looked at; another chat is not affected.
        Assert.StartsWith("⛔ Bạn đã nhập sai mã mời quá nhiều lần.", await SendAsync("111", $"/start {code}"));
        Assert.Equal(DirectoryService.WrongCode, await SendAsync("222", "/start WRONG6"));
        Assert.Equal(1, await _app.WithDb(db => db.Officials.CountAsync())); // the clerk only
        var told = Assert.Single(await ToClerk());
        Assert.Contains("5 lần nhập sai mã mời", told);

        // After the lockout: five more wrong codes lock it again, for twice as long (20 minutes).
        _app.Clock.Advance(TimeSpan.FromMinutes(11));
        for (var i = 1; i <= 4; i++) Assert.Equal(DirectoryService.WrongCode, await SendAsync("111", $"/start AGAIN{i}"));
        Assert.Contains("Xin thử lại sau 08:31 ngày 01/06/2026", await SendAsync("111", "/start AGAIN5"));

        _app.Clock.Advance(TimeSpan.FromMinutes(21));
        Assert.StartsWith("✅ Đã liên kết tài khoản", await SendAsync("111", $"/start {code}"));
        Assert.Equal(0, await _app.WithDb(db => db.LinkGuards.CountAsync(g => g.Scope == LinkGuard.ChatScope("telegram", "111"))));
    }

    [Fact]
    public async Task Many_chats_guessing_together_lock_linking_for_everyone_and_the_clerk_is_told_once()
    {
        var code = await SeedAsync();
        // 12 wrong codes from 12 chats (each under its own limit): the twelfth locks linking for every chat.
        for (var i = 1; i < 12; i++) Assert.Equal(DirectoryService.WrongCode, await SendAsync($"{300 + i}", $"/start GUESS{i}"));
        Assert.Contains("⛔ Có quá nhiều lần nhập sai mã mời, việc liên kết tài khoản đang tạm khóa.", await SendAsync("312", "/start GUESS12"));
        Assert.StartsWith("⛔ Có quá nhiều lần nhập sai mã mời", await SendAsync("400", $"/start {code}"));
        Assert.StartsWith("⛔ Có quá nhiều lần nhập sai mã mời", await SendAsync("401", "/start GUESS13"));
        var told = Assert.Single(await ToClerk());
        Assert.Contains("mọi việc liên kết tạm khóa đến 08:10 ngày 01/06/2026", told);

        _app.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.StartsWith("✅ Đã liên kết tài khoản", await SendAsync("400", $"/start {code}"));
    }
}
