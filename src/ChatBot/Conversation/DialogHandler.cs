using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;
using ChatBot.Directory;

namespace ChatBot.Conversation;

/// <summary>Answers to the bot's own questions: a pick among readings (typed "1" or pressed), the reason of a difficulty, the
/// turns of an extension request, "xem tiếp". An answer that is not one ends the question (nothing changes) and the message
/// is read as usual; a number answering a pending choice wins over reading it as a list item.</summary>
public sealed class DialogHandler(DialogStore dialogs, StatusHandler status, ExtensionHandler extensions, QuestionHandler questions)
{
    /// <summary>True when the message answered the chat's open question (and was handled here).</summary>
    public async Task<bool> ContinueAsync(ChatContext ctx, Command command, CancellationToken ct)
    {
        if (await dialogs.CurrentAsync(ctx.Account, ct) is not { } current) return false;
        var (row, dialog) = current;
        switch (dialog)
        {
            case ChoiceDialog choice:
                return await ChoiceAsync(ctx, row, choice, command, ct);
            case ReasonDialog reason:
                return await ReasonAsync(ctx, row, reason, command, ct);
            case ExtensionDialog extension:
                return await extensions.ContinueAsync(ctx, row, extension, command, ct);
            case PagingDialog page when command is Command.More:
                await questions.MoreAsync(ctx, row, page, ct);
                return true;
            default:
                return false; // a long answer stays readable page by page while the official does other things
        }
    }

    /// <summary>"xem tiếp" with no long answer open.</summary>
    public Task NothingMoreAsync(ChatContext ctx)
    {
        ctx.Reply.Say(DialogTexts.NoPaging);
        return Task.CompletedTask;
    }

    /// <summary>A pressed option button: only the chat's open question with that id counts.</summary>
    public async Task PickAsync(ChatContext ctx, ButtonAction.Pick pick, CancellationToken ct)
    {
        if (await dialogs.PressedAsync(ctx.Account, pick.DialogId, ct) is not { Dialog: ChoiceDialog choice } current)
            throw new UserFacingException(DialogTexts.DialogGone);
        dialogs.End(current.Row);
        await PickedAsync(ctx, choice, pick.Option, ct);
    }

    private async Task<bool> ChoiceAsync(ChatContext ctx, ChatDialog row, ChoiceDialog choice, Command command, CancellationToken ct)
    {
        var answer = DialogAnswer.Read(ctx.Text, choice.Options.Count);
        // A yes/no question ("1 = mở lại, 2 = giữ hoàn thành") also takes "có" and "không".
        var confirm = choice.Options.Count == 2 && choice.Options[1].Actions.Count == 0;
        var picked = answer.Kind switch
        {
            AnswerKind.Pick => answer.Number,
            AnswerKind.Cancel => 0,
            AnswerKind.Yes when confirm => 1,
            AnswerKind.No when confirm => 2,
            _ => SameReading(choice, command),
        };
        dialogs.End(row);
        if (picked is not { } n) return false;
        await PickedAsync(ctx, choice, n, ct);
        return true;
    }

    /// <summary>"xong" alone answering "1 = xong, 2 = đang làm": the one option with that reading.</summary>
    private static int? SameReading(ChoiceDialog choice, Command command)
    {
        if (command is not Command.SetStatus { Tasks.Count: 0 } s) return null;
        var matches = choice.Options.Select((o, i) => (o, i)).Where(x => x.o.Actions.Count > 0 && x.o.Actions.All(a => a.Status == s.Change.Status)).ToList();
        return matches.Count == 1 ? matches[0].i + 1 : null;
    }

    private async Task PickedAsync(ChatContext ctx, ChoiceDialog choice, int option, CancellationToken ct)
    {
        if (option < 1 || option > choice.Options.Count || choice.Options[option - 1].Actions.Count == 0)
        {
            ctx.Reply.Say(option == 0 ? $"{DialogTexts.Cancelled} Có thể gõ rõ hơn, ví dụ: <code>#12 xong</code>, <code>#12 đang làm 60%</code>, <code>#12 vướng: lý do</code>."
                : DialogTexts.Cancelled);
            return;
        }
        var picked = choice.Options[option - 1];
        await status.ApplyAsync(ctx, picked.Actions, $"{choice.Raw} [chọn: {picked.Label}]", confirmed: true, ct);
    }

    private async Task<bool> ReasonAsync(ChatContext ctx, ChatDialog row, ReasonDialog d, Command command, CancellationToken ct)
    {
        dialogs.End(row);
        if (DialogAnswer.Read(ctx.Text).Kind == AnswerKind.Cancel)
        {
            ctx.Reply.Say(DialogTexts.Cancelled);
            return true;
        }
        // Something else entirely ("#7 xong", a question, a command) or a whole difficulty with its reason ("#5 vướng: chưa
        // có kinh phí"): the message stands on its own; read it as usual.
        if (command is Command.SetStatus { Change: { Status: WorkStatus.Blocked, Reason: { Length: > 0 } } }) return false;
        if (ctx.Text.Length == 0 || ctx.Text.StartsWith('/') || NamesOtherTasks(command, d.Tasks) || command is Command.Question or Command.More or Command.ShowTask)
            return false;
        await status.ReasonAsync(ctx, d, ctx.Text, ct);
        return true;
    }

    /// <summary>A message about other tasks than the ones asked about ("#7 xong" while the bot waits for #5's reason).</summary>
    private static bool NamesOtherTasks(Command c, IReadOnlyList<int> asked) => c switch
    {
        Command.SetStatus s => s.Tasks.Any(r => r.Kind != Core.Understanding.TaskRefKind.Task || !asked.Contains(r.Number)),
        Command.AskStatus a => a.Tasks.Any(r => r.Kind != Core.Understanding.TaskRefKind.Task || !asked.Contains(r.Number)),
        Command.Extend => true,
        Command.Several => true,
        _ => false,
    };
}
