using ChatBot.Core.Common;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Parsing;

/// <summary>
/// Reads how often a task repeats. A frequency word counts when it governs an action ("hằng tuần báo cáo",
/// "định kỳ tổ chức") or a schedule ("chiều thứ 6 hàng tuần"), not when it only describes a noun
/// ("kế hoạch hằng tháng", "khám sức khỏe định kỳ").
/// </summary>
public static class RecurrenceDetector
{
    private const RegexOptions Opts = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private const string Actions = "bao cao|tham muu|tong hop|to chuc|hop|kiem tra|ra soat|cap nhat|gui|thuc hien|giao ban|lam viec|danh gia|thong tin|cung cap|theo doi|don doc|so ket|nop|trinh";

    private static readonly Regex ActionAfter = new(
        @"(dinh ky|(hang|hang|moi) (tuan|thang|quy|nam|ngay))(,? (hang|moi) (tuan|thang|quy|nam|ngay))?(,? (\d+ thang|mot lan))?,? (" + Actions + ")", Opts);

    private static readonly Regex Schedule = new(
        @"(thu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|chu nhat|ngay \d{1,2}|cuoi|dau) (cua )?(hang|moi) (tuan|thang|quy|nam)", Opts);

    private static readonly Regex ReportThen = new(
        @"(bao cao|giao ban|hop giao ban)( [a-z0-9]+){0,5},? (hang|moi|dinh ky) (tuan|thang|quy|nam)", Opts);

    private static readonly Regex PeriodicPhrase = new(@"(dinh ky (\d+|sau|ba) thang|(\d+) thang mot lan)", Opts);

    public static Recurrence? Detect(string text)
    {
        var f = Fold.SameLength(text);
        // Every pattern needs one of these words; most tasks have none, so the regexes are skipped.
        // ("thang mot lan" is the literal of the only pattern without the others; " lan" alone also hit every "lanh dao".)
        if (!f.Contains("hang ", StringComparison.Ordinal) && !f.Contains("moi ", StringComparison.Ordinal) &&
            !f.Contains("dinh ky", StringComparison.Ordinal) && !f.Contains("thang mot lan", StringComparison.Ordinal)) return null;
        Match? best = null;
        foreach (var rx in (Regex[])[ActionAfter, Schedule, ReportThen, PeriodicPhrase])
        {
            var m = rx.Match(f);
            if (m.Success && (m.Index == 0 || !char.IsLetter(f[m.Index - 1])) && (best is null || m.Index < best.Index)) best = m;
        }
        return best is null ? null : Classify(best.Value);
    }

    private static Recurrence Classify(string phrase)
    {
        if (phrase.Contains("tuan", StringComparison.Ordinal)) return Recurrence.Weekly;
        if (phrase.Contains(" quy", StringComparison.Ordinal)) return Recurrence.Quarterly;
        if (phrase.Contains("hang thang", StringComparison.Ordinal) || phrase.Contains("moi thang", StringComparison.Ordinal)) return Recurrence.Monthly;
        if (phrase.Contains("hang nam", StringComparison.Ordinal) || phrase.Contains("moi nam", StringComparison.Ordinal)) return Recurrence.Yearly;
        return Recurrence.Periodic;
    }
}
