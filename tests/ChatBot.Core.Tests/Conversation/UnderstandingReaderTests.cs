using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Conversation;

/// <summary>What <see cref="UnderstandingReader"/> adds around the understander: the writer's role passed on (an unlinked
/// chat reads as staff), and the command parser's free-text rules kept only for what changes nothing.</summary>
public sealed class UnderstandingReaderTests
{
    private static readonly UnderstandingReader Reader = new();
    private static readonly DateOnly Today = new(2026, 7, 8);

    private static Command Read(string text, Role? role, int? replied = null) =>
        Reader.Read(text, new ReadContext(Today, replied is not null) { Writer = role, RepliedTaskId = replied });

    /// <summary>A bare "ok" answering task #12 acknowledges it from an official (or an unlinked chat, read as staff);
    /// from the chief it only acknowledges the report, so no status is set.</summary>
    [Theory]
    [InlineData("ok")]
    [InlineData("ok anh")]
    [InlineData("vâng ạ")]
    public void The_writer_s_role_decides_what_a_bare_ok_means(string text)
    {
        var staff = Assert.IsType<Command.SetStatus>(Read(text, Role.Staff, replied: 12));
        Assert.Equal(WorkStatus.Acknowledged, staff.Change.Status);
        Assert.Equal([TaskRef.Task(12)], staff.Tasks);
        var unlinked = Assert.IsType<Command.SetStatus>(Read(text, null, replied: 12));
        Assert.Equal(WorkStatus.Acknowledged, unlinked.Change.Status);
        Assert.IsNotType<Command.SetStatus>(Read(text, Role.Leader, replied: 12));
    }

    /// <summary>Free text the understander leaves unread goes to the command parser's rules, and only a harmless command
    /// comes back: help, the Excel report, the chart, the list of one's tasks
    /// (the understander reads the overdue, due-soon and progress wordings as questions itself).</summary>
    [Theory]
    [InlineData("hướng dẫn", typeof(Command.Help))]
    [InlineData("trợ giúp", typeof(Command.Help))]
    [InlineData("menu", typeof(Command.Help))]
    [InlineData("báo cáo excel", typeof(Command.Report))]
    [InlineData("xuất báo cáo", typeof(Command.Report))]
    [InlineData("biểu đồ", typeof(Command.Chart))]
    [InlineData("xem biểu đồ", typeof(Command.Chart))]
    [InlineData("nhiệm vụ", typeof(Command.MyTasks))]
    [InlineData("việc", typeof(Command.MyTasks))]
    public void Unread_free_text_may_still_ask_for_a_harmless_command(string text, Type expected) =>
        Assert.IsType(expected, Read(text, Role.Leader));
}
