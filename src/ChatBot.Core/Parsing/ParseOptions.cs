namespace ChatBot.Core.Parsing;

/// <summary>Optional inputs of the parser.</summary>
public sealed record ParseOptions
{
    /// <summary>The ward's units; when given, written names are mapped to their keys and the rest reported as unmatched.</summary>
    public IReadOnlyList<DirectoryUnit>? Directory { get; init; }

    /// <summary>Year for dates written without one when the notice itself gives none.</summary>
    public int? DefaultYear { get; init; }
}
