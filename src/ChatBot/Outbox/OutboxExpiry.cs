using System.Globalization;
using System.Text;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Outbox;

/// <summary>Gives up on messages nobody could deliver for <c>Outbox:MaxAge</c> (3 days by default) — never silently: each
/// becomes <see cref="OutboxState.Expired"/> and the ward's clerks are told whose messages did not arrive, on their other
/// chats (never on the chat that failed).</summary>
public sealed class OutboxExpiry(
    ChatBotDb db,
    Notifier notifier,
    OutboxInstance instance,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxExpiry> log)
{
    /// <summary>Rows expired per sweep; a larger backlog goes on the next sweeps.</summary>
    private const int Chunk = 500;

    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    /// <summary>Sweeps when a minute has passed since this process last did (every dispatcher pass asks).</summary>
    public Task<int> SweepIfDueAsync(CancellationToken ct) =>
        instance.TryStartExpirySweep(clock.GetUtcNow(), Every) ? SweepAsync(ct) : Task.FromResult(0);

    /// <summary>Marks pending rows older than MaxAge Expired and reports them; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - options.Value.MaxAge;
        var ids = await db.Outbox.AsNoTracking()
            .Where(m => m.State == OutboxState.Pending && m.CreatedAt < cutoff)
            .OrderBy(m => m.Id).Select(m => m.Id).Take(Chunk).ToListAsync(ct);
        if (ids.Count == 0) return 0;

        // Conditional on still pending and not being sent right now; the claim token tells this sweep's rows apart.
        var token = instance.NextClaim();
        await db.Outbox
            .Where(m => ids.Contains(m.Id) && m.State == OutboxState.Pending && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.State, OutboxState.Expired)
                .SetProperty(m => m.Problem, SendProblem.Expired)
                .SetProperty(m => m.FailedAt, now)
                .SetProperty(m => m.LeaseOwner, token)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
        var expired = await db.Outbox.AsNoTracking().Where(m => m.LeaseOwner == token)
            .Select(m => new Expired(m.Channel, m.ChatId, m.LastError)).ToListAsync(ct);
        await db.Outbox.Where(m => m.LeaseOwner == token)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null), ct);
        if (expired.Count == 0) return 0;

        log.LogWarning("Outbox: {Count} tin quá {MaxAge} chưa gửi được, đã dừng gửi", expired.Count, options.Value.MaxAge);
        await ReportAsync(expired, ct);
        return expired.Count;
    }

    private sealed record Expired(string Channel, string ChatId, string? LastError);

    private sealed record Recipient(string Channel, string ChatId, int WardId, string Name);

    /// <summary>One message per ward to its clerks: whose chats, how many messages, the last error.</summary>
    private async Task ReportAsync(List<Expired> expired, CancellationToken ct)
    {
        var chatIds = expired.Select(e => e.ChatId).Distinct().ToList();
        var people = await db.ChatAccounts.AsNoTracking()
            .Where(a => chatIds.Contains(a.ChatId))
            .Select(a => new Recipient(a.Channel, a.ChatId, a.Official!.WardId, a.Official.Name ?? a.DisplayName ?? a.ChatId))
            .ToListAsync(ct);
        var groups = await db.Units.AsNoTracking()
            .Where(u => u.GroupChatId != null && chatIds.Contains(u.GroupChatId))
            .Select(u => new Recipient(u.GroupChannel ?? "", u.GroupChatId!, u.WardId, "nhóm " + u.Name))
            .ToListAsync(ct);
        var who = people.Concat(groups).ToLookup(r => (r.Channel, r.ChatId));
        var dead = expired.Select(e => (e.Channel, e.ChatId)).ToHashSet();

        var lines = new Dictionary<int, List<string>>();
        foreach (var chat in expired.GroupBy(e => (e.Channel, e.ChatId)))
        {
            var recipients = who[chat.Key].ToList();
            if (recipients.Count == 0)
            {
                log.LogWarning("Outbox: {Count} tin cho chat {Channel}/{Chat} (không thuộc phường nào) đã hết hạn", chat.Count(), chat.Key.Channel, chat.Key.ChatId);
                continue;
            }
            var error = chat.Select(e => e.LastError).LastOrDefault(e => e is not null);
            foreach (var ward in recipients.GroupBy(r => r.WardId))
            {
                var names = string.Join(", ", ward.Select(r => r.Name).Distinct());
                if (!lines.TryGetValue(ward.Key, out var list)) lines[ward.Key] = list = [];
                list.Add($"• {TaskTexts.Esc(names)} ({ChannelName(chat.Key.Channel)}): {chat.Count()} tin" +
                         (error is null ? "" : $" — lỗi cuối: <i>{TaskTexts.Esc(Short(error))}</i>"));
            }
        }

        foreach (var (wardId, list) in lines)
        {
            var clerks = await db.Officials.AsNoTracking().Include(o => o.Accounts)
                .Where(o => o.WardId == wardId && o.Role == Role.Clerk).ToListAsync(ct);
            var text = Text(list);
            var reached = 0;
            foreach (var a in clerks.SelectMany(Notifier.PushAccounts).Where(a => !dead.Contains((a.Channel, a.ChatId))).DistinctBy(a => (a.Channel, a.ChatId)))
            {
                notifier.ToChat(a.Channel, a.ChatId, new Outgoing(text));
                reached++;
            }
            if (reached == 0) log.LogWarning("Outbox: phường {Ward} không có văn thư nào nhận được báo cáo tin hết hạn", wardId);
        }
        await db.SaveChangesAsync(ct);
    }

    private string Text(List<string> lines)
    {
        var b = new StringBuilder();
        b.Append("⚠️ <b>Có tin nhắn không gửi được</b>\n");
        b.Append($"Các tin sau đã chờ quá {Age(options.Value.MaxAge)} mà vẫn chưa gửi được nên hệ thống đã dừng gửi:\n");
        foreach (var line in lines) b.Append(line).Append('\n');
        b.Append("Anh/chị vui lòng liên hệ trực tiếp những người này (có thể họ đã chặn bot hoặc đổi tài khoản chat). Các tin mới vẫn được gửi bình thường.");
        return b.ToString();
    }

    internal static string ChannelName(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "zalo" => "Zalo",
        "sim" => "trang mô phỏng",
        _ => channel,
    };

    private static string Age(TimeSpan age) =>
        age.TotalDays >= 1 && age.TotalDays == Math.Floor(age.TotalDays) ? $"{age.TotalDays:0} ngày"
        : age.TotalHours >= 1 ? $"{age.TotalHours.ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"))} giờ"
        : $"{age.TotalMinutes:0} phút";

    private static string Short(string error) => error.Length <= 120 ? error : error[..119] + "…";
}
