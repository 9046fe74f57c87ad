using ChatBot.Channels;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Reminders;
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

/// <summary>Finds who wrote, reads what they asked (<see cref="ICommandReader"/> — slash commands and free text — or the button
/// codec) and hands it to the handler of that use case. Order for a text: a clerk's pasted notice, then an answer to the
/// bot's open question in this chat (<see cref="DialogHandler"/>), then the command. A file is proof of work when it answers
/// a task (<see cref="ProofHandler"/>), otherwise a notice upload. A refusal (<see cref="UserFacingException"/>,
/// <see cref="TaskRuleException"/>) becomes a polite answer.</summary>
public sealed class ConversationRouter(
    ChatBotDb db,
    Inbound.InboundReads inbound,
    ICommandReader reader,
    DialogStore dialogStore,
    WardClock clock,
    WorkingCalendar calendar,
    IEnumerable<IChatChannel> channels,
    DialogHandler dialogs,
    ProofHandler proofs,
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
        var known = await inbound.WriterAsync(m, ct); // read with the pipeline's duplicate check: no query of its own
        var chat = known?.Account;
        if (known is not null) dialogStore.Prefetched(known.Account.Id, known.Dialog);
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
                Units = chat?.Official is { } writer && !text.StartsWith('/') ? await UnitNamesAsync(writer.WardId, ct) : [],
                IsWorkingDay = calendar.IsWorkingDay,
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

        var ctx = new ChatContext(m, chat, me, today, repliedTask, reply) { Limits = channels.FirstOrDefault(c => c.Name == m.Channel)?.Limits };
        if (m.CallbackData is { } data) await PressAsync(ctx, ButtonData.Decode(data), ct);
        else if (m.File is { } file) await FileAsync(ctx, file, command!, ct);
        else if (pasted) await documents.ImportTextAsync(ctx, ct);
        else if (!await dialogs.ContinueAsync(ctx, command!, ct)) await RunAsync(ctx, command!, ct);
    }

    private sealed record UnitNames(string Name, List<string> Aliases);

    private static readonly Func<ChatBotDb, int, IAsyncEnumerable<UnitNames>> UnitNamesQuery =
        EF.CompileAsyncQuery((ChatBotDb db, int wardId) => db.Units.AsNoTracking().Where(u => u.WardId == wardId)
            .Select(u => new UnitNames(u.Name, u.Aliases.Select(x => x.Alias).ToList())));

    /// <summary>Names and aliases of the ward's units (one query), for reading the unit a question names. Read afresh for
    /// every message, so a unit renamed or an alias added anywhere (the desk, the CLI, another instance) is understood by the
    /// next message.</summary>
    private async Task<IReadOnlyList<string>> UnitNamesAsync(int wardId, CancellationToken ct)
    {
        var units = new List<UnitNames>();
        await foreach (var u in UnitNamesQuery(db, wardId).WithCancellation(ct)) units.Add(u);
        return [.. units.Select(u => u.Name).Concat(units.SelectMany(u => u.Aliases)).Distinct()];
    }

    /// <summary>A photo or file: proof of work for the task it answers (what its caption says is done too), else a notice.</summary>
    private async Task FileAsync(ChatContext ctx, InboundFile file, Command caption, CancellationToken ct)
    {
        if (!ProofHandler.IsProof(ctx, file, caption)) { await documents.UploadAsync(ctx, file, ct); return; }
        await proofs.AttachAsync(ctx, file, caption, ct);
        if (ProofHandler.AlsoAsked(caption) is not { } also) return;
        try { await RunAsync(ctx, also, ct); }
        catch (Exception e) when (e is UserFacingException or TaskRuleException)
        {
            ctx.Reply.Say($"⚠️ {e.Message}"); // the proof is kept even if the status is refused
        }
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
        Command.AddTask a => corrections.AddAsync(ctx, a.DocumentId, a.Text, ct),
        Command.MapUnit u => corrections.MapAsync(ctx, u.TaskId, null, u.Option, u.Create, u.Unit, ct),
        Command.Malformed m => Refuse(ctx, m.Hint),
        Command.SetStatus { Tasks.Count: 0 } or Command.AskStatus { Tasks.Count: 0 } or Command.Extend { Tasks.Count: 0 } when ctx.Message.IsGroup
            => Task.CompletedTask, // colleagues talking in the unit's group, not to the bot
        Command.SetStatus s => status.SetAsync(ctx, s, ctx.Text, ct),
        Command.AskStatus a => status.AskAsync(ctx, a, ctx.Text, ct),
        Command.Extend e => extensions.ExtendAsync(ctx, e, ctx.Text, ct),
        Command.Several several => SeveralAsync(ctx, several, ct),
        Command.Question q => questions.AnswerAsync(ctx, q.Spec, ct),
        Command.More => dialogs.NothingMoreAsync(ctx),
        _ when ctx.Message.IsGroup => Task.CompletedTask,
        _ => Refuse(ctx, Texts.NotUnderstood),
    };

    /// <summary>"#12 xong, #13 đang làm 50%": each part as if it came alone, each refusal on its own line, one answer.</summary>
    private async Task SeveralAsync(ChatContext ctx, Command.Several several, CancellationToken ct)
    {
        var refused = new List<string>();
        foreach (var part in several.Parts)
        {
            try { await RunAsync(ctx, part, ct); }
            catch (Exception e) when (e is UserFacingException or TaskRuleException) { refused.Add(e.Message); }
        }
        if (refused.Count == several.Parts.Count) throw new UserFacingException(string.Join("\n", refused));
        if (refused.Count > 0) ctx.Reply.Say(string.Join("\n", refused.Select(r => $"⚠️ {r}")));
    }

    private Task PressAsync(ChatContext ctx, ButtonAction? action, CancellationToken ct) => action switch
    {
        ButtonAction.SetStatus { Status: WorkStatus.Blocked } b => status.AskReasonAsync(ctx, b.TaskId, ct),
        ButtonAction.SetStatus s => status.UpdateAsync(ctx, new Command.Update(s.TaskId, s.Status, null, null), PressedText(s), ct),
        ButtonAction.DecideExtension { Approve: true } e => extensions.DecideAsync(ctx, e.TaskId, true, null, $"[nút] Duyệt gia hạn #{e.TaskId}", ct),
        ButtonAction.DecideExtension e => extensions.AskReasonAsync(ctx, e.TaskId),
        ButtonAction.DecideDocument { Confirm: true } d => documents.ConfirmAsync(ctx, d.DocumentId, d.Anyway, ct),
        ButtonAction.DecideDocument d => documents.DiscardAsync(ctx, d.DocumentId, ct),
        ButtonAction.DocumentPage p => documents.ShowAsync(ctx, p.DocumentId, p.Page, ct),
        ButtonAction.MapUnit u => corrections.MapAsync(ctx, u.TaskId, u.UnitId, null, false, null, ct),
        ButtonAction.CreateUnit c => corrections.MapAsync(ctx, c.TaskId, null, null, true, null, ct),
        ButtonAction.Pick p => dialogs.PickAsync(ctx, p, ct),
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
