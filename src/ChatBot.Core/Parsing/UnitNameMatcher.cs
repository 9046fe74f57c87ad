using System.Text;

namespace ChatBot.Core.Parsing;

/// <summary>
/// Maps a written or typed unit name to a directory unit: accent- and case-insensitive, "&amp;" = "và",
/// abbreviations expanded (VP, TT, CA, PCT, UBND), initials accepted ("TT PVHCC", "Phòng VH-XH"),
/// and a unique partial name accepted ("phòng kinh tế" → Phòng Kinh tế, Hạ tầng và Đô thị).
/// </summary>
public sealed class UnitNameMatcher
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["vp"] = "van phong", ["tt"] = "trung tam", ["ca"] = "cong an", ["pct"] = "pho chu tich", ["ct"] = "chu tich",
        ["uy ban nhan dan"] = "ubnd", ["hoi dong nhan dan"] = "hdnd", ["bch"] = "ban chi huy", ["qs"] = "quan su",
        ["bql"] = "ban quan ly", ["qlda"] = "quan ly du an", ["mttq"] = "mat tran to quoc", ["p"] = "phong",
    };

    private static readonly string[] Heads = ["van phong", "phong", "trung tam", "ban chi huy", "ban quan ly", "ban", "cong an", "tram", "truong", "hoi", "doan"];

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "va", "phuong", "xa", "cua", "thuoc", "cac", "dong", "chi", "giao" };

    private readonly List<(DirectoryUnit Unit, string Name, string Compact)> _forms = [];

    public UnitNameMatcher(IEnumerable<DirectoryUnit> units)
    {
        foreach (var u in units)
            foreach (var n in u.Aliases.Prepend(u.Name).Where(a => !string.IsNullOrWhiteSpace(a)))
            {
                var c = Canonical(n);
                if (c.Length > 0) _forms.Add((u, c, Compact(c)));
            }
    }

    /// <summary>Lower case, no diacritics (đ → d), "&amp;" → "và", punctuation as spaces, single spaces.</summary>
    public static string Fold(string s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var n = s.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(n.Length + 8);
        foreach (var ch in n)
        {
            var c = VietnameseText.FoldChar(ch);
            if (c == '&') sb.Append(" va ");
            else if (char.IsLetterOrDigit(c)) sb.Append(c);
            else sb.Append(' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True for addressees meaning every unit ("Các phòng, ban, đơn vị …").</summary>
    public static bool IsAllUnits(string name)
    {
        var f = Fold(name);
        foreach (var lead in (string[])["tat ca ", "toan the ", "thu truong "]) if (f.StartsWith(lead, StringComparison.Ordinal)) f = f[lead.Length..];
        return f.StartsWith("cac phong", StringComparison.Ordinal) || f.StartsWith("cac ban", StringComparison.Ordinal)
            || f.StartsWith("cac don vi", StringComparison.Ordinal) || f.StartsWith("cac co quan", StringComparison.Ordinal);
    }

    /// <summary>The folded name with abbreviations expanded and filler words ("và", "phường", "các") dropped.</summary>
    public static string Canonical(string s)
    {
        var f = " " + Fold(s) + " ";
        foreach (var (k, v) in Abbreviations) f = f.Replace(" " + k + " ", " " + v + " ", StringComparison.Ordinal);
        var all = f.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "xã" is the ward level except in "xã hội".
        var words = all.Where((w, i) => !Filler.Contains(w) || (w == "xa" && i + 1 < all.Length && all[i + 1] == "hoi"));
        return string.Join(' ', words);
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
        if (string.IsNullOrWhiteSpace(written) || _forms.Count == 0) return null;
        var c = Canonical(written);
        if (c.Length == 0) return null;
        var exact = Unique(_forms.Where(x => x.Name == c));
        if (exact.Found) return exact.Unit;
        var joined = JoinInitials(c);
        var initials = Unique(_forms.Where(x => x.Compact == joined || x.Compact.Replace(" ", "", StringComparison.Ordinal) == c.Replace(" ", "", StringComparison.Ordinal)));
        if (initials.Found) return initials.Unit;
        var padded = " " + c + " ";
        var prefix = Unique(_forms.Where(x => (x.Name + " ").StartsWith(c + " ", StringComparison.Ordinal)));
        if (prefix.Found) return prefix.Unit;
        var inside = Unique(_forms.Where(x => (" " + x.Name + " ").Contains(padded, StringComparison.Ordinal)));
        if (inside.Found) return inside.Unit;
        // A longer written name that contains a directory name ("Phòng Kinh tế phường Kiến An").
        var longer = Unique(_forms.Where(x => x.Name.Contains(' ') && padded.Contains(" " + x.Name + " ", StringComparison.Ordinal)));
        return longer.Found ? longer.Unit : null;
    }

    private static string JoinInitials(string canonical)
    {
        var head = Heads.FirstOrDefault(h => canonical == h || canonical.StartsWith(h + " ", StringComparison.Ordinal)) ?? "";
        var rest = canonical[head.Length..].Replace(" ", "", StringComparison.Ordinal);
        return (head + " " + rest).Trim();
    }

    private static (bool Found, DirectoryUnit? Unit) Unique(IEnumerable<(DirectoryUnit Unit, string Name, string Compact)> candidates)
    {
        var keys = candidates.Select(x => x.Unit).DistinctBy(u => u.Key).Take(2).ToList();
        return keys.Count == 1 ? (true, keys[0]) : (false, null);
    }
}
