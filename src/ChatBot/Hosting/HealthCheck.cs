using ChatBot.Channels;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Hosting;

/// <summary><c>GET /healthz</c>: liveness — 200 whenever the process answers, with whether the database answers and
/// the channels. Whether the instance can do its work (a writable database, disk, outbox, polling) is <c>/readyz</c>
/// (<see cref="Readiness"/>).</summary>
public static class HealthCheck
{
    public static async Task<IResult> Handle(ChatBotDb db, IEnumerable<IChatChannel> channels, CancellationToken ct)
    {
        bool dbOk;
        try { dbOk = await db.Database.CanConnectAsync(ct); }
        catch (Exception) when (!ct.IsCancellationRequested) { dbOk = false; }
        return Results.Ok(new { status = "ok", database = dbOk ? "ok" : "unreachable", channels = channels.Select(c => c.Name).ToArray() });
    }
}
