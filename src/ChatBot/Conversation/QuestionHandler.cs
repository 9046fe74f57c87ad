using System.Text;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

/// <summary>/viec, /viec SỐ, /quahan [đơn vị], /sapden [ngày], /tiendo — always within what the asker may see.
/// Works on commands only, so a free-text reader can ask the same questions.</summary>
public sealed class QuestionHandler(ChatBotDb db, TaskQueries queries, DirectoryService directory, WardClock clock)
{
    public async Task MyTasksAsync(ChatContext ctx, CancellationToken ct)
    {
        var me = ctx.Me;
        var tasks = await queries.OpenAsync(queries.Visible(me), ct);
        var scope = me.Role.SeesWholeWard() ? "toàn phường" : await UnitNameAsync(me.UnitId, ct);
        if (tasks.Count == 0) { ctx.Reply.Say($"Không có nhiệm vụ nào đang mở ({TaskTexts.Esc(scope)})."); return; }
        List(ctx, $"📌 <b>Việc đang mở</b> — {TaskTexts.Esc(scope)}: {tasks.Count}", tasks, me.Role.SeesWholeWard());
    }

    public async Task ShowTaskAsync(ChatContext ctx, int id, CancellationToken ct)
    {
        var task = await queries.VisibleTaskAsync(ctx.Me, id, ct);
        var history = await db.TaskHistory.Where(h => h.TaskId == id).OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync(ct);
        var sb = new StringBuilder(TaskTexts.Card(task, ctx.Today, task.Document?.Title(), task.Unit?.Name ?? task.UnitName));
        if (task.Status == WorkStatus.New) sb.Append("\nTrạng thái: ").Append(WorkStatus.New.Vietnamese());
        var pending = await db.Extensions.FirstOrDefaultAsync(e => e.TaskId == id && e.State == ExtensionState.Pending, ct);
        if (pending is not null) sb.Append($"\nĐang xin gia hạn đến {TaskTexts.Date(pending.RequestedDeadline)}");
        var shown = history.Where(h => h.Field != "assigned").ToList();
        if (shown.Count > 0)
        {
            sb.Append("\n\n<b>Lịch sử</b>");
            foreach (var h in shown)
                sb.Append($"\n• {clock.ToLocal(h.At):dd/MM HH:mm} {TaskTexts.Esc(h.ActorName ?? "")} ({Texts.ChannelName(h.Channel) ?? h.Channel}): " +
                          $"{TaskTexts.Esc(HistoryText(h))}");
        }
        ctx.Reply.Say(sb.ToString(), task.Status.IsOpen() ? TaskTexts.StatusButtons(task.Id) : null, task.Id);
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

    public async Task OverdueAsync(ChatContext ctx, string? unitText, CancellationToken ct)
    {
        var me = ctx.Me;
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
        var tasks = await queries.OverdueAsync(q, ctx.Today, ct);
        if (tasks.Count == 0) { ctx.Reply.Say($"✅ Không có nhiệm vụ quá hạn ({TaskTexts.Esc(scope)})."); return; }
        List(ctx, $"⏰ <b>Việc quá hạn</b> — {TaskTexts.Esc(scope)}: {tasks.Count}", tasks, me.Role.SeesWholeWard() && unitText is null);
    }

    public async Task DueSoonAsync(ChatContext ctx, int days, CancellationToken ct)
    {
        var tasks = await queries.DueWithinAsync(queries.Visible(ctx.Me), ctx.Today, days, ct);
        if (tasks.Count == 0) { ctx.Reply.Say($"Không có nhiệm vụ đến hạn trong {TaskTexts.Days(days)} tới."); return; }
        List(ctx, $"📅 <b>Sắp đến hạn</b> trong {TaskTexts.Days(days)} tới: {tasks.Count}", tasks, ctx.Me.Role.SeesWholeWard());
    }

    public async Task ProgressAsync(ChatContext ctx, CancellationToken ct)
    {
        var rows = await queries.ProgressAsync(queries.Visible(ctx.Me), ctx.Today, ct);
        if (rows.Count == 0) { ctx.Reply.Say("Chưa có nhiệm vụ nào được giao."); return; }
        var sb = new StringBuilder("📊 <b>Tiến độ theo đơn vị</b> (xong / đang làm / quá hạn / tổng)");
        foreach (var r in rows)
            sb.Append($"\n• {TaskTexts.Esc(r.Unit)}: {r.Done} / {r.InProgress} / {(r.Overdue > 0 ? $"<b>{r.Overdue}</b>" : "0")} / {r.Total}");
        var total = rows.Sum(r => r.Total);
        sb.Append($"\n<b>Tổng</b>: {rows.Sum(r => r.Done)} xong, {rows.Sum(r => r.InProgress)} đang làm, {rows.Sum(r => r.Overdue)} quá hạn / {total} nhiệm vụ.");
        ctx.Reply.Say(sb.ToString());
    }

    /// <summary>A numbered list; the ids are remembered so "2 xong" works on channels without buttons.</summary>
    private static void List(ChatContext ctx, string title, IReadOnlyList<WorkTask> tasks, bool withUnit)
    {
        var sb = new StringBuilder(title);
        for (var i = 0; i < tasks.Count; i++)
            sb.Append($"\n{i + 1}. ").Append(TaskTexts.Line(tasks[i], ctx.Today, withUnit ? tasks[i].Unit?.Name ?? tasks[i].UnitName ?? "Chưa xác định đơn vị" : null));
        sb.Append("\n\nCập nhật: <code>#SỐ xong</code> hoặc <code>SỐ_THỨ_TỰ xong</code>; chi tiết: <code>/viec SỐ</code>.");
        ctx.Account.LastListTaskIds = string.Join(',', tasks.Select(t => t.Id));
        ctx.Reply.Say(sb.ToString());
    }

    private async Task<string> UnitNameAsync(int? unitId, CancellationToken ct) =>
        unitId is { } id ? (await db.Units.FirstAsync(u => u.Id == id, ct)).Name : "chưa gắn đơn vị";
}
