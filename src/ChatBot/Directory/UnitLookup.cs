using ChatBot.Core.Directory;
using ChatBot.Core.Common;

namespace ChatBot.Directory;

/// <summary>Matches what a person typed ("kinh tế", "VP HĐND-UBND") to one unit of the ward.</summary>
public static class UnitLookup
{
    public static Unit? Best(IReadOnlyList<Unit> units, string text)
    {
        var key = Fold.Key(text);
        if (key.Length == 0) return null;
        if (int.TryParse(key, out var id)) return units.FirstOrDefault(u => u.Id == id);
        var names = units.Select(u => (Unit: u, Keys: new[] { u.Key }.Concat(u.Aliases.Select(a => Fold.Key(a.Alias))).ToList())).ToList();
        var exact = names.FirstOrDefault(n => n.Keys.Contains(key)).Unit;
        if (exact is not null) return exact;
        var stripped = Strip(key);
        var candidates = names
            .Select(n => (n.Unit, Score: n.Keys.Max(k => Score(Strip(k), stripped))))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ToList();
        if (candidates.Count == 0) return null;
        // Ambiguous partial matches are refused rather than guessed.
        return candidates.Count > 1 && candidates[0].Score == candidates[1].Score ? null : candidates[0].Unit;
    }

    /// <summary>The ward's units as the parser and the matcher see them: id as key, name, aliases.</summary>
    public static IReadOnlyList<Core.Parsing.DirectoryUnit> Directory(IEnumerable<Unit> units) =>
        units.Select(u => new Core.Parsing.DirectoryUnit(u.Id.ToString(), u.Name, u.Aliases.Select(a => a.Alias).ToList())).ToList();

    private static readonly string[] Filler = ["phong", "cac", "don vi", "phuong", "xa", "ubnd", "cua", "giao"];

    private static string Strip(string key)
    {
        var words = key.Split(' ').ToList();
        while (words.Count > 1 && Filler.Contains(words[0])) words.RemoveAt(0);
        while (words.Count > 1 && Filler.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    private static int Score(string unitKey, string typed)
    {
        if (unitKey == typed) return 1000;
        if ($" {unitKey} ".Contains($" {typed} ")) return 500 + typed.Length;
        var typedWords = typed.Split(' ');
        var unitWords = unitKey.Split(' ').ToHashSet();
        var hit = typedWords.Count(unitWords.Contains);
        return hit == typedWords.Length ? 100 + hit : 0;
    }
}
