using ChatBot.Core.Common;
namespace ChatBot.Core.Parsing;

/// <summary>
/// The text the parser read, split into lines, with each line's cleaned form (<see cref="NoticeNormalizer"/>) and the
/// way back from a position in a cleaned line to a character offset in the original text (for spans and evidence).
/// </summary>
internal sealed class SourceText
{
    private readonly string _raw;
    private readonly int[] _lineStarts;
    private readonly int[] _lineEnds;

    /// <summary>Cleaned lines; index i is source line i + 1.</summary>
    public string[] Lines { get; }

    /// <summary>Lines that had text the cleaner dropped: page numbers, rules ("- 3 -", "-----"): a page break, not a paragraph break.</summary>
    public bool[] Furniture { get; }

    public SourceText(string raw)
    {
        _raw = raw;
        var starts = new List<int>();
        var ends = new List<int>();
        var i = 0;
        while (true)
        {
            starts.Add(i);
            var nl = raw.AsSpan(i).IndexOfAny('\r', '\n'); nl = nl < 0 ? -1 : nl + i;
            if (nl < 0) { ends.Add(raw.Length); break; }
            ends.Add(nl);
            i = nl + (raw[nl] == '\r' && nl + 1 < raw.Length && raw[nl + 1] == '\n' ? 2 : 1);
        }
        _lineStarts = [.. starts];
        _lineEnds = [.. ends];
        Lines = new string[_lineStarts.Length];
        Furniture = new bool[_lineStarts.Length];
        var abbreviations = Units.AbbreviationCase.MayApply(raw); // lower-case abbreviations in unit names, written back in capitals
        for (var k = 0; k < Lines.Length; k++)
        {
            var rawLine = raw.AsSpan(_lineStarts[k], _lineEnds[k] - _lineStarts[k]);
            Lines[k] = NoticeNormalizer.CleanRawLine(rawLine);
            if (abbreviations) Lines[k] = Units.AbbreviationCase.Apply(Lines[k]);
            Furniture[k] = Lines[k].Length == 0 && !rawLine.IsWhiteSpace();
        }
    }

    /// <summary>Source line <paramref name="line"/> (1-based) as read, before cleaning (a checkbox glyph the cleaner made a bullet).</summary>
    public ReadOnlySpan<char> RawLine(int line) =>
        line < 1 || line > Lines.Length ? default : _raw.AsSpan(_lineStarts[line - 1], _lineEnds[line - 1] - _lineStarts[line - 1]);

    /// <summary>Offset in the original text of column <paramref name="column"/> of cleaned line <paramref name="line"/> (1-based).</summary>
    public int Offset(int line, int column)
    {
        if (line < 1) return 0;
        if (line > Lines.Length) return _raw.Length;
        var start = _lineStarts[line - 1];
        var raw = _raw.AsSpan(start, _lineEnds[line - 1] - start);
        var clean = Lines[line - 1];
        column = Math.Clamp(column, 0, clean.Length);
        if (clean.Length == 0) return start;
        if (raw.Length == clean.Length && raw.SequenceEqual(clean)) return start + column; // most lines need no cleaning
        if (column == clean.Length) return start + Align(raw, clean, column - 1) + 1;
        return start + Align(raw, clean, column);
    }

    // Walks the raw line and the cleaned one side by side: cleaning only drops chars (markdown, extra spaces) or maps
    // one char to one (tabs, quotes, bullets, tone placement), so each cleaned char has a raw char it came from.
    private static int Align(ReadOnlySpan<char> raw, string clean, int column)
    {
        var i = 0;
        for (var j = 0; j <= column && j < clean.Length; j++)
        {
            var c = clean[j];
            var k = i;
            // A space or a cell bar the cleaner inserted ("•x" → "- x", a tab → " | ") has no raw char: a letter or digit
            // met before its match says so (else it would take a later space of the item, and every column after it).
            var inserted = c is ' ' or '|';
            while (k < raw.Length && !Same(raw[k], c))
            {
                if (inserted && char.IsLetterOrDigit(raw[k])) { k = raw.Length; break; }
                k++;
            }
            if (k >= raw.Length)
            {
                if (inserted) continue;
                return Math.Min(i, raw.Length);
            }
            if (j == column) return k;
            i = k + 1;
        }
        return Math.Min(i, raw.Length);
    }

    private static bool Same(char raw, char clean) =>
        raw == clean || Fold.Char(raw) == Fold.Char(clean)
        || clean == ' ' && char.IsWhiteSpace(raw)
        || clean == '|' && raw == '\t'
        || clean == '"' && raw is '\u201C' or '\u201D'
        || clean == '+' && raw is '◦' or '▫' or '‣' or '⁃'
        || clean == '-' && raw is '•' or '–' or '—' or '·' or '\uF0B7' or '\uF0A7' or '○' or '▪' or '*'
        || clean == '-' && (char.IsHighSurrogate(raw) || NoticeNormalizer.IsSymbol(raw)); // an emoji bullet ("👉 …")
}
