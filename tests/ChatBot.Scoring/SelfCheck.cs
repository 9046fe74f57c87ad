namespace ChatBot.Scoring;

/// <summary>
/// Proves this scorer agrees with score.py: each case under SelfCheck/ holds gold files, recorded predictions
/// (read back with <c>cat</c>) and <c>expected.txt</c>, the report score.py printed for them with --verbose.
/// </summary>
public static class SelfCheck
{
    public static async Task<int> RunAsync(TextWriter output)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "SelfCheck");
        var cases = Directory.Exists(root) ? Directory.GetDirectories(root).Order(StringComparer.Ordinal).ToList() : [];
        if (cases.Count == 0) { output.WriteLine($"self-check: no cases in {root}"); return 1; }
        var failed = 0;
        foreach (var dir in cases)
        {
            var expected = File.ReadAllText(Path.Combine(dir, "expected.txt")).ReplaceLineEndings("\n");
            var report = new StringWriter { NewLine = "\n" };
            // The recorded score.py run used relative paths; ERROR lines name the document as score.py saw it.
            var options = new ScoreOptions("cat {}", "preds", "gold", 0, Verbose: true, Jobs: 2);
            var saved = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(dir);
            try { await SetScorer.RunAsync(options, report); }
            finally { Directory.SetCurrentDirectory(saved); }
            var actual = report.ToString();
            if (actual == expected) { output.WriteLine($"self-check {Path.GetFileName(dir)}: same report as score.py"); continue; }
            failed++;
            output.WriteLine($"self-check {Path.GetFileName(dir)}: DIFFERENT from score.py");
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
                if (i >= e.Length || i >= a.Length || e[i] != a[i])
                {
                    output.WriteLine($"  line {i + 1}\n  score.py: {(i < e.Length ? e[i] : "<none>")}\n  ours:     {(i < a.Length ? a[i] : "<none>")}");
                    break;
                }
        }
        return failed == 0 ? 0 : 1;
    }
}
