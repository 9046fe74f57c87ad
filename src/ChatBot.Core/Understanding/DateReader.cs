namespace ChatBot.Core.Understanding;

/// <summary>A date found in the text, and the tokens it took.</summary>
internal sealed record FoundDate(ExtensionDate When, int From, int To);

/// <summary>
/// Stage 5a: dates for extension requests — "20/7", "20-7-2026", "20.7", "ngày 20 tháng 7", "thứ Sáu tuần sau",
/// "cuối tuần", "cuối tháng", "hết tháng 8", "đầu tháng sau", "5 ngày nữa" (from today) and "thêm 5 ngày" (added
/// to the task's deadline by the host) — all relative to the context's today.
/// </summary>
internal static class DateReader
{
    /// <summary>The first date or duration in tokens [from, to).</summary>
    public static FoundDate? Find(Message m, int from, int to, bool[] used, UnderstandingContext ctx)
    {
        for (var i = from; i < to; i++)
            if (!used[i] && At(m, i, ctx) is { } d) return d;
        return null;
    }

    private static FoundDate? At(Message m, int i, UnderstandingContext ctx)
    {
        var today = ctx.Today;
        FoundDate On(DateOnly d, int end, bool approx = false) => new(new ExtensionDate.OnDate(d, approx, d < today), i, end);

        // "sau lễ 2/9", "qua lễ 2/9", "sau (ngày) 20/7": the first working day after it; "trước lễ 2/9": the last one before
        // the holiday (a plain "trước 20/7" is by 20/7). Read here, so "sau ngày 20/7" is never "sáu ngày".
        if (m.WordIn(i, ["sau", "qua", "truoc"]))
        {
            var j = m.Word(i + 1, "dip") ? i + 2 : i + 1;
            var holiday = m.Word(j, "le");
            if (holiday) j++;
            if (m.Word(j, "ngay")) j++;
            if ((holiday || m.T[i].W == "sau") && Numeric(m, j, today) is { } around)
                return m.T[i].W == "truoc"
                    ? On(LastWorkingOnOrBefore(around.Date.AddDays(-1), ctx), around.End, approx: true)
                    : On(FirstWorkingOnOrAfter(around.Date.AddDays(1), ctx), around.End, approx: true);
        }
        if (Numeric(m, i, today) is { } n) return On(n.Date, n.End);
        if (m.Word(i, "ngay") && Numeric(m, i + 1, today) is { } n2) return On(n2.Date, n2.End);
        if (m.Word(i, "ngay") && Spelled(m, i + 1, today) is { } s1) return On(s1.Date, s1.End);
        if (Spelled(m, i, today) is { } s2) return On(s2.Date, s2.End);
        if (m.At(i, ["het", "ngay"]) && Numeric(m, i + 2, today) is { } n3) return On(n3.Date, n3.End);
        if (QuarterEnd(m, i, today) is { } q) return On(q.Date, q.End);
        if (DayAfterTomorrow(m, i)) return On(today.AddDays(2), i + 1);

        // "hết tháng 8", "cuối tháng", "cuối tháng sau", "đầu tháng sau", "giữa tháng".
        if ((m.Word(i, "het") || m.Word(i, "cuoi") || m.Word(i, "dau") || m.Word(i, "giua")) && m.Word(i + 1, "thang"))
        {
            var (month, end) = MonthAfter(m, i + 2, today);
            var last = month.AddMonths(1).AddDays(-1);
            return m.T[i].W switch
            {
                "het" or "cuoi" => On(last, end),
                "dau" => On(FirstWorkingOnOrAfter(month, ctx), end, approx: true),
                _ => On(month.AddDays(14), end, approx: true),
            };
        }
        // "sang tháng 8", "đến tháng 8": the end of that month, roughly.
        if (m.Word(i, "thang") && (m.Word(i - 1, "den") || m.Word(i - 1, "sang") || m.Word(i - 1, "toi")) && MonthNumber(m, i + 1) is { } mn)
        {
            var month = YearAfter(m, i + 1) is { } y ? new DateOnly(y, mn, 1) : MonthStart(mn, today);
            return On(month.AddMonths(1).AddDays(-1), YearAfter(m, i + 1) is null ? i + 2 : i + 4, approx: true);
        }
        // "sang tháng sau", "đến tháng tới": the end of next month, roughly.
        if ((m.At(i, ["thang", "sau"]) || m.At(i, ["thang", "toi"])) && m.WordIn(i - 1, ["den", "sang", "toi", "hoan"]))
        {
            var next = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
            return On(next.AddMonths(1).AddDays(-1), i + 2, approx: true);
        }
        if (Weekday(m, i, today) is { } w) return On(w.Date, w.End);
        // "cuối tuần" (this week's last working day), "cuối tuần sau", "đầu tuần sau".
        if ((m.Word(i, "cuoi") || m.Word(i, "dau")) && m.Word(i + 1, "tuan"))
        {
            var (weekOffset, end) = WeekAfter(m, i + 2);
            var monday = Monday(today).AddDays(7 * weekOffset);
            if (m.T[i].W == "dau") return On(FirstWorkingOnOrAfter(monday.AddDays(weekOffset == 0 ? 7 : 0), ctx), end, approx: true);
            var lastWorking = LastWorkingOnOrBefore(monday.AddDays(6), ctx);
            return On(lastWorking < today ? monday.AddDays(6) : lastWorking, end, approx: true);
        }
        // "sang tuần", "tuần sau": the last working day of next week, roughly.
        if ((m.At(i, ["tuan", "sau"]) || m.At(i, ["tuan", "toi"])) && !m.Word(i - 1, "cuoi") && !m.Word(i - 1, "dau"))
            return On(LastWorkingOnOrBefore(Monday(today).AddDays(13), ctx), i + 2, approx: true);
        // "sang tuần", also in "lùi sang tuần" where the request took "sang": read at "tuần" ("sang tuần sau/tới" is read above).
        if (m.Word(i, "tuan") && m.Word(i - 1, "sang"))
            return On(LastWorkingOnOrBefore(Monday(today).AddDays(13), ctx), i + 1, approx: true);
        if (m.At(i, ["ngay", "mai"]) || m.Word(i, "mai") && (m.Word(i - 1, "den") || m.Word(i - 1, "sang") || m.Word(i - 1, "toi")))
            return On(today.AddDays(1), m.Word(i, "ngay") ? i + 2 : i + 1);
        if (m.At(i, ["ngay", "kia"])) return On(today.AddDays(2), i + 2);

        // "5 ngày nữa" from today; "thêm 5 ngày", "lùi 1 tuần", "3 ngày làm việc" added to the deadline.
        if (NumberWords.At(m, i) is { } count and > 0 and <= 366)
        {
            var unit = m.Word(i + 1, "ngay") ? 1 : m.Word(i + 1, "tuan") ? 7 : m.Word(i + 1, "thang") ? 30 : m.Word(i + 1, "hom") ? 1 : 0;
            if (unit == 0) return null;
            var end = i + 2;
            var working = unit == 1 && m.At(end, ["lam", "viec"]);
            if (working) end += 2;
            // "đến 5 ngày nữa" is a date counted from today; "thêm 3 hôm nữa", "gia hạn 10 ngày" add to the deadline.
            var fromToday = m.WordIn(i - 1, ["den", "toi", "sang", "khoang"]);
            if (m.Word(end, "nua")) end++;
            if (fromToday) return On(today.AddDays(count * unit), end);
            return new FoundDate(new ExtensionDate.MoreDays(count * unit, working), i, end);
        }
        return null;
    }

    /// <summary>"20/7", "20-7-2026", "20.7", "20/07/26": day and month (and year) touching their separators.</summary>
    internal static (DateOnly Date, int End)? Numeric(Message m, int i, DateOnly today)
    {
        if (i + 2 >= m.Count) return null;
        if (!m.T[i].IsNumber || !m.Glued(i) || !m.Glued(i + 1) || !m.T[i + 2].IsNumber) return null;
        var sep = m.T[i + 1];
        if (sep.Kind != TokKind.Punct || sep.W is not ("/" or "-" or ".")) return null;
        int? year = null;
        var end = i + 3;
        if (end + 1 < m.Count && m.Glued(end - 1) && m.T[end].Kind == TokKind.Punct && m.T[end].W == sep.W && m.Glued(end) && m.T[end + 1].IsNumber)
        {
            year = m.T[end + 1].Value;
            end += 2;
        }
        return Make(m.T[i].Value, m.T[i + 2].Value, year, today) is { } d ? (d, end) : null;
    }

    /// <summary>"20 tháng 7", "20 tháng 7 năm 2026".</summary>
    private static (DateOnly Date, int End)? Spelled(Message m, int i, DateOnly today)
    {
        if (i + 2 >= m.Count || !m.T[i].IsNumber || !m.Word(i + 1, "thang") || !m.T[i + 2].IsNumber) return null;
        int? year = null;
        var end = i + 3;
        if (m.Word(end, "nam") && end + 1 < m.Count && m.T[end + 1].IsNumber)
        {
            year = m.T[end + 1].Value;
            end += 2;
        }
        return Make(m.T[i].Value, m.T[i + 2].Value, year, today) is { } d ? (d, end) : null;
    }

    /// <summary>Without a year: this year's date, or next year's when this year's is more than two months gone ("15/1" in December).</summary>
    internal static DateOnly? Make(int day, int month, int? year, DateOnly today)
    {
        var y = year ?? today.Year;
        if (y < 100) y += 2000;
        if (y is < 2000 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, month)) return null;
        var date = new DateOnly(y, month, day);
        if (year is null && date.DayNumber < today.DayNumber - 60 && day <= DateTime.DaysInMonth(y + 1, month)) date = date.AddYears(1);
        return date;
    }

    /// <summary>"thứ Sáu", "thứ 6", "T6", "chủ nhật", each optionally with "tuần này/sau/tới/trước".</summary>
    private static (DateOnly Date, int End)? Weekday(Message m, int i, DateOnly today)
    {
        int? dow = null; // 0 = Monday … 6 = Sunday
        var end = i;
        if (m.Word(i, "thu") && i + 1 < m.Count)
        {
            var n = m.T[i + 1].IsNumber ? m.T[i + 1].Value : m.T[i + 1].W switch { "hai" => 2, "ba" => 3, "tu" => 4, "nam" => 5, "sau" => 6, "bay" => 7, _ => 0 };
            if (n is >= 2 and <= 7) (dow, end) = (n - 2, i + 2);
        }
        else if (m.T[i].IsWord && m.T[i].Raw == "t" && m.Glued(i) && i + 1 < m.Count && m.T[i + 1].IsNumber && m.T[i + 1].Value is >= 2 and <= 7)
            (dow, end) = (m.T[i + 1].Value - 2, i + 2);
        else if (m.At(i, ["chu", "nhat"]))
            (dow, end) = (6, i + 2);
        if (dow is not { } d) return null;
        var monday = Monday(today);
        if (m.Word(end, "tuan"))
        {
            var (offset, after) = WeekAfter(m, end + 1);
            if (after > end + 1) return (monday.AddDays(7 * offset + d), after);
        }
        // Alone, or "thứ 6 này": the next such day after today.
        var date = monday.AddDays(d);
        if (date <= today) date = date.AddDays(7);
        return (date, m.Word(end, "nay") ? end + 1 : end);
    }

    /// <summary>"nay" 0, "sau"/"tới" +1, "trước" −1 after the word "tuần"; nothing = this week.</summary>
    private static (int Offset, int End) WeekAfter(Message m, int i) =>
        m.Word(i, "nay") ? (0, i + 1) : m.Word(i, "sau") || m.Word(i, "toi") ? (1, i + 1) : m.Word(i, "truoc") ? (-1, i + 1) : (0, i);

    /// <summary>After "tháng": a number (that month), "sau"/"tới" (next), "nay" or nothing (this month).</summary>
    private static (DateOnly MonthStart, int End) MonthAfter(Message m, int i, DateOnly today)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        if (MonthNumber(m, i) is { } month)
            return YearAfter(m, i) is { } y ? (new DateOnly(y, month, 1), i + 3) : (MonthStart(month, today), i + 1);
        if (m.Word(i, "sau") || m.Word(i, "toi")) return (thisMonth.AddMonths(1), i + 1);
        if (m.Word(i, "nay")) return (thisMonth, i + 1);
        return (thisMonth, i);
    }

    /// <summary>A month number 1–12 at token i that is not the start of a date ("8", "8/2026", "8." ending a sentence,
    /// not "8/7").</summary>
    internal static int? MonthNumber(Message m, int i) =>
        i < m.Count && m.T[i].IsNumber && m.T[i].Value is >= 1 and <= 12 && (!NumberGluedAfter(m, i) || YearAfter(m, i) is not null)
            ? m.T[i].Value : null;

    /// <summary>"8/7", "8.2027", "8-9": a separator glued to the number at token i and a number glued after it. A full
    /// stop with none after it ends the sentence ("đến hết tháng 8. Em cảm ơn").</summary>
    private static bool NumberGluedAfter(Message m, int i) =>
        m.Glued(i) && m.T[i + 1].Kind == TokKind.Punct && m.T[i + 1].W is "/" or "." or "-" && m.Glued(i + 1) && m.T[i + 2].IsNumber;

    /// <summary>"8/2026" after "tháng": the year written against the month number at token i.</summary>
    private static int? YearAfter(Message m, int i) =>
        m.Glued(i) && m.Glued(i + 1) && m.T[i + 1].Kind == TokKind.Punct && m.T[i + 1].W is "/" or "." or "-" &&
        m.T[i + 2].IsNumber && m.T[i + 2].Value is >= 2000 and <= 2100
            ? m.T[i + 2].Value : null;

    /// <summary>Month N of this year, or of next year when it is more than two months gone.</summary>
    internal static DateOnly MonthStart(int month, DateOnly today)
    {
        var start = new DateOnly(today.Year, month, 1);
        return start.AddMonths(1).AddDays(-1).DayNumber < today.DayNumber - 60 ? start.AddYears(1) : start;
    }

    internal static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static DateOnly FirstWorkingOnOrAfter(DateOnly d, UnderstandingContext ctx)
    {
        for (var k = 0; k < 31 && !ctx.IsWorkingDay(d); k++) d = d.AddDays(1);
        return d;
    }

    private static DateOnly LastWorkingOnOrBefore(DateOnly d, UnderstandingContext ctx)
    {
        for (var k = 0; k < 31 && !ctx.IsWorkingDay(d); k++) d = d.AddDays(-1);
        return d;
    }

    /// <summary>"hết quý", "cuối quý này", "cuối quý 4", "hết quý sau": the last day of that quarter (a numbered one already
    /// past is next year's).</summary>
    private static (DateOnly Date, int End)? QuarterEnd(Message m, int i, DateOnly today)
    {
        if (!m.WordIn(i, ["het", "cuoi"]) || !m.Word(i + 1, "quy")) return null;
        var k = i + 2;
        var current = (today.Month - 1) / 3 + 1;
        var (quarter, year, end) = (current, today.Year, k);
        if (k < m.Count && m.T[k].IsNumber && m.T[k].Value is >= 1 and <= 4) (quarter, end) = (m.T[k].Value, k + 1);
        else if (m.Word(k, "nay")) end = k + 1;
        else if (m.Word(k, "sau") || m.Word(k, "toi")) (quarter, end) = (current + 1, k + 1);
        if (quarter > 4) (quarter, year) = (quarter - 4, year + 1);
        var last = new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);
        return (last < today ? last.AddYears(1) : last, end);
    }

    /// <summary>"ngày mốt", "bữa mốt", "mốt" (typed with its tone): the day after tomorrow — never "một" (one).</summary>
    private static bool DayAfterTomorrow(Message m, int i) =>
        m.Typed(i) == "mốt" || m.Word(i, "mot") && m.Toneless(i) && m.WordIn(i - 1, ["bua", "ngay"]) && !m.IsPunct(i + 1, '/') && !(i + 1 < m.Count && m.T[i + 1].IsNumber);
}
