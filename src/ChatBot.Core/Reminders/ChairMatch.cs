using ChatBot.Core.Common;

namespace ChatBot.Core.Reminders;

/// <summary>Finds the leader who chaired a notice: "Đ/c Nguyễn Văn An – Chủ tịch UBND phường" names official "Nguyễn Văn An".</summary>
public static class ChairMatch
{
    public static bool Matches(string? chairedBy, string? officialName)
    {
        if (string.IsNullOrWhiteSpace(chairedBy) || string.IsNullOrWhiteSpace(officialName)) return false;
        var name = Common.Fold.Key(officialName);
        return name.Length > 0 && $" {Common.Fold.Key(chairedBy)} ".Contains($" {name} ", StringComparison.Ordinal);
    }

    /// <summary>The shared fold (<see cref="Fold.Key"/>); kept as a name for callers outside Core.</summary>
    public static string Fold(string text) => Common.Fold.Key(text);
}
