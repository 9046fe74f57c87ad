using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Cli;

/// <summary><c>import</c> and <c>tasks</c>: thin wrappers over the import service and task queries.</summary>
public static class TaskVerbs
{
    public static async Task<int> ImportAsync(CliArgs a, IServiceProvider sp, TextWriter stdout)
    {
        if (a.Positional.Count != 1) throw new CliUsageException("Cách dùng: import FILE --ward W [--assign]");
        var path = a.Positional[0];
        if (!File.Exists(path)) throw new UserFacingException($"Không tìm thấy tệp \"{path}\".");
        var dir = sp.GetRequiredService<DirectoryService>();
        var ward = await dir.FindWardAsync(a.Required("ward"), default);
        var imports = sp.GetRequiredService<ImportService>();
        var content = await FileInput.ReadLimitedAsync(path, sp.GetRequiredService<IConfiguration>());
        var actor = new Actor(null, "CLI", "cli", $"import {Path.GetFileName(path)}");
        var db = sp.GetRequiredService<ChatBotDb>();
        var result = await imports.ImportAsync(ward, path, content, actor, default);
        await db.SaveChangesAsync(); // services never save; the verb does (the draft first: assigning numbers its tasks)
        var pushed = a.Flag("assign") ? await imports.AssignAsync(result.Document, actor, default) : 0;
        await db.SaveChangesAsync();
        var doc = result.Document;
        if (a.Flag("json"))
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

    public static async Task<int> ListAsync(CliArgs a, IServiceProvider sp, TextWriter stdout)
    {
        var dir = sp.GetRequiredService<DirectoryService>();
        var db = sp.GetRequiredService<ChatBotDb>();
        var ward = await dir.FindWardAsync(a.Required("ward"), default);
        var today = sp.GetRequiredService<WardClock>().Today;
        var q = db.Tasks.Where(t => t.WardId == ward.Id);
        if (a.Option("unit") is { } u)
        {
            var unit = await dir.MatchUnitAsync(ward.Id, u, default) ?? throw new UserFacingException($"Không tìm thấy đơn vị \"{u}\" trong {ward.Name}.");
            q = q.Where(t => t.UnitId == unit.Id);
        }
        if (a.Flag("overdue"))
            q = q.Where(t => t.AssignedAt != null && t.Status != WorkStatus.Done && t.Status != WorkStatus.Cancelled && t.Deadline != null && t.Deadline < today);
        var tasks = await q.Include(t => t.Unit).OrderBy(t => t.Id).ToListAsync();
        if (a.Flag("json"))
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
