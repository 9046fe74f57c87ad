using ChatBot.Reports;

namespace ChatBot.Web.Pages.Desk;

/// <summary>/desk/reports?from=&amp;to=: the chart of the period and the link to its .xlsx.</summary>
public sealed class ReportsModel(ReportBuilder reports) : DeskPage
{
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public bool Invalid { get; private set; }
    public ReportPeriod Period { get; private set; } = ReportPeriod.All;
    public List<UnitSummary> Units { get; private set; } = [];

    public async Task OnGetAsync(string? from, string? to, CancellationToken ct)
    {
        if (DeskDownloads.Period(from, to) is not { } period)
        {
            Invalid = true;
            return;
        }
        (Period, From, To) = (period, period.From, period.To);
        Units = (await reports.SummariesAsync(new ReportScope(Me.WardId, null), period, ct)).Where(u => u.Active > 0).ToList();
    }

    public string Link(string file) => $"/desk/reports/{file}" + QueryString.Create(new Dictionary<string, string?>
    {
        ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"),
    }.Where(kv => kv.Value is not null));
}
