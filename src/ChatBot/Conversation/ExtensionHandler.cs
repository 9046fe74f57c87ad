using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Reminders;
using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;
using ChatBot.Directory;
using ChatBot.Outbox;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

/// <summary>/giahan or a request in words (a unit asks for more time), the bare "xin gia hạn" dialog (the date, then the
/// reason, in turn), /duyet and /tuchoi (a leader decides); the original deadline is kept.</summary>
public sealed class ExtensionHandler(ChatBotDb db, TaskQueries queries, Notifier notifier, WardClock clock, DialogStore dialogs, WorkingCalendar calendar)
{
    /// <summary>A request in words: filed at once with a clear date; otherwise the dialog asks what is missing.</summary>
    public async Task ExtendAsync(ChatContext ctx, Command.Extend e, string raw, CancellationToken ct)
    {
        var missing = new List<string>();
        var ids = ctx.Resolve(e.Tasks, missing);
        if (ids.Count == 0)
            throw new UserFacingException(missing.FirstOrDefault() ?? "Xin gia hạn nhiệm vụ nào? Xin trả lời đúng tin nhắn của nhiệm vụ, hoặc ghi số: #12 xin gia hạn đến 20/7.");
        var tasks = new List<WorkTask>();
        foreach (var id in ids) tasks.Add(await RequestableAsync(ctx.Me, id, ct));
        var dialog = new ExtensionDialog(ids, ExtensionStep.Date, raw) { Reason = e.Reason };
        switch (e.When)
        {
            case null:
                await dialogs.StartAsync(ctx.Account, dialog, ct);
                ctx.Reply.Say(DialogTexts.AskDate(DialogTexts.Tasks(ids)), taskId: Single(ids));
                break;
            case ExtensionDate.OnDate { InPast: true } past:
                await dialogs.StartAsync(ctx.Account, dialog, ct);
                ctx.Reply.Say(DialogTexts.PastDate(past.Date, DialogTexts.Tasks(ids)), taskId: Single(ids));
                break;
            case ExtensionDate.OnDate { Approximate: true } approx:
                await dialogs.StartAsync(ctx.Account, dialog with { Step = ExtensionStep.ConfirmDate, Date = approx.Date }, ct);
                ctx.Reply.Say(DialogTexts.ConfirmDate(DialogTexts.Tasks(ids), approx.Date, ctx.Buttons), taskId: Single(ids));
                break;
            default:
                await FileAsync(ctx, tasks, With(dialog, e.When), e.Reason, raw, refuseAlone: true, ct);
                break;
        }
    }

    /// <summary>The next answer in the extension dialog; false when it is not an answer (the dialog ends and the message is
    /// handled as usual).</summary>
    public async Task<bool> ContinueAsync(ChatContext ctx, ChatDialog row, ExtensionDialog d, Command command, CancellationToken ct)
    {
        var tasks = DialogTexts.Tasks(d.Tasks);
        var answer = DialogAnswer.Read(ctx.Text, d.Step == ExtensionStep.ConfirmDate ? 2 : 0);
        if (answer.Kind == AnswerKind.Cancel)
        {
            dialogs.End(row);
            ctx.Reply.Say(DialogTexts.ExtensionCancelled(tasks));
            return true;
        }
        if (ctx.Text.StartsWith('/')) { dialogs.End(row); return false; }
        var raw = $"{d.Raw} → {ctx.Text}";
        var date = d.Step == ExtensionStep.Reason ? null : ReplyUnderstander.ReadDate(ctx.Text, Understanding(ctx));
        switch (d.Step)
        {
            case ExtensionStep.ConfirmDate when answer.Kind is AnswerKind.Yes || answer is { Kind: AnswerKind.Pick, Number: 1 }:
                return await DateSettledAsync(ctx, row, d with { Raw = raw }, ct);
            case ExtensionStep.ConfirmDate when answer.Kind is AnswerKind.No or AnswerKind.Skip || answer is { Kind: AnswerKind.Pick, Number: 2 }:
                dialogs.Update(row, d with { Step = ExtensionStep.Date, Date = null });
                ctx.Reply.Say(DialogTexts.AskDate(tasks), taskId: Single(d.Tasks));
                return true;
            case ExtensionStep.Date or ExtensionStep.ConfirmDate when date is not null:
                return await DateGivenAsync(ctx, row, d with { Raw = raw }, date, ct);
            case ExtensionStep.Date when command is Command.Unknown or Command.Malformed:
                if (d.Misses >= 1)
                {
                    dialogs.End(row);
                    ctx.Reply.Say(DialogTexts.ExtensionGaveUp(tasks));
                    return true;
                }
                dialogs.Update(row, d with { Misses = d.Misses + 1 });
                ctx.Reply.Say(DialogTexts.NotADate);
                return true;
            case ExtensionStep.Reason:
                dialogs.End(row);
                var reason = answer.Kind is AnswerKind.Skip or AnswerKind.No ? null : ctx.Text;
                await FileAsync(ctx, await TasksAsync(ctx, d.Tasks, ct), d, reason, raw, refuseAlone: false, ct);
                return true;
            default:
                dialogs.End(row);
                return false;
        }
    }

    /// <summary>A date for the dialog: a past one is refused and asked again, an approximate one read back for a yes.</summary>
    private async Task<bool> DateGivenAsync(ChatContext ctx, ChatDialog row, ExtensionDialog d, ExtensionDate date, CancellationToken ct)
    {
        var tasks = DialogTexts.Tasks(d.Tasks);
        switch (date)
        {
            case ExtensionDate.OnDate { InPast: true } past:
                dialogs.Update(row, d with { Step = ExtensionStep.Date, Date = null });
                ctx.Reply.Say(DialogTexts.PastDate(past.Date, tasks), taskId: Single(d.Tasks));
                return true;
            case ExtensionDate.OnDate { Approximate: true } approx:
                dialogs.Update(row, d with { Step = ExtensionStep.ConfirmDate, Date = approx.Date, MoreDays = null });
                ctx.Reply.Say(DialogTexts.ConfirmDate(tasks, approx.Date, ctx.Buttons), taskId: Single(d.Tasks));
                return true;
            default:
                return await DateSettledAsync(ctx, row, With(d, date), ct);
        }
    }

    /// <summary>The date is clear: checked against each task's deadline, then the reason is asked (unless given) or the request filed.</summary>
    private async Task<bool> DateSettledAsync(ChatContext ctx, ChatDialog row, ExtensionDialog d, CancellationToken ct)
    {
        foreach (var task in await TasksAsync(ctx, d.Tasks, ct))
            if (DateFor(task, d, ctx.Today) is var wanted && task.Deadline is { } current && wanted <= current)
            {
                dialogs.Update(row, d with { Step = ExtensionStep.Date, Date = null, MoreDays = null });
                ctx.Reply.Say($"Hạn hiện tại của <b>#{task.Id}</b> là {TaskTexts.Date(current)}; ngày xin gia hạn phải sau ngày đó. {DialogTexts.AskDate(DialogTexts.Tasks(d.Tasks))}");
                return true;
            }
        if (d.Reason is null)
        {
            dialogs.Update(row, d with { Step = ExtensionStep.Reason });
            ctx.Reply.Say(DialogTexts.AskReason(DialogTexts.Tasks(d.Tasks)), taskId: Single(d.Tasks));
            return true;
        }
        dialogs.End(row);
        await FileAsync(ctx, await TasksAsync(ctx, d.Tasks, ct), d, d.Reason, d.Raw, refuseAlone: false, ct);
        return true;
    }

    /// <summary>Files the request for each task, exactly as /giahan does. A refusal of one task alone refuses the message when
    /// <paramref name="refuseAlone"/>; otherwise each task gets its own line.</summary>
    private async Task FileAsync(ChatContext ctx, IReadOnlyList<WorkTask> tasks, ExtensionDialog d, string? reason, string raw, bool refuseAlone, CancellationToken ct)
    {
        var failures = new List<string>();
        foreach (var task in tasks)
        {
            var request = new Command.RequestExtension(task.Id, DateFor(task, d, ctx.Today), reason);
            if (tasks.Count == 1 && refuseAlone) { await RequestAsync(ctx, request, raw, ct); return; }
            try { await RequestAsync(ctx, request, raw, ct); }
            catch (UserFacingException e) { failures.Add($"⚠️ #{task.Id}: {TaskTexts.Esc(e.Message)}"); }
        }
        if (failures.Count > 0) ctx.Reply.Say(string.Join("\n", failures));
    }

    private DateOnly DateFor(WorkTask task, ExtensionDialog d, DateOnly today) =>
        d.Date ?? new ExtensionDate.MoreDays(d.MoreDays ?? 0, d.WorkingDays).From(task.Deadline, today, calendar.IsWorkingDay);

    private static ExtensionDialog With(ExtensionDialog d, ExtensionDate date) => date switch
    {
        ExtensionDate.OnDate on => d with { Date = on.Date, MoreDays = null },
        ExtensionDate.MoreDays more => d with { Date = null, MoreDays = more.Days, WorkingDays = more.WorkingDays },
        _ => d,
    };

    private async Task<List<WorkTask>> TasksAsync(ChatContext ctx, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var tasks = new List<WorkTask>();
        foreach (var id in ids) tasks.Add(await queries.VisibleTaskAsync(ctx.Me, id, ct));
        return tasks;
    }

    /// <summary>A task the official may ask more time for: visible, still open, no request waiting.</summary>
    private async Task<WorkTask> RequestableAsync(Official me, int id, CancellationToken ct)
    {
        var task = await queries.VisibleTaskAsync(me, id, ct);
        if (!task.Status.IsOpen()) throw new UserFacingException($"Nhiệm vụ #{task.Id} đã {task.Status.Vietnamese().ToLowerInvariant()}, không cần gia hạn.");
        if (await db.Extensions.AnyAsync(x => x.TaskId == task.Id && x.State == ExtensionState.Pending, ct))
            throw new UserFacingException($"Nhiệm vụ #{task.Id} đang chờ lãnh đạo duyệt một đề nghị gia hạn.");
        return task;
    }

    private UnderstandingContext Understanding(ChatContext ctx) =>
        new(ctx.Today) { Writer = ctx.Me.Role, IsWorkingDay = calendar.IsWorkingDay };

    private static int? Single(IReadOnlyList<int> ids) => ids.Count == 1 ? ids[0] : null;

    public async Task RequestAsync(ChatContext ctx, Command.RequestExtension r, string raw, CancellationToken ct)
    {
        var me = ctx.Me;
        var task = await RequestableAsync(me, r.TaskId, ct);
        if (r.NewDeadline < ctx.Today) throw new UserFacingException($"Ngày {TaskTexts.Date(r.NewDeadline)} đã qua. Xin chọn một ngày từ hôm nay trở đi.");
        if (task.Deadline is { } d && r.NewDeadline <= d)
            throw new UserFacingException($"Hạn hiện tại là {TaskTexts.Date(d)}; ngày xin gia hạn phải sau ngày đó.");

        var now = clock.UtcNow;
        db.Extensions.Add(new ExtensionRequest
        {
            TaskId = task.Id, RequestedByOfficialId = me.Id, CurrentDeadline = task.Deadline, RequestedDeadline = r.NewDeadline,
            Reason = r.Reason, State = ExtensionState.Pending, CreatedAt = now,
        });
        task.Correct("extension-request", task.Deadline is { } cd ? TaskTexts.Date(cd) : null, TaskTexts.Date(r.NewDeadline), ctx.Actor(raw), now);

        var unit = task.Unit?.Name ?? task.UnitName ?? "";
        var text = $"🕑 <b>Xin gia hạn #{task.Id}</b> — {TaskTexts.Esc(unit)}\n{TaskTexts.Esc(TaskTexts.Short(task.Text))}\n" +
                   $"Hạn hiện tại: {(task.Deadline is { } x ? TaskTexts.Date(x) : "không ghi hạn")} → đề nghị: <b>{TaskTexts.Date(r.NewDeadline)}</b>\n" +
                   $"Lý do: {TaskTexts.Esc(r.Reason ?? "(không ghi)")}\nNgười đề nghị: {TaskTexts.Esc(me.Name ?? "")}\n" +
                   $"Duyệt: <code>/duyet {task.Id}</code> · Từ chối: <code>/tuchoi {task.Id} lý do</code>";
        var leaders = await notifier.ToRolesAsync(me.WardId, new Outgoing(text, TaskTexts.ExtensionButtons(task.Id), task.Id), ct, Role.Leader);
        ctx.Reply.Say(leaders > 0
            ? $"Đã gửi đề nghị gia hạn <b>#{task.Id}</b> đến {TaskTexts.Date(r.NewDeadline)} tới lãnh đạo. Bạn sẽ nhận kết quả tại đây."
            : $"Đã ghi đề nghị gia hạn <b>#{task.Id}</b>; hiện chưa có lãnh đạo nào liên kết để duyệt, Văn phòng sẽ theo dõi.");
    }

    public async Task DecideAsync(ChatContext ctx, int taskId, bool approve, string? reason, string raw, CancellationToken ct)
    {
        var me = ctx.Me;
        if (me.Role != Role.Leader) throw new UserFacingException("Chỉ lãnh đạo UBND phường mới duyệt hoặc từ chối gia hạn.");
        var task = await queries.VisibleTaskAsync(me, taskId, ct);
        var request = await db.Extensions.Where(e => e.TaskId == taskId && e.State == ExtensionState.Pending).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct)
            ?? throw new UserFacingException($"Nhiệm vụ #{taskId} không có đề nghị gia hạn nào đang chờ.");
        var now = clock.UtcNow;
        request.DecidedAt = now;
        request.DecidedByOfficialId = me.Id;
        request.DecisionNote = reason;
        string toUnit;
        if (approve)
        {
            task.ExtendDeadline(request.RequestedDeadline, ctx.Actor(raw), now, ctx.Today);
            request.State = ExtensionState.Approved;
            toUnit = $"✅ Lãnh đạo đã <b>duyệt gia hạn #{task.Id}</b> đến <b>{TaskTexts.Date(request.RequestedDeadline)}</b>" +
                     (request.CurrentDeadline is { } o ? $" (hạn cũ {TaskTexts.Date(o)})." : ".");
        }
        else
        {
            request.State = ExtensionState.Refused;
            task.Correct("extension-refused", null, reason, ctx.Actor(raw), now);
            toUnit = $"❌ Lãnh đạo <b>không duyệt gia hạn #{task.Id}</b>. Hạn vẫn là {(task.Deadline is { } d ? TaskTexts.Date(d) : "như cũ")}." +
                     $"\nLý do: {TaskTexts.Esc(reason ?? "(không ghi)")}";
        }
        if (task.UnitId is { } uid) await notifier.ToUnitAsync(uid, new Outgoing(toUnit, TaskId: task.Id), ct);
        if (request.RequestedByOfficialId is { } rid && (task.UnitId is null || !await db.Officials.AnyAsync(o => o.Id == rid && o.UnitId == task.UnitId, ct)))
            await notifier.ToOfficialAsync(rid, new Outgoing(toUnit, TaskId: task.Id), ct);
        ctx.Reply.Say(approve ? $"Đã duyệt gia hạn #{task.Id} đến {TaskTexts.Date(request.RequestedDeadline)}." : $"Đã từ chối gia hạn #{task.Id}.");
    }

    /// <summary>The Từ chối button: a refusal needs a reason, so ask for it in words.</summary>
    public Task AskReasonAsync(ChatContext ctx, int taskId)
    {
        ctx.Reply.Say($"Xin gõ lý do: <code>/tuchoi {taskId} lý do</code>", toast: $"Gõ: /tuchoi {taskId} lý do");
        return Task.CompletedTask;
    }
}
