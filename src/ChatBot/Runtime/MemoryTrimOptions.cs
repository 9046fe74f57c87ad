using System.ComponentModel.DataAnnotations;

namespace ChatBot.Runtime;

/// <summary><c>Memory</c>: giving back the code pages that start-up touched once (docs/BENCHMARKS.md, "Session 26").</summary>
public sealed class MemoryTrimOptions
{
    public const string Section = "Memory";

    /// <summary>After start (and again when the service has been quiet), ask the kernel to reclaim the pages of the
    /// read-only file mappings (assemblies, native libraries) that only this process uses. Linux only; nothing else
    /// changes. false turns it off.</summary>
    public bool TrimMappedFiles { get; set; } = true;

    /// <summary>With each trim, first a compacting garbage collection that gives the heap's free memory back to the system
    /// and glibc's <c>malloc_trim</c> (<see cref="HeapTrim"/>): −5 to −9 MB idle (docs/BENCHMARKS.md, "Session 27"). Runs
    /// only when a trim runs (after start, and after a quiet span). false: the mapped files alone.</summary>
    public bool CompactHeap { get; set; } = true;

    /// <summary>How long after the host has started the first trim runs (start-up's one-off code has run by then).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Memory:TrimAfterStart phải từ 00:00:00 đến 01:00:00.")]
    public TimeSpan TrimAfterStart { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often to look again: a trim runs only if the process used little CPU over that span (it was quiet).
    /// 00:00:00: only the trim after start.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Memory:TrimIdleEvery phải từ 00:00:00 đến 1.00:00:00.")]
    public TimeSpan TrimIdleEvery { get; set; } = TimeSpan.FromMinutes(10);
}
