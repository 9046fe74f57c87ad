namespace ChatBot.Core.Parsing;

/// <summary>What the parser read out of one notice: its metadata and its tasks in document order.</summary>
public sealed record ParsedNotice(
    NoticeMetadata Document,
    IReadOnlyList<ParsedTask> Tasks,
    IReadOnlyList<string> UnmatchedUnits)
{
    /// <summary>Every unit the tasks name (lead and cooperating), once each, with its written form, canonical name and directory key.</summary>
    public IReadOnlyList<UnitName> Units { get; init; } = [];

    /// <summary>
    /// The parts of the notice the parser gave up on ("TaskReader block 12: IndexOutOfRangeException: …"): a stage, a block or
    /// a task that threw was skipped and the rest read (docs/PARSER.md, "Robustness"). Empty when everything was read; when
    /// not, the tasks of those parts are missing and the clerk must compare the draft with the original.
    /// </summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
}

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

/// <summary>
/// A stretch of the text the parser read: first and last line (1-based) and character offsets <c>[Start, End)</c>
/// into that text, so a review screen can highlight it.
/// </summary>
public readonly record struct TextSpan(int LineStart, int LineEnd, int Start, int End);

/// <summary>Why the parser decided something: the words it matched and where they are.</summary>
public sealed record Evidence(string Text, TextSpan Span);

/// <summary>A unit as the notice writes it and as it is known: "VP HĐND-UBND" → "Văn phòng HĐND và UBND phường".</summary>
public sealed record UnitName(string Written, string Canonical, string? Key);

/// <summary>
/// One directive item. <see cref="Unit"/> is the canonical name of the lead unit (the directory's name when a directory
/// matched it), null when the text names none: never guessed.
/// </summary>
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

    /// <summary>The lead unit as the notice writes it ("TT PVHCC"), beside its canonical <see cref="Unit"/>.</summary>
    public string? UnitWritten { get; init; }

    /// <summary>Where the task's text is in the text read.</summary>
    public TextSpan Source { get; init; }

    /// <summary>The words that named the lead unit (in the task, a following sentence, or the heading above it).</summary>
    public Evidence? UnitEvidence { get; init; }

    /// <summary>The words the deadline was read from.</summary>
    public Evidence? DeadlineEvidence { get; init; }
}

public enum Recurrence { Weekly, Monthly, Quarterly, Yearly, Periodic }

/// <summary>One unit of a ward's directory, as the parser needs it: a stable key, its name and aliases.</summary>
public sealed record DirectoryUnit(string Key, string Name, IReadOnlyList<string> Aliases);
