using ChatBot.Core.Common;
using ChatBot.Core.Parsing.Tasks;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// A week × unit grid (docs/PARSER.md, "Layouts read whole"): a table whose corner cell is "Tuần" (or "Đơn vị"), whose
/// header names units by column ("| Tuần | VP HĐND-UBND | P.VH-XH | CA phường |") and whose rows are the weeks of a month
/// ("Tuần 1 (02/11 - 06/11)", "Hằng tuần"), or the same grid turned over (units by row, weeks by column). Every filled
/// cell is a task of its unit, due on the last date its week names; a "Hằng tuần" / "Thường xuyên" week is weekly, with no
/// date; "—", "-", "x" cells are empty. Gated on a table row whose first cell is a week word, so other notices pay nothing.
/// </summary>
internal static class WeekGrid
{
    public static bool Apply(IReadOnlyList<NoticeBlock> blocks, List<TaskDraft> drafts)
    {
        var changed = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind != BlockKind.TableRow || !MayBeCorner(b.Content) || !Corner(b.Folded)) continue;
            var cells = TaskTableReader.Cells(b.Content);
            if (cells.Count < 3) continue;
            var corner = Fold.SameLength(cells[0].Text);
            bool weeksByRow;
            if (corner is "tuan" or "tuan le" or "tuan thu" or "thoi gian" or "tuan / don vi" or "tuan/don vi") weeksByRow = true;
            else if (corner is "don vi" or "don vi / tuan" or "don vi/tuan" or "don vi thuc hien" or "") weeksByRow = false;
            else continue;
            // The rows under the header (a separator row "|---|" skipped).
            var rows = new List<(NoticeBlock Block, List<TaskTableReader.Cell> Cells)>();
            var j = i + 1;
            for (; j < blocks.Count && blocks[j].Kind == BlockKind.TableRow; j++)
            {
                var rc = TaskTableReader.Cells(blocks[j].Content);
                if (TaskTableReader.IsSeparator(rc.Select(c => c.Text).ToArray())) continue;
                rows.Add((blocks[j], rc));
            }
            if (rows.Count == 0) continue;
            var found = weeksByRow ? ByRow(b, cells, rows) : ByColumn(b, cells, rows);
            if (found is null) continue;
            var taken = new HashSet<NoticeBlock>(ReferenceEqualityComparer.Instance);
            for (var k = i; k < j; k++) taken.Add(blocks[k]);
            drafts.RemoveAll(d => taken.Contains(d.Block));
            drafts.AddRange(found);
            if (j < blocks.Count && Note(blocks[j]) is { } note) drafts.Add(note);
            changed = true;
            i = j - 1;
        }
        return changed;
    }

    private static readonly string[] NoteLabels = ["ghi chu:", "luu y:", "chu y:"];

    // The note right under the grid that orders its units ("Ghi chú: Các đơn vị báo cáo tiến độ … hằng tuần."): a task of
    // the unit it opens with.
    private static TaskDraft? Note(NoticeBlock b)
    {
        if (b.Kind != BlockKind.Paragraph || b.Content.Length > 400) return null;
        foreach (var label in NoteLabels)
        {
            if (!b.Folded.StartsWith(label, StringComparison.Ordinal)) continue;
            var at = UnitGrammar.SkipSpaces(b.Content, label.Length);
            if (UnitGrammar.Read(b.Content, b.Lower, at) is not { } u || u.Start != at) return null;
            var d = new TaskDraft { Block = b, Text = new Clause(at, b.Content.Length), Own = UnitRef.From(u, b, 0) };
            d.DeadlineSources.Add((b, d.Text));
            return d;
        }
        return null;
    }

    // Cheaper still, on the written row: the first cell's first letter is T/Đ (or the cell is empty).
    private static bool MayBeCorner(string content)
    {
        var k = content.StartsWith('|') ? 1 : 0;
        while (k < content.Length && content[k] == ' ') k++;
        return k < content.Length && content[k] is 'T' or 't' or 'Đ' or 'đ' or '|';
    }

    // Cheap gate: the row's first cell opens with "tuan", "thoi gian" or "don vi" (or is empty).
    private static bool Corner(string folded)
    {
        var k = folded.StartsWith('|') ? 1 : 0;
        while (k < folded.Length && folded[k] == ' ') k++;
        var s = folded.AsSpan(k);
        return s.StartsWith("tuan") || s.StartsWith("don vi") || s.StartsWith("thoi gian") || s.StartsWith("|");
    }

    // Weeks by row: the header's other cells are units (two or more), each row's first cell a week.
    private static List<TaskDraft>? ByRow(NoticeBlock header, List<TaskTableReader.Cell> head, List<(NoticeBlock Block, List<TaskTableReader.Cell> Cells)> rows)
    {
        var units = new UnitRef?[head.Count];
        var n = 0;
        for (var c = 1; c < head.Count; c++)
            if (IsUnitHeader(head[c].Text)) { units[c] = Unit(header, head[c]); n++; }
        if (n < 2) return null;
        var weeks = 0;
        foreach (var (_, rc) in rows)
            if (rc.Count > 0 && Week(rc[0].Text) is not null) weeks++;
        if (weeks < 2 || weeks * 2 < rows.Count) return null;
        var list = new List<TaskDraft>();
        foreach (var (block, rc) in rows)
        {
            if (rc.Count == 0 || Week(rc[0].Text) is not { } week) continue;
            for (var c = 1; c < rc.Count && c < units.Length; c++)
                if (units[c] is { } unit && Filled(rc[c].Text))
                    list.Add(Draft(block, rc[c], unit, block, rc[0], week));
        }
        return list;
    }

    // Units by row: the header's other cells are weeks (two or more), each row's first cell a unit.
    private static List<TaskDraft>? ByColumn(NoticeBlock header, List<TaskTableReader.Cell> head, List<(NoticeBlock Block, List<TaskTableReader.Cell> Cells)> rows)
    {
        var weeks = new int?[head.Count];
        var n = 0;
        for (var c = 1; c < head.Count; c++)
            if (Week(head[c].Text) is { } w) { weeks[c] = w; n++; }
        if (n < 2) return null;
        var list = new List<TaskDraft>();
        foreach (var (block, rc) in rows)
        {
            if (rc.Count == 0 || !IsUnitHeader(rc[0].Text)) continue;
            var unit = Unit(block, rc[0]);
            for (var c = 1; c < rc.Count && c < weeks.Length; c++)
                if (weeks[c] is { } week && Filled(rc[c].Text))
                    list.Add(Draft(block, rc[c], unit, header, head[c], week));
        }
        return list.Count > 0 ? list : null;
    }

    private static TaskDraft Draft(NoticeBlock block, TaskTableReader.Cell cell, UnitRef unit, NoticeBlock weekBlock, TaskTableReader.Cell weekCell, int week)
    {
        var d = new TaskDraft { Block = block, Text = new Clause(cell.Start, cell.Start + cell.Text.Length), Own = unit };
        if (week > 0)
        {
            // The last date the week names ("Tuần 2 (09/11 - 13/11)" → 13/11): the deadline.
            var at = weekCell.Start + week;
            var end = weekCell.Start + weekCell.Text.Length;
            var stop = at;
            while (stop < end && (char.IsDigit(weekBlock.Content[stop]) || weekBlock.Content[stop] is '/' or '.')) stop++;
            d.DeadlineCell = (weekBlock, new Clause(at, stop));
        }
        else d.RecurrenceCell = weekCell.Text;
        d.DeadlineSources.Add((block, d.Text));
        return d;
    }

    private static UnitRef Unit(NoticeBlock block, TaskTableReader.Cell cell) =>
        new(UnitNames.Tidy(cell.Text), UnitKind.Organisation, block, cell.Start, cell.Start + cell.Text.Length);

    // A week cell: "Tuần 1 (02/11 - 06/11)", "Tuần 3: 16/11 – 20/11", "Từ 23/11 đến 27/11" → where its last date starts
    // (its offset in the cell); "Hằng tuần", "Hàng tuần", "Thường xuyên", "Cả tháng" → 0 (no date: weekly); else null.
    internal static int? Week(string cell)
    {
        var f = Fold.SameLength(cell.Trim());
        if (f.Length == 0 || f.Length > 60) return null;
        if (f.StartsWith("hang tuan", StringComparison.Ordinal) || f.StartsWith("thuong xuyen", StringComparison.Ordinal) || f.StartsWith("ca thang", StringComparison.Ordinal)) return 0;
        if (!f.StartsWith("tuan", StringComparison.Ordinal) && !f.StartsWith("tu ", StringComparison.Ordinal)) return null;
        // The last "d/m" in the cell.
        var last = -1;
        for (var k = 0; k + 2 < f.Length; k++)
        {
            if (!char.IsDigit(f[k]) || k > 0 && char.IsDigit(f[k - 1])) continue;
            var e = k;
            while (e < f.Length && char.IsDigit(f[e])) e++;
            if (e - k <= 2 && e + 1 < f.Length && f[e] is '/' or '.' && char.IsDigit(f[e + 1])) last = k;
        }
        if (last < 0) return null;
        return cell.Length - cell.TrimStart().Length + last;
    }

    // A column's unit: an abbreviation ("VP HĐND-UBND", "P.KT-HT-ĐT", "CA phường": a first word with capitals and no
    // lower-case letter) or a name the grammar reads whole ("Công an phường").
    private static bool IsUnitHeader(string text)
    {
        var c = text.Trim();
        if (c.Length is 0 or > 50 || c.Count(ch => ch == ' ') > 7) return false;
        var firstEnd = c.IndexOf(' ');
        var first = firstEnd < 0 ? c : c[..firstEnd];
        if (first.Any(char.IsUpper) && !first.Any(char.IsLower) && !first.Any(char.IsDigit)) return true;
        return UnitGrammar.Read(c, VietnameseText.LowerInvariant(c), 0) is { } u && u.End >= c.TrimEnd('.', ':').Length;
    }

    private static bool Filled(string cell)
    {
        var t = cell.Trim();
        return t.Length > 3 && !t.All(ch => ch is '-' or '—' or '–' or '.' or ' ' or 'x' or 'X');
    }
}
