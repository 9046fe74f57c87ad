namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// The status reader's edges that the phrasing tables leave loose, found by mutation testing (docs/TESTING.md, session 23):
/// each row is a case-table line (<see cref="CaseTable"/>: the exact intent, tasks, percent, date and reason), several
/// wordings a rule. Today is Wednesday 08/07/2026.
/// </summary>
public class StatusReaderEdgeTests
{
    /// <summary>Acknowledgements (StatusReader.Acks.cs): only weak words, particles and vocatives; or a leading "ok/vâng/rõ"
    /// with no negation after it; punctuation and the task's own reference do not count against them.</summary>
    public static TheoryData<string> Acks() => [.. CaseTable.Lines("""
        [reply=12] ok. => ack
        [reply=12] vâng ạ! => ack
        [reply=12] ok 👍 => ack
        [reply=12] 👍 => ack
        [reply=12] ok 2 => ack
        #12 ok => ack @12
        #12 vâng ạ => ack @12
        [reply=12] nhận ok nhé => ack
        [reply=12] nhận nhé => ack
        [reply=12] dạ, nhận ạ => ack
        [reply=12] dạ anh => ack
        [reply=12] dạ anh ạ => ack
        [reply=12] dạ rõ => ack
        [reply=12] vâng em => ack
        [reply=12] em ạ => none
        [reply=12] rồi ạ => none
        [reply=12] em rồi => none
        [reply=12] - ok anh, em triển khai luôn => ack
        [reply=12] ... vâng, em làm ngay => ack
        [reply=12] vâng, em làm ngay => ack
        [reply=12] rõ, em triển khai luôn => ack
        [reply=12] ok anh, nhưng em không đi họp được => none
        [reply=12] ok nhưng em chưa làm => none
        [reply=12] ok anh, em chưa xem => none
        [reply=12] ok chưa => none
        [reply=12] ok em không làm được => unsure blocked|progress
        """)];

    /// <summary>"Sent the result" (SendsResult): the writer sends one of the result words within three words; a request to
    /// be sent ("anh gửi lại file giúp em") is not news.</summary>
    public static TheoryData<string> SentResults() => [.. CaseTable.Lines("""
        [reply=12] em gửi anh kết quả => unsure done|progress
        [reply=12] em gửi kết quả => unsure done|progress
        [reply=12] em gửi báo cáo => unsure done|progress
        [reply=12] em gửi hồ sơ => unsure done|progress
        [reply=12] em gửi file => unsure done|progress
        [reply=12] em gửi sản phẩm => unsure done|progress
        [reply=12] em nộp hồ sơ => unsure done|progress
        [reply=12] em gửi anh chị kết quả => unsure done|progress
        [reply=12] em gửi ba bản kết quả => unsure done|progress
        [reply=12] tôi gửi kết quả => unsure done|progress
        [reply=12] em gửi anh chị trong phòng kết quả => none
        [reply=12] chị gửi kết quả nhé => none
        [reply=12] anh gửi file cho em => none
        [reply=12] gửi lại file giúp em => none
        [reply=12] em gửi lại kết quả => none
        [reply=12] em gửi giúp file => none
        [reply=12] em gửi gium file => none
        """)];

    /// <summary>Requests for more time (StatusReader.Extension.cs): the cue words, "dời" asked for (never "đợi"), "thêm"/"lùi"
    /// with a duration, the date after the cue or else before it, and the reason after the date unless only polite words.</summary>
    public static TheoryData<string> Extensions() => [.. CaseTable.Lines("""
        [reply=12] xin dời sang thứ 6 => ext 2026-07-10
        [reply=12] em xin dời đến 20/7 => ext 2026-07-20
        [reply=12] cho em dời tới thứ 2 tuần sau => ext 2026-07-13
        [reply=12] xin dời lại 20/7 => ext 2026-07-20
        [reply=12] đợi đến thứ 6 => none
        [reply=12] em xin đợi sang thứ 6 => none
        [reply=12] dời sang thứ 6 => none
        [reply=12] xin dời thứ 6 => none
        [reply=12] đã được gia hạn đến 20/7 => none
        [reply=12] được gia hạn rồi => none
        [reply=12] xin được gia hạn đến 20/7 => ext 2026-07-20
        [reply=12] không cần gia hạn, em xin lùi sang 25/7 => ext 2026-07-25
        [reply=12] không cần gia hạn đâu => none
        [reply=12] 20/7 em xin gia hạn => ext 2026-07-20
        [reply=12] đến 20/7 cho em gia hạn nhé => ext 2026-07-20
        [reply=12] thứ 6 tuần sau xin lùi hạn => ext 2026-07-17
        [reply=12] 20/7 gia hạn chờ kinh phí => ext 2026-07-20
        [reply=12] thứ 6 gia hạn nhé, chờ dân ký => ext 2026-07-10
        [reply=12] xin gia hạn 20/7 => ext 2026-07-20
        [reply=12] xin lui han 20/7 => ext 2026-07-20
        [reply=12] xin lùi thời hạn đến 20/7 => ext 2026-07-20
        [reply=12] keo dai thoi gian den 20/7 => ext 2026-07-20
        [reply=12] xin hoãn đến 20/7 => ext 2026-07-20
        [reply=12] xin gian han den 20/7 => ext 2026-07-20
        [reply=12] em xin phép anh chị cho lùi => ext ?
        [reply=12] em xin phép anh cho lùi => ext ?
        [reply=12] xin anh chị em cho lùi => ext ?
        [reply=12] hôm qua em xin lùi => ext ?
        [reply=12] cho lùi => ext ?
        [reply=12] đề nghị lùi => ext ?
        [reply=12] em xin phép anh chị cho lùi 2 ngày => ext +2d
        [reply=12] đề nghị cho thêm 5 ngày => ext +5d
        [reply=12] em xin thêm 5 ngày => ext +5d
        [reply=12] xin thêm 2 tuần => ext +14d
        [reply=12] xin thêm 1 tháng => ext +30d
        [reply=12] xin thêm ba hôm => ext +3d
        [reply=12] thêm 5 ngày => none
        [reply=12] xin thêm 0 ngày => none
        [reply=12] xin thêm 5 hộ => none
        [reply=12] lùi 1 tuần => ext +7d
        [reply=12] lùi 3 hôm => ext +3d
        [reply=12] lùi 2 tháng => ext +60d
        [reply=12] xin gia hạn đến 20/7 được không anh => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 nhé em cảm ơn => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 như thế nào => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 giúp em với => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 xin phép anh => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 chờ kinh phí => ext 2026-07-20 "chờ kinh phí"
        [reply=12] xin gia hạn đến 20/7 vì chờ kinh phí => ext 2026-07-20 "chờ kinh phí"
        [reply=12] vì chờ kinh phí nên xin gia hạn đến 20/7 => ext 2026-07-20 "chờ kinh phí"
        [reply=12] 20/7 chờ kinh phí, xin gia hạn => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 làm tiếp => ext 2026-07-20 "làm tiếp"
        [reply=12] xin gia hạn đến 20/7 vậy thì tốt => ext 2026-07-20 "vậy thì tốt"
        [reply=12] xin gia hạn 20/7 đến thứ hai => ext 2026-07-20 "đến thứ hai"
        """)];

    [Theory, MemberData(nameof(Acks))]
    public void An_acknowledgement_is_read_exactly(string line) => Expect(line);

    [Theory, MemberData(nameof(SentResults))]
    public void Sending_the_result_is_read_exactly(string line) => Expect(line);

    [Theory, MemberData(nameof(Extensions))]
    public void A_request_for_more_time_is_read_exactly(string line) => Expect(line);

    private static void Expect(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
