using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;

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

    /// <summary>"Not done" with a soft obstacle after it asks whether it blocks; the obstacle offered as the reason starts at
    /// "còn" when "còn" leads it ("còn thiếu kinh phí"), else at the obstacle ("thiếu kinh phí").</summary>
    [Theory]
    [InlineData("chưa xong, còn thiếu kinh phí", "còn thiếu kinh phí")]
    [InlineData("chưa xong, vẫn còn thiếu người ạ", "còn thiếu người")]
    [InlineData("chưa xong, thiếu kinh phí", "thiếu kinh phí")]
    [InlineData("chưa xong, chưa có kinh phí", "chưa có kinh phí")]
    public void A_soft_obstacle_is_offered_as_the_reason_from_where_it_starts(string text, string reason)
    {
        var reading = ReplyUnderstander.Read(text, new UnderstandingContext(CaseTable.Today) { RepliedTask = 12 });
        var unsure = Assert.IsType<Intent.Unsure>(reading);
        Assert.Equal(reason, unsure.Candidates.Single(c => c.Status == WorkStatus.Blocked).Reason);
    }

    [Theory]
    [MemberData(nameof(Causes))]
    [MemberData(nameof(NotQuiteDone))]
    public void Each_rule_decides_a_reading(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
