namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Blind set 5: written on 06/12/2026 (session 28, helper replies5) before reading the understander's code or any test
/// table but CaseTable and blind set 4's first lines, further from docs/CONVERSATION.md's examples than set 4: what
/// officials type on a phone in Zalo/Telegram when they answer a task the bot pushed (no diacritics, telex and VNI
/// leftovers, teencode, typos, emoji, voice-typed run-ons, long polite messages with the news in the middle, Southern,
/// Central and Northern particles — <c>nghen</c>, <c>hổng</c>, <c>mô</c>, <c>hỉ</c>, <c>nhá</c> —, tasks written as
/// <c>#12</c>, <c>nv12</c>, <c>việc 12</c>, <c>số 12</c>, <c>cái thứ 12</c>, lists typed on lines) and what the chief, the
/// clerk or a unit head asks. Each line's expectation is what a careful colleague would understand; where a colleague
/// would ask, the line expects the bot to ask. Scored by <see cref="BlindSet5Tests"/>, not tuned to.
/// Today is Thursday 10/09/2026 (the 2/9 holiday has just passed): this week 07/09–13/09, next week 14/09–20/09, last
/// week 31/08–06/09; "thứ 6" is Friday 11/09; September ends Wednesday 30/09, which is also the end of Q3; Q4 runs
/// 01/10–31/12; "đầu tháng sau" starts Thursday 01/10.
/// In <see cref="OnLines"/> a literal <c>\n</c> stands for a line break the official typed (a list on lines); the test
/// puts the break back before reading the line.
/// </summary>
internal static class BlindSet5Cases
{
    public static readonly DateOnly Today = new(2026, 9, 10);

    public const string Replies = """
        # --- done, replying to the task
        [reply=31] dạ xong rồi ạ                                           => done
        [reply=31] xong r nha a                                            => done
        [reply=31] e xong roi                                              => done
        [reply=31] da hoan thanh a                                         => done
        [reply=31] xong rồi nghen anh                                      => done
        [reply=31] dạ rồi, xong hết rồi chị                                => done
        [reply=31] hoàn thành rồi hỉ anh                                   => done
        [reply=31] xong rồi đó nghe anh                                    => done
        [reply=31] xong rồi đó anh, chị kiểm tra giúp em                   => done
        [reply=31] đã hoàn tất ạ                                           => done
        [reply=31] ok xong                                                 => done
        [reply=31] done r a                                                => done
        [reply=31] Xong rồi ạ 🎉                                           => done
        [reply=31] Dạ thưa anh, về việc rà soát danh sách đối tượng bảo trợ xã hội anh giao hôm thứ Hai thì bên em đã hoàn thành xong, em đã gửi file qua Zalo cho chị Lan rồi, có gì anh chỉ đạo thêm ạ => done
        [reply=31] da em chao chi em bao cao la viec kiem tra ve sinh an toan thuc pham o cho phuong em da lam xong het roi a chieu nay em gui bien ban => done
        [reply=31] da vang em bao cao anh la cai viec kiem tra cac ho kinh doanh ma anh giao hom truoc do em da di kiem tra xong het roi a co bien ban day du => done
        [reply=31] em xong roi chi oi em gui bao cao qua mail roi do       => done
        [reply=31] xong 100% rồi nha                                       => done
        [reply=31] xong roofi anh                                          => done
        [reply=31] ddax hoanf thanhf                                       => done
        [reply=31] d9a4 xong                                               => done
        [reply=31] hoa2n tha2nh ro62i a5                                   => done
        [reply=31] xonggg rồi ạ                                            => done
        [reply=31] xong rồi mà anh                                         => done
        [reply=31] hoàn thành nhiệm vụ rồi ạ                               => done
        [reply=31] Em báo cáo: đã hoàn thành.                              => done
        [reply=31] dạ em đã hoàn thành việc này từ hôm qua ạ               => done
        [reply=31] xong lâu rồi anh ơi                                     => done
        [reply=31] rồi nha, xong rồi                                       => done
        [reply=31] 👍 xong                                                 => done
        [reply=31] Đã xong, hồ sơ đã chuyển bộ phận một cửa                => done
        [reply=31] dạ cái này bên em làm xong xuôi hết rồi á               => done
        [reply=31] xong rồi chứ anh, hôm thứ 3 em nộp rồi                  => done
        [reply=31] hoàn thành rồi nhé                                      => done
        [reply=31] DA XONG ROI A                                           => done
        # --- done, with the task written
        #45 xong                                                           => done @45
        # 45 hoàn thành rồi                                                => done @45
        nv45 xong r                                                        => done @45
        Nv 45 đã xong ạ                                                    => done @45
        việc 45 xong rồi anh                                               => done @45
        số 45 em làm xong rồi                                              => done @45
        cái thứ 45 xong rồi nha                                            => done @45
        nhiệm vụ số 45 đã hoàn thành                                       => done @45
        #45 done                                                           => done @45
        dạ #45 bên em xong rồi ạ                                           => done @45
        xong #45 rồi anh                                                   => done @45
        nv 45 hoan thanh roi nhe                                           => done @45
        Dạ em xin báo cáo nhiệm vụ #52 về tổng hợp số liệu dân số đã hoàn thành, số liệu em đã cập nhật lên phần mềm ạ => done @52
        báo cáo anh việc số 52 xong rồi ạ                                  => done @52
        #52 ok r a, xong                                                   => done @52
        #52xong                                                            => done @52
        viec 52 da xong nhe chi                                            => done @52
        xong rồi ạ                                                         => done @-
        # --- several tasks in one message
        #12 xong, #13 đang làm 50%                                         => several done @12 ; progress 50 @13
        12 xong, 13 đang làm 50%                                           => several done @12 ; progress 50 @13
        nv12 xong r, nv13 dang lam                                         => several done @12 ; progress @13
        #21 #22 xong                                                       => done @21,22
        #21, #22 và #23 đã hoàn thành                                      => done @21,22,23
        việc 21 và 22 xong rồi ạ                                           => done @21,22
        #21-23 xong                                                        => done @21,22,23
        #21 xong #22 chưa xong                                             => several done @21 ; progress @22
        #21 xong, #22 vướng do thiếu kinh phí                              => several done @21 ; blocked "thiếu kinh phí" @22
        #21 đã xong, #22 xin gia hạn đến 30/9                              => several done @21 ; ext 2026-09-30 @22
        [list=4] 1 xong 2 dang lam                                         => several done @L1 ; progress @L2
        [list=4] 1, 2 xong; 3 đang làm 70%                                 => several done @L1,2 ; progress 70 @L3
        [list=4] cái 1 xong, cái 3 đang làm                                => several done @L1 ; progress @L3
        [list=4] tất cả xong rồi ạ                                         => done @L1,2,3,4
        [list=5] số 2 và số 5 xong                                         => done @L2,5
        [list=5] 1 đã nhận, 2 xong                                         => several ack @L1 ; done @L2
        [list=3] xong hết cả 3 việc                                        => done @L1,2,3
        #30 xong. #31 đang làm khoảng 60%. #32 mới bắt đầu                 => several done @30 ; progress 60 @31 ; progress @32
        nv30 da xong nv31 dang lam                                         => several done @30 ; progress @31
        #40 xong rồi còn #41 thì em đang làm                               => several done @40 ; progress @41
        #40 và #41 đều đang làm                                            => progress @40,41
        #40, #41 chưa xong                                                 => progress @40,41
        việc 12 em xong r, việc 14 thì vướng vì chưa có mặt bằng           => several done @12 ; blocked "chưa có mặt bằng" @14
        12 xong 13 chua                                                    => several done @12 ; progress @13
        # --- in progress
        [reply=33] đang làm a                                              => progress
        [reply=33] dang lam nha anh                                        => progress
        [reply=33] được 2/3 rồi anh                                        => progress 67
        [reply=33] khoảng nửa rồi ạ                                        => progress 50
        [reply=33] được khoảng một nửa                                     => progress 50
        [reply=33] gần xong rồi anh                                        => progress
        [reply=33] sắp xong rồi chị ơi                                     => progress
        [reply=33] đang làm được 70%                                       => progress 70
        [reply=33] tien do khoang 40% a                                    => progress 40
        [reply=33] xong 80% rồi                                            => progress 80
        [reply=33] hoàn thành 90%                                          => progress 90
        [reply=33] dc 3/4 r a                                              => progress 75
        [reply=33] mới được 1/3 thôi anh                                   => progress 33
        [reply=33] đạt tầm 60 phần trăm                                    => progress 60
        [reply=33] chắc tầm 8 phần 10 rồi                                  => progress 80
        [reply=33] đang triển khai ạ                                       => progress
        [reply=33] bên em đang tiến hành rà soát, dự kiến thứ 6 xong       => progress
        [reply=33] em đang làm, mai xong                                   => progress
        [reply=33] đang trong quá trình tổng hợp ạ                         => progress
        [reply=33] mới bắt đầu làm thôi anh                                => progress
        [reply=33] đang làm dở, còn 3 tổ chưa nộp                          => progress
        [reply=33] xong 4/7 tổ dân phố rồi, còn 3 tổ                       => progress
        [reply=33] hoàn thành 5/6 khu phố                                  => progress
        [reply=33] xong 2/3 rồi, phần còn lại em đang làm                  => progress
        [reply=33] đang tiếp tục làm ạ                                     => progress
        [reply=33] ddang lamf                                              => progress
        [reply=33] dag lam nhe                                             => progress
        [reply=33] em đang xử lý, khoảng 2 ngày nữa sẽ xong                => progress
        [reply=33] cũng được kha khá rồi anh, chắc tầm 70%                 => progress 70
        [reply=33] sắp rồi anh, còn ít nữa thôi                            => progress
        [reply=33] Dạ em đang cho các tổ dân phố rà soát lại lần cuối, được tầm 85% rồi ạ, tuần sau em gửi => progress 85
        [reply=33] vẫn đang làm chị ạ, chưa xong                           => progress
        [reply=33] dang lam hen anh                                        => progress
        [reply=33] chắc mai xong                                           => progress
        [reply=33] dạ đang làm rồi anh, tầm chiều thứ 6 là xong            => progress
        [reply=33] em dang lam gan xong roi a tam 90 phan tram             => progress 90
        #47 đang làm 30%                                                   => progress 30 @47
        nv47 được 50% rồi                                                  => progress 50 @47
        việc 47 gần xong                                                   => progress @47
        cái 47 đang làm nha                                                => progress @47
        # --- negations
        [reply=34] chưa xong đâu anh                                       => progress
        [reply=34] chua xong a                                             => progress
        [reply=34] chx xong                                                => progress
        [reply=34] chưa xong mô anh                                        => progress
        [reply=34] chưa hoàn thành ạ                                       => progress
        [reply=34] hổng xong kịp đâu anh                                   => progress
        [reply=34] ko kịp hoàn thành đúng hạn a                            => progress
        [reply=34] chưa làm xong anh ơi                                    => progress
        [reply=34] đâu có xong đâu anh                                     => progress
        [reply=34] xong đâu mà xong                                        => progress
        [reply=34] có xong đâu chị                                         => progress
        [reply=34] chưa hẳn xong ạ                                         => progress
        [reply=34] chua hoan thanh dau nhe                                 => progress
        [reply=34] chưa xong anh, đang làm tiếp                            => progress
        [reply=34] kh xong kịp a                                           => progress
        [reply=34] chưa xong, còn thiếu số liệu 2 tổ                       => unsure progress|blocked
        [reply=34] chưa xong vì anh Tuấn đi học                            => blocked "anh Tuấn đi học"
        [reply=34] chưa xong do dân không hợp tác                          => blocked "dân không hợp tác"
        [reply=34] chưa xong nha anh, tại máy tính bị hư                   => blocked "máy tính bị hư"
        [reply=34] chua lam xong duoc vi troi mua                          => blocked "troi mua"
        [reply=34] k kịp đâu anh, thiếu người quá                          => blocked "thiếu người"
        [reply=34] không kịp anh ơi                                        => unsure progress|blocked
        [reply=34] em chưa gửi báo cáo ạ                                   => progress
        [reply=34] chưa nộp hồ sơ nha chị                                  => progress
        [reply=34] chưa làm gì hết anh ơi                                  => none
        [reply=34] chưa triển khai anh ạ                                   => none
        [reply=34] đâu mà chưa xong, xong rồi mà anh                       => done
        [reply=34] ai bảo chưa xong, em xong từ thứ 3 rồi                  => done
        # --- blocked, the cause as typed
        [reply=35] vướng ạ                                                 => blocked
        [reply=35] vuong kinh phi a                                        => blocked "kinh phi"
        [reply=35] đang vướng vì chưa có kinh phí                          => blocked "chưa có kinh phí"
        [reply=35] bị kẹt do dân chưa đồng ý                               => blocked "dân chưa đồng ý"
        [reply=35] vướng mắc: hồ sơ đất chưa có bản đồ địa chính           => blocked "hồ sơ đất chưa có bản đồ địa chính"
        [reply=35] khó khăn do 2 hộ không chịu ký biên bản                 => blocked "2 hộ không chịu ký biên bản"
        [reply=35] tạm dừng vì chờ ý kiến của thành phố                    => blocked "chờ ý kiến của thành phố"
        [reply=35] vướng lắm anh ơi                                        => blocked
        [reply=35] kẹt quá chị                                             => blocked
        [reply=35] không thể triển khai do mưa bão                         => blocked "mưa bão"
        [reply=35] thiếu người nên chưa làm được                           => blocked "thiếu người"
        [reply=35] do thiếu xe nên em chưa đi kiểm tra được                => blocked "thiếu xe"
        [reply=35] chưa có kinh phí không thể làm được anh                 => blocked "chưa có kinh phí"
        [reply=35] vướng chữ ký của phó chủ tịch rồi                       => blocked "chữ ký của phó chủ tịch"
        [reply=35] vuong o cho dan ko hop tac                              => blocked "dan ko hop tac"
        [reply=35] vướng, tại bên địa chính chưa gửi số liệu               => blocked "bên địa chính chưa gửi số liệu"
        [reply=35] đang bị kẹt ở khâu thẩm định ạ                          => blocked "khâu thẩm định"
        [reply=35] Dạ báo cáo anh, việc giải tỏa lấn chiếm vỉa hè bên em đang gặp khó khăn vì các hộ kinh doanh phản đối, em xin ý kiến anh ạ => blocked "các hộ kinh doanh phản đối"
        [reply=35] chưa làm được do phần mềm bị lỗi                        => blocked "phần mềm bị lỗi"
        [reply=35] em chưa gửi được vì thiếu chữ ký                        => blocked "thiếu chữ ký"
        [reply=35] bế tắc rồi anh                                          => blocked
        [reply=35] chua trien khai duoc vi chua co huong dan               => blocked "chua co huong dan"
        [reply=35] vướng 😥                                                => blocked
        [reply=35] trở ngại do thời tiết                                   => blocked "thời tiết"
        [reply=35] kẹt vụ đền bù anh ơi                                    => blocked "vụ đền bù"
        [reply=35] em dang lam tiep ma con thieu so lieu cua to 4 nen chua tong hop duoc => blocked "thieu so lieu cua to 4"
        [reply=35] vướng quá, dân họ không cho vào đo đạc                  => blocked "dân họ không cho vào đo đạc"
        #48 vướng: chưa có mặt bằng                                        => blocked "chưa có mặt bằng" @48
        nv48 bị vướng do chủ hộ đi vắng                                    => blocked "chủ hộ đi vắng" @48
        việc 48 không thể làm tiếp vì thiếu máy                            => blocked "thiếu máy" @48
        # --- acknowledged
        [reply=36] đã nhận                                                 => ack
        [reply=36] ok e nắm r                                              => ack
        [reply=36] dạ em nhận ạ                                            => ack
        [reply=36] nhận được rồi ạ                                         => ack
        [reply=36] ok a                                                    => ack
        [reply=36] vâng ạ                                                  => ack
        [reply=36] 👍                                                      => ack
        [reply=36] dạ rõ                                                   => ack
        [reply=36] da nhan dc r a                                          => ack
        [reply=36] ok chị, em làm liền                                     => ack
        [reply=36] dạ vâng em nắm được rồi ạ                               => ack
        [reply=36] em đã tiếp nhận nhiệm vụ                                => ack
        [reply=36] ok nha                                                  => ack
        [reply=36] okela anh                                               => ack
        [reply=36] dạ oke a                                                => ack
        [reply=36] nhận rồi nhá                                            => ack
        [reply=36] 👌👌                                                    => ack
        #49 đã nhận                                                        => ack @49
        nv49 em nhận r nhe                                                 => ack @49
        # --- extensions
        [reply=37] xin gia hạn đến 30/9                                    => ext 2026-09-30
        [reply=37] cho em gia hạn đến thứ 6                                => ext 2026-09-11
        [reply=37] xin lùi sang thứ 2 tuần sau                             => ext 2026-09-14
        [reply=37] xin thêm 1 tuần nữa anh                                 => ext +7d
        [reply=37] cho em thêm 3 ngày                                      => ext +3d
        [reply=37] xin gia han them 5 ngay lam viec                        => ext +5wd
        [reply=37] em xin gia hạn đến cuối quý ạ                           => ext 2026-09-30
        [reply=37] xin lùi hạn đến cuối tháng                              => ext 2026-09-30
        [reply=37] xin gia hạn đến 15/10 vì chờ kinh phí                   => ext 2026-10-15 "chờ kinh phí"
        [reply=37] em xin gia hạn sau khi có kinh phí ạ                    => ext ?
        [reply=37] cho e xin them thoi gian                                => ext ?
        [reply=37] em xin lùi ạ                                            => ext ?
        [reply=37] xin gia hạn đến tuần sau                                => ext ~2026-09-18
        [reply=37] xin gia hạn đến đầu tháng sau                           => ext ~2026-10-01
        [reply=37] dời hạn sang 20/9 giúp em                               => ext 2026-09-20
        [reply=37] xin lùi đến thứ 6 tuần sau do thiếu người               => ext 2026-09-18 "thiếu người"
        [reply=37] xin gia hạn đến 5/9                                     => ext 2026-09-05
        [reply=37] anh cho em kéo dài thời gian đến hết tháng 10 được không anh => ext 2026-10-31
        [reply=37] xin hoãn đến sau Tết                                    => ext ?
        [reply=37] xin gia hạn 10 ngày                                     => ext +10d
        [reply=37] em xin lùi 2 tuần                                       => ext +14d
        [reply=37] gia hạn giúp e đến ngày 25 tháng 9                      => ext 2026-09-25
        [reply=37] xin gia hạn đến 25-9-2026                               => ext 2026-09-25
        [reply=37] xin lui han den cuoi tuan                               => ext ~2026-09-11
        [reply=37] xin gia hạn đến ngày mai ạ                              => ext 2026-09-11
        [reply=37] Dạ em chào anh, do khối lượng hồ sơ nhiều mà bên em chỉ có 2 người nên em xin phép gia hạn đến thứ Tư tuần sau ạ => ext 2026-09-16 "khối lượng hồ sơ nhiều mà bên em chỉ có 2 người"
        [reply=37] xin gia hạn tới cuối tháng 9 vì dân đi làm ăn xa chưa về => ext 2026-09-30 "dân đi làm ăn xa chưa về"
        [reply=37] cho em lùi deadline qua thứ 3 nha                       => ext 2026-09-15
        [reply=37] xin gia hạn tới giữa tháng 10                           => ext ~2026-10-15
        [reply=37] chắc phải xin thêm thời gian rồi anh, đến 30/9 nhé      => ext 2026-09-30
        [reply=37] xin gia hạn đến khi có kết quả thẩm định                => ext ?
        [reply=37] em xin gia hạn đến ngày 20/10 lý do: chờ ý kiến của sở  => ext 2026-10-20 "chờ ý kiến của sở"
        [reply=37] xin lùi hạn thêm 3 ngày làm việc vì em đi tập huấn      => ext +3wd "em đi tập huấn"
        [reply=37] xin gia han den 2/10 nha a                              => ext 2026-10-02
        [reply=37] em xin gia hạn đến hết quý 3                            => ext 2026-09-30
        [reply=37] không cần gia hạn đâu anh, em đang làm, tuần này xong   => progress
        [reply=37] đã được gia hạn đến 30/9 rồi ạ                          => none
        #50 xin gia hạn đến 18/9                                           => ext 2026-09-18 @50
        nv50 xin them 1 tuan                                               => ext +7d @50
        việc 50 em xin lùi sang tháng sau                                  => ext ~2026-10-31 @50
        #50 xin gia hạn                                                    => ext ? @50
        # --- doubtful: the bot asks
        [reply=38] chắc xong rồi anh                                       => unsure progress|done
        [reply=38] hình như xong rồi                                       => unsure progress|done
        [reply=38] em nghĩ là xong rồi ạ                                   => unsure progress|done
        [reply=38] chắc là hoàn thành rồi á                                => unsure progress|done
        [reply=38] chưa chắc đã xong                                       => unsure progress|done
        [reply=38] có lẽ đã hoàn thành                                     => unsure progress|done
        [reply=38] xong phần của em rồi                                    => unsure progress|done
        [reply=38] phần em xong rồi còn phần chị Hà em không rõ            => unsure progress|done
        [reply=38] làm xong em gửi                                         => unsure progress|done
        [reply=38] xong rồi nhưng chưa gửi                                 => unsure done|progress
        [reply=38] xong rồi mà chưa ký                                     => unsure done|progress
        [reply=38] hoàn thành rồi nhưng còn chờ bên tài chính duyệt        => unsure done|progress
        [reply=38] xong rồi nhưng mà                                       => unsure done|progress
        [reply=38] đã làm rồi anh                                          => unsure done|progress
        [reply=38] em gửi kết quả cho anh rồi                              => unsure done|progress
        [reply=38] kq e gửi chị r                                          => unsure done|progress
        [reply=38] đã triển khai rồi ạ                                     => unsure done|progress
        [reply=38] em gửi bc lên phòng rồi                                 => unsure done|progress
        [reply=38] xong rồi nhưng còn vướng chữ ký                         => unsure blocked|done
        [reply=38] khó quá anh                                             => unsure blocked|progress
        [reply=38] em chưa làm được                                        => unsure blocked|progress
        [reply=38] cần hỗ trợ ạ                                            => unsure blocked|progress
        [reply=38] xin ý kiến chỉ đạo của anh                              => unsure blocked|progress
        [reply=38] làm không nổi anh ơi                                    => unsure blocked|progress
        [reply=38] chắc không kịp                                          => unsure progress|blocked
        # --- chatter: no status
        [reply=39] cảm ơn anh ạ                                            => none
        [reply=39] dạ em cảm ơn chị nhiều                                  => none
        [reply=39] anh ơi chiều nay họp mấy giờ ạ                          => none
        [reply=39] chị Hoa nghỉ phép tới thứ 2 nha                         => none
        [reply=39] a gọi cho e chút đc ko                                  => none
        [reply=39] sđt anh Nam bao nhiêu vậy anh                           => none
        [reply=39] hôm nay em đi họp ở thành phố                           => none
        [reply=39] 😂😂                                                    => none
        [reply=39] haha                                                    => none
        [reply=39] chúc mừng sinh nhật chị nha 🎂                          => none
        [reply=39] anh gửi lại file giúp em với                            => none
        [reply=39] file này mở không được anh ơi                           => none
        [reply=39] em đang đi họp, chút em báo lại                         => none
        [reply=39] alo                                                     => none
        [reply=39] mai em nghỉ ốm ạ                                        => none
        [reply=39] sáng mai anh có ở cơ quan không ạ                       => none
        [reply=39] trời mưa to quá mọi người đi cẩn thận                   => none
        [reply=39] tuần sau em đi tập huấn 3 ngày                          => none
        [reply=39] chi oi file mau o dau vay                               => none
        """;

    /// <summary>Replies typed on several lines (a literal <c>\n</c> is the line break).</summary>
    public const string OnLines = """
        #12 xong\n#13 đang làm 50%\n#14 vướng kinh phí                     => several done @12 ; progress 50 @13 ; blocked "kinh phí" @14
        [list=3] 1. xong\n2. đang làm\n3. xong                             => several done @L1 ; progress @L2 ; done @L3
        Dạ em báo cáo:\n- #21: xong\n- #22: đang làm 80%\n- #23: xin lùi đến thứ 6 tuần sau => several done @21 ; progress 80 @22 ; ext 2026-09-18 @23
        nv 5 xong\nnv 6 xong                                               => done @5,6
        [reply=31] dạ\nxong rồi ạ                                          => done
        #60 đã xong\n#61 chưa xong vì thiếu hồ sơ                          => several done @60 ; blocked "thiếu hồ sơ" @61
        """;

    public const string Questions = """
        # --- overdue
        [leader] có việc nào quá hạn không                                 => q overdue
        [leader] bao nhiêu việc quá hạn rồi em                             => q overdue
        [leader] viec qua han                                              => q overdue
        [leader] mấy việc trễ hạn vậy                                      => q overdue
        [leader] bên văn hoá có việc nào quá hạn ko                        => q overdue unit="văn hoá"
        [leader] P.VHXH còn việc trễ hạn không                             => q overdue unit="Phòng Văn hóa - Xã hội"
        [leader] ca phường có việc nào quá hạn không em                    => q overdue unit="công an phường"
        [leader] trạm y tế có việc nào trễ hạn không                       => q overdue unit="trạm y tế"
        [leader] mttq có việc quá hạn ko                                   => q overdue unit="mttq"
        [leader] tổ dân phố 5 còn mấy việc quá hạn                         => q overdue unit="tổ dân phố 5"
        [leader] tdp 7 có việc nào lố hạn chưa                             => q overdue unit="tổ dân phố 7"
        [leader] ban chỉ huy qs phường có việc chậm tiến độ không          => q overdue unit="ban chỉ huy quân sự phường"
        [leader] việc quá hạn của phòng kinh tế                            => q overdue unit="phòng kinh tế"
        [head] bên em có việc nào quá hạn không                            => q overdue own
        [clerk] ct phường hỏi bên địa chính có việc nào quá hạn không      => q overdue unit="địa chính"
        [leader] thông báo 45 có việc nào quá hạn chưa                     => q overdue doc="thông báo 45"
        [leader] viec qua han tuan truoc                                   => q overdue win=2026-08-31..2026-09-06
        [leader] những việc hết hạn mà chưa xong                           => q overdue
        [leader] có bao nhiêu nhiệm vụ chưa đúng hạn                       => q overdue
        [leader] quá deadline mấy cái rồi                                  => q overdue
        [leader] bên tư pháp có bị chậm việc nào không                     => q overdue unit="tư pháp"
        [leader] vp ubnd phường có việc trễ hạn không                      => q overdue unit="văn phòng UBND phường"
        [leader] Đoàn thanh niên có việc nào quá hạn ko                    => q overdue unit="Đoàn thanh niên"
        # --- due soon
        [leader] việc nào sắp đến hạn                                      => q duesoon
        [leader] tuần này có việc gì đến hạn không                         => q duesoon win=2026-09-07..2026-09-13
        [leader] viec den han tuan sau                                     => q duesoon win=2026-09-14..2026-09-20
        [leader] từ nay đến cuối tháng có việc nào phải xong               => q duesoon win=2026-09-10..2026-09-30
        [leader] đến cuối quý còn những việc gì phải hoàn thành            => q duesoon win=2026-09-10..2026-09-30
        [leader] trong 5 ngày tới có việc nào sắp hết hạn không            => q duesoon
        [leader] hôm nay có việc nào đến hạn không                         => q duesoon win=2026-09-10..2026-09-10
        [leader] mai có việc nào đến hạn ko                                => q duesoon win=2026-09-11..2026-09-11
        [leader] tháng 10 có bao nhiêu việc đến hạn                        => q duesoon win=2026-10-01..2026-10-31
        [leader] quý 4 những việc gì đến hạn                               => q duesoon win=2026-10-01..2026-12-31
        [leader] bên địa chính tuần này có việc gì sắp hết hạn             => q duesoon unit="địa chính" win=2026-09-07..2026-09-13
        [head] bên em tuần sau có việc nào đến hạn không                   => q duesoon own win=2026-09-14..2026-09-20
        [leader] thang nay con viec nao chua xong                          => q duesoon win=2026-09-01..2026-09-30
        [leader] sap het han may viec roi                                  => q duesoon
        [leader] cuối tuần này có việc gì phải hoàn thành không            => q duesoon win=2026-09-11..2026-09-13
        [leader] đầu tháng sau có những việc nào đến hạn                   => q duesoon win=2026-10-01..2026-10-10
        [leader] trạm y tế có việc gì sắp đến hạn không                    => q duesoon unit="trạm y tế"
        [leader] kế hoạch 12/KH-UBND có việc nào sắp hết hạn không         => q duesoon doc="kế hoạch 12/KH-UBND"
        [clerk] tuần tới có mấy việc đến hạn                               => q duesoon win=2026-09-14..2026-09-20
        # --- progress of a unit, a document, the ward
        [leader] tiến độ bên văn hoá thế nào rồi                           => q progress unit="văn hoá"
        [leader] tình hình thực hiện thông báo 45                          => q progress doc="thông báo 45"
        [leader] kế hoạch 12/KH-UBND đến đâu rồi                           => q progress doc="kế hoạch 12/KH-UBND"
        [leader] tb 45 xong chưa em                                        => q progress doc="thông báo 45"
        [leader] cv 250/UBND-VP triển khai tới đâu rồi                     => q progress doc="công văn 250/UBND-VP"
        [leader] bên tư pháp làm đến đâu rồi                               => q progress unit="tư pháp"
        [leader] P.KT xong chưa                                            => q progress unit="Phòng Kinh tế"
        [leader] mttq làm tới đâu rồi em                                   => q progress unit="mttq"
        [leader] tổng hợp tình hình thực hiện nhiệm vụ tháng 9             => q progress win=2026-09-01..2026-09-30
        [leader] tiến độ chung thế nào rồi em                              => q progress
        [leader] báo cáo anh tình hình các việc                            => q progress
        [leader] còn bao nhiêu việc chưa làm                               => q progress
        [leader] thống kê giúp anh số việc đã xong                         => q progress
        [clerk] ct phường muốn biết tiến độ quyết định 88/QĐ-UBND          => q progress doc="quyết định 88/QĐ-UBND"
        [leader] trung tâm phục vụ hành chính công hoàn thành hết chưa     => q progress unit="trung tâm phục vụ hành chính công"
        [leader] ban chỉ huy quân sự làm tới đâu rồi                       => q progress unit="ban chỉ huy quân sự"
        [leader] tdp 3 kết quả thực hiện ra sao                            => q progress unit="tổ dân phố 3"
        [head] tiến độ bên em thế nào                                      => q progress own
        [leader] hội phụ nữ tiến độ sao rồi                                => q progress unit="hội phụ nữ"
        [leader] ca phuong lam den dau roi                                 => q progress unit="công an phường"
        [leader] tình hình thực hiện thông báo số 52 ra sao                => q progress doc="thông báo 52"
        [leader] quý này làm được bao nhiêu việc rồi                       => q progress win=2026-07-01..2026-09-30
        # --- one task
        [leader] #12 đến đâu rồi                                           => q task=12
        [leader] việc 12 xong chưa                                         => q task=12
        [leader] nv 15 ai đang làm                                         => q task=15
        [leader] cái thứ 15 tới đâu rồi em                                 => q task=15
        [leader] số 18 thế nào rồi                                         => q task=18
        [leader] #20 hạn đến bao giờ                                       => q task=20
        [leader] nv20 phòng nào chủ trì                                    => q task=20
        [leader reply=22] xong chưa em?                                    => q task=22
        [leader reply=22] tới đâu rồi                                      => q task=22
        [leader] #7                                                        => q task=7
        [head] việc 25 giao cho ai vậy                                     => q task=25
        [leader] viec so 30 tien do sao roi                                => q task=30
        # --- my tasks
        [head] việc của tôi                                                => q mine
        [head] em còn việc gì chưa làm                                     => q mine
        [head] danh sách việc của em                                       => q mine
        [head] cho em xem mấy việc em đang phụ trách                       => q mine
        [head] e con nhung viec nao chua xong                              => q mine
        [head] viec cua toi con bao nhieu                                  => q mine
        """;
}
