using System.Diagnostics;
using ChatBot.Tests.Cli;

namespace ChatBot.Tests.Reliability;

/// <summary>Promise: the CLI turns a failing disk or database into one <c>Lỗi:</c> line and exit 2 — no stack trace —
/// and changes nothing.</summary>
public sealed class CliStorageErrorTests : TempFolder
{
    private static Task<(int Code, string Out, string Err)> Run(string data, params string[] args) => CliRun.RunAsync(data, args);

    private static void OneErrorLine(string err, string expected)
    {
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("Lỗi: " + expected, line);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public async Task A_database_file_that_is_not_a_database_is_one_error_line_and_exit_2()
    {
        var data = Folder("data");
        await File.WriteAllTextAsync(Path.Combine(data, "chatbot.db"), new string('x', 8192));
        var (code, _, err) = await Run(data, "ward", "add", "An Bình");
        Assert.Equal(2, code);
        OneErrorLine(err, "tệp cơ sở dữ liệu bị hỏng");
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_created_is_one_error_line_and_exit_2()
    {
        var blocker = Path.Combine(Root, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        var (code, _, err) = await Run(Path.Combine(blocker, "data"), "ward", "add", "An Bình");
        Assert.Equal(2, code);
        OneErrorLine(err, "lỗi đọc/ghi đĩa");
    }

    /// <summary>A real full disk: a 4 MB tmpfs (needs root and mount; skipped elsewhere).</summary>
    [TmpfsFact]
    public async Task A_full_disk_is_one_error_line_and_exit_2_and_the_data_is_intact_once_space_returns()
    {
        var mount = Folder("tmpfs");
        Sh("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount);
        try
        {
            var data = Path.Combine(mount, "data");
            Assert.Equal(0, (await Run(data, "ward", "add", "An Bình")).Code);
            var filler = Path.Combine(mount, "filler");
            await using (var f = File.Create(filler))
            {
                var block = new byte[64 * 1024];
                try { while (true) f.Write(block); } catch (IOException) { } // until ENOSPC
            }

            var (code, _, err) = await Run(data, "ward", "add", "Phú Lợi");
            Assert.Equal(2, code);
            OneErrorLine(err, "ổ đĩa đầy");

            File.Delete(filler);
            var again = await Run(data, "ward", "add", "An Bình");
            Assert.Equal(2, again.Code);
            OneErrorLine(again.Err, "Phường \"An Bình\" đã có."); // what was there is there
            Assert.Equal(0, (await Run(data, "ward", "add", "Phú Lợi")).Code); // and the refused one was not half-added
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Sh("umount", "-l", mount);
        }
    }

    private static void Sh(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} failed: {p.StandardError.ReadToEnd()}");
    }
}

/// <summary>Runs only where a tmpfs can be mounted (root in a container that allows it).</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Why = new(Probe);

    public TmpfsFactAttribute()
    {
        if (Why.Value is { } why) Skip = why;
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return "needs root on Linux to mount a small tmpfs";
        var dir = System.IO.Directory.CreateTempSubdirectory("chatbot-tmpfs-probe-").FullName;
        try
        {
            var psi = new ProcessStartInfo("mount", new[] { "-t", "tmpfs", "-o", "size=1m", "tmpfs", dir }) { RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            p.WaitForExit();
            if (p.ExitCode != 0) return "cannot mount a tmpfs here";
            using var u = Process.Start("umount", dir);
            u.WaitForExit();
            return null;
        }
        catch (Exception e)
        {
            return $"cannot mount a tmpfs here ({e.Message})";
        }
        finally
        {
            try { System.IO.Directory.Delete(dir); } catch (IOException) { }
        }
    }
}
