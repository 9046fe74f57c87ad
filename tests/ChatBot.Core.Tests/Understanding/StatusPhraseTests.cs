namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Every phrase of the status reader's lists, each in a reply where it alone decides the reading (notation of
/// <see cref="CaseTable"/>): done and "sent it" news, difficulties, delays with a cause, progress, acknowledgements,
/// requests for more time, and the words that place a "done" word (almost, to come, hedged) or soften a difficulty.
/// </summary>
public class StatusPhraseTests
{
    private const string Done = """
        [reply=12] em finished rồi                        => done
        [reply=12] hoàn thành rồi ạ                       => done
        [reply=12] em đã làm                              => unsure done|progress
        [reply=12] làm rồi anh                            => unsure done|progress
        [reply=12] em đã thực hiện                        => unsure done|progress
        [reply=12] thực hiện rồi anh                      => unsure done|progress
        [reply=12] em đã triển khai                       => unsure done|progress
        [reply=12] triển khai rồi anh                     => unsure done|progress
        [reply=12] em đã gửi                              => unsure done|progress
        [reply=12] gửi rồi anh                            => unsure done|progress
        [reply=12] em đã nộp                              => unsure done|progress
        [reply=12] nộp rồi anh                            => unsure done|progress
        [reply=12] em đã báo cáo                          => unsure done|progress
        [reply=12] báo cáo rồi anh                        => unsure done|progress
        [reply=12] em đã xử lý                            => unsure done|progress
        [reply=12] xử lý rồi anh                          => unsure done|progress
        [reply=12] em đã giải quyết                       => unsure done|progress
        [reply=12] em gửi hồ sơ                           => unsure done|progress
        [reply=12] em nộp file                            => unsure done|progress
        [reply=12] em gửi sản phẩm                        => unsure done|progress
        """;

    private const string Difficulties = """
        [reply=12] vướng mắc: thiếu kinh phí              => blocked "thiếu kinh phí"
        [reply=12] khó khăn do thiếu kinh phí             => blocked "thiếu kinh phí"
        [reply=12] có trở ngại do thiếu kinh phí          => blocked "thiếu kinh phí"
        [reply=12] bị trục trặc do máy hỏng               => blocked "máy hỏng"
        [reply=12] tạm dừng do thiếu kinh phí             => blocked "thiếu kinh phí"
        [reply=12] tạm ngừng do thiếu kinh phí            => blocked "thiếu kinh phí"
        [reply=12] bị kẹt do thiếu kinh phí               => blocked "thiếu kinh phí"
        [reply=12] đang kẹt do thiếu kinh phí             => blocked "thiếu kinh phí"
        [reply=12] bế tắc do dân không đồng ý             => blocked "dân không đồng ý"
        [reply=12] gặp vấn đề do thiếu kinh phí           => blocked "thiếu kinh phí"
        [reply=12] không thể tiếp tục do thiếu kinh phí   => blocked "thiếu kinh phí"
        [reply=12] chưa thể tiếp tục do thiếu kinh phí    => blocked "thiếu kinh phí"
        [reply=12] ách tắc do thiếu kinh phí              => blocked "thiếu kinh phí"
        [reply=12] bị tắc do thiếu kinh phí               => blocked "thiếu kinh phí"
        [reply=12] quá hạn do thiếu người                 => blocked "thiếu người"
        [reply=12] khó lắm                                => unsure blocked|progress
        [reply=12] rất khó                                => unsure blocked|progress
        [reply=12] hơi khó                                => unsure blocked|progress
        [reply=12] quá khó                                => unsure blocked|progress
        [reply=12] khó triển khai                         => unsure blocked|progress
        [reply=12] khó hoàn thành                         => unsure blocked|progress
        [reply=12] việc này khó xong lắm anh              => unsure blocked|progress
        [reply=12] rất khó hoàn thành đúng hạn            => unsure blocked|progress
        [reply=12] cần hỗ trợ                             => unsure blocked|progress
        [reply=12] đề nghị hỗ trợ                         => unsure blocked|progress
        [reply=12] xin hỗ trợ                             => unsure blocked|progress
        [reply=12] nhờ hỗ trợ                             => unsure blocked|progress
        [reply=12] xin ý kiến                             => unsure blocked|progress
        [reply=12] xin chỉ đạo                            => unsure blocked|progress
        [reply=12] đề xuất phối hợp với công an           => unsure blocked|progress
        [reply=12] kiến nghị phối hợp với công an         => unsure blocked|progress
        [reply=12] không biết làm                         => unsure blocked|progress
        [reply=12] chưa biết làm                          => unsure blocked|progress
        [reply=12] chưa xong, còn thiếu kinh phí          => unsure progress|blocked
        [reply=12] chưa xong, chưa có kinh phí            => unsure progress|blocked
        [reply=12] chưa xong, chưa nhận được văn bản      => unsure progress|blocked
        [reply=12] chưa xong, không có người              => unsure progress|blocked
        [reply=12] chưa xong, máy hỏng                    => unsure progress|blocked
        [reply=12] chưa xong, chưa được duyệt             => unsure progress|blocked
        """;

    private const string Progress = """
        [reply=12] vẫn tiếp tục ạ                         => progress
        [reply=12] mới bắt đầu                            => progress
        [reply=12] bắt đầu rồi                            => progress
        [reply=12] em khẩn trương                         => progress
        [reply=12] em làm tiếp                            => progress
        [reply=12] sắp rồi                                => progress
        [reply=12] gần rồi                                => progress
        [reply=12] suýt xong                              => progress
        [reply=12] chuẩn bị xong                          => progress
        [reply=12] sẽ xong                                => progress
        [reply=12] dự kiến xong                           => progress
        [reply=12] dự tính xong                           => progress
        [reply=12] phấn đấu xong                          => progress
        [reply=12] cố gắng xong                           => progress
        [reply=12] hy vọng xong                           => progress
        [reply=12] hi vọng xong                           => progress
        [reply=12] mong xong                              => progress
        [reply=12] mai xong                               => progress
        [reply=12] tuần tới xong                          => progress
        [reply=12] cuối tuần xong                         => progress
        [reply=12] tháng sau xong                         => progress
        [reply=12] tháng tới xong                         => progress
        [reply=12] có thể xong                            => progress
        [reply=12] tối nay xong                           => progress
        [reply=12] 2 hôm nữa xong                         => progress
        [reply=12] phải xong                              => progress
        [reply=12] thứ hai xong                           => progress
        [reply=12] thứ ba xong                            => progress
        [reply=12] thứ tư xong                            => progress
        [reply=12] thứ năm xong                           => progress
        [reply=12] thứ sáu xong                           => progress
        [reply=12] thứ bảy xong                           => progress
        [reply=12] chủ nhật xong                          => progress
        [reply=12] em nghĩ là xong rồi                    => unsure progress|done
        [reply=12] chắc là xong rồi                       => unsure progress|done
        [reply=12] có lẽ xong rồi                         => unsure progress|done
        [reply=12] chắc xong rồi                          => unsure progress|done
        [reply=12] em nghĩ xong rồi                       => unsure progress|done
        """;

    /// <summary>Without a task to answer, only a word that says "received" is an acknowledgement; "ok" is not.</summary>
    private const string Acks = """
        em đã nhận ạ                                      => ack @-
        nhận được rồi ạ                                   => ack @-
        em nhận rồi ạ                                     => ack @-
        em tiếp nhận                                      => ack @-
        em nắm được                                       => ack @-
        em đã nắm                                         => ack @-
        em đã rõ                                          => ack @-
        em nhận nhiệm vụ                                  => ack @-
        em nhận việc                                      => ack @-
        em nhận văn bản                                   => ack @-
        xin nhận ạ                                        => ack @-
        em nhận ạ                                         => ack @-
        tôi nhận                                          => ack @-
        mình nhận nhé                                     => ack @-
        rõ rồi ạ                                          => ack @-
        ok ạ                                              => none
        """;

    private const string Extensions = """
        [reply=12] xin gia hạn đến 20/7                   => ext 2026-07-20
        [reply=12] xin giãn hạn đến 20/7                  => ext 2026-07-20
        [reply=12] xin lùi hạn đến 20/7                   => ext 2026-07-20
        [reply=12] xin lùi thời hạn đến 20/7              => ext 2026-07-20
        [reply=12] xin dời hạn đến 20/7                   => ext 2026-07-20
        [reply=12] xin dời thời hạn đến 20/7              => ext 2026-07-20
        [reply=12] xin kéo dài thời hạn đến 20/7          => ext 2026-07-20
        [reply=12] xin kéo dài thời gian đến 20/7         => ext 2026-07-20
        [reply=12] xin kéo dài hạn đến 20/7               => ext 2026-07-20
        [reply=12] xin thêm thời gian đến 20/7            => ext 2026-07-20
        [reply=12] em lùi sang 20/7                       => ext 2026-07-20
        [reply=12] em lùi đến 20/7                        => ext 2026-07-20
        [reply=12] em lùi lại đến 20/7                    => ext 2026-07-20
        [reply=12] em lùi ngày nộp đến 20/7               => ext 2026-07-20
        [reply=12] xin hoãn 20/7 làm                      => ext 2026-07-20
        [reply=12] em hoãn đến 20/7                       => ext 2026-07-20
        [reply=12] em hoãn sang 20/7                      => ext 2026-07-20
        [reply=12] em hoãn tới 20/7                       => ext 2026-07-20
        [reply=12] em xin lùi                             => ext ?
        [reply=12] cho em lùi ạ                           => ext ?
        [reply=12] xin lùi 1 tuần                         => ext +7d
        """;

    /// <summary>"đang" with a verb of doing the work is progress; a negator reaches back over no "đã/nhưng/nên/mà/song".</summary>
    private const string Scope = """
        [reply=12] đang làm                                 => progress
        [reply=12] đang thực hiện                           => progress
        [reply=12] đang triển khai                          => progress
        [reply=12] đang xử lý                               => progress
        [reply=12] đang tiến hành                           => progress
        [reply=12] đang hoàn thiện                          => progress
        [reply=12] đang tổng hợp                            => progress
        [reply=12] đang rà soát                             => progress
        [reply=12] đang viết báo cáo                        => progress
        [reply=12] đang soạn thảo                           => progress
        [reply=12] đang chuẩn bị                            => progress
        [reply=12] đang khẩn trương                         => progress
        [reply=12] đang kiểm tra                            => progress
        [reply=12] đang đôn đốc                             => progress
        [reply=12] đang phối hợp                            => progress
        [reply=12] đang tuyên truyền                        => progress
        [reply=12] đang lập danh sách                       => progress
        [reply=12] đang thẩm định                           => progress
        [reply=12] đang chờ kết quả                         => progress
        [reply=12] đang đợi kết quả                         => progress
        [reply=12] đang thu thập số liệu                    => progress
        [reply=12] đang điều tra                            => progress
        [reply=12] đang khảo sát                            => progress
        [reply=12] đang tổ chức                             => progress
        [reply=12] đang xây dựng                            => progress
        [reply=12] đang giải quyết                          => progress
        [reply=12] đang bổ sung hồ sơ                       => progress
        [reply=12] đang sửa                                 => progress
        [reply=12] đang chỉnh sửa                           => progress
        [reply=12] đang cập nhật                            => progress
        [reply=12] đang nhập liệu                           => progress
        [reply=12] đang tiếp xúc cử tri                     => progress
        [reply=12] đang xúc tiến                            => progress
        [reply=12] đang đẩy nhanh                           => progress
        [reply=12] đang vận động                            => progress
        [reply=12] đang liên hệ                             => progress
        [reply=12] đang ráp                                 => progress
        [reply=12] đang gặp các hộ                          => progress
        [reply=12] đang thảo luận                           => progress
        [reply=12] đang báo cáo                             => progress
        [reply=12] đang gửi                                 => progress
        [reply=12] đang lấy ý kiến                          => progress
        [reply=12] đang xác minh                            => progress
        [reply=12] đang hướng dẫn                           => progress
        [reply=12] đang trình                               => progress
        [reply=12] đang chạy                                => progress
        [reply=12] đang in                                  => progress
        [reply=12] đang đo đạc                              => progress
        [reply=12] đang phân loại                           => progress
        [reply=12] đang thống kê                            => progress
        [reply=12] đang gọi các hộ                          => progress
        [reply=12] đang ghi chép                            => progress
        [reply=12] đang nghiên cứu                          => progress
        [reply=12] chẳng xong                                   => progress
        [reply=12] chả xong                                     => progress
        [reply=12] em chưa báo anh đã xong rồi                  => done
        [reply=12] chưa duyệt nhưng xong rồi                    => done
        [reply=12] không vướng gì nên xong sớm                  => done
        [reply=12] không ai giúp mà xong rồi                    => done
        [reply=12] không dễ song xong rồi                       => done
        [reply=12] em đang họp                                  => none
        """;

    public static TheoryData<string> Lines() =>
        [.. CaseTable.Lines(Done), .. CaseTable.Lines(Difficulties), .. CaseTable.Lines(Progress), .. CaseTable.Lines(Acks), .. CaseTable.Lines(Extensions), .. CaseTable.Lines(Scope)];

    [Theory, MemberData(nameof(Lines))]
    public void Each_status_phrase_decides_its_reading(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
