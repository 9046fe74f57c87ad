using System.Text;
using ChatBot.Core.Common;
using UglyToad.PdfPig.Content;

namespace ChatBot.Core.Parsing;

/// <summary>
/// A task table in a PDF whose cells wrap over several lines ("Kiểm tra an toàn PCCC tại chợ Cẩm / Phú và 02 trung tâm
/// thương mại", the row number and one-line cells centred between them). Read line by line it interleaves its columns;
/// here its rows are rebuilt as "| 1 | … | … |" from the positions of the words:
/// <list type="bullet">
/// <item>the header is a line, or up to three close lines (header cells wrapped: "Nội dung" over "nhiệm vụ", "TT" centred
/// between them), whose leftmost word is "TT"/"STT" and which name at least two task-table columns (nội dung/nhiệm vụ,
/// chủ trì/đơn vị, phối hợp, thời gian/thời hạn/hoàn thành); its cells are runs of words split by wide gaps, "TT" a cell
/// of its own;</item>
/// <item>a column starts at its header cell, or further left where the cells under it start (cells are left-aligned,
/// headers often centred);</item>
/// <item>rows are the groups of lines between gaps wider than a line's (the padding between rows); a row is kept when its
/// first column holds a number or a short group mark (I, II, A) and another column holds text; the table ends at the
/// first group that is not such a row.</item>
/// </list>
/// Each word is looked at once per line group: linear in the words of the page.
/// </summary>
internal static class PdfTable
{
    internal readonly record struct Result(string Text, int NextLine);

    private static readonly string[] ColumnWords =
        ["noi dung", "nhiem vu", "cong viec", "chu tri", "don vi", "co quan", "phoi hop", "thoi gian", "thoi han", "hoan thanh"];

    public static Result? TryRead(List<(double Bottom, double Height, List<Word> Words)> lines, int at, double typical)
    {
        // The header may wrap over up to three close lines ("Nội dung" over "nhiệm vụ", "TT" centred between them).
        for (var end = at + 1; end <= Math.Min(lines.Count, at + 3); end++)
        {
            if (end > at + 1 && lines[end - 2].Bottom - lines[end - 1].Bottom > typical * 1.9) break;
            if (TryRead(lines, at, end, typical) is { } table) return table;
        }
        return null;
    }

    // The table whose header is lines [at, headerEnd).
    private static Result? TryRead(List<(double Bottom, double Height, List<Word> Words)> lines, int at, int headerEnd, double typical)
    {
        // Cheap checks first (this runs at every line of a page): four words, the leftmost "TT"/"STT".
        var wordCount = 0;
        Word? leftmost = null;
        for (var i = at; i < headerEnd; i++)
        {
            wordCount += lines[i].Words.Count;
            foreach (var w in lines[i].Words)
                if (leftmost is null || w.BoundingBox.Left < leftmost.BoundingBox.Left) leftmost = w;
        }
        if (wordCount < 4 || leftmost is null || leftmost.Text.Length > 3 || Fold.Key(leftmost.Text) is not ("tt" or "stt")) return null;
        var header = new List<Word>(wordCount);
        for (var i = at; i < headerEnd; i++) header.AddRange(lines[i].Words);
        header.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var first = Fold.Key(header[0].Text);
        if (first is not ("tt" or "stt")) return null;
        var headerText = Fold.Key(string.Join(' ', Enumerable.Range(at, headerEnd - at).SelectMany(i => lines[i].Words.OrderBy(w => w.BoundingBox.Left)).Select(w => w.Text)));
        var named = 0;
        foreach (var c in ColumnWords)
            if (headerText.Contains(c, StringComparison.Ordinal)) named++;
        if (named < 2) return null;

        // Header cells: runs of words split by a gap wider than the line's height (a word space is about a third of it).
        var cells = new List<(double Left, double Right)>();
        var height = Math.Max(lines[at].Height, 1);
        foreach (var w in header)
        {
            // "TT"/"STT" heads a narrow column of its own, however close the next header sits.
            // "Đơn vị thực hiện" set right against "Thời hạn": a column word written with a capital opens a column of its own.
            if (cells.Count > 1 && w.BoundingBox.Left - cells[^1].Right < height * 0.9 && !StartsColumn(w))
                cells[^1] = (cells[^1].Left, Math.Max(cells[^1].Right, w.BoundingBox.Right));
            else cells.Add((w.BoundingBox.Left, w.BoundingBox.Right));
        }
        if (cells.Count < 3) return null;

        // The columns' numbers under the header ("(1) (2) (3) … (6)", one of them set lower when its header wraps) are no row.
        var dataStart = headerEnd;
        while (dataStart < lines.Count && dataStart < headerEnd + 2 && ColumnNumbers(lines[dataStart].Words)) dataStart++;

        // Line groups after the header: a gap wider than the text's own spacing separates rows.
        var groups = new List<(int From, int To)>();
        var start = dataStart;
        for (var i = dataStart; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Bottom - lines[i].Bottom;
            if (i > start && gap > typical * 1.9) { groups.Add((start, i)); start = i; }
            else if (i == dataStart && gap > typical * 1.9) start = i;
        }
        if (start < lines.Count) groups.Add((start, lines.Count));

        // The table's extent with the header cells' starts, then the column starts refined from the cells under them: the
        // leftmost start of a run of words (first in its line or after a wide gap) past the header cell before.
        // For the extent a column starts right after the header cell before it (as far left as a cell under it can start).
        var widest = cells.Select((c, k) => k == 0 ? c.Left : cells[k - 1].Right + 0.5).ToArray();
        var extent = Rows(lines, groups, widest).Count;
        var lefts = cells.Select(c => c.Left).ToArray();
        if (extent == 0) return null;
        foreach (var (from, to) in groups.Take(extent))
            for (var i = from; i < to; i++)
            {
                double? prevRight = null;
                foreach (var w in lines[i].Words.OrderBy(w => w.BoundingBox.Left))
                {
                    var runStart = prevRight is not { } pr || w.BoundingBox.Left - pr >= height * 0.9;
                    prevRight = w.BoundingBox.Right;
                    if (!runStart) continue;
                    for (var k = 1; k < cells.Count; k++)
                        if (w.BoundingBox.Left > cells[k - 1].Right && w.BoundingBox.Left < lefts[k]) lefts[k] = w.BoundingBox.Left;
                }
            }
        var rows = Rows(lines, groups, lefts);
        if (rows.Count == 0) return null;
        var sb = new StringBuilder();
        sb.Append("| ").Append(string.Join(" | ", Cells(lines, at, headerEnd, lefts))).Append(" |");
        foreach (var row in rows) sb.Append('\n').Append("| ").Append(string.Join(" | ", row)).Append(" |");
        return new Result(sb.ToString(), groups[rows.Count - 1].To);
    }

    // "(1) (2) (3)": a line of bracketed column numbers only.
    private static bool ColumnNumbers(List<Word> words)
    {
        if (words.Count == 0) return false;
        foreach (var w in words)
        {
            var t = w.Text;
            if (t.Length is < 3 or > 4 || t[0] != '(' || t[^1] != ')') return false;
            for (var k = 1; k < t.Length - 1; k++)
                if (!char.IsAsciiDigit(t[k])) return false;
        }
        return true;
    }

    // Words that open a column's header when written with a capital ("Thời hạn", "Tình trạng", "Ghi chú", "Kết quả").
    private static readonly string[] ColumnOpeners = ["thoi", "tinh", "ghi", "ket"];
    private static bool StartsColumn(Word w) => w.Text.Length > 0 && char.IsUpper(w.Text[0]) && ColumnOpeners.Contains(Fold.Key(w.Text));

    // The leading groups that read as rows: a number or a short group mark (I, II, A) in the first column, text beside it.
    private static List<string[]> Rows(List<(double Bottom, double Height, List<Word> Words)> lines, List<(int From, int To)> groups, double[] lefts)
    {
        var rows = new List<string[]>();
        foreach (var (from, to) in groups)
        {
            var row = Cells(lines, from, to, lefts);
            var mark = row[0];
            var isRow = mark.Length is > 0 and <= 4 && !mark.Contains(' ') && (char.IsDigit(mark[0]) || mark.All(c => char.IsUpper(c) || c == '.'))
                        && row.Skip(1).Any(c => c.Length > 0);
            if (!isRow) break;
            rows.Add(row);
        }
        return rows;
    }

    // The words of lines [from, to) by column, each column's words top to bottom, left to right.
    private static string[] Cells(List<(double Bottom, double Height, List<Word> Words)> lines, int from, int to, double[] lefts)
    {
        var cells = new StringBuilder[lefts.Length];
        for (var k = 0; k < cells.Length; k++) cells[k] = new StringBuilder();
        for (var i = from; i < to; i++)
            foreach (var w in lines[i].Words.OrderBy(w => w.BoundingBox.Left))
            {
                var k = lefts.Length - 1;
                while (k > 0 && w.BoundingBox.Left < lefts[k] - 0.5) k--;
                if (cells[k].Length > 0) cells[k].Append(' ');
                cells[k].Append(w.Text.Replace('|', '/'));
            }
        return cells.Select(c => c.ToString()).ToArray();
    }
}
