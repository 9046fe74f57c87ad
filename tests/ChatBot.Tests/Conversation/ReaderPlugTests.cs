using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Tests.Conversation;

/// <summary>Another reader of the user's words plugs in through <see cref="ICommandReader"/>: the handlers act on its
/// commands, and it is told who writes, which task the message answers and how long the last list was.</summary>
public sealed class ReaderPlugTests : IAsyncLifetime
{
    private sealed class RecordingReader : ICommandReader
    {
        public List<(string Text, ReadContext Context)> Seen { get; } = [];

        public Command Read(string text, ReadContext context)
        {
            Seen.Add((text, context));
            return text == "cảm ơn, xong rồi" ? new Command.Update(null, WorkStatus.Done, null, null) : new CommandReader().Read(text, context);
        }
    }

    private readonly RecordingReader _reader = new();
    private readonly ChatBotApp _app;
    private TestWard _ward = null!;

    public ReaderPlugTests() =>
        _app = new ChatBotApp(new() { ["Outbox:Enabled"] = "false" }) { TestServices = s => s.Replace(ServiceDescriptor.Singleton<ICommandReader>(_reader)) };

    public async Task InitializeAsync()
    {
        _ward = new TestWard(_app);
        await _ward.SeedAsync();
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    [Fact]
    public async Task The_handlers_act_on_what_the_plugged_reader_read_with_the_context_it_was_given()
    {
        var task = (await _ward.TasksAsync()).First(t => t.Text.StartsWith("Tổ chức Ngày hội"));
        var card = (await _ward.InboxAsync("vanhoa")).First(m => m.TaskId == task.Id);
        await _app.WithDb(db => db.Outbox.Where(o => o.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.PlatformMessageId, "555")));
        await _ward.SendAsync("vanhoa", "/viec");

        var answer = Assert.Single(await _ward.SendAsync("vanhoa", "cảm ơn, xong rồi", replyTo: "555"));

        Assert.Equal($"✅ Đã cập nhật <b>#{task.Id}</b>: Hoàn thành.", answer.Text);
        Assert.Equal(WorkStatus.Done, (await _ward.TasksAsync()).Single(t => t.Id == task.Id).Status);
        var (text, context) = _reader.Seen[^1];
        Assert.Equal("cảm ơn, xong rồi", text);
        Assert.Equal((new DateOnly(2026, 6, 1), true, Role.Staff, task.Id, 2), (context.Today, context.IsReply, context.Writer, context.RepliedTaskId, context.ListCount));
        var unlinked = _reader.Seen.First(s => s.Text.StartsWith("/start"));
        Assert.Equal(((Role?)null, (int?)null, 0, false), (unlinked.Context.Writer, unlinked.Context.RepliedTaskId, unlinked.Context.ListCount, unlinked.Context.IsReply));
    }
}
