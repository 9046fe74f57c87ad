using ChatBot.Core.Directory;
using ChatBot.Core.Parsing;
using ChatBot.Directory;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Conversation;

/// <summary>The ward's units as chat offers and reads them: the numbered choices of an unknown name (the same list when
/// the question is asked and when "/gan N 2" answers it), and a typed name read by the parser's own unit matcher.</summary>
internal static class UnitChoices
{
    public const int Max = 3;

    public static Task<List<Unit>> UnitsAsync(ChatBotDb db, int wardId, CancellationToken ct) =>
        db.Units.AsNoTracking().Include(u => u.Aliases).Where(u => u.WardId == wardId).OrderBy(u => u.Id).ToListAsync(ct);

    /// <summary>The units a written name most likely means, best first (<see cref="UnitSuggestions"/>).</summary>
    public static List<Unit> Candidates(IReadOnlyList<Unit> units, string? written, int max = Max) =>
        UnitSuggestions.Rank(written, UnitLookup.Directory(units), max).Select(d => units.First(u => u.Id.ToString() == d.Key)).ToList();

    /// <summary>The unit a typed name means (<see cref="UnitNameMatcher"/>), or a refusal naming the closest units.</summary>
    public static Unit Typed(IReadOnlyList<Unit> units, string typed, string example)
    {
        if (new UnitNameMatcher(UnitLookup.Directory(units)).Match(typed) is { } match)
            return units.First(u => u.Id.ToString() == match.Key);
        var close = Candidates(units, typed);
        var hint = close.Count == 0
            ? " Đơn vị mới: thêm trên bàn làm việc (/web)."
            : $" Gần nhất: {string.Join("; ", close.Select(u => $"«{u.Name}»"))}. Ví dụ: {string.Format(example, close[0].Name)}";
        throw new UserFacingException($"Không có đơn vị «{typed}» trong danh bạ của phường.{hint}");
    }
}
