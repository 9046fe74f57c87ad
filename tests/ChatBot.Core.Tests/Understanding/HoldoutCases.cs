namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Written last, after the understander was believed done, and run once to measure how well it generalises
/// (see docs/CONVERSATION.md, "Measured"); kept afterwards as part of the table. Today is Wednesday 08/07/2026.
/// </summary>
internal static class HoldoutCases
{
    public const string Replies = """
        [reply=21] Dạ em chào anh, việc rà soát đối tượng bảo trợ xã hội bên em đã làm xong từ thứ Hai, danh sách em đã gửi qua email của Văn phòng rồi ạ => done
        [reply=21] xong rui nhen anh                                       => done
        [reply=21] chưa xong mô anh ơi                                     => progress
        [reply=21] da hoan thanh roi a, em cam on anh                      => done
        #31 hoàn thành ✔️                                                  => done @31
        #31 #32 #35 đã hoàn thành, #33 đang làm ạ                          => several done @31,32,35 ; progress @33
        [reply=21] Bên em đang triển khai, được khoảng 40% rồi ạ           => progress 40
        [reply=21] tiến độ hiện tại khoảng 75%                             => progress 75
        [reply=21] em lam duoc 30% roi                                     => progress 30
        [reply=21] Dạ em đang tổng hợp, chiều nay em gửi ạ                 => progress
        [reply=21] gần xong rồi anh, còn mỗi khâu trình ký                 => progress
        [reply=21] chưa xong đâu ạ, em mới làm được nửa thôi               => progress 50
        [reply=21] Dạ việc này em chưa thực hiện được vì chưa có kinh phí ạ => blocked "chưa có kinh phí"
        [reply=21] vướng mặt bằng, dân chưa chịu di dời                    => blocked "mặt bằng, dân chưa chịu di dời"
        [reply=21] Báo cáo anh, bên em đang gặp khó khăn do thiếu cán bộ chuyên môn => blocked "thiếu cán bộ chuyên môn"
        #40 bị vướng: chưa có hướng dẫn của cấp trên                       => blocked "chưa có hướng dẫn của cấp trên" @40
        [reply=21] hiện đang tạm dừng do chờ kết quả thanh tra             => blocked "chờ kết quả thanh tra"
        [reply=21] k làm được vì hồ sơ thiếu chữ ký chủ hộ                 => blocked "hồ sơ thiếu chữ ký chủ hộ"
        [reply=21] Đã nhận nhiệm vụ, em sẽ triển khai ngay trong tuần ạ    => ack
        [reply=21] Dạ em đã nhận được thông báo ạ                          => ack
        [reply=21] vâng em nắm rồi ạ                                       => ack
        [reply=21] oke anh                                                 => ack
        [reply=21] nhận rồi ạ 🙏                                           => ack
        [reply=21] em xin gia hạn đến 25/7 ạ                               => ext 2026-07-25
        [reply=21] Dạ anh cho em xin gia hạn thêm 1 tuần nữa vì đang chờ bên quận duyệt ạ => ext +7d "đang chờ bên quận duyệt"
        #41 xin gia han den 31/7 do can bo nghi om                         => ext 2026-07-31 "can bo nghi om" @41
        [reply=21] cho em lùi hạn đến thứ 4 tuần sau nhé anh               => ext 2026-07-15
        [reply=21] xin gia hạn ạ                                           => ext ?
        #42 xin gia hạn đến hết tháng này vì khối lượng hồ sơ nhiều        => ext 2026-07-31 "khối lượng hồ sơ nhiều" @42
        [reply=21] em xin phép được gia hạn đến ngày 05/08/2026 ạ          => ext 2026-08-05
        [reply=21] anh ơi cho em thêm 3 hôm nữa được không ạ               => ext +3d
        [reply=21] chắc em phải xin lùi hạn sang tuần sau anh ạ            => ext ~2026-07-17
        [reply=21] Xin gia hạn đến 15/7. Lý do: đang đợi số liệu từ các tổ dân phố => ext 2026-07-15 "đang đợi số liệu từ các tổ dân phố"
        [list=6] 2, 4, 5 đã xong ạ                                         => done @L2,4,5
        [list=6] số 1 đang làm, số 3 xong rồi                              => several progress @L1 ; done @L3
        [list=3] xong hết rồi ạ                                            => done @L1,2,3
        em xong #50 rồi nhé                                                => done @50
        #51: 100%                                                          => done @51
        #52 đang làm, dự kiến tuần sau hoàn thành                          => progress @52
        [reply=21] Em đã làm được phần lớn, còn 3 hộ chưa ký biên bản      => progress
        [reply=21] xong rồi nhưng em chưa có biên bản nghiệm thu           => unsure done|progress
        [reply=21] hình như bên em làm xong rồi, để em hỏi lại chị Hoa     => unsure progress|done
        [reply=21] em gửi báo cáo rồi nha                                  => unsure done|progress
        [reply=21] đã triển khai tới các tổ dân phố                        => unsure done|progress
        [reply=21] Không kịp anh ơi                                        => unsure progress|blocked
        [reply=21] việc này khó thực hiện lắm anh, dân phản đối nhiều      => blocked "dân phản đối nhiều"
        [reply=21] hôm qua em làm xong rồi mà quên báo ạ                   => done
        [reply=21] chưa xong ạ, còn đợi chữ ký của lãnh đạo phường         => progress
        [reply=21] Dạ chưa hoàn thành, do đang chờ bên điện lực cắt điện   => blocked "đang chờ bên điện lực cắt điện"
        [reply=21] em không hoàn thành được đúng hạn vì phải đi tập huấn ạ  => blocked "phải đi tập huấn"
        [reply=21] XONG RỒI Ạ                                              => done
        [reply=21] xongggg 😁                                              => done
        [reply=21] hoàn thành rồi nha                                      => done
        [reply=21] Đang lam a                                              => progress
        [reply=21] da trien khai xong                                      => done
        [reply=21] dang xu ly ho so, khoang 60%                            => progress 60
        [reply=21] có gì vướng em báo anh sau nhé                          => none
        [reply=21] anh gửi lại file giúp em với ạ                          => none
        [reply=21] cái này là việc của phòng nào ạ?                        => none
        [reply=21] Dạ vâng, để em làm luôn ạ                               => ack
        #60 chưa làm được gì vì mưa lớn kéo dài                            => blocked "mưa lớn kéo dài" @60
        #61 đạt 90%                                                        => progress 90 @61
        [reply=21] tiến độ đạt 100% ạ                                      => done
        #62 xong r                                                         => done @62
        [reply=21] e đã hoàn thành ạ. gửi a file báo cáo ạ                 => done
        nhiệm vụ 63 và 64 em đã xong                                       => done @63,64
        [reply=21] dạ việc này em chưa triển khai ạ                        => none
        [reply=21] vẫn đang tiếp tục thực hiện ạ                           => progress
        [reply=21] đợi em chút, em kiểm tra rồi báo lại ạ                  => none
        [reply=21] cuối tuần này em xong ạ                                 => progress
        [reply=21] tuần trước bên em đã tổ chức xong rồi ạ                 => done
        #70 xin lùi hạn 10 ngày                                            => ext +10d @70
        #71 gia hạn tới 5/8                                                => ext 2026-08-05 @71
        [reply=21] ko co kho khan gi, da xong                              => done
        [reply=21] không vướng gì đâu anh, đang làm bình thường            => progress
        [reply=21] Kính gửi đồng chí Phó Chủ tịch, thực hiện chỉ đạo tại Thông báo số 45/TB-UBND, Phòng Văn hóa - Xã hội đã phối hợp với các tổ dân phố tổ chức tuyên truyền, đến nay đã hoàn thành nhiệm vụ được giao. Trân trọng báo cáo. => done
        [reply=21] Dạ thưa anh, hiện nay bên em vẫn đang tiếp tục rà soát, do số lượng hồ sơ lớn nên chưa thể hoàn thành đúng hạn, em xin phép gia hạn đến 30/7 ạ => ext 2026-07-30 "số lượng hồ sơ lớn"
        """;

    public const string Questions = """
        [leader] việc nào sắp đến hạn trong tuần này?                      => q duesoon win=2026-07-06..2026-07-12
        [leader] Phòng Tài chính - Kế hoạch có việc nào quá hạn không em   => q overdue unit="Phòng Tài chính - Kế hoạch"
        [leader] cho anh xem tiến độ chung của phường                      => q progress
        [leader] bên văn phòng còn bao nhiêu việc chưa làm                 => q progress unit="văn phòng"
        [leader] hôm nay hạn những việc gì                                 => q duesoon win=2026-07-08..2026-07-08
        [leader] tình hình thực hiện thông báo 45                          => q progress doc="thông báo 45"
        [leader] #33 sao rồi em                                            => q task=33
        [leader reply=21] việc này tới đâu rồi em?                         => q task=21
        [leader] tuần sau những việc nào đến hạn                           => q duesoon win=2026-07-13..2026-07-19
        [leader] trễ hạn                                                   => q overdue
        [leader] những việc chậm tiến độ của trạm y tế phường              => q overdue unit="trạm y tế phường"
        em còn những việc gì ạ                                             => q mine
        [leader] tháng này có bao nhiêu nhiệm vụ đã hoàn thành             => q progress win=2026-07-01..2026-07-31
        [leader] quá hạn tháng trước                                       => q overdue win=2026-06-01..2026-06-30
        [clerk] tiến độ thực hiện kế hoạch số 20                           => q progress doc="kế hoạch 20"
        [leader] có việc gì đến hạn ngày mai không em                      => q duesoon win=2026-07-09..2026-07-09
        [leader] việc sap het han trong 5 ngay toi                         => q duesoon win=2026-07-08..2026-07-13
        [leader] báo cáo anh tình hình công an phường                      => q progress unit="công an phường"
        nhiệm vụ của em là gì ạ                                            => q mine
        [leader] quý này còn những việc nào chưa xong?                     => q duesoon win=2026-07-01..2026-09-30
        [leader] nhiệm vụ 77 đã xong chưa                                  => q task=77
        [leader] tổng hợp giúp anh các việc quá hạn từ đầu năm             => q overdue win=2026-01-01..2026-07-08
        """;
}
