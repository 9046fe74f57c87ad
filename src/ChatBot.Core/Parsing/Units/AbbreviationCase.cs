using System.Buffers;

namespace ChatBot.Core.Parsing.Units;

/// <summary>
/// Abbreviations typed in lower or mixed case inside a unit's name — "Phòng vh-xh", "Phòng kt-ht và đt", "Vp HĐND và UBND",
/// "Ubnd phường" — written back in capitals, as the unit grammar and the abbreviation dictionary read them (the grammar
/// follows capitals; a lower-case "vh-xh" made the whole item no task). Only where the context says it is an abbreviation,
/// so that a lower-case word that happens to spell one ("an", "ca") stays a word:
/// <list type="bullet">
/// <item>two or more dictionary abbreviations joined by "-", "&amp;" or "/" ("vh-xh", "gd-đt", "kt-ht", then "và đt");</item>
/// <item>one right after a unit's head noun ("Phòng tckh") or right before an abbreviation already in capitals
/// ("Vp HĐND");</item>
/// <item>UBND, HĐND, MTTQ and UBMTTQ in any case: they spell nothing else.</item>
/// </list>
/// Only a notice (<see cref="MayApply"/>) and a line showing a signal are looked at: a lower-case pair joined by "-", "&amp;"
/// or "/", or "bnd", "đnd", "ttq", "vp " (so "Trung tâm pvhcc" alone stays as typed). The line keeps its length (each
/// letter maps to one letter), so spans into the original text stay right.
/// </summary>
internal static class AbbreviationCase
{
    // The dictionary's all-capital words, lower-cased.
    private static readonly HashSet<string> Known = BuildKnown();
    // Those that are also ordinary words or common short forms in lower case ("an", "ca", "tp"): only when joined to another.
    private static readonly HashSet<string> Weak = ["an", "ca", "cn", "tn", "tb", "tp", "tt", "nv", "mt", "tk", "tc", "ub"];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakSpan = Weak.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownSpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> Always = ["ubnd", "hđnd", "mttq", "ubmttq"];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AlwaysSpan = Always.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] Heads = ["phòng ", "trung tâm ", "ban ", "đội ", "văn phòng "];
    private static readonly SearchValues<char> Joiners = SearchValues.Create("-&/");
    // Every char a token holding abbreviations may have: their letters (đ included), joiners and the punctuation around a
    // name. A token with any other char (most Vietnamese syllables, numbers) holds none.
    private static readonly SearchValues<char> TokenChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZđĐ-&/,.;:()");

    private static HashSet<string> BuildKnown()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (written, _) in UnitLexicon.TsvRows(UnitLexicon.ReadResource("abbreviations.tsv")))
            foreach (var w in written.Split([' ', ',', '&', '/', '-', '–', '.'], StringSplitOptions.RemoveEmptyEntries))
                if (w.Length >= 2 && Abbreviations.IsAllCaps(w) && w.All(char.IsLetter)) words.Add(VietnameseText.LowerInvariant(w));
        return words;
    }

    // Letters that occur in no Vietnamese syllable but in a committee's name typed in lower case ("ubnd", "Hđnd", "mttq"),
    // and "vp " before a capital abbreviation: with these and a lower-case pair joined by "-", "&" or "/" the only signals,
    // an ordinary notice is left alone after a few vectorised searches over its whole text (one multi-string SearchValues
    // search on every line cost 12 % of the parser, five single-string ones on every line 2-3 %).
    private static bool HasSignal(string line)
    {
        var s = line.AsSpan();
        return s.IndexOf("bnd", StringComparison.Ordinal) >= 0 || s.IndexOf("đnd", StringComparison.Ordinal) >= 0
               || s.IndexOf("ttq", StringComparison.Ordinal) >= 0 || s.IndexOf("Vp ", StringComparison.Ordinal) >= 0
               || s.IndexOf("vp ", StringComparison.Ordinal) >= 0;
    }

    /// <summary>Whether the notice may hold such an abbreviation at all: checked once on the whole text, so that an ordinary
    /// notice's lines are not looked at one by one.</summary>
    public static bool MayApply(string text) => JoinedLowerPair(text) || HasSignal(text) || HasLabelOrMention(text);

    public static string Apply(string line)
    {
        if (LabelOrMention(line) is { } labelled) line = labelled;
        if (!JoinedLowerPair(line) && !HasSignal(line)) return line;
        char[]? chars = null;
        Span<char> lower = stackalloc char[7];
        // Words are found between spaces with vectorised searches, and a space-separated token is looked at only when
        // every char of it can belong to an abbreviation (most Vietnamese syllables carry a letter that cannot).
        var t = 0;
        while (t < line.Length)
        {
            var space = line.IndexOf(' ', t);
            var tokenEnd = space < 0 ? line.Length : space;
            var token = line.AsSpan(t, tokenEnd - t);
            if (token.Length >= 2 && !token.ContainsAnyExcept(TokenChars) && token.ContainsAnyInRange('a', 'z'))
            {
                var i = t;
                while (i < tokenEnd)
                {
                    if (!char.IsLetter(line[i])) { i++; continue; }
                    var start = i;
                    while (i < tokenEnd && char.IsLetter(line[i])) i++;
                    var length = i - start;
                    if (length is < 2 or > 7 || !char.IsLower(line[i - 1])) continue;
                    for (var k = 0; k < length; k++) lower[k] = char.ToLowerInvariant(line[start + k]);
                    var folded = lower[..length];
                    if (!AlwaysSpan.Contains(folded) && !(KnownSpan.Contains(folded) && InAbbreviationContext(line, start, i, WeakSpan.Contains(folded)))) continue;
                    chars ??= line.ToCharArray();
                    for (var k = start; k < i; k++) chars[k] = char.ToUpperInvariant(line[k]);
                }
            }
            t = tokenEnd + 1;
        }
        return chars is null ? line : new string(chars);
    }

    // ---- a chat's or a briefing's unit labels and mentions -----------------------------------------------------------------

    // Levels that may follow an abbreviation in a label ("ca phường:", "bch qs xã:").
    private static readonly string[] LabelLevels = ["phường", "xã", "thị trấn", "huyện", "quận"];

    /// <summary>
    /// Whether some line opens with a unit label typed in lower case ("- vp: …", "2. p.kt: …", "ca phường: …", "tt pvhcc: …",
    /// "bch qs: …") or a mention names one ("@vp", "@p.kt"): a chat message or a markdown briefing written all in lower case.
    /// Each line start costs a look at its first chars; each '@' one at the word after it.
    /// </summary>
    private static bool HasLabelOrMention(string text)
    {
        for (var start = 0; start < text.Length; )
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            if (LabelSpan(text, start, end) is not null) return true;
            if (nl < 0) break;
            start = nl + 1;
        }
        for (var at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
            if (MentionEnd(text, at + 1) > at + 1) return true;
        return false;
    }

    // The line with its lower-case label or mentions in capitals, or null when it has none.
    private static string? LabelOrMention(string line)
    {
        char[]? chars = null;
        if (LabelSpan(line, 0, line.Length) is var (from, to))
            Capitalise(line, from, to, ref chars);
        for (var at = line.IndexOf('@'); at >= 0; at = line.IndexOf('@', at + 1))
            if (MentionEnd(line, at + 1) is var e && e > at + 1) Capitalise(line, at + 1, e, ref chars);
        return chars is null ? null : new string(chars);
    }

    // Every abbreviation (and a "p" before a dot) in [from, to) written in capitals; levels stay as typed.
    private static void Capitalise(string line, int from, int to, ref char[]? chars)
    {
        var i = from;
        while (i < to)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            var s = i;
            while (i < to && char.IsLetter(line[i])) i++;
            var word = line.AsSpan(s, i - s);
            if (!(word is "p" or "P" && i < line.Length && line[i] == '.') && !Lookup(word)) continue;
            if (!word.ContainsAnyInRange('a', 'z') && !word.Contains('đ')) continue;
            chars ??= line.ToCharArray();
            for (var k = s; k < i; k++) chars[k] = char.ToUpperInvariant(line[k]);
        }
    }

    // "vp", "p.kt", "tt pvhcc", "ca phường", "bch qs": abbreviations (one at least in lower case) joined by spaces, dots or
    // joiners, a level at most at the end. Returns where the run ends (at or before `to`), or `from` when there is none.
    private static int AbbreviationRun(string s, int from, int to)
    {
        var i = from;
        var end = from;
        var lowerSeen = false;
        while (i < to)
        {
            if (s[i] is ' ' or '.' or '-' or '&' or '/' && i > from) { i++; continue; }
            if (!char.IsLetter(s[i])) break;
            var w = i;
            while (i < to && char.IsLetter(s[i])) i++;
            var word = s.AsSpan(w, i - w);
            if (word is "p" or "P" && i < s.Length && s[i] == '.') { lowerSeen |= word[0] == 'p'; end = i; continue; }
            if (word.Length is >= 2 and <= 7 && Lookup(word))
            {
                lowerSeen |= word.ContainsAnyInRange('a', 'z') || word.Contains('đ');
                end = i;
                continue;
            }
            var level = false;
            foreach (var l in LabelLevels)
                if (word.Equals(l, StringComparison.OrdinalIgnoreCase) || l.Contains(' ') && s.AsSpan(w).StartsWith(l, StringComparison.OrdinalIgnoreCase))
                {
                    level = end > from;
                    if (level) end = w + l.Length;
                    break;
                }
            break; // a word of the text: the run ends before it
        }
        return lowerSeen ? end : from;
    }

    // A line's label: after spaces and a bullet or a number, an abbreviation run closed by ":" within 24 chars.
    private static (int From, int To)? LabelSpan(string s, int start, int end)
    {
        var i = start;
        var limit = Math.Min(end, start + 32);
        while (i < limit && s[i] is ' ' or '-' or '+' or '*' or '•' or '–' or '>' or '#') i++;
        var digits = i;
        while (i < limit && char.IsAsciiDigit(s[i])) i++;
        if (i > digits) { if (i < limit && s[i] is '.' or ')') i++; else return null; }
        while (i < limit && s[i] == ' ') i++;
        if (i >= limit || !(char.IsAsciiLetterLower(s[i]) || s[i] == 'đ')) return null; // typed in lower case from its first letter
        var colon = s.IndexOf(':', i, limit - i);
        if (colon < 0 || colon - i > 24) return null;
        var runEnd = AbbreviationRun(s, i, colon);
        return runEnd > i && s.AsSpan(runEnd, colon - runEnd).Trim(' ').Length == 0 ? (i, runEnd) : null;
    }

    // "@vp", "@p.kt", "@ca phường", "@tt pvhcc": where the mentioned abbreviations end (the word right after '@' first).
    private static int MentionEnd(string s, int from)
    {
        if (from >= s.Length || !char.IsLetter(s[from])) return from;
        var stop = Math.Min(s.Length, from + 24);
        var end = AbbreviationRun(s, from, stop);
        return end;
    }

    /// <summary>
    /// Where a unit must be written (after a field label such as "Trách nhiệm:" or "Đầu mối:", in a trailing assignment
    /// "(giao: …)" or "- … chủ trì"), every dictionary abbreviation typed in lower case in <c>[from, to)</c> written back in
    /// capitals, with no further signal: "ban qlda phường", "tt pvhcc", "phòng kt,ht và đt", "ban chqs". A word that is
    /// also an ordinary word ("an", "ca", "tt") only next to another abbreviation ("tt pvhcc", not "Công an"). Returns null
    /// when nothing changes; otherwise the text with the same length (spans stay right).
    /// </summary>
    public static string? InSlot(string text, int from, int to)
    {
        char[]? chars = null;
        Span<char> buffer = stackalloc char[7];
        var i = from;
        while (i < to)
        {
            if (!AbbreviationLetter(text[i]) || i > 0 && char.IsLetter(text[i - 1])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var length = i - start;
            if (length is < 2 or > 7 || !text.AsSpan(start, length).ContainsAnyInRange('a', 'z') && !text.AsSpan(start, length).Contains('đ')) continue;
            var word = text.AsSpan(start, length);
            var allAbbreviationLetters = true;
            foreach (var c in word) if (!AbbreviationLetter(c)) { allAbbreviationLetters = false; break; }
            if (!allAbbreviationLetters || !Lookup(word)) continue;
            var lower = buffer[..length];
            for (var k = 0; k < length; k++) lower[k] = char.ToLowerInvariant(word[k]);
            if (WeakSpan.Contains(lower) && !NextToAbbreviation(text, start, i)) continue;
            chars ??= text.ToCharArray();
            for (var k = start; k < i; k++) chars[k] = char.ToUpperInvariant(text[k]);
        }
        return chars is null ? null : new string(chars);
    }

    // A weak word ("tt", "ca") in a slot counts when the word before or after it (across a space or a joiner) is a
    // dictionary abbreviation that is no ordinary word.
    private static bool NextToAbbreviation(string text, int start, int end)
    {
        var n = end;
        while (n < text.Length && text[n] is ' ' or '-' or '&' or '/' or ',') n++;
        var e = n;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        if (e - n >= 2 && Lookup(text.AsSpan(n, e - n)) && !IsWeak(text.AsSpan(n, e - n))) return true;
        var p = start;
        while (p > 0 && text[p - 1] is ' ' or '-' or '&' or '/' or ',') p--;
        var s = p;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return p < start && p - s >= 2 && Lookup(text.AsSpan(s, p - s)) && !IsWeak(text.AsSpan(s, p - s));
    }

    private static bool IsWeak(ReadOnlySpan<char> word)
    {
        if (word.Length > 7) return false;
        Span<char> lower = stackalloc char[word.Length];
        for (var k = 0; k < word.Length; k++) lower[k] = char.ToLowerInvariant(word[k]);
        return WeakSpan.Contains(lower);
    }

    // "vh-xh", "kt&ht": a joiner between two runs of 2–7 letters that can spell an abbreviation, one of them lower case
    // and one a dictionary abbreviation — not "Đ/c", "V/v" (in nearly every notice) or "Nga-Ucraina".
    private static bool JoinedLowerPair(string line)
    {
        for (var j = line.AsSpan().IndexOfAny(Joiners); j >= 0; )
        {
            if (j > 0 && j + 1 < line.Length && AbbreviationLetter(line[j - 1]) && AbbreviationLetter(line[j + 1])
                && (char.IsLower(line[j - 1]) || char.IsLower(line[j + 1])))
            {
                var s = j;
                while (s > 0 && AbbreviationLetter(line[s - 1])) s--;
                var e = j + 1;
                while (e < line.Length && AbbreviationLetter(line[e])) e++;
                if (j - s is >= 2 and <= 7 && e - j - 1 is >= 2 and <= 7 && (Lookup(line.AsSpan(s, j - s)) || Lookup(line.AsSpan(j + 1, e - j - 1))))
                    return true;
            }
            var next = line.AsSpan(j + 1).IndexOfAny(Joiners);
            j = next < 0 ? -1 : j + 1 + next;
        }
        return false;
    }

    private static bool AbbreviationLetter(char c) => char.IsAsciiLetter(c) || c is 'đ' or 'Đ';

    // Joined to another abbreviation; else (not a weak word) after a head noun, or before a capital abbreviation.
    private static bool InAbbreviationContext(string line, int start, int end, bool weak)
    {
        if (end < line.Length && Joiners.Contains(line[end]) && IsAbbreviationAt(line, end + 1)) return true;
        if (start > 0 && Joiners.Contains(line[start - 1]) && IsAbbreviationBefore(line, start - 1)) return true;
        if (weak) return false;
        // "kt-ht và đt": "và" after a joined pair.
        if (start >= 4 && line.AsSpan(start - 4, 4).Equals(" và ", StringComparison.OrdinalIgnoreCase) && IsAbbreviationBefore(line, start - 4)
            && start - 5 >= 0 && line.LastIndexOfAny(['-', '&', '/'], start - 5, Math.Min(8, start - 4)) >= 0) return true;
        foreach (var head in Heads)
            if (start >= head.Length && line.AsSpan(start - head.Length, head.Length).Equals(head, StringComparison.OrdinalIgnoreCase)
                && (start == head.Length || !char.IsLetter(line[start - head.Length - 1]))) return true;
        var next = end;
        while (next < line.Length && line[next] == ' ') next++;
        if (next > end && next < line.Length)
        {
            var e = next;
            while (e < line.Length && char.IsLetter(line[e])) e++;
            var w = line.AsSpan(next, e - next);
            if (w.Length >= 2 && Abbreviations.IsAllCaps(w) && Lookup(w)) return true;
        }
        return false;
    }

    private static bool IsAbbreviationAt(string line, int p)
    {
        while (p < line.Length && line[p] == ' ') p++;
        var e = p;
        while (e < line.Length && char.IsLetter(line[e])) e++;
        return e - p >= 2 && Lookup(line.AsSpan(p, e - p));
    }

    private static bool IsAbbreviationBefore(string line, int joiner)
    {
        var e = joiner;
        while (e > 0 && line[e - 1] == ' ') e--;
        var s = e;
        while (s > 0 && char.IsLetter(line[s - 1])) s--;
        return e - s >= 2 && Lookup(line.AsSpan(s, e - s));
    }

    private static bool Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length > 7) return false;
        Span<char> lower = stackalloc char[word.Length];
        for (var k = 0; k < word.Length; k++) lower[k] = char.ToLowerInvariant(word[k]);
        return KnownSpan.Contains(lower) || AlwaysSpan.Contains(lower);
    }
}
