using System.CommandLine;
using System.Globalization;
using ChatBot.Core.Common;
using ChatBot.Directory;
using ChatBot.Reports;

namespace ChatBot.Cli;

/// <summary><c>report --ward W --out F.xlsx [--from yyyy-MM-dd] [--to yyyy-MM-dd]</c>: the same table as the desk and /baocao.</summary>
public static class ReportVerb
{
    public static Command Create(CliContext cli)
    {
        var ward = CliSymbols.Ward();
        var output = new Option<string>("--out") { Required = true, HelpName = "TỆP.xlsx", Description = "Tệp Excel sẽ ghi (ghi đè nếu đã có)." };
        var from = new Option<string>("--from") { HelpName = "yyyy-MM-dd", Description = "Chỉ các nhiệm vụ giao từ ngày này." };
        var to = new Option<string>("--to") { HelpName = "yyyy-MM-dd", Description = "Chỉ các nhiệm vụ giao đến hết ngày này." };
        var command = new Command("report", "Ghi biểu theo dõi tiến độ thực hiện nhiệm vụ của một phường ra tệp .xlsx.") { ward, output, from, to };
        command.SetAction(async (r, ct) =>
        {
            var period = new ReportPeriod(Date(r.GetValue(from), "--from"), Date(r.GetValue(to), "--to"));
            if (!period.IsValid) throw new CliUsageException("--from phải trước hoặc bằng --to.");
            var full = Path.GetFullPath(r.GetValue(output)!);
            if (Path.GetDirectoryName(full) is { } dir && !System.IO.Directory.Exists(dir))
                throw new UserFacingException($"Không có thư mục \"{dir}\".");
            await using var s = await cli.OpenAsync(ct);
            var w = await s.Get<DirectoryService>().FindWardAsync(r.GetValue(ward)!, ct);

            // Written beside the target and moved into place, so a failure never leaves half a file under the given name.
            var temp = full + ".tmp";
            try
            {
                await using (var file = File.Create(temp))
                    await s.Get<ReportBuilder>().WriteExcelAsync(new ReportScope(w.Id, null), period, file, ct);
                File.Move(temp, full, overwrite: true);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
            cli.Out.WriteLine($"Đã ghi {full}: {w.Name}, {period.Describe()}, số liệu đến ngày {s.Get<WardClock>().Today:dd/MM/yyyy}.");
            return 0;
        });
        return command;
    }

    private static DateOnly? Date(string? value, string name) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CliUsageException($"{name} phải có dạng yyyy-MM-dd, ví dụ 2026-06-30.");
}
