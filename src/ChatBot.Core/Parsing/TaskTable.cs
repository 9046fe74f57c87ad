namespace ChatBot.Core.Parsing;

/// <summary>Reads task tables ("Phụ lục phân công": STT | Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian hoàn thành).</summary>
internal sealed class TaskTable
{
    private int _text = -1, _unit = -1, _coop = -1, _deadline = -1, _number = -1;

    public bool HasHeader => _text >= 0;

    public static string[] Cells(string row)
    {
        var s = row.Trim();
        if (s.StartsWith('|')) s = s[1..];
        if (s.EndsWith('|')) s = s[..^1];
        return s.Split('|').Select(c => c.Trim()).ToArray();
    }

    public static bool IsSeparator(string[] cells) => cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or ' '));

    /// <summary>Takes a header row when its cells name a task column; returns false for data rows.</summary>
    public bool TryHeader(string[] cells)
    {
        int text = -1, unit = -1, coop = -1, deadline = -1, number = -1;
        for (var i = 0; i < cells.Length; i++)
        {
            var f = VietnameseText.FoldSameLength(cells[i]);
            if (f is "stt" or "tt" or "so tt") number = i;
            else if (f.Contains("phoi hop", StringComparison.Ordinal)) coop = i;
            else if (f.Contains("chu tri", StringComparison.Ordinal) || f.Contains("don vi", StringComparison.Ordinal) || f.Contains("thuc hien", StringComparison.Ordinal) && !f.Contains("thoi", StringComparison.Ordinal)) unit = i;
            else if (f.Contains("thoi gian", StringComparison.Ordinal) || f.Contains("thoi han", StringComparison.Ordinal) || f.Contains("tien do", StringComparison.Ordinal) || f.StartsWith("han", StringComparison.Ordinal)) deadline = i;
            else if (f.Contains("noi dung", StringComparison.Ordinal) || f.Contains("nhiem vu", StringComparison.Ordinal) || f.Contains("cong viec", StringComparison.Ordinal)) text = i;
        }
        if (text < 0 || (unit < 0 && deadline < 0)) return false;
        (_text, _unit, _coop, _deadline, _number) = (text, unit, coop, deadline, number);
        return true;
    }

    public ParsedTask? Row(string[] cells, NoticeBlock block, int? year)
    {
        string Cell(int i) => i >= 0 && i < cells.Length ? cells[i] : "";
        var text = Cell(_text);
        if (text.Length == 0) return null;
        var others = cells.Where((c, i) => i != _text && i != _number && c.Length > 0).Count();
        if (others == 0) return null; // a group row ("I | Lĩnh vực kinh tế")
        var unitCell = Cell(_unit);
        var unitSpan = unitCell.Length > 0 ? UnitRecognizer.ReadAt(unitCell, VietnameseText.FoldSameLength(unitCell), 0) : null;
        string? unit = unitCell.Length == 0 ? null : unitSpan is { } u && u.End >= unitCell.TrimEnd(' ', '.', ';').Length - 1 ? u.Name : FirstPart(unitCell);
        var coop = SplitUnits(Cell(_coop));
        var deadlineCell = Cell(_deadline);
        var deadline = (deadlineCell.Length > 0 ? DeadlineParser.FromCell(deadlineCell, year) : null) ?? DeadlineParser.Find(text, year);
        var recurrence = CellRecurrence(deadlineCell) ?? RecurrenceDetector.Detect(text);
        var section = Cell(_number).TrimEnd('.');
        return new ParsedTask(unit, coop, text, deadline, recurrence, section.Length > 0 ? section : null,
            NoticeParser.IsUrgent(text + " " + deadlineCell), null, block.LineStart, block.LineEnd);
    }

    private static string FirstPart(string cell)
    {
        var cut = cell.IndexOfAny([';', '\n']);
        return UnitRecognizer.Clean(cut > 0 ? cell[..cut] : cell);
    }

    private static List<string> SplitUnits(string cell)
    {
        var list = new List<string>();
        if (cell.Length == 0) return list;
        foreach (var part in cell.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = VietnameseText.FoldSameLength(part);
            var pos = 0;
            var any = false;
            while (pos < part.Length && UnitRecognizer.ReadAt(part, f, pos) is { } u && u.End > pos)
            {
                list.Add(u.Name);
                any = true;
                pos = UnitRecognizer.SkipSpaces(part, u.End);
                if (pos < part.Length && part[pos] == ',') pos++;
                else if (UnitRecognizer.At(f, pos, "va ")) pos += 3;
                else break;
            }
            if (!any) list.Add(UnitRecognizer.Clean(part));
        }
        return list;
    }

    private static Recurrence? CellRecurrence(string cell)
    {
        var f = VietnameseText.FoldSameLength(cell);
        if (f.Contains("tuan", StringComparison.Ordinal) && (f.Contains("hang", StringComparison.Ordinal) || f.Contains("moi", StringComparison.Ordinal))) return Recurrence.Weekly;
        if (f.Contains("hang thang", StringComparison.Ordinal) || f.Contains("moi thang", StringComparison.Ordinal)) return Recurrence.Monthly;
        if (f.Contains("hang quy", StringComparison.Ordinal) || f.Contains("moi quy", StringComparison.Ordinal)) return Recurrence.Quarterly;
        if (f.Contains("hang nam", StringComparison.Ordinal) || f.Contains("moi nam", StringComparison.Ordinal)) return Recurrence.Yearly;
        if (f.Contains("dinh ky", StringComparison.Ordinal)) return Recurrence.Periodic;
        return null;
    }
}
