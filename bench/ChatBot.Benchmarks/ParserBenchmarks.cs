using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using ChatBot.Core.Parsing;

namespace ChatBot.Benchmarks;

/// <summary>Parse throughput on the seed notices: one op parses every seed once (MB/s = total bytes / mean time).</summary>
[Config(typeof(InProcessShortRun))] // ShortRun in process: the generated project cannot build the host project (ReadyToRun)
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string[] _docs = [];
    private string _big = "";

    [GlobalSetup]
    public void Setup()
    {
        var dir = Environment.GetEnvironmentVariable("SEEDS_DIR") ?? DefaultSeedsDir();
        _docs = System.IO.Directory.GetFiles(dir, "*.txt").Order().Select(File.ReadAllText).ToArray();
        Console.WriteLine($"// seeds: {_docs.Length} documents, {_docs.Sum(d => System.Text.Encoding.UTF8.GetByteCount(d))} bytes");
        _big = string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", _docs), 20));
        Console.WriteLine($"// big: {System.Text.Encoding.UTF8.GetByteCount(_big)} bytes");
    }

    // The seed notices kept in the repository: tests/corpus/seeds from the folder holding ChatBot.sln.
    private static string DefaultSeedsDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
                return Path.Combine(dir.FullName, "tests", "corpus", "seeds");
        throw new DirectoryNotFoundException("ChatBot.sln not found above " + AppContext.BaseDirectory + "; set SEEDS_DIR.");
    }

    [Benchmark(Description = "all seeds, one pass")]
    public int Seeds()
    {
        var n = 0;
        foreach (var d in _docs) n += NoticeParser.Parse(d).Tasks.Count;
        return n;
    }

    [Benchmark(Description = "seeds concatenated x20 as one text")]
    public int Big() => NoticeParser.Parse(_big).Tasks.Count;

    /// <summary>
    /// <c>parser-loop SECONDS [big]</c>: a plain loop for the loaded shared box, where ShortRun's error bars exceed the
    /// means. Parses the seeds (or the ×20 text) over and over for SECONDS after 30 warm-up passes and prints the
    /// fastest pass and the 10th percentile (the passes least disturbed by other processes), the median, the process
    /// CPU time per pass and the bytes allocated per pass.
    /// </summary>
    public static void Loop(string[] args)
    {
        var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var bench = new ParserBenchmarks();
        bench.Setup();
        var big = args.Length > 2 && args[2] == "big";
        Func<int> pass = big ? bench.Big : bench.Seeds;
        var bytes = big ? System.Text.Encoding.UTF8.GetByteCount(bench._big) : bench._docs.Sum(d => System.Text.Encoding.UTF8.GetByteCount(d));
        for (var i = 0; i < 30; i++) pass();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var times = new List<double>();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var t0 = clock.Elapsed.TotalMilliseconds;
            pass();
            times.Add(clock.Elapsed.TotalMilliseconds - t0);
        }
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds / times.Count;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / (double)times.Count;
        times.Sort();
        string Rate(double ms) => $"{ms:F3} ms ({bytes / 1e6 / (ms / 1000):F1} MB/s)";
        Console.WriteLine($"{(big ? "seeds x20" : "all seeds")}, {bytes} bytes, {times.Count} passes: fastest {Rate(times[0])}, p10 {Rate(times[times.Count / 10])}, "
                          + $"median {Rate(times[times.Count / 2])}, CPU {Rate(cpu)}, allocated {allocated / 1024:F0} KB per pass");
    }
}
