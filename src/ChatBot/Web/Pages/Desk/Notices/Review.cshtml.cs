using ChatBot.Core.Directory;
using ChatBot.Core.Parsing;
using ChatBot.Core.Tasks;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web.Pages.Desk.Notices;

/// <summary>/desk/notices/{id}: the parsed tasks beside the notice's text; the clerk corrects the draft and confirms it.</summary>
public sealed class ReviewModel(ChatBotDb db, DraftEditor editor, DraftReach reach, NoticeReader reader) : DeskPage
{
    public DocumentHead Document { get; private set; } = null!;
    public List<WorkTask> Tasks { get; private set; } = [];
    public List<Unit> Units { get; private set; } = [];
    public List<Unreached> Unreached { get; private set; } = [];
    public NoticeView View { get; private set; } = null!;
    public bool Asking { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool confirm = false, CancellationToken ct = default)
    {
        if (await db.Documents.AsNoTracking().Where(d => d.Id == id && d.WardId == Me.WardId && d.State != DocumentState.Cancelled)
                .Select(DocumentHead.Projection).FirstOrDefaultAsync(ct) is not { } doc) return NotFound();
        Document = doc;
        Tasks = await db.Tasks.AsNoTracking().Where(t => t.DocumentId == id).OrderBy(t => t.Ordinal).ThenBy(t => t.Id).ToListAsync(ct);
        Units = await db.Units.AsNoTracking().Where(u => u.WardId == Me.WardId).OrderBy(u => u.Name).ToListAsync(ct);
        if (doc.State == DocumentState.Draft) Unreached = await reach.UnreachedAsync(id, ct);
        Asking = confirm;
        var (text, spansApply) = await NoticeView.TextOfAsync(db, reader, id, ct);
        View = NoticeView.Build(text, Tasks, spansApply);
        return Page();
    }

    /// <summary>The task card's one form: unit (with the written name learnt as an alias, or a new unit), deadline, recurrence.</summary>
    public Task<IActionResult> OnPostTaskAsync(int id, int number, string? unit, bool learnAlias, DateOnly? deadline, string? recurrence, CancellationToken ct) =>
        EditAsync(id, number, async actor =>
        {
            var task = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == number, ct);
            var said = new List<string>();
            var create = unit == "new";
            int? unitId = int.TryParse(unit, out var u) ? u : null;
            if (!create && unit is { Length: > 0 } && unitId is null) throw new Directory.UserFacingException("Đơn vị không hợp lệ.");
            if (create || unitId != task.UnitId)
                said.Add(await editor.SetUnitAsync(Me.WardId, number, unitId, create, learnAlias && unitId is not null, actor, ct));
            if (deadline != task.Deadline) said.Add(await editor.SetDeadlineAsync(Me.WardId, number, deadline, actor, ct));
            Recurrence? rec = Enum.TryParse<Recurrence>(recurrence, out var r) && Enum.IsDefined(r) ? r : null;
            if (rec != task.Recurrence) said.Add(await editor.SetRecurrenceAsync(Me.WardId, number, rec, actor, ct));
            return said.Count == 0 ? $"#{number}: không có gì thay đổi." : string.Join(" ", said);
        }, ct);

    public Task<IActionResult> OnPostTextAsync(int id, int number, string? text, CancellationToken ct) =>
        EditAsync(id, number, actor => editor.SetTextAsync(Me.WardId, number, text, actor, ct), ct);

    public Task<IActionResult> OnPostSplitAsync(int id, int number, string? text, CancellationToken ct) =>
        EditAsync(id, number, actor => editor.SplitAsync(Me.WardId, number, text, actor, ct), ct);

    public Task<IActionResult> OnPostMergeAsync(int id, int number, CancellationToken ct) =>
        EditAsync(id, number, actor => editor.MergeWithNextAsync(Me.WardId, number, actor, ct), ct);

    public Task<IActionResult> OnPostDropAsync(int id, int number, CancellationToken ct) =>
        EditAsync(id, number, _ => editor.DropAsync(Me.WardId, number, ct), ct);

    /// <summary>«Thêm nhiệm vụ»: a task the notice gives and the draft lacks; what is left empty is read from its words.</summary>
    public async Task<IActionResult> OnPostAddAsync(int id, string? text, string? unit, DateOnly? deadline, string? recurrence, CancellationToken ct)
    {
        if (!await OwnsAsync(id, ct)) return NotFound();
        return await ChangeAsync(() =>
        {
            int? unitId = int.TryParse(unit, out var u) ? u : null;
            if (unit is { Length: > 0 } && unitId is null) throw new Directory.UserFacingException("Đơn vị không hợp lệ.");
            Recurrence? rec = Enum.TryParse<Recurrence>(recurrence, out var r) && Enum.IsDefined(r) ? r : null;
            return editor.AddAsync(Me.WardId, id, text, unitId, deadline, rec, Me.Actor($"[bàn làm việc] thêm nhiệm vụ vào văn bản #{id}"), ct);
        }, $"/desk/notices/{id}#add");
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, bool force, CancellationToken ct)
    {
        if (!await OwnsAsync(id, ct)) return NotFound();
        ConfirmResult? result = null;
        var back = await ChangeAsync(async () =>
        {
            result = await editor.ConfirmAsync(Me.WardId, id, force, Me.Actor($"[bàn làm việc] xác nhận văn bản #{id}"), ct);
            return result.Message;
        }, $"/desk/notices/{id}");
        if (result is { Assigned: false }) FlashIsError = true;
        return result is { Assigned: false } ? LocalRedirect($"/desk/notices/{id}?confirm=true#ask") : back;
    }

    public async Task<IActionResult> OnPostDiscardAsync(int id, CancellationToken ct)
    {
        if (!await OwnsAsync(id, ct)) return NotFound();
        return await ChangeAsync(() => editor.DiscardAsync(Me.WardId, id, ct), "/desk/notices");
    }

    private async Task<IActionResult> EditAsync(int id, int number, Func<Actor, Task<string>> edit, CancellationToken ct)
    {
        if (!await OwnsAsync(id, ct) || !await db.Tasks.AnyAsync(t => t.Id == number && t.DocumentId == id, ct)) return NotFound();
        return await ChangeAsync(() => edit(Me.Actor($"[bàn làm việc] sửa #{number} trước khi giao")), $"/desk/notices/{id}#task-{number}");
    }

    private Task<bool> OwnsAsync(int id, CancellationToken ct) => db.Documents.AnyAsync(d => d.Id == id && d.WardId == Me.WardId, ct);
}
