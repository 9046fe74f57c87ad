using System.Globalization;
using System.Text;

namespace ChatBot.Core.Reminders;

/// <summary>Finds the leader who chaired a notice: "Đ/c Nguyễn Văn An – Chủ tịch UBND phường" names official "Nguyễn Văn An".</summary>
public static class ChairMatch
{
    public static bool Matches(string? chairedBy, string? officialName)
    {
        if (string.IsNullOrWhiteSpace(chairedBy) || string.IsNullOrWhiteSpace(officialName)) return false;
        var name = Fold(officialName);
        return name.Length > 0 && $" {Fold(chairedBy)} ".Contains($" {name} ", StringComparison.Ordinal);
    }

    /// <summary>Lower-case, accents removed (đ → d), punctuation to spaces, single spaces.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var l = char.ToLowerInvariant(c);
            sb.Append(l == 'đ' ? 'd' : char.IsLetterOrDigit(l) ? l : ' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
