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

/// <summary>Status updates however they come: "#12 xong", "/capnhat 12 …", a reply to a task message, "2 xong" on a list,
/// a button. Works on <see cref="Command.Update"/> only, whoever read the words.</summary>
public sealed class StatusHandler(ChatBotDb db, TaskQueries queries, Notifier notifier, WardClock clock)
{
    public async Task UpdateAsync(ChatContext ctx, Command.Update u, string raw, CancellationToken ct)
    {
        var id = u.TaskId ?? TaskFromContext(ctx, u.ListIndex);
        var task = await queries.VisibleTaskAsync(ctx.Me, id, ct);
        var before = task.Status;
        var period = u.Status == WorkStatus.Done && task.Recurrence is not null ? await ReportOccurrenceAsync(ctx, task, raw, ct) : null;
        if (period is not null)
        {
            ctx.Reply.Say($"✅ Đã ghi nhận báo cáo kỳ hạn {TaskTexts.Date(period.Value)} của <b>#{task.Id}</b>. Nhiệm vụ định kỳ vẫn tiếp tục.");
            return;
        }
        task.ChangeStatus(u.Status, u.Percent, u.Reason, ctx.Actor(raw), clock.UtcNow);
        if (u.Status == WorkStatus.Blocked && before != WorkStatus.Blocked)
            await notifier.ToRolesAsync(ctx.Me.WardId, new Outgoing(
                $"⚠️ <b>#{task.Id}</b> vướng mắc ({TaskTexts.Esc(task.Unit?.Name ?? task.UnitName)}): {TaskTexts.Esc(task.BlockedReason)}\n{TaskTexts.Esc(TaskTexts.Short(task.Text))}",
                TaskId: task.Id), ct, Role.Clerk);
        var text = $"✅ Đã cập nhật <b>#{task.Id}</b>: {TaskTexts.Esc(task.Describe())}.";
        ctx.Reply.Say(text, toast: Texts.Plain(text));
    }

    /// <summary>The Vướng mắc button: a reason is needed, so ask for it in words.</summary>
    public Task AskReasonAsync(ChatContext ctx, int taskId)
    {
        ctx.Reply.Say($"Xin gõ nội dung vướng mắc, ví dụ: <code>#{taskId} vướng: chưa có kinh phí</code>", toast: $"Gõ: #{taskId} vướng: lý do");
        return Task.CompletedTask;
    }

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
            var ids = (ctx.Account.LastListTaskIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (n < 1 || n > ids.Length) throw new UserFacingException($"Danh sách gần nhất không có mục {n}. Gõ /viec để xem lại, hoặc ghi số nhiệm vụ: #12 xong.");
            return int.Parse(ids[n - 1], System.Globalization.CultureInfo.InvariantCulture);
        }
        if (ctx.Message.ReplyToMessageId is null) throw new UserFacingException(Texts.AskTaskNumberOrReply);
        return ctx.RepliedTaskId ?? throw new UserFacingException("Tin nhắn bạn trả lời không gắn với nhiệm vụ nào. Xin ghi số nhiệm vụ, ví dụ: #12 xong.");
    }
}
