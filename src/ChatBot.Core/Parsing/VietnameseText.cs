using System.Globalization;
using ChatBot.Core.Common;
using System.Text;

namespace ChatBot.Core.Parsing;

/// <summary>Character-level helpers for Vietnamese text: lower-casing, tone-placement normalisation (folding lives in <see cref="Fold"/>).</summary>
public static class VietnameseText
{
    private static readonly char[] LowerTable = BuildLowerTable();

    /// <summary>Same result as <see cref="string.ToLowerInvariant()"/>: invariant casing is per UTF-16 unit, so a per-char table gives the same string.</summary>
    public static string LowerInvariant(ReadOnlySpan<char> s) =>
        string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = LowerChar(src[i]);
        });

    /// <summary><see cref="LowerInvariant(ReadOnlySpan{char})"/> into a buffer of the same length (no string: for look-ups).</summary>
    internal static void LowerInvariant(ReadOnlySpan<char> s, Span<char> into)
    {
        for (var i = 0; i < s.Length; i++) into[i] = LowerChar(s[i]);
    }

    private static char LowerChar(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (c >= 0x1E00 && c < 0x1F00) return LowerTable[c - 0x1E00 + 0x300];
        if (c < 0x300) return LowerTable[c];
        if (c is >= '\u2000' and < '\u2070') return c;
        return char.ToLowerInvariant(c);
    }

    // Same slot layout as the fold table; built once because ICU casing per call dominated the urgency check.
    private static char[] BuildLowerTable()
    {
        var t = new char[0x400];
        for (var i = 0; i < t.Length; i++) t[i] = char.ToLowerInvariant(i < 0x300 ? (char)i : (char)(0x1E00 + i - 0x300));
        return t;
    }

    private static readonly HashSet<char> ToneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    /// <summary>Moves the tone of open "oa/oe/uy" syllables to the first vowel (hoá → hóa, thuỷ → thủy): the newer placement.</summary>
    public static string NormalizeTonePlacement(string s)
    {
        StringBuilder? sb = null;
        for (var i = NextOpenPair(s, 1); i > 0; i = NextOpenPair(s, i + 1)) // only "o"/"u" + an accented char can change
        {
            var second = s[i]; // not ASCII, and s[i - 1] a plain "o"/"u": NextOpenPair finds only such pairs
            var sf = Fold.Char(second);
            if (sf is not ('a' or 'e' or 'y')) continue;
            var first = s[i - 1];
            var ff = Fold.Char(first);
            if (!((ff == 'o' && sf is 'a' or 'e') || (ff == 'u' && sf == 'y'))) continue;
            if (i + 1 < s.Length && char.IsLetter(s[i + 1])) continue; // closed syllable: "hoàn" is correct in both styles
            if (i >= 2 && Fold.Char(s[i - 2]) == 'q') continue; // "qu" is a consonant: "quý" stays
            if (i >= 2 && char.IsLetter(s[i - 2]) && IsVowel(Fold.Char(s[i - 2]))) continue;
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

    private static readonly System.Buffers.SearchValues<char> PlainOU = System.Buffers.SearchValues.Create("oOuU");

    // The first i ≥ from where s[i - 1] is a plain "o"/"u" and s[i] is not ASCII: every pair the loop above can change
    // (its second vowel must be accented, its first must fold to "o" or "u" and be unaccented), found by a vectorised search.
    private static int NextOpenPair(string s, int from)
    {
        for (var j = from - 1; j < s.Length - 1; j++)
        {
            var k = s.AsSpan(j, s.Length - 1 - j).IndexOfAny(PlainOU);
            if (k < 0) return -1;
            j += k;
            if (s[j + 1] >= 128) return j + 1;
        }
        return -1;
    }

    private static bool IsVowel(char f) => f is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    public static string UpperFirst(string s)
    {
        if (s.Length == 0 || char.IsUpper(s[0]) || !char.IsLetter(s[0])) return s;
        var first = s[0] < 128 ? (char)(s[0] - 32) : char.ToUpper(s[0], Vietnamese);
        return string.Create(s.Length, (s, first), static (span, st) => { st.s.AsSpan().CopyTo(span); span[0] = st.first; });
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN"); // the lookup takes a lock on every call
}
