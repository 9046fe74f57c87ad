using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.Core.Common;
using ChatBot.Core.Parsing;
using ChatBot.Directory;
using ChatBot.Hosting;
using ChatBot.Reminders;
using ChatBot.Tasks;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli;

/// <summary>
/// <c>parse FILE [--json] [--ward W]</c>: read one notice and print its tasks. The same reader as <c>import</c>
/// (<see cref="NoticeReader"/>); with <c>--ward</c>, names are matched to that ward's directory and the ones it lacks
/// are listed as <c>unmatched_units</c>. Nothing is saved; without <c>--ward</c> no database is opened.
/// </summary>
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
        var ward = new Option<string>("--ward")
        {
            HelpName = "PHƯỜNG",
            Description = "Đối chiếu đơn vị với danh bạ của phường này (tên không cần dấu hoặc số); không lưu gì.",
        };
        var command = new Command("parse", "Đọc một văn bản và in các nhiệm vụ tìm được (không cần cơ sở dữ liệu, trừ khi có --ward).")
        {
            file, json, ward,
        };
        command.SetAction((r, ct) => RunAsync(r.GetValue(file)!, r.GetValue(json), r.GetValue(ward), cli, ct));
        return command;
    }

    public static async Task<int> RunAsync(string path, bool json, string? ward, CliContext cli, CancellationToken ct = default)
    {
        ParsedNotice notice;
        if (ward is null)
        {
            // No ward: no database, no host; the same reader the import service uses, on the ward's clock.
            var config = cli.Configuration;
            var parsing = config.ReadValidated<ParsingOptions>(ParsingOptions.Section);
            var zone = config.ReadValidated<ReminderOptions>(ReminderOptions.Section).TimeZone;
            var bytes = await ReadAsync(path, parsing, ct);
            notice = new NoticeReader(Options.Create(parsing), new WardClock(TimeProvider.System, zone)).Read(bytes, path, directory: null);
        }
        else
        {
            await using var s = await cli.OpenAsync(ct);
            var w = await s.Get<DirectoryService>().FindWardAsync(ward, ct);
            var bytes = await ReadAsync(path, s.Get<IOptions<ParsingOptions>>().Value, ct);
            notice = await s.Get<ImportService>().ReadAsync(w, path, bytes, ct);
        }
        if (json) await cli.Out.WriteLineAsync(JsonSerializer.Serialize(NoticeJson.Of(notice), Json));
        else await cli.Out.WriteAsync(Table(notice));
        return 0;
    }

    private static async Task<byte[]> ReadAsync(string path, ParsingOptions limits, CancellationToken ct)
    {
        try
        {
            return await FileInput.ReadLimitedAsync(path, limits, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserFacingException($"không đọc được tệp {path}: {ex.Message}");
        }
    }

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
        if (n.Skipped.Count > 0) sb.AppendLine().AppendLine(Core.Conversation.Texts.SkippedParts(n.Skipped.Count));
        return sb.ToString();
    }

    private static string KindName(string? kind) => kind switch
    {
        "thong_bao" => "Thông báo", "cong_van" => "Công văn", "ke_hoach" => "Kế hoạch", "quyet_dinh" => "Quyết định",
        "chi_thi" => "Chỉ thị", "bao_cao" => "Báo cáo", null => "(không rõ loại)", _ => kind,
    };

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
