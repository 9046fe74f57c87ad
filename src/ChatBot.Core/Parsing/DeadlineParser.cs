using System.Text.RegularExpressions;

namespace ChatBot.Core.Parsing;

/// <summary>
/// Finds the deadline of a task. Only dates introduced by a deadline cue count ("trước ngày", "chậm nhất",
/// "hoàn thành ngày", "trong tháng 7/2026" after a completion verb...): referenced documents, data ranges,
/// anniversaries and school years carry no cue and stay out.
/// </summary>
public static class DeadlineParser
{
    private const RegexOptions Opts = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // Works on folded text (no accents, lower case), so "trước"/"truoc" and "tháng"/"thang" read the same.
    private static readonly Regex DayCue = new(
        @"(truoc|cham nhat|muon nhat|han chot|thoi han|han hoan thanh|hoan thanh|xong|ket thuc|thoi gian hoan thanh|han)( la| vao| trong| truoc| ngay| luc|:|,| )*" +
        @"(\d{1,2} ?(h|gio) ?\d{0,2}( phut)?[ ,]*)?( ngay| ngay:)* *" +
        @"(\d{1,2}) ?([/.-]) ?(\d{1,2})(( ?[/.-] ?)(\d{4}|\d{2}))?", Opts);

    private static readonly Regex DayCueWords = new(
        @"(truoc|cham nhat|muon nhat|han chot|thoi han|han hoan thanh|hoan thanh|xong|ket thuc|thoi gian hoan thanh)( la| vao| trong| truoc| ngay| luc|:|,| )*" +
        @"(\d{1,2} ?(h|gio) ?\d{0,2}( phut)?[ ,]*)?( ngay)* *" +
        @"(\d{1,2}) thang (\d{1,2})(,? nam (\d{4}))?", Opts);

    private static readonly Regex Window = new(
        @"(truoc|cham nhat|muon nhat|han chot|thoi han|hoan thanh|xong|trong|ket thuc)( la| trong| truoc|:| )* *(thang|quy) " +
        @"(\d{1,2}|iv|iii|ii|i)(( ?[/.-] ?| nam )(\d{4}))?", Opts);

    private static readonly Regex Completion = new(@"(hoan thanh|xong|dut diem|ban giao|ket thuc)", Opts);

    /// <summary>The earliest cued deadline in <paramref name="text"/>; dates without a year take <paramref name="defaultYear"/>.</summary>
    public static DateOnly? Find(string text, int? defaultYear) =>
        FindInFolded(VietnameseText.FoldSameLength(text), defaultYear, table: false);

    /// <summary>A deadline cell of a task table: a bare date or month is a deadline there.</summary>
    public static DateOnly? FromCell(string cell, int? defaultYear)
    {
        var f = VietnameseText.FoldSameLength(cell);
        return FindInFolded("hoan thanh " + f, defaultYear, table: true);
    }

    internal static DateOnly? FindInFolded(string f, int? defaultYear, bool table)
    {
        if (f.AsSpan().IndexOfAnyInRange('0', '9') < 0) return null; // every deadline form has a digit; skip the regexes

        var best = (Pos: int.MaxValue, Date: (DateOnly?)null);
        foreach (Match m in DayCue.Matches(f))
        {
            if (FollowedByDigit(f, m) || !BoundaryBefore(f, m.Index)) continue;
            var year = m.Groups[12].Success ? Year(m.Groups[12].Value) : defaultYear;
            if (Make(year, m.Groups[9].Value, m.Groups[7].Value) is not { } d) continue;
            if (m.Index < best.Pos) best = (m.Index, d);
            break;
        }
        foreach (var m in MatchesIf(f.Contains(" thang ", StringComparison.Ordinal), DayCueWords, f))
        {
            if (!BoundaryBefore(f, m.Index)) continue;
            var year = m.Groups[10].Success ? int.Parse(m.Groups[10].Value) : defaultYear;
            if (Make(year, m.Groups[8].Value, m.Groups[7].Value) is not { } d) continue;
            if (m.Index < best.Pos) best = (m.Index, d);
            break;
        }
        foreach (var m in MatchesIf(f.Contains("thang ", StringComparison.Ordinal) || f.Contains("quy ", StringComparison.Ordinal), Window, f))
        {
            if (FollowedByDigit(f, m) || !BoundaryBefore(f, m.Index) || m.Index >= best.Pos) continue;
            var cue = m.Groups[1].Value;
            var hasYear = m.Groups[7].Success;
            var year = hasYear ? int.Parse(m.Groups[7].Value) : defaultYear;
            if (year is null) continue;
            if (cue == "trong" && !table && !CompletionBefore(f, m.Index) && !(hasYear && ClauseEndsAfter(f, m.Index + m.Length))) continue;
            var before = cue == "truoc" || m.Value.Contains("truoc ", StringComparison.Ordinal);
            var end = m.Groups[3].Value == "quy" ? QuarterEnd(year.Value, m.Groups[4].Value, before) : MonthEnd(year.Value, m.Groups[4].Value, before);
            if (end is { } d) { best = (m.Index, d); break; }
        }
        return best.Date;
    }

    // A pattern whose literal word ("thang ", "quy ") is absent cannot match: skip its scan.
    private static IEnumerable<Match> MatchesIf(bool possible, Regex rx, string f) => possible ? rx.Matches(f) : [];

    private static bool FollowedByDigit(string f, Match m)
    {
        var e = m.Index + m.Length;
        if (e < f.Length && char.IsDigit(f[e])) return true;
        return e + 1 < f.Length && f[e] is '/' or '-' && char.IsDigit(f[e + 1]); // "30/2020/ND-CP" is a document number
    }

    private static bool BoundaryBefore(string f, int i) => i == 0 || !char.IsLetterOrDigit(f[i - 1]);

    // "hoàn thành và bàn giao công trình theo cam kết trong tháng 7/2026": the month closes a completion clause.
    private static bool CompletionBefore(string f, int i)
    {
        var from = i;
        while (from > 0 && i - from < 120 && f[from - 1] is not ('.' or ';' or '\n')) from--;
        return Completion.IsMatch(f.AsSpan(from, i - from));
    }

    private static bool ClauseEndsAfter(string f, int e)
    {
        while (e < f.Length && f[e] == ' ') e++;
        return e >= f.Length || f[e] is '.' or ';' or ',' or ')' or '\n';
    }

    private static int Year(string y) => y.Length == 2 ? 2000 + int.Parse(y) : int.Parse(y);

    private static DateOnly? Make(int? year, string month, string day)
    {
        if (year is null || !int.TryParse(month, out var mo) || !int.TryParse(day, out var da)) return null;
        if (year < 1900 || year > 2200 || mo is < 1 or > 12 || da < 1 || da > DateTime.DaysInMonth(year.Value, mo)) return null;
        return new DateOnly(year.Value, mo, da);
    }

    private static DateOnly? MonthEnd(int year, string month, bool before)
    {
        if (!int.TryParse(month, out var mo) || mo is < 1 or > 12 || year is < 1900 or > 2200) return null;
        var first = new DateOnly(year, mo, 1);
        return before ? first.AddDays(-1) : first.AddMonths(1).AddDays(-1);
    }

    private static DateOnly? QuarterEnd(int year, string q, bool before)
    {
        var n = q switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, "iv" or "4" => 4, _ => 0 };
        if (n == 0 || year is < 1900 or > 2200) return null;
        var first = new DateOnly(year, 3 * (n - 1) + 1, 1);
        return before ? first.AddDays(-1) : first.AddMonths(3).AddDays(-1);
    }
}
