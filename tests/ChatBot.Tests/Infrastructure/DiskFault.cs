using System.Data.Common;
using ChatBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Infrastructure;

/// <summary>A full disk under the database, as SQLite reports it: while <see cref="Full"/>, every statement that
/// writes fails with SQLITE_FULL (13, "database or disk is full"); reads still work, as they do on a full disk.</summary>
public sealed class DiskFault : DbCommandInterceptor
{
    public volatile bool Full;

    /// <summary>Writes refused so far.</summary>
    public int Refused;

    private void Check(DbCommand command)
    {
        if (!Full) return;
        var sql = command.CommandText.TrimStart();
        if (!(sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
              || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) || sql.Contains("\nINSERT", StringComparison.OrdinalIgnoreCase)
              || sql.Contains("\nUPDATE", StringComparison.OrdinalIgnoreCase) || sql.Contains("\nDELETE", StringComparison.OrdinalIgnoreCase)))
            return;
        Interlocked.Increment(ref Refused);
        throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken ct = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }
}

public static class DiskFaults
{
    /// <summary>Adds the <see cref="DiskFault"/> to every context the app makes (one shared instance to arm and disarm).</summary>
    public static void AddDiskFault(this IServiceCollection services)
    {
        var fault = new DiskFault();
        services.AddSingleton(fault);
        services.ConfigureDbContext<SqliteChatBotDb>((_, o) => o.AddInterceptors(fault));
    }
}
