using System.Text;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Outbox;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.Simulator;

/// <summary>Seeds the demo ward once the database is migrated (StartedAsync runs after every hosted service's StartAsync).</summary>
public sealed class SimulatorSeeder(IServiceScopeFactory scopes, IOptions<SimulatorOptions> options, IServer server, ILogger<SimulatorSeeder> log)
    : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken ct)
    {
        // The newcomer's first command ends here: say where to look.
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        log.LogInformation("Kênh mô phỏng đang bật: mở {Url} để dùng thử", (address ?? "http://localhost:5000").TrimEnd('/') + "/sim");
        if (!options.Value.SeedDemo) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await ActivatorUtilities.CreateInstance<DemoWardSeed>(scope.ServiceProvider).RunAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A broken demo must not stop the service itself.
            log.LogError(e, "Seeding the simulator's demo ward failed");
        }
    }

    public Task StartingAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Creates the demo ward through the real services; every step is skipped when already done, so restarts add nothing.</summary>
public sealed class DemoWardSeed(ChatBotDb db, DirectoryService directory, ImportService import, Notifier notifier,
    WardClock clock, ILogger<DemoWardSeed> log)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var key = Fold.Key(DemoWard.Name);
        var ward = await db.Wards.FirstOrDefaultAsync(w => w.Key == key, ct) ?? await directory.AddWardAsync(DemoWard.Name, ct);
        await db.SaveChangesAsync(ct);

        var units = new Dictionary<string, Unit>();
        foreach (var (name, aliases) in DemoWard.Units)
            units[name] = await directory.AddUnitAsync(ward, name, aliases, ct);
        await db.SaveChangesAsync(ct);

        Official? clerk = null;
        foreach (var p in DemoWard.Personas)
        {
            var account = await db.ChatAccounts.Include(a => a.Official)
                .FirstOrDefaultAsync(a => a.Channel == SimulatorChannel.ChannelName && a.ChatId == p.ChatId, ct);
            var official = account?.Official ?? await LinkAsync(ward, p, p.Unit is null ? null : units[p.Unit], ct);
            if (p.Role == Role.Clerk) clerk = official;
        }

        if (await db.Documents.AnyAsync(d => d.WardId == ward.Id, ct)) return;
        await ImportNoticeAsync(ward, clerk, ct);
    }

    private async Task<Official> LinkAsync(Ward ward, Persona p, Unit? unit, CancellationToken ct)
    {
        var (_, code) = await directory.CreateInviteAsync(ward, unit, p.Role, p.Name, ct);
        await db.SaveChangesAsync(ct);
        var linked = await directory.LinkAsync(code, SimulatorChannel.ChannelName, p.ChatId, p.ChatId, p.Name, ct);
        await db.SaveChangesAsync(ct);
        linked.RecordOfficial();
        var where = unit is null ? "UBND phường" : unit.Name;
        notifier.ToChat(SimulatorChannel.ChannelName, p.ChatId, new Outgoing(
            $"👋 Xin chào <b>{TaskTexts.Esc(p.Name)}</b>! Đây là điện thoại mô phỏng của <b>{TaskTexts.Esc(p.Label)}</b> " +
            $"— vai trò {TaskTexts.Esc(p.Role.Vietnamese())}, {TaskTexts.Esc(where)}, {TaskTexts.Esc(DemoWard.Name)}.\n" +
            "Tài khoản này đã được liên kết sẵn. Gõ /help để xem các lệnh."));
        await db.SaveChangesAsync(ct);
        log.LogInformation("Demo persona {Label} linked to chat {ChatId}", p.Label, p.ChatId);
        return linked.Official;
    }

    private async Task ImportNoticeAsync(Ward ward, Official? clerk, CancellationToken ct)
    {
        var today = clock.Today;
        var bytes = Encoding.UTF8.GetBytes(DemoWard.Notice(today));
        var actor = new Actor(clerk?.Id, clerk?.Name, SimulatorChannel.ChannelName, null);
        var result = await import.ImportAsync(ward, $"TB-ket-luan-giao-ban-thang-{today.AddDays(-16).Month}-demo.txt", bytes, actor, ct);
        await db.SaveChangesAsync(ct);
        var pushed = await import.AssignAsync(result.Document, actor, ct);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Demo notice imported: {Summary}; {Messages} messages queued", result.Summary(), pushed);
    }
}
