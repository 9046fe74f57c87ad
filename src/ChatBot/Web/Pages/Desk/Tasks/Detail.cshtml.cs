using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web.Pages.Desk.Tasks;

/// <summary>/desk/tasks/{number}: one task of the ward with its whole history; reassign or change the deadline once assigned.</summary>
public sealed class TaskDetailModel(DeskTasks tasks, TaskChanges changes, ChatBotDb db) : DeskPage
{
    public TaskDetail Detail { get; private set; } = null!;
    public List<TaskHistory> History { get; private set; } = [];
    public List<ExtensionRequest> Extensions { get; private set; } = [];
    public List<Unit> Units { get; private set; } = [];
    /// <summary>Photos and files sent as proof of work (without their bytes).</summary>
    public List<ProofRow> Proofs { get; private set; } = [];

    public sealed record ProofRow(long Id, string FileName, long Size, DateTimeOffset At, string? ActorName, string Channel);

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken ct)
    {
        if (await tasks.FindAsync(Me.WardId, number, ct) is not { } detail) return NotFound();
        Detail = detail;
        History = await tasks.HistoryAsync(number, ct);
        Extensions = await tasks.ExtensionsAsync(number, ct);
        Units = await db.Units.AsNoTracking().Where(u => u.WardId == Me.WardId).OrderBy(u => u.Name).ToListAsync(ct);
        Proofs = await db.TaskAttachments.AsNoTracking().Where(a => a.TaskId == number).OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new ProofRow(a.Id, a.FileName, a.Size, a.At, a.ActorName, a.Channel)).ToListAsync(ct);
        return Page();
    }

    /// <summary>/desk/tasks/{number}?handler=proof&amp;id=N: one proof of work of a task of the ward, as a download.</summary>
    public async Task<IActionResult> OnGetProofAsync(int number, long id, CancellationToken ct)
    {
        if (await tasks.FindAsync(Me.WardId, number, ct) is null) return NotFound();
        var proof = await db.TaskAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.TaskId == number, ct);
        if (proof is null) return NotFound();
        return File(proof.Content, proof.MimeType ?? "application/octet-stream", proof.FileName);
    }

    public async Task<IActionResult> OnPostReassignAsync(int number, int unitId, CancellationToken ct)
    {
        if (await tasks.FindAsync(Me.WardId, number, ct) is null) return NotFound();
        return await ChangeAsync(() => changes.ReassignAsync(Me.WardId, number, unitId, Me.Actor($"[bàn làm việc] chuyển #{number} sang đơn vị {unitId}"), ct), $"/desk/tasks/{number}");
    }

    public async Task<IActionResult> OnPostDeadlineAsync(int number, DateOnly? deadline, string? kind, CancellationToken ct)
    {
        if (await tasks.FindAsync(Me.WardId, number, ct) is null) return NotFound();
        var extension = kind != "sua";
        return await ChangeAsync(() => changes.ChangeDeadlineAsync(Me.WardId, number, deadline, extension,
            Me.Actor($"[bàn làm việc] {(extension ? "gia hạn" : "sửa hạn")} #{number}: {TaskChanges.Date(deadline)}"), ct), $"/desk/tasks/{number}");
    }

    public static string Channel(string channel) => channel switch
    {
        "web" => "bàn làm việc", "telegram" => "Telegram", "zalo" => "Zalo", "sim" => "mô phỏng", "cli" => "dòng lệnh", _ => channel,
    };

    public static string Describe(TaskHistory h) => h.Field switch
    {
        "assigned" => "giao nhiệm vụ",
        "status" => $"{h.OldValue} → {h.NewValue}",
        "deadline" => $"hạn {h.OldValue} → {h.NewValue}",
        "unit" => $"đơn vị chủ trì {h.OldValue} → {h.NewValue}",
        "text" => "sửa nội dung",
        "recurrence" => $"định kỳ {h.OldValue} → {h.NewValue}",
        "add" => "thêm vào văn bản (danh sách đọc được thiếu nhiệm vụ này)",
        "split" => $"tách nhiệm vụ ({h.NewValue})",
        "merge" => $"gộp nhiệm vụ ({Short(h.NewValue)})",
        "extension-request" => $"xin gia hạn đến {h.NewValue}",
        "extension-refused" => $"từ chối gia hạn {h.NewValue}",
        "occurrence" => $"báo cáo kỳ {h.NewValue}",
        "attachment" => $"gửi minh chứng {h.NewValue}",
        _ => $"{h.Field}: {h.OldValue} → {h.NewValue}",
    };

    public static string ExtensionState(ExtensionState s) => s switch
    {
        Core.Tasks.ExtensionState.Approved => "đã duyệt", Core.Tasks.ExtensionState.Refused => "từ chối", _ => "chờ lãnh đạo duyệt",
    };

    private static string Short(string? s) => s is null ? "" : s.Length <= 80 ? s : s[..80] + "…";
}
