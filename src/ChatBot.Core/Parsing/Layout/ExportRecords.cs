using System.Text;
using ChatBot.Core.Common;
using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// Machine exports and pasted tables that read as no text (docs/PARSER.md, "Exports and box tables"): a JSON export of tasks
/// (<c>[{"noi_dung": …, "don_vi": …, "han": …}]</c>, arrays nested under a group whose fields the records inherit), an XML
/// export (<c>&lt;NhiemVu&gt;&lt;NoiDung&gt;…</c>), an iCalendar export (<c>VTODO</c> / <c>VEVENT</c>: <c>SUMMARY</c>,
/// <c>DUE</c>, <c>DESCRIPTION</c>, <c>STATUS</c>, <c>RRULE</c>) and a table drawn with box characters (<c>│ STT │ Nội dung │</c>,
/// cells wrapped onto further lines). Each becomes "| … |" rows, a header of the record's keys then one row per record, each
/// cell pointing back at where its value was written, so the table reader reads them like any task table. The keys are
/// read as a table header's labels (<c>noi_dung</c>, <c>noiDung</c> → "noi dung"; <c>title</c> → "Nội dung", <c>due</c> →
/// "Thời hạn"); ISO dates (<c>2027-08-20</c>, <c>20271105</c>) are written day first. Gated on a line's first char.
/// </summary>
internal static class ExportRecords
{
    private readonly record struct Field(string Key, string Value, int Line, int Column);

    /// <summary>The export opening at line <paramref name="i"/> as table-row blocks, with the line after it; null when none.</summary>
    public static (List<NoticeBlock> Rows, int Next)? Read(string[] lines, int i)
    {
        var line = lines[i];
        var c = line[0];
        if (c is >= '\u2500' and <= '\u257F') return BoxTable(lines, i);
        if (c is '{' or '[' && JsonOpens(line)) return Json(lines, i);
        if (c == '<' && line.Length > 1 && (line[1] == '?' || char.IsAsciiLetter(line[1]))) return Xml(lines, i);
        if (c == 'B' && line.StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase)) return Calendar(lines, i);
        return null;
    }

    // "{", "{"noi_dung": …", "[", "[{", "[ {": not "[02/6 08:40] …" (a log's stamp) nor "[x] …".
    private static bool JsonOpens(string line)
    {
        var k = 1;
        while (k < line.Length && line[k] == ' ') k++;
        if (k >= line.Length) return true;
        return line[0] == '{' ? line[k] is '"' or '}' : line[k] is '{' or '[';
    }

    // ---- the records as a table ------------------------------------------------------------------------------------------

    private static (List<NoticeBlock> Rows, int Next)? Table(List<List<Field>> records, int next)
    {
        if (records.Count == 0) return null;
        var keys = new List<string>();
        var first = new List<Field>();
        foreach (var r in records)
            foreach (var f in r)
                if (!keys.Contains(f.Key)) { keys.Add(f.Key); first.Add(f); }
        if (keys.Count < 2 || keys.Count > 16) return null;
        var header = new List<(string Text, int Line, int Column)>(keys.Count);
        if (keys.TrueForAll(k => k.StartsWith('#')))
        {
            // Cells by position (an HTML table's "<tr><th>…"): the first row is the header.
            foreach (var f in records[0]) header.Add((f.Value.Replace('|', '/'), f.Line, f.Column));
            if (header.Count != keys.Count) return null;
            records = records[1..];
            if (records.Count == 0) return null;
        }
        else
            foreach (var f in first) header.Add((Label(f.Key), f.Line, f.Column));
        var headerRow = Row(header);
        if (!TaskTableReader.IsTaskHeader(headerRow)) return null;
        var rows = new List<NoticeBlock> { Block(header) };
        foreach (var r in records)
        {
            var cells = new List<(string, int, int)>(keys.Count);
            var at = r[0];
            foreach (var k in keys)
            {
                var f = r.Find(x => x.Key == k);
                if (f.Key is null) cells.Add(("", at.Line, at.Column));
                else { cells.Add((Value(f.Value), f.Line, f.Column)); at = f; }
            }
            rows.Add(Block(cells));
        }
        return (rows, next);
    }

    // Keys spelled as an export spells them, read as a header's labels.
    private static readonly (string Key, string Label)[] EnglishKeys =
    [
        ("title", "Nội dung"), ("summary", "Nội dung"), ("task", "Nội dung"), ("content", "Nội dung"), ("name", "Nội dung"), ("subject", "Nội dung"),
        ("assignee", "Đơn vị"), ("assigned to", "Đơn vị"), ("owner", "Đơn vị"), ("unit", "Đơn vị"), ("department", "Đơn vị"), ("responsible", "Đơn vị"),
        ("bo phan", "Đơn vị"),
        ("due", "Thời hạn"), ("due date", "Thời hạn"), ("deadline", "Thời hạn"), ("due on", "Thời hạn"),
        ("status", "Trạng thái"), ("state", "Trạng thái"), ("repeat", "Lặp lại"), ("recurrence", "Lặp lại"), ("frequency", "Lặp lại"),
        ("note", "Ghi chú"), ("notes", "Ghi chú"), ("partner", "Phối hợp"), ("partners", "Phối hợp"),
    ];

    // "noi_dung", "noiDung", "NoiDung", "han-xu-ly": words apart, as a header writes them.
    private static string Label(string key)
    {
        var sb = new StringBuilder(key.Length + 4);
        for (var k = 0; k < key.Length; k++)
        {
            var ch = key[k];
            if (ch is '_' or '-' or '.' or ':') { sb.Append(' '); continue; }
            if (char.IsUpper(ch) && k > 0 && char.IsLower(key[k - 1])) sb.Append(' ');
            sb.Append(ch);
        }
        var label = sb.ToString().Trim();
        var folded = Fold.Key(label);
        foreach (var (k, l) in EnglishKeys)
            if (folded == k || folded.StartsWith(k + " ", StringComparison.Ordinal) && k.Length > 4) return l;
        return label;
    }

    // A value as a cell: ISO dates day first ("2027-08-20", "2027-08-20T17:00:00", "20271105"), no bar.
    private static string Value(string v)
    {
        v = v.Trim().Replace('|', '/');
        if (v.Length >= 8 && char.IsAsciiDigit(v[0]))
        {
            if (v.Length >= 10 && v[4] == '-' && v[7] == '-' && Digits(v, 0, 4) && Digits(v, 5, 2) && Digits(v, 8, 2) && (v.Length == 10 || v[10] is 'T' or ' '))
                return $"{v[8..10]}/{v[5..7]}/{v[..4]}";
            if (Digits(v, 0, 8) && (v.Length == 8 || v[8] == 'T'))
                return $"{v[6..8]}/{v[4..6]}/{v[..4]}";
        }
        return v;
    }

    private static bool Digits(string s, int from, int n)
    {
        for (var k = from; k < from + n; k++)
            if (k >= s.Length || !char.IsAsciiDigit(s[k])) return false;
        return true;
    }

    private static string Row(List<(string Text, int Line, int Column)> cells)
    {
        var sb = new StringBuilder("|");
        foreach (var (text, _, _) in cells) sb.Append(' ').Append(text).Append(" |");
        return sb.ToString();
    }

    // "| a | b |" with a piece per cell pointing at the line and column the value was written in.
    private static NoticeBlock Block(List<(string Text, int Line, int Column)> cells)
    {
        var pieces = new List<LinePiece> { new(0, cells[0].Line, Math.Max(0, cells[0].Column)) };
        var offset = 2;
        int lo = int.MaxValue, hi = 0;
        foreach (var (text, line, column) in cells)
        {
            pieces.Add(new LinePiece(offset, line, column));
            offset += text.Length + 3;
            lo = Math.Min(lo, line);
            hi = Math.Max(hi, line);
        }
        // A block's pieces run forward through the text; a record's values may not (a key written again later): keep them.
        return NoticeSegmenter.Classify(Row(cells), lo, hi, pieces);
    }

    // ---- a cursor over the clean lines (no joined copy: a false start costs a few chars) ----------------------------------

    private sealed class Cursor(string[] lines, int line, int limit)
    {
        public int Line = line; // index into lines
        public int Col;
        public int Steps;

        public bool End => Line >= lines.Length || Steps > limit;

        public char Peek => Line < lines.Length ? Col < lines[Line].Length ? lines[Line][Col] : '\n' : '\0';

        public void Next()
        {
            Steps++;
            if (Line >= lines.Length) return;
            if (Col < lines[Line].Length) Col++;
            else { Line++; Col = 0; }
        }

        public void SkipSpace()
        {
            while (!End && Peek is ' ' or '\n' or '\t' or '\r') Next();
        }

        public bool At(string s) => Line < lines.Length && string.CompareOrdinal(lines[Line], Col, s, 0, s.Length) == 0;

        public void Skip(int n)
        {
            for (var k = 0; k < n; k++) Next();
        }
    }

    private const int Limit = 400_000;

    // ---- JSON -------------------------------------------------------------------------------------------------------------

    private abstract record JNode;
    private sealed record JScalar(string Value, int Line, int Column) : JNode;
    private sealed record JArray(List<JNode> Items) : JNode;
    private sealed record JObject(List<(string Key, JNode Value)> Members) : JNode;

    private static (List<NoticeBlock> Rows, int Next)? Json(string[] lines, int i)
    {
        var cur = new Cursor(lines, i, Limit);
        var root = JValue(cur, 0);
        if (root is null) return null;
        var records = new List<List<Field>>();
        JRecords(root, [], records);
        return Table(records, cur.Col == 0 ? cur.Line : cur.Line + 1);
    }

    private static JNode? JValue(Cursor c, int depth)
    {
        if (depth > 12) return null;
        c.SkipSpace();
        if (c.End) return null;
        switch (c.Peek)
        {
            case '{':
            {
                c.Next();
                var members = new List<(string, JNode)>();
                c.SkipSpace();
                if (c.Peek == '}') { c.Next(); return new JObject(members); }
                while (true)
                {
                    c.SkipSpace();
                    if (c.Peek != '"' || JString(c) is not { } key) return null;
                    c.SkipSpace();
                    if (c.Peek != ':') return null;
                    c.Next();
                    if (JValue(c, depth + 1) is not { } v) return null;
                    members.Add((key.Value, v));
                    c.SkipSpace();
                    if (c.Peek == ',') { c.Next(); c.SkipSpace(); if (c.Peek == '}') { c.Next(); return new JObject(members); } continue; }
                    if (c.Peek == '}') { c.Next(); return new JObject(members); }
                    return null;
                }
            }
            case '[':
            {
                c.Next();
                var items = new List<JNode>();
                c.SkipSpace();
                if (c.Peek == ']') { c.Next(); return new JArray(items); }
                while (true)
                {
                    if (JValue(c, depth + 1) is not { } v) return null;
                    items.Add(v);
                    c.SkipSpace();
                    if (c.Peek == ',') { c.Next(); c.SkipSpace(); if (c.Peek == ']') { c.Next(); return new JArray(items); } continue; }
                    if (c.Peek == ']') { c.Next(); return new JArray(items); }
                    return null;
                }
            }
            case '"':
                return JString(c);
            default:
            {
                // A number, true, false, null: up to a delimiter.
                var (line, col) = (c.Line, c.Col);
                var sb = new StringBuilder();
                while (!c.End && c.Peek is not (',' or '}' or ']' or '\n' or ' ')) { sb.Append(c.Peek); c.Next(); }
                var s = sb.ToString();
                if (s.Length == 0 || !(s is "true" or "false" or "null" || double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out _))) return null;
                return new JScalar(s == "null" ? "" : s, line + 1, col);
            }
        }
    }

    // A string on one line; the cleaner took the backslashes, so an escape reads as its letter.
    private static JScalar? JString(Cursor c)
    {
        c.Next(); // the opening quote
        var (line, col) = (c.Line, c.Col);
        var sb = new StringBuilder();
        while (true)
        {
            var ch = c.Peek;
            if (ch is '\n' or '\0') return null;
            c.Next();
            if (ch == '"') break;
            sb.Append(ch);
        }
        return new JScalar(sb.ToString(), line + 1, col);
    }

    // An object with two or more scalar members and no array of objects under it is a record; it inherits the scalar members of
    // the objects it is nested in ("{"don_vi": "Phòng KT", "viec": [{"noi_dung": …}]}") that it does not write itself.
    private static void JRecords(JNode node, List<Field> inherited, List<List<Field>> into)
    {
        if (into.Count > 500) return;
        switch (node)
        {
            case JArray a:
                foreach (var item in a.Items) JRecords(item, inherited, into);
                break;
            case JObject o:
            {
                var own = new List<Field>();
                var nested = false;
                foreach (var (key, v) in o.Members)
                {
                    if (v is JScalar s) own.Add(new Field(key, s.Value, s.Line, s.Column));
                    else nested = true;
                }
                var all = new List<Field>(own);
                foreach (var f in inherited)
                    if (!own.Exists(x => x.Key == f.Key)) all.Add(f);
                var passed = own.FindAll(f => Inherited(f.Key));
                foreach (var f in inherited)
                    if (!passed.Exists(x => x.Key == f.Key)) passed.Add(f);
                if (!nested)
                {
                    if (own.Count >= 2) into.Add(all);
                    break;
                }
                foreach (var (_, v) in o.Members)
                    if (v is not JScalar) JRecords(v, passed, into);
                break;
            }
        }
    }

    // What a group passes to the records nested in it: its unit, partners or deadline ("don_vi", "unit", "han"), not its title.
    private static bool Inherited(string key)
    {
        var f = Fold.Key(Label(key));
        return f.Contains("don vi") || f.Contains("chu tri") || f.Contains("phu trach") || f.Contains("phoi hop") || f.Contains("co quan")
               || f == "han" || f.StartsWith("han ", StringComparison.Ordinal) || f.Contains("thoi han");
    }

    // ---- XML --------------------------------------------------------------------------------------------------------------

    private sealed class XElement(string name, int line, int column)
    {
        public string Name = name;
        public int Line = line, Column = column;
        public readonly List<XElement> Children = [];
        public readonly List<Field> Attributes = [];
        public readonly StringBuilder Text = new();
        public int TextLine, TextColumn = -1;
    }

    private static (List<NoticeBlock> Rows, int Next)? Xml(string[] lines, int i)
    {
        var cur = new Cursor(lines, i, Limit);
        var root = new XElement("", i + 1, 0);
        var stack = new Stack<XElement>();
        stack.Push(root);
        var opened = false;
        while (!cur.End)
        {
            var ch = cur.Peek;
            if (ch == '<')
            {
                if (cur.At("<?")) { if (!SkipTo(cur, "?>")) return null; continue; }
                if (cur.At("<!--")) { if (!SkipTo(cur, "-->")) return null; continue; }
                if (cur.At("<![CDATA["))
                {
                    cur.Skip(9);
                    var top = stack.Peek();
                    while (!cur.End && !cur.At("]]>")) { AddText(top, cur); cur.Next(); }
                    cur.Skip(3);
                    continue;
                }
                if (cur.At("<!")) { if (!SkipTo(cur, ">")) return null; continue; }
                var (tagLine, tagColumn) = (cur.Line + 1, cur.Col);
                cur.Next();
                var closing = cur.Peek == '/';
                if (closing) cur.Next();
                var name = new StringBuilder();
                while (!cur.End && (char.IsLetterOrDigit(cur.Peek) || cur.Peek is '_' or '-' or ':' or '.')) { name.Append(cur.Peek); cur.Next(); }
                if (name.Length == 0) return null;
                if (closing)
                {
                    if (stack.Count < 2 || stack.Peek().Name != name.ToString()) return null;
                    if (!SkipTo(cur, ">")) return null;
                    stack.Pop();
                    if (stack.Count == 1) break; // the root closed
                    continue;
                }
                var el = new XElement(name.ToString(), tagLine, tagColumn);
                // Attributes: name="value" up to ">" or "/>".
                var selfClosing = false;
                while (true)
                {
                    cur.SkipSpace();
                    if (cur.End) return null;
                    if (cur.Peek == '>') { cur.Next(); break; }
                    if (cur.At("/>")) { cur.Skip(2); selfClosing = true; break; }
                    var an = new StringBuilder();
                    while (!cur.End && cur.Peek is not ('=' or ' ' or '>' or '/' or '\n')) { an.Append(cur.Peek); cur.Next(); }
                    if (an.Length == 0 || cur.Peek != '=') return null;
                    cur.Next();
                    var q = cur.Peek;
                    if (q is not ('"' or '\'')) return null;
                    cur.Next();
                    var (al, ac) = (cur.Line, cur.Col);
                    var av = new StringBuilder();
                    while (!cur.End && cur.Peek != q && cur.Peek != '\n') { av.Append(cur.Peek); cur.Next(); }
                    if (cur.Peek != q) return null;
                    cur.Next();
                    el.Attributes.Add(new Field(an.ToString(), Entities(av.ToString()), al + 1, ac));
                }
                stack.Peek().Children.Add(el);
                opened = true;
                if (!selfClosing) stack.Push(el);
                else if (stack.Count == 1) break;
                continue;
            }
            if (stack.Count > 1) AddText(stack.Peek(), cur);
            else if (ch is not (' ' or '\n')) return null; // text outside the root: no XML
            cur.Next();
        }
        if (!opened || stack.Count != 1) return null;
        var records = new List<List<Field>>();
        foreach (var top in root.Children) XRecords(top, [], records);
        return Table(records, cur.Col == 0 ? cur.Line : cur.Line + 1);
    }

    private static bool SkipTo(Cursor c, string end)
    {
        while (!c.End && !c.At(end)) c.Next();
        if (c.End) return false;
        c.Skip(end.Length);
        return true;
    }

    private static void AddText(XElement el, Cursor c)
    {
        var ch = c.Peek;
        if (ch == '\n') ch = ' ';
        if (el.TextColumn < 0)
        {
            if (ch == ' ') return;
            (el.TextLine, el.TextColumn) = (c.Line + 1, c.Col);
        }
        el.Text.Append(ch);
    }

    private static string Entities(string s) =>
        s.Contains('&') ? s.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&apos;", "'").Replace("&amp;", "&") : s;

    private static Field Leaf(XElement e) =>
        e.TextColumn < 0 ? new(e.Name, "", e.Line, e.Column) : new(e.Name, Entities(e.Text.ToString().Trim()), e.TextLine, e.TextColumn);

    // An element whose children are all leaves (two or more, or its attributes) is a record; leaves of the elements around
    // it are inherited. An HTML table's rows ("<tr><td>…") are records of their cells by position.
    private static void XRecords(XElement e, List<Field> inherited, List<List<Field>> into)
    {
        if (into.Count > 500) return;
        var leaves = new List<Field>(e.Attributes);
        var nested = false;
        var k = 0;
        foreach (var child in e.Children)
        {
            if (child.Children.Count == 0)
            {
                var f = Leaf(child);
                // Cells by position ("td", "th"): the column's number is the key.
                if (child.Name is "td" or "th" or "TD" or "TH" || leaves.Exists(x => x.Key == f.Key)) f = f with { Key = "#" + k };
                leaves.Add(f);
                k++;
            }
            else nested = true;
        }
        var all = new List<Field>(leaves);
        foreach (var f in inherited)
            if (!leaves.Exists(x => x.Key == f.Key)) all.Add(f);
        if (!nested)
        {
            if (leaves.Count >= 2) into.Add(all);
            return;
        }
        var passed = leaves.FindAll(f => Inherited(f.Key));
        foreach (var f in inherited)
            if (!passed.Exists(x => x.Key == f.Key)) passed.Add(f);
        foreach (var child in e.Children)
            if (child.Children.Count > 0) XRecords(child, passed, into);
    }

    // ---- iCalendar --------------------------------------------------------------------------------------------------------

    private static (List<NoticeBlock> Rows, int Next)? Calendar(string[] lines, int i)
    {
        var records = new List<List<Field>>();
        List<Field>? current = null;
        var units = new List<(int Rank, Field Unit)>();
        var end = lines.Length;
        for (var k = i + 1; k < lines.Length; k++)
        {
            var s = lines[k];
            if (s.Length == 0) continue;
            if (s.StartsWith("END:VCALENDAR", StringComparison.OrdinalIgnoreCase)) { end = k + 1; break; }
            if (s.StartsWith("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase) || s.StartsWith("BEGIN:VTODO", StringComparison.OrdinalIgnoreCase)) { current = []; units.Clear(); continue; }
            if (s.StartsWith("END:VEVENT", StringComparison.OrdinalIgnoreCase) || s.StartsWith("END:VTODO", StringComparison.OrdinalIgnoreCase))
            {
                // The unit: the best-placed of the candidates the record wrote (a labelled line of DESCRIPTION first).
                if (current is not null && units.Count > 0)
                {
                    var best = units[0];
                    foreach (var u in units) if (u.Rank < best.Rank) best = u;
                    current.Add(best.Unit);
                }
                if (current is { Count: > 0 }) records.Add(current);
                current = null;
                continue;
            }
            if (current is null) continue;
            var colon = ValueColon(s);
            var semi = s.IndexOf(';');
            var nameEnd = semi >= 0 && (colon < 0 || semi < colon) ? semi : colon;
            var name = nameEnd > 0 ? s[..nameEnd] : "";
            if (colon < 0 || name.Length == 0 || !name.All(ch => char.IsAsciiLetterUpper(ch) || ch == '-'))
            {
                // A folded line (the cleaner took its leading space): the rest of the property above.
                if (current.Count > 0) current[^1] = current[^1] with { Value = current[^1].Value + s };
                else if (units.Count > 0 && units[^1].Rank == DescriptionRank) units[^1] = units[^1] with { Unit = units[^1].Unit with { Value = units[^1].Unit.Value + s } };
                continue;
            }
            var value = s[(colon + 1)..].Trim();
            var column = colon + 1;
            switch (name)
            {
                case "SUMMARY": current.Add(new Field("Nội dung", value, k + 1, column)); break;
                case "DUE": current.Add(new Field("Thời hạn", value, k + 1, column)); break;
                case "STATUS": current.Add(new Field("Trạng thái", value.ToUpperInvariant() is "COMPLETED" or "CANCELLED" ? "Hoàn thành" : value, k + 1, column)); break;
                case "RRULE": if (Frequency(value) is { } freq) current.Add(new Field("Lặp lại", freq, k + 1, column)); break;
                case "DESCRIPTION":
                    // "Đơn vị thực hiện: Phòng Văn hóa - Xã hội" on any line of it ("…\nGiao: Công an phường"): the label's value;
                    // else the text (its subject is the unit) when nothing better is written.
                    if (LabelledUnit(s, colon + 1) is { } labelled) units.Add((0, new Field("Đơn vị", labelled.Value, k + 1, labelled.Column)));
                    else units.Add((DescriptionRank, new Field("Đơn vị", value, k + 1, column)));
                    break;
                // "ATTENDEE;CN=Phòng Kinh tế;ROLE=CHAIR:mailto:…", "ORGANIZER;CN=\"Công an phường\":…", "CATEGORIES:Trạm Y tế phường",
                // "LOCATION:Trung tâm Phục vụ hành chính công": a unit written there (read as one) when the text names none.
                case "ATTENDEE" or "ORGANIZER":
                    if (CommonName(s, colon) is { } cn && ReadsAsUnit(cn.Value))
                        units.Add((name == "ORGANIZER" ? 5 : s.AsSpan(0, colon).Contains("ROLE=CHAIR", StringComparison.OrdinalIgnoreCase) ? 1 : 2,
                            new Field("Đơn vị", cn.Value, k + 1, cn.Column)));
                    break;
                case "CATEGORIES" or "LOCATION":
                {
                    var first = value.IndexOf(',') is > 0 and var comma ? value[..comma].TrimEnd() : value;
                    if (ReadsAsUnit(first)) units.Add((name == "CATEGORIES" ? 3 : 6, new Field("Đơn vị", first, k + 1, column)));
                    break;
                }
            }
        }
        return Table(records, end);
    }

    // The description's own text ranks after a unit written in a field, before the organiser (its subject is often the unit).
    private const int DescriptionRank = 4;

    // The colon that ends a property's name and parameters: the first one outside a quoted parameter value.
    private static int ValueColon(string s)
    {
        var quoted = false;
        for (var k = 0; k < s.Length; k++)
        {
            if (s[k] == '"') quoted = !quoted;
            else if (s[k] == ':' && !quoted) return k;
        }
        return -1;
    }

    private static readonly string[] UnitLabels = ["don vi thuc hien", "don vi chu tri", "don vi", "chu tri", "phu trach", "dau moi", "trach nhiem", "co quan chu tri", "giao"];

    // "Đơn vị: X", "Giao: X", "Chủ trì: X" at the start of the value or of a line of it. iCalendar writes a line break "\n";
    // the cleaner drops the backslash, so a line starts after "n" glued to the end of the line before ("… Y tế.nĐơn vị: …"),
    // and the value ends where "n" glues a capital to a lower-case letter ("… phườngnGhi chú: …").
    private static (string Value, int Column)? LabelledUnit(string s, int from)
    {
        var folded = Fold.SameLength(s);
        for (var colon = s.IndexOf(':', from); colon > 0; colon = s.IndexOf(':', colon + 1))
        {
            var before = folded.AsSpan(from, colon - from).TrimEnd(' ');
            foreach (var l in UnitLabels)
            {
                var k = before.Length - l.Length;
                if (k < 0 || !before.EndsWith(l, StringComparison.Ordinal)) continue;
                var at = from + k;
                // The label opens the value or a line of it: nothing, a space, punctuation or an escaped break before it.
                if (at > from && char.IsLetter(s[at - 1]) && !(s[at - 1] == 'n' && at - 1 > from && !char.IsLetter(s[at - 2]) || s[at - 1] == 'n' && char.IsUpper(s[at])))
                    continue;
                var v = colon + 1;
                while (v < s.Length && s[v] == ' ') v++;
                var e = v;
                while (e < s.Length && s[e] != ';' && !(s[e] == 'n' && e + 1 < s.Length && char.IsUpper(s[e + 1]) && e > v && char.IsLower(s[e - 1]))) e++;
                var value = s[v..e].TrimEnd(' ', '.', ',');
                if (value.Length > 0) return (value, v);
            }
        }
        return null;
    }

    // "CN=Phòng Kinh tế" or "CN=\"Công an phường\"" among the parameters before the value's colon.
    private static (string Value, int Column)? CommonName(string s, int colon)
    {
        var at = s.IndexOf(";CN=", 0, colon, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var v = at + 4;
        int e;
        if (v < colon && s[v] == '"')
        {
            v++;
            e = s.IndexOf('"', v, colon - v);
            if (e < 0) return null;
        }
        else
        {
            e = s.IndexOf(';', v, colon - v);
            if (e < 0) e = colon;
        }
        var value = s[v..e].Trim();
        return value.Length > 0 ? (value, v) : null;
    }

    private static bool ReadsAsUnit(string value)
    {
        if (value.Length < 2) return false;
        var lower = VietnameseText.LowerInvariant(value);
        return Units.UnitGrammar.ReadInSlot(value, lower, 0) is not null;
    }

    private static string? Frequency(string rrule)
    {
        var at = rrule.IndexOf("FREQ=", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var f = rrule[(at + 5)..].Split(';')[0].ToUpperInvariant();
        return f switch { "DAILY" => "Hằng ngày", "WEEKLY" => "Hằng tuần", "MONTHLY" => "Hằng tháng", "YEARLY" => "Hằng năm", _ => null };
    }

    // ---- a table drawn with box characters --------------------------------------------------------------------------------

    private static bool IsBox(char c) => c is >= '\u2500' and <= '\u257F';

    private static bool IsVertical(char c) => c is '│' or '┃' or '║' or '|' or '╎' or '╏' or '┆' or '┇' or '┊' or '┋';

    private static (List<NoticeBlock> Rows, int Next)? BoxTable(string[] lines, int i)
    {
        var rows = new List<List<(string Text, int Line, int Column)>>();
        var k = i;
        var border = true; // a border line since the last row: the next line opens a row
        for (; k < lines.Length; k++)
        {
            var s = lines[k];
            if (s.Length == 0 || !IsBox(s[0]) && s[0] != '|') break;
            if (IsBorder(s)) { border = true; continue; }
            var cells = BoxCells(s, k + 1);
            if (cells.Count == 0) continue;
            // A cell wrapped onto the next line: no border between, the first cell (the number) empty.
            if (!border && rows.Count > 0 && cells[0].Text.Length == 0 && cells.Count == rows[^1].Count)
            {
                var last = rows[^1];
                for (var c = 0; c < cells.Count; c++)
                    if (cells[c].Text.Length > 0)
                        last[c] = last[c].Text.Length == 0 ? cells[c] : (last[c].Text + " " + cells[c].Text, last[c].Line, last[c].Column);
                continue;
            }
            rows.Add(cells);
            border = false;
        }
        if (rows.Count < 2) return null;
        var blocks = new List<NoticeBlock>(rows.Count);
        foreach (var r in rows) blocks.Add(Block(r));
        return (blocks, k);
    }

    // "┌───┬───┐", "├───┼───┤", "│───│───│": no letter or digit, a horizontal rule.
    private static bool IsBorder(string s)
    {
        var rule = false;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) return false;
            rule |= c is '─' or '━' or '═' or '-' or '=' or '╌' or '┄' or '┈';
        }
        return rule;
    }

    private static List<(string Text, int Line, int Column)> BoxCells(string s, int lineNo)
    {
        var cells = new List<(string, int, int)>();
        var k = IsVertical(s[0]) ? 1 : 0;
        while (k < s.Length)
        {
            var e = k;
            while (e < s.Length && !IsVertical(s[e])) e++;
            var a = k;
            while (a < e && s[a] == ' ') a++;
            var b = e;
            while (b > a && s[b - 1] == ' ') b--;
            if (e < s.Length || b > a) cells.Add((s[a..b].Replace('|', '/'), lineNo, a));
            k = e + 1;
        }
        return cells;
    }
}
