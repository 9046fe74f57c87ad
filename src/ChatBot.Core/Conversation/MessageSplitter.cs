using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Conversation;

/// <summary>
/// Splits a long chat text into numbered parts that each fit a platform's limit ("(1/3)\n…").
/// Cuts at line breaks first, then between words of an over-long line, and only cuts a word that
/// is itself longer than a part. The numbering counts towards the limit.
/// </summary>
/// <remarks>
/// HTML (Telegram subset b/i/code): with <c>html: true</c> a tag left open at a cut is closed at the
/// end of that part and reopened at the start of the next, and a hard cut never falls inside a tag or
/// an entity; room for those tags is reserved so the limit still holds. Channels without markup
/// (Zalo) strip tags before splitting and pass <c>html: false</c>.
/// </remarks>
public static partial class MessageSplitter
{
    private const string BalancedTags = "<b><i><code></code></i></b>";

    /// <summary>The parts to send in order; a text that fits comes back unchanged as the only part.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength, bool html = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        if (text.Length <= maxLength) return [text];

        var tagReserve = html ? BalancedTags.Length : 0;
        // The numbering's width depends on the part count: grow the reserve until it is stable.
        for (var digits = 1; ; digits++)
        {
            var numberWidth = Header(Pow10(digits) - 1, Pow10(digits) - 1).Length;
            var body = maxLength - numberWidth - tagReserve;
            var chunks = Chunk(text, body, html);
            if (html) chunks = Balance(chunks);
            if (chunks.Count < Pow10(digits))
                return chunks.Count == 1 ? chunks : [.. chunks.Select((c, i) => Header(i + 1, chunks.Count) + c)];
        }
    }

    /// <summary>The header that numbers a part; kept on its own line so a numbered list below stays readable.</summary>
    public static string Header(int index, int count) => $"({index}/{count})\n";

    private static int Pow10(int digits) => (int)Math.Pow(10, digits);

    private static List<string> Chunk(string text, int limit, bool html)
    {
        var parts = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            var s = current.ToString().Trim('\n', '\r');
            if (s.Trim().Length > 0) parts.Add(s);
            current.Clear();
        }

        void Append(string piece, char separator)
        {
            if (current.Length > 0 && current.Length + 1 + piece.Length <= limit) { current.Append(separator).Append(piece); return; }
            if (current.Length > 0) Flush();
            current.Append(piece);
        }

        foreach (var line in text.Split('\n'))
        {
            if (line.Length <= limit) { Append(line, '\n'); continue; }
            // An over-long line: its words continue the current part where they fit.
            var first = true;
            foreach (var word in line.Split(' '))
            {
                var sep = first ? '\n' : ' ';
                first = false;
                if (word.Length <= limit) { Append(word, sep); continue; }
                foreach (var piece in HardCut(word, limit, html)) Append(piece, sep);
            }
        }
        Flush();
        return parts;
    }

    /// <summary>Last resort for a word longer than a part: cut it, never inside a surrogate pair, tag or entity.</summary>
    private static IEnumerable<string> HardCut(string word, int limit, bool html)
    {
        var start = 0;
        while (word.Length - start > limit)
        {
            var cut = start + limit;
            if (char.IsLowSurrogate(word[cut])) cut--;
            if (html)
            {
                var open = word.LastIndexOfAny(['<', '&'], cut - 1, cut - start);
                if (open > start)
                {
                    var close = word.IndexOf(word[open] == '<' ? '>' : ';', open);
                    if (close < 0 || close >= cut) cut = open;
                }
            }
            yield return word[start..cut];
            start = cut;
        }
        yield return word[start..];
    }

    /// <summary>Closes tags still open at the end of a part and reopens them at the start of the next.</summary>
    private static List<string> Balance(List<string> chunks)
    {
        var result = new List<string>(chunks.Count);
        var open = new List<string>();
        foreach (var chunk in chunks)
        {
            var prefix = string.Concat(open.Select(t => $"<{t}>"));
            foreach (Match m in TagPattern().Matches(chunk))
            {
                var name = m.Groups[2].Value.ToLowerInvariant();
                if (m.Groups[1].Value == "/") { var at = open.LastIndexOf(name); if (at >= 0) open.RemoveAt(at); }
                else open.Add(name);
            }
            var suffix = string.Concat(Enumerable.Reverse(open).Select(t => $"</{t}>"));
            result.Add(prefix + chunk + suffix);
        }
        return result;
    }

    [GeneratedRegex("<(/?)(b|i|code)>", RegexOptions.IgnoreCase)]
    private static partial Regex TagPattern();
}
