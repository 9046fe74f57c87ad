using System.Reflection;
using ChatBot.Hosting;
using ChatBot.Storage.CompiledModels.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatBot.Storage;

public static class StorageExtensions
{
    /// <summary>Only for <c>dotnet ef</c> at design time; the running program resolves its file with <see cref="DataDirectory"/>.</summary>
    public const string DefaultSqlite = "Data Source=data/chatbot.db";

    /// <summary>Registers <see cref="ChatBotDb"/> on SQLite (default) or PostgreSQL (<c>Database:Provider=Postgres</c>).</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section);
        var options = config.ReadValidated<DatabaseOptions>(DatabaseOptions.Section);
        if (options.IsPostgres)
        {
            var cs = config.GetConnectionString("ChatBot");
            if (string.IsNullOrWhiteSpace(cs))
                throw new ConfigurationException("Database:Provider=Postgres cần ConnectionStrings:ChatBot (Host=…;Database=…;Username=…;Password=…).");
            services.AddDbContext<ChatBotDb, PostgresChatBotDb>(o => o.UseNpgsql(cs));
        }
        else
        {
            var cs = SqliteConnectionString(config);
            services.AddDbContext<ChatBotDb, SqliteChatBotDb>(o =>
            {
                o.UseSqlite(cs);
                if (CompiledModelIsCurrent.Value) o.UseModel(SqliteChatBotDbModel.Instance);
            });
        }
        return services;
    }

    /// <summary>The SQLite connection string the program uses (also the key of its connection pool).</summary>
    public static string SqliteConnectionString(IConfiguration config)
    {
        var b = new SqliteConnectionStringBuilder(DataDirectory.SqliteConnectionString(config));
        b.DefaultTimeout = b.DefaultTimeout <= 30 ? 30 : b.DefaultTimeout; // the CLI and the service share the file
        return b.ToString();
    }

    /// <summary>The compiled model (scripts/ef-model.sh) saves building the model at every start; it is trusted only
    /// while no SQLite migration is newer than it, so a forgotten regeneration costs speed, never correctness.</summary>
    private static readonly Lazy<bool> CompiledModelIsCurrent = new(() =>
        typeof(SqliteChatBotDb).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(SqliteChatBotDb))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>().Max(StringComparer.Ordinal) == SqliteChatBotDbModel.GeneratedAfterMigration);

    /// <summary>Brings the schema up to date. When it already is (the usual case) this costs one small query:
    /// the applied migrations are compared with the assembly's list and nothing else runs.</summary>
    public static async Task MigrateAsync(this ChatBotDb db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
            DataDirectory.EnsureFolder(db.Database.GetConnectionString()!);
        if (await AppliedMigrationsAsync(db, ct) is { } applied && db.Database.GetMigrations().All(applied.Contains)) return;
        // WAL lets the CLI and the service use the file at once; the mode is stored in the file.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>The applied migrations read with one plain query (EF's own history reader builds a model for its table
    /// first, which costs more than the whole check); null when there is no history table yet.</summary>
    private static async Task<HashSet<string>?> AppliedMigrationsAsync(ChatBotDb db, CancellationToken ct)
    {
        try
        {
            // PostgreSQL: a database that does not exist yet fails here; EF's migration creates it.
            await db.Database.OpenConnectionAsync(ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
            return applied;
        }
        catch (System.Data.Common.DbException)
        {
            return null; // a new database, or no history table yet
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>Lets <c>dotnet ef</c> build each provider's context without starting the host.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteChatBotDb>
{
    public SqliteChatBotDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteChatBotDb>().UseSqlite(StorageExtensions.DefaultSqlite).Options);
}

public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresChatBotDb>
{
    public PostgresChatBotDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresChatBotDb>().UseNpgsql("Host=localhost;Database=chatbot").Options);
}
