using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Outbox;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web;

/// <summary>Changes to an assigned task: another lead unit, or another deadline. The officials concerned are told
/// through the outbox and the change goes into the task's history; the caller saves both at once (the desk's post,
/// chat's /sua). Never saves; answers in plain text.</summary>
public sealed class TaskChanges(ChatBotDb db, Notifier notifier, WardClock clock)
{
    public async Task<string> ReassignAsync(int wardId, int number, int unitId, Actor actor, CancellationToken ct)
    {
        var task = await AssignedOpenAsync(wardId, number, ct);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId && u.WardId == wardId, ct)
            ?? throw new UserFacingException("Không có đơn vị này trong danh bạ của phường.");
        if (task.UnitId == unit.Id) return $"Nhiệm vụ #{task.Id} đã giao cho {unit.Name}.";
        var now = clock.UtcNow;
        var today = clock.Today;
        var old = task.Unit;
        var source = await DocumentTitleAsync(db, task.DocumentId, ct);
        task.UnitId = unit.Id;
        task.Unit = unit;
        task.Correct("unit", old?.Name ?? task.UnitName ?? "chưa xác định", unit.Name, actor, now);
        if (old is not null)
            await notifier.ToUnitAsync(old.Id, new Outgoing(
                $"🔁 Nhiệm vụ <b>#{task.Id}</b> đã chuyển sang <b>{TaskTexts.Esc(unit.Name)}</b> chủ trì; {TaskTexts.Esc(old.Name)} không còn phụ trách.\n{TaskTexts.Esc(Short(task.Text))}",
                TaskId: task.Id), ct);
        var reached = await notifier.ToUnitAsync(unit.Id, new Outgoing(
            $"📋 <b>Nhiệm vụ chuyển đến</b> {TaskTexts.Esc(unit.Name)} (từ {TaskTexts.Esc(old?.Name ?? "chưa xác định đơn vị")}):\n" + TaskTexts.Card(task, today, source),
            TaskTexts.StatusButtons(task.Id), task.Id), ct);
        return $"Đã chuyển #{task.Id} sang {unit.Name}" + (reached == 0 ? " — đơn vị này chưa có ai liên kết tài khoản chat, chưa ai được báo." : "; đã báo các cán bộ liên quan.");
    }

    /// <param name="extension">True: a new deadline by direction (the notice's deadline is kept beside it);
    /// false: a correction of what the notice said (both change).</param>
    public async Task<string> ChangeDeadlineAsync(int wardId, int number, DateOnly? deadline, bool extension, Actor actor, CancellationToken ct)
    {
        var task = await AssignedOpenAsync(wardId, number, ct);
        if (task.Deadline == deadline) return $"Hạn của #{task.Id} không đổi.";
        var now = clock.UtcNow;
        var today = clock.Today;
        var old = task.Deadline;
        if (extension)
        {
            if (deadline is not { } d) throw new UserFacingException("Gia hạn cần một ngày mới.");
            task.ExtendDeadline(d, actor, now, today);
        }
        else
        {
            RefusePast(deadline, today);
            task.Deadline = deadline;
            task.OriginalDeadline = deadline;
            task.Correct("deadline", Date(old), Date(deadline), actor, now);
        }
        if (task.UnitId is { } unitId)
            await notifier.ToUnitAsync(unitId, new Outgoing(
                $"📅 Hạn của nhiệm vụ <b>#{task.Id}</b> {(extension ? "được gia hạn" : "được sửa")}: {Date(old)} → <b>{Date(deadline)}</b>.\n" +
                $"{TaskTexts.Esc(Short(task.Text))}\n{TaskTexts.DeadlineLine(task, today)}", TaskId: task.Id), ct);
        return $"Đã đổi hạn #{task.Id}: {Date(old)} → {Date(deadline)}" + (task.UnitId is null ? "." : "; đã báo đơn vị.");
    }

    private async Task<WorkTask> AssignedOpenAsync(int wardId, int number, CancellationToken ct)
    {
        var task = await db.Tasks.Include(t => t.Unit)
            .FirstOrDefaultAsync(t => t.Id == number && t.WardId == wardId, ct)
            ?? throw new UserFacingException($"Không có nhiệm vụ #{number}.");
        if (task.AssignedAt is null) throw new UserFacingException($"Nhiệm vụ #{number} còn là bản nháp: sửa ở trang duyệt văn bản.");
        if (!task.Status.IsOpen()) throw new UserFacingException($"Nhiệm vụ #{number} đã {task.Status.Vietnamese().ToLowerInvariant()}, không sửa được.");
        return task;
    }

    /// <summary>The notice's title without reading its file or text.</summary>
    internal static async Task<string?> DocumentTitleAsync(ChatBotDb db, int documentId, CancellationToken ct) =>
        (await db.Documents.AsNoTracking().Where(x => x.Id == documentId).Select(DocumentHead.Projection).FirstOrDefaultAsync(ct))?.Title;

    /// <summary>A corrected deadline must not be already past: the task would be overdue the moment it is told.</summary>
    internal static void RefusePast(DateOnly? deadline, DateOnly today)
    {
        if (deadline is { } d && d < today)
            throw new UserFacingException($"Ngày {TaskTexts.Date(d)} đã qua (hôm nay {TaskTexts.Date(today)}); hạn mới phải từ hôm nay trở đi.");
    }

    internal static string Date(DateOnly? d) => d is { } x ? TaskTexts.Date(x) : "không hạn";

    internal static string Short(string s) => s.Length <= 160 ? s : s[..160].TrimEnd() + "…";
}
