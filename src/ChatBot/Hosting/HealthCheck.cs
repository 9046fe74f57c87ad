using ChatBot.Channels;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Hosting;

/// <summary><c>GET /healthz</c>: 200 with the database and channels when the database answers, 503 otherwise.</summary>
public static class HealthCheck
{
    public static async Task<IResult> Handle(ChatBotDb db, IEnumerable<IChatChannel> channels, CancellationToken ct)
    {
        var dbOk = await db.Database.CanConnectAsync(ct);
        var body = new { status = dbOk ? "ok" : "degraded", database = dbOk ? "ok" : "unreachable", channels = channels.Select(c => c.Name).ToArray() };
        return dbOk ? Results.Ok(body) : Results.Json(body, statusCode: 503);
    }
}
