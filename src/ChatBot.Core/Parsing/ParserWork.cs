namespace ChatBot.Core.Parsing;

/// <summary>
/// Counts the parser's steps (per line, block, sentence, clause, unit read, name word, ancestor visited) on the current
/// thread. The property tests check that the count grows linearly with the input: a guard against accidental quadratic
/// loops that measures work, not time, so it cannot be fooled by a fast machine or fail on a slow one.
/// </summary>
internal static class ParserWork
{
    [ThreadStatic] private static long _steps;

    public static long Steps => _steps;

    public static void Reset() => _steps = 0;

    public static void Step() => _steps++;

    public static void Add(int n) => _steps += n;
}
