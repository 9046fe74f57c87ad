using System.Text;
using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// Groups clean lines into paragraphs, list items and table rows. A line continues the block above when it starts in
/// lower case (a sentence broken by a page break or a blank line), or when the document is hard-wrapped and the line
/// above is a long unfinished one. Each block records which lines (and columns) its text came from.
/// </summary>
internal static class NoticeSegmenter
{
    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

    /// <param name="furniture">Per line: text was there but the cleaner dropped it (a page number): a page break.</param>
    public static List<NoticeBlock> Segment(string[] lines, bool[]? furniture = null)
    {
        var wrap = WrapWidth(lines);
        var blocks = new List<NoticeBlock>();
        var text = new StringBuilder();
        var pieces = new List<LinePiece>();
        int start = 0, end = 0;
        var blankSince = false;
        var pageBreak = false;
        string? previousLine = null;

        void Flush()
        {
            if (text.Length > 0) blocks.Add(Classify(text.ToString(), start, end, pieces));
            text.Clear();
            pieces = [];
        }

        for (var i = 0; i < lines.Length; i++)
        {
            ParserWork.Step();
            var line = lines[i];
            if (line.Length == 0)
            {
                blankSince = true;
                pageBreak |= furniture is not null && i < furniture.Length && furniture[i];
                continue;
            }
            if ((StackedTable(lines, furniture, i) ?? DelimitedRows.Read(lines, i) ?? ExportRecords.Read(lines, i)) is { } table)
            {
                Flush();
                blocks.AddRange(table.Rows);
                i = table.Next - 1;
                previousLine = null;
                blankSince = false;
                pageBreak = false;
                continue;
            }
            var lineNo = i + 1;
            var continues = text.Length > 0 && !line.StartsWith('|') && text[0] != '|' && Continues(text, previousLine!, line, blankSince, pageBreak, wrap);
            if (continues)
            {
                text.Append(' ');
                pieces.Add(new LinePiece(text.Length, lineNo, 0));
                text.Append(line);
                end = lineNo;
            }
            else
            {
                Flush();
                pieces.Add(new LinePiece(0, lineNo, 0));
                text.Append(line);
                start = end = lineNo;
            }
            previousLine = line;
            blankSince = false;
            pageBreak = false;
        }
        Flush();
        return blocks;
    }

    /// <summary>
    /// A table pasted one cell per line (what copying a table out of a web page or a PDF gives): a header of short lines
    /// starting with "STT"/"TT" that reads as a task table ("Nội dung công việc", "Đơn vị chủ trì", "Thời gian …"), then
    /// rows that each start with their number and run for as many lines as the header has cells; a roman numeral or a
    /// capital letter followed by one line is a group row ("I" / "Công tác chuẩn bị"). Each row becomes a "| … |" row.
    /// </summary>
    internal static (List<NoticeBlock> Rows, int Next)? StackedTable(string[] lines, bool[]? furniture, int i)
    {
        if (lines[i] is not ("STT" or "TT" or "Stt" or "Số TT")) return null;
        var n = 1;
        while (i + n < lines.Length && n < 8 && IsHeaderCell(lines[i + n])) n++;
        if (n < 3 || !TaskTableReader.IsTaskHeader(Row(lines, i, n))) return null;
        var rows = new List<NoticeBlock> { RowBlock(lines, i, n) };
        var at = i + n;
        var data = 0;
        bool Dropped(int k) => furniture is not null && k < furniture.Length && furniture[k]; // a bare "3" the cleaner took for a page number
        while (true)
        {
            while (at < lines.Length && lines[at].Length == 0 && !Dropped(at)) at++;
            if (at >= lines.Length) break;
            var width = Dropped(at) ? n : RowNumber(lines[at]) switch { 1 => n, 2 => 2, _ => 0 };
            if (width == 0 || at + width > lines.Length || Enumerable.Range(at + 1, width - 1).Any(k => lines[k].Length == 0)) break;
            rows.Add(RowBlock(lines, at, width));
            if (width == n) data++;
            at += width;
        }
        return data == 0 ? null : (rows, at);
    }

    // What opens a row: 1 a row number ("3", "3."), 2 a group's roman numeral or capital letter ("II", "B"), else 0.
    private static int RowNumber(string line)
    {
        var first = line.TrimEnd('.');
        if (first.Length is > 0 and <= 3 && first.All(char.IsDigit)) return 1;
        return Array.IndexOf(Romans, first) >= 0 || first.Length == 1 && first[0] is >= 'A' and <= 'Z' ? 2 : 0;
    }

    // A header cell is a short label, not a sentence: no final stop, a handful of words, not a row's number.
    private static bool IsHeaderCell(string line) =>
        line.Length is > 0 and <= 40 && RowNumber(line) == 0 && line[^1] is not ('.' or ';' or ':') && !line.StartsWith('|') && line.Count(c => c == ' ') <= 5;

    private static string Row(string[] lines, int at, int width) => "| " + string.Join(" | ", lines.Skip(at).Take(width).Select(l => l.Replace('|', '/'))) + " |";

    private static NoticeBlock RowBlock(string[] lines, int at, int width)
    {
        var pieces = new List<LinePiece> { new(0, at + 1, 0) };
        var offset = 2;
        for (var k = 0; k < width; k++)
        {
            pieces.Add(new LinePiece(offset, at + k + 1, 0));
            offset += lines[at + k].Length + 3;
        }
        return Block(BlockKind.TableRow, MarkerStyle.None, "", Row(lines, at, width), 0, at + 1, at + width, pieces);
    }

    // Line length that counts as "full" in a hard-wrapped document: most lines end near it. 0 when lines are paragraphs.
    private static int WrapWidth(string[] lines)
    {
        var lengths = lines.Where(l => l.Length > 0).Select(l => l.Length).Order().ToArray();
        if (lengths.Length < 8) return 0;
        var p80 = lengths[(int)(lengths.Length * 0.8)];
        return p80 is >= 40 and <= 140 ? p80 : 0;
    }

    private static bool Continues(StringBuilder block, string prev, string line, bool afterBlank, bool pageBreak, int wrap)
    {
        if (StartsWithMarker(line)) return false;
        var last = block[^1];
        var finished = last is '.' or ';' or ':' or '!' or '?';
        // A sentence broken by a blank line or a page: the rest starts in lower case or with a number ("trước ngày" / "30/6.").
        if (char.IsLower(line[0]) || char.IsDigit(line[0]) && !afterBlank) return !afterBlank || !finished;
        if (char.IsDigit(line[0])) return !finished && !IsAllCaps(prev) && prev.Length > 20;
        // Hard-wrapped text: a long unfinished line runs on into the next, whatever its first letter; across a blank
        // line only when a page number stood there ("… báo cáo" / "8" / "Chủ tịch UBND phường kết quả …").
        // A short numbered heading ("3. Phòng Văn hóa và Thông tin") is followed by its body, not continued by it.
        return wrap > 0 && !finished && (!afterBlank || pageBreak) && prev.Length >= wrap * 0.75 && !IsAllCaps(prev) && !IsAllCaps(line)
               && !LooksLikeHeading(line) && !(block.Length < 200 && ReadMarker(block.ToString()) is not null && WordCount(block) <= 16);
    }

    // A new part, not the rest of a sentence: "Nơi nhận:", "TL. CHỦ TỊCH", "Kính gửi:".
    private static bool LooksLikeHeading(string line) =>
        line.StartsWith("Nơi nhận", StringComparison.Ordinal) || line.StartsWith("Kính gửi", StringComparison.Ordinal) || line.StartsWith("Trên đây", StringComparison.Ordinal);

    private static int WordCount(StringBuilder sb)
    {
        var n = 0;
        for (var i = 0; i < sb.Length; i++) if (sb[i] != ' ' && (i == 0 || sb[i - 1] == ' ')) n++;
        return n;
    }

    private static bool IsAllCaps(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);

    private static bool StartsWithMarker(string line) => ReadMarker(line) is not null || line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith('+');

    internal static NoticeBlock Classify(string s, int start, int end, List<LinePiece> pieces)
    {
        if (s.StartsWith('|')) return Block(BlockKind.TableRow, MarkerStyle.None, "", s, 0, start, end, pieces);
        if (s.StartsWith("- ", StringComparison.Ordinal)) return Block(BlockKind.Item, new MarkerStyle("-"), "-", s, 2, start, end, pieces);
        if (s.StartsWith('+')) return Block(BlockKind.Item, new MarkerStyle("+"), "+", s, 1, start, end, pieces);
        if (ReadMarker(s) is { } m) return Block(BlockKind.Item, m.Style, m.Text, s, m.Length, start, end, pieces);
        return Block(BlockKind.Paragraph, MarkerStyle.None, "", s, 0, start, end, pieces);
    }

    private static NoticeBlock Block(BlockKind kind, MarkerStyle style, string marker, string s, int cut, int start, int end, List<LinePiece> pieces)
    {
        while (cut < s.Length && s[cut] == ' ') cut++;
        var content = cut == 0 && (s.Length == 0 || s[^1] != ' ') ? s : s[cut..].TrimEnd();
        var shifted = new List<LinePiece>(pieces.Count);
        foreach (var p in pieces)
        {
            var offset = p.ContentOffset - cut;
            if (offset < 0) shifted.Add(new LinePiece(0, p.Line, p.Column - offset));
            else shifted.Add(p with { ContentOffset = offset });
        }
        return new NoticeBlock { Kind = kind, Style = style, Marker = marker, Content = content, LineStart = start, LineEnd = end, Pieces = shifted };
    }

    internal readonly record struct MarkerRead(MarkerStyle Style, string Text, int Length);

    /// <summary>
    /// Numberings: "I." "II/" (roman), "A." (capital letter), "1." "2.3." "2.3.1" (arabic, depth by parts), "1)" "1/",
    /// "(1)", "a)" "a." "a/", "(a)". At most two digits per part, so years and amounts are not markers.
    /// </summary>
    internal static MarkerRead? ReadMarker(string s)
    {
        if (s.Length < 3) return null;
        if (s.StartsWith("Điều ", StringComparison.Ordinal)) return ArticleMarker(s);
        if (s.StartsWith("Thứ ", StringComparison.Ordinal)) return OrdinalMarker(s);
        if (s[0] == '(')
        {
            var close = s.IndexOf(')');
            if (close is < 2 or > 4) return null;
            var inner = s[1..close];
            var restAt = close + 1;
            if (restAt >= s.Length || s[restAt] != ' ') return null;
            if (inner.All(char.IsAsciiDigit)) return new MarkerRead(new MarkerStyle("(1)"), inner, restAt);
            if (inner.Length == 1 && char.IsAsciiLetterLower(inner[0])) return new MarkerRead(new MarkerStyle("(a)"), inner, restAt);
            if (Array.IndexOf(Romans, inner) >= 0) return new MarkerRead(new MarkerStyle("(I)"), inner, restAt);
            return null;
        }
        var sp = s.IndexOf(' ');
        if (sp <= 0 || sp > 12 || sp + 1 >= s.Length) return null;
        var head = s[..sp];
        var punct = head[^1];
        if (punct is not ('.' or ')' or '/' or ':')) return ArabicWithoutFinalDot(s, head, sp);
        var core = head[..^1];
        if (core.Length == 0) return null;
        var p = punct == ':' ? '.' : punct;
        if (Array.IndexOf(Romans, core) >= 0 && punct != ':') return new MarkerRead(new MarkerStyle("I" + p), core, sp + 1);
        if (IsNumbering(core))
        {
            var depth = core.Count(ch => ch == '.') + 1;
            var key = p == '.' ? string.Concat(Enumerable.Repeat("1.", depth)) : "1" + p;
            if (p != '.' && depth > 1) return null;
            return new MarkerRead(new MarkerStyle(key), core, sp + 1);
        }
        if (core.Length == 1 && char.IsAsciiLetterLower(core[0]) && punct != ':') return new MarkerRead(new MarkerStyle("a" + p), core, sp + 1);
        if (core.Length == 1 && core[0] is >= 'A' and <= 'H' && punct == '.' && char.IsUpper(s[sp + 1])) return new MarkerRead(new MarkerStyle("A."), core, sp + 1);
        return null;
    }

    private static readonly string[] Ordinals = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    // "Thứ nhất, về kiểm tra …: giao Phòng …", "Thứ hai, …": an enumeration in words.
    private static MarkerRead? OrdinalMarker(string s)
    {
        foreach (var o in Ordinals)
        {
            var head = "Thứ " + o;
            if (!s.StartsWith(head, StringComparison.Ordinal) || s.Length <= head.Length + 2 || s[head.Length] is not (',' or ':' or '.')) continue;
            var rest = head.Length + 1;
            while (rest < s.Length && s[rest] == ' ') rest++;
            return new MarkerRead(new MarkerStyle("Thứ"), o, rest);
        }
        return null;
    }

    // "Điều 2. Giao Phòng …": the articles of a decision are items.
    private static MarkerRead? ArticleMarker(string s)
    {
        var i = 5;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == 5 || i - 5 > 3 || i >= s.Length || s[i] is not ('.' or ':')) return null;
        var rest = i + 1;
        while (rest < s.Length && s[rest] == ' ') rest++;
        return rest < s.Length ? new MarkerRead(new MarkerStyle("Điều"), s[5..i], rest) : null;
    }

    // "2.3 Về công tác …" (no final dot): a multi-part number followed by a capital letter.
    private static MarkerRead? ArabicWithoutFinalDot(string s, string head, int sp)
    {
        if (!head.Contains('.') || !IsNumbering(head) || !char.IsUpper(s[sp + 1])) return null;
        var depth = head.Count(ch => ch == '.') + 1;
        return new MarkerRead(new MarkerStyle(string.Concat(Enumerable.Repeat("1.", depth))), head, sp + 1);
    }

    private static bool IsNumbering(string core)
    {
        var parts = core.Split('.');
        if (parts.Length > 4) return false;
        foreach (var part in parts)
            if (part.Length is 0 or > 2 || !part.All(char.IsAsciiDigit)) return false;
        return true;
    }
}
