using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Reminders;
using ChatBot.Directory;
using ChatBot.Reminders;

namespace ChatBot.Cli;

/// <summary><c>reminders run-once --ward W [--now ISO] [--json]</c>: one sweep now (or at a simulated instant); prints what it queued.</summary>
public static class RemindersVerb
{
    public static Command Create(CliContext cli)
    {
        var ward = CliSymbols.Ward();
        var now = new Option<string>("--now") { HelpName = "ISO", Description = "Chạy như thể lúc này, ví dụ 2026-06-15T08:00 (giờ của phường) hoặc 2026-06-15T08:00+07:00." };
        var json = CliSymbols.Json();
        var runOnce = new Command("run-once", "Quét nhắc việc một lần cho một phường và xếp các nhắc việc đến lúc gửi vào hàng gửi.") { ward, now, json };
        runOnce.SetAction(async (r, ct) =>
        {
            await using var s = await cli.OpenAsync(ct);
            return await RunOnceAsync(s.Services, r.GetValue(ward)!, r.GetValue(now), r.GetValue(json), cli.Out, ct);
        });
        return new Command("reminders", "Nhắc việc (dịch vụ đang chạy tự quét mỗi 15 phút trong giờ làm việc).") { runOnce };
    }

    private static async Task<int> RunOnceAsync(IServiceProvider sp, string wardName, string? nowText, bool json, TextWriter stdout, CancellationToken ct)
    {
        var calendar = sp.GetRequiredService<WorkingCalendar>();
        var ward = await sp.GetRequiredService<DirectoryService>().FindWardAsync(wardName, ct);
        var now = nowText is not null ? ParseNow(nowText, calendar) : sp.GetRequiredService<TimeProvider>().GetUtcNow();
        var queued = await sp.GetRequiredService<ReminderSweep>().RunAsync(ward.Id, now, ct);

        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(queued.Select(q => new
            {
                taskId = q.TaskId, kind = q.Kind, occurrence = q.Occurrence.ToString("yyyy-MM-dd"),
                audience = q.Audience.ToString(), recipientId = q.RecipientId, recipient = q.Recipient, chats = q.Chats,
            }), new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return 0;
        }
        var local = calendar.ToLocal(now);
        if (!calendar.IsWorkingTime(now))
            stdout.WriteLine($"{local:HH:mm dd/MM/yyyy} ngoài giờ làm việc: không gửi nhắc việc (lần sau: {calendar.ToLocal(calendar.NextWorkingStart(now)):HH:mm dd/MM/yyyy}).");
        else if (queued.Count == 0)
            stdout.WriteLine($"{ward.Name}, {local:HH:mm dd/MM/yyyy}: không có nhắc việc nào đến lúc gửi.");
        else
        {
            stdout.WriteLine($"{ward.Name}, {local:HH:mm dd/MM/yyyy}: đã xếp {queued.Count} nhắc việc vào hàng gửi.");
            foreach (var q in queued)
                stdout.WriteLine($"  #{q.TaskId} {ReminderTexts.KindName(q.Kind)} → {q.Recipient} ({q.Chats} cuộc trò chuyện)");
        }
        return 0;
    }

    /// <summary>An ISO instant; without an offset it is read as the ward's local time.</summary>
    private static DateTimeOffset ParseNow(string text, WorkingCalendar calendar)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dt))
            throw new CliUsageException($"--now không hợp lệ: {text} (ví dụ 2026-06-15T08:00 hoặc 2026-06-15T08:00+07:00).");
        if (dt.Kind == DateTimeKind.Unspecified)
            return new DateTimeOffset(dt, calendar.TimeZone.GetUtcOffset(dt));
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }
}
