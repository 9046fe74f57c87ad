using ChatBot.Reminders;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Tests.Reminders.ReminderWard;

namespace ChatBot.Tests.Reminders;

/// <summary>Escalations (issue 11): one message per leader and sweep listing every task, and none for a task that
/// reached its unit after its deadline before the unit has had a working day.</summary>
public sealed class EscalationTests
{
    [Fact]
    public async Task Escalations_to_one_person_are_one_message_and_a_task_assigned_late_waits_its_working_day()
    {
        using var app = new ChatBotApp();
        var ward = new ReminderWard();
        await app.WithDb(async db =>
        {
            await ward.SeedDirectoryAsync(db);
            await ward.AddTaskAsync(db, "A", "kt", new(2026, 6, 5), ward.ChairedByAn, Local(6, 1, 9));
            await ward.AddTaskAsync(db, "B", "kt", new(2026, 6, 8), ward.ChairedByAn, Local(6, 1, 9));
            // Confirmed on Tuesday 16/06 for a deadline of 05/06: seven working days overdue the moment it arrives.
            await ward.AddTaskAsync(db, "late", "kt", new(2026, 6, 5), ward.ChairedByAn, Local(6, 16, 7, 50));
        });
        var an = ward.People["Nguyễn Văn An"];
        var hung = ward.People["Phạm Hùng"];

        var first = await SweepAsync(app, ward, Local(6, 16, 8));
        Assert.Equal(["A escalation → An", "A escalation → Hùng", "A overdue", "B escalation → An", "B escalation → Hùng", "B overdue"],
            first.Select(q => Name(ward, q.TaskId) + " " + q.Kind + (q.RecipientId == an ? " → An" : q.RecipientId == hung ? " → Hùng" : "")).Order(StringComparer.Ordinal));

        var toAn = await app.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.ChatId == "chat-0").ToListAsync());
        var message = Assert.Single(toAn);
        Assert.StartsWith("🔺 <b>Báo cáo lãnh đạo: 2 nhiệm vụ quá hạn</b>\n", message.Text);
        Assert.Contains($"• <b>#{ward.Tasks["A"]}</b> Phòng Kinh tế (hạn 05/06/2026, quá hạn 11 ngày)", message.Text);
        Assert.Contains($"• <b>#{ward.Tasks["B"]}</b> Phòng Kinh tế (hạn 08/06/2026, quá hạn 8 ngày)", message.Text);
        Assert.DoesNotContain($"#{ward.Tasks["late"]}", message.Text);
        Assert.Single(await app.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.ChatId == "chat-3" && o.Text.StartsWith("🔺")).ToListAsync()));

        // Wednesday: the late task had Tuesday only in part; Thursday it is escalated, alone, in the usual per-task message.
        Assert.DoesNotContain(await SweepAsync(app, ward, Local(6, 17, 8)), q => q.Kind == "escalation");
        var thursday = await SweepAsync(app, ward, Local(6, 18, 8));
        Assert.Equal([ward.Tasks["late"], ward.Tasks["late"]], thursday.Where(q => q.Kind == "escalation").Select(q => q.TaskId));
        var last = (await app.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.ChatId == "chat-0").OrderBy(o => o.Id).ToListAsync())).Last();
        Assert.Equal(ward.Tasks["late"], last.TaskId);
        Assert.StartsWith($"🔺 <b>Báo cáo lãnh đạo: #{ward.Tasks["late"]} quá hạn</b>", last.Text);
        Assert.Equal(6, await app.WithDb(db => db.ReminderDispatches.CountAsync(d => d.Kind == "escalation")));
    }

    private static string Name(ReminderWard ward, int taskId) => ward.Tasks.Single(kv => kv.Value == taskId).Key;

    private static async Task<IReadOnlyList<QueuedReminder>> SweepAsync(ChatBotApp app, ReminderWard ward, DateTimeOffset now)
    {
        app.Clock.SetUtcNow(now);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(ward.WardId, now, CancellationToken.None);
    }
}
