using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatBot.Core.Parsing;
using ChatBot.Scoring;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// The accuracy floor: every labelled notice of tests/corpus/seeds, dev, fresh and fresh2 is read (the same extraction and options
/// as <c>parse</c>) and scored against its gold labels with the scorer's own code (tests/ChatBot.Scoring, linked); no
/// document may find fewer tasks, more extra tasks, or fewer right units, deadlines, recurrences or header fields than
/// tests/corpus/accuracy-floor.tsv records for it. A change that reads one notice better passes; one that reads any
/// notice worse fails here, naming the document and what it now gets wrong (one test per notice). After a deliberate trade (or to record a
/// gain), rewrite the floor: <c>CHATBOT_WRITE_ACCURACY_FLOOR=1 dotnet test tests/ChatBot.Core.Tests --filter
/// CorpusAccuracyTests</c>, and commit the file with the change. The blind sets (holdout, fresh9, fresh10, fresh11, fresh12) and fresh13 (new in session 29) are never read here;
/// fresh2 was blind in session 19 and is a development set since session 20 (its blind score: fresh2/SCORE-blind.txt);
/// fresh6 was blind in session 25 and fresh7 in session 26; both are development sets since session 26; fresh8 was blind
/// in session 26 and is a development set since session 27.
/// </summary>
public class CorpusAccuracyTests
{
    private static readonly string[] Sets = ["seeds", "dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"];
    private static readonly DateOnly Today = new(2026, 12, 4);

    /// <summary>The counts the floor keeps per document, in the file's column order.</summary>
    private sealed record Counts(int Hit, int Extra, int Unit, int Deadline, int Recurrence, int Meta)
    {
        public static Counts Of(DocumentScore s) =>
            new(s.Hit, s.Predicted - s.Hit, s.UnitOk, s.DeadlineOk, s.RecurrenceOk, s.MetaOk);

        public override string ToString() => string.Join('\t', Hit, Extra, Unit, Deadline, Recurrence, Meta);

        public static Counts Parse(string[] f) => new(I(f[1]), I(f[2]), I(f[3]), I(f[4]), I(f[5]), I(f[6]));

        private static int I(string s) => int.Parse(s, CultureInfo.InvariantCulture);

        /// <summary>What got worse than <paramref name="floor"/>, in words; empty when nothing did.</summary>
        public IEnumerable<string> WorseThan(Counts floor)
        {
            if (Hit < floor.Hit) yield return $"tasks found {Hit} < {floor.Hit}";
            if (Extra > floor.Extra) yield return $"extra tasks {Extra} > {floor.Extra}";
            if (Unit < floor.Unit) yield return $"right units {Unit} < {floor.Unit}";
            if (Deadline < floor.Deadline) yield return $"right deadlines {Deadline} < {floor.Deadline}";
            if (Recurrence < floor.Recurrence) yield return $"right recurrences {Recurrence} < {floor.Recurrence}";
            if (Meta < floor.Meta) yield return $"right header fields {Meta} < {floor.Meta}";
        }
    }

    private static string CorpusDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.Directory.Exists(Path.Combine(dir.FullName, "tests", "corpus"))) return Path.Combine(dir.FullName, "tests", "corpus");
        throw new InvalidOperationException("tests/corpus not found above the test output folder");
    }

    /// <summary>Reads and scores one labelled document: the counts, and the scorer's list of what it got wrong.</summary>
    private static (Counts Counts, IReadOnlyList<string> Misses) Score(string corpus, string set, string goldFile)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, set, goldFile)));
        var source = Path.Combine(corpus, set, gold.RootElement.GetProperty("source").GetString()!);
        var text = NoticeText.Extract(File.ReadAllBytes(source), source, ExtractionLimits.Default);
        var notice = NoticeParser.Parse(text, ParseOptions.ForWard(Today, null));
        var prediction = JsonSerializer.SerializeToElement(NoticeJson.Of(notice));
        var score = DocumentScorer.Score(gold.RootElement, prediction);
        return (Counts.Of(score), score.Misses);
    }

    private static IEnumerable<(string Key, string Set, string Gold)> Documents(string corpus) =>
        from set in Sets
        from path in System.IO.Directory.GetFiles(Path.Combine(corpus, set), "*.json").Order(StringComparer.Ordinal)
        let gold = Path.GetFileName(path)
        select ($"{set}/{gold[..^5]}", set, gold);

    /// <summary>Every labelled notice, one test each: a mutation test (Stryker, docs/TESTING.md) then runs only the notices
    /// whose reading reaches the mutated code, and a failure names its one notice.</summary>
    public static TheoryData<string> LabelledNotices() => [.. Documents(CorpusDir()).Select(d => d.Key)];

    private static readonly Lazy<Dictionary<string, Counts>> Floors = new(() =>
        File.ReadLines(Path.Combine(CorpusDir(), "accuracy-floor.tsv")).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')).ToDictionary(f => f[0], Counts.Parse));

    [Theory]
    [MemberData(nameof(LabelledNotices))]
    public void A_labelled_notice_is_read_no_worse_than_its_recorded_floor(string key)
    {
        if (Environment.GetEnvironmentVariable("CHATBOT_WRITE_ACCURACY_FLOOR") == "1") return; // the floor is being rewritten (below)
        var corpus = CorpusDir();
        var slash = key.IndexOf('/');
        var (counts, misses) = Score(corpus, key[..slash], key[(slash + 1)..] + ".json");
        Assert.True(Floors.Value.TryGetValue(key, out var floor), $"{key}: not in accuracy-floor.tsv (rewrite the floor)");
        var worse = counts.WorseThan(floor).ToList();
        Assert.True(worse.Count == 0, $"{key} is read worse than its floor: {string.Join(", ", worse)}\n    " + string.Join("\n    ", misses));
    }

    /// <summary>The floor file names exactly the labelled notices (a notice added or removed rewrites it); with
    /// <c>CHATBOT_WRITE_ACCURACY_FLOOR=1</c> this test writes it from today's reading instead.</summary>
    [Fact]
    public void The_floor_file_lists_every_labelled_notice_and_no_other()
    {
        var corpus = CorpusDir();
        var documents = Documents(corpus).ToList();
        Assert.True(documents.Count >= 50, $"only {documents.Count} labelled documents found under {corpus}");

        if (Environment.GetEnvironmentVariable("CHATBOT_WRITE_ACCURACY_FLOOR") == "1")
        {
            var sb = new StringBuilder("# document\ttasks_found\textra_tasks\tright_units\tright_deadlines\tright_recurrences\tright_header_fields\n");
            foreach (var d in documents) sb.Append(d.Key).Append('\t').Append(Score(corpus, d.Set, d.Gold).Counts).Append('\n');
            File.WriteAllText(Path.Combine(corpus, "accuracy-floor.tsv"), sb.ToString());
            return;
        }

        var keys = documents.Select(d => d.Key).ToHashSet();
        var missing = keys.Where(k => !Floors.Value.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var gone = Floors.Value.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && gone.Count == 0,
            string.Join("\n", missing.Select(k => $"{k}: not in accuracy-floor.tsv (rewrite the floor)")
                .Concat(gone.Select(k => $"{k}: in accuracy-floor.tsv but no longer labelled"))));
    }
}
