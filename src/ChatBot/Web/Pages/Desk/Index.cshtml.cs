using ChatBot.Core.Tasks;
using ChatBot.Reports;
using ChatBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web.Pages.Desk;

/// <summary>/desk: the sign-in help for anyone not signed in; the ward's overview for clerks and leaders.</summary>
public sealed class IndexModel(ChatBotDb db, ReportBuilder reports) : DeskPage
{
    public bool Signed { get; private set; }
    public string WardName { get; private set; } = "";
    public int Open { get; private set; }
    public int Overdue { get; private set; }
    public int DueThisWeek { get; private set; }
    public int Done { get; private set; }
    public List<DocumentHead> Drafts { get; private set; } = [];
    public List<UnitSummary> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = DeskUser.From(User);
        if (me is null) return Page();
        if (!me.MayUseDesk) return Forbid();
        Signed = true;
        var today = Today;
        WardName = await db.Wards.Where(w => w.Id == me.WardId).Select(w => w.Name).FirstAsync(ct);
        Units = await reports.SummariesAsync(new ReportScope(me.WardId, null), ReportPeriod.All, ct);
        Open = Units.Sum(u => u.Active - u.Done);
        Overdue = Units.Sum(u => u.Overdue);
        Done = Units.Sum(u => u.Done);
        var end = DeskTasks.EndOfWeek(today);
        DueThisWeek = await db.Tasks.CountAsync(t => t.WardId == me.WardId && t.AssignedAt != null && t.Status != WorkStatus.Done
            && t.Status != WorkStatus.Cancelled && t.Deadline != null && t.Deadline >= today && t.Deadline <= end, ct);
        Drafts = await db.Documents.AsNoTracking().Where(d => d.WardId == me.WardId && d.State == DocumentState.Draft)
            .OrderByDescending(d => d.Id).Select(DocumentHead.Projection).ToListAsync(ct);
        return Page();
    }
}
