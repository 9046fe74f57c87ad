using ChatBot.Core.Directory;
using ChatBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web.Pages.Desk.Tasks;

/// <summary>/desk/tasks?unit=&amp;status=&amp;overdue=1&amp;week=1&amp;doc=&amp;q=&amp;page=: the ward's assigned tasks.</summary>
public sealed class TaskListModel(DeskTasks tasks, ChatBotDb db) : DeskPage
{
    public TaskFilter Filter { get; private set; } = new();
    public TaskPage Result { get; private set; } = new([], 0, 1, 1);
    public List<Unit> Units { get; private set; } = [];
    public List<DocumentHead> Documents { get; private set; } = [];

    public async Task OnGetAsync(int? unit, string? status, string? overdue, string? week, int? doc, string? q, int page = 1, CancellationToken ct = default)
    {
        Filter = new TaskFilter(unit, string.IsNullOrWhiteSpace(status) ? null : status.Trim().ToLowerInvariant(), overdue == "1", week == "1", doc, q?.Trim(), page);
        Result = await tasks.ListAsync(Me.WardId, Filter, Today, ct);
        Units = await db.Units.AsNoTracking().Where(u => u.WardId == Me.WardId).OrderBy(u => u.Name).ToListAsync(ct);
        Documents = await db.Documents.AsNoTracking().Where(d => d.WardId == Me.WardId && d.State == Core.Tasks.DocumentState.Assigned)
            .OrderByDescending(d => d.Id).Select(DocumentHead.Projection).ToListAsync(ct);
    }

    public string PageUrl(int page) => "/desk/tasks" + QueryString.Create(new Dictionary<string, string?>
    {
        ["unit"] = Filter.Unit?.ToString(), ["status"] = Filter.Status, ["overdue"] = Filter.Overdue ? "1" : null, ["week"] = Filter.Week ? "1" : null,
        ["doc"] = Filter.Doc?.ToString(), ["q"] = Filter.Q, ["page"] = page.ToString(),
    }.Where(kv => kv.Value is not null));
}
