using System.Text;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

public sealed partial class ConversationService
{
    private async Task<InboundResult> MyTasksAsync(Official me, ChatAccount account, CancellationToken ct)
    {
        var tasks = await queries.OpenAsync(queries.Visible(me), ct);
        var scope = me.Role.SeesWholeWard() ? "toàn phường" : await UnitNameAsync(me.UnitId, ct);
        if (tasks.Count == 0) return Reply($"Không có nhiệm vụ nào đang mở ({TaskTexts.Esc(scope)}).");
        return List(account, $"📌 <b>Việc đang mở</b> — {TaskTexts.Esc(scope)}: {tasks.Count}", tasks, me.Role.SeesWholeWard());
    }

    private async Task<InboundResult> ShowTaskAsync(Official me, int id, CancellationToken ct)
    {
        var task = await VisibleTaskAsync(me, id, ct);
        var history = await db.TaskHistory.Where(h => h.TaskId == id).OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync(ct);
        var sb = new StringBuilder(TaskTexts.Card(task, _today, task.Document?.Title(), task.Unit?.Name ?? task.UnitName));
        if (task.Status == WorkStatus.New) sb.Append("\nTrạng thái: ").Append(WorkStatus.New.Vietnamese());
        var pending = await db.Extensions.FirstOrDefaultAsync(e => e.TaskId == id && e.State == ExtensionState.Pending, ct);
        if (pending is not null) sb.Append($"\nĐang xin gia hạn đến {TaskTexts.Date(pending.RequestedDeadline)}");
        var shown = history.Where(h => h.Field != "assigned").ToList();
        if (shown.Count > 0)
        {
            sb.Append("\n\n<b>Lịch sử</b>");
            foreach (var h in shown)
            {
                var at = TimeZoneInfo.ConvertTime(h.At, VnClock.Zone);
                sb.Append($"\n• {at:dd/MM HH:mm} {TaskTexts.Esc(h.ActorName ?? "")} ({Texts.ChannelName(h.Channel) ?? h.Channel}): " +
                          $"{TaskTexts.Esc(HistoryText(h))}");
            }
        }
        return Reply(sb.ToString(), TaskQueries.CanSee(me, task) && task.Status.IsOpen() ? TaskTexts.StatusButtons(task.Id) : null, task.Id);
    }

    private static string HistoryText(TaskHistory h) => h.Field switch
    {
        "status" => $"{h.OldValue} → {h.NewValue}",
        "deadline" => $"hạn {h.OldValue} → {h.NewValue}",
        "extension-request" => $"xin gia hạn đến {h.NewValue}",
        "extension-refused" => $"từ chối gia hạn {h.NewValue}",
        "occurrence" => $"báo cáo kỳ {h.NewValue}",
        _ => $"{h.Field}: {h.OldValue} → {h.NewValue}",
    };

    private async Task<InboundResult> OverdueAsync(Official me, ChatAccount account, string? unitText, CancellationToken ct)
    {
        var q = queries.Visible(me);
        var scope = me.Role.SeesWholeWard() ? "toàn phường" : await UnitNameAsync(me.UnitId, ct);
        if (unitText is not null)
        {
            var unit = await directory.MatchUnitAsync(me.WardId, unitText, ct)
                ?? throw new UserFacingException($"Không tìm thấy đơn vị \"{unitText}\". Gõ đúng tên hoặc tên viết tắt, ví dụ: /quahan kinh tế.");
            if (!me.Role.SeesWholeWard() && unit.Id != me.UnitId)
                throw new UserFacingException("Bạn chỉ xem được nhiệm vụ của đơn vị mình.");
            q = q.Where(t => t.UnitId == unit.Id);
            scope = unit.Name;
        }
        var tasks = await queries.OverdueAsync(q, _today, ct);
        if (tasks.Count == 0) return Reply($"✅ Không có nhiệm vụ quá hạn ({TaskTexts.Esc(scope)}).");
        return List(account, $"⏰ <b>Việc quá hạn</b> — {TaskTexts.Esc(scope)}: {tasks.Count}", tasks, me.Role.SeesWholeWard() && unitText is null);
    }

    private async Task<InboundResult> DueSoonAsync(Official me, ChatAccount account, int days, CancellationToken ct)
    {
        var tasks = await queries.DueWithinAsync(queries.Visible(me), _today, days, ct);
        if (tasks.Count == 0) return Reply($"Không có nhiệm vụ đến hạn trong {TaskTexts.Days(days)} tới.");
        return List(account, $"📅 <b>Sắp đến hạn</b> trong {TaskTexts.Days(days)} tới: {tasks.Count}", tasks, me.Role.SeesWholeWard());
    }

    private async Task<InboundResult> ProgressAsync(Official me, CancellationToken ct)
    {
        var rows = await queries.ProgressAsync(queries.Visible(me), _today, ct);
        if (rows.Count == 0) return Reply("Chưa có nhiệm vụ nào được giao.");
        var sb = new StringBuilder("📊 <b>Tiến độ theo đơn vị</b> (xong / đang làm / quá hạn / tổng)");
        foreach (var r in rows)
            sb.Append($"\n• {TaskTexts.Esc(r.Unit)}: {r.Done} / {r.InProgress} / {(r.Overdue > 0 ? $"<b>{r.Overdue}</b>" : "0")} / {r.Total}");
        var total = rows.Sum(r => r.Total);
        sb.Append($"\n<b>Tổng</b>: {rows.Sum(r => r.Done)} xong, {rows.Sum(r => r.InProgress)} đang làm, {rows.Sum(r => r.Overdue)} quá hạn / {total} nhiệm vụ.");
        return Reply(sb.ToString());
    }

    private async Task<InboundResult> UpdateAsync(Official me, ChatAccount? account, Command.Update u, string raw, CancellationToken ct)
    {
        var id = u.TaskId ?? await TaskFromContextAsync(account, u.ListIndex, ct);
        var task = await UpdatableTaskAsync(me, id, ct);
        var before = task.Status;
        if (u.Status == WorkStatus.Done && task.Recurrence is not null && await ReportOccurrenceAsync(me, task, raw, ct) is { } period)
            return Reply($"✅ Đã ghi nhận báo cáo kỳ hạn {TaskTexts.Date(period)} của <b>#{task.Id}</b>. Nhiệm vụ định kỳ vẫn tiếp tục.");
        task.ChangeStatus(u.Status, u.Percent, u.Reason, ActorOf(me, raw), clock.GetUtcNow());
        if (u.Status == WorkStatus.Blocked && before != WorkStatus.Blocked)
            await notifier.ToRolesAsync(me.WardId, new Outbox.Outgoing(
                $"⚠️ <b>#{task.Id}</b> vướng mắc ({TaskTexts.Esc(task.Unit?.Name ?? task.UnitName)}): {TaskTexts.Esc(task.BlockedReason)}\n{TaskTexts.Esc(Short(task.Text))}",
                TaskId: task.Id), ct, Role.Clerk);
        var text = $"✅ Đã cập nhật <b>#{task.Id}</b>: {TaskTexts.Esc(task.Describe())}.";
        return Reply(text, toast: Texts.Plain(text));
    }

    /// <summary>"Xong" on a recurring task closes its earliest open period (the task itself goes on); null when none is open.</summary>
    private async Task<DateOnly?> ReportOccurrenceAsync(Official me, WorkTask task, string raw, CancellationToken ct)
    {
        var horizon = _today.AddDays(7);
        var open = await db.Occurrences.Where(o => o.TaskId == task.Id && !o.Done && o.DueOn <= horizon).OrderBy(o => o.DueOn).FirstOrDefaultAsync(ct);
        if (open is null) return null;
        var now = clock.GetUtcNow();
        open.Done = true;
        open.DoneAt = now;
        task.Correct("occurrence", null, TaskTexts.Date(open.DueOn), ActorOf(me, raw), now);
        return open.DueOn;
    }

    /// <summary>The task a bare status refers to: the message replied to, or item N of the last list.</summary>
    private async Task<int> TaskFromContextAsync(ChatAccount? account, int? listIndex, CancellationToken ct)
    {
        if (listIndex is { } n)
        {
            var ids = (account?.LastListTaskIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (n < 1 || n > ids.Length) throw new UserFacingException($"Danh sách gần nhất không có mục {n}. Gõ /viec để xem lại, hoặc ghi số nhiệm vụ: #12 xong.");
            return int.Parse(ids[n - 1]);
        }
        var replied = _in.ReplyToMessageId;
        var taskId = await db.Outbox.Where(o => o.Channel == _in.Channel && o.ChatId == _in.ChatId && o.PlatformMessageId == replied)
            .Select(o => o.TaskId).FirstOrDefaultAsync(ct);
        return taskId ?? throw new UserFacingException("Tin nhắn bạn trả lời không gắn với nhiệm vụ nào. Xin ghi số nhiệm vụ, ví dụ: #12 xong.");
    }

    private async Task<WorkTask> VisibleTaskAsync(Official me, int id, CancellationToken ct)
    {
        var task = await queries.FindAsync(id, ct);
        if (task is null || task.WardId != me.WardId || task.AssignedAt is null)
            throw new UserFacingException($"Không có nhiệm vụ #{id}. Gõ /viec để xem danh sách.");
        if (!TaskQueries.CanSee(me, task))
            throw new UserFacingException($"Nhiệm vụ #{id} thuộc đơn vị khác; bạn chỉ xem và cập nhật được nhiệm vụ của đơn vị mình.");
        return task;
    }

    private Task<WorkTask> UpdatableTaskAsync(Official me, int id, CancellationToken ct) => VisibleTaskAsync(me, id, ct);

    /// <summary>A numbered list; the ids are remembered so "2 xong" works on channels without buttons.</summary>
    private InboundResult List(ChatAccount account, string title, IReadOnlyList<WorkTask> tasks, bool withUnit)
    {
        var sb = new StringBuilder(title);
        for (var i = 0; i < tasks.Count; i++)
            sb.Append($"\n{i + 1}. ").Append(TaskTexts.Line(tasks[i], _today, withUnit ? tasks[i].Unit?.Name ?? tasks[i].UnitName ?? "Chưa xác định đơn vị" : null));
        sb.Append("\n\nCập nhật: <code>#SỐ xong</code> hoặc <code>SỐ_THỨ_TỰ xong</code>; chi tiết: <code>/viec SỐ</code>.");
        account.LastListTaskIds = string.Join(',', tasks.Select(t => t.Id));
        return Reply(sb.ToString());
    }

    private async Task<string> UnitNameAsync(int? unitId, CancellationToken ct) =>
        unitId is { } id ? (await db.Units.FirstAsync(u => u.Id == id, ct)).Name : "chưa gắn đơn vị";

    private static string Short(string s) => s.Length > 160 ? s[..160] + "…" : s;
}
