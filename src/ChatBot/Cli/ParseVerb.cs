using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.Core.Parsing;
using ChatBot.Directory;
using ChatBot.Tasks;

namespace ChatBot.Cli;

/// <summary>
/// <c>parse FILE [--json] [--ward W]</c>: read one notice and print its tasks. The same reader as <c>import</c>
/// (<see cref="NoticeReader"/>); with <c>--ward</c>, names are matched to that ward's directory and the ones it lacks
/// are listed as <c>unmatched_units</c>. Nothing is saved.
/// </summary>
public static class ParseVerb
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>Without a ward: no database, no host.</summary>
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        var path = FilePath(args);
        try
        {
            var config = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var bytes = await FileInput.ReadLimitedAsync(path, config);
            var notice = new NoticeReader(config, TimeProvider.System).Read(bytes, path, directory: null);
            await WriteAsync(notice, args.Flag("json"), stdout);
            return 0;
        }
        catch (UserFacingException ex)
        {
            await stderr.WriteLineAsync($"Lỗi: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"Lỗi: không đọc được tệp {path}: {ex.Message}");
            return 2;
        }
    }

    /// <summary>With <c>--ward W</c>: the ward's directory, through the import service's reader.</summary>
    public static async Task<int> RunForWardAsync(CliArgs args, IServiceProvider sp, TextWriter stdout)
    {
        var path = FilePath(args);
        var ward = await sp.GetRequiredService<DirectoryService>().FindWardAsync(args.Required("ward"), default);
        var bytes = await FileInput.ReadLimitedAsync(path, sp.GetRequiredService<IConfiguration>());
        var notice = await sp.GetRequiredService<ImportService>().ReadAsync(ward, path, bytes, default);
        await WriteAsync(notice, args.Flag("json"), stdout);
        return 0;
    }

    private static string FilePath(CliArgs args) =>
        args.Positional.Count > 0 && !string.IsNullOrWhiteSpace(args.Positional[0])
            ? args.Positional[0]
            : throw new CliUsageException("Thiếu tên tệp: ChatBot parse TỆP [--json] [--ward W]");

    private static async Task WriteAsync(ParsedNotice notice, bool json, TextWriter stdout)
    {
        if (json) await stdout.WriteLineAsync(JsonSerializer.Serialize(ToJson(notice), Json));
        else await stdout.WriteAsync(Table(notice));
    }

    private static object ToJson(ParsedNotice n) => new Dictionary<string, object?>
    {
        ["document"] = new Dictionary<string, object?>
        {
            ["kind"] = n.Document.Kind, ["symbol"] = n.Document.Symbol, ["number"] = n.Document.Number,
            ["place"] = n.Document.Place, ["issued_on"] = Iso(n.Document.IssuedOn), ["meeting_on"] = Iso(n.Document.MeetingOn),
            ["chaired_by"] = n.Document.ChairedBy, ["signed_by"] = n.Document.SignedBy, ["subject"] = n.Document.Subject,
        },
        ["tasks"] = n.Tasks.Select(t => new Dictionary<string, object?>
        {
            ["unit"] = t.Unit, ["cooperating"] = t.Cooperating, ["text"] = t.Text, ["deadline"] = Iso(t.Deadline),
            ["recurrence"] = t.Recurrence?.ToString().ToLowerInvariant(), ["section"] = t.Section, ["urgent"] = t.Urgent,
            ["supervisor"] = t.Supervisor, ["line_start"] = t.LineStart, ["line_end"] = t.LineEnd,
            ["unit_written"] = t.UnitWritten, ["unit_key"] = t.UnitKey, ["cooperating_keys"] = t.CooperatingKeys,
            ["span"] = SpanJson(t.Source), ["unit_evidence"] = EvidenceJson(t.UnitEvidence), ["deadline_evidence"] = EvidenceJson(t.DeadlineEvidence),
        }).ToList(),
        ["unmatched_units"] = n.UnmatchedUnits,
        ["units"] = n.Units.Select(u => new Dictionary<string, object?> { ["written"] = u.Written, ["canonical"] = u.Canonical, ["key"] = u.Key }).ToList(),
    };

    private static Dictionary<string, object?> SpanJson(TextSpan s) => new()
    {
        ["line_start"] = s.LineStart, ["line_end"] = s.LineEnd, ["start"] = s.Start, ["end"] = s.End,
    };

    private static Dictionary<string, object?>? EvidenceJson(Evidence? e) => e is null ? null : new()
    {
        ["text"] = e.Text, ["line_start"] = e.Span.LineStart, ["line_end"] = e.Span.LineEnd, ["start"] = e.Span.Start, ["end"] = e.Span.End,
    };

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly Dictionary<Recurrence, string> RecurrenceNames = new()
    {
        [Recurrence.Weekly] = "hằng tuần", [Recurrence.Monthly] = "hằng tháng", [Recurrence.Quarterly] = "hằng quý",
        [Recurrence.Yearly] = "hằng năm", [Recurrence.Periodic] = "định kỳ",
    };

    // A clerk checks unit and deadline at a glance: one row per task, the text shortened to one line.
    private static string Table(ParsedNotice n)
    {
        var sb = new StringBuilder();
        var d = n.Document;
        sb.AppendLine($"Văn bản: {KindName(d.Kind)} {(d.Number is null ? "" : d.Number)}{(d.Symbol is null ? "" : "/" + d.Symbol)}".TrimEnd());
        if (d.Subject is not null) sb.AppendLine($"Trích yếu: {Shorten(d.Subject, 100)}");
        if (d.MeetingOn is { } m) sb.AppendLine($"Ngày họp: {m:dd/MM/yyyy}");
        var units = n.Tasks.Select(t => t.Unit).Where(u => u is not null).Distinct().Count();
        var dated = n.Tasks.Count(t => t.Deadline is not null);
        sb.AppendLine($"{n.Tasks.Count} nhiệm vụ, {units} đơn vị, {dated} có hạn");
        sb.AppendLine();
        const int unitWidth = 34, deadlineWidth = 12;
        sb.AppendLine($"{"#",3}  {"Đơn vị chủ trì",-unitWidth}  {"Hạn",-deadlineWidth}  Nhiệm vụ");
        sb.AppendLine(new string('-', 3 + 2 + unitWidth + 2 + deadlineWidth + 2 + 60));
        var i = 0;
        foreach (var t in n.Tasks)
        {
            i++;
            var unit = Shorten(t.Unit ?? "(chưa xác định)", unitWidth);
            var deadline = t.Deadline is { } dl ? dl.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : t.Recurrence is { } r ? RecurrenceNames[r] : "";
            var flags = (t.Urgent ? "[khẩn] " : "") + (t.Recurrence is { } rr && t.Deadline is not null ? $"[{RecurrenceNames[rr]}] " : "");
            sb.AppendLine($"{i,3}  {unit,-unitWidth}  {deadline,-deadlineWidth}  {flags}{Shorten(t.Text, 90)}");
        }
        if (n.UnmatchedUnits.Count > 0) sb.AppendLine().AppendLine("Đơn vị chưa khớp danh bạ: " + string.Join("; ", n.UnmatchedUnits));
        return sb.ToString();
    }

    private static string KindName(string? kind) => kind switch
    {
        "thong_bao" => "Thông báo", "cong_van" => "Công văn", "ke_hoach" => "Kế hoạch", "quyet_dinh" => "Quyết định",
        "chi_thi" => "Chỉ thị", "bao_cao" => "Báo cáo", null => "(không rõ loại)", _ => kind,
    };

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
