using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tasks;

/// <summary>What makes two notices the same whatever they came as (.docx, .pdf, .txt, a paste; Telegram, Zalo, the desk):
/// the text after the parser's own cleaning (NFC, one tone style, no markdown debris, bullets, page numbers or rules),
/// with every run of white space, line break and table border made one space and letter case ignored. Its SHA-256 is stored with the
/// document so a second import of the same notice is recognised.</summary>
public static class NoticeFingerprint
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var line in NoticeNormalizer.CleanLines(text))
        {
            foreach (var c in line)
            {
                if (char.IsWhiteSpace(c) || c == '|') // a table cell border (.docx) is a tab in a paste
                {
                    if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                }
                else sb.Append(char.ToLowerInvariant(c));
            }
            if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        var normalized = sb.ToString().TrimEnd();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
