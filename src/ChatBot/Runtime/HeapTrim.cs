using System.Runtime.InteropServices;

namespace ChatBot.Runtime;

/// <summary>
/// Gives back the heap memory an idle service no longer uses: a full, blocking, compacting garbage collection in the
/// runtime's aggressive mode (<see cref="GCCollectionMode.Aggressive"/>: it decommits every free region of the GC heap
/// instead of keeping them for the next allocations), then glibc's <c>malloc_trim(0)</c>, which returns the native heap's
/// free pages (SQLite's page cache, ICU, the runtime's own native allocations) to the system. Nothing is lost: live
/// objects are moved, never dropped; only free memory goes. Where the C library has no <c>malloc_trim</c> (musl, e.g.
/// Alpine) only the collection runs.
/// </summary>
public static class HeapTrim
{
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    /// <summary>Returns whether the native heap was trimmed as well.</summary>
    public static bool Compact()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            MallocTrim(0);
            return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }
}
