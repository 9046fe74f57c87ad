using System.CommandLine;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Command = System.CommandLine.Command;

namespace ChatBot.Cli;

/// <summary><c>import</c> and <c>tasks</c>: thin wrappers over the import service and task queries.</summary>
public static class TaskVerbs
{
    public static Command Import(CliContext cli)
    {
        var file = new Argument<string>("FILE") { HelpName = "TỆP", Description = "Văn bản .docx, .pdf (có lớp chữ), .txt hoặc .md." };
        var ward = CliSymbols.Ward();
        var assign = new Option<bool>("--assign") { Description = "Giao ngay (xếp tin nhắn cho các đơn vị) thay vì để bản nháp chờ /xacnhan." };
        var json = CliSymbols.Json();
        var command = new Command("import", "Nhập một văn bản thành nhiệm vụ (bản nháp; --assign để giao ngay). Nhập lại cùng tệp không tạo trùng.")
        {
            file, ward, assign, json,
        };
        command.SetAction(async (r, ct) =>
        {
            var path = r.GetValue(file)!;
            if (!File.Exists(path)) throw new UserFacingException($"Không tìm thấy tệp \"{path}\".");
            await using var s = await cli.OpenAsync(ct);
            return await ImportAsync(s, path, r.GetValue(ward)!, r.GetValue(assign), r.GetValue(json), cli.Out, ct);
        });
        return command;
    }

    private static async Task<int> ImportAsync(CliSession s, string path, string wardName, bool assign, bool json, TextWriter stdout, CancellationToken ct)
    {
        var ward = await s.Get<DirectoryService>().FindWardAsync(wardName, ct);
        var imports = s.Get<ImportService>();
        var content = await FileInput.ReadLimitedAsync(path, s.Get<IOptions<ParsingOptions>>().Value, ct);
        var actor = new Actor(null, "CLI", "cli", $"import {Path.GetFileName(path)}");
        var result = await imports.ImportAsync(ward, path, content, actor, ct);
        await s.SaveAsync(ct); // the draft first: assigning numbers its tasks
        var pushed = assign ? await imports.AssignAsync(result.Document, actor, ct) : 0;
        await s.SaveAsync(ct);
        var doc = result.Document;
        if (json)
            CliJson.Write(stdout, new
            {
                document_id = doc.Id, already_imported = result.AlreadyImported, state = doc.State.ToString().ToLowerInvariant(),
                tasks = result.TaskCount, units = result.UnitCount, with_deadline = result.WithDeadline,
                without_unit = result.WithoutUnit, unmatched_units = result.UnmatchedUnits, messages_queued = pushed,
            });
        else
        {
            stdout.WriteLine(result.AlreadyImported ? $"Văn bản đã nhập trước đó (#{doc.Id}); không tạo trùng." : $"Đã nhập văn bản #{doc.Id}: {doc.Title()}");
            stdout.WriteLine(result.Summary());
            stdout.WriteLine(doc.State == DocumentState.Assigned
                ? $"Đã giao; {pushed} tin nhắn chờ gửi."
                : $"Chưa giao. Chạy lại với --assign (hoặc xác nhận trong chat: /xacnhan {doc.Id}).");
        }
        return 0;
    }

    public static Command Tasks(CliContext cli)
    {
        var ward = CliSymbols.Ward();
        var overdue = new Option<bool>("--overdue") { Description = "Chỉ các việc đã giao, chưa xong và quá hạn." };
        var unit = new Option<string>("--unit") { HelpName = "ĐƠN_VỊ", Description = "Chỉ việc của một đơn vị (tên, tên khác, không cần dấu)." };
        var json = CliSymbols.Json();
        var command = new Command("tasks", "Liệt kê nhiệm vụ của một phường.") { ward, overdue, unit, json };
        command.SetAction(async (r, ct) =>
        {
            await using var s = await cli.OpenAsync(ct);
            return await ListAsync(s, r.GetValue(ward)!, r.GetValue(unit), r.GetValue(overdue), r.GetValue(json), cli.Out, ct);
        });
        return command;
    }

    private static async Task<int> ListAsync(CliSession s, string wardName, string? unitName, bool overdue, bool json, TextWriter stdout, CancellationToken ct)
    {
        var dir = s.Get<DirectoryService>();
        var db = s.Get<ChatBotDb>();
        var ward = await dir.FindWardAsync(wardName, ct);
        var today = s.Get<WardClock>().Today;
        var q = db.Tasks.Where(t => t.WardId == ward.Id);
        if (unitName is { } u)
        {
            var unit = await dir.MatchUnitAsync(ward.Id, u, ct) ?? throw new UserFacingException($"Không tìm thấy đơn vị \"{u}\" trong {ward.Name}.");
            q = q.Where(t => t.UnitId == unit.Id);
        }
        if (overdue)
            q = q.Where(t => t.AssignedAt != null && t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled && t.Deadline != null && t.Deadline < today);
        var tasks = await q.Include(t => t.Unit).OrderBy(t => t.Id).ToListAsync(ct);
        if (json)
        {
            CliJson.Write(stdout, tasks.Select(t => new
            {
                number = t.Id, unit = t.Unit?.Name ?? t.UnitName, text = t.Text, status = t.Status.ToString().ToLowerInvariant(),
                percent = t.Percent, deadline = t.Deadline, original_deadline = t.OriginalDeadline,
                recurrence = t.Recurrence?.ToString().ToLowerInvariant(), assigned = t.AssignedAt != null,
                overdue = t.AssignedAt != null && t.IsOverdue(today), document_id = t.DocumentId, section = t.Section,
            }));
            return 0;
        }
        if (tasks.Count == 0) { stdout.WriteLine("Không có nhiệm vụ nào."); return 0; }
        foreach (var t in tasks)
        {
            var dl = t.Deadline is { } d ? TaskTexts.Date(d) : "—";
            var flag = t.AssignedAt is null ? " [chưa giao]" : t.IsOverdue(today) ? " [QUÁ HẠN]" : "";
            stdout.WriteLine($"#{t.Id,-5} {Trim(t.Unit?.Name ?? t.UnitName ?? "(chưa xác định)", 32),-32} {dl,-10} {Trim(t.Describe(), 18),-18}{flag} {Trim(t.Text, 90)}");
        }
        return 0;
    }

    private static string Trim(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
