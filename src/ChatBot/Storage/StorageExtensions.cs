using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChatBot.Storage;

public static class StorageExtensions
{
    public const string DefaultSqlite = "Data Source=data/chatbot.db";

    /// <summary>Registers <see cref="ChatBotDb"/> on SQLite (default) or PostgreSQL (<c>Database:Provider=Postgres</c>).</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration config)
    {
        var provider = config["Database:Provider"] ?? "Sqlite";
        var cs = config.GetConnectionString("ChatBot");
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(cs))
                throw new InvalidOperationException("Database:Provider=Postgres cần ConnectionStrings:ChatBot.");
            services.AddDbContext<ChatBotDb, PostgresChatBotDb>(o => o.UseNpgsql(cs));
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var sqlite = PrepareSqlite(string.IsNullOrWhiteSpace(cs) ? DefaultSqlite : cs);
            services.AddDbContext<ChatBotDb, SqliteChatBotDb>(o => o.UseSqlite(sqlite));
        }
        else throw new InvalidOperationException($"Database:Provider không hợp lệ: {provider} (Sqlite | Postgres).");
        return services;
    }

    /// <summary>Creates the folder of the database file so a fresh checkout just runs.</summary>
    private static string PrepareSqlite(string cs)
    {
        var b = new SqliteConnectionStringBuilder(cs);
        if (!string.IsNullOrEmpty(b.DataSource) && b.DataSource != ":memory:" && b.Mode != SqliteOpenMode.Memory)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(b.DataSource));
            if (!string.IsNullOrEmpty(dir)) System.IO.Directory.CreateDirectory(dir);
        }
        b.DefaultTimeout = b.DefaultTimeout <= 30 ? 30 : b.DefaultTimeout;
        return b.ToString();
    }

    /// <summary>Applies pending migrations; on SQLite switches to WAL so the CLI and the service share the file.</summary>
    public static async Task MigrateAsync(this ChatBotDb db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.MigrateAsync(ct);
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
