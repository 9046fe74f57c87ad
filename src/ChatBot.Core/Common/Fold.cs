using System.Globalization;
using System.Text;

namespace ChatBot.Core.Common;

/// <summary>Accent- and case-insensitive form of Vietnamese text ("Phòng Văn hoá" → "phong van hoa").</summary>
public static class Fold
{
    public static string Key(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return "";
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        var space = false;
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ch = c switch { 'đ' or 'Đ' => 'd', '&' => ' ', _ => char.ToLowerInvariant(c) };
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(ch);
                space = false;
            }
            else space = true;
        }
        return sb.ToString();
    }
}
