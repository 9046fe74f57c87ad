using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>Scores blind set 5 (<see cref="BlindSet5Cases"/>, today <see cref="BlindSet5Cases.Today"/>), prints every
/// line not read as expected, and fails on a wrong status or a guess where the writer was doubtful. The replies are
/// <see cref="BlindSet5Cases.Replies"/> and the replies typed on several lines (<see cref="BlindSet5Cases.OnLines"/>, a
/// literal <c>\n</c> put back as a line break). The floors were 0 until the lead's one blind run set them
/// (docs/CONVERSATION.md, "Blind set 5"); raised to the figures understand16 reached.</summary>
public class BlindSet5Tests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(285, 82, 284, 74)]
    public void Blind_set_5_is_scored(int replySize, int questionSize, int repliesRead, int questionsRead)
    {
        var replyLines = CaseTable.Lines(BlindSet5Cases.Replies)
            .Concat(CaseTable.Lines(BlindSet5Cases.OnLines).Select(l => l.Replace("\\n", "\n", StringComparison.Ordinal)));
        var replies = Tally(replyLines, "replies");
        var questions = Tally(CaseTable.Lines(BlindSet5Cases.Questions), "questions");
        Assert.True(replies.Total >= replySize && questions.Total >= questionSize, "the set keeps its size");
        foreach (var t in new[] { replies.Counts, questions.Counts })
        {
            Assert.Equal(0, t[Outcome.WrongStatus]);
            Assert.Equal(0, t[Outcome.Guessed]);
        }
        Assert.True(replies.Counts[Outcome.Understood] >= repliesRead && questions.Counts[Outcome.Understood] >= questionsRead,
            "fewer lines read as meant than the floor");
    }

    private (int Total, Dictionary<Outcome, int> Counts) Tally(IEnumerable<string> lines, string name) =>
        CaseTable.Tally(lines, name, output.WriteLine, BlindSet5Cases.Today);
}
