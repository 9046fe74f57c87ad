using ChatBot.Core.Common;
using ChatBot.Core.Parsing.Layout;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Tasks;

/// <summary>
/// Reads task tables ("Phụ lục phân công": STT | Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian hoàn thành). Group rows
/// ("I | Lĩnh vực kinh tế", a row with nothing but its title) are headings, not tasks.
/// </summary>
internal sealed class TaskTableReader
{
    private int _text = -1, _unit = -1, _coop = -1, _deadline = -1, _number = -1, _leader = -1, _status = -1, _repeat = -1, _note = -1;
    private bool _prepares;

    // A responsibility matrix's unit columns ("| TT | Nhiệm vụ | Thời hạn | VP | P.VH-XH | CA phường |", cells "C"/"P"/"x"),
    // and a Gantt table's month columns ("| T3 | T4 | … |" ticked "x"): each with the header block and cell it is named in.
    private List<(int Index, Cell Cell)>? _matrix;
    private List<(int Index, Cell Cell, int Month, int? Year)>? _months;
    private NoticeBlock? _headerBlock;

    public bool HasHeader => _text >= 0;

    /// <summary>The table ended (a non-row block came).</summary>
    public void End()
    {
        _text = _unit = _coop = _deadline = _number = _leader = _status = _repeat = _note = -1;
        _matrix = null;
        _months = null;
        _above = null;
        _group = null;
    }

    // The group row the data rows sit under ("A | PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", "II | Công an phường | | Quý IV/2026"):
    // the unit its title names and its deadline cell, for the rows whose own cells are empty.
    private (NoticeBlock Block, UnitMention? Unit, int UnitAt, Cell Deadline)? _group;

    // The unit, partner and deadline cells of the data row above (a ditto cell "nt", "〃", "như trên" repeats them).
    private (NoticeBlock UnitBlock, Cell Unit, NoticeBlock CoopBlock, Cell Coop, NoticeBlock DeadlineBlock, Cell Deadline)? _above;

    /// <summary>The tasks of a data row (one, or one per "- " line of its text cell); none for the header, separators and group rows.</summary>
    public List<TaskDraft> Rows(NoticeBlock block)
    {
        var cells = Cells(block.Content);
        if (IsSeparator(cells.Select(c => c.Text).ToArray()) || ColumnNumbers(cells)) return [];
        if (TryHeader(cells.Select(c => c.Text).ToArray(), cells)) { _above = null; _group = null; _headerBlock = block; return []; }
        if (!HasHeader) return [];
        return Data(block, cells);
    }

    // "| (1) | (2) | (3) |": the columns' numbers under a header, no row.
    private static bool ColumnNumbers(List<Cell> cells)
    {
        var n = 0;
        foreach (var c in cells)
        {
            var t = c.Text;
            if (t.Length == 0) continue;
            if (t.Length is < 3 or > 4 || t[0] != '(' || t[^1] != ')' || !IsDigits(t.AsSpan(1, t.Length - 2))) return false;
            n++;
        }
        return n >= 2;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var ch in s) if (!char.IsAsciiDigit(ch)) return false;
        return s.Length > 0;
    }

    /// <summary>"nt", "-nt-", "(nt)", "〃", a quote mark, "như trên": the cell says "the same as the row above".</summary>
    internal static bool IsDitto(string cell)
    {
        var t = cell.Trim().Trim('(', ')', '-', '.', ' '); // "(nt)", "-nt-", "nt." → "nt"
        if (t is "〃" or "〃〃" or "\"" or "\" \"" or "”" or "“" or "''" or "„") return true;
        return Fold.SameLength(t) is "nt" or "n.t" or "n/t" or "nhu tren";
    }

    // "| 1 | - Rà soát …. - Tuyên truyền … |": a text cell opened by a dash or plus holds one task per such line (the cell's
    // lines are joined by spaces, so a line starts after ". ", "; ", ") " with the same mark). Returns (start, end) pieces.
    internal static List<(int Start, int End)> DashItems(string s, int start, int end)
    {
        var list = new List<(int, int)>();
        var i = start;
        while (i < end && s[i] == ' ') i++;
        if (i + 1 >= end || s[i] is not ('-' or '+' or '•') || s[i + 1] != ' ') return list;
        var mark = s[i];
        var from = i + 2;
        for (var k = from; k + 2 < end; k++)
        {
            if (s[k] != ' ' || s[k + 1] != mark || s[k + 2] != ' ') continue;
            var p = k - 1;
            while (p > from && s[p] == ' ') p--;
            if (s[p] is not ('.' or ';' or ')' or ':')) continue;
            list.Add((from, p + 1));
            from = k + 3;
        }
        if (list.Count == 0) return list;
        list.Add((from, end));
        return list;
    }

    internal readonly record struct Cell(string Text, int Start);

    // Cells with where each starts in the row's content ("| a | b |").
    internal static List<Cell> Cells(string row)
    {
        var cells = new List<Cell>();
        var i = row.StartsWith('|') ? 1 : 0;
        while (i <= row.Length)
        {
            var bar = row.IndexOf('|', i);
            var end = bar < 0 ? row.Length : bar;
            if (bar < 0 && i >= row.Length) break;
            var raw = row[i..end];
            var lead = raw.Length - raw.TrimStart().Length;
            cells.Add(new Cell(raw.Trim(), i + lead));
            if (bar < 0) break;
            i = bar + 1;
            if (i >= row.Length) break;
        }
        return cells;
    }

    /// <summary>A header row of a task table ("STT | Nội dung | Đơn vị chủ trì | Thời hạn"), not a layout table (a docx header).</summary>
    internal static bool IsTaskHeader(string row)
    {
        var cells = Cells(row);
        return new TaskTableReader().TryHeader(cells.Select(c => c.Text).ToArray(), cells);
    }

    internal static bool IsSeparator(string[] cells) => cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or ' '));

    private bool TryHeader(string[] cells, List<Cell> at)
    {
        int text = -1, unit = -1, coop = -1, deadline = -1, number = -1, bothIn = -1, leader = -1, status = -1, repeat = -1, note = -1;
        var newDeadline = false; // "Hạn mới", "Gia hạn đến": a reminder's new deadline column wins over "Hạn đã giao"
        List<int>? other = null;
        // A row with a number in a cell ("| 4 | Phát thanh nội dung … | … | Hằng ngày |") is data, never a header.
        if (cells.Any(c => c.Length > 0 && c.All(char.IsDigit))) return false;
        for (var i = 0; i < cells.Length; i++)
        {
            var f = Fold.SameLength(cells[i]);
            if (f is "stt" or "tt" or "so tt") number = i;
            // "Tình trạng", "Trạng thái", "Kết quả thực hiện": a tracking table's status column, never the unit's.
            else if (f.StartsWith("tinh trang", StringComparison.Ordinal) || f.StartsWith("trang thai", StringComparison.Ordinal) || f.StartsWith("ket qua", StringComparison.Ordinal)) status = i;
            // "Lãnh đạo chủ trì", "Lãnh đạo phụ trách": the leader who chairs a schedule's row, never its unit.
            else if (f.StartsWith("lanh dao", StringComparison.Ordinal)) leader = i;
            else if (f.Contains("phoi hop", StringComparison.Ordinal)) coop = i;
            // "Lặp lại", "Tần suất", "Chu kỳ": an export's recurrence column; "Ghi chú": a note that may say how often.
            else if (f.StartsWith("lap lai", StringComparison.Ordinal) || f.StartsWith("tan suat", StringComparison.Ordinal) || f.StartsWith("chu ky", StringComparison.Ordinal)) repeat = i;
            else if (f.StartsWith("ghi chu", StringComparison.Ordinal)) note = i;
            else if (f.Contains("chu tri", StringComparison.Ordinal) || f.Contains("don vi", StringComparison.Ordinal) || f.Contains("co quan", StringComparison.Ordinal)
                     || f.Contains("thuc hien", StringComparison.Ordinal) && !f.Contains("thoi", StringComparison.Ordinal) || f.Contains("trach nhiem", StringComparison.Ordinal)
                     || f.Contains("phu trach", StringComparison.Ordinal))
            {
                unit = i;
                // "Đơn vị thực hiện, thời hạn", "Chủ trì / thời gian hoàn thành": one cell holds the unit then the deadline.
                if (f.Contains("thoi han", StringComparison.Ordinal) || f.Contains("thoi gian", StringComparison.Ordinal) || f.EndsWith(" han", StringComparison.Ordinal)) bothIn = i;
            }
            else if (f.Contains("thoi gian", StringComparison.Ordinal) || f.Contains("thoi han", StringComparison.Ordinal) || f.Contains("tien do", StringComparison.Ordinal) || f == "han" || f.Contains("gia han", StringComparison.Ordinal) || f.StartsWith("han ", StringComparison.Ordinal) || f.StartsWith("han:", StringComparison.Ordinal)
                     || (f.Contains("cham nhat", StringComparison.Ordinal) || f.Contains("hoan thanh", StringComparison.Ordinal) || f.StartsWith("ngay", StringComparison.Ordinal)) && !f.StartsWith("so ", StringComparison.Ordinal))
            {
                // A reminder's two deadline columns: the new one ("Hạn mới", "Gia hạn đến", "Hạn điều chỉnh") counts, the
                // one first given ("Hạn đã giao", "Hạn cũ", "Hạn ban đầu") is what was missed.
                var isNew = f.Contains("moi", StringComparison.Ordinal) || f.Contains("gia han", StringComparison.Ordinal) || f.Contains("dieu chinh", StringComparison.Ordinal);
                var isOld = f.Contains("da giao", StringComparison.Ordinal) || f.EndsWith(" cu", StringComparison.Ordinal) || f.Contains("ban dau", StringComparison.Ordinal);
                if (!newDeadline || isNew) deadline = i;
                newDeadline |= isNew && !isOld;
            }
            else if (f.Contains("noi dung", StringComparison.Ordinal) || f.Contains("nhiem vu", StringComparison.Ordinal) || f.Contains("cong viec", StringComparison.Ordinal)
                     || f.StartsWith("tieu de", StringComparison.Ordinal)) text = i; // an export's "Tiêu đề"
            else if (f.Length > 0) (other ??= []).Add(i);
        }
        if (deadline < 0 && bothIn >= 0) deadline = bothIn;
        if (text < 0) return false;
        // The columns no label claimed: months of a Gantt table, else units of a responsibility matrix (two or more of either).
        var months = other is null ? null : MonthColumns(other, cells, at);
        var matrix = unit < 0 && other is not null && months is null ? MatrixColumns(other, cells, at) : null;
        if (unit < 0 && deadline < 0 && matrix is null && months is null) return false;
        (_text, _unit, _coop, _deadline, _number, _leader, _status, _repeat, _note) = (text, unit, coop, deadline, number, leader, status, repeat, note);
        (_matrix, _months) = (matrix, months);
        // A work programme's "Đơn vị chuẩn bị" column: a row no unit prepares is the leaders' own appointment.
        _prepares = unit >= 0 && Fold.SameLength(cells[unit]).Contains("chuan bi", StringComparison.Ordinal);
        return true;
    }

    // "T3", "T.3", "Th3", "Tháng 3", "T3/2027", "Tháng 3/2027", "3/2027": a month column. Two or more make a Gantt table.
    private static List<(int, Cell, int, int?)>? MonthColumns(List<int> other, string[] cells, List<Cell> at)
    {
        List<(int, Cell, int, int?)>? list = null;
        foreach (var i in other)
            if (Month(cells[i]) is var (month, year)) (list ??= []).Add((i, at[i], month, year));
        return list is { Count: >= 2 } ? list : null;
    }

    internal static (int Month, int? Year)? Month(string cell)
    {
        var f = Fold.SameLength(cell.Trim());
        if (f.Length is 0 or > 14) return null;
        if (Quarter(f) is { } q) return q;
        var i = 0;
        if (f.StartsWith("thang", StringComparison.Ordinal)) i = 5;
        else if (f.StartsWith("th", StringComparison.Ordinal) && f.Length > 2 && (char.IsDigit(f[2]) || f[2] is '.' or ' ')) i = 2;
        else if (f[0] == 't' && f.Length > 1 && (char.IsDigit(f[1]) || f[1] == '.')) i = 1;
        else if (!char.IsDigit(f[0]) || !f.Contains('/')) return null; // a bare "3/2027"
        while (i < f.Length && f[i] is ' ' or '.') i++;
        var m = 0;
        var digits = 0;
        while (i < f.Length && char.IsDigit(f[i]) && digits < 2) { m = m * 10 + (f[i] - '0'); i++; digits++; }
        if (digits == 0 || m is < 1 or > 12) return null;
        int? year = null;
        if (i < f.Length && f[i] is '/' or '-' or '.')
        {
            var y = 0;
            var yd = 0;
            for (i++; i < f.Length && char.IsDigit(f[i]); i++) { y = y * 10 + (f[i] - '0'); yd++; }
            if (yd == 4) year = y;
            else if (yd == 2) year = 2000 + y;
            else return null;
        }
        return i == f.Length ? (m, year) : null;
    }

    // "Quý I", "Quý 2", "Q3", "Quý IV/2027": a quarter column, due at its last month.
    private static (int Month, int? Year)? Quarter(string f)
    {
        int i;
        if (f.StartsWith("quy ", StringComparison.Ordinal)) i = 4;
        else if (f.Length > 1 && f[0] == 'q' && char.IsDigit(f[1])) i = 1;
        else return null;
        var j = i;
        while (j < f.Length && f[j] is 'i' or 'v') j++;
        int q;
        if (j > i) q = f[i..j] switch { "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, _ => 0 };
        else if (j < f.Length && f[j] is >= '1' and <= '4') { q = f[j] - '0'; j++; }
        else return null;
        if (q == 0) return null;
        int? year = null;
        if (j < f.Length && f[j] is '/' or '-')
        {
            var y = 0;
            var yd = 0;
            for (j++; j < f.Length && char.IsDigit(f[j]); j++) { y = y * 10 + (f[j] - '0'); yd++; }
            if (yd != 4) return null;
            year = y;
        }
        return j == f.Length ? (q * 3, year) : null;
    }

    // Header cells that name units ("VP", "P.VH-XH", "TT PVHCC", "CA phường", "Công an phường"): an abbreviation (a first word
    // with capitals and no lower-case letter) or a name the grammar reads whole. Two or more make a responsibility matrix.
    private static List<(int, Cell)>? MatrixColumns(List<int> other, string[] cells, List<Cell> at)
    {
        List<(int, Cell)>? list = null;
        var known = 0;
        foreach (var i in other)
        {
            var c = cells[i].Trim();
            if (c.Length is 0 or > 40 || c.Count(ch => ch == ' ') > 6) continue;
            var firstEnd = c.IndexOf(' ');
            var first = firstEnd < 0 ? c : c[..firstEnd];
            var abbreviation = first.Any(char.IsUpper) && !first.Any(char.IsLower) && !first.Any(char.IsDigit);
            var named = !abbreviation && UnitGrammar.Read(c, VietnameseText.LowerInvariant(c), 0) is { } u && u.End >= c.TrimEnd('.', ':').Length;
            if (!abbreviation && !named) continue;
            (list ??= []).Add((i, at[i]));
            // A unit the grammar reads or the dictionary spells out ("VP", "CA phường"); a code only a legend can explain
            // ("P.KT") joins them, but "SL", "ĐVT" alone (a supplies list's quantity and unit) make no matrix.
            if (named || !string.Equals(UnitNames.Canonical(c, "phường", Abbreviations.BuiltIn), c, StringComparison.OrdinalIgnoreCase)) known++;
        }
        return list is { Count: >= 2 } && known >= 2 ? list : null;
    }

    // A matrix cell: 2 = leads ("C", "CT", "Chủ trì", "x" alone), 1 = cooperates ("P", "PH", "Phối hợp"), 0 = nothing.
    private static int MatrixMark(string cell)
    {
        var f = Fold.SameLength(cell.Trim().Trim('(', ')', '.', '*'));
        return f switch
        {
            "c" or "ct" or "chu tri" or "chinh" or "th" or "thuc hien" => 2,
            "p" or "ph" or "phoi hop" or "ph.h" or "○" or "◯" => 1,
            "x" or "v" or "✓" or "✔" or "●" or "■" or "+" => 3,
            _ => 0,
        };
    }

    // A Gantt cell ticked: "x", "X", "✓", "●", "■", a shaded cell's "+"; any short mark.
    private static bool Ticked(string cell)
    {
        var t = cell.Trim();
        return t.Length is > 0 and <= 2 && !t.All(char.IsDigit) || t is "✔️";
    }

    private List<TaskDraft> Data(NoticeBlock block, List<Cell> cells)
    {
        Cell At(int i) => i >= 0 && i < cells.Count ? cells[i] : new Cell("", 0);
        var text = At(_text);
        if (text.Text.Length == 0) return [];
        var others = cells.Where((c, i) => i != _text && i != _number && c.Text.Length > 0).Count();
        var number = At(_number).Text.TrimEnd('.');
        // "Đã hoàn thành", "Đã thực hiện xong" in the status column: work reported done, no task.
        // An export's bare "Hoàn thành", "Xong", "Đã xong" likewise ("Chưa hoàn thành", "Quá hạn", "Đang thực hiện" stay tasks).
        if (Fold.SameLength(At(_status).Text) is var st && (st.StartsWith("da hoan thanh", StringComparison.Ordinal) || st.StartsWith("da thuc hien xong", StringComparison.Ordinal)
            || st.StartsWith("hoan thanh", StringComparison.Ordinal) || st is "xong" or "da xong")) return [];
        // A group row ("I | Lĩnh vực kinh tế", "A | PHÒNG VĂN HÓA - XÃ HỘI | | Tháng 9/2026"): a heading, no task; the unit
        // its title names and its deadline go to the empty cells of the rows under it.
        // (Under a group that gives a unit or deadline, a numbered row with empty cells is a task of the group.)
        var underGroup = _group is { } open && (open.Unit is not null || open.Deadline.Text.Length > 0) && number.Length > 0 && number.All(char.IsDigit);
        if (others == 0 && !underGroup || IsGroupMark(number) && At(_unit).Text.Length == 0)
        {
            var title = UnitGrammar.Read(text.Text, VietnameseText.LowerInvariant(text.Text), 0);
            if (title is { } t && t.End < text.Text.TrimEnd(':', '.', ' ').Length) title = null; // a topic that starts with a unit
            _group = (block, title, text.Start, At(_deadline));
            _above = null;
            return [];
        }
        // A ditto cell reads the cell of the row above (itself already resolved), in that row's block.
        var (unitBlock, unit) = (block, At(_unit));
        var (coopBlock, coop) = (block, At(_coop));
        var (deadlineBlock, deadline) = (block, At(_deadline));
        if (_above is { } up)
        {
            if (IsDitto(unit.Text)) (unitBlock, unit) = (up.UnitBlock, up.Unit);
            if (IsDitto(coop.Text)) (coopBlock, coop) = (up.CoopBlock, up.Coop);
            if (IsDitto(deadline.Text)) (deadlineBlock, deadline) = (up.DeadlineBlock, up.Deadline);
        }
        _above = (unitBlock, unit, coopBlock, coop, deadlineBlock, deadline);
        UnitRef? groupUnit = null;
        if (_group is { } g)
        {
            if (unit.Text.Length == 0 && g.Unit is { } gu) groupUnit = UnitRef.From(gu, g.Block, g.UnitAt);
            if (deadline.Text.Length == 0 && g.Deadline.Text.Length > 0) (deadlineBlock, deadline) = (g.Block, g.Deadline);
        }
        // "Đang thực hiện, gia hạn đến 20/11/2026" in a tracking table's status column: the new deadline replaces the cell's.
        if (At(_status) is { Text.Length: > 0 } state && Fold.SameLength(state.Text).IndexOf("gia han", StringComparison.Ordinal) is var extended and >= 0
            && state.Text.AsSpan(extended).IndexOfAnyInRange('0', '9') >= 0)
            (deadlineBlock, deadline) = (block, new Cell(state.Text[extended..], state.Start + extended));
        if (_prepares && unit.Text.Length == 0 && groupUnit is null) return [];
        if (_deadline == _unit && _unit >= 0)
        {
            // One cell for both: the deadline is what follows the unit's ";" ("Phòng VH-XH; trước 25/11/2026").
            var cut = deadline.Text.LastIndexOf(';');
            if (cut >= 0)
            {
                var after = deadline.Text[(cut + 1)..].TrimStart();
                deadline = new Cell(after, deadline.Start + deadline.Text.Length - after.Length);
            }
        }
        // A schedule's row with a leader and no unit ("Giao ban Thường trực | Chủ tịch | |"): the leader's appointment, no task.
        if (_leader >= 0 && _unit >= 0 && unit.Text.Length == 0 && groupUnit is null && At(_leader).Text.Length > 0) return [];
        var pieces = DashItems(block.Content, text.Start, text.Start + text.Text.Length);
        if (pieces.Count == 0) pieces.Add((text.Start, text.Start + text.Text.Length));
        var drafts = new List<TaskDraft>(pieces.Count);
        foreach (var (start, end) in pieces)
        {
            var d = new TaskDraft
            {
                Block = block, Text = new Clause(start, end), Section = number.Length > 0 ? number : null,
            };
            var own = block.Content[start..end];
            if (_unit < 0 && Addressees.FirstSubject(own, VietnameseText.LowerInvariant(own)) is { } subject)
                d.Own = UnitRef.From(subject, block, start); // no unit column: "Hội nghị triển khai … UBND phường chủ trì, …"
            if (unit.Text.Length > 0)
            {
                var units = UnitsIn(unit);
                if (units.Count > 0)
                {
                    d.Own = UnitRef.From(units[0], unitBlock, unit.Start);
                    d.Cooperating.AddRange(units.Skip(1).Select(u => UnitRef.From(u, unitBlock, unit.Start)));
                }
            }
            if (d.Own is null && _matrix is not null) Matrix(d, cells);
            if (d.Own is null && groupUnit is { } gu) d.Own = gu;
            if (coop.Text.Length > 0) d.Cooperating.AddRange(UnitsIn(coop).Select(u => UnitRef.From(u, coopBlock, coop.Start)));
            if (deadline.Text.Length > 0)
            {
                var day = DayStart(deadline.Text); // "Thứ Ba 08/12": a schedule's day cell, the date after its weekday
                d.DeadlineCell = (deadlineBlock, new Clause(deadline.Start + day, deadline.Start + deadline.Text.Length));
                d.RecurrenceCell = deadline.Text;
            }
            // "Lặp lại: Hằng tháng (trước ngày 05)": the recurrence column, not a deadline; a note ("Tối thứ Bảy hằng tuần")
            // says how often when no other cell does.
            if (At(_repeat).Text is { Length: > 0 } repeat) d.RecurrenceCell = repeat;
            else if (At(_note).Text is { Length: > 0 } note) d.RecurrenceCell = d.RecurrenceCell is null ? note : d.RecurrenceCell + "; " + note;
            if (_months is not null && deadline.Text.Length == 0) d.DueMonth = LastTicked(cells);
            d.DeadlineSources.Add((block, d.Text));
            drafts.Add(d);
        }
        return drafts;
    }

    // The matrix row's marks: "C" (or the only "x") leads, "P" (and further "x") cooperate; the unit is the column's header.
    private void Matrix(TaskDraft d, List<Cell> cells)
    {
        UnitRef? lead = null;
        var partners = new List<UnitRef>();
        var ticks = new List<UnitRef>();
        foreach (var (index, header) in _matrix!)
        {
            if (index >= cells.Count) continue;
            var mark = MatrixMark(cells[index].Text);
            if (mark == 0) continue;
            var unit = new UnitRef(UnitNames.Tidy(header.Text), UnitKind.Organisation, _headerBlock!, header.Start, header.Start + header.Text.Length);
            if (mark == 2 && lead is null) lead = unit;
            else if (mark == 3) ticks.Add(unit);
            else partners.Add(unit);
        }
        if (lead is null && ticks.Count > 0) { lead = ticks[0]; ticks.RemoveAt(0); }
        if (lead is null) return;
        d.Own = lead;
        d.Cooperating.AddRange(partners);
        d.Cooperating.AddRange(ticks);
    }

    // A Gantt row: the last month ticked (its header cell and month), due at that month's end.
    private DueMonth? LastTicked(List<Cell> cells)
    {
        DueMonth? last = null;
        var shift = 0;
        var previous = 0;
        foreach (var (index, header, month, year) in _months!)
        {
            if (month < previous && year is null) shift++; // "T11 | T12 | T1": the months run into the next year
            previous = month;
            if (index < cells.Count && Ticked(cells[index].Text))
                last = new DueMonth(_headerBlock!, new Clause(header.Start, header.Start + header.Text.Length), month, year, shift);
        }
        return last;
    }

    private static readonly string[] DayNames = ["hai", "ba", "tu", "nam", "sau", "bay"];
    private static readonly string[] PartsOfDay = ["sang", "chieu", "toi", "trua"];

    // Where the date starts in a day cell written with its weekday ("Thứ Ba 08/12", "Sáng thứ Năm, 10/12/2026", "Thứ 6
    // (11/12)", "CN 13/12", "Thứ Hai, ngày 14/12"); 0 when the cell does not open with a weekday ("Năm 2026", "Ngày 30/9").
    internal static int DayStart(string cell)
    {
        var f = Fold.SameLength(cell);
        var i = 0;
        var previous = "";
        var weekday = false;
        while (i < f.Length)
        {
            while (i < f.Length && f[i] is ' ' or ',' or '-' or '–' or '(') i++;
            var w = i;
            while (i < f.Length && char.IsLetterOrDigit(f[i])) i++;
            if (i == w) return 0;
            var word = f[w..i];
            var known = previous == "thu" && (Array.IndexOf(DayNames, word) >= 0 || word.Length == 1 && word[0] is >= '2' and <= '7')
                        || previous == "chu" && word == "nhat";
            if (known) weekday = true;
            else if (char.IsDigit(word[0])) return weekday ? w : 0;
            else if (word == "cn") weekday = true;
            else if (!(word is "thu" or "chu" || weekday && word == "ngay" || !weekday && Array.IndexOf(PartsOfDay, word) >= 0)) return 0;
            previous = word;
        }
        return 0;
    }

    // "I", "IV", "A", "B": the mark of a group row (a data row is numbered 1, 2 …).
    private static bool IsGroupMark(string mark) =>
        mark.Length is > 0 and <= 4 && mark.All(c => c is 'I' or 'V' or 'X' or 'L') || mark.Length == 1 && char.IsUpper(mark[0]);

    // "Phòng Kinh tế; Công an phường", "UBND các xã, thị trấn", or a cell the grammar does not know: the cell is the name.
    private static List<UnitMention> UnitsIn(Cell cell)
    {
        var list = new List<UnitMention>();
        var s = cell.Text;
        var lower = VietnameseText.LowerInvariant(s);
        var pos = 0;
        while (pos < s.Length && UnitGrammar.Read(s, lower, pos) is { } u && u.End > pos)
        {
            list.Add(u);
            pos = UnitGrammar.SkipSpaces(s, u.End);
            if (pos < s.Length && s[pos] is ',' or ';' or '\n') pos++;
            else if (UnitGrammar.StartsWith(lower, pos, "và ")) pos += 3;
            else break;
        }
        if (list.Count == 0)
        {
            var cut = s.IndexOfAny([';', '\n']);
            var first = cut > 0 ? s[..cut] : s;
            list.Add(new UnitMention(0, first.Length, UnitKind.Organisation, s, UnitNames.Tidy(first)));
        }
        return list;
    }
}
