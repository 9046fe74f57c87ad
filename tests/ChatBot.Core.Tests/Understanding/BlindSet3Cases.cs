namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Blind set 3: written on 04/12/2026 before reading the understander's code or its other tables, as officials and the
/// chief type on a phone (no diacritics, teencode, typos, particles, emoji, long sentences), and run once to measure
/// (docs/CONVERSATION.md, "Measured"). Not tuned to: <see cref="BlindSet3Tests"/> scores it rather than requiring every
/// line, and fails on any status the writer did not mean. Today is Wednesday 08/07/2026.
/// </summary>
internal static class BlindSet3Cases
{
    public const string Replies = """
        # --- done
        [reply=41] da xong r a                                             => done
        [reply=41] Dạ báo cáo anh việc này bên em xong rồi ạ 👍            => done
        [reply=41] xong roi nha chi                                        => done
        [reply=41] em bao cao: da hoan thanh viec kiem tra cac ho kinh doanh tren dia ban to dan pho so 5 => done
        [reply=41] HOAN THANH ROI A                                        => done
        [reply=41] oke xong rồi anh nhé                                    => done
        [reply=41] Em đã làm xong hết r anh ạ, biên bản em để trên bàn anh  => done
        #52 xong                                                           => done @52
        #52 da xong a                                                      => done @52
        nv 52 hoàn thành rồi ạ                                             => done @52
        [reply=41] dạ xg rồi ạ                                             => done
        [reply=41] đã hoàn tất, em gửi kèm biên bản nghiệm thu ạ           => done
        [reply=41] Da viec nay ben em hoan thanh tu hom thu 2 roi anh       => done
        [reply=41] done anh nhé                                            => done
        [reply=41] xong 100% rồi ạ                                         => done
        [reply=41] đã thực hiện xong theo chỉ đạo ạ                        => done
        [reply=41] ✅ xong                                                  => done
        [reply=41] Dạ, đã hoàn thành nhiệm vụ được giao ạ. Em cảm ơn anh    => done
        #60 xong rồi nhé mọi người                                         => done @60
        [reply=41] xong r nhe a, e gui bc qua zalo r                        => done
        [reply=41] việc này bên em đã xử lý xong ạ                         => done
        [reply=41] dạ em hoàn thành rồi ạ, có gì anh góp ý thêm cho em     => done
        [reply=41] Xong Roi Anh Oi                                         => done
        [reply=41] da hoan thanh 100% khoi luong cong viec a               => done
        # --- several tasks
        #12 #13 xong                                                       => done @12,13
        #12 va #13 da xong a                                               => done @12,13
        12, 13 đã xong                                                     => done @12,13
        [list=5] 1, 3 xong ạ                                               => done @L1,3
        [list=5] so 2 va so 4 hoan thanh roi                               => done @L2,4
        #21 xong, #22 dang lam 70%                                         => several done @21 ; progress 70 @22
        #21 #22 #23 đều đã hoàn thành ạ                                    => done @21,22,23
        [list=5] 1 xong 2 dang lam                                         => several done @L1 ; progress @L2
        nv 15, nv 16 đã xong                                               => done @15,16
        #30 xong. #31 vướng vì chưa có kinh phí                            => several done @30 ; blocked "chưa có kinh phí" @31
        [list=5] cả 5 việc em xong hết rồi                                 => done @L1,2,3,4,5
        # --- in progress with a percent
        [reply=41] dang lam 50% a                                          => progress 50
        [reply=41] được 60% rồi anh                                        => progress 60
        [reply=41] tien do khoang 40%                                      => progress 40
        [reply=41] Dạ hiện bên em đã đạt 80% khối lượng công việc ạ         => progress 80
        [reply=41] đang triển khai, tầm 30%                                => progress 30
        [reply=41] moi dc 20% thoi a                                       => progress 20
        #45 đang làm 65%                                                   => progress 65 @45
        [reply=41] e lam dc khoang 70 phan tram roi                        => progress 70
        [reply=41] đã thực hiện được 90% ạ                                 => progress 90
        [reply=41] hoàn thành được 75% rồi, phần còn lại tuần sau xong      => progress 75
        [reply=41] đang làm được một nửa rồi ạ                             => progress 50
        [reply=41] tiến độ đạt 85% anh ạ 💪                                => progress 85
        # --- in progress
        [reply=41] dang lam a                                              => progress
        [reply=41] Dạ em đang triển khai ạ                                 => progress
        [reply=41] bên em đang tiến hành rà soát, có kết quả em báo anh sau ạ => progress
        [reply=41] dang thuc hien nhe anh                                  => progress
        [reply=41] em đang xử lý ạ                                         => progress
        [reply=41] đang tổng hợp số liệu từ các tổ dân phố                 => progress
        [reply=41] dạ em bắt đầu làm rồi ạ                                 => progress
        [reply=41] van dang lam tiep a                                     => progress
        #47 dang trien khai                                                => progress @47
        [reply=41] em đang liên hệ các hộ dân, chưa xong ạ                 => progress
        # --- almost done
        [reply=41] sap xong roi a                                          => progress
        [reply=41] gần xong rồi anh ơi                                     => progress
        [reply=41] Dạ cũng sắp hoàn thành rồi ạ, chỉ còn vài hồ sơ         => progress
        [reply=41] gan hoan thanh a                                        => progress
        [reply=41] sắp xong r, mai e gửi                                   => progress
        [reply=41] còn chút xíu nữa là xong anh                            => progress
        [reply=41] đang hoàn thiện hồ sơ, sắp xong                         => progress
        # --- negations
        [reply=41] chua xong a                                             => progress
        [reply=41] chưa xong anh ơi, em đang làm                           => progress
        [reply=41] chưa hoàn thành vì thiếu kinh phí                       => blocked "thiếu kinh phí"
        [reply=41] chua hoan thanh duoc do chua co so lieu tu cong an       => blocked "chua co so lieu tu cong an"
        [reply=41] ko xong kịp anh ạ, do mưa bão                           => blocked "mưa bão"
        [reply=41] dạ vẫn chưa làm xong ạ                                  => progress
        [reply=41] Chưa xong hẳn ạ                                         => progress
        [reply=41] xong dau ma xong, con nhieu lam                         => progress
        [reply=41] chx xong a                                              => progress
        [reply=41] em chưa hoàn thành được vì đang chờ UBND quận phê duyệt ạ => blocked "đang chờ UBND quận phê duyệt"
        [reply=41] chưa xong do thiếu người                                => blocked "thiếu người"
        [reply=41] không hoàn thành đúng hạn được anh, vì dân chưa hợp tác  => blocked "dân chưa hợp tác"
        [reply=41] Chưa làm được gì anh ạ                                  => unsure blocked|progress
        #50 chua xong                                                      => progress @50
        [reply=41] vẫn chưa xong nhé                                       => progress
        [reply=41] CHUA HOAN THANH A                                       => progress
        # --- blocked with a reason
        [reply=41] vuong mat bang a                                        => blocked "mat bang"
        [reply=41] đang bị vướng vì chưa có chữ ký của lãnh đạo            => blocked "chưa có chữ ký của lãnh đạo"
        [reply=41] Dạ báo cáo anh, bên em gặp khó khăn do địa bàn rộng, thiếu nhân lực ạ => blocked "địa bàn rộng, thiếu nhân lực"
        [reply=41] ko lam dc vi may tinh hong                              => blocked "may tinh hong"
        [reply=41] tam dung vi chua co kinh phi                            => blocked "chua co kinh phi"
        #33 vướng: hộ dân không hợp tác                                    => blocked "hộ dân không hợp tác" @33
        [reply=41] bi ket vi chua co ket qua tham dinh                     => blocked "chua co ket qua tham dinh"
        [reply=41] việc này đang gặp trở ngại vì chưa thống nhất được với chủ đầu tư => blocked "chưa thống nhất được với chủ đầu tư"
        [reply=41] không thể triển khai do đường sá ngập nước              => blocked "đường sá ngập nước"
        [reply=41] em k thể làm tiếp được vì hồ sơ bị trả về               => blocked "hồ sơ bị trả về"
        [reply=41] chậm do thiếu người                                     => blocked "thiếu người"
        [reply=41] Vướng ạ, dân không cho vào đo đạc                       => blocked "dân không cho vào đo đạc"
        # --- acknowledged
        [reply=41] da nhan a                                               => ack
        [reply=41] Dạ em nhận ạ                                            => ack
        [reply=41] ok a                                                    => ack
        [reply=41] oke e nắm r ạ                                           => ack
        [reply=41] vâng, em đã nhận được nhiệm vụ, sẽ triển khai ngay      => ack
        [reply=41] 👌                                                       => ack
        [reply=41] dạ rõ ạ                                                 => ack
        [reply=41] em tiếp nhận rồi anh nhé                                => ack
        [reply=41] da e nhan dc tb r a                                     => ack
        [reply=41] okie anh                                                => ack
        # --- extension requests
        [reply=41] xin gia han den 20/7                                    => ext 2026-07-20
        [reply=41] em xin gia hạn đến 20-7-2026 ạ                          => ext 2026-07-20
        [reply=41] cho em xin gia hạn đến thứ Sáu tuần sau được không anh  => ext 2026-07-17
        [reply=41] xin gia han den cuoi thang a                            => ext 2026-07-31
        [reply=41] xin thêm 5 ngày nữa ạ                                   => ext +5d
        [reply=41] xin gia hạn                                             => ext ?
        #55 xin gia hạn                                                    => ext ? @55
        [reply=41] anh cho em lùi hạn sang 25/7 vì bên tài chính chưa chuyển kinh phí => ext 2026-07-25 "bên tài chính chưa chuyển kinh phí"
        [reply=41] xin gia han them 1 tuan do nhan su nghi om              => ext +7d "nhan su nghi om"
        [reply=41] Dạ em xin phép lùi thời hạn đến hết ngày 24/7 ạ         => ext 2026-07-24
        [reply=41] e xin gia han toi t6 tuan sau nhe a                     => ext 2026-07-17
        [reply=41] cho em thêm 3 ngày làm việc nữa ạ                       => ext +3wd
        [reply=41] xin dời hạn đến ngày 30 tháng 7 năm 2026                => ext 2026-07-30
        #41 xin gia hạn đến 15/8 vì chờ kết quả đo đạc                     => ext 2026-08-15 "chờ kết quả đo đạc" @41
        [reply=41] Do khối lượng lớn, bên em xin kéo dài thời hạn đến 31.7 ạ => ext 2026-07-31 "khối lượng lớn"
        [reply=41] xin gia han sang tuan sau a                             => ext ~2026-07-17
        [reply=41] xin gia hạn đến đầu tháng sau ạ                         => ext ~2026-08-03
        [reply=41] xin them thoi gian den thu 2                            => ext 2026-07-13
        #58 #59 xin gia hạn đến 30/7                                       => ext 2026-07-30 @58,59
        [reply=41] xin hoan den ngay mai a                                 => ext 2026-07-09
        [reply=41] xin gia han den 5/7                                     => ext 2026-07-05
        [reply=41] Xin Gia Han Them 10 Ngay                                => ext +10d
        # --- doubtful: ask
        [reply=41] hình như xong rồi ạ                                     => unsure progress|done
        [reply=41] em đã gửi báo cáo rồi                                   => unsure done|progress
        [reply=41] xong phần khảo sát rồi ạ                                => unsure progress|done
        [reply=41] khó quá anh ơi                                          => unsure blocked|progress
        [reply=41] xong rồi nhưng còn chờ ký                               => unsure done|progress
        [reply=41] chắc không kịp hạn anh ạ                                => unsure progress|blocked
        # --- chatter: nothing
        [reply=41] anh ơi chiều nay họp mấy giờ ạ                          => none
        [reply=41] cảm ơn anh ạ                                            => none
        hôm nay trời mưa to quá                                            => none
        [reply=41] a oi cho e xin so dt cua chi Lan ben tu phap            => none
        chúc mọi người cuối tuần vui vẻ 🎉                                 => none
        [reply=41] em đang đi họp, lát em báo sau ạ                        => none
        alo alo                                                            => none
        [reply=41] ai cầm chìa khóa phòng họp vậy                          => none
        mai em xin nghỉ phép 1 ngày ạ                                      => none
        [reply=41] hahaha                                                  => none
        sáng mai ai trực ban vậy mn                                        => none
        [reply=41] anh gửi em file word của thông báo với ạ                => none
        """;

    public const string Questions = """
        # --- overdue
        [leader] co viec nao qua han ko                                    => q overdue
        [leader] viec nao tre han roi?                                     => q overdue
        [leader] Những nhiệm vụ nào đang chậm tiến độ vậy em               => q overdue
        [leader] bao nhiêu việc quá hạn rồi                                => q overdue
        [leader] ben cong an co viec nao qua han khong                     => q overdue unit="cong an"
        [leader] phòng kinh tế còn việc nào trễ hạn không?                 => q overdue unit="phòng kinh tế"
        [leader] ai đang bị trễ hạn vậy                                    => q overdue
        [leader] việc quá hạn tuần trước là những việc nào                 => q overdue win=2026-06-29..2026-07-05
        [leader] ban chỉ huy quân sự có việc gì quá hạn không              => q overdue unit="ban chỉ huy quân sự"
        [leader] danh sach viec tre han cua phong tai chinh ke hoach       => q overdue unit="phong tai chinh ke hoach"
        [leader] văn phòng ubnd có việc nào chậm không                     => q overdue unit="văn phòng ubnd"
        [leader] việc nào quá hạn mà chưa báo cáo vậy em                   => q overdue
        [leader] tu dau thang den gio co bao nhieu viec qua han            => q overdue win=2026-07-01..2026-07-08
        # --- due soon
        [leader] tuần này có việc gì đến hạn không                         => q duesoon win=2026-07-06..2026-07-12
        [leader] hôm nay có việc nào hết hạn ko em                         => q duesoon win=2026-07-08..2026-07-08
        [leader] viec nao sap den han?                                     => q duesoon
        [leader] tháng này còn những việc nào phải hoàn thành              => q duesoon win=2026-07-01..2026-07-31
        [leader] tuan sau co nhung nhiem vu nao den han                    => q duesoon win=2026-07-13..2026-07-19
        [leader] ngày mai có việc gì đến hạn ko                            => q duesoon win=2026-07-09..2026-07-09
        [leader] phong van hoa xa hoi co viec nao sap het han ko           => q duesoon unit="phong van hoa xa hoi"
        [leader] việc nào hôm nay phải xong                                => q duesoon win=2026-07-08..2026-07-08
        [leader] trong tháng 8 có những việc nào đến hạn                   => q duesoon win=2026-08-01..2026-08-31
        [leader] hnay co viec gi den han k                                 => q duesoon win=2026-07-08..2026-07-08
        [leader] cuối tuần này có việc nào hết hạn không                   => q duesoon win=2026-07-10..2026-07-12
        # --- progress
        [leader] tình hình thực hiện nhiệm vụ thế nào rồi                  => q progress
        [leader] tinh hinh thuc hien nhiem vu den dau roi cac em           => q progress
        [leader] cho anh xem tiến độ chung                                 => q progress
        [leader] tong hop tien do giup anh                                 => q progress
        [leader] bên tư pháp làm đến đâu rồi                               => q progress unit="tư pháp"
        [leader] tiến độ của trạm y tế thế nào em                          => q progress unit="trạm y tế"
        [leader] thông báo 15 triển khai tới đâu rồi                       => q progress doc="thông báo 15"
        [leader] TB so 27 tien do sao roi                                  => q progress doc="thông báo 27"
        [leader] kế hoạch 18 thực hiện đến đâu rồi em                      => q progress doc="kế hoạch 18"
        [leader] từ đầu tháng đến nay đã hoàn thành được bao nhiêu việc    => q progress win=2026-07-01..2026-07-08
        [leader] trong tuần này bao nhiêu việc đã xong                     => q progress win=2026-07-06..2026-07-12
        [leader] tháng này tiến độ sao rồi                                 => q progress win=2026-07-01..2026-07-31
        [leader] bao cao anh tinh hinh thuc hien cac nhiem vu tuan nay nhe => q progress win=2026-07-06..2026-07-12
        [leader] các phòng ban còn bao nhiêu việc chưa xong                => q progress
        [leader] tình hình chung sao rồi các em?                           => q progress
        [leader] thống kê giúp anh số việc đã hoàn thành tháng này         => q progress win=2026-07-01..2026-07-31
        [leader] con viec nao chua xong ko                                 => q progress
        [leader] cho anh bao cao tien do nhiem vu quy nay                  => q progress win=2026-07-01..2026-09-30
        # --- one task, my tasks
        [leader] #12 den dau roi                                           => q task=12
        [leader] viec 25 xong chua em                                      => q task=25
        [leader] nhiệm vụ số 7 ai đang làm vậy                             => q task=7
        em con viec gi chua lam                                            => q mine
        viec cua em con nhung gi                                           => q mine
        """;
}
