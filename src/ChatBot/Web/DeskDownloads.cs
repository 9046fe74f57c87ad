using ChatBot.Core.Common;
using System.Globalization;
using ChatBot.Reports;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web;

/// <summary>Files of the desk: the progress table, the chart, a notice's original file. Same sign-in and ward scope as the pages.</summary>
public static class DeskDownloads
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup("/desk").RequireAuthorization(DeskAuth.Policy).ExcludeFromDescription();
        desk.MapGet("/reports/progress.xlsx", ProgressAsync);
        desk.MapGet("/reports/chart.png", ChartAsync);
        desk.MapGet("/notices/{id:int}/original", OriginalAsync);
    }

    private static async Task<IResult> ProgressAsync(HttpContext http, string? from, string? to, ReportBuilder reports, ChatBotDb db, WardClock clock, CancellationToken ct)
    {
        var user = DeskUser.From(http.User)!;
        if (Period(from, to) is not { } period) return BadPeriod();
        var ward = await db.Wards.AsNoTracking().Where(w => w.Id == user.WardId).Select(w => w.Name).FirstAsync(ct);
        http.Response.ContentType = Xlsx;
        http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = ReportBuilder.FileName(ward, clock.Today) }.ToString();
        await reports.WriteExcelAsync(new ReportScope(user.WardId, null), period, http.Response.Body, ct);
        return Results.Empty;
    }

    private static async Task<IResult> ChartAsync(HttpContext http, string? from, string? to, ReportBuilder reports, CancellationToken ct)
    {
        var user = DeskUser.From(http.User)!;
        if (Period(from, to) is not { } period) return BadPeriod();
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(await reports.ChartAsync(new ReportScope(user.WardId, null), period, ct), "image/png");
    }

    private static async Task<IResult> OriginalAsync(HttpContext http, int id, ChatBotDb db, CancellationToken ct)
    {
        var user = DeskUser.From(http.User)!;
        var doc = await db.Documents.AsNoTracking().Where(d => d.Id == id && d.WardId == user.WardId)
            .Select(d => new { d.Original, d.FileName }).FirstOrDefaultAsync(ct);
        if (doc is null) return Results.NotFound();
        var type = Path.GetExtension(doc.FileName).ToLowerInvariant() switch
        {
            ".pdf" => "application/pdf",
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".txt" or ".md" => "text/plain; charset=utf-8",
            _ => "application/octet-stream",
        };
        return Results.File(doc.Original, type, doc.FileName);
    }

    /// <summary>yyyy-MM-dd dates (either may be missing); null when one is malformed or from is after to.</summary>
    public static ReportPeriod? Period(string? from, string? to)
    {
        DateOnly? Parse(string? s, out bool ok)
        {
            ok = true;
            if (string.IsNullOrWhiteSpace(s)) return null;
            ok = DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d);
            return ok ? d : null;
        }
        var f = Parse(from, out var okFrom);
        var t = Parse(to, out var okTo);
        var period = new ReportPeriod(f, t);
        return okFrom && okTo && period.IsValid ? period : null;
    }

    private static IResult BadPeriod() =>
        Results.Content("Kỳ báo cáo không hợp lệ: ngày ghi dạng yyyy-MM-dd và ngày bắt đầu không sau ngày kết thúc.", "text/plain; charset=utf-8", statusCode: 400);
}
