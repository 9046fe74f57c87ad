namespace ChatBot.Core.Reminders;

/// <summary>The ward's working time: which days are worked, when the day starts and ends, in the ward's zone.</summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUp;
    private readonly HashSet<DayOfWeek> _days;

    public WorkingCalendar(CalendarSettings settings)
    {
        Settings = settings;
        TimeZone = Common.WardClock.FindZone(settings.TimeZone);
        _holidays = [.. settings.Holidays];
        _makeUp = [.. settings.MakeUpWorkingDays];
        _days = [.. settings.WorkingDays];
        if (settings.WorkEnd <= settings.WorkStart)
            throw new ArgumentException("WorkEnd phải sau WorkStart.", nameof(settings));
        if (_days.Count == 0 && _makeUp.Count == 0)
            throw new ArgumentException("Cần ít nhất một ngày làm việc.", nameof(settings));
    }

    public static WorkingCalendar Default { get; } = new(new CalendarSettings());

    public CalendarSettings Settings { get; }
    public TimeZoneInfo TimeZone { get; }

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>A make-up day is worked even on a weekend; a holiday is off even on a weekday.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _makeUp.Contains(date) || (_days.Contains(date.DayOfWeek) && !_holidays.Contains(date));

    public bool IsHoliday(DateOnly date) => _holidays.Contains(date);

    public bool IsWorkingTime(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && time >= Settings.WorkStart && time < Settings.WorkEnd;
    }

    /// <summary>The instant the working day <paramref name="date"/> starts (07:30 local).</summary>
    public DateTimeOffset StartOf(DateOnly date) => At(date, Settings.WorkStart);

    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>The first working-day start at or after <paramref name="instant"/>.</summary>
    public DateTimeOffset NextWorkingStart(DateTimeOffset instant)
    {
        var date = LocalDate(instant);
        if (StartOf(date) < instant) date = date.AddDays(1);
        return StartOf(NextWorkingDayOnOrAfter(date));
    }

    /// <summary>When something due at <paramref name="instant"/> may go out: now if inside working time, else the next working start.</summary>
    public DateTimeOffset SendTime(DateTimeOffset instant) => IsWorkingTime(instant) ? instant : NextWorkingStart(instant);

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        for (var i = 0; i < 3660; i++, date = date.AddDays(1))
            if (IsWorkingDay(date)) return date;
        throw new InvalidOperationException("Không tìm thấy ngày làm việc nào trong 10 năm tới.");
    }

    public DateOnly PreviousWorkingDayOnOrBefore(DateOnly date)
    {
        for (var i = 0; i < 3660; i++, date = date.AddDays(-1))
            if (IsWorkingDay(date)) return date;
        throw new InvalidOperationException("Không tìm thấy ngày làm việc nào trong 10 năm trước.");
    }

    /// <summary>The <paramref name="n"/>-th working day after (n &gt; 0) or before (n &lt; 0) <paramref name="date"/>; n = 0 gives the date itself.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int n)
    {
        var step = Math.Sign(n);
        for (var left = Math.Abs(n); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date)) left--;
        }
        return date;
    }

    /// <summary>Working days d with from &lt; d ≤ to (negative when to is before from): "overdue by N working days".</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }
}
