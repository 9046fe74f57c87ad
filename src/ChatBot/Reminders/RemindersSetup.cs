using ChatBot.Core.Reminders;
using ChatBot.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace ChatBot.Reminders;

public static class RemindersSetup
{
    /// <summary>Calendar, sweep and digest services always; the Quartz schedule only when Reminders:Enabled (default true).</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<ReminderOptions>(ReminderOptions.Section);
        services.AddSingleton(sp => new WorkingCalendar(sp.GetRequiredService<IOptions<ReminderOptions>>().Value.Calendar()));
        services.AddScoped<ReminderSweep>();
        services.AddScoped<DigestService>();

        var options = config.ReadValidated<ReminderOptions>(ReminderOptions.Section);
        if (!options.Enabled) return services;
        var zone = Core.Common.WardClock.FindZone(options.TimeZone);
        services.AddQuartz(q =>
        {
            q.ScheduleJob<ReminderSweepJob>(t => t.WithIdentity("reminder-sweep").WithCronSchedule(options.SweepCron, c => c.InTimeZone(zone)));
            q.ScheduleJob<DigestJob>(t => t.WithIdentity("morning-digest").WithCronSchedule(options.DigestCron, c => c.InTimeZone(zone)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
