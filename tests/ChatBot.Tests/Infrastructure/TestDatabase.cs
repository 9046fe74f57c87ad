using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatBot.Tests.Infrastructure;

/// <summary>
/// The database of one test host. SQLite by default: a fresh temp file. With <c>CHATBOT_TEST_POSTGRES</c> set to a
/// PostgreSQL connection string (a user allowed to create databases; scripts/test.sh starts a throw-away cluster and
/// sets it), a fresh PostgreSQL database instead, copied from a template migrated once per test run, so every host
/// starts on the real schema of that provider and tests never see each other's rows.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "CHATBOT_TEST_POSTGRES";

    /// <summary>The admin connection string, or null for SQLite.</summary>
    public static string? PostgresAdmin { get; } =
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    public static bool IsPostgres => PostgresAdmin is not null;

    /// <summary><c>Sqlite</c> or <c>Postgres</c> (the <c>Database:Provider</c> setting).</summary>
    public string Provider => IsPostgres ? "Postgres" : "Sqlite";

    /// <summary>SQLite: the file path; PostgreSQL: the database name.</summary>
    public string Name { get; }

    public string ConnectionString { get; }

    private readonly bool _owned;

    private TestDatabase(string name, bool owned)
    {
        Name = name;
        _owned = owned;
        ConnectionString = IsPostgres
            ? new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name, IncludeErrorDetail = true }.ToString()
            : $"Data Source={name}";
    }

    /// <summary>A new, empty database (schema only) that <see cref="Dispose"/> removes.</summary>
    public static TestDatabase Create()
    {
        if (!IsPostgres) return new(Path.Combine(Path.GetTempPath(), $"chatbot-test-{Guid.NewGuid():N}.db"), owned: true);
        var name = $"t_{Guid.NewGuid():N}";
        CreateFromTemplate(name);
        return new(name, owned: true);
    }

    /// <summary>The database a test names by a SQLite file path (to reopen it after a "restart"). SQLite: that file, which
    /// the caller deletes. PostgreSQL: a database derived from the path, created on first use and dropped when the test
    /// run ends.</summary>
    public static TestDatabase ForPath(string path)
    {
        if (!IsPostgres) return new(path, owned: false);
        var name = "p_" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..24].ToLowerInvariant();
        lock (ByPath)
        {
            if (ByPath.Add(name)) CreateFromTemplate(name);
        }
        return new(name, owned: false);
    }

    public void Dispose()
    {
        if (IsPostgres)
        {
            if (_owned) Drop(Name);
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_owned) return;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(Name + suffix); } catch (IOException) { }
    }

    // ------------------------------------------------------------------ PostgreSQL

    private static readonly HashSet<string> ByPath = [];
    private static readonly ConcurrentBag<string> Leftovers = [];
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private static void CreateFromTemplate(string name)
    {
        var template = Template.Value;
        Admin($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
    }

    /// <summary>One database per test run with every migration applied; each test's database is a copy of it.</summary>
    private static string CreateTemplate()
    {
        var name = $"tpl_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
        Admin($"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ToString();
        using (var db = new PostgresChatBotDb(new DbContextOptionsBuilder<PostgresChatBotDb>().UseNpgsql(cs).Options))
            db.MigrateAsync().GetAwaiter().GetResult();
        // CREATE DATABASE … TEMPLATE needs the template without connections.
        NpgsqlConnection.ClearAllPools();
        Admin($"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false");
        Leftovers.Add(name);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropLeftovers();
        return name;
    }

    private static void DropLeftovers()
    {
        lock (ByPath)
            foreach (var n in ByPath) Leftovers.Add(n);
        foreach (var n in Leftovers)
        {
            try { Drop(n); } catch (NpgsqlException) { } // the throw-away cluster goes anyway
        }
    }

    private static void Drop(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ToString()));
        Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void Admin(string sql)
    {
        // Pooling off: an admin connection must not linger on a database being copied or dropped.
        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresAdmin) { Pooling = false }.ToString());
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
