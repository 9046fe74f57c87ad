using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>Scores blind set 3 (<see cref="BlindSet3Cases"/>) and prints every line not read as expected.</summary>
public class BlindSet3Tests(ITestOutputHelper output)
{
    [Fact]
    public void Blind_set_3_is_scored()
    {
        var replies = Tally(CaseTable.Lines(BlindSet3Cases.Replies), "replies");
        var questions = Tally(CaseTable.Lines(BlindSet3Cases.Questions), "questions");
        Assert.True(replies.Total >= 120 && questions.Total >= 40, "the blind set keeps its size");
    }

    [Fact]
    public void Blind_set_3_part_B_is_scored()
    {
        var replies = Tally(CaseTable.Lines(BlindSet3Cases.RepliesB), "replies B");
        var questions = Tally(CaseTable.Lines(BlindSet3Cases.QuestionsB), "questions B");
        Assert.True(replies.Total >= 80 && questions.Total >= 25, "part B keeps its size");
    }

    private (int Total, Dictionary<Outcome, int> Counts) Tally(IEnumerable<string> lines, string name)
    {
        var counts = Enum.GetValues<Outcome>().ToDictionary(o => o, _ => 0);
        var total = 0;
        foreach (var line in lines)
        {
            total++;
            var outcome = CaseTable.Score(line);
            counts[outcome]++;
            if (outcome != Outcome.Understood) output.WriteLine($"{outcome,-11} {CaseTable.Check(line)}");
        }
        output.WriteLine($"{name}: {total} — " + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
        return (total, counts);
    }
}
