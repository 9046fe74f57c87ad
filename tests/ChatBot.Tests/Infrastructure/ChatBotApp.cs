using ChatBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Infrastructure;

/// <summary>The real host on a fresh database (a SQLite file, or a PostgreSQL database when <c>CHATBOT_TEST_POSTGRES</c>
/// is set: <see cref="TestDatabase"/>); only the chat platforms are faked (by the tests that need them).</summary>
public sealed class ChatBotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;

    /// <summary>SQLite: the file; PostgreSQL: the database name.</summary>
    public string DatabasePath => _database.Name;

    /// <summary>Shared clock; starts at a fixed working-day morning in Hà Nội time.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.FromHours(7)));

    public ChatBotApp(Dictionary<string, string?>? settings = null) : this(settings, null) { }

    /// <param name="databasePath">A SQLite file to reuse (a "restart"); the caller owns it and deletes it. On PostgreSQL
    /// the path names a database that lives until the test run ends (<see cref="TestDatabase.ForPath"/>).</param>
    public ChatBotApp(Dictionary<string, string?>? settings, string? databasePath)
        : this(settings, databasePath is null ? TestDatabase.Create() : TestDatabase.ForPath(databasePath), databasePath is null) { }

    /// <summary>An app on a database the caller keeps (e.g. two hosts on one database, or a restart).</summary>
    public ChatBotApp(TestDatabase database, Dictionary<string, string?>? settings = null) : this(settings, database, false) { }

    private ChatBotApp(Dictionary<string, string?>? settings, TestDatabase database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatBot"] = database.ConnectionString,
            ["Database:Provider"] = database.Provider,
            // Tests that want the demo ward ask for it; others start from an empty database.
            ["Simulator:SeedDemo"] = "false",
            // Quartz would fire on the real clock mid-test; tests call the reminder services directly.
            ["Reminders:Enabled"] = "false",
            // A slot taken ahead waits on the clock before its request leaves; the fake clock moves only between the
            // tests' passes, so tests take free slots only (OutboxSendAheadTests covers taking them ahead).
            ["Outbox:SendAhead"] = "00:00:00",
            // The trim of mapped code would page out the whole test process after each host's start (MemoryTrimTests
            // turn it on).
            ["Memory:TrimMappedFiles"] = "false",
        };
        foreach (var (k, v) in settings ?? []) _settings[k] = v;
    }

    /// <summary>An app on an existing database file (e.g. a restart); the caller deletes the file.</summary>
    public ChatBotApp(string databasePath, Dictionary<string, string?>? settings = null) : this(settings, databasePath) { }

    public string ConnectionString => _settings["ConnectionStrings:ChatBot"]!;

    /// <summary>Test-only service changes, applied after the app's own registrations (e.g. a conversation that fails on purpose).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        builder.ConfigureServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
            TestServices?.Invoke(s);
        });
    }

    /// <summary>Runs code against the app's database in its own scope.</summary>
    public async Task<T> WithDb<T>(Func<ChatBotDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ChatBotDb>());
    }

    public async Task WithDb(Func<ChatBotDb, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ChatBotDb>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_ownsDatabase) _database.Dispose();
        else Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
