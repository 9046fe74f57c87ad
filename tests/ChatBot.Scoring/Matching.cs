using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Scoring;

/// <summary>Text folding, unit keys and task matching, rule for rule as in score.py.</summary>
public static partial class Matching
{
    /// <summary>Lower-case, strip diacritics and markdown marks (* _ # \ `), collapse spaces.</summary>
    public static string Fold(string? s)
    {
        var d = (s ?? "").Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        var f = sb.ToString().Replace('đ', 'd').Replace('Đ', 'D').ToLowerInvariant();
        f = MarkdownMarks().Replace(f, "");
        return Spaces().Replace(f, " ").Trim();
    }

    static readonly (string From, string To)[] Expand =
        [("uy ban nhan dan", "ubnd"), ("hoi dong nhan dan", "hdnd"), ("&", " va "), ("dong chi ", "")];

    /// <summary>The key "ALL" stands for every unit ("Các phòng, ban, đơn vị…").</summary>
    public const string AllUnits = "ALL";

    /// <summary>A unit name folded for comparison: accents, case, punctuation and filler words dropped; null when none.</summary>
    public static string? UnitKey(string? unit)
    {
        if (unit is null) return null;
        var f = Fold(unit);
        if (f.Length == 0 || f is "null" or "none" or "unassigned" or "chua xac dinh") return null;
        foreach (var (from, to) in Expand) f = f.Replace(from, to, StringComparison.Ordinal);
        if (AllUnitsStart().IsMatch(f)) return AllUnits;
        var words = NonWord().Split(f).Where(w => w.Length > 0 && w != "va").Select(w => w == "pct" ? "pho chu tich" : w).ToList();
        var start = 0;
        while (start < words.Count && words[start] is "giao" or "cac" or "phong") start++;
        var end = words.Count;
        while (end > start && words[end - 1] is "phuong" or "xa") end--;
        return string.Join(' ', words.Skip(start).Take(end - start));
    }

    /// <summary>Equal keys, or one key's words contained in the other's; "ALL" only equals "ALL".</summary>
    public static bool SameUnit(string? gold, string? predicted)
    {
        if (gold == predicted) return true;
        if (string.IsNullOrEmpty(gold) || string.IsNullOrEmpty(predicted) || gold == AllUnits || predicted == AllUnits) return false;
        string g = $" {gold} ", p = $" {predicted} ";
        return p.Contains(g, StringComparison.Ordinal) || g.Contains(p, StringComparison.Ordinal);
    }

    /// <summary>The part of a gold <c>text_starts</c> that must be found: folded, bullet dropped, after the first ": ".</summary>
    public static string TaskCore(string start)
    {
        var f = LeadingBullet().Replace(Fold(start), "");
        var colon = f.IndexOf(": ", StringComparison.Ordinal);
        return colon >= 0 ? f[(colon + 2)..] : f;
    }

    /// <summary>A predicted task text matches a gold start when the core, or its last five words, lies in the first 400 characters.</summary>
    public static bool Matches(string? predictedText, string goldStart)
    {
        var p = Spaces().Replace(Bullets().Replace(Fold(predictedText), " "), " ");
        var core = Spaces().Replace(Bullets().Replace(TaskCore(goldStart), " "), " ").Trim();
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tail = string.Join(' ', words.Skip(Math.Max(0, words.Length - 5)));
        var head = p.Length > 400 ? p[..400] : p;
        return head.Contains(core, StringComparison.Ordinal) || head.Contains(tail, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[*_#\\`]")] private static partial Regex MarkdownMarks();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"^(tat ca |toan the )?cac (phong|co quan|don vi|ban)\b")] private static partial Regex AllUnitsStart();
    [GeneratedRegex(@"[^a-z0-9]+")] private static partial Regex NonWord();
    [GeneratedRegex(@"^[-+•]\s*")] private static partial Regex LeadingBullet();
    [GeneratedRegex(@"[-+•]")] private static partial Regex Bullets();
}
