namespace ChatBot.Core.Tests.Understanding;

/// <summary>The written phrasings: every line must be read as its expected intent.</summary>
public class UnderstandingTableTests
{
    public static TheoryData<string> Replies() => [.. CaseTable.Lines(ReplyCases.Table)];
    public static TheoryData<string> Questions() => [.. CaseTable.Lines(QuestionCases.Table)];
    public static TheoryData<string> HeldOut() => [.. CaseTable.Lines(HoldoutCases.Replies).Concat(CaseTable.Lines(HoldoutCases.Questions))];

    [Theory, MemberData(nameof(Replies))]
    public void A_reply_is_read_as_the_official_meant_it(string line) => Expect(line);

    [Theory, MemberData(nameof(Questions))]
    public void A_question_is_read_as_the_chief_meant_it(string line) => Expect(line);

    /// <summary>The held-out phrasings, written after the code was believed done (see docs/CONVERSATION.md for the first score).</summary>
    [Theory, MemberData(nameof(HeldOut))]
    public void A_held_out_phrasing_is_read_as_meant(string line) => Expect(line);

    private static void Expect(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
