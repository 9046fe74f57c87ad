using ChatBot.Inbound;
using ChatBot.Outbox;
using ChatBot.Storage;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Inbound;

/// <summary>Concurrent units of work in one process on SQLite take turns asynchronously (<see cref="SqliteWriteGate"/>)
/// instead of colliding on the file's write lock, where the driver retries by sleeping the calling thread.</summary>
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly ChatBotApp _app = new(new() { ["Outbox:Enabled"] = "false" });

    public void Dispose() => _app.Dispose();

    private static ProcessedUpdate Update(string id) => new() { Channel = "sim", UpdateId = id, At = DateTimeOffset.UtcNow };

    [Fact]
    public async Task A_second_writer_waits_for_its_turn_without_holding_a_thread_and_both_commit()
    {
        await using var first = _app.Services.CreateAsyncScope();
        await using var second = _app.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<ChatBotDb>();
        var firstUnit = first.ServiceProvider.GetRequiredService<UnitOfWork>();
        firstDb.ProcessedUpdates.Add(Update("gate-1"));
        await firstUnit.FlushAsync(default); // its transaction is open: on SQLite it holds the file's write lock
        second.ServiceProvider.GetRequiredService<ChatBotDb>().ProcessedUpdates.Add(Update("gate-2"));
        var secondUnit = second.ServiceProvider.GetRequiredService<UnitOfWork>();

        // The call must hand back a task at once: a writer that waits inside the driver's busy loop blocks its thread
        // until the first commits (here: never, before the 30 s busy timeout fails it).
        var call = Task.Factory.StartNew(() => secondUnit.CommitAsync(default), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var returned = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(5))) == call;
        Assert.True(returned, "the second commit blocked its thread while the first transaction was open");
        var commit = await call;
        if (!TestDatabase.IsPostgres)
        {
            await Task.Delay(200);
            Assert.False(commit.IsCompleted, "on SQLite the second writer waits for the first one's turn");
        }

        await firstUnit.CommitAsync(default);
        await commit.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, await _app.WithDb(db => db.ProcessedUpdates.CountAsync(p => p.UpdateId.StartsWith("gate-"))));
    }

    [Fact]
    public async Task A_failed_commit_gives_its_turn_back()
    {
        await _app.WithDb(async db => { db.ProcessedUpdates.Add(Update("dup")); await db.SaveChangesAsync(); });
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ChatBotDb>().ProcessedUpdates.Add(Update("dup"));
            await Assert.ThrowsAsync<DbUpdateException>(() => scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(default));
        }
        await using var next = _app.Services.CreateAsyncScope();
        next.ServiceProvider.GetRequiredService<ChatBotDb>().ProcessedUpdates.Add(Update("after"));
        await next.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(default).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await _app.WithDb(db => db.ProcessedUpdates.CountAsync(p => p.UpdateId == "after")));
    }
}
