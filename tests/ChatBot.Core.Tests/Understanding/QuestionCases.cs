namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Questions as the chief, the office and officials type them. Today is Wednesday 08/07/2026:
/// this week is 06/07–12/07, next week 13/07–19/07, last week 29/06–05/07, this quarter 01/07–30/09.
/// </summary>
internal static class QuestionCases
{
    public const string Table = """
        [leader] việc quá hạn của phòng kinh tế                            => q overdue unit="phòng kinh tế"
        [leader] qua han                                                  => q overdue
        [leader] bên công an có việc nào quá hạn không?                    => q overdue unit="công an"
        [leader] tuần này có những việc gì đến hạn                         => q duesoon win=2026-07-06..2026-07-12
        [leader] hôm nay có việc nào đến hạn không                         => q duesoon win=2026-07-08..2026-07-08
        [leader] việc đến hạn ngày mai                                     => q duesoon win=2026-07-09..2026-07-09
        [leader] tháng này còn việc nào chưa xong                          => q duesoon win=2026-07-01..2026-07-31
        [leader] trong 7 ngày tới có gì đến hạn                            => q duesoon win=2026-07-08..2026-07-15
        [leader] tình hình thực hiện nhiệm vụ                              => q progress
        [leader] báo cáo tiến độ chung                                     => q progress
        [leader] còn bao nhiêu việc chưa làm                               => q progress
        [leader] tiến độ thông báo 12 thế nào                              => q progress doc="thông báo 12"
        [leader] TB số 45 đã triển khai đến đâu rồi                        => q progress doc="thông báo 45"
        [leader] #12 đến đâu rồi?                                          => q task=12
        [leader] việc 12 xong chưa                                         => q task=12
        [leader] nhiệm vụ 30 thế nào rồi em                                => q task=30
        việc của tôi                                                      => q mine
        em còn việc gì chưa làm không ạ                                   => q mine
        danh sách việc của em                                             => q mine
        [leader] quý này phòng văn hóa xã hội có bao nhiêu việc quá hạn    => q overdue unit="phòng văn hóa xã hội" win=2026-07-01..2026-09-30
        [leader] tuần sau có việc gì phải xong không                       => q duesoon win=2026-07-13..2026-07-19
        [leader] những việc sắp đến hạn                                    => q duesoon win=2026-07-08..2026-07-15
        [leader] sap het han                                               => q duesoon win=2026-07-08..2026-07-15
        [leader] Cho anh xem tình hình thực hiện các kết luận tháng này    => q progress win=2026-07-01..2026-07-31
        [leader] đơn vị nào đang chậm tiến độ?                             => q overdue
        [leader] việc trễ hạn tuần trước                                   => q overdue win=2026-06-29..2026-07-05
        [leader] tien do phong kinh te                                     => q progress unit="phong kinh te"
        [clerk] thống kê tiến độ công văn 123                              => q progress doc="công văn 123"
        [leader] có việc nào hết hạn mà chưa hoàn thành không              => q overdue
        [leader] Văn phòng còn mấy việc quá hạn?                           => q overdue unit="Văn phòng"
        [leader] kết quả thực hiện thông báo kết luận số 88/TB-UBND        => q progress doc="thông báo 88/TB-UBND"
        [leader] Báo cáo anh các việc quá hạn của trạm y tế                => q overdue unit="trạm y tế"
        [leader] hom nay co viec gi qua han khong                          => q overdue
        [leader] việc đến hạn trong tháng 8                                => q duesoon win=2026-08-01..2026-08-31
        [leader] tuần này bên tư pháp có việc gì không                     => q duesoon unit="tư pháp" win=2026-07-06..2026-07-12
        #12 hạn ngày nào?                                                 => q task=12
        [leader] phường mình còn bao nhiêu việc chưa xong                  => q progress
        [leader] tổng hợp tình hình thực hiện nhiệm vụ quý này             => q progress win=2026-07-01..2026-09-30
        [leader] việc nào quá hạn?                                         => q overdue
        [leader] những đơn vị nào chưa hoàn thành nhiệm vụ được giao       => q progress
        [leader] ai đang bị chậm                                           => q overdue
        [leader] bao nhiêu việc đã xong                                    => q progress
        [leader] quá hạn ban chỉ huy quân sự                               => q overdue unit="ban chỉ huy quân sự"
        bên em có việc nào sắp hết hạn không ạ                            => q duesoon own win=2026-07-08..2026-07-15
        [leader] việc đến hạn từ nay đến cuối tháng                        => q duesoon win=2026-07-08..2026-07-31
        [leader] Tình hình triển khai KH 15                                => q progress doc="kế hoạch 15"
        [leader] viec cua phong tai chinh ke hoach                         => q progress unit="phong tai chinh ke hoach"
        [leader] anh muốn xem các việc phải hoàn thành trong tuần này      => q duesoon win=2026-07-06..2026-07-12
        [leader] Việc gì sắp tới hạn trong 3 ngày tới?                     => q duesoon win=2026-07-08..2026-07-11
        [leader] tiến độ thực hiện công văn số 250/UBND-VP tuần này        => q progress doc="công văn 250/UBND-VP" win=2026-07-06..2026-07-12
        [leader] nhiệm vụ nào đã quá hạn mà chưa báo cáo                   => q overdue
        [leader] các phòng ban triển khai tới đâu rồi                      => q progress
        [leader reply=12] xong chưa em?                                    => q task=12
        [leader reply=12] việc này đến đâu rồi                             => q task=12
        [leader] ok                                                        => none
        [leader] QUÁ HẠN KINH TẾ                                           => q overdue unit="kinh tế"
        [leader] Có việc nào trễ hạn không em                              => q overdue
        [leader] tình hình tuần này thế nào                                => q progress win=2026-07-06..2026-07-12
        [leader] #7 ai đang làm                                            => q task=7
        [leader] viec sap den han cua ubmttq                               => q duesoon unit="ubmttq" win=2026-07-08..2026-07-15
        [clerk] tháng trước có bao nhiêu việc bị trễ                       => q overdue win=2026-06-01..2026-06-30
        # --- kinds found by blind set 3 (04/12/2026), in other words than the blind set's
        [leader] hqua có việc nào đến hạn không                            => q duesoon win=2026-07-07..2026-07-07
        [leader] hnay viec nao qua han                                     => q overdue
        [leader] phòng kinh tế làm được bao nhiêu việc rồi                 => q progress unit="phòng kinh tế"
        [leader] bên công an làm tới đâu rồi                               => q progress unit="công an"
        [leader] kế hoạch 20 xong chưa em                                  => q progress doc="kế hoạch 20"
        [leader] công văn 112 sao rồi                                      => q progress doc="công văn 112"
        [leader] #21 đến bước nào rồi                                      => q task=21
        [leader] việc 30 đang ở khâu nào                                   => q task=30
        [leader] việc 16 hiện đang ở đâu rồi                               => q task=16
        [leader] kiểm tra giúp anh việc nào quá hạn                        => q overdue
        """;
}
