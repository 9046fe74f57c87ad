using System.Diagnostics;
using ChatBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Cli;

/// <summary>The real executable as its own process, as an operator runs it: exit codes, what it prints, what it leaves
/// on disk, and where its database lives whatever folder it is started from.</summary>
public sealed class ExecutableTests : TempFolder
{

    /// <summary>The executable as built by the solution (same configuration as these tests), not the copy in the test
    /// folder: that one carries the test's dependency layout.</summary>
    private static readonly string ServiceDll = FindServiceDll();

    private static string FindServiceDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // …/bin/<Configuration>/net10.0/
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "ChatBot.sln")))
                return Path.Combine(d.FullName, "src", "ChatBot", "bin", configuration, "net10.0", "ChatBot.dll");
        throw new InvalidOperationException("ChatBot.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs <c>dotnet ChatBot.dll ARGS</c> in <paramref name="cwd"/> with a clean environment: no connection
    /// string, HOME in the temp folder, CHATBOT_DATA only when given.</summary>
    private static async Task<(int Code, string Out, string Err)> Exe(string cwd, string? data, string home, string[] args, Dictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(ServiceDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("ConnectionStrings", StringComparison.OrdinalIgnoreCase)
                     || k is DataDirectory.Variable or "XDG_DATA_HOME" || k.Contains("__")).ToList())
            psi.Environment.Remove(key);
        psi.Environment["HOME"] = home;
        psi.Environment["DOTNET_NOLOGO"] = "1";
        if (data is not null) psi.Environment[DataDirectory.Variable] = data;
        foreach (var (k, v) in env ?? []) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try { await p.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true); // it is ours: started just above
            throw new Xunit.Sdk.XunitException($"ChatBot {string.Join(' ', args)} did not exit within 60 s (did it start the service?)");
        }
        return (p.ExitCode, await stdout, await stderr);
    }

    private static string[] FilesUnder(string dir) =>
        System.IO.Directory.Exists(dir) ? System.IO.Directory.GetFileSystemEntries(dir, "*", SearchOption.AllDirectories) : [];

    [Theory]
    [InlineData("Lệnh không hợp lệ: foo", "foo")]
    [InlineData("Tùy chọn không hợp lệ: --verbose", "tasks", "--ward", "X", "--verbose")]
    public async Task A_mistyped_command_exits_2_with_one_error_line_and_creates_no_database(string error, params string[] args)
    {
        var cwd = Folder("cwd");
        var home = Folder("home");
        var data = Path.Combine(Root, "data");

        var (code, output, err) = await Exe(cwd, data, home, args);

        Assert.True(code == 2, $"exit {code}: {err}");
        Assert.Equal("", output);
        Assert.Equal($"Lỗi: {error}", err.Split('\n')[0].TrimEnd());
        Assert.Single(err.Split('\n'), l => l.StartsWith("Lỗi:"));
        Assert.Contains("Cách dùng:", err);
        Assert.Empty(FilesUnder(cwd));
        Assert.Empty(FilesUnder(home));
        Assert.False(System.IO.Directory.Exists(data));
    }

    [Fact]
    public async Task Without_CHATBOT_DATA_the_cli_uses_one_database_in_the_users_data_folder_from_any_workingRootectory()
    {
        var home = Folder("home");
        Assert.Equal(0, (await Exe(Folder("a"), null, home, ["ward", "add", "Bạch Đằng"])).Code);
        var (code, output, err) = await Exe(Folder("b/c"), null, home, ["unit", "add", "--ward", "Bạch Đằng", "Phòng Kinh tế", "--json"]);

        Assert.True(code == 0, err);
        Assert.Contains("\"ward\": \"Bạch Đằng\"", output);
        Assert.True(File.Exists(Path.Combine(home, ".local", "share", "ChatBot", DataDirectory.FileName)));
        Assert.Empty(FilesUnder(Path.Combine(Root, "a")));
        Assert.DoesNotContain(FilesUnder(Path.Combine(Root, "b")), File.Exists);
    }

    [Fact]
    public async Task The_service_and_the_cli_open_the_same_database_under_CHATBOT_DATA()
    {
        var data = Path.Combine(Root, "shared-data");
        var (code, _, err) = await Exe(Folder("operator"), data, Folder("home"), ["ward", "add", "Phường Hòa Bình"]);
        Assert.True(code == 0, err);

        // The service as tests host it, started with its content root elsewhere: it finds the ward the CLI created.
        await using var service = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting(DataDirectory.Variable, data);
            b.UseSetting("Simulator:SeedDemo", "false");
            b.UseSetting("Reminders:Enabled", "false");
        });
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        Assert.Equal(Path.Combine(data, DataDirectory.FileName), new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        Assert.Equal(["Phường Hòa Bình"], await db.Wards.Select(w => w.Name).ToListAsync());
    }

    [Theory]
    [InlineData("Outbox__BatchSize", "0", "Lỗi: Outbox:BatchSize phải từ 1 đến 1000.")]
    [InlineData("Outbox__PollInterval", "soon", "Lỗi: Cấu hình Outbox:PollInterval không hợp lệ: \"soon\" — cần một khoảng thời gian dạng hh:mm:ss.")]
    [InlineData("Reminders__TimeZone", "Mars/Olympus", "Lỗi: Reminders:TimeZone \"Mars/Olympus\" không phải múi giờ hệ thống biết (ví dụ Asia/Ho_Chi_Minh).")]
    [InlineData("Telegram__BotToken", "no-colon", "Lỗi: Telegram:BotToken phải có dạng SỐ:CHUỖI (mã do @BotFather cấp).")]
    [InlineData("Database__Provider", "Oracle", "Lỗi: Database:Provider phải là Sqlite hoặc Postgres.")]
    public async Task A_bad_configuration_value_stops_the_service_with_one_line_and_exit_2(string key, string value, string line)
    {
        var data = Path.Combine(Root, "data");
        var (code, _, err) = await Exe(Folder("cwd"), data, Folder("home"), ["serve", "--urls", "http://127.0.0.1:0"], new() { [key] = value });

        Assert.Equal(2, code);
        Assert.Equal(line, err.Trim());
    }

    [Fact]
    public async Task A_bad_configuration_value_stops_a_verb_the_same_way()
    {
        var (code, output, err) = await Exe(Folder("cwd"), Path.Combine(Root, "data"), Folder("home"),
            ["parse", "x.txt"], new() { ["Parsing__MaxFileBytes"] = "lots" });

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("Lỗi: Cấu hình Parsing:MaxFileBytes không hợp lệ: \"lots\" — cần một số nguyên.", err.Trim());
    }
}
