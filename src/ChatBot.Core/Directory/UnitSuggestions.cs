using ChatBot.Core.Parsing;

namespace ChatBot.Core.Directory;

/// <summary>The directory units a written name most likely means, best first, for the clerk to choose from when the
/// name is not in the directory (or to suggest when a typed name fits none). The unit matcher's own answer comes first;
/// the others are ranked by the words they share with the name in its canonical form (<see cref="UnitNameMatcher.Canonical"/>:
/// no diacritics, abbreviations expanded, filler dropped), each word weighted by how rare it is in the directory —
/// "phòng" in every name says little, "đô thị" says much.</summary>
public static class UnitSuggestions
{
    /// <summary>Below this share of weighted words a unit is not worth offering.</summary>
    public const double MinScore = 0.15;

    public static IReadOnlyList<DirectoryUnit> Rank(string? written, IReadOnlyList<DirectoryUnit> units, int max = 3)
    {
        if (string.IsNullOrWhiteSpace(written) || units.Count == 0 || max <= 0) return [];
        var forms = units.Select(u => (Unit: u, Forms: u.Aliases.Prepend(u.Name)
            .Select(n => Words(UnitNameMatcher.Canonical(n))).Where(w => w.Count > 0).ToList())).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, f) in forms)
            foreach (var word in f.SelectMany(x => x).Distinct())
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
        double Weight(string word) => Math.Log(1.0 + units.Count / (double)Math.Max(1, frequency.GetValueOrDefault(word)));

        var target = Words(UnitNameMatcher.Canonical(written));
        if (target.Count == 0) return [];
        double Score(HashSet<string> form)
        {
            var shared = form.Where(target.Contains).Sum(Weight);
            var all = form.Union(target).Sum(Weight);
            return all == 0 ? 0 : shared / all;
        }

        var best = new UnitNameMatcher(units).Match(written);
        return forms
            .Select(x => (x.Unit, Score: x.Unit.Key == best?.Key ? double.MaxValue : x.Forms.Select(Score).DefaultIfEmpty(0).Max()))
            .Where(x => x.Score >= MinScore)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Unit.Name, StringComparer.Ordinal)
            .Take(max).Select(x => x.Unit).ToList();
    }

    private static HashSet<string> Words(string canonical) =>
        canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
