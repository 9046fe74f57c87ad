using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

/// <summary>The bot's side of a conversation: one message in, the answer out (changes stay tracked; the caller saves).</summary>
public interface IConversation
{
    Task<ChatReply> HandleAsync(InboundMessage message, CancellationToken ct);
}

/// <summary>Finds who wrote, reads what they asked (<see cref="ICommandReader"/> or the button codec) and hands it to the
/// handler of that use case. A refusal (<see cref="UserFacingException"/>, <see cref="TaskRuleException"/>) becomes a polite answer.</summary>
public sealed class ConversationRouter(
    ChatBotDb db,
    ICommandReader reader,
    WardClock clock,
    LinkHandler link,
    AccountHandler account,
    StatusHandler status,
    ExtensionHandler extensions,
    DocumentHandler documents,
    CorrectionHandler corrections,
    QuestionHandler questions,
    ReportHandler reports) : IConversation
{
    public async Task<ChatReply> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        var reply = new ChatReply();
        try
        {
            await RouteAsync(message, reply, ct);
        }
        catch (Exception e) when (e is UserFacingException or TaskRuleException)
        {
            // A refusal is plain text (the CLI and the desk show it as it is) and often quotes what the user typed (a
            // unit name, a file name): escaped here, the one place it becomes chat HTML, or Telegram refuses the reply.
            reply.Refuse(TaskTexts.Esc(e.Message));
        }
        return reply;
    }

    private async Task RouteAsync(InboundMessage m, ChatReply reply, CancellationToken ct)
    {
        var today = clock.Today;
        var chat = await db.ChatAccounts.Include(a => a.Official)
            .FirstOrDefaultAsync(a => a.Channel == m.Channel && a.UserId == m.UserId && a.ChatId == m.ChatId, ct);
        if (chat is { Active: false }) chat.Active = true; // the user wrote again after blocking the bot

        if (m.Unsupported)
        {
            // In a group, pictures and stickers are people talking to each other: no answer there.
            if (!m.IsGroup) reply.Say(Texts.OnlyText);
            return;
        }
        var text = m.Text?.Trim() ?? "";
        var repliedTask = await RepliedTaskAsync(m, ct);
        // A pasted notice is a notice before it is anything else: never read as a question or a status ("tiến độ" in a công văn).
        var pasted = m.CallbackData is null && m.File is null && chat?.Official is not null && PastedNotice.Looks(text);
        var command = m.CallbackData is null && !pasted
            ? reader.Read(text, new ReadContext(today, m.ReplyToMessageId is not null)
            {
                Writer = chat?.Official?.Role, RepliedTaskId = repliedTask,
                ListCount = (chat?.LastListTaskIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Length,
            })
            : null;
        // "/start CODE", or a bare code from a chat not linked yet.
        var code = (command as Command.Link)?.Code ?? (chat is null && m.CallbackData is null && DirectoryService.LooksLikeCode(text) ? text : null);
        if (code is not null) { await link.LinkAsync(m, code, reply, ct); return; }
        if (chat?.Official is not { } me)
        {
            if (command is Command.Help) reply.Say(Texts.HelpUnlinked);
            else reply.Refuse(Texts.NotLinked);
            return;
        }

        var ctx = new ChatContext(m, chat, me, today, repliedTask, reply);
        if (m.CallbackData is { } data) await PressAsync(ctx, ButtonData.Decode(data), ct);
        else if (m.File is { } file) await documents.UploadAsync(ctx, file, ct);
        else if (pasted) await documents.ImportTextAsync(ctx, ct);
        else await RunAsync(ctx, command!, ct);
    }

    /// <summary>The task of the bot message replied to (a press carries the message that had the button).</summary>
    private async Task<int?> RepliedTaskAsync(InboundMessage m, CancellationToken ct) =>
        m.ReplyToMessageId is not { } replied ? null
            : await db.Outbox.Where(o => o.Channel == m.Channel && o.ChatId == m.ChatId && o.PlatformMessageId == replied)
                .Select(o => o.TaskId).FirstOrDefaultAsync(ct);

    private Task RunAsync(ChatContext ctx, Command command, CancellationToken ct) => command switch
    {
        Command.Help => account.HelpAsync(ctx),
        Command.Unlink => account.UnlinkAsync(ctx),
        Command.WebDesk => account.WebDeskAsync(ctx, ct),
        Command.PreferChannel p => account.PreferChannelAsync(ctx, p.Channel, ct),
        Command.MyTasks => questions.MyTasksAsync(ctx, ct),
        Command.ShowTask s => questions.ShowTaskAsync(ctx, s.TaskId, ct),
        Command.Overdue o => questions.OverdueAsync(ctx, o.Unit, ct),
        Command.DueSoon d => questions.DueSoonAsync(ctx, d.Days, ct),
        Command.Progress => questions.ProgressAsync(ctx, ct),
        Command.Update u => status.UpdateAsync(ctx, u, ctx.Text, ct),
        Command.RequestExtension r => extensions.RequestAsync(ctx, r, ctx.Text, ct),
        Command.Approve a => extensions.DecideAsync(ctx, a.TaskId, true, null, ctx.Text, ct),
        Command.Refuse r => extensions.DecideAsync(ctx, r.TaskId, false, r.Reason, ctx.Text, ct),
        Command.Report => reports.ExcelAsync(ctx, ct),
        Command.Chart => reports.ChartAsync(ctx, ct),
        Command.ConfirmDocument c => documents.ConfirmAsync(ctx, c.DocumentId, false, ct),
        Command.DiscardDocument d => documents.DiscardAsync(ctx, d.DocumentId, ct),
        Command.ShowDocument s => documents.ShowAsync(ctx, s.DocumentId, s.Page, ct),
        Command.CorrectUnit c => corrections.UnitAsync(ctx, c.TaskId, c.Unit, ct),
        Command.CorrectDeadline c => corrections.DeadlineAsync(ctx, c.TaskId, c.Deadline, ct),
        Command.DropTask d => corrections.DropAsync(ctx, d.TaskId, ct),
        Command.MapUnit u => corrections.MapAsync(ctx, u.TaskId, null, u.Option, u.Create, u.Unit, ct),
        Command.Malformed m => Refuse(ctx, m.Hint),
        _ => Refuse(ctx, Texts.NotUnderstood),
    };

    private Task PressAsync(ChatContext ctx, ButtonAction? action, CancellationToken ct) => action switch
    {
        ButtonAction.SetStatus { Status: WorkStatus.Blocked } b => status.AskReasonAsync(ctx, b.TaskId),
        ButtonAction.SetStatus s => status.UpdateAsync(ctx, new Command.Update(s.TaskId, s.Status, null, null), PressedText(s), ct),
        ButtonAction.DecideExtension { Approve: true } e => extensions.DecideAsync(ctx, e.TaskId, true, null, $"[nút] Duyệt gia hạn #{e.TaskId}", ct),
        ButtonAction.DecideExtension e => extensions.AskReasonAsync(ctx, e.TaskId),
        ButtonAction.DecideDocument { Confirm: true } d => documents.ConfirmAsync(ctx, d.DocumentId, d.Anyway, ct),
        ButtonAction.DecideDocument d => documents.DiscardAsync(ctx, d.DocumentId, ct),
        ButtonAction.DocumentPage p => documents.ShowAsync(ctx, p.DocumentId, p.Page, ct),
        ButtonAction.MapUnit u => corrections.MapAsync(ctx, u.TaskId, u.UnitId, null, false, null, ct),
        ButtonAction.CreateUnit c => corrections.MapAsync(ctx, c.TaskId, null, null, true, null, ct),
        _ => Refuse(ctx, Texts.ButtonGone),
    };

    /// <summary>What a press reads like in the task's history.</summary>
    private static string PressedText(ButtonAction.SetStatus s) => s.Status switch
    {
        WorkStatus.Acknowledged => $"[nút] Đã nhận #{s.TaskId}",
        WorkStatus.InProgress => $"[nút] Đang làm #{s.TaskId}",
        _ => $"[nút] Hoàn thành #{s.TaskId}",
    };

    private static Task Refuse(ChatContext ctx, string text)
    {
        ctx.Reply.Refuse(text);
        return Task.CompletedTask;
    }
}
