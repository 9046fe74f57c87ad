using System.Globalization;
using System.Text;

namespace ChatBot.Core.Parsing;

/// <summary>Character-level helpers for Vietnamese text: accent folding and tone-placement normalisation.</summary>
public static class VietnameseText
{
    private const int TableSize = 0x2000;
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Lower-cases and strips diacritics (đ → d) one char for one char, so offsets stay valid.</summary>
    public static string FoldSameLength(string s)
    {
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = FoldChar(src[i]);
        });
    }

    private static readonly char[] LowerTable = BuildLowerTable();

    /// <summary>Same result as <see cref="string.ToLowerInvariant()"/>: invariant casing is per UTF-16 unit, so a per-char table gives the same string.</summary>
    public static string LowerInvariant(ReadOnlySpan<char> s) =>
        string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = LowerChar(src[i]);
        });

    private static char LowerChar(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (c >= 0x1E00 && c < 0x1F00) return LowerTable[c - 0x1E00 + 0x300];
        if (c < 0x300) return LowerTable[c];
        return char.ToLowerInvariant(c);
    }

    // Same slot layout as the fold table; built once because ICU casing per call dominated the urgency check.
    private static char[] BuildLowerTable()
    {
        var t = new char[0x400];
        for (var i = 0; i < t.Length; i++) t[i] = char.ToLowerInvariant(i < 0x300 ? (char)i : (char)(0x1E00 + i - 0x300));
        return t;
    }

    public static char FoldChar(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (c >= 0x1E00 && c < 0x1F00) return FoldTable[c - 0x1E00 + 0x300];
        if (c < 0x300) return FoldTable[c];
        return char.ToLowerInvariant(c);
    }

    private static char[] BuildFoldTable()
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

    private static readonly HashSet<char> ToneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    /// <summary>Moves the tone of open "oa/oe/uy" syllables to the first vowel (hoá → hóa, thuỷ → thủy): the newer placement.</summary>
    public static string NormalizeTonePlacement(string s)
    {
        StringBuilder? sb = null;
        for (var i = 1; i < s.Length; i++)
        {
            var second = s[i];
            if (second < 128) continue; // only an accented second vowel can carry the tone
            var sf = FoldChar(second);
            if (sf is not ('a' or 'e' or 'y')) continue;
            var first = s[i - 1];
            var ff = FoldChar(first);
            if (!((ff == 'o' && sf is 'a' or 'e') || (ff == 'u' && sf == 'y'))) continue;
            if (first >= 128) continue; // the first vowel already carries a mark
            if (i + 1 < s.Length && char.IsLetter(s[i + 1])) continue; // closed syllable: "hoàn" is correct in both styles
            if (i >= 2 && FoldChar(s[i - 2]) == 'q') continue; // "qu" is a consonant: "quý" stays
            if (i >= 2 && char.IsLetter(s[i - 2]) && IsVowel(FoldChar(s[i - 2]))) continue;
            var dec = second.ToString().Normalize(NormalizationForm.FormD);
            var tone = dec.FirstOrDefault(ToneMarks.Contains);
            if (tone == default) continue;
            var bare = dec.Replace(tone.ToString(), "", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
            var toned = (first + tone.ToString()).Normalize(NormalizationForm.FormC);
            if (toned.Length != 1 || bare.Length != 1) continue;
            sb ??= new StringBuilder(s);
            sb[i - 1] = toned[0];
            sb[i] = bare[0];
        }
        return sb?.ToString() ?? s;
    }

    private static bool IsVowel(char f) => f is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    public static bool IsUpperStart(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    public static string UpperFirst(string s) =>
        s.Length == 0 ? s : char.ToUpper(s[0], Vietnamese) + s[1..];

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN"); // the lookup takes a lock on every call
}
