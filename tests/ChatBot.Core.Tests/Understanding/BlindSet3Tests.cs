using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>Scores blind set 3 (<see cref="BlindSet3Cases"/>), prints every line not read as expected, and fails on a wrong
/// status, a guess where the writer was doubtful, or fewer lines read as meant than after the fixes that followed its run.</summary>
public class BlindSet3Tests(ITestOutputHelper output)
{
    /// <summary>Each part: its sizes, and its floors — the figures after the fixes that followed the one blind run
    /// (docs/CONVERSATION.md).</summary>
    [Theory]
    [InlineData("A", 120, 40, 142, 47)]
    [InlineData("B", 80, 25, 90, 29)]
    public void Blind_set_3_is_scored(string part, int replySize, int questionSize, int repliesRead, int questionsRead)
    {
        var (replyLines, questionLines) = part == "A"
            ? (BlindSet3Cases.Replies, BlindSet3Cases.Questions)
            : (BlindSet3Cases.RepliesB, BlindSet3Cases.QuestionsB);
        var replies = Tally(CaseTable.Lines(replyLines), $"replies {part}");
        var questions = Tally(CaseTable.Lines(questionLines), $"questions {part}");
        Assert.True(replies.Total >= replySize && questions.Total >= questionSize, $"part {part} keeps its size");
        NoWrongStatus(replies.Counts, questions.Counts);
        Assert.True(replies.Counts[Outcome.Understood] >= repliesRead && questions.Counts[Outcome.Understood] >= questionsRead,
            "fewer lines read as meant than after the fixes");
    }

    /// <summary>The serious error: a status the writer did not mean, or a doubtful reply applied instead of asked.</summary>
    private static void NoWrongStatus(params Dictionary<Outcome, int>[] tallies)
    {
        foreach (var t in tallies)
        {
            Assert.Equal(0, t[Outcome.WrongStatus]);
            Assert.Equal(0, t[Outcome.Guessed]);
        }
    }

    private (int Total, Dictionary<Outcome, int> Counts) Tally(IEnumerable<string> lines, string name) =>
        CaseTable.Tally(lines, name, output.WriteLine);
}
