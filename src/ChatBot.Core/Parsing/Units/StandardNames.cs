using ChatBot.Core.Common;

namespace ChatBot.Core.Parsing.Units;

/// <summary>
/// The standard names of a two-level ward's or commune's units (Decree 2025 structure: the office, the two specialised
/// phòng, the two centres, the military command, the urban-order team, the project board, the health station, the Front's
/// bodies and mass organisations, the party's own bodies). A written name that is one of them with a word left out ("Đội
/// trật tự đô thị", "Trung tâm hành chính công", "Hội Phụ nữ") or in any case and tone spelling ("ban quản lý dự án", "Văn
/// hoá") is given the standard name; the level and place written after it are kept. Words in brackets are the ones a
/// notice may leave out. Only the start of a name is compared, word for word, so a longer name of another body ("Trung tâm
/// Dịch vụ tổng hợp phường") is left alone.
/// </summary>
internal static class StandardNames
{
    private static readonly string[] Written =
    [
        "Văn phòng HĐND và UBND",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng Văn hóa - Xã hội",
        "Trung tâm [Phục vụ] hành chính công",
        "Trung tâm Dịch vụ sự nghiệp công",
        "Ban Chỉ huy Quân sự",
        "Đội [Quản lý] trật tự đô thị",
        "Ban Quản lý dự án",
        "Trạm Y tế",
        "Hội [Liên hiệp] Phụ nữ",
        "Hội Cựu chiến binh",
        "Hội Nông dân",
        "Đoàn Thanh niên",
        "Ban Công tác Mặt trận",
        "Ủy ban Kiểm tra Đảng ủy",
        "Văn phòng Đảng ủy",
    ];

    private sealed record Variant(string[] Words, string Lower, string Display);

    // Every standard name with any of its bracketed words left out, longest first; words folded (Fold.Key), "và" dropped.
    private static readonly Variant[] Variants = Build();

    private static Variant[] Build()
    {
        var list = new List<Variant>();
        foreach (var w in Written)
        {
            var display = w.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
            var parts = new List<(string Text, bool Optional)>();
            var rest = w;
            while (rest.Length > 0)
            {
                var open = rest.IndexOf('[');
                if (open < 0) { parts.Add((rest, false)); break; }
                if (open > 0) parts.Add((rest[..open], false));
                var close = rest.IndexOf(']', open);
                parts.Add((rest[(open + 1)..close], true));
                rest = rest[(close + 1)..];
            }
            var optional = parts.Count(p => p.Optional);
            for (var mask = 0; mask < 1 << optional; mask++)
            {
                var text = Compose(parts, mask);
                var collapsed = UnitNames.CollapseSpaces(text).Trim();
                list.Add(new Variant(Words(collapsed), VietnameseText.LowerInvariant(collapsed), display));
            }
        }
        return list.OrderByDescending(v => v.Words.Length).ToArray();
    }

    private static string Compose(List<(string Text, bool Optional)> parts, int mask)
    {
        var sb = new System.Text.StringBuilder();
        var k = 0;
        foreach (var (text, optional) in parts)
        {
            if (optional && (mask & (1 << k++)) != 0) continue;
            sb.Append(text);
        }
        return sb.ToString();
    }

    private static string[] Words(string s) =>
        Fold.Key(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "va").ToArray();

    /// <summary>The standard name for a canonical name that starts with one written short or in another case; else the name.</summary>
    public static string Standardise(string name)
    {
        if (name.Length < 6 || name.StartsWith("Các ", StringComparison.OrdinalIgnoreCase)) return name;
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) folded[i] = Fold.Key(tokens[i]);
        foreach (var v in Variants)
        {
            // Walk the name's tokens against the variant's words; punctuation-only tokens and "và" are skipped.
            var k = 0;
            var t = 0;
            while (t < tokens.Length && k < v.Words.Length)
            {
                var f = folded[t];
                if (f.Length == 0 || f == "va") { t++; continue; }
                // A token may hold two folded words ("Kinh tế," is one token, one word; "HĐND-UBND" two).
                var words = f.Split(' ');
                var ok = true;
                foreach (var w in words)
                {
                    if (k < v.Words.Length && w == v.Words[k]) k++;
                    else if (w != "va") { ok = false; break; }
                }
                if (!ok) break;
                t++;
            }
            if (k < v.Words.Length) continue;
            var written = string.Join(' ', tokens.Take(t));
            if (written == v.Display) return name;
            var after = string.Join(' ', tokens.Skip(t));
            return after.Length == 0 ? v.Display : v.Display + " " + after;
        }
        return name;
    }

    /// <summary>The length of a standard name written at <paramref name="i"/> of lower-case text ("đội quản lý trật tự đô
    /// thị", "trung tâm hành chính công"), or 0.</summary>
    public static int LengthAt(string lower, int i)
    {
        foreach (var v in Variants)
            if (UnitLexicon.AtWord(lower, i, v.Lower)) return v.Lower.Length;
        return 0;
    }
}
