using System.Globalization;
using System.Text;

namespace ChatBot.Core.Common;

/// <summary>
/// The one place Vietnamese text is folded for comparison: lower case, no diacritics, "đ" → "d".
/// <see cref="Key"/> also turns punctuation into single spaces ("Phòng Văn hoá - Xã hội" → "phong van hoa xa hoi"): the
/// form names are stored and compared in. <see cref="SameLength"/> folds one char for one char, so positions found in
/// the folded text are positions in the original (the parser relies on it for spans).
/// </summary>
public static class Fold
{
    /// <summary>Lower case, accents removed (đ → d), every run of other characters as one space, trimmed.</summary>
    public static string Key(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return "";
        if (Simple(s)) return KeyByTable(s);
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        var space = false;
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            Put(sb, ref space, c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    // Latin and Vietnamese letters (precomposed or with combining marks), digits, punctuation: the table gives the same
    // result as decomposing and dropping the marks, without ICU.
    private static bool Simple(string s)
    {
        foreach (var c in s)
            if (c >= 0x370 && !(c >= 0x1E00 && c < 0x1F00) && !(c >= 0x2000 && c < 0x2070)) return false;
        return true;
    }

    private static string KeyByTable(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var raw in s)
        {
            if (raw is >= '\u0300' and <= '\u036F') continue; // a combining mark: dropped, like FormD + NonSpacingMark
            Put(sb, ref space, Char(raw));
        }
        return sb.ToString();
    }

    // A letter or digit is kept (after one space if anything else came between it and the previous one); the rest is space.
    private static void Put(StringBuilder sb, ref bool space, char ch)
    {
        if (char.IsLetterOrDigit(ch))
        {
            if (space && sb.Length > 0) sb.Append(' ');
            sb.Append(ch);
            space = false;
        }
        else space = true;
    }

    /// <summary>Folds one char for one char (accents off, lower case, đ → d): offsets into the result are offsets into <paramref name="s"/>.</summary>
    public static string SameLength(string s) =>
        string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = Char(src[i]);
        });

    private const int TableSize = 0x2000;
    private static readonly char[] Table = BuildTable();

    /// <summary>One char folded: 'Ệ' → 'e', 'Đ' → 'd', 'A' → 'a'.</summary>
    public static char Char(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (c >= 0x1E00 && c < 0x1F00) return Table[c - 0x1E00 + 0x300];
        if (c < 0x300) return Table[c];
        if (c is >= '\u2000' and < '\u2070') return c; // dashes, quotes, spaces: no case
        return char.ToLowerInvariant(c);
    }

    private static char[] BuildTable()
    {
        // Slots 0..0x2FF map Latin-1/Extended-A/B; slots 0x300.. map Latin Extended Additional (U+1E00..).
        var t = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = i < 0x300 ? (char)i : (char)(0x1E00 + i - 0x300);
            if (i >= 0x300 && c >= 0x1F00) { t[i] = c; continue; }
            if (c is 'đ' or 'Đ') { t[i] = 'd'; continue; }
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            t[i] = char.ToLowerInvariant(d.Length > 0 ? d[0] : c);
        }
        return t;
    }
}
