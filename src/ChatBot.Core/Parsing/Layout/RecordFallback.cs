using ChatBot.Core.Common;
using ChatBot.Core.Parsing.Tasks;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// A fallback for layouts no reader knows (docs/PARSER.md, "Records no reader knows"): where the readers gave a part of
/// the notice no task, each line of it (a table row with unknown column names, a row pasted with runs of spaces, a line
/// cut by "→", " — ", " | ", an exported list, a log line, a group of "Key: value" lines) is read as a RECORD: its fields
/// are classified by what they hold, not by their labels: a field that starts with an action (an imperative verb:
/// "Rà soát …", "Tổ chức …", or a unit then its verb) is the task, a field the unit grammar reads whole is its unit, a field
/// that reads as a deadline cell is its deadline. A record is a task when it has the action and a unit or a deadline.
/// Lines with no fields (plain prose) are read only when the whole notice gave no task, and under a bare unit label
/// ("* Công an phường" over indented bullets) they take its unit. Purpose, target, statistic, information and done lines
/// stay out. Runs after the other readers, on the blocks they left untouched: a notice they read pays one pass over its blocks.
/// </summary>
internal static class RecordFallback
{
    /// <param name="bodyStart">The body's first block: once the readers found tasks, the header before it (two columns
    /// flattened into gaps, "Độc lập - Tự do - Hạnh phúc") holds no record and is not read; a notice that gave nothing is
    /// read whole, since its body may not have been found.</param>
    public static List<TaskDraft> Apply(IReadOnlyList<NoticeBlock> blocks, SourceText source, List<TaskDraft> drafts, int bodyStart = 0)
    {
        if (blocks.Count == 0) return drafts;
        TrailingFields(drafts);
        var touched = new HashSet<NoticeBlock>(ReferenceEqualityComparer.Instance);
        foreach (var d in drafts)
        {
            touched.Add(d.Block);
            foreach (var (b, _) in d.DeadlineSources) touched.Add(b);
            if (d.Lead is { } l) touched.Add(l.Block);
        }
        var prose = drafts.Count == 0; // the notice read nothing: plain lines are read too
        var lines = source.Lines;
        var usable = new bool[lines.Length + 2]; // source lines of untouched blocks, before the closing
        var tableTouched = false;
        var any = false;
        for (var i = prose ? 0 : Math.Clamp(bodyStart, 0, blocks.Count); i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Paragraph && Sections.IsClosing(b.Folded)) break;
            if (b.Kind == BlockKind.TableRow)
            {
                // A table the readers took rows from: the rows they left (done, group, header rows) stay left.
                if (i == 0 || blocks[i - 1].Kind != BlockKind.TableRow) tableTouched = TableTouched(blocks, i, touched);
                if (tableTouched) continue;
            }
            else if (touched.Contains(b)) continue;
            if (b.Pieces.Count > 0 && b.LineStart != b.LineEnd && b.Kind == BlockKind.TableRow) continue; // a regrouped table's row: cells on several lines
            for (var line = b.LineStart; line <= b.LineEnd && line <= lines.Length; line++)
            {
                usable[line] = true;
                any = true;
            }
        }
        if (!any) return drafts;

        List<TaskDraft>? added = null;
        UnitRef? label = null;
        var labelIndent = -1;
        // A unit given once over records: a bare unit line ("1. Phòng Kinh tế:"), a table's group row ("| II | Công an phường |
        // |"), a unit field with no work beside it ("Đơn vị: Phòng KT, HT&ĐT"); records of several fields that name none take it.
        UnitRef? blockUnit = null;
        for (var line = 1; line <= lines.Length; line++)
        {
            var clean = lines[line - 1];
            if (!usable[line] || clean.Length < 6)
            {
                if (clean.Length > 0 && !usable[line]) label = blockUnit = null;
                continue;
            }
            var raw = source.RawLine(line);
            // "☑ …", "- [x] …": a box ticked done (the checklist reader's; the cleaner made the box a bullet).
            if (raw.IndexOfAny('☑', '☒') >= 0 || raw.Contains("[x]", StringComparison.OrdinalIgnoreCase)) continue;
            var indent = Indent(raw);
            if (label is not null && indent <= labelIndent) label = null;
            // "Việc: …" / "Người làm: …" / "Hạn: …" on lines of their own: one record.
            if (KeyValue(clean) is not null && FieldGroup(lines, usable, line) is { } group)
            {
                if (Record(group.Fields, line, group.Last, null, fieldOwn: true) is { } g) (added ??= []).Add(g);
                line = group.Last;
                continue;
            }
            // "1. Phòng Kinh tế:", "CÔNG AN PHƯỜNG": a short line that is a unit alone, right over records (no separator in it).
            // Cheap checks first: the next line is a record's (a separator in it), this one opens in capitals.
            if (!prose && clean.Length <= 80 && line < lines.Length && usable[line + 1] && lines[line].Length > 0 && HasSeparator(lines[line], source.RawLine(line + 1))
                && Prefix(clean) is var p0 && p0 < clean.Length && char.IsUpper(clean[p0]) && UnitLabel(clean) is { } bare)
            {
                label = blockUnit = UnitRef.From(bare.Unit, SingleBlock(line, clean, bare.Start, bare.End), -bare.Start);
                labelIndent = indent;
                continue;
            }
            // A record is a short line; a long one is prose (a table row may be long). When the notice gave tasks, only lines
            // with a separator can be records (cheap: one vectorised search, then the raw line's gaps).
            if (clean[0] != '|' && (!prose && !HasSeparator(clean, raw) || Addressees.WordCount(clean) > 50)) continue;
            var fields = Fields(clean, source.RawLine(line));
            if (fields.Count == 1 && UnitLabel(clean) is { } unitLabel)
            {
                // "* Công an phường" over "    * Tăng cường …": a bare unit over the lines indented under it.
                var block = SingleBlock(line, clean, unitLabel.Start, unitLabel.End);
                label = blockUnit = UnitRef.From(unitLabel.Unit, block, -unitLabel.Start);
                labelIndent = indent;
                continue;
            }
            if ((fields.Count > 1 || clean[0] == '|') && GroupUnit(clean, fields, line) is { } groupUnit) { blockUnit = groupUnit; continue; }
            if (fields.Count == 1 && (!prose || label is null && Prefix(clean) == 0 || Addressees.WordCount(clean) > 60)) { blockUnit = null; continue; } // prose: list-like lines only
            // A sentence wrapped onto the next line ("… hoàn thành trước" / "ngày 20/11/2026."): no record of its own.
            if (fields.Count == 1 && line < lines.Length && usable[line + 1] && lines[line].Length > 0 && char.IsLower(lines[line][0])) continue;
            var pieces = new List<(string Text, int Line, int Column, string? Key)>(fields.Count);
            foreach (var (s, e) in fields)
            {
                var (ks, key) = StripKey(clean, s, e);
                pieces.Add((clean[ks..e], line, ks, key));
            }
            // Fields cut out of a line (at dashes, or at a double space a typist left in prose) need the unit or the deadline
            // as a field of its own, as a spreadsheet's or an export's columns have them.
            if (Record(pieces, line, line, fields.Count == 1 ? label : blockUnit, fieldOwn: fields.Count > 1) is { } d) (added ??= []).Add(d);
        }
        if (added is null) return drafts;
        drafts.AddRange(added);
        return [.. drafts.OrderBy(d => d.Block.LineStart)];
    }

    private static readonly System.Buffers.SearchValues<char> SeparatorChars = System.Buffers.SearchValues.Create("|→—–⇒>―");

    private static bool HasSeparator(string clean, ReadOnlySpan<char> raw)
    {
        if (clean.AsSpan().ContainsAny(SeparatorChars) || clean.Contains(" - ", StringComparison.Ordinal)) return true;
        var body = raw.TrimStart(" \t".AsSpan());
        return body.Contains("  ", StringComparison.Ordinal) || body.Contains('\t');
    }

    private static bool TableTouched(IReadOnlyList<NoticeBlock> blocks, int i, HashSet<NoticeBlock> touched)
    {
        for (var k = i; k < blocks.Count && blocks[k].Kind == BlockKind.TableRow; k++)
            if (touched.Contains(blocks[k])) return true;
        return false;
    }

    private static int Indent(ReadOnlySpan<char> raw)
    {
        var n = 0;
        foreach (var c in raw)
        {
            if (c == ' ') n++;
            else if (c == '\t') n += 4;
            else break;
        }
        return n;
    }

    // ---- fields ------------------------------------------------------------------------------------------------------

    // Separators by strength: a line is cut only at the strongest kind it holds ("Tổng hợp báo cáo kinh tế - xã hội" in a
    // row cut by " | " keeps its dash).
    private static readonly string[][] SeparatorKinds = [[" | "], [" → ", " -> ", " => ", " ⇒ "], [" — ", " ― "], [" – "], [" - "]];

    /// <summary>The fields of a cleaned line (start, end): a table row's cells, runs cut by separators or (in the raw line) by wide spaces.</summary>
    internal static List<(int Start, int End)> Fields(string clean, ReadOnlySpan<char> raw)
    {
        var fields = new List<(int, int)>();
        var start = Prefix(clean);
        if (clean.StartsWith('|'))
        {
            var k = 1;
            while (k < clean.Length)
            {
                var bar = clean.IndexOf('|', k);
                var e = bar < 0 ? clean.Length : bar;
                AddTrimmed(clean, k, e, fields);
                k = e + 1;
            }
            return fields;
        }
        // Wide gaps in the raw line ("1     Rà soát …     Phòng VH-XH     20/12/2026") cut where the cleaner left one space.
        var cuts = new List<int>();
        WideGaps(clean, raw, start, cuts);
        if (cuts.Count > 0)
        {
            var from = start;
            foreach (var cut in cuts)
            {
                AddTrimmed(clean, from, cut, fields);
                from = cut;
            }
            AddTrimmed(clean, from, clean.Length, fields);
            return fields;
        }
        var lower = VietnameseText.LowerInvariant(clean);
        foreach (var kind in SeparatorKinds)
        {
            SplitBySeparators(clean, lower, start, clean.Length, kind, fields);
            if (fields.Count > 1) return fields;
            fields.Clear();
        }
        AddTrimmed(clean, start, clean.Length, fields);
        return fields;
    }

    private static void SplitBySeparators(string clean, string lower, int s, int e, string[] kind, List<(int, int)> into)
    {
        var k = s;
        var fieldStart = s;
        var dash = kind[0] is " - " or " – ";
        while (k < e)
        {
            var next = -1;
            var len = 0;
            foreach (var sep in kind)
            {
                var i = clean.IndexOf(sep, k, e - k, StringComparison.Ordinal);
                if (i >= 0 && (next < 0 || i < next)) { next = i; len = sep.Length; }
            }
            if (next < 0) break;
            // A dash inside a unit's name ("Phòng Văn hóa - Xã hội"), a range ("Tháng 10 - 12/2026", "20 - 25/11") or a compound
            // ("kinh tế - xã hội", a lower-case word after it) is no separator.
            if (dash && (InsideUnit(clean, lower, fieldStart, next, len) || next > 0 && char.IsDigit(clean[next - 1]) && next + len < clean.Length && char.IsDigit(clean[next + len])
                         || next + len < clean.Length && char.IsLower(clean[next + len]) && !IsUnitField(clean, lower, fieldStart, next)))
            {
                k = next + len;
                continue;
            }
            AddTrimmed(clean, fieldStart, next, into);
            k = fieldStart = next + len;
        }
        AddTrimmed(clean, fieldStart, e, into);
    }

    // A unit read from a word start in the field (up to 8 words back) runs across the dash at <paramref name="at"/>.
    private static bool InsideUnit(string clean, string lower, int fieldStart, int at, int len)
    {
        var words = 0;
        for (var w = at - 1; w >= fieldStart && words < 8; w--)
        {
            if (w > fieldStart && clean[w - 1] != ' ') continue;
            words++;
            if (char.IsLetter(clean[w]) && UnitGrammar.Read(clean, lower, w) is { } u && u.End > at + len) return true;
        }
        return false;
    }

    private static bool IsUnitField(string clean, string lower, int from, int to)
    {
        var at = UnitGrammar.SkipSpaces(clean, from);
        return at < to && UnitGrammar.Read(clean, lower, at) is { } u && u.End >= to - 1 && u.End <= to;
    }

    private static void WideGaps(string clean, ReadOnlySpan<char> raw, int start, List<int> cuts)
    {
        var r = 0;
        while (r < raw.Length && raw[r] is ' ' or '\t') r++;
        var body = raw[r..];
        if (body.IndexOf("  ", StringComparison.Ordinal) < 0 && body.IndexOf('\t') < 0) return;
        // Walk the raw text and the cleaned one side by side (the cleaner only collapses spaces and maps a few chars).
        var c = 0;
        for (var k = r; k < raw.Length && c < clean.Length; k++)
        {
            var ch = raw[k];
            if (ch is ' ' or '\t')
            {
                var gap = k;
                while (gap < raw.Length && raw[gap] is ' ' or '\t') gap++;
                var wide = gap - k >= 2 || ch == '\t';
                if (c < clean.Length && clean[c] == ' ') c++;
                if (wide && c > start && c < clean.Length) cuts.Add(c);
                k = gap - 1;
                continue;
            }
            // Chars the cleaner dropped (markdown emphasis) have no counterpart.
            if (ch is '*' or '`' || Fold.Char(ch) != Fold.Char(clean[c]) && ch != clean[c]) continue;
            c++;
        }
    }

    private static void AddTrimmed(string s, int from, int to, List<(int, int)> into)
    {
        while (from < to && s[from] is ' ' or '.' or ';' or ',') from++;
        while (to > from && s[to - 1] is ' ' or ';' or ',') to--;
        if (to > from) into.Add((from, to));
    }

    // Where the record starts after a bullet, a number, an id ("#1021"), a time stamp ("[12/11 09:15]", "09:15 -").
    private static int Prefix(string clean)
    {
        var k = 0;
        for (var guard = 0; guard < 4; guard++)
        {
            var start = k;
            if (k < clean.Length && clean[k] is '-' or '+' && k + 1 < clean.Length && clean[k + 1] == ' ') k += 2;
            if (k < clean.Length && clean[k] == '[')
            {
                var close = clean.IndexOf(']', k);
                if (close > k && close - k < 40) k = close + 1;
            }
            var d = k;
            while (d < clean.Length && (char.IsDigit(clean[d]) || clean[d] is '#' or '/' or ':' or '.')) d++;
            if (d > k && d < clean.Length && clean[d] is ' ' or ')' && clean.AsSpan(k, d - k).IndexOfAnyInRange('0', '9') >= 0) k = d + (clean[d] == ')' ? 1 : 0);
            while (k < clean.Length && clean[k] is ' ' or '-' or '–' or '|') k++;
            if (k == start) break;
        }
        return Math.Min(k, clean.Length);
    }

    // "Việc: Rà soát …", "Người làm: Phòng VH-XH", "Hạn: 20/11": a short label (no digit, a few words), a colon, a value.
    private static (int Colon, string Key)? KeyValue(string s) => KeyValue(s, Prefix(s), s.Length);

    private static (int Colon, string Key)? KeyValue(string s, int from, int to)
    {
        var colon = s.IndexOf(':', from, to - from);
        if (colon <= from || colon - from > 30 || colon + 1 >= to) return null;
        var key = s.AsSpan(from, colon - from);
        if (key.IndexOfAnyInRange('0', '9') >= 0 || Addressees.WordCount(key) > 4) return null;
        return (colon, Fold.Key(key.ToString()));
    }

    private static (int Start, string? Key) StripKey(string clean, int s, int e)
    {
        if (KeyValue(clean, s, e) is not { } kv) return (s, null);
        var keyText = clean.Substring(s, kv.Colon - s);
        var lower = VietnameseText.LowerInvariant(keyText);
        // "Công an phường: tăng cường …": a unit before the colon is the record's unit, kept in the field.
        if (UnitGrammar.Read(keyText, lower, 0) is { } u && u.End >= kv.Colon - s - 1) return (s, null);
        var v = kv.Colon + 1;
        while (v < e && clean[v] == ' ') v++;
        return (v, kv.Key);
    }

    // A run of "Key: value" lines (two or more, one of them an action), up to a blank line or a key written again.
    private static (List<(string Text, int Line, int Column, string? Key)> Fields, int Last)? FieldGroup(string[] lines, bool[] usable, int first)
    {
        var fields = new List<(string, int, int, string?)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var last = first;
        for (var line = first; line <= lines.Length && usable[line]; line++)
        {
            var s = lines[line - 1];
            if (s.Length == 0) break;
            var from = Prefix(s);
            if (KeyValue(s, from, s.Length) is not { } kv || !keys.Add(kv.Key)) break;
            var v = kv.Colon + 1;
            while (v < s.Length && s[v] == ' ') v++;
            fields.Add((s[v..], line, v, kv.Key));
            last = line;
        }
        return fields.Count >= 2 ? (fields, last) : null;
    }

    // ---- one record ----------------------------------------------------------------------------------------------------

    private static readonly string[] NoiseKeys = ["muc dich", "yeu cau", "chi tieu", "muc tieu", "ket qua", "ghi chu", "dia diem", "thanh phan", "noi nhan", "can cu", "tinh hinh", "danh gia"];
    private static readonly string[] DoneStatus = ["da hoan thanh", "hoan thanh", "da xong", "xong", "da thuc hien", "da giai quyet", "huy", "da huy"];
    private static readonly string[] DoneLeads = ["da xong", "da hoan thanh", "da thuc hien xong", "da giai quyet xong"];
    private static readonly string[] PartnerKeys = ["phoi hop", "don vi phoi hop", "co quan phoi hop"];

    /// <param name="fieldOwn">the unit or the deadline must be a field of its own (a record of several fields).</param>
    private static TaskDraft? Record(List<(string Text, int Line, int Column, string? Key)> fields, int lineStart, int lineEnd, UnitRef? label, bool fieldOwn = false)
    {
        int text = -1, unit = -1, due = -1, repeat = -1;
        var partners = new List<int>();
        UnitMention? unitMention = null;
        (int Start, UnitMention? Own, Addressee A) action = default;
        for (var k = 0; k < fields.Count; k++)
        {
            var (f, _, _, key) = fields[k];
            var folded = Fold.SameLength(f);
            if (k > 0 && (f.Length <= 16 && Array.IndexOf(DoneStatus, folded.TrimEnd('.', ' ')) >= 0 || Sections.StartsAny(folded, DoneLeads))) return null; // a done row
            var lower = VietnameseText.LowerInvariant(f);
            if (key is not null && Array.IndexOf(PartnerKeys, key) >= 0) { partners.Add(k); continue; }
            var directive = Sections.StartsDirective(lower);
            // A deadline field is (nearly) all date: "20/11/2026", "Hạn: trước 25/11", not "Ngày 25/6/2026, tại phòng họp số 02".
            if (due < 0 && !directive && Addressees.WordCount(f) <= 10 && DeadlineParser.MatchCell(f, 2000, null) is { } dm && f.Length - (dm.End - dm.Start) <= 12) { due = k; continue; }
            // "Hằng tuần", "Định kỳ tháng", "Mỗi quý": a recurring report's column, how often (no date).
            if (repeat < 0 && f.Length <= 40 && Repeat(folded) is not null) { repeat = k; continue; } // "Hằng tuần" opens a directive too
            if (unit < 0 && UnitGrammar.Read(f, lower, 0) is { Kind: not UnitKind.Person } u && WholeField(f, u.End))
            {
                unit = k;
                unitMention = u;
                continue;
            }
            if (text >= 0 || f.Length < 8) continue;
            if (key is not null && Array.Exists(NoiseKeys, n => key.StartsWith(n, StringComparison.Ordinal))) continue;
            if (Action(f, lower, folded) is { } act) { text = k; action = act; }
        }
        if (text < 0) return null;
        var (t, _, _, _) = fields[text];
        var (start, own, a) = action;
        var hasDue = due >= 0 || repeat >= 0 || DeadlineParser.MatchFolded(Fold.SameLength(t), 2000, null) is not null;
        if (own is null && unit < 0 && label is null && !hasDue) return null;
        if (fieldOwn && unit < 0 && due < 0 && repeat < 0) return null;

        // The record as one block: its fields joined by " | ", each piece pointing back at where it was written.
        var content = new System.Text.StringBuilder();
        var pieces = new List<LinePiece>(fields.Count);
        var offsets = new int[fields.Count];
        for (var k = 0; k < fields.Count; k++)
        {
            if (k > 0) content.Append(" | ");
            offsets[k] = content.Length;
            pieces.Add(new LinePiece(content.Length, fields[k].Line, fields[k].Column));
            content.Append(fields[k].Text);
        }
        var block = new NoticeBlock
        {
            Kind = BlockKind.Paragraph, Style = MarkerStyle.None, Marker = "", Content = content.ToString(),
            LineStart = lineStart, LineEnd = lineEnd, Pieces = pieces,
        };
        var draft = new TaskDraft { Block = block, Text = new Clause(offsets[text] + start, offsets[text] + t.Length) };
        if (own is { } o)
        {
            draft.Own = UnitRef.From(o, block, offsets[text]);
            foreach (var c in a!.Cooperating) draft.Cooperating.Add(UnitRef.From(c.Shifted(start), block, offsets[text]));
        }
        if (unit >= 0 && unitMention is { } um)
        {
            var list = new List<UnitMention>();
            Addressees.ReadList(fields[unit].Text, VietnameseText.LowerInvariant(fields[unit].Text), um, list);
            if (draft.Own is null)
            {
                draft.Assigned = UnitRef.From(um, block, offsets[unit]);
                UnitRef.AddFrom(draft.Cooperating, list, block, offsets[unit]);
            }
        }
        else if (draft.Own is null && label is { } lb) draft.FromHeading = lb;
        foreach (var p in partners)
        {
            var pl = VietnameseText.LowerInvariant(fields[p].Text);
            if (UnitGrammar.Read(fields[p].Text, pl, 0) is { } pu)
            {
                var list = new List<UnitMention> { pu };
                Addressees.ReadList(fields[p].Text, pl, pu, list);
                UnitRef.AddFrom(draft.Cooperating, list, block, offsets[p]);
            }
        }
        var coop = new List<UnitMention>();
        var tl = VietnameseText.LowerInvariant(t);
        Addressees.AddCooperating(t, tl, start, t.Length, coop);
        UnitRef.AddFrom(draft.Cooperating, coop, block, offsets[text]);
        draft.DeadlineSources.Add((block, draft.Text));
        if (due >= 0)
        {
            draft.DeadlineCell = (block, new Clause(offsets[due], offsets[due] + fields[due].Text.Length));
            draft.RecurrenceCell = fields[due].Text;
        }
        if (repeat >= 0) draft.RecurrenceCell = Repeat(Fold.SameLength(fields[repeat].Text));
        draft.LineEnd = lineEnd;
        return draft;
    }

    /// <summary>
    /// A field that is an action: an imperative verb first ("Rà soát …"), or a unit then its verb ("Công an phường tăng cường
    /// …", "Giao Phòng VH-XH …", after a speaker's label "Chủ tịch UBND phường: …"); null for reports, information, praise.
    /// </summary>
    private static (int Start, UnitMention? Own, Addressee A)? Action(string t, string lower, string folded)
    {
        if (Sections.IsInformation(folded, lower) || Sections.IsClosingFormula(folded) || Sections.StartsAny(folded, Sections.PraiseStarts)) return null;
        var start = SpeakerLabel(t, lower);
        if (Addressees.WordCount(t.AsSpan(start)) < 3) return null;
        var a = Addressees.Leading(t[start..], lower[start..]);
        if (a.Statement) return null;
        if (a.Lead is { } l && l.Kind != UnitKind.Person && !(l.IsLeader && !a.ViaDirectiveVerb))
        {
            var after = l.End;
            foreach (var c in a.Cooperating) after = Math.Max(after, c.End);
            after = start + after;
            while (after < t.Length && t[after] is ':' or '-' or '–' or '→' or ' ' or ',') after++;
            if (!a.ViaDirectiveVerb && !Sections.StartsDirective(lower[after..])) return null;
            return (start, l.Shifted(start), a);
        }
        return Sections.StartsDirective(lower[start..]) ? (start, null, a) : null;
    }

    // A field the unit fills: the name, then nothing but punctuation or a bracket ("Phòng VH-XH (chủ trì)").
    private static bool WholeField(string f, int end)
    {
        var rest = f.AsSpan(end).Trim(" .,;:".AsSpan());
        return rest.Length == 0 || rest[0] == '(' && rest[^1] == ')' || Addressees.WordCount(rest) <= 2 && rest.IndexOfAnyInRange('0', '9') < 0 && !char.IsUpper(rest[0]) && (rest.StartsWith("chủ trì") || rest.StartsWith("thực hiện") || rest.StartsWith("phụ trách"));
    }

    private static readonly string[] SpeakerWords = ["chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "đồng chí", "đ/c", "ông", "bà", "trưởng ban", "chủ tọa"];

    // "Chủ tịch UBND phường: giao …", "Phó Chủ tịch Lê Văn An: Công an phường …": a leader speaking, the order after the colon.
    private static int SpeakerLabel(string t, string lower)
    {
        var colon = t.IndexOf(':');
        if (colon <= 0 || colon > 80 || Addressees.WordCount(t.AsSpan(0, colon)) > 12) return 0;
        var speaker = UnitGrammar.Read(t, lower, 0) is { } u && (u.IsLeader || u.Kind == UnitKind.Person) && u.End >= colon - 1;
        if (!speaker)
            foreach (var w in SpeakerWords)
                if (UnitLexicon.AtWord(lower, 0, w)) { speaker = true; break; }
        return speaker ? UnitGrammar.SkipSpaces(t, colon + 1) : 0;
    }

    private static readonly string[] Periods = ["tuan", "thang", "quy", "nam", "ngay"];
    private static readonly string[] PeriodWords = ["hằng tuần", "hằng tháng", "hằng quý", "hằng năm", "hằng ngày"];

    /// <summary>A field that says how often and nothing else ("Hằng tuần", "Định kỳ tháng", "Mỗi quý", "Định kỳ"): the recurrence
    /// cell's words ("Định kỳ tháng" as "hằng tháng"), else null.</summary>
    private static string? Repeat(string folded)
    {
        var f = folded.Trim(' ', '.', ';', ',');
        if (Addressees.WordCount(f) > 4) return null;
        var at = f.StartsWith("dinh ky", StringComparison.Ordinal) ? 7 : f.StartsWith("hang ", StringComparison.Ordinal) || f.StartsWith("moi ", StringComparison.Ordinal) ? f.IndexOf(' ') : -1;
        if (at < 0) return null;
        var rest = f[at..].Trim();
        if (rest.StartsWith("hang ", StringComparison.Ordinal) || rest.StartsWith("moi ", StringComparison.Ordinal) || rest.StartsWith("theo ", StringComparison.Ordinal)) rest = rest[(rest.IndexOf(' ') + 1)..];
        if (rest.Length == 0) return at == 7 ? "định kỳ" : null;
        for (var k = 0; k < Periods.Length; k++)
            if (rest == Periods[k]) return PeriodWords[k];
        return null;
    }

    private static readonly string[] GroupKeys = ["don vi", "don vi thuc hien", "don vi chu tri", "giao cho", "bo phan", "bo phan thuc hien", "phu trach", "nguoi phu trach", "chu tri", "co quan chu tri"];

    /// <summary>
    /// A line of fields that only names a unit for the records under it: a table's group row ("| II | Công an phường | |",
    /// the other cells a marker or empty), a unit field by its label beside no work ("Danh sách việc giao — Đơn vị: Phòng
    /// KT"). Null when a field holds work or anything else.
    /// </summary>
    private static UnitRef? GroupUnit(string clean, List<(int Start, int End)> fields, int line)
    {
        if (fields.Count > 4) return null;
        UnitRef? found = null;
        var labelled = false;
        var others = 0;
        foreach (var (s, e) in fields)
        {
            var (vs, key) = StripKey(clean, s, e);
            var value = clean[vs..e];
            if (key is null && IsMarker(value)) continue;
            var lower = VietnameseText.LowerInvariant(value);
            if (found is null && (key is null || Array.IndexOf(GroupKeys, key) >= 0) && UnitGrammar.Read(value, lower, 0) is { Kind: not UnitKind.Person } u
                && u.End >= value.TrimEnd(':', ' ', '.').Length)
            {
                found = UnitRef.From(u, SingleBlock(line, clean, vs, vs + u.End), 0);
                labelled = key is not null;
                continue;
            }
            if (key is not null || Sections.StartsDirective(lower)) return null;
            others++;
        }
        return others == 0 || labelled && others == 1 ? found : null;
    }

    // A row's number or a group's letter: "3", "3.", "II", "B", "b)".
    private static bool IsMarker(string v)
    {
        var t = v.TrimEnd('.', ')');
        if (t.Length is 0 or > 4) return t.Length == 0;
        var digits = true;
        var roman = true;
        foreach (var c in t)
        {
            digits &= char.IsAsciiDigit(c);
            roman &= c is 'I' or 'V' or 'X';
        }
        return digits || roman || t.Length == 1 && char.IsLetter(t[0]);
    }

    // Fields the reader left beside a task it took from a line of fields: "Rà soát hộ kinh doanh — 12/5/2027" (the text ends in a
    // field that is all date), "… | Văn phòng HĐND và UBND xã | Hằng tuần" (fields after the text): the date is its deadline
    // cell and no part of its text, the frequency its recurrence.
    private static void TrailingFields(List<TaskDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Block.Kind == BlockKind.TableRow || d.DueMonth is not null) continue;
            var c = d.Block.Content;
            var (ts, te) = (d.Text.Start, Math.Min(d.Text.End, c.Length));
            var after = te;
            while (after < c.Length && c[after] == ' ') after++;
            if (after < c.Length && c[after] is '|' or '—' or '–' or '→')
            {
                AfterText(d, c, after, ts, te);
                continue;
            }
            while (te > ts && c[te - 1] is ' ' or '.' or ';') te--;
            if (d.DeadlineCell is not null || te - ts < 12 || !char.IsAsciiDigit(c[te - 1])) continue; // cheap: the text ends on a digit
            var cut = -1;
            var len = 0;
            foreach (var sep in (ReadOnlySpan<string>)[" — ", " | ", " – ", " - ", " → "])
            {
                var at = c.LastIndexOf(sep, te - 1, te - ts, StringComparison.Ordinal);
                if (at > cut) { cut = at; len = sep.Length; }
            }
            if (cut <= ts || c[cut + 1] is '-' or '–' && char.IsDigit(c[cut - 1]) && char.IsDigit(c[cut + len])) continue; // "tổ 5 - 10/5": a range
            if (!DateField(c[(cut + len)..te])) continue;
            var before = Fold.SameLength(c[ts..cut]);
            if (Addressees.WordCount(before) < 3 || DeadlineParser.MatchFolded(before, 2000, null) is not null) continue; // its own words date it
            d.DeadlineCell = (d.Block, new Clause(cut + len, te));
            d.Text = new Clause(ts, cut);
        }
    }

    private static void AfterText(TaskDraft d, string c, int at, int ts, int te)
    {
        if (c.Length - at > 240) return;
        var sep = c[at];
        var k = at + 1;
        var dated = false;
        while (k < c.Length)
        {
            var next = c.IndexOf(sep, k);
            var e = next < 0 ? c.Length : next;
            var fs = k;
            while (fs < e && c[fs] == ' ') fs++;
            var fe = e;
            while (fe > fs && c[fe - 1] is ' ' or '.' or ';') fe--;
            if (fe > fs)
            {
                var field = c[fs..fe];
                if (d.RecurrenceCell is null && Repeat(Fold.SameLength(field)) is { } r) d.RecurrenceCell = r;
                else if (d.DeadlineCell is null && DateField(field))
                {
                    dated = dated || DeadlineParser.MatchFolded(Fold.SameLength(c[ts..te]), 2000, null) is not null;
                    if (!dated) d.DeadlineCell = (d.Block, new Clause(fs, fe));
                }
            }
            if (next < 0) break;
            k = next + 1;
        }
    }

    // A field that is (nearly) all date: "20/11/2026", "Hạn: trước 25/11", "Quý III/2027".
    private static bool DateField(string f) =>
        !Sections.StartsDirective(VietnameseText.LowerInvariant(f)) && Addressees.WordCount(f) <= 8 && DeadlineParser.MatchCell(f, 2000, null) is { } m && f.Length - (m.End - m.Start) <= 12;

    // "Công an phường", "* Phòng Văn hóa - Xã hội:": a line that is one unit and nothing else.
    private static (UnitMention Unit, int Start, int End)? UnitLabel(string clean)
    {
        var s = Prefix(clean);
        var text = clean.TrimEnd(':', ' ', '.');
        if (s >= text.Length) return null;
        var lower = VietnameseText.LowerInvariant(text);
        if (UnitGrammar.Read(text, lower, s) is not { Kind: not UnitKind.Person } u || u.End < text.Length) return null;
        return (u, s, u.End);
    }

    private static NoticeBlock SingleBlock(int line, string clean, int start, int end) => new()
    {
        Kind = BlockKind.Paragraph, Style = MarkerStyle.None, Marker = "", Content = clean[start..end],
        LineStart = line, LineEnd = line, Pieces = [new LinePiece(0, line, start)],
    };
}
