namespace ChatBot.Core.Reminders;

/// <summary>When the ward works: time zone, hours, weekdays, public holidays and make-up Saturdays.</summary>
public sealed record CalendarSettings
{
    public const string VietnamTimeZone = "Asia/Ho_Chi_Minh";

    public string TimeZone { get; init; } = VietnamTimeZone;
    public TimeOnly WorkStart { get; init; } = new(7, 30);
    public TimeOnly WorkEnd { get; init; } = new(17, 0);
    public IReadOnlyCollection<DayOfWeek> WorkingDays { get; init; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    public IReadOnlyCollection<DateOnly> Holidays { get; init; } = VietnamHolidays.Days;
    public IReadOnlyCollection<DateOnly> MakeUpWorkingDays { get; init; } = VietnamHolidays.MakeUpWorkingDays;
}
