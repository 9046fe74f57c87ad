using System.Text;
using ChatBot.Channels;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Inbound;
using ChatBot.Storage;
using ChatBot.Tasks;
using ChatBot.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Conversation;

/// <summary>A clerk's notice: upload (.docx/.pdf/.txt) or paste, the summary in pages with each task's number, a question
/// for each unit name the directory does not know, confirm (/xacnhan: asks first when tasks would reach nobody) or
/// discard (/bo). A notice already imported — the same file, or the same text in another form — is not imported twice.</summary>
public sealed class DocumentHandler(ChatBotDb db, ImportService imports, DraftEditor drafts, IEnumerable<IChatChannel> channels, UnitOfWork unit,
    WardClock clock, IOptions<ParsingOptions> parsing)
{
    /// <summary>Largest uploaded notice accepted from chat: the one upload limit, Parsing:MaxFileBytes.</summary>
    private long MaxUploadBytes => parsing.Value.MaxFileBytes;

    internal static bool CanImport(Official me) => me.Role is Role.Clerk or Role.Leader;

    private const string OnlyClerks = "Chỉ Văn phòng HĐND và UBND (hoặc lãnh đạo) mới gửi văn bản để tạo nhiệm vụ.";

    public async Task UploadAsync(ChatContext ctx, InboundFile file, CancellationToken ct)
    {
        if (!CanImport(ctx.Me)) throw new UserFacingException(OnlyClerks);
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

    /// <summary>A message that looks like a notice (<see cref="PastedNotice"/>): imported like a .txt file.</summary>
    public Task ImportTextAsync(ChatContext ctx, CancellationToken ct) =>
        CanImport(ctx.Me) ? ImportAndAskAsync(ctx, "noi-dung-dan.txt", Encoding.UTF8.GetBytes(ctx.Text), ct) : throw new UserFacingException(OnlyClerks);

    private async Task ImportAndAskAsync(ChatContext ctx, string fileName, byte[] content, CancellationToken ct)
    {
        var ward = await db.Wards.FirstAsync(w => w.Id == ctx.Me.WardId, ct);
        var result = await imports.ImportAsync(ward, fileName, content, ctx.Actor(fileName), ct);
        var doc = result.Document;
        if (!result.AlreadyImported)
        {
            await unit.FlushAsync(ct); // the draft's and its tasks' numbers, which the summary shows; committed with the rest of the message
            await ShowPageAsync(ctx, doc.Id, 1, null, questions: true, ct);
            return;
        }
        var when = $"Văn bản này đã nhập ngày {TaskTexts.Date(clock.LocalDate(doc.ImportedAt))} (#{doc.Id})";
        if (doc.State == DocumentState.Assigned)
        {
            ctx.Reply.Say($"{when} và đã giao: {TaskTexts.Esc(doc.Title())}, {doc.Tasks.Count} nhiệm vụ. Không tạo trùng.\n" +
                          $"Xem các nhiệm vụ: <code>/xemtiep {doc.Id} 1</code>");
            return;
        }
        // Still a draft: show it as it is now — with the corrections made since, and the names the directory learnt since.
        await drafts.RematchUnitsAsync(doc, ctx.Actor(fileName), ct);
        await unit.FlushAsync(ct);
        await ShowPageAsync(ctx, doc.Id, 1, $"{when}, đang chờ xác nhận; không tạo trùng. Bản hiện tại:\n", questions: true, ct);
    }

    /// <summary>/xemtiep DOC TRANG, «Xem tiếp»: one page of a notice's tasks.</summary>
    public async Task ShowAsync(ChatContext ctx, int documentId, int page, CancellationToken ct)
    {
        if (!CanImport(ctx.Me)) throw new UserFacingException("Chỉ Văn phòng HĐND và UBND (hoặc lãnh đạo) mới xem danh sách nhiệm vụ của văn bản.");
        await ShowPageAsync(ctx, documentId, page, null, questions: false, ct);
    }

    private async Task ShowPageAsync(ChatContext ctx, int documentId, int page, string? intro, bool questions, CancellationToken ct)
    {
        var sheet = await SheetAsync(ctx.Me.WardId, documentId, ct) ?? throw new UserFacingException($"Không có văn bản #{documentId}.");
        var pages = DraftTexts.Pages(sheet);
        if (page > pages) throw new UserFacingException($"Văn bản #{documentId} chỉ có {pages} trang.");
        var (text, buttons) = DraftTexts.Page(sheet, page, ctx.Today);
        ctx.Reply.Say((intro ?? "") + text, buttons);
        if (questions && !sheet.Assigned) await AskUnitsAsync(ctx, sheet, ct);
    }

    /// <summary>One question per unit name the directory does not know (at most <see cref="DraftTexts.QuestionsMax"/>).</summary>
    private async Task AskUnitsAsync(ChatContext ctx, DraftSheet sheet, CancellationToken ct)
    {
        var unknown = sheet.Tasks.Where(t => t is { UnitKnown: false, Unit: not null }).GroupBy(t => Fold.Key(t.Unit)).ToList();
        if (unknown.Count == 0) return;
        var units = await UnitChoices.UnitsAsync(db, ctx.Me.WardId, ct);
        foreach (var g in unknown.Take(DraftTexts.QuestionsMax))
        {
            var written = g.First().Unit!;
            var candidates = UnitChoices.Candidates(units, written).Select(u => (u.Id, u.Name)).ToList();
            var (text, buttons) = DraftTexts.Question(new UnitQuestion(written, g.Select(t => t.Number).ToList(), candidates));
            ctx.Reply.Say(text, buttons);
        }
        if (unknown.Count > DraftTexts.QuestionsMax)
            ctx.Reply.Say($"Còn {unknown.Count - DraftTexts.QuestionsMax} tên đơn vị khác chưa có trong danh bạ. Sửa từng nhiệm vụ: " +
                          "<code>/sua SỐ donvi TÊN ĐƠN VỊ</code>, hoặc trên bàn làm việc (<code>/web</code>).");
    }

    /// <summary>The notice's tasks as its summary shows them (no file, no text loaded).</summary>
    private async Task<DraftSheet?> SheetAsync(int wardId, int documentId, CancellationToken ct)
    {
        var head = await db.Documents.AsNoTracking().Where(d => d.Id == documentId && d.WardId == wardId && d.State != DocumentState.Cancelled)
            .Select(DocumentHead.Projection).FirstOrDefaultAsync(ct);
        if (head is null) return null;
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.DocumentId == documentId).OrderBy(t => t.Ordinal).ThenBy(t => t.Id)
            .Select(t => new DraftLine(t.Id, t.Text, t.Unit != null ? t.Unit.Name : t.UnitName, t.UnitId != null, t.Deadline))
            .ToListAsync(ct);
        return new DraftSheet(head.Id, head.Title, head.State == DocumentState.Assigned, head.IssuedOn ?? head.MeetingOn, tasks, head.SkippedParts);
    }

    /// <summary>/xacnhan [DOC] or its button; <paramref name="anyway"/>: «Vẫn giao» after the warning.</summary>
    public async Task ConfirmAsync(ChatContext ctx, int? documentId, bool anyway, CancellationToken ct)
    {
        var doc = await DraftAsync(ctx.Me, documentId, ct);
        if (doc.State == DocumentState.Assigned) { ctx.Reply.Say($"Văn bản #{doc.Id} đã được giao rồi."); return; }
        var raw = ctx.Text.Length > 0 ? ctx.Text : anyway ? $"[nút] Vẫn giao văn bản #{doc.Id}" : $"[nút] Xác nhận giao văn bản #{doc.Id}";
        var result = await drafts.ConfirmAsync(ctx.Me.WardId, doc.Id, anyway, ctx.Actor(raw), ct);
        if (!result.Assigned)
        {
            var (text, buttons) = DraftTexts.AskBeforeConfirm(doc.Id, result.Unreached.Select(u => (u.Number, u.Reason)).ToList());
            ctx.Reply.Say(text, buttons);
            return;
        }
        ctx.Reply.Say("✅ " + TaskTexts.Esc(result.Message) +
                      (result.Unreached.Count > 0 ? "\nGiao cho đơn vị khác: <code>/sua SỐ donvi TÊN ĐƠN VỊ</code> (các cán bộ được báo)." : ""));
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
