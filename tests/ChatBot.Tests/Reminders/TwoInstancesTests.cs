using ChatBot.Core.Tasks;
using ChatBot.Reminders;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Tests.Reminders.ReminderWard;

namespace ChatBot.Tests.Reminders;

/// <summary>Several instances of the service on one database (SQLite file or PostgreSQL): each runs its own Quartz
/// schedule, so each fires the sweep and the digest at the same instants. The unique key of ReminderDispatch (task,
/// kind, occurrence, recipient; the digest is task 0) makes each reminder, escalation and digest happen once.</summary>
public sealed class TwoInstancesTests
{
    /// <summary>A week of mornings and one afternoon: due-day, overdue, escalations to heads and the chair, digests.</summary>
    private static readonly DateTimeOffset[] Instants =
    [
        Local(6, 15, 7, 30), Local(6, 15, 7, 45), Local(6, 16, 7, 30), Local(6, 16, 14, 0),
        Local(6, 17, 7, 30), Local(6, 18, 7, 30), Local(6, 19, 7, 30), Local(6, 22, 7, 30),
    ];

    private static async Task<ReminderWard> SeedAsync(ChatBotApp app)
    {
        var ward = new ReminderWard();
        await app.WithDb(async db =>
        {
            await ward.SeedDirectoryAsync(db);
            var assigned = Local(6, 1, 9);
            var units = new[] { "kt", "vhxh", "ca" };
            // 30 tasks due from 02/06 to 30/06: some overdue long enough to escalate, some due during the week.
            for (var i = 0; i < 30; i++)
                await ward.AddTaskAsync(db, $"t{i}", units[i % 3], new(2026, 6, 2 + i % 29), i % 2 == 0 ? ward.ChairedByAn : ward.ChairedByBinh, assigned);
            await ward.AddTaskAsync(db, "no-deadline", "ca", null, ward.ChairedByAn, assigned);
            await ward.AddTaskAsync(db, "done", "kt", new(2026, 6, 3), ward.ChairedByAn, assigned, WorkStatus.Done);
        });
        return ward;
    }

    /// <summary>The sweep and the digest of one instance at one instant, as its Quartz jobs run them.</summary>
    private static async Task<int> RunJobsAsync(ChatBotApp app, ReminderWard ward, DateTimeOffset now)
    {
        app.Clock.SetUtcNow(now);
        await using var scope = app.Services.CreateAsyncScope();
        var sweep = scope.ServiceProvider.GetRequiredService<ReminderSweep>();
        var digest = scope.ServiceProvider.GetRequiredService<DigestService>();
        return (await sweep.RunAsync(ward.WardId, now, CancellationToken.None)).Count
               + (await digest.RunAsync(ward.WardId, now, CancellationToken.None)).Count;
    }

    // The queue is compared, not delivered: no dispatcher (whose expiry pass would also report the week-old rows as undelivered).
    private static Dictionary<string, string?> NoDispatcher() => new() { ["Outbox:Enabled"] = "false" };

    private static Task<(List<string> Dispatches, List<string> Outbox)> FootprintAsync(ChatBotApp app) => app.WithDb(async db =>
    {
        var dispatches = await db.ReminderDispatches.AsNoTracking()
            .Select(d => new { d.TaskId, d.Kind, d.Occurrence, d.RecipientId }).ToListAsync();
        var outbox = await db.Outbox.AsNoTracking().Select(m => new { m.ChatId, m.Text }).ToListAsync();
        return (dispatches.Select(d => $"{d.TaskId} {d.Kind} {d.Occurrence:yyyy-MM-dd} {d.RecipientId}").Order(StringComparer.Ordinal).ToList(),
            outbox.Select(m => $"{m.ChatId}\n{m.Text}").Order(StringComparer.Ordinal).ToList());
    });

    [Fact]
    public async Task Two_instances_firing_the_sweep_and_the_digest_at_the_same_instant_queue_each_occurrence_once()
    {
        // What one instance alone queues over the week: the reference.
        List<string> expectedDispatches, expectedOutbox;
        using (var alone = new ChatBotApp(NoDispatcher()))
        {
            var w = await SeedAsync(alone);
            foreach (var now in Instants) await RunJobsAsync(alone, w, now);
            (expectedDispatches, expectedOutbox) = await FootprintAsync(alone);
        }
        Assert.Contains(expectedDispatches, d => d.Contains(" escalation "));
        Assert.Contains(expectedDispatches, d => d.Contains(" digest "));
        Assert.Contains(expectedDispatches, d => d.Contains(" overdue "));

        // Two hosts (two service providers, two connection pools) on one database, started together at each instant.
        using var database = TestDatabase.Create();
        using var first = new ChatBotApp(database, NoDispatcher());
        using var second = new ChatBotApp(database, NoDispatcher());
        var ward = await SeedAsync(first);
        _ = second.Services; // both hosts up (and the schema checked) before the race
        var queued = 0;
        foreach (var now in Instants)
        {
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var a = Task.Run(async () => { await go.Task; return await RunJobsAsync(first, ward, now); });
            var b = Task.Run(async () => { await go.Task; return await RunJobsAsync(second, ward, now); });
            go.SetResult();
            queued += (await Task.WhenAll(a, b)).Sum();
        }

        var (dispatches, outbox) = await FootprintAsync(first);
        Assert.Equal(expectedDispatches, dispatches);
        Assert.Equal(expectedOutbox, outbox);
        Assert.Equal(dispatches.Count, queued); // what the instances report adds up: nobody counted a refused duplicate
    }
}
