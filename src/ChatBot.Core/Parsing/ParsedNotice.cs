namespace ChatBot.Core.Parsing;

/// <summary>What the parser read out of one notice: its metadata and its tasks in document order.</summary>
public sealed record ParsedNotice(
    NoticeMetadata Document,
    IReadOnlyList<ParsedTask> Tasks,
    IReadOnlyList<string> UnmatchedUnits);

public sealed record NoticeMetadata(
    string? Kind,
    string? Symbol,
    string? Number,
    string? Place,
    DateOnly? IssuedOn,
    DateOnly? MeetingOn,
    string? ChairedBy,
    string? SignedBy,
    string? Subject);

/// <summary>One directive item. Unit is null when the text names none: never guessed.</summary>
public sealed record ParsedTask(
    string? Unit,
    IReadOnlyList<string> Cooperating,
    string Text,
    DateOnly? Deadline,
    Recurrence? Recurrence,
    string? Section,
    bool Urgent,
    string? Supervisor,
    int LineStart,
    int LineEnd)
{
    /// <summary>Key of the directory unit the written name maps to, when a directory was given.</summary>
    public string? UnitKey { get; init; }

    /// <summary>Keys of the directory units the cooperating names map to.</summary>
    public IReadOnlyList<string> CooperatingKeys { get; init; } = [];
}

public enum Recurrence { Weekly, Monthly, Quarterly, Yearly, Periodic }

/// <summary>One unit of a ward's directory, as the parser needs it: a stable key, its name and aliases.</summary>
public sealed record DirectoryUnit(string Key, string Name, IReadOnlyList<string> Aliases);
