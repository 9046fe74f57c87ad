using System.ComponentModel.DataAnnotations;
using ChatBot.Core.Reminders;
using Quartz;

namespace ChatBot.Reminders;

/// <summary>Reminders:* settings. Lists left unset keep the built-in defaults; a configured list replaces them.</summary>
public sealed class ReminderOptions : IValidatableObject
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
    [Range(1, 60, ErrorMessage = "Reminders:EscalateAfterWorkingDays phải từ 1 đến 60.")]
    public int EscalateAfterWorkingDays { get; set; } = 3;
    [Range(0, 30, ErrorMessage = "Reminders:EscalationGraceWorkingDays phải từ 0 đến 30.")]
    public int EscalationGraceWorkingDays { get; set; } = 1;
    [Range(1, 90, ErrorMessage = "Reminders:NoDeadlineCheckInDays phải từ 1 đến 90.")]
    public int NoDeadlineCheckInDays { get; set; } = 7;
    /// <summary>Quartz cron (seconds first) in the ward's zone; the sweep itself skips non-working time.</summary>
    public string SweepCron { get; set; } = "0 0/15 7-16 * * ?";
    /// <summary>Daily at 07:30; the digest itself skips days off, so make-up Saturdays get one too.</summary>
    public string DigestCron { get; set; } = "0 30 7 * * ?";

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return new ValidationResult($"Reminders:TimeZone \"{TimeZone}\" không phải múi giờ hệ thống biết (ví dụ Asia/Ho_Chi_Minh).");
        if (WorkEnd <= WorkStart)
            yield return new ValidationResult("Reminders:WorkEnd phải sau Reminders:WorkStart.");
        if (WorkingDays is { Length: 0 })
            yield return new ValidationResult("Reminders:WorkingDays cần ít nhất một ngày.");
        if (DaysBefore?.Any(d => d is < 1 or > 30) == true)
            yield return new ValidationResult("Reminders:DaysBefore chỉ gồm các số từ 1 đến 30.");
        foreach (var (key, cron) in new[] { ("SweepCron", SweepCron), ("DigestCron", DigestCron) })
            if (!IsCron(cron))
                yield return new ValidationResult($"Reminders:{key} \"{cron}\" không phải biểu thức cron của Quartz (giây phút giờ ngày tháng thứ, ví dụ \"0 30 7 * * ?\").");
    }

    private static bool IsCron(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        try { _ = new CronExpression(text); return true; }
        catch (FormatException) { return false; }
    }

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
            EscalateAfterWorkingDays = EscalateAfterWorkingDays, EscalationGraceWorkingDays = EscalationGraceWorkingDays, NoDeadlineCheckInDays = NoDeadlineCheckInDays,
        };
    }
}
