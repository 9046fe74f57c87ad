using ChatBot.Core.Tasks;
using ChatBot.Reminders;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Tests.Reminders.ReminderWard;

namespace ChatBot.Tests.Reminders;

public sealed class DigestTests
{
    private static async Task<ReminderWard> SeedAsync(ChatBotApp app)
    {
        var ward = new ReminderWard();
        await app.WithDb(async db =>
        {
            await ward.SeedDirectoryAsync(db);
            var assigned = Local(6, 1, 9);
            var doc = ward.ChairedByAn;
            await ward.AddTaskAsync(db, "kt-overdue", "kt", new(2026, 6, 10), doc, assigned);
            var dueThisWeek = await ward.AddTaskAsync(db, "kt-week", "kt", new(2026, 6, 17), doc, assigned);
            await ward.AddTaskAsync(db, "vhxh-oldest", "vhxh", new(2026, 6, 1), doc, assigned);
            await ward.AddTaskAsync(db, "ca-later", "ca", new(2026, 6, 30), doc, assigned);
            await ward.AddTaskAsync(db, "ca-done", "ca", new(2026, 6, 3), doc, assigned, WorkStatus.Done);
            for (var d = 2; d <= 5; d++) await ward.AddTaskAsync(db, $"ca-{d}", "ca", new(2026, 6, d), doc, assigned);
            db.Extensions.Add(new ExtensionRequest
            {
                TaskId = dueThisWeek, CurrentDeadline = new(2026, 6, 17), RequestedDeadline = new(2026, 6, 30),
                Reason = "chờ kinh phí", State = ExtensionState.Pending, CreatedAt = Local(6, 12, 9),
            });
            await db.SaveChangesAsync();
        });
        return ward;
    }

    private static async Task<int> Digest(ChatBotApp app, ReminderWard ward, DateTimeOffset now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<DigestService>().RunAsync(ward.WardId, now, CancellationToken.None)).Count;
    }

    [Fact]
    public async Task Leaders_and_clerks_get_one_morning_digest_per_working_day()
    {
        using var app = new ChatBotApp();
        var ward = await SeedAsync(app);

        Assert.Equal(3, await Digest(app, ward, Local(6, 15, 7, 30)));
        Assert.Equal(0, await Digest(app, ward, Local(6, 15, 9)));       // already sent today
        Assert.Equal(0, await Digest(app, ward, Local(6, 20, 7, 30)));   // Saturday
        Assert.Equal(0, await Digest(app, ward, Local(6, 16, 6, 0)));    // before working hours

        var outbox = await app.WithDb(db => db.Outbox.AsNoTracking().ToListAsync());
        Assert.Equal(["Lê Văn Chánh", "Nguyễn Văn An", "Trần Thị Bình"], outbox.Select(m => ward.Chats[m.ChatId]).Order(StringComparer.Ordinal));
        var leader = outbox.First(m => ward.Chats[m.ChatId] == "Nguyễn Văn An").Text;
        Assert.StartsWith("☀️ <b>Bản tin sáng 15/06/2026 — Phường Thử Nghiệm</b>", leader);
        Assert.Contains("Tổng: 8 việc đang mở · 1 đến hạn tuần này · 6 quá hạn", leader);
        Assert.Contains("• Công an phường: 5 / 0 / 4", leader);
        Assert.Contains("• Phòng Kinh tế: 2 / 1 / 1", leader);
        Assert.Contains($"1. #{ward.Tasks["vhxh-oldest"]} Phòng Văn hóa - Xã hội — Nhiệm vụ vhxh-oldest: báo cáo &lt;kết quả&gt; &amp; đề xuất — quá hạn 14 ngày (hạn 01/06/2026)", leader);
        Assert.Contains($"5. #{ward.Tasks["ca-5"]} ", leader);
        Assert.DoesNotContain($"#{ward.Tasks["kt-overdue"]} ", leader); // sixth most overdue
        Assert.Contains($"• #{ward.Tasks["kt-week"]} Phòng Kinh tế: 17/06/2026 → 30/06/2026 — chờ kinh phí", leader);
        var clerk = outbox.First(m => ward.Chats[m.ChatId] == "Lê Văn Chánh").Text;
        Assert.StartsWith("☀️ <b>Bản tin sáng toàn phường 15/06/2026", clerk);

        Assert.Equal(3, await Digest(app, ward, Local(6, 22, 7, 30)));  // next Monday
    }

    [Fact]
    public async Task A_second_dispatch_with_the_same_key_is_refused_and_its_outbox_rows_dropped()
    {
        using var app = new ChatBotApp();
        async Task<bool> Commit() => await app.WithDb(db => ChatBot.Reminders.DispatchGuard.CommitOnceAsync(db,
            new ReminderDispatch { TaskId = 5, Kind = "overdue", Occurrence = new(2026, 6, 16), RecipientId = 0, CreatedAt = Local(6, 16, 8) },
            () => { db.Outbox.Add(new ChatBot.Outbox.OutboxMessage { Channel = "sim", ChatId = "c", Text = "x" }); return Task.CompletedTask; },
            CancellationToken.None));
        Assert.True(await Commit());
        Assert.False(await Commit());
        Assert.Equal(1, await app.WithDb(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Two_instances_sweeping_at_the_same_moment_queue_each_reminder_once()
    {
        using var app = new ChatBotApp();
        var ward = await SeedAsync(app);
        var now = Local(6, 16, 7, 30);
        async Task<int> Sweep()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(ward.WardId, now, CancellationToken.None)).Count;
        }
        var counts = await Task.WhenAll(Sweep(), Sweep(), Sweep());
        var dispatches = await app.WithDb(db => db.ReminderDispatches.CountAsync());
        Assert.Equal(dispatches, counts.Sum());
        Assert.True(dispatches > 0);
        var outbox = await app.WithDb(db => db.Outbox.AsNoTracking().ToListAsync());
        Assert.Equal(outbox.Count, outbox.Select(m => (m.ChatId, m.Text)).Distinct().Count());
        Assert.Equal(0, await Sweep());
    }
}
