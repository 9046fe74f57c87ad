using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Outbox;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

/// <summary>Status updates however they come: "#12 xong", "1, 3 xong" on a list, "/capnhat 12 …", a reply to a task message,
/// a button, a pick among readings the bot offered. Every change goes through <see cref="ApplyAsync"/>: each task is applied
/// or refused with its own reason; a reopening of a done task or a move backwards is asked first, never done on a guess.</summary>
public sealed class StatusHandler(ChatBotDb db, TaskQueries queries, Notifier notifier, WardClock clock, DialogStore dialogs)
{
    /// <summary>/capnhat, a status button, a list item or a reply read by the slash-command reader.</summary>
    public Task UpdateAsync(ChatContext ctx, Command.Update u, string raw, CancellationToken ct)
    {
        var id = u.TaskId ?? TaskFromContext(ctx, u.ListIndex);
        return ApplyAsync(ctx, [new StatusAction(id, u.Status, u.Percent, u.Reason)], raw, confirmed: false, ct);
    }

    /// <summary>A status in words for one or more tasks ("#12 #13 xong", "1, 3 xong", "được 60%" replying to a task).</summary>
    public Task SetAsync(ChatContext ctx, Command.SetStatus s, string raw, CancellationToken ct)
    {
        var missing = new List<string>();
        var ids = Targets(ctx, s.Tasks, missing);
        return ApplyAsync(ctx, [.. ids.Select(id => new StatusAction(id, s.Change.Status, s.Change.Percent, s.Change.Reason))], raw, false, ct, missing);
    }

    /// <summary>An unsure reading: the candidates as a numbered choice (and buttons); nothing changes until one is picked.</summary>
    public async Task AskAsync(ChatContext ctx, Command.AskStatus a, string raw, CancellationToken ct)
    {
        var missing = new List<string>();
        var ids = Targets(ctx, a.Tasks, missing);
        if (ids.Count == 0) throw new UserFacingException(missing.FirstOrDefault() ?? Texts.AskTaskNumberOrListItem);
        var tasks = new List<WorkTask>();
        foreach (var id in ids) tasks.Add(await queries.VisibleTaskAsync(ctx.Me, id, ct));
        var options = a.Candidates.Select(c => new ChoiceOption(DialogTexts.Label(c.Status, c.Percent, c.Reason),
            [.. ids.Select(id => new StatusAction(id, c.Status, c.Percent, c.Reason))])).ToList();
        var current = tasks.Count == 1 ? tasks[0].Describe() : null;
        var dialog = await dialogs.StartAsync(ctx.Account, new ChoiceDialog(options, raw), ct);
        var labels = options.Select(o => o.Label).ToList();
        foreach (var line in missing) ctx.Reply.Say(TaskTexts.Esc(line));
        ctx.Reply.Say(DialogTexts.Choose(DialogTexts.Tasks(ids), current, labels, ctx.Buttons),
            ctx.Buttons ? DialogTexts.Buttons(dialog, labels) : null, ids.Count == 1 ? ids[0] : null);
    }

    /// <summary>The Vướng mắc button: a reason is needed, so ask for it; the next words are taken as the reason.</summary>
    public async Task AskReasonAsync(ChatContext ctx, int taskId, CancellationToken ct)
    {
        await queries.VisibleTaskAsync(ctx.Me, taskId, ct);
        await dialogs.StartAsync(ctx.Account, new ReasonDialog([taskId], $"[nút] Vướng mắc #{taskId}"), ct);
        ctx.Reply.Say($"Xin gõ nội dung vướng mắc, ví dụ: <code>#{taskId} vướng: chưa có kinh phí</code>", toast: $"Gõ: #{taskId} vướng: lý do");
    }

    /// <summary>The answer to "Vướng mắc gì ạ?": the words are the reason.</summary>
    public Task ReasonAsync(ChatContext ctx, ReasonDialog dialog, string reason, CancellationToken ct) =>
        ApplyAsync(ctx, [.. dialog.Tasks.Select(id => new StatusAction(id, WorkStatus.Blocked, null, reason))], $"{dialog.Raw} → {reason}", true, ct);

    private enum Kind { Applied, Note, Refused, Confirm, NeedReason }

    private sealed record Outcome(Kind Kind, int TaskId, string Text, StatusAction? Action = null, WorkTask? Task = null);

    /// <summary>Applies each action (one task each) and answers once: one task — the usual sentence (a refusal refuses the
    /// message); several — a line per task. Reopening a done task or moving one backwards is asked first unless
    /// <paramref name="confirmed"/>; a difficulty without a reason asks for the reason.</summary>
    public async Task ApplyAsync(ChatContext ctx, IReadOnlyList<StatusAction> actions, string raw, bool confirmed, CancellationToken ct,
        IReadOnlyList<string>? notes = null)
    {
        notes ??= [];
        if (actions.Count == 0)
            throw new UserFacingException(notes.FirstOrDefault() ?? (ctx.Message.ReplyToMessageId is null ? Texts.AskTaskNumberOrListItem : NotATaskMessage));
        var outcomes = new List<Outcome>();
        foreach (var action in actions) outcomes.Add(await OneAsync(ctx, action, raw, confirmed, ct));

        if (outcomes.Count == 1 && notes.Count == 0)
        {
            var o = outcomes[0];
            switch (o.Kind)
            {
                case Kind.Refused: throw new UserFacingException(o.Text);
                case Kind.Applied: ctx.Reply.Say(o.Text, toast: Texts.Plain(o.Text)); return;
                case Kind.Note: ctx.Reply.Say(o.Text); return;
            }
        }
        else if (outcomes.Count > 1 || notes.Count > 0)
        {
            var applied = outcomes.Count(o => o.Kind is Kind.Applied or Kind.Note);
            var lines = outcomes.Where(o => o.Kind is Kind.Applied or Kind.Note or Kind.Refused)
                .Select(o => o.Kind == Kind.Refused ? $"⚠️ #{o.TaskId}: {TaskTexts.Esc(o.Text)}" : o.Text)
                .Concat(notes.Select(n => $"⚠️ {TaskTexts.Esc(n)}")).ToList();
            if (applied == 0 && outcomes.All(o => o.Kind == Kind.Refused))
                throw new UserFacingException(string.Join("\n", lines));
            if (lines.Count > 0) ctx.Reply.Say(string.Join("\n", lines));
        }
        await AskAboutTheRestAsync(ctx, outcomes, raw, ct);
    }

    /// <summary>One dialog for what could not be done without asking: a reopening/backward move first, else a missing reason.</summary>
    private async Task AskAboutTheRestAsync(ChatContext ctx, List<Outcome> outcomes, string raw, CancellationToken ct)
    {
        var confirm = outcomes.Where(o => o.Kind == Kind.Confirm).ToList();
        var reasons = outcomes.Where(o => o.Kind == Kind.NeedReason).ToList();
        if (confirm.Count > 0)
        {
            var tasks = DialogTexts.Tasks(confirm.Select(c => c.TaskId));
            var change = DialogTexts.Label(confirm[0].Action!.Status, confirm[0].Action!.Percent, confirm[0].Action!.Reason);
            var reopen = confirm.All(c => c.Task!.Status == WorkStatus.Done);
            var labels = reopen ? new[] { "mở lại", "giữ hoàn thành" } : ["chuyển", "giữ nguyên"];
            var id = await dialogs.StartAsync(ctx.Account, new ChoiceDialog(
                [new ChoiceOption(labels[0], [.. confirm.Select(c => c.Action!)]), new ChoiceOption(labels[1], [])], raw), ct);
            var text = reopen ? DialogTexts.Reopen(tasks, change, ctx.Buttons)
                : DialogTexts.Backward(tasks, string.Join(" / ", confirm.Select(c => c.Task!.Describe()).Distinct()), change, ctx.Buttons);
            ctx.Reply.Say(text, ctx.Buttons ? DialogTexts.Buttons(id, labels, none: null) : null, confirm.Count == 1 ? confirm[0].TaskId : null);
            foreach (var r in reasons)
                ctx.Reply.Say($"⚠️ #{r.TaskId}: {TaskTexts.Esc(r.Text)}");
            return;
        }
        if (reasons.Count > 0)
        {
            var ids = reasons.Select(r => r.TaskId).ToList();
            await dialogs.StartAsync(ctx.Account, new ReasonDialog(ids, raw), ct);
            ctx.Reply.Say(DialogTexts.AskBlockedReason(DialogTexts.Tasks(ids)), taskId: ids.Count == 1 ? ids[0] : null);
        }
    }

    private async Task<Outcome> OneAsync(ChatContext ctx, StatusAction a, string raw, bool confirmed, CancellationToken ct)
    {
        WorkTask task;
        try { task = await queries.VisibleTaskAsync(ctx.Me, a.TaskId, ct); }
        catch (UserFacingException e) { return new Outcome(Kind.Refused, a.TaskId, e.Message); }

        if (a.Status == WorkStatus.Blocked && string.IsNullOrWhiteSpace(a.Reason) && task.Status.IsOpen())
            return new Outcome(Kind.NeedReason, task.Id, $"Xin cho biết nội dung vướng mắc, ví dụ: #{task.Id} vướng: chưa có kinh phí.");
        if (a.Status == WorkStatus.Done && task.Status == WorkStatus.Done)
            return new Outcome(Kind.Note, task.Id, $"ℹ️ <b>#{task.Id}</b> đã hoàn thành trước đó; không có gì thay đổi.");
        if (!confirmed && task.AssignedAt is not null && IsBackward(task.Status, a.Status))
            return new Outcome(Kind.Confirm, task.Id, "", a, task);

        if (a.Status == WorkStatus.Done && task.Recurrence is not null && await ReportOccurrenceAsync(ctx, task, raw, ct) is { } period)
            return new Outcome(Kind.Note, task.Id, $"✅ Đã ghi nhận báo cáo kỳ hạn {TaskTexts.Date(period)} của <b>#{task.Id}</b>. Nhiệm vụ định kỳ vẫn tiếp tục.");

        var before = task.Status;
        try { task.ChangeStatus(a.Status, a.Percent, a.Reason, ctx.Actor(raw), clock.UtcNow); }
        catch (TaskRuleException e) { return new Outcome(Kind.Refused, task.Id, e.Message); }
        if (a.Status == WorkStatus.Blocked && before != WorkStatus.Blocked)
            await notifier.ToRolesAsync(ctx.Me.WardId, new Outgoing(
                $"⚠️ <b>#{task.Id}</b> vướng mắc ({TaskTexts.Esc(task.Unit?.Name ?? task.UnitName)}): {TaskTexts.Esc(task.BlockedReason)}\n{TaskTexts.Esc(TaskTexts.Short(task.Text))}",
                TaskId: task.Id), ct, Role.Clerk);
        return new Outcome(Kind.Applied, task.Id, $"✅ Đã cập nhật <b>#{task.Id}</b>: {TaskTexts.Esc(task.Describe())}.");
    }

    /// <summary>Reopening a done task, or going back to "đã nhận" after work started: asked before it is done.</summary>
    private static bool IsBackward(WorkStatus from, WorkStatus to) => Rank(to) < Rank(from);

    private static int Rank(WorkStatus s) => s switch
    {
        WorkStatus.New => 0,
        WorkStatus.Acknowledged => 1,
        WorkStatus.InProgress or WorkStatus.Blocked => 2,
        WorkStatus.Done => 3,
        _ => -1, // cancelled: the task refuses every change itself
    };

    private const string NotATaskMessage = "Tin nhắn bạn trả lời không gắn với nhiệm vụ nào. Xin ghi số nhiệm vụ, ví dụ: #12 xong.";

    /// <summary>The tasks of a reading: those written (list items resolved), else none (the caller asks which).</summary>
    private static List<int> Targets(ChatContext ctx, IReadOnlyList<Core.Understanding.TaskRef> refs, List<string> missing) =>
        ctx.Resolve(refs, missing);

    /// <summary>"Xong" on a recurring task closes its earliest open period (the task itself goes on); null when none is open.</summary>
    private async Task<DateOnly?> ReportOccurrenceAsync(ChatContext ctx, WorkTask task, string raw, CancellationToken ct)
    {
        var horizon = ctx.Today.AddDays(7);
        var open = await db.Occurrences.Where(o => o.TaskId == task.Id && !o.Done && o.DueOn <= horizon).OrderBy(o => o.DueOn).FirstOrDefaultAsync(ct);
        if (open is null) return null;
        var now = clock.UtcNow;
        open.Done = true;
        open.DoneAt = now;
        task.Correct("occurrence", null, TaskTexts.Date(open.DueOn), ctx.Actor(raw), now);
        return open.DueOn;
    }

    /// <summary>The task a status without a number refers to: item N of the last list, or the task message replied to.</summary>
    private static int TaskFromContext(ChatContext ctx, int? listIndex)
    {
        if (listIndex is { } n)
        {
            var ids = ctx.ListedTasks;
            if (n < 1 || n > ids.Count) throw new UserFacingException($"Danh sách gần nhất không có mục {n}. Gõ /viec để xem lại, hoặc ghi số nhiệm vụ: #12 xong.");
            return ids[n - 1];
        }
        if (ctx.Message.ReplyToMessageId is null) throw new UserFacingException(Texts.AskTaskNumberOrReply);
        return ctx.RepliedTaskId ?? throw new UserFacingException(NotATaskMessage);
    }
}
