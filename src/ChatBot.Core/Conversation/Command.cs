using ChatBot.Core.Tasks;

namespace ChatBot.Core.Conversation;

/// <summary>What a user asked for, whatever the words, diacritics or channel.</summary>
public abstract record Command
{
    public sealed record Link(string Code) : Command;
    public sealed record Help : Command;
    public sealed record MyTasks : Command;
    public sealed record ShowTask(int TaskId) : Command;
    public sealed record Overdue(string? Unit) : Command;
    public sealed record DueSoon(int Days) : Command;
    public sealed record Progress : Command;
    /// <summary>Status update; TaskId null means "the task of the message replied to" or the list item.</summary>
    public sealed record Update(int? TaskId, WorkStatus Status, int? Percent, string? Reason, int? ListIndex = null) : Command;
    public sealed record RequestExtension(int TaskId, DateOnly NewDeadline, string? Reason) : Command;
    public sealed record Approve(int TaskId) : Command;
    public sealed record Refuse(int TaskId, string? Reason) : Command;
    public sealed record Report : Command;
    public sealed record Chart : Command;
    public sealed record Unlink : Command;
    /// <summary>/web: a one-time sign-in link to the web desk (clerks and leaders).</summary>
    public sealed record WebDesk : Command;
    public sealed record PreferChannel(string? Channel) : Command;
    public sealed record ConfirmDocument(int? DocumentId) : Command;
    public sealed record DiscardDocument(int? DocumentId) : Command;
    /// <summary>A command with the right name and wrong arguments: the text says how to write it.</summary>
    public sealed record Malformed(string Hint) : Command;
    public sealed record Unknown(string Text) : Command;
}
