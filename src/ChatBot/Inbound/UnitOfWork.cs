using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChatBot.Inbound;

/// <summary>The database work of one inbound message (scoped): its state changes and the outbox rows it queues are
/// committed together by the <see cref="InboundPipeline"/>, or not at all. Services never save; only this does.
/// On SQLite the transaction is one process-wide writer's turn (<see cref="SqliteWriteGate"/>), taken when it begins and
/// given back when it ends.</summary>
public sealed class UnitOfWork(ChatBotDb db, SqliteWriteGate gate, SqliteGroupCommit group) : IAsyncDisposable
{
    private IDbContextTransaction? _transaction;
    private IDisposable? _turn;

    /// <summary>Writes what is pending inside this message's transaction (begun here the first time), so the database can
    /// hand out numbers the answer shows (a new document's id, a new official's id). Nothing is committed until
    /// <see cref="CommitAsync"/>; a failure later rolls this back too.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await BeginAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves everything and commits: the one save of a message. <paramref name="shared"/>: on SQLite, when
    /// nothing was flushed yet, the save may share its transaction with other messages' (<see cref="SqliteGroupCommit"/>);
    /// it still commits with all of this message's changes or not at all, and returns after the commit.</summary>
    public async Task CommitAsync(CancellationToken ct, bool shared = false)
    {
        if (_transaction is null && !db.ChangeTracker.HasChanges()) return;
        // Alone (nobody writing or waiting), a message commits at once on its own; behind others, it joins their batch.
        if (shared && _transaction is null && db.Database.IsSqlite() && !(group.Idle && gate.IsFree))
        {
            // The batch saves on its writer's connection: the connection this message read on (the pipeline keeps one open
            // for the message) goes back to the pool first.
            await db.Database.CloseConnectionAsync();
            if (db.Database.GetDbConnection().State == System.Data.ConnectionState.Closed)
            {
                await group.CommitAsync(db, ct);
                return;
            }
        }
        if (_transaction is null && !db.Database.IsSqlite())
        {
            // Nothing flushed: SaveChanges' own transaction holds the whole message (BEGIN goes with the statements, then
            // COMMIT), without the savepoint and its release that a save inside an explicit transaction costs.
            await db.SaveChangesAsync(ct);
            return;
        }
        await BeginAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await _transaction!.CommitAsync(ct);
        }
        finally
        {
            await EndAsync(); // committed, or rolled back by the disposal
        }
    }

    /// <summary>Forgets every change of this message, flushed or not.</summary>
    public async Task DiscardAsync(CancellationToken ct)
    {
        if (_transaction is not null) await _transaction.RollbackAsync(ct);
        await EndAsync();
        db.ChangeTracker.Clear();
    }

    public async ValueTask DisposeAsync() => await EndAsync(); // not committed: rolled back

    private async Task BeginAsync(CancellationToken ct)
    {
        if (_transaction is not null) return;
        _turn = await gate.EnterAsync(db, ct);
        try
        {
            _transaction = await db.Database.BeginTransactionAsync(ct);
        }
        catch
        {
            await EndAsync();
            throw;
        }
    }

    private async Task EndAsync()
    {
        try
        {
            if (_transaction is not null) await _transaction.DisposeAsync();
        }
        finally
        {
            _transaction = null;
            _turn?.Dispose();
            _turn = null;
        }
    }
}
