using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Storage;
using ChatBot.Web;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

/// <summary>The clerk's (or a leader's) corrections in chat, through the same services as the desk: on a draft
/// <see cref="DraftEditor"/> (/sua, /xoa, /gan and the unknown-unit buttons), on an assigned task <see cref="TaskChanges"/>
/// (/sua: reassign or a new deadline, the officials concerned told, the change in the task's history).</summary>
public sealed class CorrectionHandler(ChatBotDb db, DraftEditor drafts, TaskChanges changes)
{
    private const string OnlyClerks = "Chỉ Văn phòng HĐND và UBND hoặc lãnh đạo mới sửa nhiệm vụ của văn bản.";

    /// <summary>/sua N donvi TÊN: on a draft the task's unit; once assigned, a reassignment.</summary>
    public async Task UnitAsync(ChatContext ctx, int number, string typed, CancellationToken ct)
    {
        var task = await TaskAsync(ctx, number, ct);
        var unit = UnitChoices.Typed(await UnitChoices.UnitsAsync(db, ctx.Me.WardId, ct), typed, $"/sua {number} donvi {{0}}");
        var actor = ctx.Actor(ctx.Text);
        await SayAsync(ctx, task, () => task.Assigned
            ? changes.ReassignAsync(ctx.Me.WardId, number, unit.Id, actor, ct)
            : drafts.SetUnitAsync(ctx.Me.WardId, number, unit.Id, createUnit: false, learnAlias: false, actor, ct));
    }

    /// <summary>/sua N han NGÀY: on a draft the notice's deadline; once assigned, a corrected deadline the unit is told.</summary>
    public async Task DeadlineAsync(ChatContext ctx, int number, DateOnly deadline, CancellationToken ct)
    {
        var task = await TaskAsync(ctx, number, ct);
        var actor = ctx.Actor(ctx.Text);
        await SayAsync(ctx, task, () => task.Assigned
            ? changes.ChangeDeadlineAsync(ctx.Me.WardId, number, deadline, extension: false, actor, ct)
            : drafts.SetDeadlineAsync(ctx.Me.WardId, number, deadline, actor, ct));
    }

    /// <summary>/xoa N: a line of a draft that is not a task.</summary>
    public async Task DropAsync(ChatContext ctx, int number, CancellationToken ct)
    {
        var task = await TaskAsync(ctx, number, ct);
        if (task.Assigned)
            throw new UserFacingException($"Nhiệm vụ #{number} đã được giao, không xóa được. Đổi đơn vị hoặc hạn: " +
                                          $"<code>/sua {number} donvi TÊN ĐƠN VỊ</code> · <code>/sua {number} han dd/MM/yyyy</code>.");
        await SayAsync(ctx, task, () => drafts.DropAsync(ctx.Me.WardId, number, ct));
    }

    /// <summary>/them VĂN_BẢN nội dung: a task the notice gives and the draft lacks; unit and deadline read from the words.</summary>
    public async Task AddAsync(ChatContext ctx, int documentId, string text, CancellationToken ct)
    {
        if (!DocumentHandler.CanImport(ctx.Me)) throw new UserFacingException(OnlyClerks);
        var said = await drafts.AddAsync(ctx.Me.WardId, documentId, text, null, null, null, ctx.Actor(ctx.Text), ct);
        ctx.Reply.Say("✏️ " + TaskTexts.Esc(said) + Next(documentId));
    }

    /// <summary>What the unit name task N's notice wrote means: a directory unit (button, "/gan N k" or "/gan N TÊN"; saved
    /// as an alias) or a new unit of that name ("/gan N moi"); the draft's tasks with that name follow.</summary>
    /// <param name="unitId">From a button: the unit offered.</param>
    /// <param name="option">From "/gan N k": the k-th choice of the question (the last one creates the unit).</param>
    public async Task MapAsync(ChatContext ctx, int number, int? unitId, int? option, bool create, string? typed, CancellationToken ct)
    {
        var task = await TaskAsync(ctx, number, ct);
        if (task.Written is null)
            throw new UserFacingException($"Văn bản không ghi tên đơn vị cho #{number}. Chọn đơn vị: /sua {number} donvi TÊN ĐƠN VỊ");
        if (task.Assigned)
            throw new UserFacingException($"Nhiệm vụ #{number} đã được giao. Đổi đơn vị: /sua {number} donvi TÊN ĐƠN VỊ (các cán bộ được báo).");
        var units = await UnitChoices.UnitsAsync(db, ctx.Me.WardId, ct);
        Unit? unit = null;
        if (unitId is { } id)
            unit = units.FirstOrDefault(u => u.Id == id) ?? throw new UserFacingException(Texts.ButtonGone);
        else if (option is { } k)
        {
            var choices = UnitChoices.Candidates(units, task.Written);
            if (k == choices.Count + 1) create = true;
            else if (k >= 1 && k <= choices.Count) unit = choices[k - 1];
            else throw new UserFacingException($"Không có lựa chọn {k}. Chọn từ 1 đến {choices.Count + 1}, ví dụ /gan {number} 1");
        }
        else if (!create && typed is not null)
            unit = UnitChoices.Typed(units, typed, $"/gan {number} {{0}}");
        var actor = ctx.Actor(ctx.Text.Length > 0 ? ctx.Text : create ? $"[nút] tạo đơn vị «{task.Written}»" : $"[nút] «{task.Written}» là {unit?.Name}");
        await SayAsync(ctx, task, () => drafts.SetUnitAsync(ctx.Me.WardId, number, create ? null : unit!.Id, createUnit: create, learnAlias: !create, actor, ct));
    }

    /// <summary>How to go on with a draft after a change.</summary>
    private static string Next(int documentId) =>
        $"\nXem lại: <code>/xemtiep {documentId} 1</code> · Xác nhận: <code>/xacnhan {documentId}</code>";

    private sealed record Target(int Id, int DocumentId, bool Assigned, string? Written);

    /// <summary>A task of the writer's ward (another ward's number is "not found", like a number that does not exist).</summary>
    private async Task<Target> TaskAsync(ChatContext ctx, int number, CancellationToken ct)
    {
        if (!DocumentHandler.CanImport(ctx.Me)) throw new UserFacingException(OnlyClerks);
        return await db.Tasks.AsNoTracking().Where(t => t.Id == number && t.WardId == ctx.Me.WardId)
                   .Select(t => new Target(t.Id, t.DocumentId, t.AssignedAt != null, t.UnitName)).FirstOrDefaultAsync(ct)
               ?? throw new UserFacingException($"Không có nhiệm vụ #{number}.");
    }

    /// <summary>Runs the service (plain text both ways: its answer escaped here, a refusal by the router) and says what changed; on a draft, how to go on.</summary>
    private static async Task SayAsync(ChatContext ctx, Target task, Func<Task<string>> change)
    {
        var said = await change(); // a refusal is plain text, escaped where it becomes chat HTML (ConversationRouter)
        ctx.Reply.Say("✏️ " + TaskTexts.Esc(said) + (task.Assigned ? "" : Next(task.DocumentId)));
    }
}
