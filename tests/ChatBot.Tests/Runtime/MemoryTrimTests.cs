using System.IO.MemoryMappedFiles;
using ChatBot.Runtime;
using ChatBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Tests.Runtime;

/// <summary>The trim of mapped code after start (docs/BENCHMARKS.md, "Session 26"): which mappings it may touch, that
/// it really gives back the pages of a clean file mapping, that the host runs it, and that it can be turned off.</summary>
public sealed class MemoryTrimTests
{
    [Theory]
    [InlineData("7f2c1a000000-7f2c1a200000 r-xp 00001000 08:01 1234567    /usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12/System.Private.CoreLib.dll", true)]
    [InlineData("7f2c1a200000-7f2c1a300000 r--s 00000000 08:01 1234567    /app/Microsoft.EntityFrameworkCore.dll", true)]
    [InlineData("7f2c1a300000-7f2c1a310000 r--p 00000000 08:01 99         /usr/lib/x86_64-linux-gnu/libicudata.so.72.1", true)]
    [InlineData("7f2c1a310000-7f2c1a320000 rw-p 00000000 08:01 1234567    /app/Quartz.dll", false)]                 // written copy of a section
    [InlineData("7f2c1a320000-7f2c1a330000 rw-s 00000000 00:01 4242       /memfd:doublemapper (deleted)", false)]   // the runtime's code heap
    [InlineData("7f2c1a330000-7f2c1a340000 r-xs 00000000 00:01 4242       /memfd:doublemapper (deleted)", false)]   // its executable view
    [InlineData("7f2c1a340000-7f2c1a350000 rw-p 00000000 00:00 0 ", false)]                                         // anonymous memory
    [InlineData("55d0c0000000-55d0c0100000 rw-p 00000000 00:00 0          [heap]", false)]
    [InlineData("7ffd00000000-7ffd00001000 r-xp 00000000 00:00 0          [vdso]", false)]
    [InlineData("7f2c1a350000-7f2c1a360000 r--s 00000000 00:05 77         /dev/shm/something", false)]
    [InlineData("7f2c1a360000-7f2c1a370000 ---p 00000000 08:01 1234567    /app/ChatBot.dll", false)]                // guard, never read
    [InlineData("7f2c1a370000-7f2c1a380000 r-xp 00000000 08:01 555        /app/old.so (deleted)", false)]
    public void Only_readable_unwritable_mappings_of_files_on_disk_are_trimmed(string line, bool trimmed)
    {
        var m = Mapping.Parse(line);
        Assert.NotNull(m);
        Assert.Equal(trimmed, m.Value.IsCleanFileMapping);
    }

    [Fact]
    public void A_maps_line_is_read_into_its_range_permissions_and_path()
    {
        var m = Mapping.Parse("7f2c1a000000-7f2c1a200000 r-xp 00001000 08:01 1234567    /opt/my app/x.dll")!.Value;
        Assert.Equal(0x7f2c1a000000UL, m.Start);
        Assert.Equal(0x7f2c1a200000UL, m.End);
        Assert.Equal("r-xp", m.Permissions);
        Assert.Equal(1234567, m.Inode);
        Assert.Equal("/opt/my app/x.dll", m.Path);
        Assert.Null(Mapping.Parse("garbage"));
    }

    [Fact]
    public void A_clean_file_mapping_this_process_alone_uses_leaves_the_resident_set()
    {
        if (!OperatingSystem.IsLinux()) return;
        var path = Path.Combine(Path.GetTempPath(), $"chatbot-trim-{Guid.NewGuid():N}.bin");
        const int size = 4 << 20;
        try
        {
            using (var f = new FileStream(path, FileMode.CreateNew))
            {
                f.Write(new byte[size].Select((_, i) => (byte)i).ToArray());
                f.Flush(flushToDisk: true); // clean pages: nothing to write back
            }
            using var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            using var view = file.CreateViewAccessor(0, size, MemoryMappedFileAccess.Read);
            var sum = 0;
            for (var i = 0; i < size; i += 4096) sum += view.ReadByte(i); // every page resident
            Assert.True(ResidentKbOf(path) >= size / 1024 * 9 / 10, $"mapped and read: {ResidentKbOf(path)} kB");

            var result = MappedFileTrim.Trim();

            Assert.True(result.Mappings > 0);
            Assert.True(ResidentKbOf(path) <= size / 1024 / 10, $"after the trim: {ResidentKbOf(path)} kB still resident");
            for (var i = 0; i < size; i += 4096) sum -= view.ReadByte(i); // read back from the file, unchanged
            Assert.Equal(0, sum);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_service_host_trims_after_it_has_started()
    {
        var (runs, last) = await TrimAfterStartAsync(compactHeap: true);
        if (!OperatingSystem.IsLinux()) return;
        Assert.Equal(1, runs);
        Assert.True(last!.Mappings > 10, $"{last.Mappings} mappings advised"); // the runtime, ASP.NET Core, EF Core…
        Assert.Equal(0, last.Failed);
        Assert.True(last.HeapCompacted);
    }

    [Fact]
    public async Task Memory_CompactHeap_false_leaves_the_heaps_to_the_runtime()
    {
        var (runs, last) = await TrimAfterStartAsync(compactHeap: false);
        if (!OperatingSystem.IsLinux()) return;
        Assert.Equal(1, runs);
        Assert.False(last!.HeapCompacted);
    }

    /// <summary>A service host whose one trim runs 0.1 s after start: how many trims ran (waiting up to 15 s), and the last.</summary>
    private static async Task<(int Runs, TrimResult? Last)> TrimAfterStartAsync(bool compactHeap)
    {
        using var app = new ChatBotApp(new()
        {
            ["Memory:TrimMappedFiles"] = "true",
            ["Memory:CompactHeap"] = compactHeap ? "true" : "false",
            ["Memory:TrimAfterStart"] = "00:00:00.1",
            ["Memory:TrimIdleEvery"] = "00:00:00",
        });
        await app.CreateClient().GetAsync("/healthz");
        var state = app.Services.GetRequiredService<MemoryTrimState>();
        for (var i = 0; i < 300 && state.Runs == 0; i++) await Task.Delay(50);
        return (state.Runs, state.Last);
    }

    /// <summary>The heap trim is a full, blocking, compacting collection in aggressive mode (the one that decommits free
    /// regions), and on glibc the native heap is trimmed too.</summary>
    [Fact]
    public void The_heap_trim_is_a_full_compacting_collection_and_trims_the_native_heap()
    {
        var before = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;
        var native = HeapTrim.Compact();
        var after = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        Assert.True(after.Index > before, "a full blocking collection ran");
        Assert.True(after.Compacted, "it compacted");
        Assert.Equal(GC.MaxGeneration, after.Generation);
        Assert.Equal(OperatingSystem.IsLinux(), native);
    }

    [Fact]
    public async Task Memory_TrimMappedFiles_false_turns_it_off()
    {
        using var app = new ChatBotApp(new()
        {
            ["Memory:TrimMappedFiles"] = "false",
            ["Memory:TrimAfterStart"] = "00:00:00",
        });
        await app.CreateClient().GetAsync("/healthz");
        await Task.Delay(1000);

        Assert.Equal(0, app.Services.GetRequiredService<MemoryTrimState>().Runs);
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), s => s is MemoryTrimService);
    }

    /// <summary>Resident kB of this process's mappings of <paramref name="path"/> (/proc/self/smaps).</summary>
    private static long ResidentKbOf(string path)
    {
        long kb = 0;
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (Mapping.Parse(line) is { } m) inside = m.Path == path;
            else if (inside && line.StartsWith("Rss:", StringComparison.Ordinal)) kb += long.Parse(line[4..].Trim().Split(' ')[0]);
        }
        return kb;
    }
}
