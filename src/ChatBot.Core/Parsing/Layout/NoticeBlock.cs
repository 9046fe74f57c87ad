namespace ChatBot.Core.Parsing.Layout;

internal enum BlockKind { Paragraph, Item, TableRow }

/// <summary>
/// How an item is numbered. Nesting is read from the order in which styles appear (<see cref="Outline"/>), never from a
/// fixed rank: a style seen for the first time opens a deeper level, a style already open closes what lies under it.
/// </summary>
internal readonly record struct MarkerStyle(string Key)
{
    public static readonly MarkerStyle None = new("");

    /// <summary>Bullets (-, +) never hold a paragraph under them: a paragraph after a bullet list closes the list.</summary>
    public bool IsBullet => Key is "-" or "+";

    public override string ToString() => Key;
}

/// <summary>Where a part of a block's content came from: content offset → (line, column of the cleaned line).</summary>
internal readonly record struct LinePiece(int ContentOffset, int Line, int Column);

/// <summary>One paragraph, list item or table row of a notice after page-break repair, with its source lines.</summary>
internal sealed class NoticeBlock
{
    public required BlockKind Kind { get; init; }
    public required MarkerStyle Style { get; init; }
    /// <summary>The marker as written, without punctuation: "2.3", "a", "IV", "-".</summary>
    public required string Marker { get; init; }
    /// <summary>The text after the marker, lines joined with single spaces.</summary>
    public required string Content { get; init; }
    public required int LineStart { get; init; }
    public required int LineEnd { get; init; }
    public required IReadOnlyList<LinePiece> Pieces { get; init; }

    private string? _lower;
    private string? _folded;

    /// <summary>The content folded (no accents, lower case), same length: what section words and cues are matched on.</summary>
    public string Folded => _folded ??= Common.Fold.SameLength(Content);

    /// <summary>The content lower-cased, same length (accents kept): what the unit grammar reads.</summary>
    public string Lower => _lower ??= VietnameseText.LowerInvariant(Content);

    /// <summary>Line and column of a content offset.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var pieces = Pieces;
        var piece = pieces[0];
        for (var k = 1; k < pieces.Count; k++) // by index: a foreach over the interface boxes an enumerator per call
        {
            if (pieces[k].ContentOffset > offset) break;
            piece = pieces[k];
        }
        return (piece.Line, piece.Column + Math.Max(0, offset - piece.ContentOffset));
    }

    public override string ToString() => (Marker.Length > 0 ? Marker + " " : "") + Content;
}
