using ChatBot.Cli;
using ChatBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static ChatBot.Tests.Reminders.ReminderWard;

namespace ChatBot.Tests.Reminders;

public sealed class RemindersHostTests
{
    [Fact]
    public async Task The_scheduler_runs_the_sweep_and_the_digest_on_cron_triggers_in_vietnam_time()
    {
        using var app = new ChatBotApp(new() { ["Reminders:Enabled"] = "true" });
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = new List<ICronTrigger>();
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup()))
            triggers.Add(Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(key)));
        Assert.Equal(["0 0/15 7-16 * * ?", "0 30 7 * * ?"], triggers.Select(t => t.CronExpressionString).Order());
        Assert.All(triggers, t => Assert.Equal("Asia/Ho_Chi_Minh", t.TimeZone.Id));
    }

    [Fact]
    public void Calendar_settings_come_from_the_reminders_section()
    {
        using var app = new ChatBotApp(new()
        {
            ["Reminders:WorkStart"] = "08:00",
            ["Reminders:Holidays:0"] = "2026-06-16",
            ["Reminders:MakeUpWorkingDays:0"] = "2026-06-20",
        });
        var calendar = app.Services.GetRequiredService<ChatBot.Core.Reminders.WorkingCalendar>();
        Assert.False(calendar.IsWorkingDay(new(2026, 6, 16)));
        Assert.True(calendar.IsWorkingDay(new(2026, 6, 20)));
        Assert.True(calendar.IsWorkingDay(new(2026, 4, 30))); // a configured list replaces the built-in one
        Assert.Equal(Local(6, 15, 8), calendar.NextWorkingStart(Local(6, 15, 7, 45)));
        Assert.Null(app.Services.GetService<ISchedulerFactory>()); // Reminders:Enabled=false in tests: no scheduler
    }

    [Fact]
    public async Task Run_once_prints_what_it_queued_for_a_simulated_instant()
    {
        using var app = new ChatBotApp();
        var ward = new ReminderWard();
        await app.WithDb(async db =>
        {
            await ward.SeedDirectoryAsync(db);
            await ward.AddTaskAsync(db, "late", "kt", new(2026, 6, 10), ward.ChairedByAn, Local(6, 1, 9));
        });
        var id = ward.Tasks["late"];

        var (code, output) = await Run(app, "run-once", "--ward", "phuong thu nghiem", "--now", "2026-06-16T08:00");
        Assert.Equal(0, code);
        Assert.Contains("Phường Thử Nghiệm, 08:00 16/06/2026: đã xếp 3 nhắc việc vào hàng gửi.", output);
        Assert.Contains($"#{id} quá hạn → Phòng Kinh tế (2 cuộc trò chuyện)", output);
        Assert.Contains($"#{id} báo lãnh đạo → Phạm Hùng (1 cuộc trò chuyện)", output);
        Assert.Contains($"#{id} báo lãnh đạo → Nguyễn Văn An (1 cuộc trò chuyện)", output);

        (code, output) = await Run(app, "run-once", "--ward", "Phường Thử Nghiệm", "--now", "2026-06-16T09:00+07:00", "--json");
        Assert.Equal(0, code);
        Assert.Equal("[]", output.Trim());

        (code, output) = await Run(app, "run-once", "--ward", "Phường Thử Nghiệm", "--now", "2026-06-20T09:00");
        Assert.Contains("ngoài giờ làm việc", output);
        Assert.Contains("07:30 22/06/2026", output);

        (code, _) = await Run(app, "run-once", "--ward", "Không Có");
        Assert.Equal(2, code);
    }

    private static async Task<(int, string)> Run(ChatBotApp app, params string[] args)
    {
        var stdout = new StringWriter();
        var code = await CliApp.RunAsync(["reminders", .. args], new CliContext(stdout, new StringWriter()) { Services = app.Services });
        return (code, stdout.ToString());
    }
}
