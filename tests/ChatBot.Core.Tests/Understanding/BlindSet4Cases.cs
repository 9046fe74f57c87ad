namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Blind set 4: written on 05/12/2026 (session 27, helper replies4) before reading the understander's code or any test
/// table but CaseTable and blind set 3's first lines, further from docs/CONVERSATION.md's examples than set 3: as officials
/// type in Zalo/Telegram on a phone (no diacritics, telex leftovers, teencode, typos, emoji, voice-typed run-ons, long
/// polite messages with the news in the middle, Southern/Northern/Central particles, task numbers written in many ways)
/// and as the chief or a clerk asks. Each line's expectation is what a careful colleague would understand; where a
/// colleague would ask, the line expects the bot to ask. Scored by <see cref="BlindSet4Tests"/>, not tuned to.
/// Today is Tuesday 21/07/2026 (week 20/07–26/07; next week 27/07–02/08; Q3 ends Wednesday 30/09; 31/07 is a Friday).
/// </summary>
internal static class BlindSet4Cases
{
    public static readonly DateOnly Today = new(2026, 7, 21);

    public const string Replies = """
        # --- done
        [reply=23] xong r a                                                => done
        [reply=23] Dạ em chào anh, em xin báo cáo là nội dung anh giao hôm thứ 5 tuần trước về việc rà soát hộ nghèo bên em đã làm xong, danh sách em gửi chị Hoa văn phòng rồi ạ. Em cảm ơn anh => done
        [reply=23] xong roai nha anh                                       => done
        [reply=23] da xong het r a 👌                                      => done
        [reply=23] dạ hoàn thành rồi anh ơi                                => done
        [reply=23] xong rùi nè anh                                         => done
        [reply=23] hoan thanh roi nghe anh                                 => done
        [reply=23] rồi ạ, em làm xong từ sáng                              => done
        [reply=23] bên e đã hoàn thành nv này r ạ                          => done
        nv12 xong                                                          => done @12
        NV 12 da hoan thanh                                                => done @12
        việc số 12 xong rồi a                                              => done @12
        cái 12 em xong rồi nha anh                                         => done @12
        #12 ok xong                                                        => done @12
        #12: đã hoàn thành.                                                => done @12
        [reply=23] xog r a                                                 => done
        [reply=23] Dạ xong rồi ạ!!!                                        => done
        [reply=23] em đã hoàn thành việc tổng hợp số liệu và đã gửi báo cáo lên phòng rồi ạ => done
        [reply=23] da bao cao anh viec nay da hoan tat                     => done
        [reply=23] Xong 100% roi anh                                       => done
        [reply=23] hoafn thafnh roi a                                      => done
        [reply=23] daxong                                                  => done
        [reply=23] dạ xong rồi ạ em gửi file qua mail anh rồi đó           => done
        [reply=23] xong xuôi hết rồi anh                                   => done
        [reply=23] dạ em xong rồi đó chị                                   => done
        [reply=23] ok xong r nhé, co j a cu nhan e                         => done
        [reply=23] đã xong, biên bản có chữ ký đầy đủ                      => done
        [reply=23] da hoan thanh dung han a                                => done
        [reply=23] Dạ thưa anh, việc kiểm tra vệ sinh an toàn thực phẩm tại các quán ăn trên địa bàn khu phố 3 đã hoàn thành, không phát hiện vi phạm ạ => done
        [reply=23] e lm xong r                                             => done
        [reply=23] xong rồi á anh                                          => done
        [reply=23] Dạ việc này hoàn thành rồi, hồ sơ em để ở bộ phận một cửa ạ => done
        [reply=23] hoàn thành ✅✅                                          => done
        [reply=23] Hoan thanh.                                             => done
        [reply=23] ok anh, xong luôn rồi                                   => done
        đã xong rồi ạ                                                      => done @-
        [reply=23] da em bao cao anh la viec kiem tra cac co so kinh doanh tren dia ban phuong thi ben em da lam xong het roi con bien ban thi chieu nay em gui anh a => done
        [reply=23] da hoa2n tha2nh ro62i a                                 => done
        [reply=23] d9a4 xong ro62i nha                                     => done
        # --- several tasks
        #12 #15 xong het r                                                 => done @12,15
        nv12, nv15 đã hoàn thành                                           => done @12,15
        12 va 15 xong roi a                                                => done @12,15
        #12 xong, #15 đang làm 40%                                         => several done @12 ; progress 40 @15
        [list=4] 1 xong 2 dang lam                                         => several done @L1 ; progress @L2
        [list=4] 1 xong, 2 đang làm, 3 vướng kinh phí                      => several done @L1 ; progress @L2 ; blocked "kinh phí" @L3
        [list=5] cả 5 việc em xong hết rồi                                 => done @L1,2,3,4,5
        [list=3] tất cả đã xong                                            => done @L1,2,3
        #20 xong r, #21 vướng mặt bằng                                     => several done @20 ; blocked "mặt bằng" @21
        [list=4] số 1 và số 3 xong rồi ạ                                   => done @L1,3
        viec 12 xong, viec 13 dang lam 70%                                 => several done @12 ; progress 70 @13
        #12, #13 và #14 đều đã hoàn thành                                  => done @12,13,14
        #30-32 xong                                                        => done @30,31,32
        [list=6] 2, 4, 6 xong hết                                          => done @L2,4,6
        [list=3] 1 đang làm 50%, 2 xong, 3 đã nhận                         => several progress 50 @L1 ; done @L2 ; ack @L3
        #12 dang lam 30% con #13 xong roi                                  => several progress 30 @12 ; done @13
        [list=4] mục 1 xong, mục 2 đang làm                                => several done @L1 ; progress @L2
        nv 40 nv 41 đều xong ạ                                             => done @40,41
        [list=5] 1 2 xong, 3 dang lam                                      => several done @L1,2 ; progress @L3
        [list=3] cái 1 em xong rồi, cái 2 thì đang làm                     => several done @L1 ; progress @L2
        # --- in progress, with and without a percent
        [reply=23] dang lam a                                              => progress
        [reply=23] đang làm được 60% rồi anh                               => progress 60
        [reply=23] dc 70% r a                                              => progress 70
        [reply=23] tiến độ khoảng 45% ạ                                    => progress 45
        [reply=23] em đang triển khai, dự kiến cuối tuần xong              => progress
        [reply=23] bên em đang tổng hợp số liệu ạ                          => progress
        [reply=23] dang xu ly nha anh                                      => progress
        [reply=23] mới làm được 30 phần trăm thôi anh                      => progress 30
        [reply=23] đạt tầm 80%                                             => progress 80
        [reply=23] dag lam r a, chiu nay e bc                              => progress
        [reply=23] Dạ em chào anh, việc này bên em đã phân công cho các tổ dân phố và đang tiến hành rà soát từng hộ, hiện được khoảng một nửa rồi ạ, có gì em báo anh sau => progress 50
        [reply=23] đg làm anh ơi                                           => progress
        [reply=23] em đang làm tiếp nha                                    => progress
        [reply=23] tiep tuc thuc hien a                                    => progress
        [reply=23] mới bắt đầu làm hôm qua ạ                               => progress
        [reply=23] làm được 3/4 rồi anh                                    => progress 75
        #18 dang lam 50%                                                   => progress 50 @18
        nv18 được 20%                                                      => progress 20 @18
        việc số 18 đang làm nha                                            => progress @18
        [reply=23] 90% r a, con chut xiu                                   => progress 90
        [reply=23] đang trong quá trình thực hiện ạ                        => progress
        [reply=23] em đang đi xác minh thực địa, chiều về em làm tiếp      => progress
        [reply=23] ben e dang phoi hop voi cong an phuong xu ly            => progress
        [reply=23] dạ đang gấp rút hoàn thiện hồ sơ ạ                      => progress
        [reply=23] hien tai da duoc 65% khoi luong                         => progress 65
        [reply=23] được 40 %                                               => progress 40
        [reply=23] tiến độ: 55%                                            => progress 55
        [reply=23] e đang lm r, mai e gửi                                  => progress
        [reply=23] mình đang làm nhé, tầm 1 nửa rồi                        => progress 50
        [reply=23] dang tien hanh thu thap thong tin cac ho                => progress
        [reply=23] vẫn đang làm ạ, hơi chậm xíu                            => progress
        [reply=23] da trien khai duoc khoang 2 phan 3 roi a                => progress 67
        [reply=23] alo anh ơi em báo cáo là cái việc tuyên truyền phòng cháy chữa cháy ấy thì bên em đang làm rồi được khoảng 60 phần trăm rồi anh nhé => progress 60
        # --- almost done
        [reply=23] sắp xong rồi anh                                        => progress
        [reply=23] gan xong r a                                            => progress
        [reply=23] con xiu nua la xong                                     => progress
        [reply=23] mai là xong anh nhé                                     => progress
        [reply=23] dạ sắp hoàn thành, chỉ còn chờ chữ ký lãnh đạo          => progress
        [reply=23] 95% rồi, chiều nay xong                                 => progress 95
        [reply=23] gần hoàn tất rồi ạ                                      => progress
        [reply=23] chiều nay em xong                                       => progress
        [reply=23] còn vài hộ nữa là xong thôi anh                         => progress
        [reply=23] thứ 6 này xong ạ                                        => progress
        # --- negations, some with a cause
        [reply=23] chua xong a                                             => progress
        [reply=23] chưa xong anh ơi                                        => progress
        [reply=23] ko xong kịp vì thiếu người                              => blocked "thiếu người"
        [reply=23] chx xong a, dang lam                                    => progress
        [reply=23] chưa xong đâu anh                                       => progress
        [reply=23] chưa hoàn thành do dân chưa hợp tác                     => blocked "dân chưa hợp tác"
        [reply=23] ko phải xong đâu, mới được 1 phần                       => progress
        [reply=23] chưa xong được vì máy tính hư                           => blocked "máy tính hư"
        [reply=23] chua hoan thanh ạ                                       => progress
        [reply=23] xong đâu mà xong, còn nhiều lắm anh                     => progress
        [reply=23] em chưa kịp làm xong anh ạ                              => progress
        [reply=23] chưa có ai làm xong cả                                  => progress
        [reply=23] đâu có xong anh, đang làm                               => progress
        [reply=23] ko kip hoan thanh do mua bao                            => blocked "mua bao"
        [reply=23] chưa xong nha anh, tại bên tài nguyên chưa trả hồ sơ    => blocked "bên tài nguyên chưa trả hồ sơ"
        [reply=23] k xong duoc vi thieu kinh phi                           => blocked "thieu kinh phi"
        [reply=23] vẫn chưa xong ạ                                         => progress
        [reply=23] chưa hẳn là xong đâu anh                                => progress
        #25 chưa xong                                                      => progress @25
        [reply=23] chưa xong, còn 3 hộ chưa ký                             => progress
        [reply=23] hong có xong đâu anh ơi                                 => progress
        # --- blocked, with a reason
        [reply=23] vuong kinh phi a                                        => blocked "kinh phi"
        [reply=23] đang vướng mặt bằng anh ơi                              => blocked "mặt bằng"
        [reply=23] bị kẹt vì chưa có chữ ký của chủ hộ                     => blocked "chưa có chữ ký của chủ hộ"
        [reply=23] dạ khó khăn do người dân không đồng ý di dời            => blocked "người dân không đồng ý di dời"
        [reply=23] vướng: thiếu hồ sơ gốc                                  => blocked "thiếu hồ sơ gốc"
        [reply=23] tạm dừng vì chờ ý kiến của quận                         => blocked "chờ ý kiến của quận"
        [reply=23] không thể làm tiếp do chủ nhà đi vắng                   => blocked "chủ nhà đi vắng"
        #33 vướng thủ tục đất đai                                          => blocked "thủ tục đất đai" @33
        nv33 dang vuong, chu ho khong hop tac                              => blocked "chu ho khong hop tac" @33
        [reply=23] Dạ em báo cáo anh, việc này bên em đang gặp khó khăn vì danh sách bên phòng lao động gửi xuống bị sai nhiều, em đã đề nghị gửi lại mà chưa nhận được ạ => blocked "danh sách bên phòng lao động gửi xuống bị sai nhiều, em đã đề nghị gửi lại mà chưa nhận được"
        [reply=23] bị chậm tại vì thiếu xe chở vật tư                      => blocked "thiếu xe chở vật tư"
        [reply=23] vướng mắc ở khâu thẩm định                              => blocked "khâu thẩm định"
        [reply=23] kẹt quá anh ơi, chưa có kinh phí                        => blocked "chưa có kinh phí"
        [reply=23] chưa làm được do chưa có hướng dẫn của cấp trên         => blocked "chưa có hướng dẫn của cấp trên"
        [reply=23] thiếu máy đo nên chưa đi kiểm tra được                  => blocked "thiếu máy đo"
        [reply=23] vướng                                                   => blocked
        [reply=23] bế tắc luôn anh ơi                                      => blocked
        [reply=23] trở ngại: hệ thống phần mềm bị lỗi từ hôm qua           => blocked "hệ thống phần mềm bị lỗi từ hôm qua"
        [reply=23] Việc này đang bị vướng do chưa xác định được ranh giới giữa 2 hộ ạ => blocked "chưa xác định được ranh giới giữa 2 hộ"
        [reply=23] dang vuong mac vi nguoi dan khieu nai                   => blocked "nguoi dan khieu nai"
        [reply=23] ko the thuc hien vi thoi tiet xau                       => blocked "thoi tiet xau"
        [reply=23] khó khăn quá, dân không chịu ký                         => blocked "dân không chịu ký"
        [reply=23] vướng chữ ký anh Tuấn nha                               => blocked "chữ ký anh Tuấn"
        [reply=23] hiện đang tạm dừng, chờ kinh phí bổ sung                => blocked "chờ kinh phí bổ sung"
        [reply=23] bị kẹt ở bên thuế ạ                                     => blocked "bên thuế"
        việc số 33 đang vướng giải phóng mặt bằng                          => blocked "giải phóng mặt bằng" @33
        # --- acknowledged
        [reply=23] da nhan a                                               => ack
        [reply=23] em nhận ạ                                               => ack
        [reply=23] ok a                                                    => ack
        [reply=23] 👍                                                      => ack
        [reply=23] dạ vâng ạ                                               => ack
        [reply=23] rõ ạ                                                    => ack
        [reply=23] đã nhận được, em sẽ triển khai ngay ạ                   => ack
        [reply=23] oke anh, em làm liền                                    => ack
        [reply=23] nhận rồi nghen anh                                      => ack
        [reply=23] Dạ em đã tiếp nhận nhiệm vụ, sẽ phân công cán bộ thực hiện ạ => ack
        #40 đã nhận                                                        => ack @40
        [reply=23] vang, e nam dc r a                                      => ack
        [reply=23] okie chị                                                => ack
        [reply=23] dạ e nhận đc r nha                                      => ack
        [reply=23] ok 👌                                                   => ack
        # --- extension requests
        [reply=23] xin gia hạn đến 30/7 ạ                                  => ext 2026-07-30
        [reply=23] e xin gia han den thu 6                                 => ext 2026-07-24
        [reply=23] cho em lùi đến thứ 6 tuần sau nha anh                   => ext 2026-07-31
        [reply=23] xin gia hạn đến cuối tháng vì chờ số liệu bên thuế      => ext 2026-07-31 "chờ số liệu bên thuế"
        [reply=23] xin lùi hạn đến hết quý ạ                               => ext 2026-09-30
        [reply=23] cho em thêm 1 tuần nữa được không anh                   => ext +7d
        [reply=23] gia han den 15/8 giup em                                => ext 2026-08-15
        [reply=23] xin gia hạn thêm 5 ngày làm việc do khối lượng lớn      => ext +5wd "khối lượng lớn"
        [reply=23] e xin dời hạn sang tuần sau nha                         => ext ~2026-07-31
        [reply=23] xin gia hạn đến ngày 5 tháng 8 năm 2026                 => ext 2026-08-05
        [reply=23] xin gia hạn tới 2/9                                     => ext 2026-09-02
        [reply=23] anh cho em lùi qua sau lễ 2/9 nha                       => ext ?
        [reply=23] xin gia hạn đến trước Tết                               => ext ?
        [reply=23] xin gia hạn ạ                                           => ext ?
        [reply=23] e xin lui han                                           => ext ?
        #45 xin gia hạn đến 31/8 vì chờ kết quả thẩm định                  => ext 2026-08-31 "chờ kết quả thẩm định" @45
        nv45 xin thêm 10 ngày                                              => ext +10d @45
        [reply=23] xin gia hạn đến đầu tháng sau ạ                         => ext ~2026-08-03
        [reply=23] do khối lượng công việc nhiều, bên em xin gia hạn đến hết tháng 8 => ext 2026-08-31 "khối lượng công việc nhiều"
        [reply=23] cho e xin them thoi gian den ngay mai                   => ext 2026-07-22
        [reply=23] xin lùi đến ngày kia ạ                                  => ext 2026-07-23
        [reply=23] cho em lùi tới bữa mốt nghen anh                        => ext 2026-07-23
        [reply=23] xin gia hạn đến hết ngày 24/7                           => ext 2026-07-24
        [reply=23] xin gia hạn đến 10/7                                    => ext 2026-07-10
        [reply=23] em xin kéo dài thời hạn thêm 2 tuần vì đang chờ ý kiến của sở => ext +14d "đang chờ ý kiến của sở"
        [reply=23] Dạ anh ơi, việc rà soát này bên em làm chưa kịp vì tuần rồi cán bộ đi tập huấn hết, em xin phép anh cho gia hạn đến thứ 2 tuần sau ạ => ext 2026-07-27 "tuần rồi cán bộ đi tập huấn hết"
        [reply=23] xin gia hạn 3 ngày                                      => ext +3d
        [reply=23] lùi hạn sang T2                                         => ext 2026-07-27
        [reply=23] xin hoãn đến cuối tuần                                  => ext ~2026-07-24
        [reply=23] xin gia hạn đến 20-8-2026 vì chủ đầu tư chưa bàn giao mặt bằng => ext 2026-08-20 "chủ đầu tư chưa bàn giao mặt bằng"
        [reply=23] xin gia hạn đến 20.08                                   => ext 2026-08-20
        [reply=23] e xin gia hạn tới hết tháng này nha a                   => ext 2026-07-31
        [reply=23] xin lui sang tuan                                       => ext ~2026-07-31
        [reply=23] xin gia hạn tới cuối quý 3                              => ext 2026-09-30
        [reply=23] cho em thêm 3 hôm nữa nha                               => ext +3d
        [reply=23] xin gia hạn đến thứ 6 nha anh 🙏                         => ext 2026-07-24
        # --- doubtful: the bot must ask
        [reply=23] chac la xong r do a                                     => unsure progress|done
        [reply=23] hình như là xong rồi đó anh, để em hỏi lại chị Thu      => unsure progress|done
        [reply=23] em nghĩ là xong rồi, để em kiểm tra lại                 => unsure progress|done
        [reply=23] dạ bên em triển khai rồi ạ                              => unsure done|progress
        [reply=23] kq e gui a qua mail r nha                               => unsure done|progress
        [reply=23] xong r a, mà con vuong cho dong dau                     => unsure blocked|done
        [reply=23] cai nay kho wa a oi                                     => unsure blocked|progress
        [reply=23] e chua lam dc a                                         => unsure blocked|progress
        [reply=23] chac ko kip a                                           => unsure progress|blocked
        [reply=23] anh hỗ trợ em với, việc này em làm không nổi            => unsure blocked|progress
        [reply=23] phần việc của em xong rồi, còn phần bên tổ dân phố em không rõ => unsure progress|done
        [reply=23] làm xong rồi mà chưa nộp lên phòng                      => unsure done|progress
        [reply=23] lam xong e gui a nha                                    => unsure progress|done
        [reply=23] chắc cũng hoàn thành rồi đó anh                         => unsure progress|done
        [reply=23] chưa chắc xong kịp đâu anh                              => unsure progress|blocked
        [reply=23] việc này em xin ý kiến anh hướng xử lý ạ                => unsure blocked|progress
        [reply=23] đã làm rồi mà chưa báo cáo                              => unsure done|progress
        [reply=23] chưa hoàn thành, còn thiếu hồ sơ của 2 hộ               => unsure progress|blocked
        [reply=23] dạ em đã gửi báo cáo                                    => unsure done|progress
        #12 #13 chắc xong rồi                                              => unsure progress|done @12,13
        # --- chatter: no status
        [reply=23] cảm ơn anh ạ                                            => none
        anh ơi chiều nay mấy giờ họp vậy ạ                                 => none
        hnay e xin nghỉ phép 1 buổi nha anh                                => none
        [reply=23] a gui lai file giup e vs                                => none
        a oi cho e xin sdt chi Lan ben dia chinh                           => none
        chúc mừng sinh nhật chị Mai 🎂🎉                                    => none
        mai đi đám cưới ko mn                                              => none
        ok mn                                                              => none
        haha 😂                                                            => none
        ai có sạc dự phòng cho em mượn với                                 => none
        em đang họp, lát em gọi lại anh nhé                                => none
        sáng nay trời mưa to quá, anh em đi đường cẩn thận nha             => none
        phòng họp tầng 2 máy lạnh bị hư rồi                                => none
        Chiều thứ 6 này đi liên hoan nha cả nhà                            => none
        bên văn phòng có ai cầm chìa khóa tủ hồ sơ không ạ                 => none
        """;

    public const string Questions = """
        # --- overdue: all, by unit, by document
        [leader] có việc nào quá hạn ko                                    => q overdue
        [leader] viec qua han                                              => q overdue
        [leader] toàn phường hiện có bao nhiêu việc trễ hạn?               => q overdue
        [clerk] ds cac viec tre han                                        => q overdue
        [leader] bên địa chính có chi quá hạn không rứa                    => q overdue unit="địa chính"
        [leader] mấy anh công an còn việc nào lố hạn k                     => q overdue unit="công an"
        [leader] phong kt co viec nao qua han khong                        => q overdue unit="phong kt"
        [leader] P.KT quá hạn mấy việc?                                    => q overdue unit="P.KT"
        [leader] tư pháp có trễ hạn việc nào không em                      => q overdue unit="tư pháp"
        [leader] ttpvhcc có việc quá hạn không                             => q overdue unit="ttpvhcc"
        [leader] tdp 4 con viec nao qua han                                => q overdue unit="tdp 4"
        [leader] trạm y tế quá hạn gì không                                => q overdue unit="trạm y tế"
        [leader] thong bao 15 co viec nao tre han ko                       => q overdue doc="Thông báo 15"
        [leader] KH 32 quá hạn những việc nào                              => q overdue doc="Kế hoạch 32"
        [clerk] các việc theo công văn 118 bị chậm tiến độ                 => q overdue doc="Công văn 118"
        [leader] quá deadline nhung viec j r em                            => q overdue
        [leader] việc nào hết hạn mà chưa xong                             => q overdue
        [leader] bên văn hóa xã hội có bị chậm việc nào không              => q overdue unit="văn hóa xã hội"
        [leader] hội phụ nữ có việc nào quá hạn không                      => q overdue unit="hội phụ nữ"
        [leader] phòng ban nào đang có việc quá hạn                        => q overdue
        [leader] các việc quá hạn tuần trước                               => q overdue win=2026-07-13..2026-07-19
        [head] bên em có việc nào quá hạn không                            => q overdue own
        # --- due soon
        [leader] tuần này có bn việc đến hạn vậy                           => q duesoon win=2026-07-20..2026-07-26
        [leader] viec sap den han                                          => q duesoon
        [leader] 3 ngày tới có việc nào đến hạn không                      => q duesoon win=2026-07-21..2026-07-24
        [clerk] trong thang nay nhung viec nao phai hoan thanh             => q duesoon win=2026-07-01..2026-07-31
        [leader] tuan sau co gi den han k em                               => q duesoon win=2026-07-27..2026-08-02
        [leader] hnay có việc nào tới hạn ko                               => q duesoon win=2026-07-21..2026-07-21
        [leader] mai có việc gì phải xong không                            => q duesoon win=2026-07-22..2026-07-22
        [leader] bên địa chính có việc nào sắp đến hạn không               => q duesoon unit="địa chính"
        [leader] từ nay đến cuối tháng còn việc nào phải hoàn thành        => q duesoon win=2026-07-21..2026-07-31
        [leader] việc sắp hết hạn của phòng tư pháp                        => q duesoon unit="phòng tư pháp"
        [leader] tháng 8 có những việc gì đến hạn                          => q duesoon win=2026-08-01..2026-08-31
        [leader] cuoi tuan nay co viec nao den han ko                      => q duesoon win=2026-07-24..2026-07-26
        [leader] công an phường tuần này có việc nào đến hạn               => q duesoon unit="công an phường" win=2026-07-20..2026-07-26
        [head] bên em tuần này có việc gì đến hạn không                    => q duesoon own win=2026-07-20..2026-07-26
        [leader] từ giờ tới 31/7 việc nào đến hạn                          => q duesoon win=2026-07-21..2026-07-31
        [leader] quý này còn những việc nào chưa xong                      => q duesoon win=2026-07-01..2026-09-30
        # --- progress: ward, unit, document
        [leader] tiến độ chung của phường thế nào rồi                      => q progress
        [leader] tinh hinh thuc hien nhiem vu den dau roi                  => q progress
        [leader] bên địa chính làm tới đâu rồi                             => q progress unit="địa chính"
        [leader] mấy anh công an làm đến đâu rồi em                        => q progress unit="công an"
        [leader] tiến độ thông báo 15                                      => q progress doc="Thông báo 15"
        [leader] tb 15 xong chưa                                           => q progress doc="Thông báo 15"
        [leader] kế hoạch 32 triển khai đến đâu rồi                        => q progress doc="Kế hoạch 32"
        [leader] thống kê kết quả thực hiện các nhiệm vụ tháng này         => q progress win=2026-07-01..2026-07-31
        [leader] p kinh te xong het chua em                                => q progress unit="p kinh te"
        [leader] bao nhiêu việc đã hoàn thành rồi em                       => q progress
        [leader] ttyt làm ra sao rồi                                       => q progress unit="ttyt"
        [leader] tổng hợp tình hình cho anh                                => q progress
        [leader] vp ubnd tiến độ ra sao                                    => q progress unit="vp ubnd"
        [leader] tổng cộng còn mấy việc chưa xong vậy em                   => q progress
        [clerk] báo cáo tiến độ của đoàn thanh niên                        => q progress unit="đoàn thanh niên"
        [leader] bên quân sự tình hình thế nào                             => q progress unit="quân sự"
        [leader] cv 118 thực hiện ra sao rồi                               => q progress doc="Công văn 118"
        [head] tiến độ bên em thế nào                                      => q progress own
        [leader] bên mttq đến đâu rồi                                      => q progress unit="mttq"
        [leader] ban chỉ huy quân sự thực hiện tới đâu rồi                 => q progress unit="ban chỉ huy quân sự"
        # --- one task
        [leader] #12 đến đâu rồi                                           => q task=12
        [leader] nv12 sao roi em                                           => q task=12
        [leader] việc số 12 xong chưa                                      => q task=12
        [leader] cái 12 tới đâu rồi                                        => q task=12
        [leader reply=23] xong chưa em?                                    => q task=23
        [leader reply=23] hạn khi nào vậy em                               => q task=23
        [leader] #12 ai đang làm                                           => q task=12
        [leader] nhiệm vụ 12 giao cho ai                                   => q task=12
        [clerk] # 27 hạn đến bao giờ                                       => q task=27
        [leader reply=23] việc này phòng nào chủ trì                       => q task=23
        # --- my tasks
        việc của tôi                                                       => q mine
        em còn việc gì chưa làm không                                      => q mine
        [head] ds viec cua toi                                             => q mine
        e con nhung viec nao vay a                                         => q mine
        cho em xem danh sách việc của em                                   => q mine
        mình còn việc gì không                                             => q mine
        """;
}
