using System.Globalization;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Stage 5b: the time window of a question — "hôm nay", "ngày mai", "tuần này/sau/trước", "tháng này", "tháng 8",
/// "quý này", "trong 7 ngày tới", "từ nay đến cuối tháng", "đến cuối quý", "đến hết năm" — as concrete dates (weeks run Monday to Sunday).
/// </summary>
internal static class WindowReader
{
    public static DateWindow? Find(Message m, bool[] used, UnderstandingContext ctx)
    {
        for (var i = 0; i < m.Count; i++)
            if (!used[i] && At(m, i, ctx) is { } w) return w;
        return null;
    }

    private static DateWindow? At(Message m, int i, UnderstandingContext ctx)
    {
        var t = ctx.Today;
        var monday = DateReader.Monday(t);
        var month = new DateOnly(t.Year, t.Month, 1);
        var quarter = new DateOnly(t.Year, (t.Month - 1) / 3 * 3 + 1, 1);

        // "từ nay đến cuối tuần", "đến cuối tháng", "đến 20/7" (token i is "từ", "trước" or "đến": one of the three at most).
        var until = m.At(i, ["tu", "nay", "den"]) || m.At(i, ["tu", "nay", "toi"]) ? i + 3
            : m.At(i, ["tu", "gio", "den"]) ? i + 3 : -1;
        if (m.Word(i, "truoc") && (DateReader.Numeric(m, i + 1, t) is not null || m.Word(i + 1, "ngay")))
            until = i + 1;
        if ((m.Word(i, "den") || m.Word(i, "toi")) && m.WordIn(i + 1, ["cuoi", "het"]) && m.WordIn(i + 2, ["tuan", "thang", "quy", "nam"]))
            until = i + 1;
        if (until >= 0)
        {
            if (m.At(until, ["cuoi", "tuan"]) || m.At(until, ["het", "tuan"])) return Make(t, monday.AddDays(6), "từ nay đến cuối tuần");
            if (m.At(until, ["cuoi", "thang"]) || m.At(until, ["het", "thang"])) return Make(t, month.AddMonths(1).AddDays(-1), "từ nay đến cuối tháng");
            // "đến cuối quý", "từ giờ đến hết năm": from today to the quarter's or the year's last day.
            if (m.At(until, ["cuoi", "quy"]) || m.At(until, ["het", "quy"])) return Make(t, quarter.AddMonths(3).AddDays(-1), "từ nay đến cuối quý");
            if (m.At(until, ["cuoi", "nam"]) || m.At(until, ["het", "nam"])) return Make(t, new DateOnly(t.Year, 12, 31), "từ nay đến cuối năm");
            if (DateReader.Numeric(m, until, t) is { } d && d.Date >= t) return Make(t, d.Date, $"từ nay đến {Ddmm(d.Date)}");
            if (m.Word(until, "ngay") && DateReader.Numeric(m, until + 1, t) is { } d2 && d2.Date >= t) return Make(t, d2.Date, $"từ nay đến {Ddmm(d2.Date)}");
        }

        // "đến hạn ngày 20/7", "quá hạn 5/7": that one day, of this year unless a year is written ("đến 20/7" is until then).
        if (DateReader.Numeric(m, i, t) is { } one)
        {
            if (m.WordIn(i - 1, ["den", "toi"]) && one.Date >= t) return Make(t, one.Date, $"từ nay đến {Ddmm(one.Date)}");
            var day = one.End - i == 3 && one.Date.Year > t.Year ? one.Date.AddYears(-1) : one.Date;
            return new DateWindow(day, day, $"ngày {Ddmm(day)}");
        }

        // "từ đầu năm", "từ đầu tháng", "từ đầu tuần", "từ đầu quý": up to today.
        if (m.At(i, ["tu", "dau"]))
        {
            if (m.Word(i + 2, "nam")) return Make(new DateOnly(t.Year, 1, 1), t, "từ đầu năm");
            if (m.Word(i + 2, "quy")) return Make(quarter, t, "từ đầu quý");
            if (m.Word(i + 2, "thang")) return Make(month, t, "từ đầu tháng");
            if (m.Word(i + 2, "tuan")) return Make(monday, t, "từ đầu tuần");
        }
        if (m.At(i, ["hom", "nay"]) || m.At(i, ["ngay", "hom", "nay"])) return Make(t, t, "hôm nay");
        if (m.At(i, ["ngay", "mai"])) return Make(t.AddDays(1), t.AddDays(1), "ngày mai");
        // "mai có gì đến hạn không": a bare "mai" typed so (not the name "Mai", not after a vocative) is tomorrow alone.
        if (m.Typed(i) == "mai" && m.Text[m.T[i].Start] == 'm' && !m.WordIn(i - 1, Words.Vocatives)) return Make(t.AddDays(1), t.AddDays(1), "ngày mai");
        if (m.At(i, ["hom", "qua"])) return Make(t.AddDays(-1), t.AddDays(-1), "hôm qua");

        // "trong 7 ngày tới", "3 ngày tới", "2 tuần tới", "5 ngày nữa".
        if (NumberWords.At(m, i) is { } n and > 0 and <= 366 && (m.Word(i + 1, "ngay") || m.Word(i + 1, "tuan")) &&
            (m.Word(i + 2, "toi") || m.Word(i + 2, "nua") || m.At(i + 2, ["sap", "toi"]) || m.Word(i - 1, "trong")))
        {
            var days = m.Word(i + 1, "tuan") ? 7 * n : n;
            return Make(t, t.AddDays(days), m.Word(i + 1, "tuan") ? $"{n} tuần tới" : $"{days} ngày tới");
        }

        if (m.Word(i, "tuan") && !m.Word(i - 1, "cuoi") && !m.Word(i - 1, "dau"))
        {
            if (m.Word(i + 1, "nay") || m.Word(i - 1, "trong") && !m.Word(i + 1, "sau") && !m.Word(i + 1, "toi") && !m.Word(i + 1, "truoc"))
                return Make(monday, monday.AddDays(6), "tuần này");
            if (m.Word(i + 1, "sau") || m.Word(i + 1, "toi")) return Make(monday.AddDays(7), monday.AddDays(13), "tuần sau");
            if (m.Word(i + 1, "truoc") || m.Word(i + 1, "qua")) return Make(monday.AddDays(-7), monday.AddDays(-1), "tuần trước");
        }
        if (m.At(i, ["cuoi", "tuan"])) return Make(monday.AddDays(4), monday.AddDays(6), "cuối tuần");

        if (m.Word(i, "thang") && !m.Word(i - 1, "ngay") && !(i > 0 && m.T[i - 1].IsNumber))
        {
            if (m.Word(i + 1, "nay") || m.Word(i - 1, "trong") && !m.Word(i + 1, "sau") && !m.Word(i + 1, "toi") && !m.Word(i + 1, "truoc") && DateReader.MonthNumber(m, i + 1) is null)
                return MonthWindow(month, "tháng này");
            if (m.Word(i + 1, "sau") || m.Word(i + 1, "toi"))
                return m.Word(i - 1, "dau") ? Make(month.AddMonths(1), month.AddMonths(1).AddDays(9), "đầu tháng sau")
                    : MonthWindow(month.AddMonths(1), "tháng sau");
            if (m.Word(i + 1, "truoc") || m.Word(i + 1, "qua")) return MonthWindow(month.AddMonths(-1), "tháng trước");
            if (DateReader.MonthNumber(m, i + 1) is { } mn) return MonthWindow(DateReader.MonthStart(mn, t), $"tháng {mn}");
            if (m.Word(i - 1, "cuoi")) return Make(month.AddMonths(1).AddDays(-7), month.AddMonths(1).AddDays(-1), "cuối tháng");
        }

        if (m.Word(i, "quy"))
        {
            if (m.Word(i + 1, "nay")) return QuarterWindow(quarter, "quý này");
            if (m.Word(i + 1, "sau") || m.Word(i + 1, "toi")) return QuarterWindow(quarter.AddMonths(3), "quý sau");
            if (m.Word(i + 1, "truoc")) return QuarterWindow(quarter.AddMonths(-3), "quý trước");
            var q = i + 1 < m.Count && m.T[i + 1].IsNumber ? m.T[i + 1].Value
                : i + 1 < m.Count ? m.T[i + 1].Raw switch { "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, _ => 0 } : 0;
            if (q is >= 1 and <= 4) return QuarterWindow(new DateOnly(t.Year, (q - 1) * 3 + 1, 1), $"quý {q}");
        }
        if (m.At(i, ["nam", "nay"])) return Make(new DateOnly(t.Year, 1, 1), new DateOnly(t.Year, 12, 31), "năm nay");
        return null;
    }

    private static DateWindow MonthWindow(DateOnly start, string name) => Make(start, start.AddMonths(1).AddDays(-1), name);

    private static DateWindow QuarterWindow(DateOnly start, string name) => Make(start, start.AddMonths(3).AddDays(-1), name);

    private static DateWindow Make(DateOnly from, DateOnly to, string name) =>
        new(from, to, from == to
            ? $"{name} ({Ddmm(from)})"
            : $"{name} ({Ddmm(from)}–{Ddmm(to)})");

    private static string Ddmm(DateOnly d) => d.ToString("dd'/'MM", CultureInfo.InvariantCulture);

    /// <summary>"trong 7 ngày tới" by default for "sắp đến hạn" with no window.</summary>
    public static DateWindow NextDays(DateOnly today, int days) => Make(today, today.AddDays(days), $"{days} ngày tới");
}
