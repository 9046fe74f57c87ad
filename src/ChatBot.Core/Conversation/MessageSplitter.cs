using System.Text;

namespace ChatBot.Core.Conversation;

/// <summary>
/// Splits a long chat text into numbered parts that each fit a platform's limit ("(1/3)\n…").
/// Cuts at a line break where one fits, else between words, and only cuts a word that is itself longer than
/// a part; never inside a surrogate pair. The numbering counts towards the limit.
/// </summary>
/// <remarks>
/// With <c>html: true</c> (Telegram's HTML) a tag or an entity (<c>&amp;lt;</c>) is never cut, a tag left open at a
/// cut is closed at the end of that part and reopened (with its attributes) at the start of the next, and the room
/// those tags take is counted, so every part is valid HTML on its own and within the limit. Channels without markup
/// (Zalo) strip the tags first and split with <c>html: false</c>.
/// </remarks>
public static class MessageSplitter
{
    /// <summary>The parts to send in order; a text that fits comes back unchanged as the only part.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength, bool html = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        if (text.Length <= maxLength) return [text];

        var atoms = Atoms(text, html);
        // The numbering's width depends on the part count: grow the reserve until it is stable.
        for (var digits = 1; ; digits++)
        {
            var numberWidth = Header(Pow10(digits) - 1, Pow10(digits) - 1).Length;
            var chunks = Chunk(text, atoms, maxLength - numberWidth);
            if (chunks.Count == 0) return [text[..maxLength]]; // nothing visible to send: whitespace only
            if (chunks.Count < Pow10(digits))
                return chunks.Count == 1 ? chunks : [.. chunks.Select((c, i) => Header(i + 1, chunks.Count) + c)];
        }
    }

    /// <summary>The header that numbers a part; kept on its own line so a numbered list below stays readable.</summary>
    public static string Header(int index, int count) => $"({index}/{count})\n";

    private static int Pow10(int digits) => (int)Math.Pow(10, digits);

    private enum Kind { Visible, Space, Newline, Open, Close }

    /// <summary>An uncuttable piece of the text: a character (or surrogate pair), a tag or an entity.</summary>
    private readonly record struct Atom(int Start, int Length, Kind Kind, string? Tag = null);

    private static List<Atom> Atoms(string text, bool html)
    {
        var atoms = new List<Atom>(text.Length);
        for (var i = 0; i < text.Length; i += atoms[^1].Length)
            atoms.Add((html ? Markup(text, i) : null) ?? Character(text, i));
        return atoms;
    }

    /// <summary>A tag ("&lt;b&gt;", "&lt;/b&gt;", "&lt;a href=…&gt;") or an entity ("&amp;lt;") starting at <paramref name="i"/>, if one does.</summary>
    private static Atom? Markup(string text, int i)
    {
        if (text[i] == '<')
        {
            var end = text.IndexOf('>', i + 1);
            if (end < 0) return null;
            var closing = text[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < end && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-')) nameEnd++;
            return new Atom(i, end - i + 1, closing ? Kind.Close : Kind.Open, text[nameStart..nameEnd].ToLowerInvariant());
        }
        if (text[i] == '&')
        {
            var end = text.IndexOf(';', i + 1);
            if (end > i + 1 && end - i <= 10 && IsEntityName(text, i + 1, end)) return new Atom(i, end - i + 1, Kind.Visible);
        }
        return null;
    }

    /// <summary>One character, a surrogate pair kept whole.</summary>
    private static Atom Character(string text, int i)
    {
        var c = text[i];
        var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        return new Atom(i, length, c == '\n' ? Kind.Newline : char.IsWhiteSpace(c) ? Kind.Space : Kind.Visible);
    }

    private static bool IsEntityName(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!char.IsAsciiLetterOrDigit(text[i]) && text[i] != '#') return false;
        return true;
    }

    /// <summary>Greedy parts of at most <paramref name="budget"/> characters, tags closed and reopened at each cut.</summary>
    private static List<string> Chunk(string text, List<Atom> atoms, int budget)
    {
        var parts = new List<string>();
        var open = new List<(string Name, string Raw)>();
        var p = 0;
        while (true)
        {
            p = SkipToContent(text, atoms, p, open);
            if (!HasVisible(atoms, p)) break;
            var prefix = string.Concat(open.Select(t => t.Raw));
            var end = FindEnd(text, atoms, p, prefix.Length, open, budget, out var next);
            if (!Fits(text, atoms, p, end, prefix.Length, open, budget))
            {
                // Even the smallest piece does not fit with its tags reopened around it (markup nested deeper than a
                // part): send that piece as plain text, keep the tags' state for the parts after it.
                var plain = new StringBuilder();
                for (var k = p; k < end; k++)
                {
                    if (atoms[k].Kind is Kind.Visible or Kind.Space) plain.Append(text, atoms[k].Start, atoms[k].Length);
                    Apply(text, atoms[k], open);
                }
                parts.Add(plain.ToString());
                p = next;
                continue;
            }
            var part = new StringBuilder(prefix);
            var last = end;
            while (last > p && atoms[last - 1].Kind == Kind.Newline) last--;
            for (var k = p; k < end; k++)
            {
                if (k < last || atoms[k].Kind != Kind.Newline) part.Append(text, atoms[k].Start, atoms[k].Length);
                Apply(text, atoms[k], open);
            }
            for (var k = open.Count - 1; k >= 0; k--) part.Append("</").Append(open[k].Name).Append('>');
            parts.Add(part.ToString());
            p = next;
        }
        return parts;
    }

    /// <summary>Skips the line breaks left at a cut and tags that would only close what the next part reopens.</summary>
    private static int SkipToContent(string text, List<Atom> atoms, int p, List<(string Name, string Raw)> open)
    {
        while (p < atoms.Count)
        {
            var a = atoms[p];
            if (a.Kind == Kind.Newline || (a.Kind == Kind.Space && text[a.Start] == '\r')) p++;
            else if (a.Kind == Kind.Close && open.Count > 0 && open[^1].Name == a.Tag) { open.RemoveAt(open.Count - 1); p++; }
            else break;
        }
        return p;
    }

    private static bool HasVisible(List<Atom> atoms, int p)
    {
        for (var k = p; k < atoms.Count; k++)
            if (atoms[k].Kind == Kind.Visible) return true;
        return false;
    }

    /// <summary>Where the part starting at atom <paramref name="p"/> ends (exclusive): the last line break that fits,
    /// else the last space, else the last atom; <paramref name="next"/> is where the next part starts (a break is consumed).</summary>
    private static int FindEnd(string text, List<Atom> atoms, int p, int prefix, List<(string Name, string Raw)> open, int budget, out int next)
    {
        var stack = new List<(string Name, string Raw)>(open);
        int length = prefix, visible = 0, closers = Closers(stack);
        int lastLine = -1, lastSpace = -1, lastAny = -1;
        var k = p;
        for (; k < atoms.Count; k++)
        {
            var a = atoms[k];
            if (k > p && visible > 0 && atoms[k - 1].Kind != Kind.Open && length + closers <= budget)
            {
                if (a.Kind == Kind.Newline) lastLine = k;
                else if (a.Kind == Kind.Space) lastSpace = k;
                lastAny = k;
            }
            length += a.Length;
            if (length > budget) break;
            if (a.Kind == Kind.Visible) visible++;
            if (a.Kind is Kind.Open or Kind.Close) { Apply(text, a, stack); closers = Closers(stack); }
        }
        if (k == atoms.Count && length + closers <= budget) { next = k; return k; }
        var cut = lastLine >= 0 ? lastLine : lastSpace >= 0 ? lastSpace : lastAny;
        if (cut < 0)
        {
            // Nothing fits (a tag longer than a part): take the smallest piece that shows something, rather than stall.
            cut = p + 1;
            while (cut < atoms.Count && atoms[cut - 1].Kind != Kind.Visible) cut++;
            next = cut;
            return cut;
        }
        next = atoms[cut].Kind is Kind.Newline or Kind.Space ? cut + 1 : cut;
        return cut;
    }

    /// <summary>Whether atoms [<paramref name="p"/>, <paramref name="end"/>) with the reopened prefix and the closing tags fit.</summary>
    private static bool Fits(string text, List<Atom> atoms, int p, int end, int prefix, List<(string Name, string Raw)> open, int budget)
    {
        var stack = new List<(string Name, string Raw)>(open);
        var length = prefix;
        for (var k = p; k < end; k++)
        {
            length += atoms[k].Length;
            Apply(text, atoms[k], stack);
        }
        return length + Closers(stack) <= budget;
    }

    private static int Closers(List<(string Name, string Raw)> stack) => stack.Sum(t => t.Name.Length + 3);

    private static void Apply(string text, Atom a, List<(string Name, string Raw)> stack)
    {
        if (a.Kind == Kind.Open) stack.Add((a.Tag!, text.Substring(a.Start, a.Length)));
        else if (a.Kind == Kind.Close)
        {
            var at = stack.FindLastIndex(t => t.Name == a.Tag);
            if (at >= 0) stack.RemoveAt(at);
        }
    }
}
