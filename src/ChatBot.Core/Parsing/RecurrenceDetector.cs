using System.Text.RegularExpressions;
using ChatBot.Core.Common;

namespace ChatBot.Core.Parsing;

/// <summary>
/// Reads how often a task repeats. A frequency word counts when it governs an action ("hằng tuần báo cáo",
/// "định kỳ tổ chức", "…; hằng tháng thống kê …"), names a schedule ("chiều thứ 6 hàng tuần", "ngày 25 hằng tháng",
/// "trước 16 giờ hằng ngày"), or follows a report verb ("báo cáo … định kỳ hằng quý"); not when it only describes a
/// noun ("kế hoạch hằng tháng", "khám sức khỏe định kỳ", "trợ cấp hằng tháng"). Daily or bare "định kỳ" → periodic.
/// </summary>
public static class RecurrenceDetector
{
    private const RegexOptions Opts = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const string Freq = "(?<freq>tuan|thang|quy|nam|ngay)";
    private const string Actions = "bao cao|tham muu|tong hop|to chuc|hop|kiem tra|ra soat|cap nhat|gui|thuc hien|giao ban|lam viec|danh gia|thong tin|cung cap|theo doi|don doc|so ket|nop|trinh|thong ke|cong khai";

    // "định kỳ hằng tuần báo cáo", "hằng tháng tổng hợp".
    private static readonly Regex ActionAfter = new(
        @"(dinh ky|(hang|hang|moi) " + Freq + @")(,? (hang|moi) (?<freq2>tuan|thang|quy|nam|ngay))?(,? (\d+ thang|mot lan))?,? (" + Actions + ")", Opts);

    // "…; hằng tháng thống kê …", "…, định kỳ hằng tháng công khai …": a frequency that opens a clause governs its verb.
    private static readonly Regex ClauseStart = new(
        @"[;:,(] (dinh ky,? )?(hang|moi) " + Freq + @",? [a-z]", Opts);

    // "chiều thứ 6 hàng tuần", "ngày 25 hằng tháng", "trước 16 giờ hằng ngày", "từ 6 giờ đến 22 giờ hằng ngày".
    private static readonly Regex Schedule = new(
        @"(thu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|chu nhat|ngay \d{1,2}|cuoi|dau|sang|chieu|toi|trua|dem|\d{1,2} ?(h|gio)( ?\d{1,2})?) (cua )?(hang|moi) " + Freq, Opts);

    // "báo cáo tỷ lệ hồ sơ … về VP HĐND-UBND phường định kỳ hằng quý", "báo cáo Ban Chỉ đạo hằng ngày".
    private static readonly Regex ReportThen = new(
        @"(bao cao|giao ban|tong hop|thong ke|cap nhat)[^.;]{0,90} (hang|moi) " + Freq, Opts);

    // "phát sóng 01 lần/tháng", "02 kỳ/tuần".
    private static readonly Regex PerPeriod = new(@"\d{1,2} (lan|ky|buoi) ?/ ?" + Freq, Opts);

    // "định kỳ 6 tháng", "định kỳ 15 ngày một lần", "02 tuần một lần", "2 giờ một lần": a period counted in hours, days, weeks or months.
    // Also "hai tuần một lần", "06 tháng/lần"; a count of one ("01 tuần/lần", "một tháng một lần") is that period.
    private static readonly Regex PeriodicPhrase = new(@"(dinh ky (\d+|sau|ba|hai) (ngay|tuan|thang)|(\d+|mot|hai|ba|bon|sau) (gio|ngay|tuan|thang|quy|nam)( mot lan| ?/ ?lan))", Opts);

    // "trước ngày 05 của tháng đầu quý sau", "trước ngày 03 của tháng sau": a report due each period after the one it covers.
    private static readonly Regex NextPeriod = new(@"ngay \d{1,2} (cua )?(thang dau )?(quy|thang) (sau|tiep theo|ke tiep)", Opts);

    // "hằng năm vào dịp Tết", "hằng ngày từ ngày 01/10", "… phòng bệnh hằng ngày.": a frequency that dates the action.
    private static readonly Regex FrequencyAt = new(@"(hang|moi) " + Freq + @" (vao (dip|cac dip|ngay|dau|cuoi|thu|sang|chieu|toi|buoi)|tu ngay )|(hang|moi) ngay([.;]|$)|(th|thoi gian|thoi han): (dinh ky,? )?(hang|moi) " + Freq + "|(hang|moi) " + Freq + @" (mot|hai|ba|\d{1,2}) (lan|buoi)", Opts);

    // "gửi báo cáo tuần vào thứ Sáu", "nộp báo cáo quý trước ngày 15 …": a periodic report named by its period.
    private static readonly Regex ReportPeriod = new(@"bao cao (tuan|thang|quy) (vao|truoc|gui|nop)|bao cao nam (vao|gui|nop)", Opts);

    private const string Weekday = "(thu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|chu nhat)";

    // "thứ Sáu tuần cuối cùng của tháng", "Chủ nhật cuối cùng của mỗi tháng", "thứ Năm tuần đầu tiên của tháng": a day of a
    // month's first or last week is monthly ("tuần đầu tháng 1/2027", one month named, is a due time: no recurrence).
    private static readonly Regex MonthSlot = new(
        Weekday + @"( tuan)? (dau tien|cuoi cung|cuoi|dau) (cua )?(moi |hang )?thang($|[^a-z0-9 ]| [^0-9])", Opts);

    // "trước ngày 15 của tháng cuối quý": due each quarter.
    private static readonly Regex QuarterSlot = new(@"ngay \d{1,2} (cua )?thang (cuoi|dau) (moi )?quy", Opts);

    // "mỗi năm 02 đợt", "hằng năm hai đợt": rounds a year; "các buổi sáng từ thứ Hai đến thứ Bảy": mornings of a run of days.
    private static readonly Regex Rounds = new(
        @"(moi|hang) nam (\d{1,2}|hai|ba|bon) dot|cac buoi (sang|chieu|toi) tu " + Weekday + " den " + Weekday, Opts);

    // "mỗi (sáng) thứ Hai báo cáo …", "vào mỗi chiều thứ Năm": every week on that day.
    private static readonly Regex EveryWeekday = new(@"moi (sang |chieu |toi )?" + Weekday, Opts);

    // In the order they are tried (an earlier pattern wins a tie); one array, not one per call.
    private static readonly Regex[] Patterns = [ActionAfter, ClauseStart, Schedule, ReportThen, PeriodicPhrase, PerPeriod, NextPeriod, FrequencyAt, ReportPeriod, MonthSlot, QuarterSlot, Rounds, EveryWeekday];

    public static Recurrence? Detect(string text) => DetectFolded(Fold.SameLength(text));

    /// <summary><see cref="Detect"/> on text already folded with <see cref="Fold.SameLength"/>.</summary>
    internal static Recurrence? DetectFolded(string f) => DetectFolded(f, byGroups: false);

    /// <summary>
    /// <paramref name="byGroups"/>: classify the match by its captured groups (the engine's capture pass, the reference the
    /// tests compare with); otherwise by reading the period word from the matched text (<see cref="ClassifySpan"/>).
    /// </summary>
    internal static Recurrence? DetectFolded(string f, bool byGroups)
    {
        // One vectorised search for every literal the checks below look for (or a part of it): most clauses hold none, and
        // then none of the twenty-odd searches after it can find anything. ("/ " alone: a two-letter value would make the
        // multi-string search test every two-letter pair, which is slower than the searches it replaces.)
        if (!f.Contains("/ ", StringComparison.Ordinal) && !f.AsSpan().ContainsAny(AnyLiteral)) return null;
        // Every pattern needs one of these words; most tasks have none, so the regexes are skipped.
        // (" mot lan" is the literal of the only pattern without the others; " lan" alone also hit every "lãnh đạo".)
        var frequency = FrequencyWord(f);
        var periodic = f.Contains("dinh ky", StringComparison.Ordinal);
        var perPeriod = PerPeriodPossible(f);
        var once = f.Contains(" mot lan", StringComparison.Ordinal) || f.Contains("/lan", StringComparison.Ordinal) || f.Contains("/ lan", StringComparison.Ordinal);
        var report = ReportWord(f);
        var next = NextPeriodWords(f);
        var (monthSlot, quarterSlot, rounds, everyWeekday) = SlotWords(f);
        var slot = monthSlot || quarterSlot || rounds || everyWeekday;
        if (!frequency && !periodic && !perPeriod && !once && !next && !report && !slot) return null;
        Regex? bestRx = null;
        int bestIndex = 0, bestLength = 0;
        foreach (var rx in Patterns)
        {
            // Each pattern needs its own literal: a frequency word, "định kỳ", or a count per period.
            if (IsSlot(rx) ? !(rx == MonthSlot ? monthSlot : rx == QuarterSlot ? quarterSlot : rx == Rounds ? rounds : everyWeekday) : rx == PerPeriod ? !perPeriod : rx == PeriodicPhrase ? !periodic && !once : rx == NextPeriod ? !next : rx == ReportPeriod ? !report : rx == ActionAfter ? !frequency && !periodic : !frequency) continue;
            foreach (var m in rx.EnumerateMatches(f)) // the first match only, found without captures
            {
                if (rx == NextPeriod && f.AsSpan(m.Index + m.Length).StartsWith(" khi")) continue; // "tháng sau khi …": not a period
                if ((m.Index == 0 || !char.IsLetter(f[m.Index - 1])) && (bestRx is null || m.Index < bestIndex)) (bestRx, bestIndex, bestLength) = (rx, m.Index, m.Length);
                break;
            }
        }
        if (bestRx is null) return null;
        // PeriodicPhrase and NextPeriod have no period group: their span reading is the only one.
        return byGroups && bestRx != PeriodicPhrase && bestRx != NextPeriod && bestRx != ReportPeriod && !IsSlot(bestRx) ? Classify(bestRx.Match(f, bestIndex, bestLength)) : ClassifySpan(bestRx, f.AsSpan(bestIndex, bestLength));
    }

    // Each literal (or a part of it) that FrequencyWord, "định kỳ", PerPeriodPossible, the once test, ReportWord,
    // NextPeriodWords and SlotWords need, but "/ ": a clause without any of them makes every one of them false.
    private static readonly System.Buffers.SearchValues<string> AnyLiteral = System.Buffers.SearchValues.Create(
        [
            "hang tuan", "hang thang", "hang quy", "hang nam", "hang ngay", "moi tuan", "moi thang", "moi quy", "moi nam", "moi ngay",
            "dinh ky", "/tuan", "/thang", "/quy", "/nam", "/ngay", "mot lan", "/lan",
            "bao cao tuan ", "bao cao thang ", "bao cao quy ", "bao cao nam ",
            "quy sau", "quy tiep theo", "quy ke tiep", "thang sau", "thang tiep theo", "thang ke tiep",
            "tuan cuoi", "tuan dau", "cuoi cung", "nhat cuoi", "nhat dau", "thang cuoi", "thang dau", "dot", "cac buoi ",
            "moi thu ", "moi chu nhat", "moi sang ", "moi chieu ", "moi toi ",
        ], StringComparison.Ordinal);

    // NextPeriod's literal: "quý/tháng" right before "sau", "tiếp theo" or "kế tiếp" (" sau" alone is in every "như sau").
    private static bool NextPeriodWords(string f)
    {
        foreach (var period in (ReadOnlySpan<string>)["quy ", "thang "])
            for (var i = f.IndexOf(period, StringComparison.Ordinal); i >= 0; i = f.IndexOf(period, i + 1, StringComparison.Ordinal))
            {
                var rest = f.AsSpan(i + period.Length);
                if (rest.StartsWith("sau") || rest.StartsWith("tiep theo") || rest.StartsWith("ke tiep")) return true;
            }
        return false;
    }

    private static bool IsSlot(Regex rx) => rx == MonthSlot || rx == QuarterSlot || rx == Rounds || rx == EveryWeekday;

    // The literals each slot pattern needs (most clauses have none, so their regexes are skipped): a first or last week or
    // Sunday, a quarter's first or last month, rounds or a run of days, "mỗi (sáng) thứ …".
    private static (bool Month, bool Quarter, bool Rounds, bool EveryWeekday) SlotWords(string f)
    {
        var month = f.Contains("tuan cuoi", StringComparison.Ordinal) || f.Contains("tuan dau", StringComparison.Ordinal)
                    || f.Contains("cuoi cung", StringComparison.Ordinal) || f.Contains("nhat cuoi", StringComparison.Ordinal) || f.Contains("nhat dau", StringComparison.Ordinal);
        var quarter = (f.Contains("thang cuoi", StringComparison.Ordinal) || f.Contains("thang dau", StringComparison.Ordinal)) && f.Contains(" quy", StringComparison.Ordinal);
        var rounds = f.Contains("nam ", StringComparison.Ordinal) && f.Contains(" dot", StringComparison.Ordinal) || f.Contains("cac buoi ", StringComparison.Ordinal);
        var every = f.Contains("moi thu ", StringComparison.Ordinal) || f.Contains("moi chu nhat", StringComparison.Ordinal) || f.Contains("moi sang ", StringComparison.Ordinal)
                    || f.Contains("moi chieu ", StringComparison.Ordinal) || f.Contains("moi toi ", StringComparison.Ordinal);
        return (month, quarter, rounds, every);
    }

    // The same answer as Classify on the match's groups, read from the matched text: the NonBacktracking capture pass (a
    // lock per step) was ≈ 4 % of a parse. Each pattern puts its period word where its shape says (docs/BENCHMARKS.md).
    private static Recurrence ClassifySpan(Regex rx, ReadOnlySpan<char> s)
    {
        if (rx == MonthSlot) return Recurrence.Monthly;
        if (rx == QuarterSlot) return Recurrence.Quarterly;
        if (rx == Rounds) return Recurrence.Periodic;
        if (rx == EveryWeekday) return Recurrence.Weekly;
        if (rx == PeriodicPhrase)
        {
            // "01 tuần/lần", "một tháng một lần": one per period is that period; any other count is periodic.
            var count = Word(s);
            if (count is "1" or "01" or "mot")
            {
                var period = Word(s[(count.Length + 1)..]);
                if (period.IndexOf('/') is var slash and >= 0) period = period[..slash];
                return Period(period) ?? Recurrence.Periodic;
            }
            return Recurrence.Periodic;
        }
        if (rx == NextPeriod) return s.Contains("quy", StringComparison.Ordinal) ? Recurrence.Quarterly : Recurrence.Monthly;
        if (rx == ReportPeriod) return Period(Word(s[8..])) ?? Recurrence.Periodic; // "bao cao " + the period
        if (rx == FrequencyAt)
        {
            // "hằng năm vào dịp …", "TH: hằng tháng": the word after the first "hằng"/"mỗi".
            var at = s.StartsWith("hang ", StringComparison.Ordinal) || s.StartsWith("moi ", StringComparison.Ordinal) ? 0 : s.IndexOf(": ", StringComparison.Ordinal) + 2;
            var tagged = s[at..];
            if (tagged.StartsWith("dinh ky", StringComparison.Ordinal)) tagged = tagged[7..].TrimStart(',').TrimStart(' ');
            return Period(Word(AfterLead(tagged))) ?? Recurrence.Periodic;
        }
        // "… hằng tuần", "… 01 lần/tháng": the period word ends the match.
        if (rx == Schedule || rx == ReportThen) return Period(s[(s.LastIndexOf(' ') + 1)..]) ?? Recurrence.Periodic;
        if (rx == PerPeriod) return Period(s[(s.LastIndexOf('/') + 1)..].TrimStart(' ')) ?? Recurrence.Periodic;
        if (rx == ClauseStart)
        {
            var r = s[2..]; // "; ", ", ", "( "
            if (r.StartsWith("dinh ky", StringComparison.Ordinal))
            {
                r = r[7..];
                if (r.StartsWith(',')) r = r[1..];
                r = r[1..];
            }
            return Period(Word(AfterLead(r))) ?? Recurrence.Periodic;
        }
        // ActionAfter: "định kỳ" or "hằng/mỗi" + period, then perhaps ", hằng/mỗi" + a second period, then the action
        // (no action and no count starts with "hang"/"moi", so a second period written there is always the group's).
        var rest = s;
        if (rest.StartsWith("dinh ky", StringComparison.Ordinal)) rest = rest[7..];
        else
        {
            rest = AfterLead(rest);
            var word = Word(rest);
            if (Period(word) is { } first) return first;
            rest = rest[word.Length..];
        }
        if (rest.StartsWith(',')) rest = rest[1..];
        if (rest.StartsWith(' ') && (rest[1..].StartsWith("hang ", StringComparison.Ordinal) || rest[1..].StartsWith("moi ", StringComparison.Ordinal)))
            return Period(Word(AfterLead(rest[1..]))) ?? Recurrence.Periodic;
        return Recurrence.Periodic;
    }

    private static ReadOnlySpan<char> AfterLead(ReadOnlySpan<char> s) =>
        s.StartsWith("hang ", StringComparison.Ordinal) ? s[5..] : s.StartsWith("moi ", StringComparison.Ordinal) ? s[4..] : s;

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> s) => s.IndexOfAny(' ', ',') is var e and >= 0 ? s[..e] : s;

    private static Recurrence? Period(ReadOnlySpan<char> word) => word switch
    {
        "tuan" => Recurrence.Weekly,
        "thang" => Recurrence.Monthly,
        "quy" => Recurrence.Quarterly,
        "nam" => Recurrence.Yearly,
        _ => null,
    };

    // "hằng/hàng/mỗi" + a period: the literal every frequency pattern needs ("mỗi" alone folds like "mới", "mời").
    private static bool FrequencyWord(string f)
    {
        foreach (var lead in (ReadOnlySpan<string>)["hang ", "moi "])
        {
            var i = 0;
            while ((i = f.IndexOf(lead, i, StringComparison.Ordinal)) >= 0)
            {
                i += lead.Length;
                var rest = f.AsSpan(i);
                if (rest.StartsWith("tuan") || rest.StartsWith("thang") || rest.StartsWith("quy") || rest.StartsWith("nam") || rest.StartsWith("ngay")) return true;
            }
        }
        return false;
    }

    // "báo cáo tuần/tháng/quý/năm": the literal ReportPeriod needs (most clauses with "báo cáo" have none of them).
    private static bool ReportWord(string f)
    {
        var i = 0;
        while ((i = f.IndexOf("bao cao ", i, StringComparison.Ordinal)) >= 0)
        {
            i += 8;
            var rest = f.AsSpan(i);
            if (rest.StartsWith("tuan ") || rest.StartsWith("thang ") || rest.StartsWith("quy ") || rest.StartsWith("nam ")) return true;
        }
        return false;
    }

    private static bool PerPeriodPossible(string f) =>
        f.Contains("/tuan", StringComparison.Ordinal) || f.Contains("/thang", StringComparison.Ordinal) || f.Contains("/quy", StringComparison.Ordinal)
        || f.Contains("/nam", StringComparison.Ordinal) || f.Contains("/ngay", StringComparison.Ordinal) || f.Contains("/ ", StringComparison.Ordinal);

    private static Recurrence Classify(Match m) => m.Groups["freq"] switch
    {
        { Success: true, Value: "tuan" } => Recurrence.Weekly,
        { Success: true, Value: "thang" } => Recurrence.Monthly,
        { Success: true, Value: "quy" } => Recurrence.Quarterly,
        { Success: true, Value: "nam" } => Recurrence.Yearly,
        _ => m.Groups["freq2"] switch
        {
            { Success: true, Value: "tuan" } => Recurrence.Weekly,
            { Success: true, Value: "thang" } => Recurrence.Monthly,
            { Success: true, Value: "quy" } => Recurrence.Quarterly,
            { Success: true, Value: "nam" } => Recurrence.Yearly,
            _ => Recurrence.Periodic,
        },
    };
}
