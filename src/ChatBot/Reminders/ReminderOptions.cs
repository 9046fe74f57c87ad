using ChatBot.Core.Reminders;

namespace ChatBot.Reminders;

/// <summary>Reminders:* settings. Lists left unset keep the built-in defaults; a configured list replaces them.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Runs the Quartz scheduler; tests turn it off and call the services directly.</summary>
    public bool Enabled { get; set; } = true;
    public string TimeZone { get; set; } = CalendarSettings.VietnamTimeZone;
    public TimeOnly WorkStart { get; set; } = new(7, 30);
    public TimeOnly WorkEnd { get; set; } = new(17, 0);
    public DayOfWeek[]? WorkingDays { get; set; }
    public DateOnly[]? Holidays { get; set; }
    public DateOnly[]? MakeUpWorkingDays { get; set; }
    public int[]? DaysBefore { get; set; }
    public bool DueDayMorning { get; set; } = true;
    public bool OverdueDaily { get; set; } = true;
    public int EscalateAfterWorkingDays { get; set; } = 3;
    public int NoDeadlineCheckInDays { get; set; } = 7;
    /// <summary>Quartz cron (seconds first) in the ward's zone; the sweep itself skips non-working time.</summary>
    public string SweepCron { get; set; } = "0 0/15 7-16 * * ?";
    /// <summary>Daily at 07:30; the digest itself skips days off, so make-up Saturdays get one too.</summary>
    public string DigestCron { get; set; } = "0 30 7 * * ?";

    public CalendarSettings Calendar()
    {
        var d = new CalendarSettings();
        return d with
        {
            TimeZone = TimeZone, WorkStart = WorkStart, WorkEnd = WorkEnd,
            WorkingDays = WorkingDays ?? d.WorkingDays,
            Holidays = Holidays ?? d.Holidays,
            MakeUpWorkingDays = MakeUpWorkingDays ?? d.MakeUpWorkingDays,
        };
    }

    public ReminderPolicyOptions Policy()
    {
        var d = new ReminderPolicyOptions();
        return d with
        {
            DaysBefore = DaysBefore ?? d.DaysBefore, DueDayMorning = DueDayMorning, OverdueDaily = OverdueDaily,
            EscalateAfterWorkingDays = EscalateAfterWorkingDays, NoDeadlineCheckInDays = NoDeadlineCheckInDays,
        };
    }
}
