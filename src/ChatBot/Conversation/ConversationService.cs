using ChatBot.Channels;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Outbox;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

/// <summary>The one place that turns an inbound message into changes and outbox messages (scoped: one per update).
/// Channels authenticate and translate; everything the bot decides is here and in the partial files beside it.</summary>
public sealed partial class ConversationService(
    ChatBotDb db,
    Notifier notifier,
    DirectoryService directory,
    ImportService imports,
    TaskQueries queries,
    IEnumerable<IChatChannel> channels,
    Reports.ReportBuilder reports,
    Web.DeskSignIn deskSignIn,
    TimeProvider clock,
    ILogger<ConversationService> log)
{
    /// <summary>Largest uploaded notice accepted from chat (Parsing:MaxFileBytes caps it further).</summary>
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    private InboundMessage _in = null!;
    private DateOnly _today;

    public async Task<InboundResult> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        _in = message;
        _today = VnClock.Today(clock);
        var account = await db.ChatAccounts.Include(a => a.Official)
            .FirstOrDefaultAsync(a => a.Channel == message.Channel && a.UserId == message.UserId && a.ChatId == message.ChatId, ct);
        if (account is { Active: false }) account.Active = true; // the user wrote again after blocking the bot

        InboundResult result;
        try
        {
            result = await RouteAsync(account, ct);
            await db.SaveChangesAsync(ct);
            return result;
        }
        catch (UserFacingException ex)
        {
            DiscardChanges();
            result = Refuse(ex.Message);
        }
        catch (TaskRuleException ex)
        {
            DiscardChanges();
            result = Refuse(ex.Message);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            log.LogInformation(ex, "Concurrent update on {Channel}/{Chat}", message.Channel, message.ChatId);
            DiscardChanges();
            result = Refuse("Nhiệm vụ vừa được người khác cập nhật. Xin gửi lại.");
        }
        await db.SaveChangesAsync(ct);
        return result;
    }

    private async Task<InboundResult> RouteAsync(ChatAccount? account, CancellationToken ct)
    {
        var text = _in.Text?.Trim() ?? "";
        var command = _in.CallbackData is null ? CommandParser.Parse(text, _today) : null;

        if (command is Command.Link link) return await LinkAsync(link.Code, ct);
        if (account is null && _in.CallbackData is null && DirectoryService.LooksLikeCode(text)) return await LinkAsync(text, ct);
        if (account?.Official is not { } me)
        {
            if (command is Command.Help) return Reply(Texts.HelpUnlinked);
            return Refuse(Texts.NotLinked);
        }

        if (_in.CallbackData is { } data) return await CallbackAsync(me, data, ct);
        if (_in.File is { } file) return await UploadAsync(me, file, ct);

        // A bare status in reply to a task message updates that task.
        if (command is Command.Unknown && _in.ReplyToMessageId is { } replyTo && CommandParser.StatusOf(text, null) is { } bare)
            command = bare;
        if (command is Command.Unknown && _in.ReplyToMessageId is null && CommandParser.StatusOf(text, null) is not null)
            return Refuse("Xin ghi số nhiệm vụ, ví dụ: <code>#12 xong</code> — hoặc số thứ tự trong danh sách /viec, ví dụ: <code>1 xong</code>.");
        if (command is Command.Update { TaskId: null, ListIndex: null } && _in.ReplyToMessageId is null)
            return Refuse("Xin ghi số nhiệm vụ, ví dụ: #12 xong — hoặc trả lời đúng tin nhắn của nhiệm vụ.");

        // /web: a one-time sign-in link to the desk (the lead ports this onto the inbound pipeline).
        if (command is Command.Unknown && (text.Equals("/web", StringComparison.OrdinalIgnoreCase) || text.StartsWith("/web@", StringComparison.OrdinalIgnoreCase)))
            return Reply($"🔐 Link đăng nhập bàn làm việc (dùng một lần, trong 10 phút; đừng chuyển cho người khác):\n{await deskSignIn.IssueAsync(me, ct)}");

        return command switch
        {
            Command.Help => Reply(Texts.Help(me.Role)),
            Command.MyTasks => await MyTasksAsync(me, account, ct),
            Command.ShowTask s => await ShowTaskAsync(me, s.TaskId, ct),
            Command.Overdue o => await OverdueAsync(me, account, o.Unit, ct),
            Command.DueSoon d => await DueSoonAsync(me, account, d.Days, ct),
            Command.Progress => await ProgressAsync(me, ct),
            Command.Update u => await UpdateAsync(me, account, u, text, ct),
            Command.RequestExtension r => await RequestExtensionAsync(me, r, text, ct),
            Command.Approve a => await DecideExtensionAsync(me, a.TaskId, true, null, text, ct),
            Command.Refuse r => await DecideExtensionAsync(me, r.TaskId, false, r.Reason, text, ct),
            Command.Report => await ReportAsync(me, ct),
            Command.Chart => await ChartAsync(me, ct),
            Command.Unlink => Unlink(account),
            Command.PreferChannel p => await PreferChannelAsync(me, p.Channel, ct),
            Command.ConfirmDocument c => await ConfirmDocumentAsync(me, c.DocumentId, ct),
            Command.DiscardDocument d => await DiscardDocumentAsync(me, d.DocumentId, ct),
            Command.Malformed m => Refuse(m.Hint),
            Command.Link => throw new InvalidOperationException("handled above"),
            _ when IsPastedNotice(me, text) => await ImportTextAsync(me, text, ct),
            _ => Refuse(Texts.NotUnderstood),
        };
    }

    private async Task<InboundResult> LinkAsync(string code, CancellationToken ct)
    {
        var official = await directory.LinkAsync(code, _in.Channel, _in.UserId, _in.ChatId, _in.DisplayName, ct);
        var unit = official.UnitId is { } uid ? await db.Units.FirstAsync(u => u.Id == uid, ct) : null;
        var ward = await db.Wards.FirstAsync(w => w.Id == official.WardId, ct);
        return Reply($"✅ Đã liên kết tài khoản: <b>{TaskTexts.Esc(official.Name ?? "")}</b> — {official.Role.Vietnamese()}" +
                     (unit is null ? "" : $", {TaskTexts.Esc(unit.Name)}") + $", {TaskTexts.Esc(ward.Name)}.\n\n" + Texts.Help(official.Role));
    }

    private InboundResult Unlink(ChatAccount account)
    {
        db.ChatAccounts.Remove(account);
        return Reply("Đã hủy liên kết tài khoản này. Bạn sẽ không nhận nhiệm vụ ở đây nữa. Gửi /start MÃ_MỜI để liên kết lại.");
    }

    private async Task<InboundResult> PreferChannelAsync(Official me, string? channel, CancellationToken ct)
    {
        var linked = await db.ChatAccounts.Where(a => a.OfficialId == me.Id).Select(a => a.Channel).Distinct().ToListAsync(ct);
        if (channel is null)
            return Reply($"Kênh nhận nhiệm vụ: <b>{Texts.ChannelName(me.PreferredChannel) ?? "tất cả kênh đã liên kết"}</b>. Đổi: /kenh zalo hoặc /kenh telegram.");
        var wanted = channel switch { "zalo" => "zalo", "telegram" or "tele" => "telegram", "sim" or "mo phong" => "sim", "tat ca" or "all" => "*", _ => null };
        if (wanted is null) return Refuse("Kênh không hợp lệ. Dùng: /kenh zalo, /kenh telegram hoặc /kenh tat ca.");
        if (wanted != "*" && !linked.Contains(wanted))
            return Refuse($"Bạn chưa liên kết {Texts.ChannelName(wanted)}. Xin liên kết bằng mã mời trên {Texts.ChannelName(wanted)} trước.");
        me.PreferredChannel = wanted == "*" ? null : wanted;
        return Reply($"Đã chọn nhận nhiệm vụ qua <b>{Texts.ChannelName(me.PreferredChannel) ?? "tất cả kênh đã liên kết"}</b>. Bạn vẫn trả lời được từ mọi kênh.");
    }

    private InboundResult Reply(string text, IReadOnlyList<IReadOnlyList<ChatButton>>? buttons = null, int? taskId = null, string? toast = null)
    {
        notifier.ToChat(_in.Channel, _in.ChatId, new Outgoing(text, buttons, taskId));
        return new InboundResult(toast ?? (_in.CallbackData is null ? null : Texts.Plain(text)));
    }

    /// <summary>A polite refusal: one message, nothing changed.</summary>
    private InboundResult Refuse(string text)
    {
        notifier.ToChat(_in.Channel, _in.ChatId, new Outgoing(text));
        return new InboundResult(_in.CallbackData is null ? null : Texts.Plain(text));
    }

    /// <summary>A refused request changes nothing, but the channel's record that this update was handled stays.</summary>
    private void DiscardChanges()
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
            if (entry.Entity is not ProcessedUpdate) entry.State = EntityState.Detached;
    }

    private Actor ActorOf(Official me, string raw) => new(me.Id, me.Name, _in.Channel, raw);
}
