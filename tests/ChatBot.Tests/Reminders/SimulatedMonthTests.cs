using ChatBot.Core.Parsing;
using ChatBot.Core.Reminders;
using ChatBot.Core.Tasks;
using ChatBot.Reminders;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Tests.Reminders.ReminderWard;

namespace ChatBot.Tests.Reminders;

/// <summary>Walks 24/08–25/09/2026 (weekends, Quốc khánh 1–2/9) in 15-minute steps, restarting the service mid-month.</summary>
public sealed class SimulatedMonthTests
{
    private static readonly DateTimeOffset Start = Local(8, 24);
    private static readonly DateTimeOffset End = Local(9, 26);
    private static readonly DateTimeOffset Restart = Local(9, 9, 10);

    [Fact]
    public async Task A_month_of_sweeps_sends_each_reminder_once_inside_working_hours_even_across_a_restart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chatbot-reminders-{Guid.NewGuid():N}.db");
        var ward = new ReminderWard();
        try
        {
            var app = new ChatBotApp(new() { ["Outbox:Enabled"] = "false" }, path); // the month counts queued rows; a dispatcher would also expire the unsent ones after Outbox:MaxAge and report them
            app.Clock.SetUtcNow(Start);
            await app.WithDb(async db =>
            {
                await ward.SeedDirectoryAsync(db);
                var assigned = Local(8, 24, 7);
                await ward.AddTaskAsync(db, "T1", "kt", new(2026, 8, 28), ward.ChairedByAn, assigned);
                await ward.AddTaskAsync(db, "T2", "vhxh", new(2026, 9, 3), ward.ChairedByAn, assigned);
                await ward.AddTaskAsync(db, "T3-done", "ca", new(2026, 9, 10), ward.ChairedByAn, assigned, WorkStatus.Done);
                await ward.AddTaskAsync(db, "T4-no-deadline", "ca", null, ward.ChairedByAn, assigned);
                await ward.AddTaskAsync(db, "T5-weekly", "kt", null, ward.ChairedByAn, assigned, recurrence: Recurrence.Weekly);
                await ward.AddTaskAsync(db, "T6-sunday", "vhxh", new(2026, 9, 13), ward.ChairedByBinh, assigned);
                await ward.AddTaskAsync(db, "T7-unassigned", "kt", new(2026, 9, 1), ward.ChairedByAn, null);
            });

            for (var now = Start; now < End; now = now.AddMinutes(15))
            {
                if (now == Restart)
                {
                    app.Dispose();
                    app = new ChatBotApp(new() { ["Outbox:Enabled"] = "false" }, path); // the month counts queued rows; a dispatcher would also expire the unsent ones after Outbox:MaxAge and report them
                    app.Clock.SetUtcNow(now);
                }
                app.Clock.SetUtcNow(now);
                await Act(app, ward, now);
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(ward.WardId, now, CancellationToken.None);
            }

            var names = ward.Tasks.ToDictionary(kv => kv.Value, kv => kv.Key);
            var people = ward.People.ToDictionary(kv => kv.Value, kv => kv.Key);
            var dispatches = await app.WithDb(db => db.ReminderDispatches.AsNoTracking().ToListAsync());
            var actual = dispatches
                .OrderBy(d => d.CreatedAt).ThenBy(d => names[d.TaskId]).ThenBy(d => d.Kind).ThenBy(d => d.RecipientId)
                .Select(d => $"{d.CreatedAt.ToOffset(Vn):dd/MM HH:mm} {names[d.TaskId]} {d.Kind}" + (d.RecipientId == 0 ? "" : $" → {people[d.RecipientId]}"))
                .ToList();
            Assert.Equal(Expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

            var outbox = await app.WithDb(db => db.Outbox.AsNoTracking().ToListAsync());
            var calendar = WorkingCalendar.Default;
            Assert.All(outbox, m => Assert.True(calendar.IsWorkingTime(m.CreatedAt), $"sent outside working time: {m.CreatedAt.ToOffset(Vn)}"));
            Assert.DoesNotContain(outbox, m => m.TaskId == ward.Tasks["T3-done"] || m.TaskId == ward.Tasks["T7-unassigned"]);
            Assert.Equal(outbox.Count, outbox.Select(m => (m.ChatId, m.Text, m.CreatedAt)).Distinct().Count());
            // Unit reminders go to every linked official of the unit: Kinh tế has two, the other units one.
            var expectedRows = dispatches.Sum(d => d.RecipientId != 0 ? 1 : names[d.TaskId] is "T1" or "T5-weekly" ? 2 : 1);
            Assert.Equal(expectedRows, outbox.Count);
            Assert.All(outbox.Where(m => ward.Chats[m.ChatId] is not ("Nguyễn Văn An" or "Trần Thị Bình")),
                m => Assert.Contains($"st:{m.TaskId}:done", m.Buttons));
            Assert.Contains(outbox, m => m.Text.Contains("&lt;kết quả&gt; &amp; đề xuất") && m.Text.Contains("quá hạn 6 ngày"));
            app.Dispose();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    /// <summary>What the officials do during the month: finish, extend, report.</summary>
    private static async Task Act(ChatBotApp app, ReminderWard ward, DateTimeOffset now)
    {
        var actor = new Actor(ward.People["Phạm Hùng"], "Phạm Hùng", "sim", null);
        if (now == Local(8, 28, 14)) await MarkOccurrenceDone(app, ward, new(2026, 8, 28), now);
        if (now == Local(9, 11, 14)) await MarkOccurrenceDone(app, ward, new(2026, 9, 11), now);
        if (now == Local(9, 4, 10)) await Change(app, ward.Tasks["T1"], t => t.ChangeStatus(WorkStatus.Done, null, null, actor, now));
        if (now == Local(9, 8, 12)) await Change(app, ward.Tasks["T2"], t => t.ExtendDeadline(new(2026, 9, 18), actor, now, new(2026, 9, 8)));
        if (now == Local(9, 15, 10)) await Change(app, ward.Tasks["T4-no-deadline"], t => t.ChangeStatus(WorkStatus.InProgress, 30, null, actor, now));
    }

    private static Task Change(ChatBotApp app, int taskId, Action<WorkTask> change) => app.WithDb(async db =>
    {
        change(await db.Tasks.SingleAsync(t => t.Id == taskId));
        await db.SaveChangesAsync();
    });

    private static Task MarkOccurrenceDone(ChatBotApp app, ReminderWard ward, DateOnly dueOn, DateTimeOffset now) => app.WithDb(async db =>
    {
        var occurrence = await db.Occurrences.SingleAsync(o => o.TaskId == ward.Tasks["T5-weekly"] && o.DueOn == dueOn);
        occurrence.Done = true;
        occurrence.DoneAt = now;
        await db.SaveChangesAsync();
    });

    private static readonly string[] Expected =
    [
        "25/08 07:30 T1 before-3",
        "27/08 07:30 T1 before-1",
        "27/08 07:30 T2 before-3",
        "28/08 07:30 T1 due-today",
        "28/08 07:30 T5-weekly occurrence-due",
        "31/08 07:30 T1 overdue",
        "31/08 07:30 T2 before-1",
        "31/08 07:30 T4-no-deadline check-in",
        // 01/09 and 02/09: Quốc khánh.
        "03/09 07:30 T1 overdue",
        "03/09 07:30 T2 due-today",
        "04/09 07:30 T1 escalation → Phạm Hùng",
        "04/09 07:30 T1 escalation → Nguyễn Văn An",
        "04/09 07:30 T1 overdue",
        "04/09 07:30 T2 overdue",
        "04/09 07:30 T5-weekly occurrence-due",
        // T1 done on 04/09 10:00: nothing more for it.
        "07/09 07:30 T2 overdue",
        "07/09 07:30 T4-no-deadline check-in",
        "07/09 07:30 T5-weekly occurrence-overdue",
        "08/09 07:30 T2 escalation → Vũ Hạnh",
        "08/09 07:30 T2 escalation → Nguyễn Văn An",
        "08/09 07:30 T2 overdue",
        // T2 extended to 18/09 on 08/09 12:00; restart on 09/09 10:00.
        "09/09 07:30 T6-sunday before-3",
        "11/09 07:30 T5-weekly occurrence-due",
        "11/09 07:30 T6-sunday due-today",
        "14/09 07:30 T4-no-deadline check-in",
        "14/09 07:30 T6-sunday overdue",
        "15/09 07:30 T2 before-3",
        "15/09 07:30 T6-sunday overdue",
        "16/09 07:30 T6-sunday escalation → Vũ Hạnh",
        "16/09 07:30 T6-sunday escalation → Trần Thị Bình",
        "16/09 07:30 T6-sunday overdue",
        "17/09 07:30 T2 before-1",
        "17/09 07:30 T6-sunday overdue",
        "18/09 07:30 T2 due-today",
        "18/09 07:30 T5-weekly occurrence-due",
        "18/09 07:30 T6-sunday overdue",
        // T4 reported on 15/09: no check-in on 21/09.
        "21/09 07:30 T2 overdue",
        "21/09 07:30 T5-weekly occurrence-overdue",
        "21/09 07:30 T6-sunday overdue",
        "22/09 07:30 T2 overdue",
        "22/09 07:30 T6-sunday overdue",
        "23/09 07:30 T2 escalation → Vũ Hạnh",
        "23/09 07:30 T2 escalation → Nguyễn Văn An",
        "23/09 07:30 T2 overdue",
        "23/09 07:30 T6-sunday overdue",
        "24/09 07:30 T2 overdue",
        "24/09 07:30 T6-sunday overdue",
        "25/09 07:30 T2 overdue",
        "25/09 07:30 T5-weekly occurrence-due",
        "25/09 07:30 T6-sunday overdue",
    ];
}
