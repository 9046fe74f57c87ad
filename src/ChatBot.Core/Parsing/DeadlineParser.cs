using ChatBot.Core.Common;
using System.Buffers;
using System.Text.RegularExpressions;
using ChatBot.Core.Reminders;

namespace ChatBot.Core.Parsing;

/// <summary>A deadline and where it was read: <c>[Start, End)</c> of the text given.</summary>
public readonly record struct DeadlineMatch(DateOnly Date, int Start, int End);

/// <summary>
/// Finds the deadline of a task. Only dates introduced by a deadline cue count ("trước ngày", "chậm nhất",
/// "hoàn thành ngày", "trong tháng 7/2026" after a completion verb, "trong vòng 10 ngày kể từ ngày ký"…): referenced
/// documents, data ranges, anniversaries and school years carry no cue and stay out.
/// </summary>
public static partial class DeadlineParser
{
    private const RegexOptions Opts = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    // The twins that read a candidate's groups: the same pattern, backtracking, run only over the span the linear scan matched.
    private const RegexOptions TwinOpts = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Cue = "(?<cue>th:|ngay trong|truoc|cham nhat|muon nhat|han chot|thoi han|han hoan thanh|hoan thanh|xong|ket thuc|thoi gian hoan thanh|han)";
    private const string CueNoHan = "(?<cue>truoc|cham nhat|muon nhat|han chot|thoi han|han hoan thanh|hoan thanh|xong|ket thuc|thoi gian hoan thanh)";
    private const string Glue = "( la| vao| trong| truoc| ngay| luc|:|,| )*";
    // "17 giờ", "17h30", "20h00'" (minutes marked with an apostrophe), "8 giờ 15 phút".
    private const string Clock = @"(\d{1,2} ?(h|gio) ?\d{0,2}['’]?( phut)?[ ,]*)?";

    // Works on folded text (no accents, lower case), so "trước"/"truoc" and "tháng"/"thang" read the same.
    // "trước 17h thứ Sáu 20/11", "trước thứ Tư, ngày 25/11": a weekday between the cue (or the clock) and the date.
    private const string Weekday = "(thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat),?";
    // "thứ Tư tuần sau (08/4)", "thứ Sáu tuần này (ngày 12/6)", "thứ Hai tuần tới, ngày 21/9": the week named after the weekday.
    private const string WeekNamed = "( tuan (sau|nay|toi|tiep theo),?)?";

    private const string DayCuePattern =
        Cue + Glue + Clock + "( ngay| ngay:)* *" +
        @"(?<day>\d{1,2}) ?[/.-] ?(?<month>\d{1,2})( ?[/.-] ?(?<year>\d{4}|\d{2}))?";
    private static readonly Regex DayCue = new(DayCuePattern, Opts);
    [GeneratedRegex(DayCuePattern, TwinOpts)] private static partial Regex DayCueTwin();

    // The same with the weekday written (a regex of its own, tried only when a weekday is: the common scan stays as it was).
    // "trước 17h00 thứ Sáu (27/11)", "trước 9 giờ sáng thứ Bảy (ngày 12/12)": a part of the day, the weekday's date in brackets.
    private const string DayCueWeekdayPattern =
        Cue + Glue + Clock + "((sang|chieu|toi|trua),? )?" + Weekday + WeekNamed + @"( ngay| ngay:)* *(\( ?(ngay )?)?" +
        @"(?<day>\d{1,2}) ?[/.-] ?(?<month>\d{1,2})( ?[/.-] ?(?<year>\d{4}|\d{2}))?";
    private static readonly Regex DayCueWeekday = new(DayCueWeekdayPattern, Opts);
    [GeneratedRegex(DayCueWeekdayPattern, TwinOpts)] private static partial Regex DayCueWeekdayTwin();

    // "gia hạn đến hết ngày 30/9/2026", "hạn mới là ngày 25/9/2026": a reminder's new date (a regex of its own, tried only
    // when those words are there, so the common scan stays as it was).
    private const string ExtendedPattern =
        @"(?<cue>gia han( thoi gian( hoan thanh| thuc hien)?)? den( het)?|han moi)( la| ngay|:| )* *(?<day>\d{1,2}) ?[/.-] ?(?<month>\d{1,2})( ?[/.-] ?(?<year>\d{4}|\d{2}))?";
    private static readonly Regex Extended = new(ExtendedPattern, Opts);
    [GeneratedRegex(ExtendedPattern, TwinOpts)] private static partial Regex ExtendedTwin();

    private const string DayCueWordsPattern =
        CueNoHan + Glue + Clock + "( ngay)* *" +
        @"(?<day>\d{1,2}) thang (?<month>\d{1,2})(,? nam (?<year>\d{4}))?";
    private static readonly Regex DayCueWords = new(DayCueWordsPattern, Opts);
    [GeneratedRegex(DayCueWordsPattern, TwinOpts)] private static partial Regex DayCueWordsTwin();

    // "trước ngày khai giảng lớp học (15/10)", "chậm nhất trước Tết Nguyên đán (29/01/2026)": an event named in words, its date in brackets.
    private const string EventDayPattern =
        @"(?<cue>truoc|cham nhat|muon nhat) (ngay )?[a-z][a-z0-9 -]{2,60}\((ngay )?(?<day>\d{1,2}) ?[/.-] ?(?<month>\d{1,2})( ?[/.-] ?(?<year>\d{4}))?\)";
    private static readonly Regex EventDay = new(EventDayPattern, Opts);
    [GeneratedRegex(EventDayPattern, TwinOpts)] private static partial Regex EventDayTwin();

    // "trong tháng 7/2026", "trước quý III/2026", "trong Tháng 9 - 10/2024" (a range ends with its last month).
    private const string WindowPattern =
        @"(?<cue>th:|\(|truoc|cham nhat|muon nhat|han chot|thoi han|hoan thanh|xong|trong|ket thuc|cuoi|thoi gian( thuc hien| hoan thanh| trien khai)?|tien do|trong (ky|phien|buoi) (sinh hoat|hop|giao ban)( chi bo| dinh ky| thuong ky)?)( la| trong| truoc|:| )* *" +
        @"(?<period>thang|quy) (?<n>\d{1,2}|iv|iii|ii|i)(( ?[/.-] ?| nam )(?<y1>\d{4}))?( ?(-|–|den|va) ?(thang |quy )?(?<last>\d{1,2}|iv|iii|ii|i))?(( ?[/.-] ?| nam )(?<year>\d{4}))?";
    private static readonly Regex Window = new(WindowPattern, Opts);
    [GeneratedRegex(WindowPattern, TwinOpts)] private static partial Regex WindowTwin();

    // "Thời gian thực hiện: từ ngày 01/6 đến ngày 30/6/2026": a period given as the time of the task ends on its last day.
    private const string RangePattern =
        @"(?<cue>thoi gian( thuc hien| hoan thanh| trien khai)?|thoi han|tien do)( la|:| )* *(tu )?(ngay )?\d{1,2} ?[/.-] ?\d{1,2}( ?[/.-] ?\d{2,4})? ?(-|–|den)( het)? ?(ngay )?" +
        @"(?<day>\d{1,2}) ?[/.-] ?(?<month>\d{1,2})( ?[/.-] ?(?<year>\d{4}))?";
    private static readonly Regex Range = new(RangePattern, Opts);
    [GeneratedRegex(RangePattern, TwinOpts)] private static partial Regex RangeTwin();

    // A bracket holding a range of days alone ("(25/10 - 05/11/2026)"; its first day has no year, unlike an anniversary's
    // "(26/3/1931 - 26/3/2026)") ends on its last day too.
    private const string BracketRangePattern =
        @"\((tu )?(ngay )?\d{1,2} ?/ ?\d{1,2} ?(-|–|den)( het)? ?(ngay )?(?<day>\d{1,2}) ?[/.-] ?(?<month>\d{1,2})( ?[/.-] ?(?<year>\d{4}))?";
    private static readonly Regex BracketRange = new(BracketRangePattern, Opts);
    [GeneratedRegex(BracketRangePattern, TwinOpts)] private static partial Regex BracketRangeTwin();

    // "trong vòng 10 ngày kể từ ngày ký", "trong thời hạn 15 ngày", "không quá 02 tháng kể từ ngày ký văn bản này".
    private const string RelativePattern =
        @"(?<cue>trong vong|trong thoi han|khong qua|cham nhat|toi da|sau|trong|thoi han) (?<n>\d{1,3}) (?<unit>ngay lam viec|ngay|tuan|thang)(?<from> (ke tu|tinh tu) (ngay|khi|hom nay))?";
    private static readonly Regex Relative = new(RelativePattern, Opts);
    [GeneratedRegex(RelativePattern, TwinOpts)] private static partial Regex RelativeTwin();

    private static readonly SearchValues<string> Completion = SearchValues.Create(["hoan thanh", "xong", "dut diem", "ban giao", "ket thuc", "bao cao"], StringComparison.Ordinal);

    /// <summary>The earliest cued deadline in <paramref name="text"/>; dates without a year take <paramref name="defaultYear"/>.</summary>
    public static DateOnly? Find(string text, int? defaultYear) => Match(text, defaultYear, signedOn: null)?.Date;

    /// <summary>
    /// The earliest cued deadline and where it is written. <paramref name="year"/> completes dates written without one;
    /// relative deadlines ("trong vòng 10 ngày kể từ ngày ký") count from <paramref name="signedOn"/> and are left out
    /// when the notice's date is blank.
    /// </summary>
    public static DeadlineMatch? Match(string text, int? year, DateOnly? signedOn) =>
        FindInFolded(Fold.SameLength(text), new Context(year, signedOn), table: false);

    /// <summary><see cref="Match(string, int?, DateOnly?)"/> with the day of the event the notice prints (a conference in the
    /// preamble), which "07 ngày trước ngày tổ chức Hội nghị" counts from.</summary>
    public static DeadlineMatch? Match(string text, int? year, DateOnly? signedOn, DateOnly? eventOn) =>
        FindInFolded(Fold.SameLength(text), new Context(year, signedOn, () => eventOn), table: false);

    /// <summary><see cref="Match"/> on text already folded with <see cref="Fold.SameLength"/>.</summary>
    /// <paramref name="eventEnd"/>: the last day of a window the notice prints for the event ("đợt kiểm tra … từ ngày 14/9 đến
    /// ngày 18/9/2026"), which "… kể từ ngày kết thúc đợt kiểm tra" counts from.
    /// <paramref name="eventStart"/>: its first day, which "… 03 ngày so với ngày khai mạc" counts from.
    internal static DeadlineMatch? MatchFolded(string folded, int? year, DateOnly? signedOn, Func<DateOnly?>? eventOn = null, Func<DateOnly?>? eventEnd = null, Func<DateOnly?>? eventStart = null) =>
        FindInFolded(folded, new Context(year, signedOn, eventOn, eventEnd, eventStart), table: false);

    /// <summary><see cref="Match(string, int?, DateOnly?, DateOnly?)"/> with the last day of the event's printed window.</summary>
    public static DeadlineMatch? Match(string text, int? year, DateOnly? signedOn, DateOnly? eventOn, DateOnly? eventEnd) =>
        FindInFolded(Fold.SameLength(text), new Context(year, signedOn, () => eventOn, () => eventEnd), table: false);

    /// <summary>A deadline cell of a task table: a bare date or month is a deadline there.</summary>
    public static DateOnly? FromCell(string cell, int? defaultYear) => MatchCell(cell, defaultYear, null)?.Date;

    internal static DeadlineMatch? MatchCell(string cell, int? year, DateOnly? signedOn)
    {
        // "01/11 - 10/11/2026", "Từ 15/9 đến 30/9/2026": a range of days in the cell ends on its last day.
        var folded = CellWords(Fold.SameLength(cell), out var count);
        var prefix = count ? "trong vong " : DayRangeCell.IsMatch(folded) ? "thoi gian " : "hoan thanh ";
        var m = FindInFolded(prefix + folded, new Context(year, signedOn), table: true);
        if (m is { } d) return new DeadlineMatch(d.Date, Math.Max(0, d.Start - prefix.Length), Math.Max(0, d.End - prefix.Length));
        // "T7", "Th.8", "T12/2026", "Q3": a month or quarter column's short names written in the deadline cell.
        if (Tasks.TaskTableReader.Month(cell) is var (month, y) && (y ?? year) is { } cy && cy is >= 1900 and <= 2200)
        {
            var lead = cell.Length - cell.TrimStart().Length;
            return new DeadlineMatch(new DateOnly(cy, month, 1).AddMonths(1).AddDays(-1), lead, cell.TrimEnd().Length);
        }
        return null;
    }

    // A deadline cell's own wordings, blanked to the day they lead to (the same length, so places stay): "Đến hết 31/12",
    // "Đến ngày 15/11" (the day), "20-25/11/2026" (a day range written once: its last day). count: "15 ngày kể từ ngày ký", a
    // count from the signing day written alone (read like "trong vòng …").
    private static string CellWords(string f, out bool count)
    {
        count = false;
        var i = 0;
        while (i < f.Length && f[i] == ' ') i++;
        if (i >= f.Length) return f;
        // "Đợt 1: tháng 5; đợt 2: tháng 10/2026", "Lần 1: 15/6; lần 2: 15/9": the first round's time.
        if (f[i] is 'd' or 'l')
        {
            var r = i;
            if ((Word(f, ref r, "dot") || Word(f, ref r, "lan")) && r < f.Length && f[r] == ' ' && (r += 1) > 0 && Number(f, ref r, 2) is not null && r < f.Length && f[r] == ':')
                return string.Concat(f.AsSpan(0, i), new string(' ', r + 1 - i), f.AsSpan(r + 1));
        }
        if (f[i] == 'd')
        {
            var j = i;
            if (!Word(f, ref j, "den")) return f;
            while (j < f.Length && f[j] == ' ') j++;
            if (Word(f, ref j, "het")) while (j < f.Length && f[j] == ' ') j++;
            if (Word(f, ref j, "ngay")) while (j < f.Length && f[j] == ' ') j++;
            return j < f.Length && char.IsAsciiDigit(f[j]) ? string.Concat(new string(' ', j), f.AsSpan(j)) : f;
        }
        if (!char.IsAsciiDigit(f[i])) return f;
        var k = i;
        if (Number(f, ref k, 3) is null) return f;
        var afterNumber = k;
        while (k < f.Length && f[k] == ' ') k++;
        // "20-25/11/2026", "20 - 25/11": the first day and its dash go.
        if (k < f.Length && f[k] is '-' or '–' && afterNumber - i <= 2)
        {
            var d = k + 1;
            while (d < f.Length && f[d] == ' ') d++;
            var e = d;
            if (Number(f, ref e, 2) is not null && e < f.Length && f[e] == '/') return string.Concat(f.AsSpan(0, i), new string(' ', d - i), f.AsSpan(d));
            return f;
        }
        count = string.CompareOrdinal(f, k, "ngay", 0, 4) == 0 || string.CompareOrdinal(f, k, "tuan", 0, 4) == 0 || string.CompareOrdinal(f, k, "thang ke tu", 0, 11) == 0;
        count &= f.Contains("ke tu", StringComparison.Ordinal) || f.Contains("tinh tu", StringComparison.Ordinal);
        return f;
    }

    // "thứ Sáu", "thứ 6", "Chủ nhật": the literal DayCueWeekday needs.
    private static bool HasWeekday(string f)
    {
        if (f.Contains("chu nhat", StringComparison.Ordinal)) return true;
        for (var i = f.IndexOf("thu ", StringComparison.Ordinal); i >= 0; i = f.IndexOf("thu ", i + 4, StringComparison.Ordinal))
        {
            var n = f.AsSpan(i + 4);
            if (n.StartsWith("hai") || n.StartsWith("ba") || n.StartsWith("tu") || n.StartsWith("nam") || n.StartsWith("sau") || n.StartsWith("bay")
                || n.Length > 0 && n[0] is >= '2' and <= '7') return true;
        }
        return false;
    }

    // "(25/10 - …", "(từ 01/11 …", "(ngày 03/4 …": a bracket opening on a day, the literal the bracketed range needs.
    private static bool BracketedDay(string f)
    {
        for (var i = f.IndexOf('('); i >= 0 && i + 1 < f.Length; i = f.IndexOf('(', i + 1))
        {
            var n = i + 1;
            if (string.CompareOrdinal(f, n, "tu ", 0, 3) == 0) n += 3;
            if (string.CompareOrdinal(f, n, "ngay ", 0, 5) == 0) n += 5;
            if (n < f.Length && char.IsAsciiDigit(f[n])) return true;
        }
        return false;
    }

    private static readonly Regex DayRangeCell = new(@"^ *(tu )?(ngay )?\d{1,2} ?/ ?\d{1,2}( ?/ ?\d{4})? ?(-|–|den) ?(het )?(ngay )?\d{1,2} ?/ ?\d{1,2}", Opts);

    private readonly record struct Context(int? Year, DateOnly? SignedOn, Func<DateOnly?>? EventOn = null, Func<DateOnly?>? EventEnd = null, Func<DateOnly?>? EventStart = null);

    private static DeadlineMatch? FindInFolded(string f, Context ctx, bool table)
    {
        // Every deadline form has a digit but a quarter in Roman numerals with the notice's year ("hoàn thành trong quý II."):
        // skip the regexes.
        if (f.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !f.Contains("quy ", StringComparison.Ordinal)) return null;
        // A reminder: "(giao tại Thông báo …, hạn 31/7/2026): đã quá hạn, đề nghị hoàn thành trước ngày 15/9/2026" — the date
        // given after "quá hạn" / "gia hạn" replaces the one before it.
        foreach (var mark in (ReadOnlySpan<string>)["qua han", "gia han"])
        {
            var at = f.LastIndexOf(mark, StringComparison.Ordinal);
            if (at <= 0 || table) continue;
            if (FindInFolded(f[at..], ctx, table: false) is { } later) return later with { Start = later.Start + at, End = later.End + at };
        }
        // "(hạn 30/9/2026) mới đạt 72%. Đề nghị hoàn thành dứt điểm trước ngày 10/11/2026": the due date recorded in brackets
        // is the old one; a cued date after the bracket replaces it.
        if (!table && f.LastIndexOf("(han ", StringComparison.Ordinal) is var old and >= 0 && f.IndexOf(')', old) is var close and > 0
            && FindInFolded(f[(close + 1)..], ctx, table: false) is { } replaced)
            return replaced with { Start = replaced.Start + close + 1, End = replaced.End + close + 1 };

        DeadlineMatch? best = null;
        void Offer(ValueMatch m, DateOnly? d)
        {
            if (d is { } date && (best is null || m.Index < best.Value.Start)) best = new DeadlineMatch(date, m.Index, m.Index + m.Length);
        }

        bool Later(ValueMatch m) => best is { } kept && m.Index >= kept.Start; // Offer would keep the earlier one

        // The first match of a day-month pattern that is not glued to a word before it (nor, unless allowed, to a digit
        // after it) offers its date.
        void FirstDate(Regex pattern, Regex twin, bool digitMayFollow, int from = 0)
        {
            if (from < 0) return; // no cue word where a match could start
            rescan:
            foreach (var v in pattern.EnumerateMatches(f, from))
            {
                // "… các hộ khó khăn trước ngày 25-1-2027": a cue glued inside a word ("khăn" ends in "han") is none, but its
                // match may hold the real cue; scan again from the next letter.
                if (!BoundaryBefore(f, v.Index)) { from = v.Index + 1; goto rescan; }
                if (!digitMayFollow && FollowedByDigit(f, v)) continue;
                if (Later(v)) return; // cannot beat the date already kept: no capture pass
                var m = Groups(twin, f, v);
                Offer(v, Make(YearOf(m, ctx), m.Groups["month"].Value, m.Groups["day"].Value, ctx));
                return;
            }
        }

        // Candidates are found without captures (the cheap scan); groups are read only for the one candidate kept.
        var dayMonth = HasDayMonth(f); // read once, not per pattern
        // Where the scans of the cued patterns may start: their first cue word after a word boundary (a match not at one is
        // scanned again from its next letter anyway), or nowhere.
        var cueAt = dayMonth || f.Contains(" thang ", StringComparison.Ordinal) ? CueAt(f) : -1;
        if (dayMonth)
            FirstDate(DayCue, DayCueTwin(), digitMayFollow: false, cueAt);
        if (dayMonth && HasWeekday(f))
            FirstDate(DayCueWeekday, DayCueWeekdayTwin(), digitMayFollow: false, cueAt);
        if ((f.Contains("gia han", StringComparison.Ordinal) || f.Contains("han moi", StringComparison.Ordinal)) && dayMonth)
            FirstDate(Extended, ExtendedTwin(), digitMayFollow: false);
        if (f.Contains(" thang ", StringComparison.Ordinal))
            FirstDate(DayCueWords, DayCueWordsTwin(), digitMayFollow: true, cueAt);
        if (f.Contains('(') && dayMonth)
            FirstDate(EventDay, EventDayTwin(), digitMayFollow: true, cueAt);
        if (f.Contains("thoi gian", StringComparison.Ordinal) || f.Contains("thoi han", StringComparison.Ordinal) || f.Contains("tien do", StringComparison.Ordinal))
            FirstDate(Range, RangeTwin(), digitMayFollow: false);
        if (BracketedDay(f))
            FirstDate(BracketRange, BracketRangeTwin(), digitMayFollow: false);
        if ((f.Contains("thang ", StringComparison.Ordinal) || f.Contains("quy ", StringComparison.Ordinal)) && f.AsSpan().IndexOfAny(WindowCues) is var windowAt and >= 0)
            foreach (var v in Window.EnumerateMatches(f, windowAt)) // no match starts before its first cue word
            {
                if (FollowedByDigit(f, v) || !BoundaryBefore(f, v.Index) || best is { } b && v.Index >= b.Start) continue;
                var m = Groups(WindowTwin(), f, v);
                var cue = m.Groups["cue"].Value;
                // "Quý IV/2026 - Quý I/2027": a range over two years ends in the year written last.
                var hasYear = m.Groups["year"].Success || m.Groups["y1"].Success;
                var year = hasYear ? int.Parse(m.Groups[m.Groups["year"].Success ? "year" : "y1"].Value) : ctx.Year;
                if (year is null) continue;
                // "trong tháng 7/2026" counts after a completion verb or when it closes the clause ("… trong tháng 3."); not in
                // "trong tháng 4 theo kế hoạch" (when the work happens, said in passing).
                // "họp tổ ngay trong tháng 10 để phổ biến …": "ngay trong" (at once, within) dates it wherever the clause goes on.
                if (cue == "trong" && !table && !CompletionBefore(f, m.Index) && !ClauseEndsAfter(f, m.Index + m.Length)
                    && !(m.Index >= 5 && string.CompareOrdinal(f, m.Index - 5, "ngay ", 0, 5) == 0 && BoundaryBefore(f, m.Index - 5))) continue;
                // "(Quý II/2026)", "(Tháng 5 - 6/2026)" after an item: the bracket holds the period alone.
                if (cue == "(" && (m.Index + m.Length >= f.Length || f[m.Index + m.Length] != ')')) continue;
                var before = cue == "truoc" || m.Value.Contains("truoc ", StringComparison.Ordinal);
                var n = m.Groups["last"].Success ? m.Groups["last"].Value : m.Groups["n"].Value;
                var end = m.Groups["period"].Value == "quy" ? QuarterEnd(year.Value, n, before) : MonthEnd(year.Value, n, before);
                // "vào Chủ nhật cuối tháng 7", "thứ Sáu cuối tháng 9": the month's last such weekday.
                if (cue == "cuoi" && end is { } monthEnd && m.Groups["period"].Value == "thang" && WeekdayBefore(f, m.Index) is { } weekday)
                    end = monthEnd.AddDays(-(((int)monthEnd.DayOfWeek - (int)weekday + 7) % 7));
                if (end is not null) { Offer(v, end); break; }
            }
        // "trong tuần 2 tháng 7/2026", "chậm nhất tuần đầu tháng 8", a cell's "Tuần 3/7": the k-th week of a month ends on its 7k-th day
        // (LABELING.md, fresh5), "tuần cuối tháng 9" on the month's last.
        if (f.Contains("tuan ", StringComparison.Ordinal))
            for (var at = f.IndexOf("tuan ", StringComparison.Ordinal); at >= 0 && (best is null || at < best.Value.Start); at = f.IndexOf("tuan ", at + 5, StringComparison.Ordinal))
            {
                if (!BoundaryBefore(f, at) || CuedWeek(f, at) is not { } weekAt || WeekOfMonth(f, at + 5, ctx.Year) is not var (date, end)) continue;
                // "trong tuần 2 tháng 7" counts after a completion verb or closing the clause, like "trong tháng 7/2026".
                if (!table && string.CompareOrdinal(f, weekAt, "trong", 0, 5) == 0 && !CompletionBefore(f, weekAt) && !ClauseEndsAfter(f, end)) continue;
                best = new DeadlineMatch(date, weekAt, end);
                break;
            }
        // "ra thông báo kết luận cuộc họp trong ngày 24/3/2026.": a day the work is done within, when it closes the clause or a
        // completion verb comes before it ("diễn ra trong ngày 02/9 tại …" is the event's day).
        if (!table && dayMonth && f.Contains("trong ngay ", StringComparison.Ordinal))
            for (var at = f.IndexOf("trong ngay ", StringComparison.Ordinal); at >= 0 && (best is null || at < best.Value.Start); at = f.IndexOf("trong ngay ", at + 11, StringComparison.Ordinal))
            {
                if (!BoundaryBefore(f, at) || DayAt(f, at + 11, ctx.Year) is not var (date, end) || end < f.Length && char.IsAsciiDigit(f[end])) continue;
                if (!CompletionBefore(f, at) && !ClauseEndsAfter(f, end)) continue;
                best = new DeadlineMatch(date, at, end);
                break;
            }
        // "07 ngày trước ngày tổ chức Hội nghị", "02 ngày làm việc sau Hội nghị": counted from the event day of the notice, or no
        // date when the notice does not print it; the signing-day count below then stays out of those words.
        var ev = Deadlines.EventDay.Mentioned(f) ? Deadlines.EventDay.Relative(f, ctx.EventOn, ctx.EventEnd, ctx.Year, ctx.EventStart) : null;
        if (ev is { Date: { } evDate } e && (best is null || e.Start < best.Value.Start)) best = new DeadlineMatch(evDate, e.Start, e.End);
        if (f.Contains("ke tu", StringComparison.Ordinal) || f.Contains("tinh tu", StringComparison.Ordinal) || f.Contains("trong vong", StringComparison.Ordinal) || f.Contains("trong thoi han", StringComparison.Ordinal)
            || table && f.Contains("cham nhat", StringComparison.Ordinal))
            foreach (var v in Relative.EnumerateMatches(f, Math.Max(0, f.AsSpan().IndexOfAny(RelativeCues)))) // not before a cue word
            {
                if (!BoundaryBefore(f, v.Index) || best is { } b && v.Index >= b.Start) continue;
                if (ev is { } evAt && evAt.Start < v.Index + v.Length && evAt.End > v.Index) continue; // the event's count, read above
                var m = Groups(RelativeTwin(), f, v);
                var cue = m.Groups["cue"].Value;
                // A deadline cell holding only a count ("Chậm nhất 05 ngày làm việc") counts from the signing day like "trong vòng".
                if (!m.Groups["from"].Success && cue is not ("trong vong" or "trong thoi han") && !(table && cue == "cham nhat")) continue;
                // "… kể từ ngày nhận được văn bản này", "… kể từ khi …", "trong vòng 02 ngày làm việc khi nhà trường đề nghị":
                // counted from an event the notice cannot date, not from its signing.
                var tail = f.AsSpan(v.Index + v.Length);
                if (m.Groups["from"].Value.EndsWith("khi", StringComparison.Ordinal) || tail.StartsWith(" nhan") || tail.StartsWith(" khi ") || tail.StartsWith(", khi ")) continue;
                // "trong vòng 03 ngày sau khi thiên tai kết thúc": after an event the notice does not date (not "sau khi ký").
                if (tail.StartsWith(" sau khi ") && !tail[9..].StartsWith("ky") && !tail[9..].StartsWith("ban hanh")) continue;
                // "… kể từ hôm nay" in a chat post of a meeting's conclusions: from the meeting day the post names (LABELING.md, fresh5).
                var today = m.Groups["from"].Value.EndsWith("hom nay", StringComparison.Ordinal) ? ctx.EventOn?.Invoke() : null;
                if ((today ?? ctx.SignedOn) is not { } signed) continue; // "kể từ ngày ký" with the day left blank: no date to count from
                Offer(v, AddPeriod(signed, int.Parse(m.Groups["n"].Value), m.Groups["unit"].Value));
                break;
            }
        return best;
    }

    // The words a match of DayCue, DayCueWeekday, DayCueWords or EventDay starts with (their cues: CueNoHan's and EventDay's
    // are among Cue's; "han" stands for "han chot" and "han hoan thanh" too).
    private static readonly SearchValues<string> Cues = SearchValues.Create(
        ["th:", "ngay trong", "truoc", "cham nhat", "muon nhat", "han", "thoi han", "hoan thanh", "xong", "ket thuc", "thoi gian hoan thanh"], StringComparison.Ordinal);

    // The words a Window or a Relative match starts with.
    private static readonly SearchValues<string> WindowCues = SearchValues.Create(
        ["th:", "(", "truoc", "cham nhat", "muon nhat", "han chot", "thoi han", "hoan thanh", "xong", "trong", "ket thuc", "cuoi", "thoi gian", "tien do"], StringComparison.Ordinal);
    private static readonly SearchValues<string> RelativeCues = SearchValues.Create(["trong", "khong qua", "cham nhat", "toi da", "sau", "thoi han"], StringComparison.Ordinal);

    // The first cue word after a word boundary, or -1.
    private static int CueAt(string f)
    {
        for (var from = 0; from < f.Length;)
        {
            var i = f.AsSpan(from).IndexOfAny(Cues);
            if (i < 0) return -1;
            if (BoundaryBefore(f, from + i)) return from + i;
            from += i + 1;
        }
        return -1;
    }

    // "thứ Sáu ", "chủ nhật ", "thứ 6 " right before i: that weekday.
    private static DayOfWeek? WeekdayBefore(string f, int i)
    {
        var e = i;
        while (e > 0 && f[e - 1] == ' ') e--;
        if (e >= 8 && string.CompareOrdinal(f, e - 8, "chu nhat", 0, 8) == 0) return DayOfWeek.Sunday;
        var w = e;
        while (w > 0 && char.IsAsciiLetterOrDigit(f[w - 1])) w--;
        if (w < 4 || string.CompareOrdinal(f, w - 4, "thu ", 0, 4) != 0 || w - 4 > 0 && char.IsLetterOrDigit(f[w - 5])) return null;
        return f.AsSpan(w, e - w) switch
        {
            "hai" or "2" => DayOfWeek.Monday, "ba" or "3" => DayOfWeek.Tuesday, "tu" or "4" => DayOfWeek.Wednesday,
            "nam" or "5" => DayOfWeek.Thursday, "sau" or "6" => DayOfWeek.Friday, "bay" or "7" => DayOfWeek.Saturday, _ => null,
        };
    }

    // The words before "tuần" that make the week a due time: "trong", "chậm nhất", "hoàn thành", "xong", "hạn", "thời hạn:", a
    // table cell's own (its prefix "hoàn thành "), "vào" after a completion verb.
    private static readonly string[] WeekCues = ["trong", "cham nhat", "muon nhat", "hoan thanh", "xong", "han", "thoi han", "han chot", "thoi gian hoan thanh"];

    // Where the cue before "tuần" starts, or null.
    private static int? CuedWeek(string f, int at)
    {
        var e = at;
        while (e > 0 && f[e - 1] is ' ' or ':' or ',') e--;
        foreach (var cue in WeekCues)
            if (e >= cue.Length && string.CompareOrdinal(f, e - cue.Length, cue, 0, cue.Length) == 0 && BoundaryBefore(f, e - cue.Length)) return e - cue.Length;
        return e >= 3 && string.CompareOrdinal(f, e - 3, "vao", 0, 3) == 0 && BoundaryBefore(f, e - 3) && CompletionBefore(f, e - 3) ? e - 3 : null;
    }

    // After "tuần ": "2 tháng 7", "2/7/2026", "đầu tháng 8/2026", "cuối tháng 9", "thứ hai của tháng 3", "1 - 2 tháng 3/2027"
    // (a range ends with its last week): the week's last day and where the words end; null for "tuần 42", "tuần tới".
    private static (DateOnly, int)? WeekOfMonth(string f, int i, int? year)
    {
        int week;
        if (Number(f, ref i, 1) is { } n and >= 1 and <= 5) week = n;
        else if (Word(f, ref i, "dau tien") || Word(f, ref i, "dau") || Word(f, ref i, "thu nhat")) week = 1;
        else if (Word(f, ref i, "cuoi cung") || Word(f, ref i, "cuoi")) week = 9;
        else if (Word(f, ref i, "thu hai")) week = 2;
        else if (Word(f, ref i, "thu ba")) week = 3;
        else if (Word(f, ref i, "thu tu")) week = 4;
        else return null;
        // "1 - 2 tháng 3", "1 đến 2 tháng 3": the last week of the range.
        var j = i;
        while (j < f.Length && f[j] == ' ') j++;
        if (j < f.Length && f[j] is '-' or '–' || string.CompareOrdinal(f, j, "den ", 0, 4) == 0)
        {
            j += f[j] == 'd' ? 4 : 1;
            while (j < f.Length && f[j] == ' ') j++;
            if (Number(f, ref j, 1) is { } last and >= 1 and <= 5 && last > week && week != 9) { week = last; i = j; }
        }
        int month;
        if (i < f.Length && f[i] == '/') { i++; if (Number(f, ref i, 2) is not { } m) return null; month = m; }
        else
        {
            if (string.CompareOrdinal(f, i, " cua", 0, 4) == 0) i += 4;
            if (string.CompareOrdinal(f, i, " thang ", 0, 7) != 0) return null;
            i += 7;
            if (Number(f, ref i, 2) is not { } m) return null;
            month = m;
        }
        if (month is < 1 or > 12) return null;
        var y = year;
        // "/2026", "-2026", " năm 2026": four digits only.
        var sep = i + 1 < f.Length && f[i] is '/' or '-' or '.' && char.IsAsciiDigit(f[i + 1]) ? 1
            : string.CompareOrdinal(f, i, " nam ", 0, 5) == 0 && i + 5 < f.Length && char.IsAsciiDigit(f[i + 5]) ? 5 : 0;
        if (sep > 0)
        {
            var k = i + sep;
            if (Number(f, ref k, 4) is not { } yy || k - i - sep != 4) return null;
            y = yy;
            i = k;
        }
        if (i < f.Length && char.IsAsciiDigit(f[i]) || y is not (>= 1900 and <= 2200)) return null;
        var days = DateTime.DaysInMonth(y.Value, month);
        return (new DateOnly(y.Value, month, Math.Min(days, week == 9 ? days : 7 * week)), i);
    }

    // "24/3", "24/3/2026", "24-3-26": a day and month at i, the year if written; the date and where it ends.
    private static (DateOnly, int)? DayAt(string f, int i, int? year)
    {
        if (Number(f, ref i, 2) is not { } day || i >= f.Length || f[i] is not ('/' or '-' or '.')) return null;
        i++;
        if (Number(f, ref i, 2) is not { } month) return null;
        var y = year;
        if (i + 1 < f.Length && f[i] is '/' or '-' or '.' && char.IsAsciiDigit(f[i + 1]))
        {
            var k = i + 1;
            var yy = Number(f, ref k, 4);
            if (yy is null || k - i - 1 is not (2 or 4)) return null;
            y = k - i - 1 == 2 ? 2000 + yy : yy;
            i = k;
        }
        if (y is not { } yv || yv is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(yv, month)) return null;
        return (new DateOnly(yv, month, day), i);
    }

    // Up to max digits at i (i moves past them), or null when none is there.
    private static int? Number(string f, ref int i, int max)
    {
        var v = 0;
        var n = 0;
        while (i < f.Length && n < max && char.IsAsciiDigit(f[i])) { v = v * 10 + (f[i] - '0'); i++; n++; }
        return n == 0 ? null : v;
    }

    // The word (or words) at i, ending at a boundary: i moves past it.
    private static bool Word(string f, ref int i, string w)
    {
        if (string.CompareOrdinal(f, i, w, 0, w.Length) != 0 || i + w.Length < f.Length && char.IsLetterOrDigit(f[i + w.Length])) return false;
        i += w.Length;
        return true;
    }

    private static DateOnly? AddPeriod(DateOnly from, int n, string unit)
    {
        if (n is <= 0 or > 366) return null;
        return unit switch
        {
            "ngay lam viec" => WorkingCalendar.Default.AddWorkingDays(from, n), // weekends, holidays and make-up days of Reminders
            "tuan" => from.AddDays(7 * n),
            "thang" => from.AddMonths(n),
            _ => from.AddDays(n),
        };
    }

    private static int? YearOf(Match m, Context ctx)
    {
        var g = m.Groups["year"];
        if (!g.Success) return ctx.Year;
        var v = int.Parse(g.Value);
        return g.Value.Length == 2 ? 2000 + v : v;
    }

    // "30/6", "30-9", "5.7": a digit, a separator, a digit (spaces allowed around the separator).
    private static bool HasDayMonth(string f)
    {
        var i = 0;
        while ((i = f.AsSpan(i).IndexOfAny('/', '-', '.') is var k && k >= 0 ? i + k : -1) >= 0)
        {
            var before = i - 1;
            while (before >= 0 && f[before] == ' ' && i - before < 3) before--;
            var after = i + 1;
            while (after < f.Length && f[after] == ' ' && after - i < 3) after++;
            if (before >= 0 && char.IsDigit(f[before]) && after < f.Length && char.IsDigit(f[after])) return true;
            i++;
        }
        return false;
    }

    // The same match again, with its groups, from the backtracking twin over exactly the span the linear scan found: the
    // scan engine's own capture pass (a lock per step) was 3.5 % of a parse. The span is short, so backtracking over it is
    // bounded; the groups are the scan engine's on every corpus match (DeadlineTwinTests, docs/BENCHMARKS.md).
    private static Match Groups(Regex twin, string f, ValueMatch v) => twin.Match(f, v.Index, v.Length);

    /// <summary>Each scan regex with its backtracking twin (tests compare their groups on every match).</summary>
    internal static (string Name, Regex Scan, Regex Twin)[] Twins() =>
    [
        (nameof(DayCue), DayCue, DayCueTwin()), (nameof(DayCueWeekday), DayCueWeekday, DayCueWeekdayTwin()), (nameof(Extended), Extended, ExtendedTwin()),
        (nameof(DayCueWords), DayCueWords, DayCueWordsTwin()), (nameof(EventDay), EventDay, EventDayTwin()), (nameof(Window), Window, WindowTwin()),
        (nameof(Range), Range, RangeTwin()), (nameof(BracketRange), BracketRange, BracketRangeTwin()), (nameof(Relative), Relative, RelativeTwin()),
    ];

    private static bool FollowedByDigit(string f, ValueMatch m)
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
        return f.AsSpan(from, i - from).ContainsAny(Completion);
    }

    private static bool ClauseEndsAfter(string f, int e)
    {
        while (e < f.Length && f[e] == ' ') e++;
        return e >= f.Length || f[e] is '.' or ';' or ',' or ')' or '\n' || f.AsSpan(e).StartsWith("(");
    }

    private static DateOnly? Make(int? year, string month, string day, Context ctx)
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
