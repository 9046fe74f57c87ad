using System.Text;

namespace ChatBot.Core.Parsing;

/// <summary>Groups clean lines into paragraphs and list items, re-joining sentences split by page breaks or wrapping.</summary>
internal static class NoticeSegmenter
{
    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

    public static List<NoticeBlock> Segment(string[] lines)
    {
        var blocks = new List<NoticeBlock>();
        var text = new StringBuilder();
        int start = 0, end = 0;
        var blankSince = false;

        void Flush()
        {
            if (text.Length > 0) blocks.Add(Classify(text.ToString(), start, end));
            text.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0) { blankSince = true; continue; }
            var lineNo = i + 1;
            var continues = text.Length > 0 && !line.StartsWith('|') && text[0] != '|' && Continues(text, line, blankSince);
            if (continues)
            {
                text.Append(' ').Append(line);
                end = lineNo;
            }
            else
            {
                Flush();
                text.Append(line);
                start = end = lineNo;
            }
            blankSince = false;
        }
        Flush();
        return blocks;
    }

    // A line starting in lower case continues the sentence above unless that sentence was clearly finished.
    private static bool Continues(StringBuilder prev, string line, bool afterBlank)
    {
        var first = line[0];
        if (!char.IsLower(first)) return false;
        if (StartsWithMarker(line)) return false;
        var last = prev[^1];
        if (!afterBlank) return true;
        return last is not ('.' or ';' or ':' or '!' or '?');
    }

    private static bool StartsWithMarker(string line) =>
        line.Length > 2 && char.IsLower(line[0]) && line[1] == ')';

    internal static NoticeBlock Classify(string s, int start, int end)
    {
        if (s.StartsWith('|')) return new NoticeBlock(BlockKind.TableRow, "", s, start, end);
        if (s.StartsWith("- ", StringComparison.Ordinal)) return new NoticeBlock(BlockKind.Dash, "-", s[2..].Trim(), start, end);
        if (s.StartsWith('+')) return new NoticeBlock(BlockKind.Plus, "+", s[1..].Trim(), start, end);
        var sp = s.IndexOf(' ');
        if (sp > 0 && sp <= 12)
        {
            var head = s[..sp];
            var rest = s[(sp + 1)..].Trim();
            if (rest.Length > 0)
            {
                var core = head.TrimEnd('.', ')', ':');
                if (head.Length > core.Length || head.Contains('.'))
                {
                    if (Array.IndexOf(Romans, core) >= 0 && head.Length > core.Length)
                        return new NoticeBlock(BlockKind.Roman, core + ".", rest, start, end);
                    if (IsNumbering(core))
                        return new NoticeBlock(BlockKind.Number, core + ".", rest, start, end);
                    if (core.Length == 1 && char.IsLower(core[0]) && char.IsLetter(core[0]) && head.Length == 2)
                        return new NoticeBlock(BlockKind.Letter, core + ")", rest, start, end);
                }
            }
        }
        return new NoticeBlock(BlockKind.Paragraph, "", s, start, end);
    }

    // "1", "2.3", "2.3.1": at most two digits per part so years and amounts are not headings.
    private static bool IsNumbering(string core)
    {
        if (core.Length == 0) return false;
        var parts = core.Split('.');
        if (parts.Length > 4) return false;
        foreach (var p in parts)
            if (p.Length is 0 or > 2 || !p.All(char.IsAsciiDigit)) return false;
        return true;
    }
}
