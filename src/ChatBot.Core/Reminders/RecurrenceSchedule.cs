using ChatBot.Core.Parsing;

namespace ChatBot.Core.Reminders;

/// <summary>Due dates of a recurring task's occurrences. Weekly: Friday; monthly (and "định kỳ"): the 25th;
/// quarterly: the 25th of the quarter's last month; yearly: 25/12. A notice-named day (the task's deadline
/// as anchor) overrides: its weekday for weekly, its day of month for monthly/quarterly, its day and month for yearly.</summary>
public static class RecurrenceSchedule
{
    public const int DefaultDayOfMonth = 25;

    /// <summary>The first occurrence due on or after <paramref name="date"/>.</summary>
    public static DateOnly NextDue(Recurrence recurrence, DateOnly? anchor, DateOnly date)
    {
        switch (recurrence)
        {
            case Recurrence.Weekly:
                var weekday = anchor?.DayOfWeek ?? DayOfWeek.Friday;
                return date.AddDays(((int)weekday - (int)date.DayOfWeek + 7) % 7);
            case Recurrence.Quarterly:
                for (var m = new DateOnly(date.Year, date.Month, 1); ; m = m.AddMonths(1))
                    if (m.Month % 3 == 0 && DayIn(m, anchor) >= date) return DayIn(m, anchor);
            case Recurrence.Yearly:
                var (month, day) = anchor is { } a ? (a.Month, a.Day) : (12, DefaultDayOfMonth);
                for (var y = date.Year; ; y++)
                {
                    var due = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
                    if (due >= date) return due;
                }
            default: // Monthly and Periodic
                var first = new DateOnly(date.Year, date.Month, 1);
                return DayIn(first, anchor) >= date ? DayIn(first, anchor) : DayIn(first.AddMonths(1), anchor);
        }
    }

    /// <summary>Occurrences due in [from, to], in order.</summary>
    public static IEnumerable<DateOnly> Between(Recurrence recurrence, DateOnly? anchor, DateOnly from, DateOnly to)
    {
        for (var d = NextDue(recurrence, anchor, from); d <= to; d = NextDue(recurrence, anchor, d.AddDays(1)))
            yield return d;
    }

    /// <summary>The occurrence due just before <paramref name="dueOn"/> (where its period starts).</summary>
    public static DateOnly PreviousDue(Recurrence recurrence, DateOnly? anchor, DateOnly dueOn)
    {
        var probe = recurrence switch
        {
            Recurrence.Weekly => dueOn.AddDays(-7),
            Recurrence.Quarterly => dueOn.AddMonths(-3).AddDays(-3),
            Recurrence.Yearly => dueOn.AddYears(-1).AddDays(-3),
            _ => dueOn.AddMonths(-1).AddDays(-3),
        };
        return Between(recurrence, anchor, probe, dueOn.AddDays(-1)).Last();
    }

    /// <summary>"tuần 15/06–19/06/2026", "tháng 06/2026", "quý II/2026", "năm 2026": the period an occurrence reports on.</summary>
    public static string PeriodLabel(Recurrence recurrence, DateOnly dueOn) => recurrence switch
    {
        Recurrence.Weekly => $"tuần {dueOn.AddDays(-4):dd/MM}–{dueOn:dd/MM/yyyy}",
        Recurrence.Quarterly => $"quý {new[] { "I", "II", "III", "IV" }[(dueOn.Month - 1) / 3]}/{dueOn.Year}",
        Recurrence.Yearly => $"năm {dueOn.Year}",
        _ => $"tháng {dueOn:MM/yyyy}",
    };

    private static DateOnly DayIn(DateOnly monthStart, DateOnly? anchor) =>
        new(monthStart.Year, monthStart.Month, Math.Min(anchor?.Day ?? DefaultDayOfMonth, DateTime.DaysInMonth(monthStart.Year, monthStart.Month)));
}
