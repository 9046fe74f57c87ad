using System.Globalization;
using System.Runtime.InteropServices;

namespace ChatBot.Runtime;

/// <summary>One line of <c>/proc/self/maps</c>: an address range, its permissions (<c>r-xp</c>: read, no write,
/// execute, private; <c>s</c> for shared), the device's inode and the mapped path (empty for anonymous memory).</summary>
public readonly record struct Mapping(ulong Start, ulong End, string Permissions, long Inode, string Path)
{
    public static Mapping? Parse(string line)
    {
        // "7f2c1a000000-7f2c1a200000 r-xp 00000000 08:01 1234567    /usr/share/dotnet/…/System.Private.CoreLib.dll"
        var parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 5) return null;
        var dash = parts[0].IndexOf('-');
        if (dash <= 0
            || !ulong.TryParse(parts[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
            || !ulong.TryParse(parts[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end)
            || !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var inode)
            || parts[1].Length != 4)
            return null;
        return new Mapping(start, end, parts[1], inode, parts.Length == 6 ? parts[5].Trim() : "");
    }

    /// <summary>Clean pages only: a file on disk (an inode, a path), readable and not writable, so every page in it is
    /// the file's own content. Never anonymous memory (heaps, stacks), never the runtime's double-mapped code heap
    /// (<c>/memfd:doublemapper</c>, shared and written through its other view), never a device or a deleted file.</summary>
    public bool IsCleanFileMapping =>
        Inode != 0
        && Path.StartsWith('/')
        && !Path.StartsWith("/memfd:", StringComparison.Ordinal)
        && !Path.StartsWith("/dev/", StringComparison.Ordinal)
        && !Path.EndsWith(" (deleted)", StringComparison.Ordinal)
        && Permissions[0] == 'r'
        && Permissions[1] == '-'
        && End > Start;
}

/// <summary>What one trim did: the mappings advised, their size, the calls the kernel refused, and the process's
/// resident set (VmRSS, kB) before and after; whether the heaps were compacted first (<see cref="HeapTrim"/>).</summary>
public sealed record TrimResult(int Mappings, long Bytes, int Failed, long RssBeforeKb, long RssAfterKb)
{
    public bool HeapCompacted { get; init; }
}

/// <summary>
/// Gives back the pages of the read-only file mappings that start-up touched once: <c>madvise(MADV_PAGEOUT)</c> over
/// every clean file mapping of <c>/proc/self/maps</c> (<see cref="Mapping.IsCleanFileMapping"/>). The kernel reclaims
/// only pages that no other process maps, and only of files this process owns or could write (its rule since
/// MADV_PAGEOUT came, Linux 5.4) — so under a service account that cannot write the runtime's or the application's
/// files it reclaims nothing from them. A reclaimed page leaves the page cache too (nobody else maps it): used again,
/// it is read back from the file. No data can be lost:
/// MADV_PAGEOUT never discards a page, it writes it back or leaves it, and the mappings chosen cannot be written.
/// </summary>
public static class MappedFileTrim
{
    private const int MadvPageout = 21; // Linux 5.4+, include/uapi/asm-generic/mman-common.h

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nuint address, nuint length, int advice);

    public static bool Supported => OperatingSystem.IsLinux();

    public static TrimResult Trim()
    {
        var before = ResidentKb();
        int mappings = 0, failed = 0;
        long bytes = 0;
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            if (Mapping.Parse(line) is not { IsCleanFileMapping: true } m) continue;
            if (Madvise((nuint)m.Start, (nuint)(m.End - m.Start), MadvPageout) == 0)
            {
                mappings++;
                bytes += (long)(m.End - m.Start);
            }
            else failed++; // EINVAL: a kernel before 5.4 or a locked mapping; ENOMEM: unmapped meanwhile
        }
        return new TrimResult(mappings, bytes, failed, before, ResidentKb());
    }

    /// <summary>VmRSS of this process, kB (0 where /proc is missing).</summary>
    public static long ResidentKb()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
        }
        catch (IOException) { }
        return 0;
    }
}
