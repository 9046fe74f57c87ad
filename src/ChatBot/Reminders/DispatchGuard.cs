using ChatBot.Core.Tasks;
using ChatBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatBot.Reminders;

/// <summary>Records a dispatch and the outbox rows it queued in one SaveChanges; the unique dispatch key
/// makes a second attempt (restart, second instance) fail, and that failure means "already sent".</summary>
internal static class DispatchGuard
{
    public static Task<bool> CommitOnceAsync(ChatBotDb db, ReminderDispatch dispatch, Func<Task> queue, CancellationToken ct) =>
        CommitOnceAsync(db, [dispatch], queue, ct);

    /// <summary>Several dispatches that share one message (a leader's escalations of one sweep): all or none.</summary>
    public static async Task<bool> CommitOnceAsync(ChatBotDb db, IReadOnlyList<ReminderDispatch> dispatches, Func<Task> queue, CancellationToken ct)
    {
        db.ReminderDispatches.AddRange(dispatches);
        await queue();
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
