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

    // ---- corrections of a notice in chat (clerk, leader): a draft's tasks before /xacnhan, an assigned task after

    /// <summary>/sua N donvi TÊN ĐƠN VỊ: another lead unit for task N (on a draft, or reassigned once assigned).</summary>
    public sealed record CorrectUnit(int TaskId, string Unit) : Command;
    /// <summary>/sua N han dd/MM/yyyy: another deadline for task N.</summary>
    public sealed record CorrectDeadline(int TaskId, DateOnly Deadline) : Command;
    /// <summary>/xoa N: drops one task of a draft (not a task: a line the parser took for one).</summary>
    public sealed record DropTask(int TaskId) : Command;
    /// <summary>/gan N 2 · /gan N moi · /gan N TÊN: the unit name task N's notice wrote (not in the directory) means option 2
    /// of the offered units, a new unit of that name, or the unit named; learnt as an alias, and the draft's tasks with
    /// that name follow. Option numbers are those of the question the bot asked (Zalo has no buttons).</summary>
    public sealed record MapUnit(int TaskId, int? Option, bool Create, string? Unit) : Command;
    /// <summary>/xemtiep VĂN_BẢN TRANG (also /vanban VĂN_BẢN [TRANG]): one page of a notice's task list.</summary>
    public sealed record ShowDocument(int DocumentId, int Page) : Command;
    /// <summary>A command with the right name and wrong arguments: the text says how to write it.</summary>
    public sealed record Malformed(string Hint) : Command;
    public sealed record Unknown(string Text) : Command;
}
