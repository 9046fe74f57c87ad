using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Reminders;
using ChatBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Benchmarks;

/// <summary>
/// The reminder sweep's task query (<see cref="ReminderSweep.CandidatesQuery"/>) on a SQLite ward of 10k, 100k and 1M
/// tasks with the same 100 tasks due: 1 % of the tasks are open with a far deadline, the rest are done. Each size runs
/// twice on the same data: with the open-task index, and without it (the baseline: the schema before IX_Tasks_Open).
/// The databases are seeded once per size into the temp folder (chatbot-bench-sweep-N.db) and copied for each case.
/// </summary>
[Config(typeof(InProcessShortRun))]
[MemoryDiagnoser]
public class ReminderSweepBenchmarks
{
    public const int Due = 100;
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Params(10_000, 100_000, 1_000_000)]
    public int Tasks { get; set; }

    /// <summary>false: the baseline, the same database with IX_Tasks_Open dropped.</summary>
    [Params(true, false)]
    public bool OpenIndex { get; set; }

    private string _path = "";
    private int _wardId;
    private SqliteChatBotDb _db = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seeded = Path.Combine(Path.GetTempPath(), $"chatbot-bench-sweep-{Tasks}.db");
        using (var seedLock = new FileStream(seeded + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
            if (!File.Exists(seeded)) Seed(seeded).GetAwaiter().GetResult();
        _path = Path.Combine(Path.GetTempPath(), $"chatbot-bench-sweep-{Tasks}-{OpenIndex}-{Environment.ProcessId}.db");
        File.Copy(seeded, _path, overwrite: true);
        _db = Open(_path);
        if (!OpenIndex) _db.Database.ExecuteSqlRaw("DROP INDEX \"" + ChatBotDb.OpenTaskIndex + "\"");
        _wardId = _db.Wards.Select(w => w.Id).Single();
        var found = Run();
        Console.WriteLine($"// {Tasks} tasks, open index {OpenIndex}: {found} candidates");
        if (found != Due) throw new InvalidOperationException($"expected {Due} candidates, found {found}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Benchmark(Description = "sweep task query")]
    public int Run() => ReminderSweep.CandidatesQuery(_db, _wardId, Today.AddDays(3)).ToList().Count;

    private static SqliteChatBotDb Open(string path) =>
        new(new DbContextOptionsBuilder<SqliteChatBotDb>().UseSqlite($"Data Source={path}").Options);

    /// <summary>One ward, one unit, one document; N tasks copied from one template row in SQL (EF would take minutes).</summary>
    private async Task Seed(string path)
    {
        var tmp = path + ".tmp";
        File.Delete(tmp);
        await using (var db = Open(tmp))
        {
            await db.MigrateAsync();
            var ward = new Ward { Name = "Phường Đo", Key = "phuong do" };
            db.Wards.Add(ward);
            await db.SaveChangesAsync();
            var unit = new Unit { WardId = ward.Id, Name = "Phòng Kinh tế", Key = "kt" };
            var doc = new NoticeDocument { WardId = ward.Id, ContentHash = "bench", FileName = "bench.txt" };
            db.AddRange(unit, doc);
            await db.SaveChangesAsync();
            db.Tasks.Add(new WorkTask
            {
                WardId = ward.Id, DocumentId = doc.Id, UnitId = unit.Id, Text = "Báo cáo tiến độ thu ngân sách quý II", Ordinal = 1,
                Deadline = Today, AssignedAt = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(7)),
                CreatedAt = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(7)),
            });
            await db.SaveChangesAsync();
            var columns = (await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM pragma_table_info('Tasks')").ToListAsync())
                .Where(c => c != "Id").ToList();
            string Pick(string c) => c switch
            {
                // the first 100 copies are due (open, deadline from 10 days ago to today + 3); then 1 % open with a
                // far deadline; the rest done long ago
                "Status" => $"CASE WHEN n <= {Due} THEN 'InProgress' WHEN n % 100 = 0 THEN 'New' ELSE 'Done' END",
                "Deadline" => $"CASE WHEN n <= {Due} THEN date('{Today:yyyy-MM-dd}', ((n % 14) - 10) || ' days') WHEN n % 100 = 0 THEN '2027-12-31' ELSE date('2020-01-01', (n % 2000) || ' days') END",
                "Ordinal" => "n",
                _ => $"\"{c}\"",
            };
            var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
#pragma warning disable EF1003 // the SQL is built from the table's own column names and constants, no input
            await db.Database.ExecuteSqlRawAsync(
                $"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {Tasks - 1}) " +
                $"INSERT INTO \"Tasks\" ({list}) SELECT {string.Join(", ", columns.Select(Pick))} FROM seq, \"Tasks\" t");
#pragma warning restore EF1003
            // the template itself is the 101st due task: move it out of the due set
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Tasks\" SET \"Status\" = 'Done' WHERE \"Ordinal\" = 1 AND \"Id\" = 1");
        }
        SqliteConnection.ClearAllPools();
        File.Move(tmp, path, overwrite: true);
    }
}

/// <summary>ShortRun (1 launch, 3 warm-ups, 3 iterations) inside the benchmark's own process: BenchmarkDotNet's generated
/// project cannot build the host project (its ReadyToRun step needs a runtime identifier).</summary>
public sealed class InProcessShortRun : ManualConfig
{
    public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}
