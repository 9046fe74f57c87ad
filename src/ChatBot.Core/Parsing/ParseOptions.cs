namespace ChatBot.Core.Parsing;

/// <summary>Optional inputs of the parser.</summary>
public sealed record ParseOptions
{
    /// <summary>
    /// The ward's units; when given, written names are mapped to their keys (aliases expand like abbreviations) and the
    /// names that match no unit are reported in <see cref="ParsedNotice.UnmatchedUnits"/>.
    /// </summary>
    public IReadOnlyList<DirectoryUnit>? Directory { get; init; }

    /// <summary>Year for dates written without one when the notice itself gives no year anywhere (not in its date, not in its text).</summary>
    public int? DefaultYear { get; init; }

    /// <summary>
    /// The options every caller of the product uses for a notice read on <paramref name="today"/> for a ward with
    /// <paramref name="directory"/>: the one place that decides the year fallback (ward's today), so the parse verb,
    /// the import and the chat upload read a notice the same way.
    /// </summary>
    public static ParseOptions ForWard(DateOnly today, IReadOnlyList<DirectoryUnit>? directory) =>
        new() { DefaultYear = today.Year, Directory = directory is { Count: > 0 } ? directory : null };
}
