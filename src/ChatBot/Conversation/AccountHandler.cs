using ChatBot.Core.Conversation;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

/// <summary>/help, /huy (unlink this chat), /kenh (which linked channel gets the pushes), /web (sign-in link to the desk).</summary>
public sealed class AccountHandler(ChatBotDb db, Web.DeskSignIn desk)
{
    /// <summary>/web: a one-time link to the web desk, sent to this (linked) chat only; DeskSignIn refuses other roles.</summary>
    public async Task WebDeskAsync(ChatContext ctx, CancellationToken ct) =>
        ctx.Reply.Say($"🔐 Link đăng nhập bàn làm việc (dùng một lần, trong 10 phút; đừng chuyển cho người khác):\n{await desk.IssueAsync(ctx.Me, ct)}");

    public Task HelpAsync(ChatContext ctx)
    {
        ctx.Reply.Say(Texts.Help(ctx.Me.Role));
        return Task.CompletedTask;
    }

    public Task UnlinkAsync(ChatContext ctx)
    {
        db.ChatAccounts.Remove(ctx.Account);
        ctx.Reply.Say("Đã hủy liên kết tài khoản này. Bạn sẽ không nhận nhiệm vụ ở đây nữa. Gửi /start MÃ_MỜI để liên kết lại.");
        return Task.CompletedTask;
    }

    public async Task PreferChannelAsync(ChatContext ctx, string? channel, CancellationToken ct)
    {
        var me = ctx.Me;
        if (channel is null)
        {
            ctx.Reply.Say($"Kênh nhận nhiệm vụ: <b>{Texts.ChannelName(me.PreferredChannel) ?? "tất cả kênh đã liên kết"}</b>. Đổi: /kenh zalo hoặc /kenh telegram.");
            return;
        }
        var wanted = channel switch { "zalo" => "zalo", "telegram" or "tele" => "telegram", "sim" or "mo phong" => "sim", "tat ca" or "all" => "*", _ => null };
        if (wanted is null) { ctx.Reply.Refuse("Kênh không hợp lệ. Dùng: /kenh zalo, /kenh telegram hoặc /kenh tat ca."); return; }
        var linked = await db.ChatAccounts.Where(a => a.OfficialId == me.Id).Select(a => a.Channel).Distinct().ToListAsync(ct);
        if (wanted != "*" && !linked.Contains(wanted))
        {
            ctx.Reply.Refuse($"Bạn chưa liên kết {Texts.ChannelName(wanted)}. Xin liên kết bằng mã mời trên {Texts.ChannelName(wanted)} trước.");
            return;
        }
        me.PreferredChannel = wanted == "*" ? null : wanted;
        ctx.Reply.Say($"Đã chọn nhận nhiệm vụ qua <b>{Texts.ChannelName(me.PreferredChannel) ?? "tất cả kênh đã liên kết"}</b>. Bạn vẫn trả lời được từ mọi kênh.");
    }
}
