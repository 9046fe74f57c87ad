using System.Threading.Channels;
using ChatBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChatBot.Inbound;

/// <summary>
/// Group commit of inbound messages on SQLite: the units of work that reach their commit while another batch is being
/// written wait here and are written together — one writer's turn (<see cref="SqliteWriteGate"/>), one transaction, one
/// fsync — and each waiting message is answered after that commit. Measured (docs/BENCHMARKS.md, status replies): with 50
/// officials replying at once each update waited ≈ 85 ms of its ≈ 92 ms for the writer's turn, each turn being a
/// transaction of its own.
/// </summary>
/// <remarks>
/// Each message's changes are saved by its own DbContext on the batch's connection and transaction; EF Core wraps such a
/// save in a savepoint and rolls back to it when the save fails, so one message's failure (a racing duplicate's
/// processed-update record, a task changed meanwhile) undoes only that message's changes and the others still commit.
/// A message's changes, its answers in the outbox and its processed-update record are in one save, so they commit together
/// or not at all, as before. Messages are saved in arrival order (per chat, as before). When the transaction itself is lost
/// (SQLite rolled it back after a disk error) or the commit fails, nothing of the batch is saved and every message of it
/// gets the error (the webhook answers 500; the platform delivers again). Every outcome is given only after the commit, so a
/// message that failed because a message of the same batch did the same thing sees it done when it looks again.
/// </remarks>
public sealed class SqliteGroupCommit(SqliteWriteGate gate, IServiceScopeFactory scopes, ILogger<SqliteGroupCommit> log) : IDisposable
{
    /// <summary>At most this many messages in one transaction (the rest go in the next).</summary>
    public const int MaxBatch = 64;

    private sealed record Pending(ChatBotDb Db, TaskCompletionSource Done, CancellationToken Ct);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private int _started;

    /// <summary>The batches written so far and the messages in them (for the benchmark's and the tests' eyes).</summary>
    public long Batches => Interlocked.Read(ref _batches);
    public long Messages => Interlocked.Read(ref _messages);
    private long _batches, _messages;
    private int _waiting;

    /// <summary>No message waits here and no batch is being written: a message alone gains nothing by queueing.</summary>
    public bool Idle => Volatile.Read(ref _waiting) == 0;

    /// <summary>Saves <paramref name="db"/>'s pending changes in the next batch; completes after that batch committed, or
    /// throws what stopped this message (nothing of it saved). The context must have no transaction and no open connection.</summary>
    public Task CommitAsync(ChatBotDb db, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0) _ = Task.Run(WriteLoopAsync, CancellationToken.None);
        var pending = new Pending(db, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), ct);
        Interlocked.Increment(ref _waiting);
        if (!_queue.Writer.TryWrite(pending))
        {
            Interlocked.Decrement(ref _waiting);
            throw new InvalidOperationException("SqliteGroupCommit: hàng đợi đã đóng.");
        }
        return WaitAsync(pending.Done.Task);
    }

    private async Task WaitAsync(Task done)
    {
        try { await done; }
        finally { Interlocked.Decrement(ref _waiting); }
    }

    /// <summary>No more batches: the loop ends once what is queued is written (the host is stopping).</summary>
    public void Dispose() => _queue.Writer.TryComplete();

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var writer = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
                // The turn first, then the queue: whatever arrived while the previous writer held the file joins this batch.
                using var turn = await gate.EnterAsync(writer, CancellationToken.None);
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var p))
                {
                    if (p.Ct.IsCancellationRequested) p.Done.TrySetCanceled(p.Ct); // its request is gone: nothing of it saved
                    else batch.Add(p);
                }
                if (batch.Count > 0) await WriteAsync(writer, batch);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "SQLite: lượt ghi chung {Count} tin nhắn lỗi; không tin nào được lưu", batch.Count);
                foreach (var p in batch) p.Done.TrySetException(e);
            }
        }
    }

    private async Task WriteAsync(ChatBotDb writer, List<Pending> batch)
    {
        await using var transaction = await writer.Database.BeginTransactionAsync();
        var connection = (SqliteConnection)writer.Database.GetDbConnection();
        var outcomes = new Exception?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var db = batch[i].Db;
            var own = db.Database.GetConnectionString();
            try
            {
                db.Database.SetDbConnection(connection, contextOwnsConnection: false);
                await db.Database.UseTransactionAsync(transaction.GetDbTransaction());
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false);
            }
            catch (Exception e)
            {
                // EF rolled this message's statements back to its savepoint; if SQLite dropped the whole transaction
                // instead (a disk error), the batch is lost: every message gets the error, none is saved.
                if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0) throw;
                outcomes[i] = e;
            }
            finally
            {
                await db.Database.UseTransactionAsync(null);
                db.Database.SetDbConnection(null, contextOwnsConnection: true);
                db.Database.SetConnectionString(own); // its own connection again, for whatever it reads next
            }
        }
        await transaction.CommitAsync();
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _messages, batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is { } failure) batch[i].Done.TrySetException(failure);
            else
            {
                batch[i].Db.ChangeTracker.AcceptAllChanges();
                batch[i].Done.TrySetResult();
            }
        }
    }
}
