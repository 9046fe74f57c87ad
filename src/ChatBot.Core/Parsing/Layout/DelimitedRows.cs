using System.Text;
using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// A task list exported as CSV or another delimited text (docs/PARSER.md, "Layouts read whole"): a header line whose
/// fields, split at <c>;</c> (or <c>,</c>) outside double quotes, read as a task table's header ("STT;Nội dung nhiệm vụ;Đơn
/// vị chủ trì;Hạn hoàn thành;Lặp lại;Trạng thái"), then the lines with as many fields. Each becomes a "| … |" row whose
/// cells map back to the columns they were written in, so the table reader reads them like any table (a status
/// "Hoàn thành" is no task, "Lặp lại" gives the recurrence). Comment lines ("# Ngày xuất: …") are not rows.
/// </summary>
internal static class DelimitedRows
{
    /// <summary>The header at line <paramref name="i"/> and its rows as table-row blocks, with the line after them; null when none.</summary>
    public static (List<NoticeBlock> Rows, int Next)? Read(string[] lines, int i)
    {
        var line = lines[i];
        // Cheap gate, run on every line: three delimiters written tight ("a;b;c;d"), as exports write them.
        if (line.Length < 12 || line[0] == '|') return null;
        var sep = Tight(line, ';') >= 3 ? ';' : Tight(line, ',') >= 3 ? ',' : '\0';
        if (sep == '\0') return null;
        var header = Split(line, sep);
        if (header is null || header.Count < 4) return null;
        foreach (var (text, _) in header)
            if (text.Length > 40) return null; // a header is labels, not sentences
        if (!TaskTableReader.IsTaskHeader(Row(header))) return null;
        var rows = new List<NoticeBlock> { Block(header, i + 1) };
        var next = i + 1;
        for (var k = i + 1; k < lines.Length; k++)
        {
            if (lines[k].Length == 0) continue;
            var fields = Split(lines[k], sep);
            if (fields is null || fields.Count != header.Count) break;
            rows.Add(Block(fields, k + 1));
            next = k + 1;
        }
        return rows.Count > 1 ? (rows, next) : null;
    }

    // Delimiters with no space after them, counted up to three (vectorised jumps from one delimiter to the next: prose lines
    // with no delimiter cost one search).
    private static int Tight(string s, char sep)
    {
        var n = 0;
        for (var k = s.IndexOf(sep); k >= 0 && k + 1 < s.Length && n < 3; k = s.IndexOf(sep, k + 1))
            if (s[k + 1] != ' ') n++;
        return n;
    }

    /// <summary>The fields of a line (text without its quotes, column where it starts); null when a quote is left open.</summary>
    internal static List<(string Text, int Column)>? Split(string s, char sep)
    {
        var fields = new List<(string, int)>();
        var k = 0;
        while (true)
        {
            while (k < s.Length && s[k] == ' ') k++;
            int start, end;
            if (k < s.Length && s[k] == '"')
            {
                start = k + 1;
                var close = start;
                while (true)
                {
                    close = s.IndexOf('"', close);
                    if (close < 0) return null;
                    if (close + 1 < s.Length && s[close + 1] == '"') { close += 2; continue; } // "" inside a quoted field
                    break;
                }
                end = close;
                k = close + 1;
                while (k < s.Length && s[k] == ' ') k++;
                if (k < s.Length && s[k] != sep) return null;
            }
            else
            {
                start = k;
                var at = s.IndexOf(sep, k);
                k = at < 0 ? s.Length : at;
                end = k;
                while (end > start && s[end - 1] == ' ') end--;
            }
            fields.Add((s[start..end], start));
            if (k >= s.Length) break;
            k++; // past the delimiter
        }
        return fields;
    }

    private static string Row(List<(string Text, int Column)> fields)
    {
        var sb = new StringBuilder("|");
        foreach (var (text, _) in fields) sb.Append(' ').Append(text.Replace('|', '/')).Append(" |");
        return sb.ToString();
    }

    // "| a | b |" with a piece per cell pointing at the column the field was written in.
    private static NoticeBlock Block(List<(string Text, int Column)> fields, int lineNo)
    {
        var pieces = new List<LinePiece> { new(0, lineNo, 0) };
        var offset = 2;
        foreach (var (text, column) in fields)
        {
            pieces.Add(new LinePiece(offset, lineNo, column));
            offset += text.Length + 3;
        }
        return NoticeSegmenter.Classify(Row(fields), lineNo, lineNo, pieces);
    }
}
