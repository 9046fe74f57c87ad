using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.Core.Parsing;
using ChatBot.Hosting;
using ChatBot.Tasks;

namespace ChatBot.Cli;

/// <summary><c>parse FILE [--json]</c>: read one notice and print its tasks.</summary>
public static class ParseVerb
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { HelpName = "TỆP", Description = "Văn bản .docx, .pdf (có lớp chữ), .txt hoặc .md." };
        var json = new Option<bool>("--json") { Description = "In JSON (lược đồ của bộ chấm điểm) thay cho bảng." };
        var command = new Command("parse", "Đọc một văn bản và in các nhiệm vụ tìm được (không cần cơ sở dữ liệu).") { file, json };
        command.SetAction((r, _) => RunAsync(r.GetValue(file)!, r.GetValue(json), cli));
        return command;
    }

    public static async Task<int> RunAsync(string path, bool json, CliContext cli)
    {
        var (stdout, stderr) = (cli.Out, cli.Error);
        var limits = cli.Configuration.ReadValidated<ParsingOptions>(ParsingOptions.Section).Limits();
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new NoticeReadException($"Không tìm thấy tệp: {path}");
            if (info.Length > limits.MaxFileBytes)
                throw new NoticeReadException($"Tệp quá lớn ({info.Length / (1024 * 1024.0):0.#} MB); giới hạn là {limits.MaxFileBytes / (1024 * 1024.0):0.#} MB.");
            var bytes = await File.ReadAllBytesAsync(path);
            var text = NoticeText.Extract(bytes, path, limits);
            var notice = NoticeParser.Parse(text);
            if (json) await stdout.WriteLineAsync(JsonSerializer.Serialize(ToJson(notice), Json));
            else await stdout.WriteAsync(Table(notice));
            return 0;
        }
        catch (NoticeReadException ex)
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
        }).ToList(),
        ["unmatched_units"] = n.UnmatchedUnits,
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
