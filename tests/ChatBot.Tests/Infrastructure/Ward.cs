using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Inbound;
using ChatBot.Outbox;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Infrastructure;

/// <summary>A seeded ward driven through the real inbound pipeline and conversation, like officials typing in a channel-neutral chat.</summary>
public sealed class TestWard(ChatBotApp app, string channel = "sim")
{
    public const string Notice = """
        UỶ BAN NHÂN DÂN PHƯỜNG AN BÌNH
        Số: 15/TB-UBND
        An Bình, ngày 02 tháng 6 năm 2026
        THÔNG BÁO
        Kết luận của Chủ tịch UBND phường tại phiên họp tháng 6 năm 2026

        1. Phòng Kinh tế, Hạ tầng và Đô thị
        - Rà soát toàn bộ các công trình xây dựng trái phép trên địa bàn, hoàn thành trước ngày 10/6/2026.
        - Hoàn thiện hồ sơ cấp phép bến thủy nội địa, hoàn thành trước ngày 30/6/2026.
        - Tăng cường kiểm tra vệ sinh môi trường trên các tuyến phố.
        2. Phòng Văn hóa - Xã hội
        - Tổ chức Ngày hội gia đình, hoàn thành trước ngày 05/6/2026.
        - Rà soát danh sách hộ nghèo, hoàn thành trước ngày 20/6/2026.

        Nơi nhận:
        - Lưu: VT.
        """;

    public int WardId { get; private set; }
    public int EconomyId { get; private set; }
    public int CultureId { get; private set; }
    public int DocumentId { get; private set; }

    public string Channel => channel;

    /// <summary>Ward, two units, and four officials linked through real invite codes: leader, clerk, economy head, culture staff.</summary>
    public async Task SeedAsync(bool import = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var dir = scope.ServiceProvider.GetRequiredService<DirectoryService>();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        var ward = await dir.AddWardAsync("An Bình", default);
        await db.SaveChangesAsync();
        WardId = ward.Id;
        var economy = await dir.AddUnitAsync(ward, "Phòng Kinh tế, Hạ tầng và Đô thị", ["Phòng KT", "Phòng Kinh tế"], default);
        var culture = await dir.AddUnitAsync(ward, "Phòng Văn hóa - Xã hội", ["Phòng VH-XH"], default);
        await db.SaveChangesAsync();
        (EconomyId, CultureId) = (economy.Id, culture.Id);
        await LinkAsync("leader", Role.Leader, null, "Chủ tịch Trần An");
        await LinkAsync("clerk", Role.Clerk, null, "Văn phòng Lê Bình");
        await LinkAsync("kinhte", Role.Head, EconomyId, "Trưởng phòng Kinh tế");
        await LinkAsync("vanhoa", Role.Staff, CultureId, "Chuyên viên Văn hóa");
        if (import) await ImportAsync(Notice, assign: true);
    }

    public async Task LinkAsync(string chat, Role role, int? unitId, string name)
    {
        string code;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var dir = scope.ServiceProvider.GetRequiredService<DirectoryService>();
            var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
            var ward = await db.Wards.FirstAsync(w => w.Id == WardId);
            var unit = unitId is null ? null : await db.Units.FirstAsync(u => u.Id == unitId);
            (_, code) = await dir.CreateInviteAsync(ward, unit, role, name, default);
            await db.SaveChangesAsync();
        }
        await SendAsync(chat, $"/start {code}");
    }

    /// <summary>Imports (and assigns) a notice as the CLI does; returns how many messages assigning queued.</summary>
    public async Task<int> ImportAsync(string text, bool assign)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        var ward = await db.Wards.FirstAsync(w => w.Id == WardId);
        var actor = new Core.Tasks.Actor(null, "test", "cli", null);
        var result = await imports.ImportAsync(ward, "notice.txt", System.Text.Encoding.UTF8.GetBytes(text), actor, default);
        await db.SaveChangesAsync();
        DocumentId = result.Document.Id;
        var queued = assign ? await imports.AssignAsync(result.Document, actor, default) : 0;
        await db.SaveChangesAsync();
        return queued;
    }

    /// <summary>The outcome of the last message sent (its status and, for a button press, its toast).</summary>
    public InboundOutcome? LastOutcome { get; private set; }

    /// <summary>Sends as the person of chat <paramref name="chat"/> through the inbound pipeline and returns what the bot queued for that chat.</summary>
    public async Task<List<OutboxMessage>> SendAsync(string chat, string? text, string? replyTo = null, string? callback = null,
        InboundFile? file = null, bool group = false, bool unsupported = false)
    {
        var before = await app.WithDb(async db => await db.Outbox.MaxAsync(o => (long?)o.Id) ?? 0);
        var message = new InboundMessage(channel, Guid.NewGuid().ToString("N"), chat, chat, text, chat, group,
            ReplyToMessageId: replyTo, CallbackData: callback, File: file, Unsupported: unsupported);
        LastOutcome = await app.Services.GetRequiredService<InboundPipeline>().HandleAsync(message, default);
        return await app.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.Id > before && o.ChatId == chat).OrderBy(o => o.Id).ToListAsync());
    }

    public async Task<string> AskAsync(string chat, string text) =>
        string.Join("\n---\n", (await SendAsync(chat, text)).Select(m => m.Text));

    /// <summary>Everything queued for a chat so far.</summary>
    public Task<List<OutboxMessage>> InboxAsync(string chat) =>
        app.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.ChatId == chat && o.Channel == channel).OrderBy(o => o.Id).ToListAsync());

    public Task<List<Core.Tasks.WorkTask>> TasksAsync() =>
        app.WithDb(db => db.Tasks.AsNoTracking().Where(t => t.WardId == WardId).OrderBy(t => t.Id).ToListAsync());
}
