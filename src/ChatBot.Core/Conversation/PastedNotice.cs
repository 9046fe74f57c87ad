using System.Text.RegularExpressions;
using ChatBot.Core.Common;

namespace ChatBot.Core.Conversation;

/// <summary>Whether a chat message is a pasted notice or letter rather than something said to the bot: read before any
/// question or status reading, so a công văn that mentions "tiến độ" is imported, not answered with the progress table.</summary>
/// <remarks>The signs are those of the official form (Nghị định 30/2020/NĐ-CP, the layout of administrative documents):
/// the national motto, the issuing authority, the "Số: 12/TB-UBND" line, the document kind as a title, "Kính gửi",
/// numbered items, "Nơi nhận" — and length. No sign alone decides; a long question with a numbered list does not pass.</remarks>
public static partial class PastedNotice
{
    /// <summary>Shorter than this is never a notice (a command, a reply, a question).</summary>
    public const int MinLength = 200;

    /// <summary>The weight a text needs.</summary>
    public const int Threshold = 3;

    public static bool Looks(string? text) => Score(text) >= Threshold;

    /// <summary>The weighed signs of a notice in the text (0 for anything shorter than <see cref="MinLength"/> or a command).</summary>
    public static int Score(string? text)
    {
        if (text is null || text.Length < MinLength) return 0;
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('/')) return 0;
        var lines = trimmed.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var folded = lines.Select(Fold.Key).ToList();
        var score = 0;
        if (folded.Any(f => f.StartsWith("cong hoa xa hoi chu nghia viet nam", StringComparison.Ordinal) || f.StartsWith("doc lap tu do hanh phuc", StringComparison.Ordinal)))
            score += 2;
        if (lines.Any(l => SymbolLine().IsMatch(l))) score += 2;
        if (folded.Any(f => f.StartsWith("noi nhan", StringComparison.Ordinal))) score += 2;
        if (folded.Any(f => f.StartsWith("kinh gui", StringComparison.Ordinal))) score += 1;
        if (folded.Any(f => f.StartsWith("uy ban nhan dan", StringComparison.Ordinal) || f.StartsWith("ubnd ", StringComparison.Ordinal)
                            || f.StartsWith("hoi dong nhan dan", StringComparison.Ordinal)))
            score += 1;
        if (lines.Zip(folded).Any(x => IsKindTitle(x.First, x.Second))) score += 1;
        if (lines.Count(l => Item().IsMatch(l)) >= 2) score += 1;
        if (text.Length >= 1500) score += 1;
        return score;
    }

    private static readonly string[] Kinds = ["thong bao", "cong van", "ke hoach", "quyet dinh", "chi thi", "bao cao", "to trinh", "ket luan"];

    /// <summary>"THÔNG BÁO", "KẾ HOẠCH …" written in capitals on a line of its own.</summary>
    private static bool IsKindTitle(string line, string folded) =>
        line.Length <= 120 && Kinds.Any(k => folded == k || folded.StartsWith(k + " ", StringComparison.Ordinal))
        && line.Where(char.IsLetter).Take(8).All(char.IsUpper);

    /// <summary>"Số: 15/TB-UBND", "Số 123/UBND-VP", "So: 7/KH-UBND".</summary>
    [GeneratedRegex(@"^(Số|SỐ|So|SO)\s*:?\s*\d{1,6}\s*/\s*[\p{L}\d]", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolLine();

    /// <summary>A numbered or lettered item: "1.", "2)", "a)", "II.", "- ".</summary>
    [GeneratedRegex(@"^(\d{1,3}[.)]|[a-zđ]\)|[IVX]{1,5}\.|[-–•+]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
