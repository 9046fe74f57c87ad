using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Inbound;

/// <summary>
/// One writer at a time inside this process on SQLite, waited for asynchronously and in arrival order. SQLite admits a
/// single writer per file anyway; without this, concurrent updates collide on the file's write lock and
/// Microsoft.Data.Sqlite retries a busy statement by sleeping the calling thread, so under a burst of replies the
/// commits queue behind fixed sleeps and the sleeping threads starve the thread pool. PostgreSQL has row locks: no gate.
/// Another process (the CLI) still meets SQLite's own lock and busy timeout.
/// </summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Nobody writes at this instant (a hint: the next writer may still come first).</summary>
    public bool IsFree => _gate.CurrentCount > 0;

    /// <summary>Waits for the gate when <paramref name="db"/> is SQLite; dispose the result to let the next writer in.
    /// Null (nothing to release) on PostgreSQL.</summary>
    public async Task<IDisposable?> EnterAsync(ChatBotDb db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return null;
        await _gate.WaitAsync(ct);
        return new Turn(_gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
