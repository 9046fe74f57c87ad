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

    /// <summary>Session 26 (mutation run of StatusReader.Reasons.cs): "vì sao" and "đô thị" are no cause; "dở dang" after
    /// "đang", "bị", "vẫn", "việc" is no cause; "do" after news ("chưa", "hoàn thành", "vướng", "chậm") is a cause, but
    /// after a plain noun and before who manages it names the agent — looked for in the 8 words before "do" only; a cause
    /// said before the difficulty word ends at it; "nhất" ends "hợp nhất", "đồng nhất", "duy nhất"; "nhưng … chưa" six
    /// words on and "còn … chưa" five words on still leave the work unfinished.</summary>
    public static TheoryData<string> CausesAndAgents() => [.. CaseTable.Lines("""
        [reply=12] vướng, chưa rõ vì sao                                   => blocked "chưa rõ vì sao"
        [reply=12] vướng, chờ phòng đô thị duyệt                           => blocked "chờ phòng đô thị duyệt"
        [reply=12] chưa xong, hồ sơ đang dở dang                           => progress
        [reply=12] chưa xong, công trình bị dở dang                        => progress
        [reply=12] chưa xong, việc vẫn dở dang                             => progress
        [reply=12] chưa xong, nhiều việc dở dang                           => progress
        [reply=12] hồ sơ đang dở dang, vướng thủ tục                       => blocked "thủ tục"
        [reply=12] đường do phường quản lý chưa sửa xong                   => progress
        [reply=12] nhà do phường quản lý chưa sửa xong                     => progress
        [reply=12] chưa xong hồ sơ cấp đổi giấy chứng nhận cho các hộ dân do phường quản lý => progress
        [reply=12] chưa ký do phường quản lý chậm                          => blocked "phường quản lý"
        [reply=12] hoàn thành 50% do phường quản lý chậm                   => blocked 50 "phường quản lý"
        [reply=12] vướng do phường quản lý chậm                            => blocked "phường quản lý chậm"
        [reply=12] bị chậm do phường quản lý chưa duyệt                    => blocked "phường quản lý chưa duyệt"
        [reply=12] chậm do phường quản lý chưa duyệt                       => blocked "phường quản lý chưa duyệt"
        [reply=12] hồ sơ do phường không cấp phép nên chưa làm được        => blocked "phường không cấp phép"
        [reply=12] do thiếu người vướng quá anh ạ                          => blocked "thiếu người"
        [reply=12] vướng vì kinh phí chưa hợp nhất                         => blocked "kinh phí chưa hợp nhất"
        [reply=12] vướng vì số liệu các tổ chưa đồng nhất                  => blocked "số liệu các tổ chưa đồng nhất"
        [reply=12] vướng vì cả phường chỉ có một xe duy nhất               => blocked "cả phường chỉ có một xe duy nhất"
        [reply=12] xong rồi, còn vướng chữ ký                              => unsure blocked|done
        [reply=12] xong rồi nhưng hồ sơ của tổ 5 chưa ký                   => unsure done|progress
        [reply=12] xong rồi, còn hồ sơ của tổ chưa ký                      => progress
        """)];

    /// <summary>Session 26 (Stryker's survivors in StatusReader.Reasons.cs): what a reason keeps and drops at its edges —
    /// "anh ơi" before it, a full stop, "nhé anh", a closing number, "rơi"/"rời" (no "rồi") — and an obstacle said just
    /// before "không thể"; "do" after news in an earlier clause still names the agent; "do" followed only by a lead-in
    /// ("bị", "đang", "vẫn", "còn", "hơi", "rất", "gặp") opens the difficulty word, whose reason follows it.</summary>
    public static TheoryData<string> ReasonEdges() => [.. CaseTable.Lines("""
        [reply=12] vướng, anh ơi thiếu người                 => blocked "thiếu người"
        [reply=12] vướng vì thiếu người.                     => blocked "thiếu người"
        [reply=12] vướng vì thiếu người...                   => blocked "thiếu người"
        [reply=12] vướng vì thiếu người !!                   => blocked "thiếu người"
        [reply=12] vướng vì thiếu người nhé anh              => blocked "thiếu người"
        [reply=12] vướng vì chưa có kinh phí đợt 2           => blocked "chưa có kinh phí đợt 2"
        [reply=12] vướng vì hồ sơ bị đánh rơi                => blocked "hồ sơ bị đánh rơi"
        [reply=12] vướng vì máy móc bị tháo rời              => blocked "máy móc bị tháo rời"
        [reply=12] chưa có kinh phí không thể làm            => blocked "chưa có kinh phí"
        [reply=12] thiếu người không thể triển khai          => blocked "thiếu người"
        [reply=12] chưa xong, nhà do phường quản lý chưa sửa => progress
        [reply=12] do bị vướng thủ tục                       => blocked "thủ tục"
        [reply=12] do đang vướng thủ tục                     => blocked "thủ tục"
        [reply=12] do vẫn vướng thủ tục                      => blocked "thủ tục"
        [reply=12] do còn vướng thủ tục                      => blocked "thủ tục"
        [reply=12] do hơi vướng thủ tục                      => blocked "thủ tục"
        [reply=12] do rất vướng thủ tục                      => blocked "thủ tục"
        [reply=12] do gặp vướng mắc về thủ tục               => blocked "thủ tục"
        """)];

    /// <summary>"Not done" with a soft obstacle after it asks whether it blocks; the obstacle offered as the reason starts at
    /// "còn" when "còn" leads it ("còn thiếu kinh phí"), else at the obstacle ("thiếu kinh phí").</summary>
    [Theory]
    [InlineData("chưa xong, còn thiếu kinh phí", "còn thiếu kinh phí")]
    [InlineData("chưa xong, vẫn còn thiếu người ạ", "còn thiếu người")]
    [InlineData("chưa xong, thiếu kinh phí", "thiếu kinh phí")]
    [InlineData("chưa xong, chưa có kinh phí", "chưa có kinh phí")]
    [InlineData("chưa xong, không có kinh phí", "không có kinh phí")]
    [InlineData("chưa xong, hiện thiếu kinh phí", "thiếu kinh phí")]
    public void A_soft_obstacle_is_offered_as_the_reason_from_where_it_starts(string text, string reason)
    {
        var reading = ReplyUnderstander.Read(text, new UnderstandingContext(CaseTable.Today) { RepliedTask = 12 });
        var unsure = Assert.IsType<Intent.Unsure>(reading);
        Assert.Equal(reason, unsure.Candidates.Single(c => c.Status == WorkStatus.Blocked).Reason);
    }

    [Theory]
    [MemberData(nameof(Causes))]
    [MemberData(nameof(NotQuiteDone))]
    [MemberData(nameof(CausesAndAgents))]
    [MemberData(nameof(ReasonEdges))]
    public void Each_rule_decides_a_reading(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
