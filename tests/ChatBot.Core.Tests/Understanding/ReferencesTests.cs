namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Which tasks or list items a reply names, and how news for several of them is split (notation of
/// <see cref="CaseTable"/>): joiners, numbered items, "hết"/"tất cả" on a list, numbers that are percents.
/// </summary>
public class ReferencesTests
{
    private const string Replies = """
        xong #12 rồi, #13 thì đang làm                  => several done @12 ; progress @13
        #12 với #13 đã xong                             => done @12,13
        #12 cùng #13 đã xong                            => done @12,13
        [leader] tổng hợp: #12 xong, #13 đang làm       => several done @12 ; progress @13
        [list=3] 2 xong, 15 đang làm                    => several done @2 ; progress @15
        [list=3] 1 xong, #13 đang làm                   => several done @L1 ; progress @13
        [list=3] hoàn thành hết rồi                     => done @L1,2,3
        [list=3] xong rồi                               => done @-
        [list=3] xong hết, không vướng gì               => done @L1,2,3
        [list=4] dạ 2. xong                             => done @L2
        [list=4] dạ 3) đang làm                         => progress @L3
        [reply=12] việc 80 phần trăm rồi                => progress 80
        [reply=12] nhiệm vụ 80% rồi                     => progress 80
        """;

    public static TheoryData<string> Lines() => [.. CaseTable.Lines(Replies)];

    [Theory, MemberData(nameof(Lines))]
    public void A_reply_names_its_tasks_and_items(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
