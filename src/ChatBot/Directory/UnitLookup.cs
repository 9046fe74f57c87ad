using ChatBot.Core.Directory;
using ChatBot.Core.Parsing;

namespace ChatBot.Directory;

/// <summary>
/// What a person typed ("kinh tế", "VP HĐND-UBND", "3") → one unit of the ward, through the one matcher the parser uses
/// (<see cref="UnitNameMatcher"/>): ambiguous → no unit; a number is the unit's id.
/// </summary>
public static class UnitLookup
{
    public static Unit? Best(IReadOnlyList<Unit> units, string text) =>
        new UnitNameMatcher(Directory(units)).Match(text) is { } match ? units.FirstOrDefault(u => u.Id.ToString() == match.Key) : null;

    /// <summary>The ward's units as the parser and the matcher see them: id as key, name, aliases.</summary>
    public static IReadOnlyList<DirectoryUnit> Directory(IEnumerable<Unit> units) =>
        units.Select(u => new DirectoryUnit(u.Id.ToString(), u.Name, u.Aliases.Select(a => a.Alias).ToList())).ToList();
}
