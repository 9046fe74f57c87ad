namespace ChatBot.Core.Tests.Understanding;

/// <summary>A month number that ends a sentence ("đến hết tháng 8. Em cảm ơn") is a month, not the start of a date "8.x",
/// and not a task number: the full stop ends the sentence only when no number is glued after it ("8.2027" is a year).</summary>
public sealed class MonthAtSentenceEndTests
{
    public static TheoryData<string> Lines() => [.. CaseTable.Lines("""
        [reply=12] xin gia hạn đến hết tháng 8. Em cảm ơn               => ext 2026-08-31 @12
        [reply=12] xin gia hạn đến hết tháng 8.                         => ext 2026-08-31 @12
        [reply=12] cho em lùi đến cuối tháng 9. Cảm ơn anh              => ext 2026-09-30 @12
        [reply=12] xin lùi sang tháng 8. Chờ kinh phí                   => ext ~2026-08-31 "Chờ kinh phí" @12
        [reply=12] xin gia hạn đến hết tháng 8 - chờ kinh phí           => ext 2026-08-31 "chờ kinh phí" @12
        [reply=12] xin gia hạn đến hết tháng 8.2027                     => ext 2027-08-31 @12
        [reply=12] cho em lùi đến ngày 20 tháng 8. Em cảm ơn            => ext 2026-08-20 @12
        việc 1 xong. 2. đang làm                                         => several done @1 ; progress @2
        [list=3] 1 xong, 2. đang làm                                     => several done @L1 ; progress @L2
        """)];

    [Theory, MemberData(nameof(Lines))]
    public void A_month_that_ends_a_sentence_is_read_as_the_month(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
