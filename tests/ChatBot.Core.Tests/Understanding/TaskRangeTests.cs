namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// A range of tasks or list items ("#12-14", "#12 đến #14", "1-3 xong" in answer to a list) names every task between,
/// at most twenty apart; a date ("12-7", "20/7"), a percent or a count after "đến" is no range. Case-table lines
/// (<see cref="CaseTable"/>); today is Wednesday 08/07/2026.
/// </summary>
public class TaskRangeTests
{
    public static TheoryData<string> Ranges() => [.. CaseTable.Lines("""
        [list=5] 1-3 xong => done @L1,2,3
        [list=5] 1 - 3 xong => done @L1,2,3
        [list=5] 1 đến 3 xong => done @L1,2,3
        [list=5] 2-4 đang làm => progress @L2,3,4
        #12-14 xong => done @12,13,14
        #12-#14 xong => done @12,13,14
        #12 đến #14 xong => done @12,13,14
        #12 tới 14 xong => done @12,13,14
        #7 - 9 xong => done @7,8,9
        #12, #15-16 xong => done @12,15,16
        """)];

    [Theory, MemberData(nameof(Ranges))]
    public void A_range_names_every_task_between(string line) => Expect(line);

    public static TheoryData<string> NoRanges() => [.. CaseTable.Lines("""
        #12 xong 60% => progress 60 @12
        #14-12 xong => done @-
        #12 đến 20/7 xong => done @12
        #12 đến 15 ngày nữa xong => progress @12
        #1-40 xong => done @-
        [list=5] 15-7 xong => done @-
        """)];

    [Theory, MemberData(nameof(NoRanges))]
    public void No_range_where_the_second_number_is_no_later_task(string line) => Expect(line);

    private static void Expect(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
