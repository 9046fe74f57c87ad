using ChatBot.Core.Common;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing;

/// <summary>
/// The one unit matcher: maps a written or typed unit name to a unit of a ward's directory, for the parser (names in
/// notices) and for the host (what people type in chat and on the command line: "kinh tế", "VP HĐND-UBND", "3").
/// Accent- and case-insensitive; abbreviations expanded from the same dictionary the parser uses (abbreviations.tsv,
/// any case here: people type "vp", "ca phường"); filler ("phường", "các", "và") dropped. Candidates are scored:
/// exact name or alias, then initials ("TT PVHCC", "Phòng VH-XH"), then a name that starts with or contains the words
/// typed, then all typed words present in any order, then a longer written name that contains a unit's name. The best
/// score must belong to one unit only: ambiguous → no match. An all-digit text is a unit key (the host's id).
/// </summary>
public sealed class UnitNameMatcher
{
    private static readonly string[] AllUnitsLeads = ["tat ca ", "toan the ", "thu truong ", "lanh dao "];

    private static readonly string[] Heads = ["van phong", "phong", "trung tam", "ban chi huy", "ban quan ly", "ban", "cong an", "tram", "truong", "hoi", "doan", "uy ban"];

    private readonly List<(DirectoryUnit Unit, string Name, string Compact)> _forms = [];
    private readonly IReadOnlyList<DirectoryUnit> _units;

    public UnitNameMatcher(IEnumerable<DirectoryUnit> units)
    {
        _units = units.ToList();
        foreach (var u in _units)
            foreach (var n in u.Aliases.Prepend(u.Name).Where(a => !string.IsNullOrWhiteSpace(a)))
            {
                var c = Canonical(n);
                if (c.Length > 0) _forms.Add((u, c, Compact(c)));
            }
    }

    /// <summary>True when two written names are the same unit by their canonical form ("VP HĐND-UBND" = "Văn phòng HĐND &amp; UBND phường").</summary>
    public static bool Same(string a, string b) => Canonical(a) == Canonical(b);

    /// <summary>True for addressees meaning every unit ("Các phòng, ban, đơn vị …").</summary>
    public static bool IsAllUnits(string name)
    {
        var f = Fold.Key(name);
        foreach (var lead in AllUnitsLeads) if (f.StartsWith(lead, StringComparison.Ordinal)) f = f[lead.Length..];
        return f.StartsWith("cac phong", StringComparison.Ordinal) || f.StartsWith("cac ban", StringComparison.Ordinal)
            || f.StartsWith("cac don vi", StringComparison.Ordinal) || f.StartsWith("cac co quan", StringComparison.Ordinal)
            || f.StartsWith("cac nganh", StringComparison.Ordinal);
    }

    /// <summary>The folded name with abbreviations expanded and filler ("và", "phường", "các", "đồng chí") dropped.</summary>
    public static string Canonical(string s)
    {
        var words = Abbreviations.BuiltIn.ExpandFolded(Fold.Key(s)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w == "dong" && i + 1 < words.Length && words[i + 1] == "chi") { i++; continue; }
            // "P.KT", "P. VH-XH": a lone "p" opening a name is "Phòng".
            if (w == "p" && i == 0 && words.Length > 1) { kept.Add("phong"); continue; }
            if (w == "xa" && i + 1 < words.Length && words[i + 1] == "hoi") { kept.Add(w); continue; } // "xã hội" is a word, "xã" a level
            if (w is "va" or "phuong" or "xa" or "cua" or "thuoc" or "cac" or "giao") continue;
            kept.Add(w);
        }
        return string.Join(' ', kept);
    }

    // Head noun kept whole, the rest by initials: "phong van hoa xa hoi" → "phong vhxh".
    private static string Compact(string canonical)
    {
        var head = Heads.FirstOrDefault(h => canonical == h || canonical.StartsWith(h + " ", StringComparison.Ordinal)) ?? "";
        var rest = canonical[head.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (head + " " + string.Concat(rest.Select(w => w.Length > 0 && !char.IsDigit(w[0]) ? w[0].ToString() : w))).Trim();
    }

    /// <summary>The directory unit a name means, or null when none or several fit equally.</summary>
    public DirectoryUnit? Match(string? written)
    {
        if (string.IsNullOrWhiteSpace(written) || _forms.Count == 0 && _units.Count == 0) return null;
        var trimmed = written.Trim();
        if (trimmed.All(char.IsAsciiDigit)) return _units.FirstOrDefault(u => u.Key == trimmed);
        var c = Canonical(written);
        if (c.Length == 0) return null;
        var joined = JoinInitials(c);
        var padded = " " + c + " ";
        var typedWords = c.Split(' ');
        var best = (Score: 0, Unit: (DirectoryUnit?)null, Tied: false);
        foreach (var (unit, name, compact) in _forms)
        {
            var score = Score(name, compact, c, joined, padded, typedWords);
            if (score == 0) continue;
            if (score > best.Score) best = (score, unit, false);
            else if (score == best.Score && best.Unit!.Key != unit.Key) best.Tied = true;
        }
        return best.Tied ? null : best.Unit;
    }

    private static int Score(string name, string compact, string typed, string joined, string padded, string[] typedWords)
    {
        if (name == typed) return 1000;
        if (compact == joined || compact.Replace(" ", "", StringComparison.Ordinal) == typed.Replace(" ", "", StringComparison.Ordinal)) return 900;
        if ((name + " ").StartsWith(typed + " ", StringComparison.Ordinal)) return 700 + typed.Length;
        if ((" " + name + " ").Contains(padded, StringComparison.Ordinal)) return 500 + typed.Length;
        var nameWords = name.Split(' ');
        if (typedWords.All(w => nameWords.Contains(w))) return 100 + typedWords.Length;
        // A longer written name that contains a directory name ("Phòng Kinh tế phường Kiến An").
        if (name.Contains(' ') && padded.Contains(" " + name + " ", StringComparison.Ordinal)) return 50 + name.Length / 4;
        return 0;
    }

    private static string JoinInitials(string canonical)
    {
        var head = Heads.FirstOrDefault(h => canonical == h || canonical.StartsWith(h + " ", StringComparison.Ordinal)) ?? "";
        var rest = canonical[head.Length..].Replace(" ", "", StringComparison.Ordinal);
        return (head + " " + rest).Trim();
    }
}
