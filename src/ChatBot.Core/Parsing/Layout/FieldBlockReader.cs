using ChatBot.Core.Parsing.Tasks;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// A task slip or form in field blocks (docs/PARSER.md, "Layouts read whole"): runs of `Label: value` lines, one run per
/// task, each run ended by a line that is no field (`CÔNG VIỆC 2`, `Việc 2`) or by a field written a second time.
/// A run with a content field (`Nội dung:`, `Công việc:`, `Nội dung công việc:`, `Nhiệm vụ:`) and a unit or deadline
/// field is one task: the content its text, `Đơn vị chủ trì:` / `Đơn vị thực hiện:` / `Giao cho:` … its unit (before or
/// after the text), `Đơn vị phối hợp:` / `Phối hợp:` its partners, `Thời hạn:` / `Thời gian hoàn thành:` / `Hạn hoàn
/// thành:` its deadline and recurrence, read like a table's deadline cell; other fields (`Hình thức báo cáo:`) are noise.
/// </summary>
internal static class FieldBlockReader
{
    private enum Field { Content, Unit, Partners, Deadline, Other }

    private static readonly string[] ContentLabels = ["noi dung", "noi dung cong viec", "noi dung nhiem vu", "cong viec", "nhiem vu", "viec can lam"];
    private static readonly string[] UnitLabels =
        ["don vi chu tri", "don vi thuc hien", "co quan chu tri", "co quan thuc hien", "bo phan chu tri", "bo phan thuc hien", "chu tri",
         "chu tri thuc hien", "giao cho", "giao", "don vi duoc giao", "don vi", "nguoi thuc hien", "trach nhiem", "trach nhiem thuc hien", "dau moi"];
    private static readonly string[] PartnerLabels = ["don vi phoi hop", "co quan phoi hop", "bo phan phoi hop", "phoi hop"];
    private static readonly string[] DeadlineLabels =
        ["thoi han", "thoi gian", "thoi gian hoan thanh", "han hoan thanh", "han chot", "han", "thoi han hoan thanh", "han xu ly"];
    private static readonly string[] OtherLabels =
        ["hinh thuc bao cao", "hinh thuc", "san pham", "ket qua", "kinh phi", "dia diem", "yeu cau", "ghi chu", "muc do", "do uu tien", "tinh trang"];

    /// <summary>The field runs that make tasks: each draft with the indexes of the blocks it was read from.</summary>
    public static List<(TaskDraft Draft, List<int> Blocks)> Read(IReadOnlyList<NoticeBlock> blocks)
    {
        var found = new List<(TaskDraft, List<int>)>();
        var run = new List<(int Index, Field Field, int Value)>();
        for (var i = 0; i <= blocks.Count; i++)
        {
            var field = i < blocks.Count ? FieldOf(blocks[i]) : null;
            if (field is not { } f || run.Exists(r => r.Field == f.Field && f.Field != Field.Other))
            {
                if (Task(blocks, run) is { } d) found.Add(d);
                run.Clear();
            }
            if (field is { } g) run.Add((i, g.Field, g.Value));
        }
        return found;
    }

    // "Đơn vị chủ trì: Phòng KT, HT&ĐT" → (Unit, where the value starts); a label of up to six words before a colon.
    private static (Field Field, int Value)? FieldOf(NoticeBlock b)
    {
        if (b.Kind == BlockKind.TableRow || b.Kind == BlockKind.Item && !b.Style.IsBullet) return null;
        var colon = b.Content.IndexOf(':');
        if (colon is < 2 or > 40) return null;
        var label = b.Folded.AsSpan(0, colon).Trim();
        var value = colon + 1;
        while (value < b.Content.Length && b.Content[value] == ' ') value++;
        if (value >= b.Content.Length) return null;
        if (IsOneOf(label, ContentLabels)) return (Field.Content, value);
        if (IsOneOf(label, UnitLabels)) return (Field.Unit, value);
        if (IsOneOf(label, PartnerLabels)) return (Field.Partners, value);
        if (IsOneOf(label, DeadlineLabels)) return (Field.Deadline, value);
        if (IsOneOf(label, OtherLabels)) return (Field.Other, value);
        return null;
    }

    private static bool IsOneOf(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
            if (s.SequenceEqual(w)) return true;
        return false;
    }

    private static (TaskDraft, List<int>)? Task(IReadOnlyList<NoticeBlock> blocks, List<(int Index, Field Field, int Value)> run)
    {
        var content = run.FindIndex(r => r.Field == Field.Content);
        if (content < 0 || !run.Exists(r => r.Field is Field.Unit or Field.Deadline)) return null;
        var (ci, _, cv) = run[content];
        var cb = blocks[ci];
        var d = new TaskDraft { Block = cb, Text = new Clause(cv, cb.Content.Length) };
        d.DeadlineSources.Add((cb, d.Text));
        foreach (var (index, field, value) in run)
        {
            var b = blocks[index];
            switch (field)
            {
                case Field.Unit:
                    var units = Units(b, value);
                    if (units.Count == 0) break;
                    d.Assigned = units[0];
                    d.Cooperating.AddRange(units.Skip(1));
                    break;
                case Field.Partners:
                    d.Cooperating.AddRange(Units(b, value));
                    break;
                case Field.Deadline:
                    var v = new Clause(value, b.Content.Length);
                    d.DeadlineCell = (b, v);
                    d.RecurrenceCell = b.Content[value..];
                    d.DeadlineSources.Add((b, v));
                    break;
            }
        }
        d.LineEnd = blocks[run[^1].Index].LineEnd;
        return (d, run.ConvertAll(r => r.Index));
    }

    // "Đội QLTTĐT, Công an phường", "(không)": the units of a value, in order, read by the grammar; a value it cannot read
    // is one name as written.
    private static List<UnitRef> Units(NoticeBlock b, int value)
    {
        var c = b.Content;
        var lower = b.Lower;
        var list = new List<UnitRef>();
        var end = c.Length;
        while (end > value && c[end - 1] is '.' or ';' or ' ') end--;
        if (end <= value || c[value] == '(') return list;
        var p = value;
        while (p < end)
        {
            var m = UnitGrammar.Read(c, lower, p);
            if (m is null || m.Value.End <= p)
            {
                if (list.Count > 0) break;
                var stop = c.IndexOfAny([',', ';', '('], p, end - p);
                var e = stop < 0 ? end : stop;
                while (e > p && c[e - 1] == ' ') e--;
                if (e > p) list.Add(new UnitRef(UnitNames.Tidy(c[p..e]), UnitKind.Organisation, b, p, e));
                break;
            }
            list.Add(UnitRef.From(m.Value, b, 0));
            p = UnitGrammar.SkipSpaces(c, m.Value.End);
            if (p < end && c[p] is ',' or ';') p = UnitGrammar.SkipSpaces(c, p + 1);
            else if (UnitGrammar.StartsWith(lower, p, "và ")) p = UnitGrammar.SkipSpaces(c, p + 3);
            else break;
        }
        return list;
    }
}
