using ChatBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Infrastructure;

/// <summary>The real host on a fresh SQLite file; only the chat platforms are faked (by the tests that need them).</summary>
public sealed class ChatBotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;

    public string DatabasePath { get; }

    /// <summary>Shared clock; starts at a fixed working-day morning in Hà Nội time.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.FromHours(7)));

    public ChatBotApp(Dictionary<string, string?>? settings = null) : this(settings, null) { }

    /// <param name="databasePath">An existing SQLite file to reuse (a "restart"); the caller owns it and deletes it.</param>
    public ChatBotApp(Dictionary<string, string?>? settings, string? databasePath)
    {
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"chatbot-test-{Guid.NewGuid():N}.db");
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatBot"] = $"Data Source={DatabasePath}",
            ["Database:Provider"] = "Sqlite",
            // Tests that want the demo ward ask for it; others start from an empty database.
            ["Simulator:SeedDemo"] = "false",
            // Quartz would fire on the real clock mid-test; tests call the reminder services directly.
            ["Reminders:Enabled"] = "false",
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsDatabase) return;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(DatabasePath + suffix); } catch (IOException) { }
    }
}
