using ChatBot.Storage;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChatBot.Inbound;

/// <summary>The database work of one inbound message (scoped): its state changes and the outbox rows it queues are
/// committed together by the <see cref="InboundPipeline"/>, or not at all. Services never save; only this does.</summary>
public sealed class UnitOfWork(ChatBotDb db) : IAsyncDisposable
{
    private IDbContextTransaction? _transaction;

    /// <summary>Writes what is pending inside this message's transaction (begun here the first time), so the database can
    /// hand out numbers the answer shows (a new document's id, a new official's id). Nothing is committed until
    /// <see cref="CommitAsync"/>; a failure later rolls this back too.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        _transaction ??= await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves everything and commits: the one save of a message.</summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        if (_transaction is null) return;
        await _transaction.CommitAsync(ct);
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    /// <summary>Forgets every change of this message, flushed or not.</summary>
    public async Task DiscardAsync(CancellationToken ct)
    {
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync(ct);
            await _transaction.DisposeAsync();
            _transaction = null;
        }
        db.ChangeTracker.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync(); // not committed: rolled back
    }
}
