using System.Data.Common;
using ChatBot.Core.Tasks;
using ChatBot.Reminders;
using ChatBot.Storage;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ChatBot.Tests.Reminders.ReminderWard;

namespace ChatBot.Tests.Reminders;

/// <summary>The reminder sweep's task query is served by the partial index on open tasks (ChatBotDb.OpenTaskIndex): it
/// walks the ward's open tasks, not every task the ward ever had. Asked of the database's own planner (SQLite's
/// EXPLAIN QUERY PLAN; PostgreSQL's EXPLAIN with sequential scans priced out, as its planner prefers them on tiny tables).</summary>
public sealed class OpenTaskIndexTests
{
    [Fact]
    public async Task The_sweeps_task_query_uses_the_open_task_index()
    {
        using var app = new ChatBotApp();
        var ward = new ReminderWard();
        await app.WithDb(async db =>
        {
            await ward.SeedDirectoryAsync(db);
            for (var i = 0; i < 40; i++)
                await ward.AddTaskAsync(db, $"t{i}", "kt", new(2026, 6, 2 + i % 25), ward.ChairedByAn, Local(6, 1, 9),
                    i % 4 == 0 ? WorkStatus.InProgress : WorkStatus.Done);
        });

        var plan = await app.WithDb(db => PlanAsync(db, ReminderSweep.CandidatesQuery(db, ward.WardId, new DateOnly(2026, 6, 20))));

        Assert.Contains(ChatBotDb.OpenTaskIndex, plan);
        // Neither a walk over the table nor over the ward's tasks through another index.
        Assert.DoesNotMatch(@"(?m)(SCAN t\d*\b|Seq Scan on ""Tasks"")", plan);
        Assert.DoesNotContain("IX_Tasks_WardId_Status_Deadline", plan);
        Assert.DoesNotContain("IX_Tasks_UnitId", plan);
        // SQLite: every step that reads Tasks (one per arm of the query) seeks in the open-task index.
        foreach (var step in plan.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\b(SEARCH|SCAN) t\d*\b")))
            Assert.Contains(ChatBotDb.OpenTaskIndex, step);
    }

    /// <summary>The plan the database chooses for <paramref name="query"/>, with its parameters bound, one line per step.</summary>
    private static async Task<string> PlanAsync<T>(ChatBotDb db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync();
        try
        {
            if (!sqlite) await Execute(command.Connection!, "SET enable_seqscan = off");
            command.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) lines.Add(reader.GetString(sqlite ? 3 : 0)); // SQLite: id, parent, notused, detail
            return string.Join('\n', lines);
        }
        finally
        {
            if (!sqlite) await Execute(command.Connection!, "RESET enable_seqscan");
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task Execute(DbConnection connection, string sql)
    {
        await using var c = connection.CreateCommand();
        c.CommandText = sql;
        await c.ExecuteNonQueryAsync();
    }
}
