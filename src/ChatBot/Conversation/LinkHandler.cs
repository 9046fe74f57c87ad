using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Inbound;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

/// <summary>/start CODE (or a bare code from an unlinked chat): links this chat account to a new official. A chat
/// locked out by the <see cref="LinkGuard"/> is refused before the code is looked at; a wrong code is counted.</summary>
public sealed class LinkHandler(ChatBotDb db, DirectoryService directory, LinkGuard guard, UnitOfWork unit)
{
    public async Task LinkAsync(InboundMessage m, string code, ChatReply reply, CancellationToken ct)
    {
        if (await guard.LockedAsync(m.Channel, m.ChatId, ct) is { } locked)
        {
            reply.Refuse(Texts.CodeLockedOut(locked.Until, locked.Everyone));
            return;
        }
        if (await directory.FindInviteAsync(code, ct) is not { } invite)
        {
            // Counted in its own transaction (this message is refused and keeps nothing); nothing of ours is open yet.
            var lockout = await guard.FailedAsync(m.Channel, m.ChatId, ct);
            reply.Refuse(DirectoryService.WrongCode + (lockout is null ? "" : "\n" + Texts.CodeLockedOut(lockout.Until, lockout.Everyone)));
            return;
        }
        await unit.FlushAsync(ct); // the message's transaction begins: the redemption below is undone if anything later fails
        var linked = await directory.LinkAsync(invite, m.Channel, m.UserId, m.ChatId, m.DisplayName, ct);
        await guard.ForgetAsync(m.Channel, m.ChatId, ct);
        await unit.FlushAsync(ct); // the new official's number, noted on the invite; committed with the rest of the message
        linked.RecordOfficial();
        var official = linked.Official;
        var office = official.UnitId is { } uid ? await db.Units.FirstAsync(u => u.Id == uid, ct) : null;
        var ward = await db.Wards.FirstAsync(w => w.Id == official.WardId, ct);
        reply.Say($"✅ Đã liên kết tài khoản: <b>{TaskTexts.Esc(official.Name ?? "")}</b> — {official.Role.Vietnamese()}" +
                  (office is null ? "" : $", {TaskTexts.Esc(office.Name)}") + $", {TaskTexts.Esc(ward.Name)}.\n\n" + Texts.Help(official.Role));
    }
}
