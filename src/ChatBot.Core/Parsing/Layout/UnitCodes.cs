using System.Text;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// Units a notice defines first by a code and then cites by it (issue 9; fresh4's "ĐƠN VỊ THỰC HIỆN VÀ KÝ HIỆU"):
/// <list type="bullet">
/// <item>definitions: a list of blocks "(A) Phòng Văn hóa - Xã hội", "A - Công an phường", "VH: Phòng VH-XH"; one
/// paragraph of them split by ";" ("Ký hiệu: A - …; B - …", "Đơn vị thực hiện: (a) …; (b) …"); or a two-column table
/// "| VH | Phòng Văn hóa - Xã hội |". A code is a letter in brackets or 1–4 capitals and digits; the rest of the part must
/// read wholly as one unit name;</item>
/// <item>citations: "(A)" anywhere after; a bare code after a unit field ("Chủ trì: A, B", "Đơn vị: a") or before
/// "chủ trì"/"phối hợp"/"thực hiện"; a table cell holding only codes.</item>
/// </list>
/// When at least two codes are defined and one is cited (or the definitions say "ký hiệu"/"viết tắt"), the definition
/// blocks are dropped (they are no tasks) and every citation is replaced by the unit's name as the notice wrote it, so the
/// readers after this stage see the unit itself. Offsets of the rewritten blocks still point into the source (the name
/// maps onto the code it replaces). Each block is scanned a bounded number of times: linear in the text.
/// </summary>
internal static class UnitCodes
{
    private static readonly string[] CodeWords = ["ký hiệu", "viết tắt", "gọi tắt"];
    private static readonly string[] FieldCues = ["đơn vị chủ trì:", "đơn vị phối hợp:", "đơn vị thực hiện:", "đơn vị:", "chủ trì:", "phối hợp:", "thực hiện:", "giao:", "trách nhiệm:"];
    private static readonly string[] VerbsAfter = [" chủ trì", " phối hợp", " thực hiện"];

    public static List<NoticeBlock> Resolve(List<NoticeBlock> blocks)
    {
        // First pass: the definitions (nothing allocated until one is read).
        Dictionary<string, string>? codes = null;
        HashSet<int>? definitionBlocks = null;
        List<(int Block, string Code, string Unit)>? run = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var defs = Definitions(blocks[i]);
            if (defs is null) { CloseRun(run, ref codes, ref definitionBlocks); continue; }
            if (defs.Count == 1) { (run ??= []).Add((i, defs[0].Code, defs[0].Unit)); continue; }
            CloseRun(run, ref codes, ref definitionBlocks);
            foreach (var (code, unit) in defs) (codes ??= new(StringComparer.Ordinal)).TryAdd(code, unit);
            (definitionBlocks ??= []).Add(i);
        }
        CloseRun(run, ref codes, ref definitionBlocks);
        if (codes is null || definitionBlocks is null) return blocks;
        if (codes.Count < 2) return blocks;

        var citations = new List<(int Start, int End, string Unit)>?[blocks.Count];
        var cited = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (definitionBlocks.Contains(i)) continue;
            var list = Citations(blocks[i], codes);
            if (list is null) continue;
            citations[i] = list;
            cited = true;
        }
        if (!cited && !SaysCodes(blocks, definitionBlocks)) return blocks;

        var result = new List<NoticeBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (definitionBlocks.Contains(i)) continue;
            result.Add(citations[i] is { } list ? Rewrite(blocks[i], list) : blocks[i]);
        }
        return result;
    }

    // A run of single definitions counts only as a list (two or more in a row).
    private static void CloseRun(List<(int Block, string Code, string Unit)>? run, ref Dictionary<string, string>? codes, ref HashSet<int>? definitionBlocks)
    {
        if (run is null || run.Count == 0) return;
        if (run.Count >= 2)
            foreach (var (blk, code, unit) in run) { (codes ??= new(StringComparer.Ordinal)).TryAdd(code, unit); (definitionBlocks ??= []).Add(blk); }
        run.Clear();
    }

    // "Ký hiệu", "viết tắt" in a definition or in one of the two blocks before one (the heading, the lead-in).
    private static bool SaysCodes(List<NoticeBlock> blocks, HashSet<int> definitions)
    {
        foreach (var i in definitions)
            for (var k = Math.Max(0, i - 2); k <= i; k++)
                if (HasCodeWord(blocks[k].Lower)) return true;
        return false;
    }

    private static bool HasCodeWord(string lower)
    {
        foreach (var w in CodeWords)
            if (lower.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    // ---- definitions ------------------------------------------------------------------------------------------------

    // The definitions a block makes, or null. A table row: exactly two cells, a bare code and a unit. (Spans until a code
    // is read: this runs on every block, and almost none opens with a code.)
    private static List<(string Code, string Unit)>? Definitions(NoticeBlock b)
    {
        var s = b.Content;
        if (s.Length < 5 || s.Length > 1200) return null;
        if (b.Kind == BlockKind.TableRow)
        {
            var row = s.AsSpan().Trim().Trim('|');
            var bar = row.IndexOf('|');
            if (bar < 0 || row[(bar + 1)..].Contains('|')) return null;
            var code = row[..bar].Trim();
            if (!IsBareCode(code)) return null;
            var unitCell = row[(bar + 1)..].Trim().TrimEnd(".;,").ToString();
            return WholeUnit(unitCell) ? [(code.ToString(), unitCell)] : null;
        }
        var found = OpensDefinition(s, 0) ? Parts(s, 0) : null;
        if (found is null)
        {
            // "Ký hiệu: A - …; B - …": a short preface before the first code.
            var colon = s.AsSpan(0, Math.Min(s.Length, 80)).IndexOf(':');
            if (colon > 0 && OpensDefinition(s, colon + 1)) found = Parts(s, colon + 1);
            if (found is null || found.Count < 2) return null;
        }
        return found;
    }

    // A cheap look at p: "(" or a word of at most four letters and digits, then "-", "–", ":" or "=".
    private static bool OpensDefinition(string s, int p)
    {
        while (p < s.Length && s[p] == ' ') p++;
        if (p >= s.Length) return false;
        if (s[p] == '(') return true;
        var w = p;
        while (w < s.Length && w - p <= 4 && char.IsLetterOrDigit(s[w])) w++;
        if (w == p || w - p > 4) return false;
        while (w < s.Length && s[w] == ' ') w++;
        return w < s.Length && s[w] is '-' or '–' or ':' or '=';
    }

    // Every ";"-separated part from p on is "code unit": the list, or null.
    private static List<(string Code, string Unit)>? Parts(string s, int p)
    {
        List<(string, string)>? list = null;
        while (p < s.Length)
        {
            var end = s.IndexOf(';', p);
            if (end < 0) end = s.Length;
            var part = s.AsSpan(p, end - p).Trim().TrimEnd('.').Trim();
            if (part.Length > 0)
            {
                if (ReadDefinition(part) is not { } d) return null;
                (list ??= []).Add(d);
            }
            p = end + 1;
        }
        return list;
    }

    // "(A) Phòng Văn hóa - Xã hội", "A - Công an phường", "VH: Phòng VH-XH", "B = Trạm Y tế phường".
    private static (string Code, string Unit)? ReadDefinition(ReadOnlySpan<char> part)
    {
        ReadOnlySpan<char> code;
        int rest;
        if (part[0] == '(')
        {
            var close = part.IndexOf(')');
            if (close < 2 || close > 5 || !IsCodeText(part[1..close])) return null;
            code = part[1..close];
            rest = close + 1;
        }
        else
        {
            var w = 0;
            while (w < part.Length && char.IsLetterOrDigit(part[w])) w++;
            if (!IsBareCode(part[..w])) return null;
            code = part[..w];
            var k = w;
            while (k < part.Length && part[k] == ' ') k++;
            if (k >= part.Length || part[k] is not ('-' or '–' or ':' or '=')) return null;
            rest = k + 1;
        }
        var unit = part[rest..].Trim().TrimEnd(",.").Trim();
        if (unit.Length == 0 || !char.IsUpper(unit[0])) return null;
        var name = unit.ToString();
        return WholeUnit(name) ? (code.ToString(), name) : null;
    }

    // The text is one unit name from start to end.
    private static bool WholeUnit(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]) || text.Length > 160) return false;
        var lower = VietnameseText.LowerInvariant(text);
        return UnitGrammar.Read(text, lower, 0) is { } u && u.Start == 0 && UnitGrammar.SkipSpaces(text, u.End) >= text.Length;
    }

    // A code in brackets: 1–4 letters or digits starting with a letter ("a", "A", "B1", "VH").
    private static bool IsCodeText(ReadOnlySpan<char> code)
    {
        if (code.Length is < 1 or > 4 || !char.IsLetter(code[0])) return false;
        foreach (var c in code)
            if (!char.IsLetterOrDigit(c)) return false;
        return true;
    }

    // A bare code: one letter, or 2–4 capitals and digits starting with a capital ("A", "b", "VH", "D2").
    private static bool IsBareCode(ReadOnlySpan<char> code)
    {
        if (code.Length == 1) return char.IsLetter(code[0]);
        if (!IsCodeText(code) || !char.IsUpper(code[0])) return false;
        foreach (var c in code)
            if (char.IsLower(c)) return false;
        return true;
    }

    private static bool IsBareCode(string s, int from, int to) => IsBareCode(s.AsSpan(from, to - from));

    // ---- citations --------------------------------------------------------------------------------------------------

    private static List<(int Start, int End, string Unit)>? Citations(NoticeBlock b, Dictionary<string, string> codes)
    {
        var s = b.Content;
        List<(int, int, string)>? list = null;
        if (b.Kind == BlockKind.TableRow)
        {
            // A cell (not the number's) holding only codes: "| A |", "| B, C |".
            var first = true;
            for (var i = s.IndexOf('|'); i >= 0 && i < s.Length - 1;)
            {
                var next = s.IndexOf('|', i + 1);
                if (next < 0) break;
                if (!first) CodeList(s, i + 1, next, codes, ref list, wholeCell: true);
                first = false;
                i = next;
            }
            return list;
        }
        // "(A)" anywhere.
        for (var open = s.IndexOf('('); open >= 0; open = s.IndexOf('(', open + 1))
        {
            var close = s.IndexOf(')', open);
            if (close < 0) break;
            if (close - open - 1 is >= 1 and <= 4 && codes.TryGetValue(s[(open + 1)..close], out var unit)) (list ??= []).Add((open, close + 1, unit));
        }
        var lower = b.Lower;
        // "Chủ trì: A, B", "Đơn vị: a".
        foreach (var cue in FieldCues)
            for (var at = lower.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(cue, at + cue.Length, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetter(lower[at - 1])) continue;
                CodeList(s, at + cue.Length, s.Length, codes, ref list, wholeCell: false);
            }
        // "A chủ trì, B phối hợp": a code opening the text or a clause before the verb.
        foreach (var verb in VerbsAfter)
            for (var at = lower.IndexOf(verb, StringComparison.Ordinal); at > 0; at = lower.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var w = at;
                while (w > 0 && char.IsLetterOrDigit(s[w - 1])) w--;
                if (w == at || !(w == 0 || w >= 2 && s[w - 1] == ' ' && s[w - 2] is ',' or ';' or '.' or ':')) continue;
                if (IsBareCode(s, w, at) && codes.TryGetValue(s[w..at], out var unit)) (list ??= []).Add((w, at, unit));
            }
        if (list is null) return null;
        // Overlaps (a cue and a bracket over one code): keep the first of each start.
        list.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        var kept = new List<(int, int, string)>(list.Count);
        foreach (var c in list)
            if (kept.Count == 0 || c.Item1 >= kept[^1].Item2) kept.Add(c);
        return kept;
    }

    // Codes separated by ",", ";", "và" from p (after spaces); every one must be defined. A list in running text ends at a
    // sentence's end, a bracket, a dash, or a word that is no code after a separator ("Chủ trì: (A); phối hợp: (B)"); with
    // wholeCell the codes must fill [p, end).
    private static void CodeList(string s, int p, int end, Dictionary<string, string> codes, ref List<(int, int, string)>? list, bool wholeCell)
    {
        var found = new List<(int, int, string)>();
        while (true)
        {
            while (p < end && s[p] == ' ') p++;
            var start = p;
            int codeFrom, codeTo;
            if (p < end && s[p] == '(')
            {
                var close = s.IndexOf(')', p);
                (codeFrom, codeTo) = (p + 1, close < 0 || close >= end ? p + 1 : close);
                p = codeTo + 1;
            }
            else
            {
                while (p < end && char.IsLetterOrDigit(s[p])) p++;
                (codeFrom, codeTo) = (start, p);
                if (!IsBareCode(s, codeFrom, codeTo)) codeTo = codeFrom;
            }
            if (codeTo <= codeFrom || !codes.TryGetValue(s[codeFrom..codeTo], out var unit))
            {
                if (found.Count > 0 && !wholeCell) break; // "…: (A); phối hợp: …"
                return;
            }
            found.Add((start, p, unit));
            var q = p;
            while (q < end && s[q] == ' ') q++;
            if (q < end && s[q] is ',' or ';') { p = q + 1; continue; }
            if (q + 3 <= end && s.AsSpan(q).StartsWith("và ", StringComparison.Ordinal)) { p = q + 3; continue; }
            if (wholeCell ? q < end : q < end && s[q] is not ('.' or ')' or '(' or '—' or '-' or '–')) return;
            break;
        }
        foreach (var f in found) (list ??= []).Add(f);
    }

    // ---- rewriting --------------------------------------------------------------------------------------------------

    // The block with each citation replaced by its unit; pieces shifted so every offset still locates its source.
    private static NoticeBlock Rewrite(NoticeBlock b, List<(int Start, int End, string Unit)> citations)
    {
        var sb = new StringBuilder(b.Content.Length + citations.Count * 24);
        var pieces = new List<LinePiece>(b.Pieces.Count + citations.Count * 2);
        var from = 0;
        var shift = 0;
        var k = 0;
        foreach (var (start, end, unit) in citations)
        {
            sb.Append(b.Content, from, start - from).Append(unit);
            // Old pieces before the citation keep their place (moved by the citations before them).
            for (; k < b.Pieces.Count && b.Pieces[k].ContentOffset <= start; k++) pieces.Add(b.Pieces[k] with { ContentOffset = b.Pieces[k].ContentOffset + shift });
            for (; k < b.Pieces.Count && b.Pieces[k].ContentOffset < end; k++) { } // inside the code: covered by the two below
            var (line, column) = b.Locate(start);
            pieces.Add(new LinePiece(start + shift, line, column));
            shift += unit.Length - (end - start);
            var (endLine, endColumn) = b.Locate(end);
            pieces.Add(new LinePiece(end + shift, endLine, endColumn));
            from = end;
        }
        sb.Append(b.Content, from, b.Content.Length - from);
        for (; k < b.Pieces.Count; k++) pieces.Add(b.Pieces[k] with { ContentOffset = b.Pieces[k].ContentOffset + shift });
        return new NoticeBlock
        {
            Kind = b.Kind, Style = b.Style, Marker = b.Marker, Content = sb.ToString(),
            LineStart = b.LineStart, LineEnd = b.LineEnd, Pieces = pieces,
        };
    }
}
