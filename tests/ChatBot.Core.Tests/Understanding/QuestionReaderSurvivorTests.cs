namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Rows for the question reader's word lists that no table reached (mutation testing, docs/TESTING.md): each row's
/// reading changes when the one list entry it names is removed. Notation of <see cref="CaseTable"/>.
/// </summary>
public class QuestionReaderSurvivorTests
{
    /// <summary>Progress, "how far", a replied task's state, its deadline and who is responsible, a unit's done-or-not.</summary>
    public static TheoryData<string> Asks() => [.. CaseTable.Lines("""
        [leader] thống kê giúp anh                             => q progress
        [leader] tổng hợp giúp anh                             => q progress
        [leader] phòng kinh tế thế nào                         => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế như thế nào rồi                 => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế ra sao                          => q progress unit="phòng kinh tế"
        [leader reply=12] hoàn thành chưa                      => q task=12
        [leader reply=12] xong không                           => q task=12
        [leader reply=12] việc này sao rồi                     => q task=12
        [leader reply=12] tình hình việc này                   => q task=12
        [leader reply=12] tiến độ việc này                     => q task=12
        [leader reply=12] việc này ra sao                      => q task=12
        [reply=12] việc này ra sao anh?                        => q task=12
        [leader reply=12] đơn vị nào?                          => q task=12
        [reply=12] ngày nào hết hạn vậy anh?                   => q task=12
        [leader reply=12] ngày nào hết hạn                     => q task=12
        [reply=12] hôm nào hết hạn anh?                        => q task=12
        [reply=12] lúc nào hết hạn anh?                        => q task=12
        [leader reply=12] bộ phận nào chủ trì                  => q task=12
        [leader reply=12] cơ quan nào chủ trì                  => q task=12
        [leader reply=12] ban nào phụ trách                    => q task=12
        [leader reply=12] bên nào phụ trách                    => q task=12
        [leader reply=12] tổ nào phụ trách                     => q task=12
        [leader reply=12] ai đảm nhiệm                         => q task=12
        [leader reply=12] ai đảm nhận                          => q task=12
        [leader reply=12] ai xử lý                             => q task=12
        [leader reply=12] ai triển khai                        => q task=12
        [leader reply=12] ai làm                               => q task=12
        [leader] phòng kinh tế hoàn thành chưa                 => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế hoàn thành hết chưa             => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế xong hết không                  => q progress unit="phòng kinh tế"
        [leader] nhiệm vụ của phòng kinh tế                    => q progress unit="phòng kinh tế"
        [leader] công tác của phòng kinh tế                    => q progress unit="phòng kinh tế"
        [leader] tháng tới có những việc gì                    => q duesoon win=2026-08-01..2026-08-31
        [leader] quý tới có những việc gì                      => q duesoon win=2026-10-01..2026-12-31
        phía em có việc nào quá hạn không?                     => q overdue own
        """)];

    /// <summary>A unit named by the word it starts with, one or several words long.</summary>
    public static TheoryData<string> UnitHeads() => [.. CaseTable.Lines("""
        [leader] cựu chiến binh xong chưa                      => q progress unit="cựu chiến binh"
        [leader] văn hóa xã hội sao rồi                        => q progress unit="văn hóa xã hội"
        [leader] mặt trận tổ quốc sao rồi                      => q progress unit="mặt trận tổ quốc"
        [leader] quân sự phường sao rồi                        => q progress unit="quân sự phường"
        [leader] bộ phận tiếp nhận sao rồi                     => q progress unit="bộ phận tiếp nhận"
        [leader] khu phố Tân Lập sao rồi                       => q progress unit="khu phố Tân Lập"
        [leader] chi bộ Tân Lập sao rồi                        => q progress unit="chi bộ Tân Lập"
        [leader] chi cục thuế sao rồi                          => q progress unit="chi cục thuế"
        [leader] chi nhánh ngân hàng sao rồi                   => q progress unit="chi nhánh ngân hàng"
        [leader] địa chính sao rồi                             => q progress unit="địa chính"
        [leader] tài chính phường sao rồi                      => q progress unit="tài chính phường"
        [leader] tài nguyên môi trường sao rồi                 => q progress unit="tài nguyên môi trường"
        [leader] nội vụ sao rồi                                => q progress unit="nội vụ"
        [leader] y tế phường sao rồi                           => q progress unit="y tế phường"
        [leader] lao động thương binh xã hội sao rồi           => q progress unit="lao động thương binh xã hội"
        [leader] giáo dục phường sao rồi                       => q progress unit="giáo dục phường"
        [leader] xây dựng phường sao rồi                       => q progress unit="xây dựng phường"
        [leader] môi trường phường sao rồi                     => q progress unit="môi trường phường"
        [leader] thanh niên phường sao rồi                     => q progress unit="thanh niên phường"
        [leader] phụ nữ phường sao rồi                         => q progress unit="phụ nữ phường"
        [leader] nông dân phường sao rồi                       => q progress unit="nông dân phường"
        [leader] đội dân phòng sao rồi                         => q progress unit="đội dân phòng"
        [leader] UBND phường sao rồi                           => q progress unit="UBND phường"
        [leader] HĐND phường sao rồi                           => q progress unit="HĐND phường"
        [leader] MTTQ phường sao rồi                           => q progress unit="MTTQ phường"
        [leader] MTTQ sao rồi                                  => q progress unit="MTTQ"
        [leader] tiến độ của MTTQ                              => q progress unit="MTTQ"
        """)];

    /// <summary>A unit's name ends at a question word, a window, a topic, a pronoun or a particle.</summary>
    public static TheoryData<string> UnitEnds() => [.. CaseTable.Lines("""
        [leader] phòng kinh tế gì cũng chậm                    => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế mấy việc quá hạn                => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế không có việc quá hạn à         => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế chưa xong việc nào              => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế đã xong chưa                    => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế đang chậm việc nào              => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế sắp đến hạn việc gì             => q duesoon unit="phòng kinh tế"
        [leader] phòng kinh tế bị chậm việc nào                => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế đâu, báo cáo tiến độ            => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế tới đâu rồi                     => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế ai theo dõi             => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế trong tuần này có việc gì quá hạn => q overdue unit="phòng kinh tế" win=2026-07-06..2026-07-12
        [leader] phòng kinh tế tuần này có việc gì quá hạn     => q overdue unit="phòng kinh tế" win=2026-07-06..2026-07-12
        [leader] phòng kinh tế tháng này có việc gì quá hạn    => q overdue unit="phòng kinh tế" win=2026-07-01..2026-07-31
        [leader] phòng kinh tế hôm nay có việc gì quá hạn      => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế ngày mai có việc gì đến hạn     => q duesoon unit="phòng kinh tế" win=2026-07-09..2026-07-09
        [leader] phòng kinh tế quý này có việc gì quá hạn      => q overdue unit="phòng kinh tế" win=2026-07-01..2026-09-30
        [leader] phòng kinh tế năm nay có việc nào quá hạn     => q overdue unit="phòng kinh tế" win=2026-01-01..2026-12-31
        [leader] phòng kinh tế quá hạn mấy việc                => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế trễ mấy việc                    => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế chậm mấy việc                   => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế tiến độ sao rồi                 => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế tình hình sao rồi               => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế nhiệm vụ nào quá hạn            => q overdue unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế à?                      => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế nhé                     => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế nha                     => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế hả                      => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế nhỉ                     => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế vậy?                    => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế ơi, tiến độ sao rồi             => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế em gửi anh nhé          => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế anh xem                 => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế mình sao rồi            => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế xem nào                 => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế hết hạn việc nào                => q duesoon unit="phòng kinh tế"
        [leader] phòng kinh tế hạn tuần này có việc gì         => q duesoon unit="phòng kinh tế" win=2026-07-06..2026-07-12
        [leader] tiến độ phòng kinh tế và phòng văn hóa        => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế với phòng văn hóa       => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế là bao nhiêu            => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế phải xong những gì              => q duesoon unit="phòng kinh tế"
        [leader] phòng kinh tế cần làm gì tuần này             => q duesoon unit="phòng kinh tế" win=2026-07-06..2026-07-12
        [leader] phòng kinh tế được bao nhiêu rồi              => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế các việc quá hạn                => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế những việc nào quá hạn          => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế hiện có việc nào quá hạn        => q overdue unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế ở bước nào              => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế về việc tiêm chủng      => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế thực hiện tới đâu rồi           => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế triển khai tới đâu rồi          => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế kết quả ra sao                  => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế toàn bộ việc quá hạn            => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế tất cả việc quá hạn             => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế trước 15/7 phải xong việc gì    => q duesoon unit="phòng kinh tế" win=2026-07-08..2026-07-15
        [leader] tiến độ phòng kinh tế bên phường              => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế của phường              => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế thuộc UBND sao rồi              => q progress unit="phòng kinh tế"
        """)];

    /// <summary>A written task with a question word is asked about; "các/những phòng", "phòng ban" is every unit; "phòng em",
    /// "phòng mình", "đơn vị em" is the writer's own; "nhiệm vụ của em", "công việc của tôi" are the writer's tasks.</summary>
    public static TheoryData<string> Asking() => [.. CaseTable.Lines("""
        #14 ra sao                                             => q task=14
        #14 sao rồi                                            => q task=14
        #14 được bao nhiêu rồi                                 => q task=14
        #14 ai làm                                             => q task=14
        #14 tiến độ ra sao                                     => q task=14
        em xem #14                                             => q task=14
        [leader] tiến độ chấm điểm thi đua                     => q progress
        [leader] việc chấm điểm thi đua sao rồi                => q progress
        [leader] phòng văn hóa chấm điểm xong chưa             => q progress unit="phòng văn hóa"
        [leader] các phòng có việc nào quá hạn                 => q overdue
        [leader] những phòng nào còn việc quá hạn              => q overdue
        [leader] phòng ban có việc nào quá hạn                 => q overdue
        [leader] các đơn vị y tế có việc nào quá hạn           => q overdue
        [leader] những đơn vị kinh tế còn việc quá hạn         => q overdue
        phòng em có việc nào quá hạn không?                    => q overdue own
        phòng mình có việc nào quá hạn không?                  => q overdue own
        phòng tôi còn việc nào quá hạn không?                  => q overdue own
        đơn vị em có việc nào quá hạn không?                   => q overdue own
        nhiệm vụ của em là gì?                                 => q mine
        công việc của tôi                                      => q mine
        em còn nhiệm vụ nào không?                             => q mine
        em có những nhiệm vụ gì?                               => q mine
        """)];

    [Theory]
    [MemberData(nameof(Asking))]
    [MemberData(nameof(Asks))]
    [MemberData(nameof(UnitHeads))]
    [MemberData(nameof(UnitEnds))]
    public void Each_list_entry_decides_a_reading(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
