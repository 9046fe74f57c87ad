using System.Globalization;
using ChatBot.Directory;
using ChatBot.Reports;
using ChatBot.Tasks;

namespace ChatBot.Cli;

/// <summary><c>report --ward W --out F.xlsx [--from yyyy-MM-dd] [--to yyyy-MM-dd]</c>: the same table as the desk and /baocao.</summary>
public static class ReportVerb
{
    public const string Usage = "report --ward W --out F.xlsx [--from yyyy-MM-dd] [--to yyyy-MM-dd]";

    public static async Task<int> RunAsync(CliArgs a, IServiceProvider sp, TextWriter stdout)
    {
        if (a.Positional.Count > 0) throw new CliUsageException($"Cách dùng: {Usage}");
        var unknown = a.OptionNames.Except(["ward", "out", "from", "to"], StringComparer.OrdinalIgnoreCase).FirstOrDefault();
        if (unknown is not null) throw new CliUsageException($"Tùy chọn không hợp lệ: --{unknown}");
        var output = a.Required("out");
        var period = new ReportPeriod(Date(a, "from"), Date(a, "to"));
        if (!period.IsValid) throw new CliUsageException("--from phải trước hoặc bằng --to.");
        var ward = await sp.GetRequiredService<DirectoryService>().FindWardAsync(a.Required("ward"), default);
        var full = Path.GetFullPath(output);
        if (Path.GetDirectoryName(full) is { } dir && !System.IO.Directory.Exists(dir))
            throw new UserFacingException($"Không có thư mục \"{dir}\".");

        // Written beside the target and moved into place, so a failure never leaves half a file under the given name.
        var temp = full + ".tmp";
        try
        {
            await using (var file = File.Create(temp))
                await sp.GetRequiredService<ReportBuilder>().WriteExcelAsync(new ReportScope(ward.Id, null), period, file, default);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        var today = VnClock.Today(sp.GetRequiredService<TimeProvider>());
        stdout.WriteLine($"Đã ghi {full}: {ward.Name}, {period.Describe()}, số liệu đến ngày {today:dd/MM/yyyy}.");
        return 0;
    }

    private static DateOnly? Date(CliArgs a, string name) =>
        a.Option(name) is not { } v ? null
        : DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CliUsageException($"--{name} phải có dạng yyyy-MM-dd, ví dụ 2026-06-30.");
}
