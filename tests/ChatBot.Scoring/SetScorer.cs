using System.Diagnostics;
using System.Text.Json;

namespace ChatBot.Scoring;

public sealed record ScoreOptions(string Command, string DocsDir, string GoldDir, double Min, bool Verbose, int Jobs);

/// <summary>Scores a whole set: runs the parser command on every gold file's document and prints score.py's report.</summary>
public static class SetScorer
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Prints one line per document and the TOTAL line; returns 0 when every metric reaches <see cref="ScoreOptions.Min"/>.</summary>
    public static async Task<int> RunAsync(ScoreOptions o, TextWriter output)
    {
        var goldFiles = Directory.GetFiles(o.GoldDir, "*.json").Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal).ToList();
        if (goldFiles.Count == 0) throw new ArgumentException($"không có tệp gold (*.json) trong {o.GoldDir}");

        var golds = goldFiles.Select(name => JsonDocument.Parse(File.ReadAllText(Path.Combine(o.GoldDir, name))).RootElement).ToList();
        // Start every run now, two at a time; report them in order as each one finishes.
        using var gate = new SemaphoreSlim(Math.Max(1, o.Jobs));
        var runs = golds.Select((gold, i) => PredictAsync(o, gold, goldFiles[i], gate)).ToList();

        var total = new DocumentScore();
        for (var i = 0; i < golds.Count; i++)
        {
            var name = goldFiles[i][..^5];
            var (prediction, error) = await runs[i];
            if (error is not null) output.WriteLine($"{goldFiles[i]}: ERROR {error}");
            var s = DocumentScorer.Score(golds[i], prediction);
            total.Add(s);
            output.WriteLine($"{name,-40} tasks {s.Hit,3}/{s.Gold,3} gold, {s.Predicted,3} predicted  "
                + $"P={F(DocumentScore.Ratio(s.Hit, s.Predicted), 2)} R={F(DocumentScore.Ratio(s.Hit, s.Gold), 2)}  "
                + $"unit={F(DocumentScore.Ratio(s.UnitOk, s.UnitN), 2)} deadline={F(DocumentScore.Ratio(s.DeadlineOk, s.DeadlineN), 2)} "
                + $"recurrence={F(DocumentScore.Ratio(s.RecurrenceOk, s.RecurrenceN), 2)} document={s.MetaOk}/{s.MetaN}");
            if (o.Verbose)
                foreach (var m in s.Misses) output.WriteLine("    " + m);
        }

        double p = DocumentScore.Ratio(total.Hit, total.Predicted), r = DocumentScore.Ratio(total.Hit, total.Gold);
        var f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        double unit = DocumentScore.Ratio(total.UnitOk, total.UnitN), dl = DocumentScore.Ratio(total.DeadlineOk, total.DeadlineN);
        double rec = DocumentScore.Ratio(total.RecurrenceOk, total.RecurrenceN), meta = DocumentScore.Ratio(total.MetaOk, total.MetaN);
        output.WriteLine($"TOTAL task P={F(p, 3)} R={F(r, 3)} F1={F(f1, 3)} unit={F(unit, 3)} deadline={F(dl, 3)} "
            + $"recurrence={F(rec, 3)} document={F(meta, 3)}");
        return new[] { f1, unit, dl, rec, meta }.Min() >= o.Min ? 0 : 1;
    }

    static string F(double x, int digits) => PyText.Fixed(x, digits);

    static readonly JsonElement NoTasks = JsonDocument.Parse("""{"tasks": []}""").RootElement;

    /// <summary>The parser's JSON for one document; a crash, timeout or bad JSON scores zero for that document.</summary>
    static async Task<(JsonElement Prediction, string? Error)> PredictAsync(ScoreOptions o, JsonElement gold, string goldName, SemaphoreSlim gate)
    {
        var source = gold.TryGetProperty("source", out var src) && src.ValueKind == JsonValueKind.String ? src.GetString()! : goldName[..^5] + ".txt";
        var path = Path.Combine(o.DocsDir, source);
        await gate.WaitAsync();
        try
        {
            var (code, stdout, stderr) = await RunShellAsync(o.Command.Replace("{}", PyText.ShellQuote(path), StringComparison.Ordinal));
            if (code != 0) return (NoTasks, $"parser exited {code} on {path}: {(stderr.Length > 500 ? stderr[^500..] : stderr)}");
            try { return (JsonDocument.Parse(stdout).RootElement, null); }
            catch (JsonException e) { return (NoTasks, $"the output on {path} is not JSON: {e.Message}"); }
        }
        catch (TimeoutException e) { return (NoTasks, e.Message); }
        finally { gate.Release(); }
    }

    static async Task<(int Code, string Stdout, string Stderr)> RunShellAsync(string command)
    {
        var psi = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(command);
        psi.StandardOutputEncoding = System.Text.Encoding.UTF8;
        psi.StandardErrorEncoding = System.Text.Encoding.UTF8;
        using var proc = Process.Start(psi) ?? throw new InvalidOperationException("cannot start /bin/sh");
        var stdout = proc.StandardOutput.ReadToEndAsync();
        var stderr = proc.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Timeout);
        try { await proc.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            proc.Kill(entireProcessTree: true);
            throw new TimeoutException($"Command '{command}' timed out after {Timeout.TotalSeconds:0} seconds");
        }
        return (proc.ExitCode, await stdout, await stderr);
    }
}
