namespace ChatBot.Core.Parsing;

/// <summary>
/// The failures the parser contained during the last <see cref="NoticeParser.Parse"/> on this thread: a stage or a block
/// that threw was skipped (the rest of the notice is still read) and recorded here. <see cref="ParsedNotice"/> has no
/// warnings field and neither <c>parse --json</c> nor the scorer shows one, so a contained failure is silent to callers;
/// the property tests read this list so that a contained bug is still a red test.
/// </summary>
internal static class ParserFaults
{
    [ThreadStatic] private static List<string>? _last;

    /// <summary>What was contained in the last parse on this thread ("TaskReader block 12: IndexOutOfRangeException …").</summary>
    public static IReadOnlyList<string> Last => _last ?? [];

    internal static void Reset() => _last?.Clear();

    internal static void Record(string where, Exception ex) => (_last ??= []).Add($"{where}: {ex.GetType().Name}: {ex.Message}");

    // AsyncLocal, not ThreadStatic: a host test arms it and the parse runs after awaits, on another thread of the pool.
    private static readonly AsyncLocal<(string Stage, string Words)?> _failOn = new();
    private static volatile bool _armed; // set once a test asks for a fault: until then a probe reads one plain static

    /// <summary>Tests only: the stage ("block", "task") and the words whose block or task throws, to show it is contained.</summary>
    internal static (string Stage, string Words)? FailOn
    {
        get => _failOn.Value;
        set { _failOn.Value = value; if (value is not null) _armed = true; }
    }

    /// <summary>Throws when a test asked this stage to fail on text holding these words.</summary>
    internal static void Probe(string stage, string text)
    {
        if (_armed && _failOn.Value is { } f && f.Stage == stage && text.Contains(f.Words, StringComparison.Ordinal))
            throw new InvalidOperationException($"test fault in {stage}");
    }
}
