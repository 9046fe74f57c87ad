using System.Text;
using ChatBot.Channels;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Inbound;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Conversation;

/// <summary>A clerk's notice: upload (.docx/.pdf/.txt) or paste, review the draft, confirm (/xacnhan) or discard (/bo).</summary>
public sealed class DocumentHandler(ChatBotDb db, ImportService imports, IEnumerable<IChatChannel> channels, UnitOfWork unit,
    IOptions<ParsingOptions> parsing)
{
    /// <summary>Largest uploaded notice accepted from chat: the one upload limit, Parsing:MaxFileBytes.</summary>
    private long MaxUploadBytes => parsing.Value.MaxFileBytes;

    private static bool CanImport(Official me) => me.Role is Role.Clerk or Role.Leader;

    /// <summary>A long multi-line text from a clerk is a pasted notice.</summary>
    public bool IsPastedNotice(ChatContext ctx) =>
        CanImport(ctx.Me) && ctx.Text.Length >= 300 && ctx.Text.Count(c => c == '\n') >= 3;

    public async Task UploadAsync(ChatContext ctx, InboundFile file, CancellationToken ct)
    {
        if (!CanImport(ctx.Me)) throw new UserFacingException("Chỉ Văn phòng HĐND và UBND (hoặc lãnh đạo) mới gửi văn bản để tạo nhiệm vụ.");
        var ext = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (ext is not (".docx" or ".pdf" or ".txt" or ".md"))
            throw new UserFacingException($"Không đọc được tệp \"{file.FileName}\". Xin gửi tệp .docx, .pdf (có lớp chữ) hoặc .txt.");
        if (file.Size is { } size && size > MaxUploadBytes)
            throw new UserFacingException($"Tệp quá lớn ({size / 1024 / 1024} MB). Giới hạn là {MaxUploadBytes / 1024 / 1024} MB.");
        var channel = channels.FirstOrDefault(c => c.Name == ctx.Message.Channel)
            ?? throw new UserFacingException("Kênh này không nhận tệp.");
        await ImportAndAskAsync(ctx, file.FileName, await DownloadAsync(channel, file, ct), ct);
    }

    private async Task<byte[]> DownloadAsync(IChatChannel channel, InboundFile file, CancellationToken ct)
    {
        try { return await channel.DownloadAsync(file, MaxUploadBytes, ct); }
        catch (ChannelFileException ex) { throw new UserFacingException(ex.Message); }
    }

    public Task ImportTextAsync(ChatContext ctx, CancellationToken ct) =>
        ImportAndAskAsync(ctx, "noi-dung-dan.txt", Encoding.UTF8.GetBytes(ctx.Text), ct);

    private async Task ImportAndAskAsync(ChatContext ctx, string fileName, byte[] content, CancellationToken ct)
    {
        var ward = await db.Wards.FirstAsync(w => w.Id == ctx.Me.WardId, ct);
        var result = await imports.ImportAsync(ward, fileName, content, ctx.Actor(fileName), ct);
        var doc = result.Document;
        if (result.AlreadyImported && doc.State == DocumentState.Assigned)
        {
            ctx.Reply.Say($"Văn bản này đã được nhập và giao trước đó ({TaskTexts.Esc(doc.Title())}, {doc.Tasks.Count} nhiệm vụ). Không tạo trùng.");
            return;
        }
        await unit.FlushAsync(ct); // the draft's number, which the clerk confirms with; committed with the rest of the message
        var sb = new StringBuilder($"📄 <b>{TaskTexts.Esc(doc.Title())}</b>\n{TaskTexts.Esc(result.Summary())}\n");
        foreach (var g in doc.Tasks.OrderBy(t => t.Ordinal).GroupBy(t => t.UnitName ?? "(chưa xác định đơn vị)"))
        {
            sb.Append($"\n<b>{TaskTexts.Esc(g.Key)}</b>{(g.First().UnitId is null && g.First().UnitName is not null ? " ⚠️ chưa có trong danh bạ" : "")}");
            foreach (var t in g)
                sb.Append($"\n  • {TaskTexts.Esc(TaskTexts.Short(t.Text))}{(t.Deadline is { } d ? $" — hạn {TaskTexts.Date(d)}" : "")}");
        }
        sb.Append($"\n\nXác nhận để giao và gửi cho các đơn vị: <code>/xacnhan {doc.Id}</code> · Bỏ: <code>/bo {doc.Id}</code>");
        ctx.Reply.Say(sb.ToString(), TaskTexts.DocumentButtons(doc.Id));
    }

    public async Task ConfirmAsync(ChatContext ctx, int? documentId, CancellationToken ct)
    {
        var doc = await DraftAsync(ctx.Me, documentId, ct);
        if (doc.State == DocumentState.Assigned) { ctx.Reply.Say($"Văn bản #{doc.Id} đã được giao rồi."); return; }
        await imports.AssignAsync(doc, ctx.Actor($"/xacnhan {doc.Id}"), ct);
        var tasks = await db.Tasks.Where(t => t.DocumentId == doc.Id).ToListAsync(ct);
        var units = tasks.Where(t => t.UnitId != null).Select(t => t.UnitId).Distinct().Count();
        var orphan = tasks.Count(t => t.UnitId is null);
        ctx.Reply.Say($"✅ Đã giao {tasks.Count} nhiệm vụ cho {units} đơn vị." +
                      (orphan > 0 ? $" {orphan} nhiệm vụ chưa xác định đơn vị, chưa gửi cho ai — xin bổ sung đơn vị vào danh bạ." : ""));
    }

    public async Task DiscardAsync(ChatContext ctx, int? documentId, CancellationToken ct)
    {
        var doc = await DraftAsync(ctx.Me, documentId, ct);
        imports.Cancel(doc);
        ctx.Reply.Say($"Đã bỏ văn bản #{doc.Id}; không nhiệm vụ nào được giao.");
    }

    private async Task<NoticeDocument> DraftAsync(Official me, int? documentId, CancellationToken ct)
    {
        if (!CanImport(me)) throw new UserFacingException("Chỉ Văn phòng HĐND và UBND (hoặc lãnh đạo) mới xác nhận văn bản.");
        var q = db.Documents.Where(d => d.WardId == me.WardId);
        var doc = documentId is { } id
            ? await q.FirstOrDefaultAsync(d => d.Id == id, ct)
            : await q.Where(d => d.State == DocumentState.Draft).OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        return doc ?? throw new UserFacingException(documentId is null ? "Không có văn bản nào đang chờ xác nhận." : $"Không có văn bản #{documentId}.");
    }
}
