using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Reminders;
using ChatBot.Reminders;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Cli;

/// <summary><c>reminders run-once --ward W [--now ISO] [--json]</c>: one sweep now (or at a simulated instant); prints what it queued.</summary>
public static class RemindersVerb
{
    public static async Task<int> RunAsync(CliArgs args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positional is not ["run-once"])
            throw new CliUsageException("Cách dùng: reminders run-once --ward PHƯỜNG [--now 2026-06-15T08:00] [--json]");
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var sweep = sp.GetService<ReminderSweep>() ?? throw new InvalidOperationException("Chưa đăng ký dịch vụ nhắc việc (AddReminders).");
        var calendar = sp.GetRequiredService<WorkingCalendar>();
        var db = sp.GetRequiredService<ChatBotDb>();

        var wardArg = args.Required("ward");
        var folded = ChairMatch.Fold(wardArg);
        var wards = await db.Wards.AsNoTracking().Select(w => new { w.Id, w.Name, w.Key }).ToListAsync();
        var ward = wards.FirstOrDefault(w => int.TryParse(wardArg, out var id) && w.Id == id)
            ?? wards.FirstOrDefault(w => ChairMatch.Fold(w.Name) == folded || ChairMatch.Fold(w.Key) == folded)
            ?? wards.FirstOrDefault(w => ChairMatch.Fold(w.Name).EndsWith(" " + folded, StringComparison.Ordinal));
        if (ward is null)
        {
            stderr.WriteLine($"Lỗi: không tìm thấy phường \"{wardArg}\".");
            return 1;
        }

        var now = args.Option("now") is { } nowText ? ParseNow(nowText, calendar) : sp.GetRequiredService<TimeProvider>().GetUtcNow();
        var queued = await sweep.RunAsync(ward.Id, now, CancellationToken.None);

        if (args.Flag("json"))
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
