namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Replies as officials type them on a phone, each with the reading a careful colleague would give.
/// Written before the understander; "today" is Wednesday 08/07/2026 (see <see cref="CaseTable"/> for the notation).
/// </summary>
internal static class ReplyCases
{
    public const string Table = """
        # --- done, in a sentence, with particles, with and without diacritics
        [reply=12] em đã làm xong rồi ạ                                   => done
        [reply=12] Việc này bên em hoàn thành hôm qua rồi anh nhé          => done
        [reply=12] da xong het roi                                        => done
        #12 xong                                                          => done @12
        #12xong                                                           => done @12
        #12 #13 xong                                                      => done @12,13
        12, 13 đã xong                                                    => done @12,13
        việc 12 và 13 xong rồi ạ                                          => done @12,13
        nv 12 hoàn thành                                                  => done @12
        [reply=12] Dạ em báo cáo: nhiệm vụ đã hoàn thành ạ.                => done
        [reply=12] XONG                                                   => done
        [reply=12] xongg                                                  => done
        [reply=12] hoan thanh                                             => done
        [reply=12] Đã hoàn thành 100% ạ 👍                                 => done
        [reply=12] ok xong rồi nhé                                        => done
        [reply=12] Kính gửi anh, phòng em đã hoàn thành việc rà soát hộ nghèo và gửi báo cáo về Văn phòng sáng nay ạ. => done
        [reply=12] dạ vâng, xong rồi anh ơi                               => done
        #7 đã xong. Em gửi kèm biên bản ạ                                 => done @7
        [list=5] 1, 3 xong                                                => done @L1,3
        [list=5] 2 xong rồi ạ                                             => done @L2
        [reply=12] em hoàn tất rồi ạ                                      => done
        #15: đã thực hiện xong                                            => done @15
        [reply=12] Xong rồi nha chị                                       => done
        [reply=12] dạ em làm xong hết rồi á                               => done
        [reply=12] bên phường đội đã triển khai xong ạ                    => done
        #21 100%                                                          => done @21
        [reply=12] 100% rồi ạ                                             => done
        #30 đã hoàn thành, đã gửi báo cáo qua hệ thống ạ                  => done @30
        [reply=12] Báo cáo anh, việc này xong từ tuần trước rồi ạ         => done
        [reply=12] dax xong                                               => done
        [reply=12] hoafn thafnh                                           => done
        #9 Hoàn Thành                                                     => done @9
        #9 HOÀN THÀNH ✅                                                   => done @9
        [reply=12] ✅ xong                                                 => done
        #14 , #16 hoàn thành rồi ạ                                        => done @14,16
        em báo cáo #40 và #41 đã xong                                     => done @40,41
        nhiệm vụ số 18 đã hoàn thành                                      => done @18
        [reply=12] dạ đã xog ạ                                            => done
        [reply=12] Dạ, tổ dân phố 5 đã hoàn thành việc ra quân vệ sinh môi trường rồi ạ => done
        #25 đã xong rồi, không có vướng mắc gì ạ                          => done @25
        [reply=12] đã làm xong, không có khó khăn gì                      => done
        viec 33 da hoan thanh                                             => done @33
        [reply=12] daxong                                                 => done
        [reply=12] Dạ việc này em đã hoàn thành và gửi file cho chị Lan rồi ạ => done
        #52 hoàn thành. Kết quả: đã tuyên truyền 15 tổ dân phố, phát 2.000 tờ rơi => done @52
        [reply=12] xong rùi nha                                           => done
        [reply=12] Đã xong ạ, em cảm ơn anh                               => done
        #61 #62 #63 da xong het                                           => done @61,62,63
        [reply=12] E làm xong r a                                         => done
        [reply=12] hoàn thành rồi anh ạ, đúng hạn                         => done

        # --- in progress, percentages, almost done, negated done without a reason
        #12 đang làm 60%                                                  => progress 60 @12
        #12 được 60%                                                      => progress 60 @12
        [reply=12] tiến độ 60% ạ                                          => progress 60
        [reply=12] đạt khoảng 80% rồi anh                                 => progress 80
        [reply=12] sắp xong rồi ạ                                         => progress
        [reply=12] gần xong rồi chị ơi, chiều em gửi                      => progress
        [reply=12] dang lam                                               => progress
        [reply=12] Đang triển khai ạ                                      => progress
        [reply=12] bên em đang thực hiện, dự kiến thứ 6 xong              => progress
        [reply=12] chưa xong ạ                                            => progress
        [reply=12] em chưa hoàn thành ạ, đang tổng hợp số liệu            => progress
        [reply=12] chua xong dau anh                                      => progress
        #8 mới được khoảng 30% thôi ạ                                     => progress 30 @8
        #8 làm được một nửa rồi                                           => progress 50 @8
        [reply=12] đang làm nhé, tuần sau xong                            => progress
        [reply=12] em đang làm ạ, khoảng 70%                              => progress 70
        [reply=12] 70%                                                    => progress 70
        [reply=12] dag lam 40%                                            => progress 40
        [reply=12] Đã xong phần khảo sát, đang viết báo cáo               => progress
        [reply=12] xong 2/3 rồi ạ                                         => progress
        [reply=12] vẫn đang làm, chưa xong được ạ                         => progress
        [reply=12] em không kịp hoàn thành trong hôm nay, mai em nộp ạ    => progress
        [reply=12] Dạ bên em đang khẩn trương thực hiện ạ                 => progress
        #19: tiến độ đạt 45%, dự kiến hoàn thành trước 15/7               => progress 45 @19
        [reply=12] đang làm tiếp ạ                                        => progress
        [reply=12] Em đang xử lý, khoảng 2 ngày nữa xong                  => progress
        #11 đang làm được 50 phần trăm                                    => progress 50 @11
        [reply=12] mới bắt đầu làm ạ                                      => progress
        [reply=12] đã triển khai, đang chờ các tổ dân phố gửi số liệu     => progress
        [reply=12] da nhan, dang trien khai                               => progress
        #27 80% rồi anh, cuối tuần xong                                   => progress 80 @27
        [reply=12] chưa làm xong ạ                                        => progress
        [reply=12] có xong đâu anh                                        => progress
        [reply=12] em vẫn chưa xong hết, còn 2 hộ                         => progress
        [reply=12] Chưa hoàn thành được ạ                                 => progress
        [reply=12] k kịp xong anh ạ                                       => progress
        #12 chưa xong                                                     => progress @12
        #12 CHƯA XONG!!!                                                  => progress @12
        [reply=12] xong đâu mà xong                                       => progress
        [reply=12] không phải xong đâu, em mới làm được một ít            => progress
        [reply=12] chưa hẳn xong                                          => progress
        [reply=12] Hoàn thành 90% rồi ạ, còn khâu in ấn                   => progress 90
        [reply=12] dang hoan thien ho so a                                => progress
        [reply=12] Em đang làm, được tầm 65% rồi                          => progress 65
        [reply=12] chưa hoàn thành đâu anh, đang đợi bên tài chính ký     => progress
        [reply=12] tiến độ khoảng 20 phần trăm                            => progress 20
        [reply=12] đang tiến hành rà soát ạ                               => progress
        [reply=12] e dg lam nhe                                           => progress
        #70 đang làm, mai xong                                            => progress @70
        [reply=12] Báo cáo anh: đã hoàn thành 3/5 tổ dân phố, còn lại tuần này xong => progress
        [reply=12] sắp hoàn thành ạ                                       => progress

        # --- blocked: keywords, difficulties as a sentence, negated done with a reason
        #12 vướng: chưa có kinh phí                                       => blocked "chưa có kinh phí" @12
        [reply=12] gặp khó khăn do thiếu nhân lực ạ                       => blocked "thiếu nhân lực"
        [reply=12] chưa làm được vì còn vướng mặt bằng                    => blocked "còn vướng mặt bằng"
        [reply=12] chua xong vi cho quan phe duyet                        => blocked "cho quan phe duyet"
        [reply=12] chưa hoàn thành được do thiếu kinh phí ạ               => blocked "thiếu kinh phí"
        #5 vuong mac                                                      => blocked @5
        [reply=12] em đang bị vướng, hộ dân không hợp tác ạ               => blocked "hộ dân không hợp tác"
        [reply=12] Dạ việc này bên em gặp khó khăn vì người dân chưa đồng thuận, em xin ý kiến chỉ đạo ạ => blocked "người dân chưa đồng thuận, em xin ý kiến chỉ đạo"
        [reply=12] khong the thuc hien duoc vi chua co van ban huong dan cua quan => blocked "chua co van ban huong dan cua quan"
        #33 không kịp hoàn thành do máy tính hỏng                         => blocked "máy tính hỏng" @33
        [reply=12] khó khăn: địa điểm chưa được bàn giao                  => blocked "địa điểm chưa được bàn giao"
        [reply=12] vướng mắc về thủ tục đất đai ạ                         => blocked "thủ tục đất đai"
        #4 bị vướng do chủ hộ đi vắng                                     => blocked "chủ hộ đi vắng" @4
        [reply=12] đang làm nhưng gặp khó khăn về kinh phí                => blocked "kinh phí"
        [reply=12] chưa triển khai được ạ, do chưa nhận được kế hoạch của quận => blocked "chưa nhận được kế hoạch của quận"
        #60 tạm dừng vì mưa bão                                           => blocked "mưa bão" @60
        [reply=12] Em báo cáo anh: việc thu hồi đất hiện đang vướng vì 3 hộ chưa nhận tiền đền bù ạ => blocked "3 hộ chưa nhận tiền đền bù"
        [reply=12] Vướng ạ. Bên tài nguyên chưa gửi bản đồ                => blocked "Bên tài nguyên chưa gửi bản đồ"
        [reply=12] kho khan qua anh oi, thieu nguoi lam                   => blocked "thieu nguoi lam"
        [reply=12] ko xong dc vi thieu giay to                            => blocked "thieu giay to"
        [reply=12] do thiếu người nên chưa làm được ạ                     => blocked "thiếu người"
        [reply=12] em chưa nhận được văn bản gốc nên chưa triển khai được => blocked "em chưa nhận được văn bản gốc"
        [reply=12] thiếu người cho nên chưa làm được ạ                     => blocked "thiếu người"
        [reply=12] chưa có kinh phí, do đó chưa triển khai được            => blocked "chưa có kinh phí"
        [reply=12] máy hỏng vì vậy chưa làm được                          => blocked "máy hỏng"
        #45 vướng                                                         => blocked @45
        [reply=12] Đã làm được 50% nhưng vướng giải phóng mặt bằng       => blocked 50 "giải phóng mặt bằng"
        [reply=12] không thể hoàn thành đúng hạn vì dịch bệnh             => blocked "dịch bệnh"
        [reply=12] bị kẹt ở khâu thẩm định, bên quận chưa trả hồ sơ      => blocked "khâu thẩm định, bên quận chưa trả hồ sơ"
        [reply=12] Vuong mac: nguoi dan khieu nai                         => blocked "nguoi dan khieu nai"
        #77 gặp trở ngại do thời tiết                                     => blocked "thời tiết" @77

        # --- acknowledged
        [reply=12] đã nhận                                                => ack
        [reply=12] nhận được rồi ạ                                        => ack
        [reply=12] ok em nhận                                             => ack
        [reply=12] Dạ em nhận nhiệm vụ ạ                                  => ack
        [reply=12] da nhan duoc a                                         => ack
        #12 đã nhận, em sẽ triển khai ngay                                => ack @12
        [reply=12] Vâng ạ                                                 => ack
        [reply=12] 👍                                                     => ack
        [reply=12] rõ ạ                                                   => ack
        [reply=12] em tiếp nhận ạ                                         => ack
        [reply=12] Đã nhận văn bản, em sẽ báo cáo sau ạ                   => ack
        [reply=12] ok                                                     => ack
        [reply=12] nhận rồi nha                                           => ack
        [reply=12] Dạ em đã nắm được nội dung, em sẽ thực hiện ạ          => ack

        # --- extension requests
        #5 xin gia hạn đến 20/7                                           => ext 2026-07-20 @5
        [reply=12] xin gia hạn đến 20/7 vì chờ kinh phí                   => ext 2026-07-20 "chờ kinh phí"
        [reply=12] xin lùi hạn sang 20-7-2026                             => ext 2026-07-20
        [reply=12] cho em thêm 5 ngày                                     => ext +5d
        [reply=12] gia hạn đến thứ Sáu tuần sau ạ                         => ext 2026-07-17
        [reply=12] em xin gia hạn đến cuối tháng                          => ext 2026-07-31
        [reply=12] xin gia hạn                                            => ext ?
        #5 xin gia hạn                                                    => ext ? @5
        [reply=12] xin gia han den 25/7 ly do: cho ket qua tham dinh       => ext 2026-07-25 "cho ket qua tham dinh"
        #8 xin gia hạn đến ngày 30 tháng 7 năm 2026 do thiếu nhân sự      => ext 2026-07-30 "thiếu nhân sự" @8
        [reply=12] Kính gửi anh, do khối lượng công việc lớn, phòng em xin gia hạn nhiệm vụ này đến 15.8 ạ => ext 2026-08-15 "khối lượng công việc lớn"
        [reply=12] em xin lùi hạn 1 tuần ạ                                => ext +7d
        [reply=12] xin thêm thời gian đến đầu tháng sau                   => ext ~2026-08-03
        [reply=12] anh cho em xin gia hạn thêm 3 ngày làm việc nhé        => ext +3wd
        #19 xin gia hạn đến 10/6                                          => ext 2026-06-10 @19
        [reply=12] em xin gia hạn 10 ngày nữa                             => ext +10d
        [reply=12] xin dời hạn đến 31/7/2026                              => ext 2026-07-31
        [reply=12] dạ cho em xin gia hạn đến 20/07 ạ, vì bên em đang chờ ý kiến của quận => ext 2026-07-20 "bên em đang chờ ý kiến của quận"
        #44 xin gia hạn sang tuần sau                                     => ext ~2026-07-17 @44
        [reply=12] em xin phép lùi thời hạn đến hết ngày 24/7             => ext 2026-07-24
        [reply=12] xin gia hạn đến thứ 6                                  => ext 2026-07-10
        #3 xin gia hạn đến 20/7                                           => ext 2026-07-20 @3
        [reply=12] xin gia hạn đến 5/8 ạ. Lý do: chờ quận phân bổ kinh phí => ext 2026-08-05 "chờ quận phân bổ kinh phí"
        [reply=12] đề nghị cho gia hạn đến 30/7                           => ext 2026-07-30
        [reply=12] Em xin phép được kéo dài thời hạn thực hiện đến hết tháng 8 ạ => ext 2026-08-31
        #5 xin gia hạn đến 20/7 chờ kinh phí                              => ext 2026-07-20 "chờ kinh phí" @5
        [reply=12] chưa xong, xin gia hạn đến 22/7                        => ext 2026-07-22
        [reply=12] xin gia han 2 tuan                                     => ext +14d
        [reply=12] em xin gia hạn đến ngày 20 tháng 7 ạ                   => ext 2026-07-20
        [reply=12] cho em lùi sang thứ hai tuần sau được không anh        => ext 2026-07-13

        # --- several tasks, several statuses, list replies
        #12 #13 đang làm                                                  => progress @12,13
        #12, #13 và #14 đã xong hết ạ                                     => done @12,13,14
        #12 xong, #13 đang làm 50%                                        => several done @12 ; progress 50 @13
        [reply=12] #13 xong                                               => done @13
        [list=3] 3 xong                                                   => done @L3
        [list=3] cả 3 việc đã xong                                        => done @L1,2,3
        [list=4] 1 xong, 2 đang làm                                       => several done @L1 ; progress @L2
        #5 được 60%                                                       => progress 60 @5
        #12 xong. #13 vướng: chưa có mặt bằng                             => several done @12 ; blocked "chưa có mặt bằng" @13
        em xong rồi                                                       => done @-

        # --- doubtful: ask, never guess
        [reply=12] em làm rồi                                             => unsure done|progress
        [reply=12] xong phần của em rồi, còn chờ bên địa chính            => unsure progress|done
        [reply=12] xong rồi nhưng còn vướng chữ ký lãnh đạo               => unsure blocked|done
        [reply=12] làm xong em gửi                                        => unsure progress|done
        [reply=12] đã triển khai                                          => unsure done|progress
        [reply=12] đã gửi báo cáo ạ                                       => unsure done|progress
        [reply=12] chắc không kịp                                         => unsure progress|blocked
        [reply=12] em nghĩ là xong rồi nhưng để em kiểm tra lại           => unsure progress|done
        [reply=12] chưa hoàn thành, còn thiếu số liệu của 2 tổ dân phố    => unsure progress|blocked
        [reply=12] đã thực hiện                                           => unsure done|progress

        # --- not status: chit-chat and questions to people
        [reply=12] cảm ơn anh ạ                                           => none
        chào buổi sáng cả nhà                                             => none
        [reply=12] anh ơi cho em hỏi việc này gửi cho ai ạ?               => none
        hôm nay trời mưa to quá                                           => none
        🙏                                                                => none
        alo                                                               => none
        [reply=12] chị gọi lại cho em nhé                                 => none
        ok                                                                => none
        hihi                                                              => none
        [reply=12] em đang họp, lát em trả lời ạ                          => none
        # --- kinds found by blind set 3 (04/12/2026), in other words than the blind set's
        [reply=12] còn đóng dấu nữa là xong anh ạ                         => progress
        [reply=12] chỉ chờ chữ ký lãnh đạo là hoàn thành                  => progress
        [reply=12] nộp hồ sơ lên quận là xong việc                        => progress
        [reply=12] gần xong rồi, mai nộp là hoàn thành                    => progress
        [reply=12] em báo là xong rồi ạ                                   => done
        [reply=12] xác nhận là đã hoàn thành ạ                            => done
        [reply=12] sắp xong rồi anh, phần kiểm tra thì xong rồi           => unsure progress|done
        [reply=12] không xong được anh ơi                                 => unsure blocked|progress
        [reply=12] ko hoàn thành được ạ                                   => unsure blocked|progress
        [reply=12] chưa xong được ạ                                       => progress
        [reply=12] không hoàn thành được vì thiếu xe                      => blocked "thiếu xe"
        [reply=12] đang in ấn tài liệu ạ                                  => progress
        [reply=12] dang goi dien cho cac ho                               => progress
        [reply=12] đang đo đạc lại ranh giới                              => progress
        [reply=12] dang phan loai ho so                                   => progress
        [reply=12] làm được một ít rồi ạ                                  => progress
        [reply=12] mới được 1 phần thôi anh                               => progress
        [reply=12] xong được khoảng một nửa                               => progress 50
        [reply=12] đạt gần 1 nửa rồi                                      => progress 50
        [reply=12] gần rồi anh ơi                                         => progress
        [reply=12] sap roi a                                              => progress
        [reply=12] rất khó thực hiện do giá đền bù chưa thống nhất        => blocked "giá đền bù chưa thống nhất"
        [reply=12] hoi kho trien khai vi dan chua dong y                  => blocked "dan chua dong y"
        [reply=12] vướng ở chỗ chưa có mặt bằng                           => blocked "chưa có mặt bằng"
        [reply=12] cho em dời sang thứ 2 tuần sau nhé                     => ext 2026-07-13
        [reply=12] xin doi den 25/7                                       => ext 2026-07-25
        [reply=12] em đợi đến thứ 6 có kết quả em báo                     => none
        [reply=12] xin gia hạn đến thứ 5 này ạ                            => ext 2026-07-09
        [list=6] mục 1 và mục 4 đã xong                                   => done @L1,4
        [list=6] số 3 và số 5 đang làm                                    => progress @L3,5
        [list=6] 2 5 6 xong hết ạ                                         => done @L2,5,6
        [list=6] 1 đang làm 3 vướng do thiếu kinh phí                     => several progress @L1 ; blocked "thiếu kinh phí" @L3
        [list=6] 4 xong 5 chưa xong                                       => several done @L4 ; progress @L5
        12 13 xong                                                        => done @12,13
        [reply=12] em đã kiểm tra xong các hộ kinh doanh trên địa bàn tổ 3 => done
        [reply=12] đã kiểm tra đủ 20 cơ sở, hoàn thành ạ                  => done
        [reply=12] em đã hoàn thành việc kiểm tra các cơ sở trên địa bàn khu phố 2 => done
        anh Tuấn bên địa chính số điện thoại bao nhiêu vậy                => none
        [reply=12] phòng họp tầng mấy, bao nhiêu người dự                 => none
        """;
}
