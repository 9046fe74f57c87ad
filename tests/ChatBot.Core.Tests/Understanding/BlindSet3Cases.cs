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

    /// <summary>Part B, written after part A's run (and before any change), further from this repository's own examples.</summary>
    public const string RepliesB = """
        # --- done
        [reply=41] Dạ em chào anh, em xin báo cáo là nhiệm vụ anh giao hôm thứ 2 bên em đã hoàn thành, kết quả cụ thể em đã tổng hợp gửi văn phòng ạ => done
        [reply=41] xongggg rồi nha                                         => done
        [reply=41] xog r ạ                                                 => done
        [reply=41] đã hoàn thàng ạ                                         => done
        [reply=41] Đã xong. Trân trọng!                                    => done
        [reply=41] dạ đã triển khai xong toàn bộ 12 tổ dân phố ạ           => done
        [reply=41] xong rùi nghen anh                                      => done
        [reply=41] da xu ly xong 15 ho, het roi a                          => done
        [reply=41] vừa xong anh ạ                                          => done
        [reply=41] xong hết rồi, không còn tồn đọng gì ạ                   => done
        [reply=41] Báo cáo đồng chí: nhiệm vụ đã được hoàn thành đúng thời hạn. => done
        [reply=41] em làm xong từ hôm qua rồi mà quên báo anh ạ            => done
        [reply=41] hoàn thành rồi nha, có gì không rõ anh gọi em           => done
        #7 ok xong                                                         => done @7
        #7: đã hoàn thành                                                  => done @7
        [reply=41] xong 🎉🎉                                                => done
        # --- several tasks
        #3, #4, #5 xong het roi                                            => done @3,4,5
        #3 #4 hoàn thành; #5 chưa xong ạ                                   => several done @3,4 ; progress @5
        [list=4] mục 2 xong rồi ạ                                          => done @L2
        [list=4] 1 2 3 xong, 4 dang lam                                    => several done @L1,2,3 ; progress @L4
        nhiệm vụ 14 và 15 em đã xong                                       => done @14,15
        #8 đang làm 40%, #9 vướng do chưa có mặt bằng                      => several progress 40 @8 ; blocked "chưa có mặt bằng" @9
        [list=4] tat ca deu xong roi a                                     => done @L1,2,3,4
        # --- in progress
        [reply=41] đang làm được tầm 1 nửa                                 => progress 50
        [reply=41] dang lam, dc 45 % roi a                                 => progress 45
        [reply=41] tiến độ hiện nay: 60%                                   => progress 60
        [reply=41] e dang tien hanh kiem tra thuc te tai cac to a          => progress
        [reply=41] đã bắt đầu triển khai từ hôm qua ạ                      => progress
        [reply=41] Đang làm anh nha, chắc thứ 6 là xong                    => progress
        [reply=41] dạ đang gấp rút hoàn thiện ạ                            => progress
        [reply=41] đã xong phần khảo sát, đang làm báo cáo                 => progress
        [reply=41] đang chạy số liệu anh ơi                                => progress
        [reply=41] dạ vẫn đang tiếp tục thực hiện                          => progress
        [reply=41] moi lam dc 1 phan thoi a                                => progress
        [reply=41] dag lm a                                                => progress
        [reply=41] đạt 50 phần trăm rồi                                    => progress 50
        # --- almost done
        [reply=41] sắp rồi anh, còn 2 hộ nữa thôi                          => progress
        [reply=41] xong 90% rồi ạ                                          => progress 90
        [reply=41] gần hoàn tất rồi, chờ ký là xong                        => progress
        [reply=41] chỉ còn khâu in ấn nữa là hoàn thành                    => progress
        # --- negations
        [reply=41] chưa xong anh ạ, mai em báo lại                         => progress
        [reply=41] ko kịp hoàn thành đúng hạn đâu anh, do bên đo đạc chưa xuống => blocked "bên đo đạc chưa xuống"
        [reply=41] Chưa hoàn thành được ạ, vì vướng giải phóng mặt bằng    => blocked "vướng giải phóng mặt bằng"
        [reply=41] chưa xong nha                                           => progress
        [reply=41] Hiện tại vẫn chưa hoàn thành, bên em đang đôn đốc       => progress
        [reply=41] chưa hoàn thành do máy in hỏng                          => blocked "máy in hỏng"
        [reply=41] k xong dc a                                             => unsure blocked|progress
        [reply=41] làm chưa xong                                           => progress
        [reply=41] Chưa hoàn tất ạ                                         => progress
        [reply=41] em chưa làm xong được vì đang đi tập huấn               => blocked "đang đi tập huấn"
        [reply=41] dạ chưa, em đang làm ạ                                  => progress
        # --- blocked
        [reply=41] Dạ việc này khó triển khai vì người dân không đồng thuận ạ => blocked "người dân không đồng thuận"
        [reply=41] vuong o cho chua co kinh phi                            => blocked "chua co kinh phi"
        [reply=41] đang bị tạm dừng vì có khiếu nại                        => blocked "có khiếu nại"
        [reply=41] gặp khó khăn ạ: thiếu kinh phí và nhân lực              => blocked "thiếu kinh phí và nhân lực"
        [reply=41] khong the thuc hien vi doi tuong da chuyen di noi khac  => blocked "doi tuong da chuyen di noi khac"
        #19 vuong, chua co chu truong                                      => blocked "chua co chu truong" @19
        [reply=41] bị kẹt hồ sơ bên quận chưa trả                          => blocked "hồ sơ bên quận chưa trả"
        [reply=41] hiện không triển khai được do dịch bệnh                 => blocked "dịch bệnh"
        # --- acknowledged
        [reply=41] Dạ vâng ạ                                               => ack
        [reply=41] nhan roi nhe                                            => ack
        [reply=41] ok em nhận việc                                         => ack
        [reply=41] đã nắm thông tin ạ                                      => ack
        [reply=41] 👍👍                                                     => ack
        [reply=41] da vang em se trien khai a                              => ack
        [reply=41] rõ rồi anh                                              => ack
        # --- extension requests
        [reply=41] xin gia hạn tới 22/07                                   => ext 2026-07-22
        [reply=41] em xin lùi hạn đến thứ 5 tuần sau ạ                     => ext 2026-07-16
        [reply=41] cho em xin thêm 1 tuần nữa nhé anh                      => ext +7d
        [reply=41] xin gia han den ngay 25 thang 7                         => ext 2026-07-25
        [reply=41] Em xin phép gia hạn thời gian thực hiện đến 31/7/2026 do khối lượng hồ sơ lớn ạ => ext 2026-07-31 "khối lượng hồ sơ lớn"
        [reply=41] xin gia hạn thêm 2 tuần                                 => ext +14d
        [reply=41] xin lùi 3 ngày ạ                                        => ext +3d
        [reply=41] em xin gia hạn ạ                                        => ext ?
        [reply=41] a oi cho e xin gia han nhe                              => ext ?
        [reply=41] xin gia hạn đến cuối tháng 8 vì chờ kinh phí bổ sung    => ext 2026-08-31 "chờ kinh phí bổ sung"
        [reply=41] xin gia han den T2 tuan sau                             => ext 2026-07-13
        #27 gia hạn đến 20.7 nhé anh                                       => ext 2026-07-20 @27
        [reply=41] em xin dời sang thứ 6 này được không ạ                  => ext 2026-07-10
        [reply=41] xin gia hạn đến hết tháng này                           => ext 2026-07-31
        # --- doubtful
        [reply=41] chắc là xong rồi đó anh                                 => unsure progress|done
        [reply=41] xong một phần rồi ạ                                     => progress
        [reply=41] cần xin ý kiến anh về việc này                          => unsure blocked|progress
        # --- chatter
        [reply=41] anh đang ở đâu vậy                                      => none
        ngày mai em đi công tác ạ                                          => none
        [reply=41] số điện thoại anh Minh là bao nhiêu ạ                   => none
        mọi người ơi trưa nay ăn gì                                        => none
        [reply=41] 😂😂                                                     => none
        [reply=41] anh xem giúp em cái biên bản này có đúng mẫu không      => none
        cảm ơn cả nhà                                                      => none
        [reply=41] dạ em chào anh                                          => none
        """;

    public const string QuestionsB = """
        [leader] những việc nào đã quá hạn mà chưa xong                    => q overdue
        [leader] hien co bao nhieu nv bi cham                              => q overdue
        [leader] cho anh danh sách việc quá hạn                            => q overdue
        [leader] có ai trễ deadline không                                  => q overdue
        [leader] tram y te co viec nao qua han k                           => q overdue unit="tram y te"
        [leader] ban văn hóa còn việc nào quá hạn hay không                => q overdue unit="ban văn hóa"
        [leader] việc nào quá hạn trong tháng này                          => q overdue win=2026-07-01..2026-07-31
        [leader] từ đầu tháng tới giờ có việc nào trễ không                => q overdue win=2026-07-01..2026-07-08
        [leader] mấy việc sắp tới hạn là những việc nào                    => q duesoon
        [leader] trong tuần này phải xong những việc gì                    => q duesoon win=2026-07-06..2026-07-12
        [leader] tuần tới có việc nào đến hạn không em                     => q duesoon win=2026-07-13..2026-07-19
        [leader] thang sau co nhung viec gi den han                        => q duesoon win=2026-08-01..2026-08-31
        [leader] hom nay co gi den han ko                                  => q duesoon win=2026-07-08..2026-07-08
        [leader] ngay mai het han nhung viec nao                           => q duesoon win=2026-07-09..2026-07-09
        [leader] công an phường có việc nào sắp đến hạn không              => q duesoon unit="công an phường"
        [leader] tình hình thực hiện các nhiệm vụ được giao đến nay ra sao => q progress
        [leader] tien do chung the nao roi                                 => q progress
        [leader] báo cáo nhanh tình hình thực hiện nhiệm vụ cho anh        => q progress
        [leader] phòng văn hóa xã hội đã làm được bao nhiêu việc rồi       => q progress unit="phòng văn hóa xã hội"
        [leader] tình hình thực hiện thông báo số 33 thế nào               => q progress doc="thông báo 33"
        [leader] tb 41 xong chưa                                           => q progress doc="thông báo 41"
        [leader] tháng này đã hoàn thành bao nhiêu nhiệm vụ                => q progress win=2026-07-01..2026-07-31
        [leader] kết quả thực hiện nhiệm vụ tuần trước                     => q progress win=2026-06-29..2026-07-05
        [leader] em ơi tình hình sao rồi                                   => q progress
        [leader] #33 sao rồi em                                            => q task=33
        [leader] việc số 9 đã xong chưa                                    => q task=9
        [leader] nv 14 đang ở đâu rồi                                      => q task=14
        [leader] tổng hợp giúp anh những việc còn tồn đọng                 => q progress
        em còn mấy việc chưa xong                                          => q mine
        """;
}
