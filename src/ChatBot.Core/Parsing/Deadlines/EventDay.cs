using System.Text.RegularExpressions;
using ChatBot.Core.Reminders;

namespace ChatBot.Core.Parsing.Deadlines;

/// <summary>
/// Deadlines counted from an event the notice dates elsewhere (LABELING.md, "Counted from a dated event the document
/// prints"): the day is read once from the preamble ("Hội nghị … được tổ chức vào 8 giờ 00 ngày 04/12/2026"), and an item's
/// "chậm nhất 07 ngày trước ngày tổ chức Hội nghị", "trước 03 ngày so với ngày tổ chức", "trong vòng 02 ngày làm việc sau
/// Hội nghị", "10 ngày kể từ ngày tổ chức Hội nghị", "sau khi kết thúc đợt kiểm tra 05 ngày làm việc" count from it.
/// Works on folded text (<see cref="Common.Fold.SameLength"/>).
/// </summary>
internal static partial class EventDay
{
    private const RegexOptions Opts = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    // Backtracking twins read a candidate's groups over the span the linear scan matched (as in DeadlineParser).
    private const RegexOptions TwinOpts = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const string VerbWords = "to chuc|dien ra|ket thuc|khai mac|bat dau";
    private const string Verb = "(" + VerbWords + ")";
    private const string EventWords = "hoi nghi|hoi thao|cuoc hop|ky hop|phien hop|buoi lam viec|buoi hop|dot kiem tra|dot giam sat|dai hoi|ngay hoi|su kien|le [a-z]+|hop";
    private const string Event = "(" + EventWords + ")";
    private const string Unit = "(?<unit>ngay lam viec|ngay|tuan)";

    // "07 ngày trước ngày tổ chức Hội nghị", "03 ngày so với ngày tổ chức", "02 ngày làm việc sau Hội nghị", "10 ngày kể từ
    // ngày tổ chức Hội nghị": the count first.
    private const string CountFirstPattern =
        @"(?<n>\d{1,3}) " + Unit + @" (?<dir>truoc|sau|ke tu|tinh tu|so voi)(?<glue>( khi| ngay)*)( (?<verb>" + VerbWords + @"))?( (?<ev>" + EventWords + "))?";
    private static readonly Regex CountFirst = new(CountFirstPattern, Opts);
    [GeneratedRegex(CountFirstPattern, TwinOpts)] private static partial Regex CountFirstTwin();

    // "trước hội nghị 03 ngày", "sau khi kết thúc đợt kiểm tra 05 ngày làm việc": the event first.
    private const string EventFirstPattern =
        @"(?<dir>truoc|sau) (khi |ngay )?(" + Verb + " )?" + Event + @"( [a-z]+){0,4},? (?<n>\d{1,3}) " + Unit;
    private static readonly Regex EventFirst = new(EventFirstPattern, Opts);
    [GeneratedRegex(EventFirstPattern, TwinOpts)] private static partial Regex EventFirstTwin();

    // The day of the event in the preamble: a verb, a few words, "vào"/"lúc", perhaps a clock time, then the date; or the
    // date straight after "ngày" ("dự kiến khai mạc ngày 22/12/2026", "tổ chức ngày 15/6/2027").
    private const string HeldPattern =
        @"(to chuc|dien ra|khai mac|lam viec|hop)( [a-z0-9]+){0,8} (vao|luc|ngay)( luc)?( \d{1,2} ?(h|gio) ?\d{0,2}( phut)?)?,?( ngay)? (?<d>\d{1,2}) ?(/|thang) ?(?<m>\d{1,2})(( ?/ ?|,? nam )(?<y>\d{4}))?";
    private static readonly Regex Held = new(HeldPattern, Opts);
    [GeneratedRegex(HeldPattern, TwinOpts)] private static partial Regex HeldTwin();

    private static readonly string[] EventNouns =
        ["hoi nghi", "hoi thao", "cuoc hop", "ky hop", "phien hop", "buoi lam viec", "buoi hop", "dai hoi", "kiem tra", "giam sat", "le ", "ngay hoi", "su kien", "doi thoai"];

    private static readonly string[] Verbs = ["to chuc", "dien ra", "ket thuc", "khai mac", "bat dau"];

    /// <summary>Whether <paramref name="f"/> names an event or what happens to one: the cheap test before <see cref="Relative"/>.</summary>
    internal static bool Mentioned(string f) => ContainsAny(f, EventNouns) || ContainsAny(f, Verbs);

    /// <summary>The first dated event of <paramref name="folded"/> (the preamble), or null.</summary>
    internal static DateOnly? Find(string folded, int? year)
    {
        if (folded.AsSpan().IndexOfAnyInRange('0', '9') < 0) return null;
        foreach (var v in Held.EnumerateMatches(folded))
        {
            if (!ContainsAny(Sentence(folded, v.Index, v.Length), EventNouns)) continue;
            var m = HeldTwin().Match(folded, v.Index, v.Length);
            var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : year;
            if (y is not { } yy || !int.TryParse(m.Groups["m"].Value, out var mo) || !int.TryParse(m.Groups["d"].Value, out var da)) continue;
            if (yy is < 1900 or > 2200 || mo is < 1 or > 12 || da < 1 || da > DateTime.DaysInMonth(yy, mo)) continue;
            return new DateOnly(yy, mo, da);
        }
        return null;
    }

    /// <summary>
    /// A deadline counted from the event in <paramref name="f"/>: its place and, when <paramref name="eventOn"/> gives the
    /// day, the date (null when the notice does not date the event: nothing to count from).
    /// </summary>
    internal static (int Start, int End, DateOnly? Date)? Relative(string f, Func<DateOnly?>? eventOn, Func<DateOnly?>? eventEnd = null, int? year = null, Func<DateOnly?>? eventStart = null)
    {
        if (!CountOfDays(f)) return null; // every form has "<number> ngày|tuần": most clauses have none, the regexes are skipped
        (int Start, int End, DateOnly? Date)? best = null;
        foreach (var rx in (ReadOnlySpan<Regex>)[CountFirst, EventFirst])
            foreach (var v in rx.EnumerateMatches(f))
            {
                if (v.Index > 0 && char.IsLetterOrDigit(f[v.Index - 1])) continue;
                var m = (rx == CountFirst ? CountFirstTwin() : EventFirstTwin()).Match(f, v.Index, v.Length);
                // "kể từ ngày ký": not an event; "03 ngày trước khi tổ chức" (whenever one is held): no one event day.
                if (rx == CountFirst && !m.Groups["ev"].Success && (!m.Groups["verb"].Success || m.Groups["glue"].Value.Contains("khi", StringComparison.Ordinal))) continue;
                if (best is { } b && b.Start <= v.Index) break;
                var dir = m.Groups["dir"].Value;
                var before = dir == "truoc" || dir == "so voi" && !f.AsSpan(Math.Max(0, v.Index - 6), Math.Min(6, v.Index)).EndsWith("sau ");
                DateOnly? date = null;
                // "… kể từ ngày kết thúc đợt kiểm tra": from the last day of the window the notice prints, when it prints one.
                var fromEnd = !before && m.Value.Contains("ket thuc", StringComparison.Ordinal) ? eventEnd?.Invoke() : null;
                // "… kỳ họp chuyên đề (dự kiến ngày 26/3/2027); gửi tài liệu chậm nhất 05 ngày trước ngày khai mạc kỳ họp": the task
                // dates the event itself, before the count; that day, not the meeting the notice concludes.
                var own = m.Groups["ev"].Success ? DatedInTask(f, m.Groups["ev"].Value, v.Index, year) : null;
                // "… 03 ngày so với ngày khai mạc": from the first day of the event's printed window, when there is one.
                var fromStart = fromEnd is null && own is null && m.Groups["verb"].Value is "khai mac" or "bat dau" ? eventStart?.Invoke() : null;
                if ((fromEnd ?? own ?? fromStart ?? eventOn?.Invoke()) is { } day && int.TryParse(m.Groups["n"].Value, out var n) && n is > 0 and <= 366)
                    date = Shift(day, before ? -n : n, m.Groups["unit"].Value);
                best = (v.Index, v.Index + v.Length, date);
                break;
            }
        return best;
    }

    // "(dự kiến ngày 26/3/2027)", "vào ngày 12/3", "(ngày 12/3/2027)": the date an event named just before it is held on.
    private static readonly Regex DatedAfterEvent = new(
        @"^[a-z0-9 ,-]{0,60}?(\( ?(du kien )?(ngay )?|du kien (ngay )?|vao (ngay )?)(?<d>\d{1,2}) ?/ ?(?<m>\d{1,2})( ?/ ?(?<y>\d{4}))?", Opts);

    private static DateOnly? DatedInTask(string f, string ev, int countAt, int? year)
    {
        var at = f.IndexOf(ev, StringComparison.Ordinal);
        if (at < 0 || at >= countAt) return null;
        var m = DatedAfterEvent.Match(f, at + ev.Length, Math.Min(90, countAt - at - ev.Length));
        if (!m.Success) return null;
        var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : year;
        if (y is not { } yy || !int.TryParse(m.Groups["m"].Value, out var mo) || !int.TryParse(m.Groups["d"].Value, out var da)) return null;
        if (yy is < 1900 or > 2200 || mo is < 1 or > 12 || da < 1 || da > DateTime.DaysInMonth(yy, mo)) return null;
        return new DateOnly(yy, mo, da);
    }

    // "từ ngày 14/9/2026 đến ngày 18/9/2026", "từ 07 giờ 30 ngày 16/5/2026 đến 17 giờ ngày 17/5/2026": a window, its last day.
    private const string WindowPattern =
        @"tu( \d{1,2} ?(h|gio) ?\d{0,2}( phut)?)?( ngay)? (?<d1>\d{1,2}) ?/ ?(?<m1>\d{1,2})( ?/ ?(?<y1>\d{4}))? (den|-|–)( het)?( \d{1,2} ?(h|gio) ?\d{0,2}( phut)?)?( ngay)? (?<d>\d{1,2}) ?/ ?(?<m>\d{1,2})( ?/ ?(?<y>\d{4}))?";
    private static readonly Regex Window = new(WindowPattern, Opts);
    [GeneratedRegex(WindowPattern, TwinOpts)] private static partial Regex WindowTwin();

    /// <summary>The last day of the first event window printed before the first task (the preamble, a "Thời gian" section).</summary>
    internal static DateOnly? WindowEnd(List<Layout.NoticeBlock> blocks, List<Tasks.TaskDraft> drafts, int bodyStart, int? year) =>
        WindowDays(blocks, drafts, bodyStart, year)?.End;

    /// <summary>The first day of that window: the day "… trước 03 ngày so với ngày khai mạc" counts from ("dự kiến Lễ hội tổ
    /// chức từ ngày 20/02 đến ngày 22/02/2027" in the minutes of the meeting that prepares it; the meeting is not the festival).</summary>
    internal static DateOnly? WindowStart(List<Layout.NoticeBlock> blocks, List<Tasks.TaskDraft> drafts, int bodyStart, int? year) =>
        WindowDays(blocks, drafts, bodyStart, year)?.Start;

    private static (DateOnly Start, DateOnly End)? WindowDays(List<Layout.NoticeBlock> blocks, List<Tasks.TaskDraft> drafts, int bodyStart, int? year)
    {
        var end = Math.Min(blocks.Count, Math.Max(bodyStart, drafts.Count > 0 ? blocks.IndexOf(drafts[0].Block) : 0));
        for (var i = 0; i < end; i++)
            if (WindowDays(blocks[i].Folded, year) is { } days) return days;
        return null;
    }

    /// <summary>
    /// The last day of the first window an event is given in <paramref name="folded"/> (a sentence naming an event, or a
    /// "Thời gian:" line), or null.
    /// </summary>
    internal static DateOnly? WindowEnd(string folded, int? year) => WindowDays(folded, year)?.End;

    // The first and last day of the window: a first day without a year takes the last day's (the year before when its month
    // comes later: "từ 28/12 đến 03/01/2027").
    private static (DateOnly Start, DateOnly End)? WindowDays(string folded, int? year)
    {
        if (!folded.Contains("tu ", StringComparison.Ordinal) || folded.AsSpan().IndexOfAnyInRange('0', '9') < 0) return null;
        foreach (var v in Window.EnumerateMatches(folded))
        {
            if (v.Index > 0 && char.IsLetterOrDigit(folded[v.Index - 1])) continue;
            var sentence = Sentence(folded, v.Index, v.Length);
            if (!ContainsAny(sentence, EventNouns) && !sentence.TrimStart(" -".AsSpan()).StartsWith("thoi gian", StringComparison.Ordinal)) continue;
            var m = WindowTwin().Match(folded, v.Index, v.Length);
            var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : year;
            if (y is not { } yy || !int.TryParse(m.Groups["m"].Value, out var mo) || !int.TryParse(m.Groups["d"].Value, out var da)) continue;
            if (yy is < 1900 or > 2200 || mo is < 1 or > 12 || da < 1 || da > DateTime.DaysInMonth(yy, mo)) continue;
            var last = new DateOnly(yy, mo, da);
            if (!int.TryParse(m.Groups["m1"].Value, out var mo1) || !int.TryParse(m.Groups["d1"].Value, out var da1)) continue;
            var y1 = m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].Value) : mo1 > mo ? yy - 1 : yy;
            if (y1 is < 1900 or > 2200 || mo1 is < 1 or > 12 || da1 < 1 || da1 > DateTime.DaysInMonth(y1, mo1)) return (last, last);
            return (new DateOnly(y1, mo1, da1), last);
        }
        return null;
    }

    /// <summary>Each scan regex with its backtracking twin (tests compare their groups on every match).</summary>
    internal static (string Name, Regex Scan, Regex Twin)[] Twins() =>
    [
        (nameof(CountFirst), CountFirst, CountFirstTwin()), (nameof(EventFirst), EventFirst, EventFirstTwin()),
        (nameof(Held), Held, HeldTwin()), ("EventWindow", Window, WindowTwin()),
    ];

    private static bool CountOfDays(string f)
    {
        foreach (var word in (ReadOnlySpan<string>)[" ngay", " tuan"])
        {
            var i = 0;
            while ((i = f.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
            {
                if (i > 0 && char.IsAsciiDigit(f[i - 1])) return true;
                i += word.Length;
            }
        }
        return false;
    }

    private static DateOnly Shift(DateOnly day, int n, string unit) => unit switch
    {
        "ngay lam viec" => WorkingCalendar.Default.AddWorkingDays(day, n), // the ward's calendar: weekends, holidays, make-up days
        "tuan" => day.AddDays(7 * n),
        _ => day.AddDays(n),
    };

    private static ReadOnlySpan<char> Sentence(string f, int start, int length)
    {
        var from = start;
        while (from > 0 && f[from - 1] is not ('.' or '\n' or ';')) from--;
        var to = start + length;
        while (to < f.Length && f[to] is not ('.' or '\n' or ';')) to++;
        return f.AsSpan(from, to - from);
    }

    private static bool ContainsAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
            if (s.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }
}
