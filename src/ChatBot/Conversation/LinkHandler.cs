using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Inbound;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

/// <summary>/start CODE (or a bare code from an unlinked chat): links this chat account to a new official.</summary>
public sealed class LinkHandler(ChatBotDb db, DirectoryService directory, UnitOfWork unit)
{
    public async Task LinkAsync(InboundMessage m, string code, ChatReply reply, CancellationToken ct)
    {
        var linked = await directory.LinkAsync(code, m.Channel, m.UserId, m.ChatId, m.DisplayName, ct);
        await unit.FlushAsync(ct); // the new official's number, noted on the invite; committed with the rest of the message
        linked.RecordOfficial();
        var official = linked.Official;
        var office = official.UnitId is { } uid ? await db.Units.FirstAsync(u => u.Id == uid, ct) : null;
        var ward = await db.Wards.FirstAsync(w => w.Id == official.WardId, ct);
        reply.Say($"✅ Đã liên kết tài khoản: <b>{TaskTexts.Esc(official.Name ?? "")}</b> — {official.Role.Vietnamese()}" +
                  (office is null ? "" : $", {TaskTexts.Esc(office.Name)}") + $", {TaskTexts.Esc(ward.Name)}.\n\n" + Texts.Help(official.Role));
    }
}
