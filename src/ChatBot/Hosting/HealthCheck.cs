using ChatBot.Channels;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Hosting;

/// <summary><c>GET /healthz</c> (liveness, shape documented in README): 200 with the database and channels when the
/// database answers, 503 otherwise. Whether the instance can do its work now (the database takes a write, disk space,
/// outbox backlog, polling) is <c>/readyz</c> (<see cref="Readiness"/>): a full disk still answers reads.</summary>
public static class HealthCheck
{
    public static async Task<IResult> Handle(ChatBotDb db, IEnumerable<IChatChannel> channels, CancellationToken ct)
    {
        bool dbOk;
        try { dbOk = await db.Database.CanConnectAsync(ct); }
        catch (Exception) when (!ct.IsCancellationRequested) { dbOk = false; } // a broken file: 503, not a 500 with a stack
        var body = new { status = dbOk ? "ok" : "degraded", database = dbOk ? "ok" : "unreachable", channels = channels.Select(c => c.Name).ToArray() };
        return dbOk ? Results.Ok(body) : Results.Json(body, statusCode: 503);
    }
}
