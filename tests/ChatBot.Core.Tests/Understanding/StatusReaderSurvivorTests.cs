namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Rows for the status reader's word lists that no table reached (mutation testing, docs/TESTING.md): each row's
/// reading changes when the one list entry it names is removed. Notation of <see cref="CaseTable"/>.
/// </summary>
public class StatusReaderSurvivorTests
{
    /// <summary>Done, blocked, acknowledgement and extension phrases that a shorter entry does not stand in for.</summary>
    public static TheoryData<string> Phrases() => [.. CaseTable.Lines("""
        [reply=12] làm xong xuôi em gửi anh                  => unsure progress|done
        [reply=12] xong xuôi em báo anh                      => unsure progress|done
        [reply=12] bi ket do thieu kinh phi                  => blocked "thieu kinh phi"
        [reply=12] dang ket vi thieu nguoi                   => blocked "thieu nguoi"
        nhận nhiệm vụ ạ                                      => ack @-
        nhận văn bản rồi ạ                                   => ack @-
        nhận việc ạ                                          => ack @-
        nhận rồi ạ                                           => ack @-
        [reply=12] dạ rồi ạ                                  => ack
        [reply=12] dạ rồi anh                                => ack
        [reply=12] em lùi hạn đến 20/7                       => ext 2026-07-20
        [reply=12] em lùi hạn 20/7                           => ext 2026-07-20
        [reply=12] lùi thời hạn đến 20/7 được không anh      => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 được không chị       => ext 2026-07-20
        """)];

    /// <summary>A done word after a marker of what is to come, a condition or a hedge is not news of done.</summary>
    public static TheoryData<string> Markers() => [.. CaseTable.Lines("""
        [reply=12] khi xong em gửi anh                       => progress
        [reply=12] bao giờ xong em báo anh ạ                 => progress
        [reply=12] còn lại xong nốt anh ạ                    => progress
        [reply=12] phần còn lại em xong nốt                  => progress
        [reply=12] tuần này xong anh ạ                       => progress
        [reply=12] trong tuần xong ạ                         => progress
        [reply=12] trong tháng xong ạ                        => progress
        [reply=12] nếu xong sớm em báo anh                   => progress
        [reply=12] cần xong gấp anh ạ                        => progress
        [reply=12] em cần xong hồ sơ đã                      => progress
        [reply=12] em phấn đấu cho các thôn cùng xong        => progress
        [reply=12] không biết là đã xong                     => unsure progress|done
        [reply=12] em chưa xử lý được                        => unsure blocked|progress
        [reply=12] không xử lý được                          => unsure blocked|progress
        [reply=12] chưa tiến hành được                       => unsure blocked|progress
        [reply=12] chưa giải quyết được                      => unsure blocked|progress
        [reply=12] chưa tổ chức được                         => unsure blocked|progress
        [reply=12] chưa bắt đầu được                         => unsure blocked|progress
        [reply=12] anh Nam nói là xong                       => done
        [reply=12] họ nói là xong                            => done
        [reply=12] đoàn kiểm tra công nhận là xong           => done
        [reply=12] em báo cáo anh là xong                    => done
        [reply=12] xong đầu tuần                             => done
        [reply=12] xong đầu năm                              => done
        [reply=12] hoàn thành đầu quý                        => done
        [reply=12] xong đầu tiên                             => done
        [reply=12] xong đầu kỳ                               => done
        [reply=12] xong từ đầu giờ                           => done
        [reply=12] xong từ đầu ngày                          => done
        [reply=12] làm được tầm một nửa                      => progress 50
        [reply=12] được chừng một nửa                        => progress 50
        [reply=12] được hơn một nửa                          => progress 50
        [reply=12] xong hơn nửa                              => progress 50
        """)];

    /// <summary>"đó" (that) and "độ", "đồ" after a noun fold to "do" but are no cause: "not done" stays without a reason.</summary>
    public static TheoryData<string> ThatIsNoCause() => [.. CaseTable.Lines("""
        [reply=12] việc đó em làm chưa xong                  => progress
        [reply=12] hôm đó em chưa xong                       => progress
        [reply=12] lúc đó em chưa làm xong                   => progress
        [reply=12] chỗ đó còn chưa xong                      => progress
        [reply=12] ở đó chưa xong anh ạ                      => progress
        [reply=12] khi đó em chưa xong                       => progress
        [reply=12] cái đó em chưa xong                       => progress
        [reply=12] phần đó em chưa xong                      => progress
        [reply=12] nơi đó vẫn chưa xong                      => progress
        [reply=12] chưa xong, em phải vào đó kiểm tra lại    => progress
        [reply=12] từ đó đến nay vẫn chưa xong               => progress
        [reply=12] chưa xong, sau đó em báo anh              => progress
        [reply=12] chưa xong, trước đó em đã báo anh         => progress
        [reply=12] chưa xong, em đang đến đó kiểm tra        => progress
        [reply=12] chưa xong, em đang tới đó kiểm tra        => progress
        [reply=12] ngày đó em chưa xong                      => progress
        [reply=12] chưa xong, buổi đó em bận họp             => progress
        [reply=12] lần đó em chưa xong                       => progress
        [reply=12] dịp đó em chưa xong                       => progress
        [reply=12] vụ đó em chưa xong                        => progress
        [reply=12] chưa xong bản đồ địa chính                => progress
        [reply=12] chuyện đó em chưa xong                    => progress
        [reply=12] chưa xong, tình hình là vậy đó anh        => progress
        [reply=12] chưa xong, tình hình là thế đó anh        => progress
        [reply=12] chưa xong, tiến độ mới được 60%           => progress 60
        [reply=12] việc này đó em chưa xong                  => progress
        [reply=12] chưa xong, chỗ kia đó em chưa đến         => progress
        [reply=12] hôm ấy đó em chưa xong                    => progress
        [reply=12] điều đó em chưa làm xong                  => progress
        [reply=12] việc vẫn do tổ 3 làm, chưa xong           => progress
        [reply=12] chưa xong, em đang ở tại đó kiểm tra      => progress
        [reply=12] chưa xong, em vừa qua đó kiểm tra         => progress
        [reply=12] chưa xong, cửa đó chưa sửa                => progress
        [reply=12] hộ đó chưa ký nên chưa xong               => blocked "hộ đó chưa ký"
        [reply=12] người đó chưa ký nên chưa xong            => blocked "người đó chưa ký"
        """)];

    /// <summary>A reason loses its leading connectives but keeps the person after a verb that takes one ("báo anh").</summary>
    public static TheoryData<string> ReasonEdges() => [.. CaseTable.Lines("""
        [reply=12] vướng nhé, thiếu người                    => blocked "thiếu người"
        [reply=12] chưa xong, lý do là vì thiếu người        => blocked "thiếu người"
        [reply=12] chưa xong do vì thiếu người               => blocked "thiếu người"
        [reply=12] làm thiếu người nên chưa xong             => blocked "thiếu người"
        [reply=12] vướng vì phải làm việc với anh ạ          => blocked "phải làm việc với anh"
        [reply=12] vướng vì chưa gửi cho anh ạ               => blocked "chưa gửi cho anh"
        [reply=12] vướng vì chưa gửi anh ạ                   => blocked "chưa gửi anh"
        [reply=12] vướng vì chưa báo anh ạ                   => blocked "chưa báo anh"
        [reply=12] vướng vì chưa hỏi anh ạ                   => blocked "chưa hỏi anh"
        [reply=12] vướng vì chưa xin anh ạ                   => blocked "chưa xin anh"
        [reply=12] vướng vì chờ chị giúp em ạ                => blocked "chờ chị giúp em"
        [reply=12] vướng vì phải nhờ anh ạ                   => blocked "phải nhờ anh"
        """)];

    /// <summary>What the reader does after a cue: the words after it are still read ("vướng nhưng xong rồi"),
    /// "hết vướng" is no difficulty, a part done is progress, the first call for help decides, a blocked task has no
    /// percent of 100, and news of done elsewhere in the reply does not make a blocked part doubtful.</summary>
    public static TheoryData<string> Rules() => [.. CaseTable.Lines("""
        [reply=12] hoàn thành nhưng vướng thủ tục            => unsure blocked|done
        [reply=12] xong nhưng vướng thủ tục thanh toán       => unsure blocked|done
        [reply=12] vướng nhưng xong rồi                      => unsure blocked|done
        [reply=12] có vướng nhưng xong rồi anh               => unsure blocked|done
        [reply=12] hơi chậm nhưng xong rồi ạ                 => done
        [reply=12] chậm nhưng xong rồi                       => done
        [reply=12] hết vướng rồi anh, em đang làm tiếp       => progress
        [reply=12] đã hết khó khăn, đang triển khai          => progress
        [reply=12] em đã làm được phần lớn                   => progress
        [reply=12] đã triển khai được phần lớn rồi anh       => progress
        [reply=12] danh sách trẻ em do tổ dân phố lập        => none
        [reply=12] tiêm chủng cho trẻ em do trạm y tế làm    => none
        [reply=12] đã làm một phần                           => progress
        [reply=12] đã triển khai 2/3                         => progress
        [reply=12] khó quá, cần hỗ trợ                       => blocked "cần hỗ trợ"
        [reply=12] khó lắm anh, xin ý kiến chỉ đạo           => blocked "xin ý kiến chỉ đạo"
        [reply=12] đạt 100% nhưng vướng do thiếu kinh phí    => blocked "thiếu kinh phí"
        [reply=12] thôn 1 xong rồi, thôn 2 chưa xong vì thiếu người => blocked "thiếu người"
        [reply=12] tổ 1 xong rồi, tổ 2 chưa xong do thiếu người     => blocked "thiếu người"
        """)];

    [Theory]
    [MemberData(nameof(Rules))]
    [MemberData(nameof(Phrases))]
    [MemberData(nameof(Markers))]
    [MemberData(nameof(ThatIsNoCause))]
    [MemberData(nameof(ReasonEdges))]
    public void Each_list_entry_decides_a_reading(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
