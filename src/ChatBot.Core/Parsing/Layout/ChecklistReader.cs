using ChatBot.Core.Parsing.Tasks;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// A to-do list exported from a task tool (docs/PARSER.md, "Layouts read whole"): items with a box, `- [ ]` / `* [ ]` /
/// `☐` open, `- [x]` / `☑` / `☒` or struck through `~~…~~` done. Each open item is a task: its text runs to the first
/// field; the unit follows `@` (`@P.KT-HT-ĐT`, `@CA phường`; a second `@`, as in `(phối hợp: @X)`, cooperates), else it
/// is the item's own subject; `hạn: …`
/// dates it like a table's deadline cell, `lặp lại: …` / `định kỳ: …` gives its recurrence. Done items are no task.
/// </summary>
internal static class ChecklistReader
{
    /// <summary>
    /// The boxed items of the blocks (index → draft, or null for a done item); empty unless two or more items carry a box
    /// and one of the open ones names a unit or carries a field.
    /// </summary>
    public static Dictionary<int, TaskDraft?> Read(IReadOnlyList<NoticeBlock> blocks, SourceText source)
    {
        var found = new Dictionary<int, TaskDraft?>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.TableRow || Box(b, source) is not var (open, textStart)) continue;
            found[i] = open && !StruckThrough(b.Content, textStart) ? Item(b, textStart) : null;
        }
        // A form's answer boxes ("☐ Đồng ý", "- [ ] Có") name no unit and carry no field: a to-do list has some that do.
        return found.Count >= 2 && found.Values.Any(IsToDo) ? found : [];
    }

    private static bool IsToDo(TaskDraft? d) => d is not null && (d.Lead is not null || d.DeadlineCell is not null || d.RecurrenceCell is not null);

    // "[ ] …", "[x] …" after the bullet, or a box glyph the cleaner turned into a bullet ("☐ …" → "- …"): open?, where the text starts.
    private static (bool Open, int TextStart)? Box(NoticeBlock b, SourceText source)
    {
        var c = b.Content;
        if (c.Length > 4 && c[0] == '[' && c[2] == ']' && c[3] == ' ' && c[1] is ' ' or 'x' or 'X')
            return (c[1] == ' ', Skip(c, 4));
        if (b.Kind != BlockKind.Item || !b.Style.IsBullet) return null;
        var raw = source.RawLine(b.LineStart).TrimStart();
        if (raw.Length < 2) return null;
        return raw[0] switch
        {
            '☐' => (true, 0),
            '☑' or '☒' => (false, 0),
            _ => null,
        };
    }

    private static int Skip(string s, int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
        return i;
    }

    private static bool StruckThrough(string c, int textStart) => string.CompareOrdinal(c, textStart, "~~", 0, 2) == 0;

    private static readonly string[] DeadlineLabels = ["hạn:", "hạn chót:", "thời hạn:", "hạn hoàn thành:", "deadline:"];
    private static readonly string[] RepeatLabels = ["lặp lại:", "định kỳ:", "nhắc lại:"];

    private static TaskDraft Item(NoticeBlock b, int textStart)
    {
        var c = b.Content;
        var lower = b.Lower;
        var textEnd = c.Length;
        var at = c.IndexOf('@', textStart);
        if (at > textStart) textEnd = at;
        foreach (var sep in (ReadOnlySpan<string>)[" — ", " – ", " | "])
            if (c.IndexOf(sep, textStart, StringComparison.Ordinal) is var k && k > textStart && k < textEnd) textEnd = k;
        foreach (var label in (ReadOnlySpan<string>)[.. DeadlineLabels, .. RepeatLabels])
            if (FieldAt(lower, label, textStart) is var (k, _) && k < textEnd) textEnd = DashBefore(c, k, textStart);
        textEnd = TrimEnd(c, textStart, textEnd);
        var d = new TaskDraft { Block = b, Text = new Clause(textStart, textEnd) };
        d.DeadlineSources.Add((b, d.Text));
        // Every "@unit": the first leads, the others cooperate.
        for (var k = at; k >= 0; k = c.IndexOf('@', k + 1))
        {
            if (Unit(b, k + 1) is not { } unit) continue;
            if (d.Assigned is null) d.Assigned = unit;
            else d.Cooperating.Add(unit);
        }
        // No "@": the item's own subject ("☐ Công an phường kiểm tra …", "☐ Phòng VH-XH: lập …") is its unit.
        if (d.Assigned is null && textEnd > textStart)
        {
            var a = Addressees.Leading(c[textStart..textEnd], lower[textStart..textEnd]);
            if (a.Lead is { } lead && !a.Statement)
            {
                d.Own = UnitRef.From(lead, b, textStart);
                UnitRef.AddFrom(d.Cooperating, a.Cooperating, b, textStart);
            }
        }
        foreach (var label in DeadlineLabels)
            if (FieldAt(lower, label, textEnd) is var (_, value) && d.DeadlineCell is null)
            {
                var v = new Clause(value, FieldEnd(c, value));
                d.DeadlineCell = (b, v);
                d.DeadlineSources.Add((b, v));
            }
        foreach (var label in RepeatLabels)
            if (FieldAt(lower, label, textEnd) is var (_, value) && d.RecurrenceCell is null)
                d.RecurrenceCell = c[value..FieldEnd(c, value)];
        return d;
    }

    // A field label at a word start after `from`: (label start, value start).
    private static (int Label, int Value)? FieldAt(string lower, string label, int from)
    {
        for (var k = lower.IndexOf(label, from, StringComparison.Ordinal); k >= 0; k = lower.IndexOf(label, k + 1, StringComparison.Ordinal))
            if (k == 0 || !char.IsLetter(lower[k - 1])) return (k, Skip(lower, k + label.Length));
        return null;
    }

    // "… - hạn: 15/12": a plain dash right before the field belongs to no text.
    private static int DashBefore(string c, int k, int textStart)
    {
        var e = k;
        while (e > textStart && c[e - 1] == ' ') e--;
        return e > textStart && c[e - 1] is '-' or '—' or '–' or '|' or '·' or ',' or ';' ? e - 1 : k;
    }

    private static int TrimEnd(string c, int start, int end)
    {
        while (end > start && c[end - 1] is ' ' or '-' or '—' or '–' or '|' or '·' or ',' or ';' or '(') end--;
        return end;
    }

    // A field's value runs to the next separator or bracket.
    private static int FieldEnd(string c, int value)
    {
        var end = c.Length;
        foreach (var sep in (ReadOnlySpan<string>)[" — ", " – ", " | ", " · ", " ✔", " - ", "(", "@"])
            if (c.IndexOf(sep, value, StringComparison.Ordinal) is var k && k > value && k < end) end = k;
        return TrimEnd(c, value, end);
    }

    // "@Đội TTĐT (phối hợp: @TT DVSNC)", "@Phòng Văn hóa - Xã hội - hạn: …": the name after "@" runs to a separator, a bracket,
    // another "@" or a field; the grammar gives its kind when it reads the same words.
    private static UnitRef? Unit(NoticeBlock b, int start)
    {
        var c = b.Content;
        var end = c.Length;
        foreach (var sep in (ReadOnlySpan<string>)[" — ", " – ", " | ", " · ", "(", ")", "@", ";", " ✔"])
            if (c.IndexOf(sep, start, StringComparison.Ordinal) is var k && k >= start && k < end) end = k;
        foreach (var label in (ReadOnlySpan<string>)[.. DeadlineLabels, .. RepeatLabels, "phối hợp:"])
            if (FieldAt(b.Lower, label, start) is var (k, _) && k < end) end = DashBefore(c, k, start);
        var hardEnd = TrimEnd(c, start, end);
        // A comma ends the name unless the grammar reads on through it ("Phòng KT, HT&ĐT").
        var comma = c.IndexOf(',', start, hardEnd - start);
        var grammar = UnitGrammar.Read(c, b.Lower, start);
        end = comma < 0 || grammar is { } g && g.End > comma ? hardEnd : TrimEnd(c, start, comma);
        if (end <= start) return null;
        var kind = grammar is { } m && m.End >= end - 1 ? m.Kind : UnitKind.Organisation;
        var name = UnitNames.Tidy(c[start..end]);
        // "@VP" alone tags the ward's office, as a routing slip's "VP:" does.
        return new UnitRef(name == "VP" ? "VP HĐND-UBND" : name, kind, b, start, end);
    }
}
