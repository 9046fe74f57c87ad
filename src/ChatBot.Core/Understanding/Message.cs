using System.Globalization;
using System.Text;
using ChatBot.Core.Common;

namespace ChatBot.Core.Understanding;

internal enum TokKind { Word, Number, Punct }

/// <summary>One token: a canonical folded word, a number or a punctuation mark, with its span in the original text.</summary>
/// <param name="W">Canonical folded word ("xong" for "Xongg"), the digits of a number, or the punctuation character.</param>
/// <param name="Raw">The folded word before canonicalisation ("tb", "kh"), for names of documents and units.</param>
internal readonly record struct Tok(TokKind Kind, string W, string Raw, int Start, int End, int Value)
{
    public bool IsWord => Kind == TokKind.Word;
    public bool IsNumber => Kind == TokKind.Number;
    public bool IsPunct(char c) => Kind == TokKind.Punct && W[0] == c;
    /// <summary>Ends a clause for negation and reasons: . ! ? ; , : and line breaks.</summary>
    public bool IsBoundary => Kind == TokKind.Punct && W[0] is '.' or '!' or '?' or ';' or ',' or ':' or '\n' or '…';
}

/// <summary>Stage 1 (normalise and fold): the message as tokens, and small helpers every later stage uses.</summary>
internal sealed class Message
{
    public string Text { get; }
    public Tok[] T { get; }
    public int Count => T.Length;

    private readonly int[] _clauseStart;
    private readonly int[] _clauseEnd;

    public Message(string text)
    {
        Text = text.Normalize(NormalizationForm.FormC);
        T = Tokenize(Text);
        _clauseStart = new int[T.Length];
        _clauseEnd = new int[T.Length];
        for (int i = 0, last = -1; i < T.Length; i++)
        {
            _clauseStart[i] = last;
            if (T[i].IsBoundary) last = i;
        }
        for (int i = T.Length - 1, next = T.Length; i >= 0; i--)
        {
            _clauseEnd[i] = next;
            if (T[i].IsBoundary) next = i;
        }
    }

    private static Tok[] Tokenize(string s)
    {
        var list = new List<Tok>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (IsLetter(c))
            {
                var start = i;
                while (i < s.Length && IsLetter(s[i])) i++;
                // VNI keys left in a word ("hoa2n", "ro62i", "d9a4") are dropped; "nv12", "tdp3", "a5" keep their number.
                var vni = VniEnd(s, i);
                var folded = vni > i ? Fold.Key(new string([.. s[start..vni].Where(ch => !char.IsAsciiDigit(ch))])) : Fold.Key(s[start..i]);
                i = Math.Max(i, vni);
                if (folded.Length == 0) continue;
                foreach (var w in Lexicon.Canonical(folded))
                    list.Add(new Tok(TokKind.Word, w, folded, start, i, 0));
            }
            else if (c is >= '0' and <= '9')
            {
                var start = i;
                while (i < s.Length && s[i] is >= '0' and <= '9') i++;
                var digits = s[start..i];
                var value = digits.Length <= 9 ? int.Parse(digits, CultureInfo.InvariantCulture) : -1;
                list.Add(new Tok(TokKind.Number, digits, digits, start, i, value));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length)
            {
                var cp = char.ConvertToUtf32(c, s[i + 1]);
                // A thumbs-up or OK hand is how many officials say "noted".
                if (cp is 0x1F44D or 0x1F44C) list.Add(new Tok(TokKind.Word, "ok", "ok", i, i + 2, 0));
                i += 2;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (c == '\n') list.Add(new Tok(TokKind.Punct, "\n", "\n", i, i + 1, 0));
                i++;
            }
            else
            {
                var p = c switch { '–' or '—' => '-', '？' => '?', _ => c };
                if (char.IsPunctuation(p) || char.IsSymbol(p)) list.Add(new Tok(TokKind.Punct, p.ToString(), p.ToString(), i, i + 1, 0));
                i++;
            }
        }
        return [.. list];
    }

    /// <summary>Where a word typed with VNI keys ends: keys (one or two of 1-9) followed by more letters, any number of times,
    /// then perhaps trailing keys; <paramref name="i"/> (no change) when no key stands inside the word.</summary>
    private static int VniEnd(string s, int i)
    {
        var end = i;
        while (end < s.Length && s[end] is >= '1' and <= '9')
        {
            var k = end;
            while (k < s.Length && k - end < 3 && s[k] is >= '1' and <= '9') k++;
            if (k - end > 2 || k < s.Length && char.IsAsciiDigit(s[k])) return i == end ? i : end;
            if (k < s.Length && IsLetter(s[k]))
            {
                while (k < s.Length && IsLetter(s[k])) k++;
                end = k;
            }
            else return end > i ? k : i; // trailing keys count only after a key inside the word
        }
        return end;
    }

    private static bool IsLetter(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public bool Word(int i, string w) => i >= 0 && i < T.Length && T[i].IsWord && T[i].W == w;

    public bool WordIn(int i, IReadOnlySet<string> words) => i >= 0 && i < T.Length && T[i].IsWord && words.Contains(T[i].W);

    public bool WordIn(int i, string[] words) => i >= 0 && i < T.Length && T[i].IsWord && words.Contains(T[i].W);

    /// <summary>The words of <paramref name="phrase"/> ("hoan thanh") start at token i, one token each.</summary>
    public bool At(int i, string[] phrase)
    {
        if (i < 0 || i + phrase.Length > T.Length) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (!T[i + k].IsWord || T[i + k].W != phrase[k]) return false;
        return true;
    }

    /// <summary>The first phrase of the list starting at i, longest first as listed; its length, or 0.</summary>
    public int Match(int i, Phrases phrases)
    {
        if (i < 0 || i >= T.Length || !T[i].IsWord || !phrases.ByFirst.TryGetValue(T[i].W, out var candidates)) return 0;
        foreach (var p in candidates)
            if (At(i, p)) return p.Length;
        return 0;
    }

    /// <summary>Token i as typed, in lower case with its diacritics ("kẹt", "rối"): for the few words whose folded form
    /// is shared by another ("kẹt"/"kết", "rồi"/"rối").</summary>
    public string Typed(int i) => i < 0 || i >= T.Length ? "" : Text[T[i].Start..T[i].End].ToLowerInvariant();

    /// <summary>Token i was typed without a tone mark ("đâu", "dau", "nha"), where a fold is shared by words that differ only
    /// by tone ("đấu", "đầu", "dấu" fold like the negator "đâu").</summary>
    public bool Toneless(int i)
    {
        foreach (var c in Typed(i).Normalize(NormalizationForm.FormD))
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') return false;
        return true;
    }

    /// <summary>The two tokens touch (no space between): "20/7", "#12", "88/TB".</summary>
    /// <summary>Token i was typed with a Vietnamese letter or tone mark ("ngày", "việc", "đó"): its writer types marks.</summary>
    public bool Marked(int i)
    {
        if (i < 0 || i >= T.Length) return false;
        foreach (var c in Text.AsSpan(T[i].Start, T[i].End - T[i].Start))
            if (c > '\u007f') return true;
        return false;
    }

    public bool Glued(int i) => i >= 0 && i + 1 < T.Length && T[i].End == T[i + 1].Start;

    public bool IsPunct(int i, char c) => i >= 0 && i < T.Length && T[i].IsPunct(c);

    /// <summary>The original text of tokens [from, to).</summary>
    public string Slice(int from, int to) => from >= to ? "" : Text[T[from].Start..T[to - 1].End];

    /// <summary>Index of the last clause boundary before token i, or -1.</summary>
    public int ClauseStart(int i) => _clauseStart[i];

    /// <summary>Index of the first clause boundary after token i, or the token count.</summary>
    public int ClauseEnd(int i) => _clauseEnd[i];
}

/// <summary>A list of word phrases ("hoan thanh", "xong") indexed by their first word for linear scanning.</summary>
internal sealed class Phrases
{
    public Dictionary<string, List<string[]>> ByFirst { get; } = [];

    public Phrases(params string[] phrases)
    {
        foreach (var p in phrases.OrderByDescending(p => p.Count(ch => ch == ' ')))
        {
            var words = p.Split(' ');
            if (!ByFirst.TryGetValue(words[0], out var list)) ByFirst[words[0]] = list = [];
            list.Add(words);
        }
    }
}
