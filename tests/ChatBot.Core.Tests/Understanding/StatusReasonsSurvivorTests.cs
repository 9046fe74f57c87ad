namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Rows for the reason and "not quite done" rules of the status reader (StatusReader.Reasons.cs) that mutation testing
/// found loose (docs/TESTING.md). Notation of <see cref="CaseTable"/>.
/// </summary>
public class StatusReasonsSurvivorTests
{
    /// <summary>Cause and consequence markers, and the words that look like "vì"/"do" but are none ("vi phạm", "vị trí",
    /// "ví dụ", "đơn vị", "dở dang").</summary>
    public static TheoryData<string> Causes() => [.. CaseTable.Lines("""
        [reply=12] chưa xong, lý do: thiếu người             => blocked "thiếu người"
        [reply=12] chưa xong, nguyên nhân: thiếu người       => blocked "thiếu người"
        [reply=12] thiếu người, vì thế chưa xong             => blocked "thiếu người"
        [reply=12] thiếu người, vì vậy chưa xong             => blocked "thiếu người"
        [reply=12] thiếu người, do đó chưa xong              => blocked "thiếu người"
        [reply=12] thiếu người, do vậy chưa xong             => blocked "thiếu người"
        [reply=12] thiếu người cho nên chưa xong             => blocked "thiếu người"
        [reply=12] chưa xong, còn 2 hộ vi phạm chưa tháo dỡ  => progress
        [reply=12] chưa xong, vị trí đặt trạm chưa thống nhất => progress
        [reply=12] chưa xong, ví dụ hộ ông Ba chưa ký        => progress
        [reply=12] chưa xong, đơn vị bạn chưa gửi số liệu    => progress
        [reply=12] việc còn dở dang, chưa xong               => progress
        [reply=12] em làm dở dang, chưa xong                 => progress
        [reply=12] vẫn dở dang, chưa xong anh ạ              => progress
        [reply=12] chưa xong nhưng không thiếu gì            => progress
        [reply=12] rất khó vì dân không đồng thuận           => blocked "dân không đồng thuận"
        [reply=12] hơi khó vì thiếu người                    => blocked "thiếu người"
        [reply=12] quá khó vì thiếu kinh phí                 => blocked "thiếu kinh phí"
        [reply=12] khó quá vì thiếu kinh phí                 => blocked "thiếu kinh phí"
        """)];

    /// <summary>After a done word: "còn chờ/đợi/thiếu/phải…" and "mà chưa…" make it doubtful; "còn vài/mấy/một số…",
    /// a number or a negator after "còn" leave part of the work.</summary>
    public static TheoryData<string> NotQuiteDone() => [.. CaseTable.Lines("""
        [reply=12] đã xong, còn chờ ký                       => unsure done|progress
        [reply=12] xong rồi, còn đợi duyệt                   => unsure done|progress
        [reply=12] xong rồi, còn thiếu chữ ký                => unsure done|progress
        [reply=12] xong rồi, còn phải trình ký               => unsure done|progress
        [reply=12] xong rồi mà chưa ai ký                    => unsure done|progress
        [reply=12] xong rồi, còn vài hộ                      => progress
        [reply=12] xong rồi, còn mấy hộ                      => progress
        [reply=12] xong rồi, còn một số hộ                   => progress
        [reply=12] xong rồi, còn một ít                      => progress
        [reply=12] xong rồi, còn lại tuần sau làm            => progress
        [reply=12] xong rồi, còn 3 hộ                        => progress
        [reply=12] xong rồi, còn hộ ông Ba chưa ký           => progress
        """)];

    [Theory]
    [MemberData(nameof(Causes))]
    [MemberData(nameof(NotQuiteDone))]
    public void Each_rule_decides_a_reading(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
