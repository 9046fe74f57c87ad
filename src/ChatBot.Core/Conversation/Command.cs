using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;

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
    /// <summary>/them VĂN_BẢN nội dung: a task the parser missed, added to draft VĂN_BẢN; its unit, deadline and
    /// recurrence are read from the text the way a notice's are.</summary>
    public sealed record AddTask(int DocumentId, string Text) : Command;
    /// <summary>/gan N 2 · /gan N moi · /gan N TÊN: the unit name task N's notice wrote (not in the directory) means option 2
    /// of the offered units, a new unit of that name, or the unit named; learnt as an alias, and the draft's tasks with
    /// that name follow. Option numbers are those of the question the bot asked (Zalo has no buttons).</summary>
    public sealed record MapUnit(int TaskId, int? Option, bool Create, string? Unit) : Command;
    /// <summary>/xemtiep VĂN_BẢN TRANG (also /vanban VĂN_BẢN [TRANG]): one page of a notice's task list.</summary>
    public sealed record ShowDocument(int DocumentId, int Page) : Command;
    /// <summary>A command with the right name and wrong arguments: the text says how to write it.</summary>
    public sealed record Malformed(string Hint) : Command;
    public sealed record Unknown(string Text) : Command;

    // ---- read from free text by the understander (UnderstandingReader)

    /// <summary>A status for one or more tasks ("#12 #13 xong", "1, 3 xong" on a list, "được 60%" replying to a task);
    /// no tasks means the writer named none (ask which).</summary>
    public sealed record SetStatus(IReadOnlyList<TaskRef> Tasks, StatusChange Change) : Command;

    /// <summary>The writer meant something about these tasks, but what is doubtful: ask with these readings, change nothing.</summary>
    public sealed record AskStatus(IReadOnlyList<TaskRef> Tasks, IReadOnlyList<StatusChange> Candidates) : Command;

    /// <summary>A request for more time in words; <see cref="When"/> null for a bare "xin gia hạn" (ask the date, then the reason).</summary>
    public sealed record Extend(IReadOnlyList<TaskRef> Tasks, ExtensionDate? When, string? Reason) : Command;

    /// <summary>Different news for different tasks in one message: each part handled as if it came alone, in one answer.</summary>
    public sealed record Several(IReadOnlyList<Command> Parts) : Command;

    /// <summary>A question in words (overdue, due soon, progress, my tasks), narrowed to a unit, a document and a window.</summary>
    public sealed record Question(QuestionSpec Spec) : Command;

    /// <summary>"xem tiếp": the next page of a long answer.</summary>
    public sealed record More : Command;
}

/// <summary>What a question asks, as the handler answers it (and as a long answer's next page is asked again).</summary>
/// <param name="Unit">The unit as written (or as the ward spells it); null for every unit the asker sees.</param>
/// <param name="OwnUnit">"bên em", "phòng em": the asker's own unit.</param>
public sealed record QuestionSpec(QuestionKind Kind, string? Unit = null, bool OwnUnit = false, DocumentRef? Document = null, DateWindow? Window = null)
{
    public static QuestionSpec From(Intent.Question q) => new(q.Kind, q.Unit, q.OwnUnit, q.Document, q.Window);
}
