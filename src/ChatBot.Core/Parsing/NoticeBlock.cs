namespace ChatBot.Core.Parsing;

internal enum BlockKind { Paragraph, Roman, Number, Letter, Dash, Plus, TableRow }

/// <summary>One paragraph or list item of a notice after page-break repair, with its source lines.</summary>
internal sealed record NoticeBlock(BlockKind Kind, string Marker, string Content, int LineStart, int LineEnd)
{
    /// <summary>Nesting depth: roman numerals outrank numbers, which outrank letters and bullets.</summary>
    public int Level => Kind switch
    {
        BlockKind.Roman => 1,
        BlockKind.Number => 2 + Marker.Count(c => c == '.') - (Marker.EndsWith('.') ? 1 : 0),
        BlockKind.Letter => 6,
        BlockKind.Dash => 7,
        BlockKind.Plus => 8,
        _ => 99,
    };

    public string Full => Marker.Length == 0 ? Content : Marker + " " + Content;
}
