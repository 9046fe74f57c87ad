namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// A negated quantifier ("chưa có người nào", "không có đơn vị nào", "chẳng có ai") denies the "done" word after the
/// noun it counts, however long that noun is: "chưa có người nào làm xong" is not done. Without the negator the same
/// words stay as they were read. Case-table lines (<see cref="CaseTable"/>); today is Wednesday 08/07/2026.
/// </summary>
public class NegationReachTests
{
    public static TheoryData<string> NegatedQuantifiers() => [.. CaseTable.Lines("""
        [reply=12] chưa có người nào làm xong => progress
        [reply=12] chưa có hộ dân nào ký xong => progress
        [reply=12] không có đơn vị nào nộp xong => progress
        [reply=12] hiện chưa có tổ dân phố nào báo cáo xong => progress
        [reply=12] chẳng có ai trong tổ làm xong => progress
        [reply=12] chưa có ai làm xong => progress
        [reply=12] tổ nào cũng đã làm xong => done
        [reply=12] có người đã làm xong => done
        """)];

    [Theory, MemberData(nameof(NegatedQuantifiers))]
    public void A_negated_quantifier_denies_the_done_word_after_its_noun(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
