using ChatBot.Core.Tasks;

namespace ChatBot.Core.Understanding;

/// <summary>What a chat message means, whatever the words, diacritics, typos or particles.</summary>
public abstract record Intent
{
    /// <summary>A status for one or more tasks ("#12 #13 xong", "được 60%", "vướng: chưa có kinh phí").</summary>
    public sealed record Status(IReadOnlyList<TaskRef> Tasks, StatusChange Change) : Intent;

    /// <summary>A request for more time; <see cref="When"/> is null for a bare "xin gia hạn" (ask the date, then the reason).</summary>
    public sealed record Extension(IReadOnlyList<TaskRef> Tasks, ExtensionDate? When, string? Reason) : Intent;

    /// <summary>Different news for different tasks in one message ("#12 xong, #13 đang làm 50%"): each part is a
    /// <see cref="Status"/>, an <see cref="Extension"/> or an <see cref="Unsure"/> for its own tasks (apply the sure ones, ask about the rest).</summary>
    public sealed record Several(IReadOnlyList<Intent> Parts) : Intent;

    /// <summary>A question (mostly the chief's); <see cref="Description"/> says in Vietnamese what was understood.</summary>
    public sealed record Question(QuestionKind Kind, string Description) : Intent
    {
        /// <summary>The unit as written (or as named in <see cref="UnderstandingContext.Units"/> when it matched one).</summary>
        public string? Unit { get; init; }
        /// <summary>"bên em", "phòng em": the writer's own unit.</summary>
        public bool OwnUnit { get; init; }
        public DocumentRef? Document { get; init; }
        public DateWindow? Window { get; init; }
        /// <summary>For <see cref="QuestionKind.OneTask"/>: the task asked about (written, or the task message replied to).</summary>
        public int? Task { get; init; }
    }

    /// <summary>The writer meant something about these tasks, but what is doubtful: ask with these readings, best first,
    /// and change nothing until one is picked.</summary>
    public sealed record Unsure(IReadOnlyList<TaskRef> Tasks, IReadOnlyList<StatusChange> Candidates) : Intent;

    /// <summary>Chit-chat, thanks, a question for a person: nothing for the bot to do.</summary>
    public sealed record NotUnderstood : Intent;
}

public enum TaskRefKind
{
    /// <summary>A task number: "#12", "nv 12", "việc 12", or the task message replied to.</summary>
    Task,
    /// <summary>An item of the numbered list the message replies to ("1, 3 xong"), 1-based.</summary>
    ListItem,
}

public readonly record struct TaskRef(TaskRefKind Kind, int Number)
{
    public static TaskRef Task(int number) => new(TaskRefKind.Task, number);
    public static TaskRef Item(int number) => new(TaskRefKind.ListItem, number);
    public override string ToString() => Kind == TaskRefKind.Task ? $"#{Number}" : $"mục {Number}";
}

/// <summary>One status reading: Done, InProgress (optional percent), Blocked (reason as written) or Acknowledged.</summary>
public sealed record StatusChange(WorkStatus Status, int? Percent = null, string? Reason = null)
{
    /// <summary>A short Vietnamese label for a button or a numbered option ("xong", "đang làm 60%", "vướng").</summary>
    public string Label => Status switch
    {
        WorkStatus.Done => "xong",
        WorkStatus.InProgress => Percent is { } p ? $"đang làm {p}%" : "đang làm",
        WorkStatus.Blocked => "vướng",
        WorkStatus.Acknowledged => "đã nhận",
        _ => Status.Vietnamese().ToLowerInvariant(),
    };
}

/// <summary>The new deadline an extension asks for.</summary>
public abstract record ExtensionDate
{
    /// <summary>A calendar date ("20/7", "thứ Sáu tuần sau"); <see cref="Approximate"/> for "cuối tuần", "đầu tháng sau";
    /// <see cref="InPast"/> when it is before the writer's today (the host refuses it).</summary>
    public sealed record OnDate(DateOnly Date, bool Approximate, bool InPast) : ExtensionDate;

    /// <summary>"thêm 5 ngày", "lùi 1 tuần": days added to the task's current deadline (working days when said so).</summary>
    public sealed record MoreDays(int Days, bool WorkingDays) : ExtensionDate
    {
        /// <summary>The new deadline: counted from the current deadline, or from today when there is none or it has passed.</summary>
        public DateOnly From(DateOnly? currentDeadline, DateOnly today, Func<DateOnly, bool> isWorkingDay)
        {
            var start = currentDeadline is { } d && d >= today ? d : today;
            if (!WorkingDays) return start.AddDays(Days);
            for (var left = Days; left > 0;)
            {
                start = start.AddDays(1);
                if (isWorkingDay(start)) left--;
            }
            return start;
        }
    }
}

public enum QuestionKind { Overdue, DueSoon, Progress, MyTasks, OneTask }

/// <summary>"thông báo 12", "TB số 45", "công văn 250/UBND-VP": the kind in words and the number as written.</summary>
public sealed record DocumentRef(string Kind, string Number)
{
    public override string ToString() => $"{Kind} số {Number}";
}

/// <summary>A time window the question was limited to, both ends included, with its Vietnamese label.</summary>
public sealed record DateWindow(DateOnly From, DateOnly To, string Label)
{
    /// <summary>"7 ngày tới (08/07–15/07)": today and the next <paramref name="days"/> days (due soon without a window).</summary>
    public static DateWindow NextDays(DateOnly today, int days) => WindowReader.NextDays(today, days);
}
