using ChatBot.Channels;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Hosting;

/// <summary><c>GET /healthz</c> (liveness, shape documented in README): 200 with the database and channels when the
/// database answers, 503 otherwise; the detail carries the outbox (<see cref="OutboxHealth"/>): backlog, oldest pending
/// age, messages refused or expired. Whether the instance can do its work now (the database takes a write, disk space,
/// outbox backlog, polling) is <c>/readyz</c> (<see cref="Readiness"/>): a full disk still answers reads.</summary>
public static class HealthCheck
{
    public static async Task<IResult> Handle(ChatBotDb db, IEnumerable<IChatChannel> channels, OutboxHealth outbox, CancellationToken ct)
    {
        bool dbOk;
        try { dbOk = await db.Database.CanConnectAsync(ct); }
        catch (Exception) when (!ct.IsCancellationRequested) { dbOk = false; } // a broken file: 503, not a 500 with a stack
        var o = dbOk ? await outbox.ReadAsync(ct) : null;
        var body = new
        {
            status = dbOk ? "ok" : "degraded", database = dbOk ? "ok" : "unreachable", channels = channels.Select(c => c.Name).ToArray(),
            outbox = o is null ? null : new
            {
                pending = o.Pending, oldest_pending_seconds = o.OldestPendingAge is { } age ? (long?)age.TotalSeconds : null,
                max_age_seconds = (long)o.MaxAge.TotalSeconds, failed_last_day = o.FailedLastDay, expired_last_day = o.ExpiredLastDay,
                failed = o.Failed, expired = o.Expired, problems_last_day = o.ProblemsLastDay,
                senders = o.Senders.Select(s => new { channel = s.Channel, mine = s.Mine, until = s.Until }).ToArray(),
            },
        };
        return dbOk ? Results.Ok(body) : Results.Json(body, statusCode: 503);
    }
}
