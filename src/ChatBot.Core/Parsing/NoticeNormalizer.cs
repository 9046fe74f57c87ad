using System.Buffers;
using System.Text;

namespace ChatBot.Core.Parsing;

/// <summary>Turns raw notice text into clean lines: NFC, one tone style, no markdown debris, page numbers or rules.</summary>
public static class NoticeNormalizer
{
    /// <summary>Returns the cleaned lines; index i is source line i + 1, so line spans stay true to the input.</summary>
    public static string[] CleanLines(string text) => new SourceText(text).Lines;

    /// <summary>One raw line (no line break) cleaned: NFC, new tone placement, no markdown debris, page numbers or rules.</summary>
    internal static string CleanRawLine(ReadOnlySpan<char> raw)
    {
        var line = raw.ToString();
        if (MayNeedComposition(raw) && !line.IsNormalized(NormalizationForm.FormC)) line = line.Normalize(NormalizationForm.FormC);
        return CleanLine(VietnameseText.NormalizeTonePlacement(line));
    }

    // Precomposed Latin and Vietnamese text without combining marks is already NFC: skip ICU for it.
    private static bool MayNeedComposition(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
            if (c >= 0x300 && !(c >= 0x1E00 && c < 0x1F00) && !(c >= 0x2000 && c < 0x2070)) return true;
        return false;
    }

    internal static string CleanLine(string line)
    {
        // A row of a table pasted as tab-separated cells ("1\tRà soát …\tPhòng VH-XH\t10/7/2026") reads like a "| … |" row.
        if (line.AsSpan().Count('\t') >= 2 && line.Trim().Length > 0)
            line = "| " + string.Join(" | ", line.Split('\t').Select(c => c.Trim())) + " |";
        // "| Số: 2145/SNNMT-TTBVTV<br>V/v triển khai … |": an HTML line break inside a markdown table's cell ends a line of the cell.
        if (line.Contains("<br", StringComparison.OrdinalIgnoreCase))
            line = line.Replace("<br />", " ", StringComparison.OrdinalIgnoreCase).Replace("<br/>", " ", StringComparison.OrdinalIgnoreCase).Replace("<br>", " ", StringComparison.OrdinalIgnoreCase);
        var t = line.AsSpan().TrimStart();
        if (t.Length > 2 && t[0] == '*' && t[1] == ' ') line = "- " + t[2..].ToString(); // a markdown "* item" is a bullet, not emphasis
        var s = CollapseSpaces(NeedsMapping(line) ? MapChars(line) : line);
        var start = 0;
        while (start < s.Length && s[start] == '#') start++; // markdown heading marks
        s = s[start..].Trim();
        if (s.StartsWith('>')) s = s.TrimStart('>', ' ');
        if (IsRule(s) || IsPageNumber(s)) return "";
        if (s.Length > 1 && s[0] is '•' or '–' or '—' or '·' or '\uF0B7' or '\uF0A7' or '○' or '▪' && s[1] == ' ') s = "- " + s[2..];
        else if (s.Length > 1 && s[0] is '•' or '\uF0B7' or '\uF0A7' or '▪') s = "- " + s[1..].TrimStart();
        // A hollow sub-bullet ("◦", "▫", "‣", "⁃"), as a slide outline or a Word list writes the level under "•": a "+" item.
        else if (s.Length > 1 && s[0] is '◦' or '▫' or '‣' or '⁃') s = "+ " + s[1..].TrimStart();
        if (s.Length > 1 && s[0] == '-' && s[1] != ' ' && s[1] != '-' && !char.IsDigit(s[1])) s = "- " + s[1..];
        if (s.Length > 2 && EmojiLength(s) is > 0 and var n) s = EmojiBullet(s, n);
        return s;
    }

    /// <summary>A pictograph opening a line (👉, ✅, 🔹, ➡️, ▶️, ✔️, 📌 …), with its variation selector: its length, else 0.</summary>
    internal static int EmojiLength(string s)
    {
        if (s.Length == 0) return 0;
        int n;
        if (char.IsHighSurrogate(s[0]) && s.Length > 1 && char.IsLowSurrogate(s[1]))
        {
            var cp = char.ConvertToUtf32(s[0], s[1]);
            if (cp is < 0x1F000 or > 0x1FAFF) return 0;
            n = 2;
        }
        else if (IsSymbol(s[0])) n = 1;
        else return 0;
        // Its variation selector ("▶️"). A zero-width joiner never gets here (CleanLine's MapChars dropped it), nor a low
        // surrogate: after a whole pair or a BMP symbol, one would be unpaired, which no well-formed text has.
        while (n < s.Length && s[n] == '\uFE0F') n++;
        return n;
    }

    private static readonly string[] InfoLabels = ["lich", "thoi gian", "dia diem", "ghi chu", "thong tin", "hop tiep", "cuoc hop tiep"];

    internal static bool IsSymbol(char c) => c is >= '\u2190' and <= '\u21FF' || c is >= '\u25A0' and <= '\u27BF' || c is >= '\u2B00' and <= '\u2BFF';

    // A chat post's line: the pictograph before a task ("👉 P.VH-XH: …") is a bullet; before a title in capitals
    // ("📢 THÔNG BÁO NHANH …", kept as written: a chat post is no administrative document) or an information label
    // ("📌 Lịch: …", the pictograph goes) it is no bullet.
    private static string EmojiBullet(string s, int n)
    {
        var rest = s[n..].TrimStart();
        while (EmojiLength(rest) is > 0 and var more) rest = rest[more..].TrimStart(); // "✅✅ …"
        if (rest.Length == 0) return "";
        var letters = rest.Where(char.IsLetter).Take(12).ToArray();
        if (letters.Length >= 6 && letters.All(char.IsUpper)) return s; // a post's title stays as written: no document title, no task
        var colon = rest.IndexOf(':');
        if (colon > 0 && colon < 40)
        {
            var label = ChatBot.Core.Common.Fold.Key(rest[..colon]);
            foreach (var info in InfoLabels)
                if (label.StartsWith(info, StringComparison.Ordinal)) return rest; // "📌 Lịch: …", "🗓 Thời gian họp: …"
        }
        return "- " + rest;
    }

    private static string MapChars(string line)
    {
        // Into a buffer of the line's length (chars are dropped or mapped one to one), not a StringBuilder per line.
        Span<char> buffer = line.Length <= 512 ? stackalloc char[line.Length] : new char[line.Length];
        var n = 0;
        foreach (var c in line)
        {
            switch (c)
            {
                case '*' or '`' or '\\' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF': break; // markdown emphasis and escapes
                case '\t' or '\u00A0' or '\u2007' or '\u202F': buffer[n++] = ' '; break;
                case '\u201C' or '\u201D': buffer[n++] = '"'; break;
                default: buffer[n++] = char.IsControl(c) ? ' ' : c; break;
            }
        }
        return new string(buffer[..n]);
    }

    // Every char MapChars changes: its switch cases plus char.IsControl (U+0000–U+001F, U+007F–U+009F).
    private static readonly SearchValues<char> Mapped = SearchValues.Create(
        "*`\\\u200B\u200C\u200D\uFEFF\t\u00A0\u2007\u202F\u201C\u201D" +
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)));

    // Most lines are plain text: skip the builder when no char would change.
    private static bool NeedsMapping(string line) => line.AsSpan().ContainsAny(Mapped);

    private static string CollapseSpaces(string s)
    {
        if (!s.Contains("  ", StringComparison.Ordinal)) return s;
        Span<char> buffer = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var prevSpace = false;
        foreach (var c in s)
        {
            if (c == ' ') { if (!prevSpace) buffer[n++] = c; prevSpace = true; }
            else { buffer[n++] = c; prevSpace = false; }
        }
        return new string(buffer[..n]);
    }

    private static bool IsRule(string s)
    {
        if (s.Length < 3) return false;
        foreach (var c in s) // a loop, not LINQ: no enumerator per line
            if (c is not ('-' or '_' or '=' or '—' or '–' or ' ' or '.')) return false;
        return true;
    }

    private static readonly char[] PageNumberDashes = ['-', '–', '—', ' '];

    // "12", "- 3 -", "Trang 2", "Trang 2/5": page furniture left by conversion.
    private static bool IsPageNumber(string s)
    {
        // "- 12 -", "Trang 3/7", "- Trang 12/20 -", "— Trang 112 / 120 —": a page number, with or without its dashes.
        if (s.Length == 0 || s.Length > 24) return false;
        var t = s.Trim(PageNumberDashes);
        if (t.StartsWith("Trang ", StringComparison.OrdinalIgnoreCase)) t = t[6..];
        t = t.Replace(" / ", "/", StringComparison.Ordinal);
        return t.Length is > 0 and <= 7 && t.All(c => char.IsDigit(c) || c == '/') && char.IsDigit(t[0]);
    }
}
