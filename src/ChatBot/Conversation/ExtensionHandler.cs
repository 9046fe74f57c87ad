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

/// <summary>/giahan (a unit asks for more time), /duyet and /tuchoi (a leader decides); the original deadline is kept.</summary>
public sealed class ExtensionHandler(ChatBotDb db, TaskQueries queries, Notifier notifier, WardClock clock)
{
    public async Task RequestAsync(ChatContext ctx, Command.RequestExtension r, string raw, CancellationToken ct)
    {
        var me = ctx.Me;
        var task = await queries.VisibleTaskAsync(me, r.TaskId, ct);
        if (!task.Status.IsOpen()) throw new UserFacingException($"Nhiệm vụ #{task.Id} đã {task.Status.Vietnamese().ToLowerInvariant()}, không cần gia hạn.");
        if (r.NewDeadline < ctx.Today) throw new UserFacingException($"Ngày {TaskTexts.Date(r.NewDeadline)} đã qua. Xin chọn một ngày từ hôm nay trở đi.");
        if (task.Deadline is { } d && r.NewDeadline <= d)
            throw new UserFacingException($"Hạn hiện tại là {TaskTexts.Date(d)}; ngày xin gia hạn phải sau ngày đó.");
        if (await db.Extensions.AnyAsync(e => e.TaskId == task.Id && e.State == ExtensionState.Pending, ct))
            throw new UserFacingException($"Nhiệm vụ #{task.Id} đang chờ lãnh đạo duyệt một đề nghị gia hạn.");

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
