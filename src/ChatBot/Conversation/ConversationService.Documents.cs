using System.Text;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

public sealed partial class ConversationService
{
    private static bool CanImport(Official me) => me.Role is Role.Clerk or Role.Leader;

    /// <summary>A long multi-line text from a clerk is a pasted notice.</summary>
    private static bool IsPastedNotice(Official me, string text) =>
        CanImport(me) && text.Length >= 300 && text.Count(c => c == '\n') >= 3;

    private async Task<InboundResult> UploadAsync(Official me, InboundFile file, CancellationToken ct)
    {
        if (!CanImport(me)) throw new UserFacingException("Chỉ Văn phòng HĐND và UBND (hoặc lãnh đạo) mới gửi văn bản để tạo nhiệm vụ.");
        var ext = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (ext is not (".docx" or ".pdf" or ".txt" or ".md"))
            throw new UserFacingException($"Không đọc được tệp \"{file.FileName}\". Xin gửi tệp .docx, .pdf (có lớp chữ) hoặc .txt.");
        if (file.Size is { } size && size > MaxUploadBytes)
            throw new UserFacingException($"Tệp quá lớn ({size / 1024 / 1024} MB). Giới hạn là {MaxUploadBytes / 1024 / 1024} MB.");
        var channel = channels.FirstOrDefault(c => c.Name == _in.Channel)
            ?? throw new UserFacingException("Kênh này không nhận tệp.");
        byte[] content;
        try { content = await channel.DownloadAsync(file, MaxUploadBytes, ct); }
        catch (ChatBot.Channels.ChannelFileException ex) { throw new UserFacingException(ex.Message); }
        return await ImportAndAskAsync(me, file.FileName, content, ct);
    }

    private Task<InboundResult> ImportTextAsync(Official me, string text, CancellationToken ct) =>
        ImportAndAskAsync(me, "noi-dung-dan.txt", Encoding.UTF8.GetBytes(text), ct);

    private async Task<InboundResult> ImportAndAskAsync(Official me, string fileName, byte[] content, CancellationToken ct)
    {
        var ward = await db.Wards.FirstAsync(w => w.Id == me.WardId, ct);
        var result = await imports.ImportAsync(ward, fileName, content, ActorOf(me, fileName), ct);
        var doc = result.Document;
        if (result.AlreadyImported && doc.State == DocumentState.Assigned)
            return Reply($"Văn bản này đã được nhập và giao trước đó ({TaskTexts.Esc(doc.Title())}, {doc.Tasks.Count} nhiệm vụ). Không tạo trùng.");
        var sb = new StringBuilder($"📄 <b>{TaskTexts.Esc(doc.Title())}</b>\n{TaskTexts.Esc(result.Summary())}\n");
        foreach (var g in doc.Tasks.OrderBy(t => t.Ordinal).GroupBy(t => t.UnitName ?? "(chưa xác định đơn vị)"))
        {
            sb.Append($"\n<b>{TaskTexts.Esc(g.Key)}</b>{(g.First().UnitId is null && g.First().UnitName is not null ? " ⚠️ chưa có trong danh bạ" : "")}");
            foreach (var t in g)
                sb.Append($"\n  • {TaskTexts.Esc(Short(t.Text))}{(t.Deadline is { } d ? $" — hạn {TaskTexts.Date(d)}" : "")}");
        }
        sb.Append($"\n\nXác nhận để giao và gửi cho các đơn vị: <code>/xacnhan {doc.Id}</code> · Bỏ: <code>/bo {doc.Id}</code>");
        var buttons = new List<IReadOnlyList<ChatButton>> { new[] { new ChatButton("✅ Xác nhận giao", $"doc:{doc.Id}:ok"), new ChatButton("Bỏ", $"doc:{doc.Id}:no") } };
        return Reply(sb.ToString(), buttons);
    }

    private async Task<InboundResult> ConfirmDocumentAsync(Official me, int? documentId, CancellationToken ct)
    {
        var doc = await DraftAsync(me, documentId, ct);
        if (doc.State == DocumentState.Assigned) return Reply($"Văn bản #{doc.Id} đã được giao rồi.");
        await imports.AssignAsync(doc, ActorOf(me, $"/xacnhan {doc.Id}"), ct);
        var tasks = await db.Tasks.Where(t => t.DocumentId == doc.Id).ToListAsync(ct);
        var units = tasks.Where(t => t.UnitId != null).Select(t => t.UnitId).Distinct().Count();
        var orphan = tasks.Count(t => t.UnitId is null);
        return Reply($"✅ Đã giao {tasks.Count} nhiệm vụ cho {units} đơn vị." +
                     (orphan > 0 ? $" {orphan} nhiệm vụ chưa xác định đơn vị, chưa gửi cho ai — xin bổ sung đơn vị vào danh bạ." : ""));
    }

    private async Task<InboundResult> DiscardDocumentAsync(Official me, int? documentId, CancellationToken ct)
    {
        var doc = await DraftAsync(me, documentId, ct);
        await imports.CancelAsync(doc, ct);
        return Reply($"Đã bỏ văn bản #{doc.Id}; không nhiệm vụ nào được giao.");
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

    private async Task<InboundResult> CallbackAsync(Official me, string data, CancellationToken ct)
    {
        var parts = data.Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[1], out var id)) return Refuse("Nút này không còn dùng được.");
        return (parts[0], parts[2]) switch
        {
            ("st", "ack") => await UpdateAsync(me, null, new Command.Update(id, WorkStatus.Acknowledged, null, null), $"[nút] Đã nhận #{id}", ct),
            ("st", "prog") => await UpdateAsync(me, null, new Command.Update(id, WorkStatus.InProgress, null, null), $"[nút] Đang làm #{id}", ct),
            ("st", "done") => await UpdateAsync(me, null, new Command.Update(id, WorkStatus.Done, null, null), $"[nút] Hoàn thành #{id}", ct),
            ("st", "block") => Reply($"Xin gõ nội dung vướng mắc, ví dụ: <code>#{id} vướng: chưa có kinh phí</code>", toast: $"Gõ: #{id} vướng: lý do"),
            ("ext", "ok") => await DecideExtensionAsync(me, id, true, null, $"[nút] Duyệt gia hạn #{id}", ct),
            ("ext", "no") => Reply($"Xin gõ lý do: <code>/tuchoi {id} lý do</code>", toast: $"Gõ: /tuchoi {id} lý do"),
            ("doc", "ok") => await ConfirmDocumentAsync(me, id, ct),
            ("doc", "no") => await DiscardDocumentAsync(me, id, ct),
            _ => Refuse("Nút này không còn dùng được."),
        };
    }
}
