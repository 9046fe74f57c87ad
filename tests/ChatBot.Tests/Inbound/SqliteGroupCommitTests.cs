using ChatBot.Core.Conversation;
using ChatBot.Inbound;
using ChatBot.Outbox;
using ChatBot.Storage;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Inbound;

/// <summary>Group commit on SQLite (<see cref="SqliteGroupCommit"/>): messages whose commit comes while another writer holds
/// the file are written in one transaction, each all or nothing, each answered after the commit. On PostgreSQL the same
/// calls commit on their own (no batching); the outcomes asserted here are the same.</summary>
public sealed class SqliteGroupCommitTests : IAsyncLifetime
{
    private readonly ChatBotApp _app = new(new() { ["Outbox:Enabled"] = "false" }) { TestServices = s => s.AddConversationFault() };
    private TestWard _ward = null!;

    public async Task InitializeAsync()
    {
        _ward = new TestWard(_app);
        await _ward.SeedAsync();
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    private SqliteGroupCommit Group => _app.Services.GetRequiredService<SqliteGroupCommit>();

    private static ProcessedUpdate Update(string id) => new() { Channel = "sim", UpdateId = id, At = DateTimeOffset.UtcNow };

    /// <summary>Another writer's open transaction: on SQLite it holds the process's writer turn until committed.</summary>
    private async Task<(AsyncServiceScope Scope, UnitOfWork Unit)> HoldTheFileAsync()
    {
        var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ChatBotDb>().ProcessedUpdates.Add(Update($"holder-{Guid.NewGuid():N}"));
        var unit = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        await unit.FlushAsync(default);
        return (scope, unit);
    }

    private Task<int> CountAsync(string prefix) => _app.WithDb(db => db.ProcessedUpdates.CountAsync(p => p.UpdateId.StartsWith(prefix)));

    [Fact]
    public async Task Messages_that_wait_for_the_file_commit_together_once_each_and_their_contexts_work_on_afterwards()
    {
        var (holderScope, holder) = await HoldTheFileAsync();
        var scopes = Enumerable.Range(1, 3).Select(_ => _app.Services.CreateAsyncScope()).ToList();
        var rows = scopes.Select((s, i) => s.ServiceProvider.GetRequiredService<ChatBotDb>().ProcessedUpdates.Add(Update($"group-{i}")).Entity).ToList();
        var batchesBefore = Group.Batches;

        var commits = scopes.Select(s => s.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(default, shared: true)).ToList();
        if (!TestDatabase.IsPostgres)
        {
            await Task.Delay(200);
            Assert.All(commits, c => Assert.False(c.IsCompleted, "a shared commit returned before its batch was written"));
            Assert.Equal(0, await CountAsync("group-"));
        }
        await holder.CommitAsync(default);
        await Task.WhenAll(commits).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(3, await CountAsync("group-"));
        if (!TestDatabase.IsPostgres) Assert.Equal(1, Group.Batches - batchesBefore); // one transaction for the three
        for (var i = 0; i < scopes.Count; i++)
        {
            var db = scopes[i].ServiceProvider.GetRequiredService<ChatBotDb>();
            Assert.Equal(EntityState.Unchanged, db.Entry(rows[i]).State); // accepted after the commit, not before
            // The context has its own connection back: it reads, and it commits alone again.
            Assert.Equal(3, await db.ProcessedUpdates.CountAsync(p => p.UpdateId.StartsWith("group-")));
            db.ProcessedUpdates.Add(Update($"again-{i}"));
            await scopes[i].ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(default, shared: true).WaitAsync(TimeSpan.FromSeconds(10));
        }
        Assert.Equal(3, await CountAsync("again-"));
        foreach (var s in scopes) await s.DisposeAsync();
        await holderScope.DisposeAsync();
    }

    [Fact]
    public async Task A_message_that_fails_in_a_batch_leaves_nothing_of_itself_and_the_others_commit()
    {
        await _app.WithDb(async db => { db.ProcessedUpdates.Add(Update("dup")); await db.SaveChangesAsync(); });
        var (holderScope, holder) = await HoldTheFileAsync();
        await using var good1 = _app.Services.CreateAsyncScope();
        await using var bad = _app.Services.CreateAsyncScope();
        await using var good2 = _app.Services.CreateAsyncScope();
        good1.ServiceProvider.GetRequiredService<ChatBotDb>().ProcessedUpdates.Add(Update("good-1"));
        var badDb = bad.ServiceProvider.GetRequiredService<ChatBotDb>();
        badDb.ProcessedUpdates.Add(Update("bad-first")); // written before the duplicate fails: must be undone with it
        badDb.ProcessedUpdates.Add(Update("dup"));
        good2.ServiceProvider.GetRequiredService<ChatBotDb>().ProcessedUpdates.Add(Update("good-2"));

        var commits = new[] { good1, bad, good2 }.Select(s => s.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(default, shared: true)).ToList();
        await holder.CommitAsync(default);

        await commits[0].WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<DbUpdateException>(() => commits[1].WaitAsync(TimeSpan.FromSeconds(10)));
        await commits[2].WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, await CountAsync("good-"));
        Assert.Equal(0, await CountAsync("bad-"));
        Assert.Equal(1, await CountAsync("dup"));
        await holderScope.DisposeAsync();
    }

    [Fact]
    public async Task Replies_to_one_task_arriving_together_are_each_recorded_once_and_applied_or_refused_as_changed_meanwhile()
    {
        var task = (await _ward.TasksAsync()).First(t => t.Text.StartsWith("Rà soát toàn bộ"));
        const int n = 12;
        var arrived = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Every message reads the task before any saves: one wins each version, the others meet a concurrency conflict.
        _app.Services.GetRequiredService<ConversationFault>().BeforeSave = async () =>
        {
            if (Interlocked.Increment(ref arrived) == n) all.TrySetResult();
            await all.Task.WaitAsync(TimeSpan.FromSeconds(20));
        };
        var pipeline = _app.Services.GetRequiredService<InboundPipeline>();

        var outcomes = await Task.WhenAll(Enumerable.Range(1, n).Select(i =>
            pipeline.HandleAsync(new InboundMessage("sim", $"together-{i}", "kinhte", "kinhte", $"#{task.Id} đang làm {i * 5}%", "kinhte"), default)));

        Assert.Equal(n, await CountAsync("together-"));
        Assert.All(outcomes, o => Assert.NotEqual(InboundStatus.Duplicate, o.Status));
        var applied = outcomes.Count(o => o.Status == InboundStatus.Handled);
        Assert.True(applied >= 1, "no reply applied");
        var history = await _app.WithDb(db => db.TaskHistory.CountAsync(h => h.TaskId == task.Id && h.Field == "status"));
        Assert.Equal(applied, history);
        var inbox = await _ward.InboxAsync("kinhte");
        Assert.Equal(applied, inbox.Count(m => m.Text.Contains("Đã cập nhật")));
        Assert.Equal(n - applied, inbox.Count(m => m.Text.Contains(Texts.ChangedMeanwhile)));
    }
}
