using ChatBot.Channels;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Outbox;

/// <summary>This process's name on leases, so two instances never send the same row.</summary>
public sealed record OutboxLeaseOwner(string Id)
{
    public static OutboxLeaseOwner Create() => new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");
}

/// <summary>One sweep of the outbox: picks the oldest due row of each chat, claims it, sends it, records the outcome.</summary>
public sealed class OutboxProcessor(
    ChatBotDb db,
    IEnumerable<IChatChannel> channels,
    OutboxRateLimiter limiter,
    OutboxLeaseOwner lease,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor> log)
{
    private const string ForbiddenNote = "Forbidden: người dùng đã chặn bot hoặc rời nhóm";

    /// <summary>Sends what is due now and allowed by the limits; returns how many messages went out.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken ct)
    {
        var available = channels.Where(c => c.IsAvailable).ToDictionary(c => c.Name);
        if (available.Count == 0) return 0;
        var names = available.Keys.ToList();
        var now = clock.GetUtcNow();
        var o = options.Value;

        // Only the oldest pending row of a chat is eligible, so a later message never overtakes an earlier one.
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.State == OutboxState.Pending && names.Contains(m.Channel) && m.NextAttemptAt <= now
                        && (m.LeaseUntil == null || m.LeaseUntil < now)
                        && !db.Outbox.Any(e => e.State == OutboxState.Pending && e.Channel == m.Channel
                                               && e.ChatId == m.ChatId && e.Id < m.Id))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Channel, m.ChatId })
            .Take(Math.Max(1, o.BatchSize))
            .ToListAsync(ct);

        var sent = 0;
        foreach (var d in due)
        {
            var channel = available[d.Channel];
            // Claim before taking a rate slot, so instances that lose the race don't spend the chat's budget.
            if (!await ClaimAsync(d.Id, ct)) continue;
            if (!limiter.TryAcquire(channel, d.ChatId, out _))
            {
                await db.Outbox.Where(m => m.Id == d.Id && m.LeaseOwner == lease.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
                continue;
            }
            var row = await db.Outbox.AsNoTracking().FirstAsync(m => m.Id == d.Id, ct);
            var outcome = await SendAsync(channel, row, ct);
            await RecordAsync(row, outcome, ct);
            if (outcome.Status == SendStatus.Sent) sent++;
        }
        return sent;
    }

    /// <summary>Conditional UPDATE: succeeds for exactly one instance while the row is pending and unleased.</summary>
    private async Task<bool> ClaimAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now.AddSeconds(Math.Max(1, options.Value.LeaseSeconds));
        var claimed = await db.Outbox
            .Where(m => m.Id == id && m.State == OutboxState.Pending && m.NextAttemptAt <= now
                        && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.LeaseOwner, lease.Id)
                .SetProperty(m => m.LeaseUntil, until), ct);
        return claimed == 1;
    }

    private async Task<SendOutcome> SendAsync(IChatChannel channel, OutboxMessage row, CancellationToken ct)
    {
        try
        {
            return await channel.SendAsync(row, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // A channel should report, not throw; treat surprises as transient so nothing is lost.
            log.LogWarning(ex, "Outbox {Id}: kênh {Channel} ném lỗi khi gửi", row.Id, row.Channel);
            return SendOutcome.Retry(ex.GetType().Name + ": " + ex.Message);
        }
    }

    private async Task RecordAsync(OutboxMessage row, SendOutcome outcome, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        var mine = db.Outbox.Where(m => m.Id == row.Id && m.LeaseOwner == lease.Id);
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.State, OutboxState.Sent)
                    .SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.PlatformMessageId, outcome.PlatformMessageId)
                    .SetProperty(m => m.Attempts, row.Attempts + 1)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
                break;

            case SendStatus.RetryLater when outcome.RetryAfter is { } after:
                // Rate limited: the platform says when; the chat's later rows wait behind this one.
                await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.NextAttemptAt, now + after)
                    .SetProperty(m => m.LastError, outcome.Error)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
                log.LogInformation("Outbox {Id}: bị giới hạn tốc độ, thử lại sau {After}", row.Id, after);
                break;

            case SendStatus.RetryLater:
                var attempts = row.Attempts + 1;
                if (attempts >= o.MaxAttempts)
                {
                    await FailAsync(mine, attempts, outcome.Error, ct);
                    log.LogWarning("Outbox {Id}: bỏ sau {Attempts} lần thử: {Error}", row.Id, attempts, outcome.Error);
                    break;
                }
                await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, now + Backoff(attempts))
                    .SetProperty(m => m.LastError, outcome.Error)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
                break;

            case SendStatus.Forbidden:
                await FailAsync(mine, row.Attempts + 1, outcome.Error ?? ForbiddenNote, ct);
                // Stop writing to this chat until the user writes again (the conversation re-activates the account).
                await db.Outbox
                    .Where(m => m.Channel == row.Channel && m.ChatId == row.ChatId && m.State == OutboxState.Pending && m.CreatedAt <= now)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.State, OutboxState.Failed)
                        .SetProperty(m => m.LastError, ForbiddenNote), ct);
                await db.ChatAccounts
                    .Where(a => a.Channel == row.Channel && a.ChatId == row.ChatId && a.Active)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Active, false), ct);
                log.LogInformation("Outbox {Id}: chat {Channel}/{Chat} đã chặn bot; ngừng gửi", row.Id, row.Channel, row.ChatId);
                break;

            default:
                await FailAsync(mine, row.Attempts + 1, outcome.Error ?? "Rejected", ct);
                log.LogWarning("Outbox {Id}: nền tảng từ chối tin: {Error}", row.Id, outcome.Error);
                break;
        }
    }

    private static Task<int> FailAsync(IQueryable<OutboxMessage> mine, int attempts, string? error, CancellationToken ct) =>
        mine.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, OutboxState.Failed)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);

    /// <summary>Exponential backoff with ±20 % jitter so many failing rows do not retry in lockstep.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var exp = o.RetryBaseDelay.TotalSeconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = Math.Min(exp, o.RetryMaxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(capped * (0.8 + Random.Shared.NextDouble() * 0.4));
    }
}
