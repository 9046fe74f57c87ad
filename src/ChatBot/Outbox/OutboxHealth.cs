using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Outbox;

/// <summary>The outbox at a glance, for <c>/readyz</c> and operators.</summary>
/// <param name="Pending">Messages waiting to go out (all channels).</param>
/// <param name="OldestPendingAge">How long the oldest of them has waited; null when none waits.</param>
/// <param name="MaxAge">After how long a waiting message is given up (Expired) and reported.</param>
/// <param name="FailedLastDay">Messages the platforms refused for good in the last 24 hours (by <see cref="SendProblem"/> in <paramref name="ProblemsLastDay"/>).</param>
/// <param name="ExpiredLastDay">Messages given up after MaxAge in the last 24 hours.</param>
/// <param name="Failed">All messages ever refused for good.</param>
/// <param name="Expired">All messages ever given up after MaxAge.</param>
/// <param name="ProblemsLastDay">Failed and expired messages of the last 24 hours per problem ("Blocked", "ChatNotFound"…).</param>
/// <param name="Senders">Which instance sends for each channel, and until when its lease runs.</param>
public sealed record OutboxHealthReport(
    int Pending,
    TimeSpan? OldestPendingAge,
    TimeSpan MaxAge,
    int FailedLastDay,
    int ExpiredLastDay,
    int Failed,
    int Expired,
    IReadOnlyDictionary<string, int> ProblemsLastDay,
    IReadOnlyList<OutboxSenderReport> Senders);

/// <param name="Mine">True when this process is the sender.</param>
public sealed record OutboxSenderReport(string Channel, string Owner, DateTimeOffset Until, bool Mine);

/// <summary>Reads the outbox's backlog and losses (a few aggregate queries on indexed columns).</summary>
public sealed class OutboxHealth(ChatBotDb db, OutboxInstance instance, TimeProvider clock, IOptions<OutboxOptions> options)
{
    public async Task<OutboxHealthReport> ReadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var dayAgo = now.AddDays(-1);
        var pending = await db.Outbox.CountAsync(m => m.State == OutboxState.Pending, ct);
        var oldest = pending == 0 ? null
            : await db.Outbox.Where(m => m.State == OutboxState.Pending).MinAsync(m => (DateTimeOffset?)m.CreatedAt, ct);
        var closed = await db.Outbox.AsNoTracking()
            .Where(m => m.State == OutboxState.Failed || m.State == OutboxState.Expired)
            .GroupBy(m => m.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
        var lastDay = await db.Outbox.AsNoTracking()
            .Where(m => (m.State == OutboxState.Failed || m.State == OutboxState.Expired) && m.FailedAt >= dayAgo)
            .GroupBy(m => new { m.State, m.Problem }).Select(g => new { g.Key.State, g.Key.Problem, Count = g.Count() }).ToListAsync(ct);
        var senders = await db.OutboxSenders.AsNoTracking().OrderBy(s => s.Channel).ToListAsync(ct);
        return new OutboxHealthReport(
            pending,
            oldest is { } o ? now - o : null,
            options.Value.MaxAge,
            lastDay.Where(x => x.State == OutboxState.Failed).Sum(x => x.Count),
            lastDay.Where(x => x.State == OutboxState.Expired).Sum(x => x.Count),
            closed.Where(x => x.State == OutboxState.Failed).Sum(x => x.Count),
            closed.Where(x => x.State == OutboxState.Expired).Sum(x => x.Count),
            lastDay.GroupBy(x => (x.Problem ?? SendProblem.Rejected).ToString()).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)),
            senders.Select(s => new OutboxSenderReport(s.Channel, s.Owner, s.Until, s.Owner == instance.Id && s.Until > now)).ToList());
    }
}
