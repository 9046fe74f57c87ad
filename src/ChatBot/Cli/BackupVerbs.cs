using System.CommandLine;
using ChatBot.Storage;

namespace ChatBot.Cli;

/// <summary><c>backup [--out FILE]</c> (a consistent copy of the SQLite database while the service runs) and
/// <c>restore FILE [--force]</c> (with the service stopped; the replaced files are kept beside the database).</summary>
public static class BackupVerbs
{
    public static Command Backup(CliContext cli)
    {
        var output = new Option<string?>("--out") { HelpName = "TỆP", Description = "Ghi bản sao lưu vào tệp này (mặc định: thư mục sao lưu, xem Backup:Folder)." };
        var command = new Command("backup", "Sao lưu cơ sở dữ liệu SQLite ngay bây giờ (dịch vụ vẫn chạy được).") { output };
        command.SetAction(async (r, ct) =>
        {
            await using var s = await cli.OpenAsync(ct);
            var file = await SqliteBackup.FromConfiguration(cli.Configuration).CreateAsync(s.Get<ChatBotDb>(), r.GetValue(output), ct);
            cli.Out.WriteLine($"Đã sao lưu vào {file}");
            return 0;
        });
        return command;
    }

    public static Command Restore(CliContext cli)
    {
        var file = new Argument<string>("FILE") { HelpName = "TỆP", Description = "Bản sao lưu (tệp do lệnh backup hoặc lịch sao lưu tạo)." };
        var force = new Option<bool>("--force") { Description = "Khôi phục dù cơ sở dữ liệu còn dấu hiệu một dịch vụ đang chạy (chỉ khi chắc chắn nó đã dừng)." };
        var command = new Command("restore", "Khôi phục cơ sở dữ liệu SQLite từ một bản sao lưu (dừng dịch vụ trước).") { file, force };
        command.SetAction(async (r, ct) =>
        {
            // Not cli.OpenAsync: the current database may be the broken thing being replaced.
            var kept = await SqliteBackup.FromConfiguration(cli.Configuration).RestoreAsync(r.GetValue(file)!, r.GetValue(force), ct);
            cli.Out.WriteLine($"Đã khôi phục từ {Path.GetFullPath(r.GetValue(file)!)}." + (kept is null ? "" : $" Bản cũ được giữ ở {kept}."));
            return 0;
        });
        return command;
    }
}
