using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;
using ChatBot.Inbound;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Inbound;

/// <summary>The pipeline's unit of work and dedupe, channel-neutral, on a seeded ward.</summary>
public sealed class InboundPipelineTests : IAsyncLifetime
{
    private readonly ChatBotApp _app = new(new() { ["Outbox:Enabled"] = "false" }) { TestServices = s => s.AddConversationFault() };
    private TestWard _ward = null!;

    private ConversationFault Fault => _app.Services.GetRequiredService<ConversationFault>();
    private InboundPipeline Pipeline => _app.Services.GetRequiredService<InboundPipeline>();

    public async Task InitializeAsync()
    {
        _ward = new TestWard(_app);
        await _ward.SeedAsync();
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    private async Task<WorkTask> TaskAsync(string textStart) => (await _ward.TasksAsync()).First(t => t.Text.StartsWith(textStart));

    private static InboundMessage From(string chat, string text, string? updateId = null) =>
        new("sim", updateId ?? Guid.NewGuid().ToString("N"), chat, chat, text, chat);

    private Task<int> CountAsync(Func<Storage.ChatBotDb, Task<int>> count) => _app.WithDb(count);

    [Fact]
    public async Task Two_deliveries_of_one_update_racing_each_other_are_handled_once()
    {
        var task = await TaskAsync("Rà soát toàn bộ");
        var arrived = 0;
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Both deliveries pass the "already processed?" check and do all their work before either saves.
        Fault.BeforeSave = async () =>
        {
            if (Interlocked.Increment(ref arrived) == 2) both.SetResult();
            await both.Task.WaitAsync(TimeSpan.FromSeconds(10));
        };
        var message = From("kinhte", $"#{task.Id} đang làm 40%", "race-1");

        var outcomes = await Task.WhenAll(Pipeline.HandleAsync(message, default), Pipeline.HandleAsync(message, default));

        Assert.Equal([InboundStatus.Handled, InboundStatus.Duplicate], outcomes.Select(o => o.Status).Order());
        Assert.Equal(1, await CountAsync(db => db.ProcessedUpdates.CountAsync(p => p.UpdateId == "race-1")));
        Assert.Equal(1, await CountAsync(db => db.TaskHistory.CountAsync(h => h.TaskId == task.Id && h.Field == "status")));
        Assert.Single(await _ward.InboxAsync("kinhte"), m => m.Text.Contains("Đã cập nhật"));
    }

    [Fact]
    public async Task A_refused_request_changes_nothing_but_is_recorded_as_handled()
    {
        var task = await TaskAsync("Rà soát toàn bộ");
        var message = From("kinhte", $"/giahan {task.Id} 20/5/2026 trễ", "refused-1");

        var first = await Pipeline.HandleAsync(message, default);
        var again = await Pipeline.HandleAsync(message, default);

        Assert.Equal((InboundStatus.Refused, InboundStatus.Duplicate), (first.Status, again.Status));
        Assert.Equal(0, await CountAsync(db => db.Extensions.CountAsync()));
        Assert.Single(await _ward.InboxAsync("kinhte"), m => m.Text.Contains("đã qua"));
        Assert.Equal(1, await CountAsync(db => db.ProcessedUpdates.CountAsync(p => p.UpdateId == "refused-1")));
    }

    [Fact]
    public async Task A_change_that_lost_a_race_on_the_task_is_refused_and_the_winner_is_kept()
    {
        var task = await TaskAsync("Hoàn thiện hồ sơ");
        // Someone else updates the task between this message's reading and its save.
        Fault.BeforeSave = () => _app.WithDb(db => db.Tasks.Where(t => t.Id == task.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, WorkStatus.Blocked).SetProperty(t => t.Version, t => t.Version + 1)));

        var outcome = await Pipeline.HandleAsync(From("kinhte", $"#{task.Id} xong", "lost-1"), default);

        Assert.Equal(InboundStatus.Refused, outcome.Status);
        Assert.Equal(WorkStatus.Blocked, (await TaskAsync("Hoàn thiện hồ sơ")).Status);
        Assert.Contains(Texts.ChangedMeanwhile, (await _ward.InboxAsync("kinhte")).Last().Text);
        Assert.Equal(1, await CountAsync(db => db.ProcessedUpdates.CountAsync(p => p.UpdateId == "lost-1")));
    }

    [Fact]
    public async Task A_failure_after_a_pasted_notice_was_flushed_leaves_no_document_no_answer_and_no_record()
    {
        var documents = await CountAsync(db => db.Documents.CountAsync());
        var outbox = await CountAsync(db => db.Outbox.CountAsync());
        Fault.Armed = true;
        var notice = TestWard.Notice.Replace("15/TB-UBND", "17/TB-UBND");

        await Assert.ThrowsAsync<IOException>(() => Pipeline.HandleAsync(From("clerk", notice, "paste-1"), default));

        Assert.Equal(documents, await CountAsync(db => db.Documents.CountAsync()));
        Assert.Equal(outbox, await CountAsync(db => db.Outbox.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.ProcessedUpdates.CountAsync(p => p.UpdateId == "paste-1")));
    }

    [Fact]
    public async Task A_failure_mid_status_update_leaves_the_task_as_it_was()
    {
        var task = await TaskAsync("Tổ chức Ngày hội");
        Fault.Armed = true;

        await Assert.ThrowsAsync<IOException>(() => Pipeline.HandleAsync(From("vanhoa", $"#{task.Id} vướng: chưa có kinh phí", "fail-1"), default));

        var saved = await TaskAsync("Tổ chức Ngày hội");
        Assert.Equal((WorkStatus.New, task.Version, null), (saved.Status, saved.Version, saved.BlockedReason));
        Assert.DoesNotContain(await _ward.InboxAsync("clerk"), m => m.Text.Contains("vướng mắc"));
        Assert.Equal(0, await CountAsync(db => db.ProcessedUpdates.CountAsync(p => p.UpdateId == "fail-1")));
    }
}
