using ChatBot.Channels;
using ChatBot.Core.Directory;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Infrastructure;

/// <summary>Drives the outbox from tests: queue rows, run one sweep, or deliver everything by stepping the fake clock.</summary>
public static class OutboxDriver
{
    public static Task QueueAsync(this ChatBotApp app, string channel, string chatId, Outgoing message) =>
        app.WithDb(async db =>
        {
            new Notifier(db, app.Clock).ToChat(channel, chatId, message);
            await db.SaveChangesAsync();
        });

    /// <summary>One sweep, as the background dispatcher does it; returns how many messages went out.</summary>
    public static async Task<int> ProcessOutboxAsync(this ChatBotApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessDueAsync(CancellationToken.None);
    }

    /// <summary>Sweeps until no pending row of a registered channel is left, advancing the fake clock by
    /// <paramref name="step"/> (default 1 s, the per-chat interval) whenever a sweep sends nothing. Returns how many were sent.</summary>
    public static async Task<int> DeliverOutboxAsync(this ChatBotApp app, TimeSpan? step = null, int maxSteps = 600)
    {
        var channels = app.Services.GetServices<IChatChannel>().Select(c => c.Name).ToList();
        var total = 0;
        for (var i = 0; i < maxSteps; i++)
        {
            var sent = await app.ProcessOutboxAsync();
            total += sent;
            var pending = await app.WithDb(db => db.Outbox.CountAsync(m => m.State == OutboxState.Pending && channels.Contains(m.Channel)));
            if (pending == 0) return total;
            if (sent == 0) app.Clock.Advance(step ?? TimeSpan.FromSeconds(1));
        }
        throw new TimeoutException("outbox still has pending rows");
    }

    public static Task<List<OutboxMessage>> OutboxRowsAsync(this ChatBotApp app) =>
        app.WithDb(db => db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    /// <summary>A ward, an official and one active chat account on the channel.</summary>
    public static Task<ChatAccount> SeedAccountAsync(this ChatBotApp app, string channel, string chatId, string? userId = null, Role role = Role.Staff) =>
        app.WithDb(async db =>
        {
            var ward = await db.Wards.FirstOrDefaultAsync() ?? db.Wards.Add(new Ward { Name = "Bạch Đằng", Key = "bach dang", CreatedAt = app.Clock.GetUtcNow() }).Entity;
            var official = new Official { Ward = ward, Role = role, Name = (role == Role.Clerk ? "Văn thư " : "Chuyên viên ") + chatId, CreatedAt = app.Clock.GetUtcNow() };
            var account = new ChatAccount { Official = official, Channel = channel, UserId = userId ?? chatId, ChatId = chatId, LinkedAt = app.Clock.GetUtcNow() };
            db.Officials.Add(official);
            db.ChatAccounts.Add(account);
            await db.SaveChangesAsync();
            return account;
        });
}
