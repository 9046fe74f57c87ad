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
}
