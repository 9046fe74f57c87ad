using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>How a line of a measured (blind) table was read.</summary>
internal enum Outcome
{
    /// <summary>Read exactly as expected.</summary>
    Understood,
    /// <summary>The right kind of intent for the right tasks, but a detail differs (percent, reason, date, unit, window).</summary>
    Detail,
    /// <summary>Asked (unsure) or left unread: nothing changes, the writer is asked or told the bot did not understand.</summary>
    Asked,
    /// <summary>Applied one of the statuses the writer offered as doubtful, instead of asking.</summary>
    Guessed,
    /// <summary>A status applied that the writer did not mean: the serious error.</summary>
    WrongStatus,
    /// <summary>Another wrong reading that moves no task (a question of the wrong kind, a request not meant).</summary>
    Wrong,
}

internal static partial class CaseTable
{
    public static Outcome Score(string line, DateOnly? today = null)
    {
        var (text, ctx, expected) = Parse(line, today);
        var actual = ReplyUnderstander.Read(text, ctx);
        if (Compare(actual, expected, ctx) is null) return Outcome.Understood;

        var meant = Applied(expected, ctx);
        var done = Applied(actual);
        if (done.Count > 0)
        {
            if (done.All(meant.Contains)) return Outcome.Detail;
            if (expected.StartsWith("unsure", StringComparison.Ordinal))
            {
                var offered = expected.Split(' ')[1].Split('|').Select(StatusOf).ToHashSet();
                return done.All(d => offered.Contains(d.Status)) ? Outcome.Guessed : Outcome.WrongStatus;
            }
            return Outcome.WrongStatus;
        }
        if (actual is Intent.Unsure or Intent.NotUnderstood) return Outcome.Asked;
        return SameShape(actual, expected) ? Outcome.Detail : Outcome.Wrong;
    }

    private static bool SameShape(Intent actual, string expected)
    {
        var word = expected.Split(' ')[0];
        return actual switch
        {
            Intent.Extension => word == "ext",
            Intent.Question q => word == "q" && Compare(q, expected, new UnderstandingContext(Today)) is "unit differs" or "window differs" or "document differs" or "own unit differs",
            Intent.Status or Intent.Several => true,
            _ => false,
        };
    }

    /// <summary>The (task, status) pairs a reading would apply.</summary>
    private static HashSet<(TaskRef Task, WorkStatus Status)> Applied(Intent intent) => intent switch
    {
        Intent.Status s => [.. s.Tasks.Select(t => (t, s.Change.Status))],
        Intent.Several v => [.. v.Parts.SelectMany(Applied)],
        _ => [],
    };

    private static HashSet<(TaskRef Task, WorkStatus Status)> Applied(string expected, UnderstandingContext ctx)
    {
        var word = expected.Split(' ')[0];
        if (word == "several")
            return [.. expected["several".Length..].Split(';').SelectMany(p => Applied(p.Trim(), ctx with { RepliedTask = null }))];
        if (word is not ("done" or "progress" or "blocked" or "ack")) return [];
        var (_, tasks) = SplitTasks(expected, ctx);
        return [.. tasks.Select(t => (t, StatusOf(word)))];
    }

    /// <summary>Scores a blind set's lines: the count of each outcome; every line not read as meant, and the totals, are
    /// written to <paramref name="write"/> (the test's output).</summary>
    public static (int Total, Dictionary<Outcome, int> Counts) Tally(IEnumerable<string> lines, string name, Action<string> write, DateOnly? today = null)
    {
        var counts = Enum.GetValues<Outcome>().ToDictionary(o => o, _ => 0);
        var total = 0;
        foreach (var line in lines)
        {
            total++;
            var outcome = Score(line, today);
            counts[outcome]++;
            if (outcome != Outcome.Understood) write($"{outcome,-11} {Check(line, today)}");
        }
        write($"{name}: {total} — " + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
        return (total, counts);
    }
}
