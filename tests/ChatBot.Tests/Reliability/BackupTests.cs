using ChatBot.Storage;
using ChatBot.Tests.Cli;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Tests.Reliability;

/// <summary>Promise: the database can be backed up while the service runs (on a schedule, with retention, or by the
/// <c>backup</c> verb) and restored by <c>restore</c>, which checks the file, refuses while a service runs and keeps
/// what it replaced.</summary>
public sealed class BackupTests : TempFolder
{
    private string Data => Path.Combine(Root, "data");

    private Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRun.RunAsync(Data, args);

    [Fact]
    public async Task A_backup_restored_brings_back_exactly_what_was_saved_and_keeps_the_replaced_database()
    {
        Assert.Equal(0, (await Run("ward", "add", "An Bình")).Code);
        var file = Path.Combine(Root, "saved.db");
        var (code, output, _) = await Run("backup", "--out", file);
        Assert.Equal((0, $"Đã sao lưu vào {file}"), (code, output.Trim()));
        Assert.Equal(0, (await Run("ward", "add", "Phú Lợi")).Code);

        var restored = await Run("restore", file);
        Assert.Equal(0, restored.Code);
        var kept = Assert.Single(System.IO.Directory.GetFiles(Data, "chatbot.db.before-restore-*"), f => !f.EndsWith("-wal") && !f.EndsWith("-shm"));
        Assert.Contains($"Bản cũ được giữ ở {kept}.", restored.Out);

        Assert.Equal(2, (await Run("ward", "add", "An Bình")).Code); // what the backup held is back
        Assert.Equal(0, (await Run("ward", "add", "Phú Lợi")).Code); // what came after it is not (it is in the kept file)
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing()
    {
        Assert.Equal(0, (await Run("ward", "add", "An Bình")).Code);
        var junk = Path.Combine(Root, "junk.db");
        await File.WriteAllTextAsync(junk, "not a database at all");
        var (code, _, err) = await Run("restore", junk);
        Assert.Equal(2, code);
        Assert.StartsWith($"Lỗi: Tệp {junk} không phải bản sao lưu của ChatBot", Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Empty(System.IO.Directory.GetFiles(Data, "*before-restore*"));
        Assert.Equal(2, (await Run("ward", "add", "An Bình")).Code);
    }

    [Fact]
    public async Task Restore_refuses_while_a_service_runs_on_the_database()
    {
        Assert.Equal(0, (await Run("ward", "add", "An Bình")).Code);
        var file = Path.Combine(Root, "saved.db");
        Assert.Equal(0, (await Run("backup", "--out", file)).Code);
        using var service = new ChatBotApp(Path.Combine(Data, DataDirectory.FileName));
        await Wait.UntilAsync(() => service.WithDb(db => db.Heartbeats.AnyAsync()), beat => beat);

        var (code, _, err) = await Run("restore", file);
        Assert.Equal(2, code);
        Assert.StartsWith("Lỗi: Dịch vụ đang chạy trên cơ sở dữ liệu này", err);
        Assert.Empty(System.IO.Directory.GetFiles(Data, "*before-restore*"));
    }

    [Fact]
    public async Task The_running_service_backs_up_on_schedule_and_keeps_only_the_newest()
    {
        var folder = Path.Combine(Root, "backups");
        using var service = new ChatBotApp(Path.Combine(Data, DataDirectory.FileName), new()
        {
            ["Backup:Every"] = "00:00:01", ["Backup:FirstAfter"] = "00:00:00", ["Backup:Keep"] = "2", ["Backup:Folder"] = folder,
        });
        _ = service.Services;
        var first = await Wait.UntilAsync(() => Backups(folder), f => f.Count >= 1, TimeSpan.FromSeconds(30));
        // A few periods later: newer backups were made and the oldest deleted; never more than Keep.
        var later = await Wait.UntilAsync(() => Backups(folder), f => f.Count == 2 && !f.Contains(first[0]), TimeSpan.FromSeconds(30));
        Assert.All(later, f => Assert.Matches(@"^chatbot-\d{8}-\d{6}-\d{3}\.db$", f));
        Assert.Empty(System.IO.Directory.GetFiles(folder, "*.part"));

        // Each one is a whole database: the restore check accepts it.
        var copy = Path.Combine(Root, "check.db");
        File.Copy(Path.Combine(folder, later[0]), copy);
        Assert.Equal(0, (await CliRun.RunAsync(Path.Combine(Root, "other"), "restore", copy)).Code);
    }

    private static List<string> Backups(string folder) => System.IO.Directory.Exists(folder)
        ? System.IO.Directory.GetFiles(folder, "chatbot-*.db").Select(f => Path.GetFileName(f)).OrderBy(n => n, StringComparer.Ordinal).ToList()
        : [];
}
