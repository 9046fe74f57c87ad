using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web;

/// <summary>A task of a draft that would reach nobody if confirmed now, and why.</summary>
public sealed record Unreached(int Number, string Text, string Reason);

/// <summary>Who would get nothing: tasks without a unit, and tasks of a unit where no official has linked a chat
/// (and no group chat is registered). Asked before a draft is confirmed.</summary>
public sealed class DraftReach(ChatBotDb db)
{
    public async Task<List<Unreached>> UnreachedAsync(int documentId, CancellationToken ct)
    {
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.DocumentId == documentId).OrderBy(t => t.Ordinal)
            .Select(t => new { t.Id, t.Text, t.UnitId, t.UnitName, Unit = t.Unit != null ? t.Unit.Name : null }).ToListAsync(ct);
        var unitIds = tasks.Where(t => t.UnitId != null).Select(t => t.UnitId!.Value).Distinct().ToList();
        var withPeople = await db.Officials.AsNoTracking()
            .Where(o => o.UnitId != null && unitIds.Contains(o.UnitId.Value) && o.Accounts.Any(a => a.Active))
            .Select(o => o.UnitId!.Value).Distinct().ToListAsync(ct);
        var withGroup = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id) && u.GroupChatId != null).Select(u => u.Id).ToListAsync(ct);
        var reached = withPeople.Concat(withGroup).ToHashSet();
        return tasks
            .Where(t => t.UnitId is null || !reached.Contains(t.UnitId.Value))
            .Select(t => new Unreached(t.Id, t.Text, t.UnitId is null
                ? t.UnitName is { Length: > 0 } w ? $"«{w}» chưa có trong danh bạ" : "văn bản không ghi đơn vị chủ trì"
                : $"{t.Unit} chưa có cán bộ nào liên kết tài khoản chat"))
            .ToList();
    }
}
