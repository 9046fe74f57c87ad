using System.Reflection;

namespace ChatBot.Core.Parsing.Units;

/// <summary>
/// The vocabulary of the unit-name grammar, read once from the embedded <c>unit-lexicon.tsv</c>. Every entry is lower
/// case with accents; lookups take lower-cased text (<see cref="VietnameseText.LowerInvariant"/>) and a position.
/// </summary>
internal sealed class UnitLexicon
{
    public static UnitLexicon Default { get; } = Load();

    public WordList Heads { get; }
    public WordList Standalone { get; }
    public WordList Community { get; }
    public WordList Roles { get; }
    public WordList Offices { get; }
    public WordList Levels { get; }
    public WordList Groups { get; }
    public WordList Names { get; }
    public WordList Verbs { get; }
    public IReadOnlySet<string> NotAfter { get; }

    private UnitLexicon(Dictionary<string, List<string>> kinds)
    {
        WordList Kind(string k) => new(kinds.TryGetValue(k, out var l) ? l : []);
        Heads = Kind("head");
        Standalone = Kind("standalone");
        Community = Kind("community");
        Roles = Kind("role");
        Offices = Kind("office");
        Levels = Kind("level");
        Groups = Kind("group");
        Names = Kind("name");
        Verbs = Kind("verb");
        NotAfter = new HashSet<string>(kinds.TryGetValue("notafter", out var n) ? n : [], StringComparer.Ordinal);
    }

    internal static UnitLexicon Parse(string tsv)
    {
        var kinds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (kind, word) in TsvRows(tsv))
        {
            if (!kinds.TryGetValue(kind, out var list)) kinds[kind] = list = [];
            list.Add(word);
        }
        return new UnitLexicon(kinds);
    }

    private static UnitLexicon Load() => Parse(ReadResource("unit-lexicon.tsv"));

    internal static string ReadResource(string name)
    {
        var asm = typeof(UnitLexicon).Assembly;
        using var stream = asm.GetManifestResourceStream("ChatBot.Core.Parsing.Units." + name)
            ?? throw new InvalidOperationException("Missing embedded resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Non-comment rows of a two-column tab-separated file.</summary>
    internal static IEnumerable<(string First, string Second)> TsvRows(string tsv)
    {
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1) continue;
            yield return (line[..tab].Trim(), line[(tab + 1)..].Trim());
        }
    }

    /// <summary>The longest entry of <paramref name="list"/> written at <paramref name="i"/> as whole words, or null.</summary>
    public static string? WordAt(string lower, int i, WordList list) => list.At(lower, i);

    public static bool AtWord(string s, int i, string what) =>
        i >= 0 && i + what.Length <= s.Length && s.AsSpan(i, what.Length).SequenceEqual(what) // equality, not ordering: vectorised
        && (i == 0 || !char.IsLetterOrDigit(s[i - 1]))
        && (i + what.Length == s.Length || !char.IsLetterOrDigit(s[i + what.Length]));
}

/// <summary>Words of one kind, longest first, bucketed by their first char so a lookup reads a handful, not the list.</summary>
internal sealed class WordList : IReadOnlyList<string>
{
    private readonly string[] _words;
    private readonly Dictionary<char, string[]> _byFirst;

    public WordList(IEnumerable<string> words)
    {
        _words = words.Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToArray();
        _byFirst = _words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The longest word written at <paramref name="i"/> of the lower-cased <paramref name="lower"/> as whole words, or null.</summary>
    public string? At(string lower, int i)
    {
        if (i < 0 || i >= lower.Length || !_byFirst.TryGetValue(lower[i], out var candidates)) return null;
        foreach (var w in candidates)
            if (UnitLexicon.AtWord(lower, i, w)) return w;
        return null;
    }

    public int Count => _words.Length;
    public string this[int index] => _words[index];
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _words.GetEnumerator();
}
