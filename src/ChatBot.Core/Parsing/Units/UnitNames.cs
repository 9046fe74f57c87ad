using System.Text;

namespace ChatBot.Core.Parsing.Units;

/// <summary>Written form → display form → canonical name of a unit.</summary>
internal static class UnitNames
{
    private static readonly char[] TrailingPunctuation = [',', ';', ':', '.', '-', '–', ' ', '('];
    private static readonly string[] Leads = ["giao cho ", "giao ", "đồng chí ", "đ/c ", "kính đề nghị ", "đề nghị ", "yêu cầu ", "đối với "];

    /// <summary>The written form tidied: single spaces, no trailing punctuation or leading "Giao"/"đồng chí", first letter upper.</summary>
    public static string Tidy(string raw)
    {
        var s = SentenceCase(AbbreviationDots(CollapseSpaces(raw))).Trim().TrimEnd(TrailingPunctuation);
        var changed = s.Length > 0 && s[0] is 'g' or 'G' or 'đ' or 'Đ' or 'k' or 'K' or 'y' or 'Y';
        while (changed)
        {
            changed = false;
            foreach (var lead in Leads)
                if (s.Length > lead.Length && s.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) { s = s[lead.Length..]; changed = true; }
        }
        return VietnameseText.UpperFirst(s.Trim());
    }

    /// <summary>
    /// The name a unit is known by: abbreviations spelled out ("TT PVHCC" → "Trung tâm Phục vụ hành chính công",
    /// "CA" → "Công an phường"), "&amp;" → "và", "Ủy ban nhân dân" → "UBND", no "đồng chí".
    /// </summary>
    public static string Canonical(string written, string? level, Abbreviations abbreviations)
    {
        var s = Tidy(written);
        // "Các xã, thị trấn", "các phường còn lại": the governments of those places (LABELING.md, wards named without "UBND").
        if (s.Length > 6 && s.StartsWith("Các ", StringComparison.OrdinalIgnoreCase) && VietnameseText.LowerInvariant(s) is var ls
            && UnitLexicon.WordAt(ls, 4, UnitLexicon.Default.Levels) is not null && !ls.AsSpan(4).StartsWith("xã hội", StringComparison.Ordinal)
            && !ls.AsSpan(4).StartsWith("cấp ", StringComparison.Ordinal))
            s = "UBND các " + s[4..];
        // "P.KT-HT-ĐT", "P. VH-XH": "P." before an abbreviation is "Phòng".
        if (s.Length > 3 && s[0] == 'P' && s[1] is '.' or ' ' && (char.IsUpper(s[2]) || s[2] == ' ' && char.IsUpper(s[3]))) s = "Phòng " + s[2..].TrimStart();
        // "Các đồng chí PCT UBND phường" → "Các PCT …"; "Các đồng chí được phân công phụ trách các thôn", "Các đồng chí trong
        // Ban Thường vụ …" keep their noun.
        if (!s.Contains(" được ", StringComparison.Ordinal) && !s.Contains("đồng chí trong ", StringComparison.Ordinal))
            s = s.Replace(" đồng chí ", " ", StringComparison.OrdinalIgnoreCase).Replace(" đ/c ", " ", StringComparison.OrdinalIgnoreCase);
        if (MayAbbreviate(s) || abbreviations.Defines) s = abbreviations.Expand(s, level);
        s = s.Replace(" & ", " và ", StringComparison.Ordinal).Replace("&", " và ", StringComparison.Ordinal);
        s = LevelsJoinedByDash(s);
        s = StandardNames.Standardise(PluralOfPlaces(CollapseSpaces(s).Trim()));
        return VietnameseText.UpperFirst(CouncilsInCapitals(s));
    }

    /// <summary>
    /// "Các Trưởng thôn", "Các Tổ trưởng tổ dân phố", "Các Ban điều hành khu phố": holders or bodies named with the kind of
    /// place they serve, in the plural, are written with "các" before the places (LABELING.md, role holders: "Trưởng các
    /// thôn", "Tổ trưởng các tổ dân phố"). Only when the name ends with a bare place word; "Các nhà trường" are "Các trường".
    /// </summary>
    internal static string PluralOfPlaces(string s)
    {
        if (s.Length < 8 || !s.StartsWith("Các ", StringComparison.OrdinalIgnoreCase)) return s;
        var lower = VietnameseText.LowerInvariant(s);
        if (lower.StartsWith("các nhà trường", StringComparison.Ordinal)) return "Các trường" + s[14..];
        if (lower.IndexOf(" các ", 3, StringComparison.Ordinal) >= 0) return s;
        foreach (var place in PlaceWords)
        {
            if (lower.Length <= 4 + place.Length + 1 || !lower.EndsWith(" " + place, StringComparison.Ordinal)) continue;
            var holder = s.AsSpan(4, s.Length - 4 - place.Length - 1).Trim();
            // "Các tổ dân phố", "Các thôn, tổ dân phố": places alone stay as written.
            if (holder.Length == 0 || holder.Contains(',') || UnitLexicon.WordAt(lower, 4, UnitLexicon.Default.Community) is { } first && first.Length >= holder.Length) return s;
            return VietnameseText.UpperFirst(string.Concat(holder, " các ", s.AsSpan(s.Length - place.Length)));
        }
        return s;
    }

    // Longest first: "tổ dân phố" before "khu phố" … ("tổ" alone and "chi bộ" are no places here).
    private static readonly string[] PlaceWords = ["tổ dân phố", "khu dân cư", "khu phố", "thôn", "khóm", "ấp", "buôn", "xóm", "bản"];

    private static readonly string[] DashedLevels = ["xã - thị trấn", "phường - thị trấn", "xã - phường", "phường - xã", "huyện - thị xã", "thị xã - thành phố", "huyện - thành phố", "quận - huyện"];

    // "UBND các xã - thị trấn" → "UBND các xã, thị trấn": a list of levels is written with commas.
    private static string LevelsJoinedByDash(string s)
    {
        if (!s.Contains(" - ", StringComparison.Ordinal)) return s;
        foreach (var d in DashedLevels)
            s = s.Replace(d, d.Replace(" - ", ", ", StringComparison.Ordinal), StringComparison.Ordinal);
        return s;
    }

    // Councils are written in capitals whatever the case of the line: "văn phòng hđnd và ubnd phường" → "… HĐND và UBND …".
    private static readonly string[] Councils = ["hđnd", "ubnd", "ubmttq", "mttq"];

    private static string CouncilsInCapitals(string s)
    {
        foreach (var c in Councils)
        {
            var i = 0;
            while ((i = s.IndexOf(c, i, StringComparison.Ordinal)) >= 0)
            {
                var end = i + c.Length;
                if ((i == 0 || !char.IsLetter(s[i - 1])) && (end == s.Length || !char.IsLetter(s[end])))
                    s = string.Concat(s.AsSpan(0, i), c.ToUpperInvariant(), s.AsSpan(end));
                i = end;
            }
        }
        return s;
    }

    // "VP. HĐND-UBND", "TT.PVHCC", "UB.MTTQVN": a dot after an abbreviation is a space.
    private static string AbbreviationDots(string s)
    {
        if (!s.Contains('.')) return s;
        var chars = s.ToCharArray();
        for (var i = 2; i < chars.Length; i++)
        {
            if (chars[i] != '.' || !char.IsUpper(chars[i - 1]) || !char.IsUpper(chars[i - 2])) continue;
            var w = i - 1;
            while (w > 0 && char.IsLetter(chars[w - 1])) w--;
            if (w > 0 && chars[w - 1] != ' ') continue;
            if (Abbreviations.IsAllCaps(s[w..i])) chars[i] = ' ';
        }
        return CollapseSpaces(new string(chars));
    }

    // A name read from a heading in capitals ("BAN CHỈ HUY QUÂN SỰ PHƯỜNG") is shown in sentence case, abbreviations kept.
    private static string SentenceCase(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return s;
            letters++;
        }
        if (letters < 6 || !s.Contains(' ')) return s;
        var words = s.Split(' ');
        for (var k = 0; k < words.Length; k++)
            if (!Abbreviations.BuiltIn.IsAbbreviationWord(words[k]) && !NoVowel(words[k])) words[k] = VietnameseText.LowerInvariant(words[k]);
        return VietnameseText.UpperFirst(string.Join(' ', words));
    }

    // Every Vietnamese syllable has a vowel: a capital word without one ("PCDB", "ĐTXD") is an abbreviation, kept in capitals.
    private static bool NoVowel(string word)
    {
        foreach (var c in word.Normalize(NormalizationForm.FormD))
            if (c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y' or 'a' or 'e' or 'i' or 'o' or 'u' or 'y') return false;
        return word.Length > 1;
    }

    // Only names with two capitals in a row ("VP", "HĐND") or a spelled-out council ("Ủy ban nhân dân") can expand.
    private static bool MayAbbreviate(string s)
    {
        for (var i = 1; i < s.Length; i++)
            if (char.IsUpper(s[i]) && char.IsUpper(s[i - 1])) return true;
        return s.Contains("nhân dân", StringComparison.OrdinalIgnoreCase) || s.Contains("mặt trận tổ quốc", StringComparison.OrdinalIgnoreCase) || s.Contains('.');
    }

    internal static string CollapseSpaces(string s)
    {
        if (!s.Contains("  ", StringComparison.Ordinal) && !s.Contains('\n')) return s;
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            var c = ch is '\n' or '\t' ? ' ' : ch;
            if (c == ' ' && space) continue;
            space = c == ' ';
            sb.Append(c);
        }
        return sb.ToString();
    }
}
