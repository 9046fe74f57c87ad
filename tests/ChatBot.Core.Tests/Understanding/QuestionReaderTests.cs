using ChatBot.Core.Directory;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Every phrase the question reader knows, each in a sentence where it alone decides the reading (notation of
/// <see cref="CaseTable"/>): the kind asked, what makes a message a question rather than news, the unit a question
/// is narrowed to, and where a unit's name ends.
/// </summary>
public class QuestionReaderTests
{
    /// <summary>Overdue and due-soon words, and the work still open in a window.</summary>
    private const string Kinds = """
        [leader] việc nào quá thời hạn                          => q overdue
        [leader] còn việc nào nợ đọng                           => q overdue
        [leader] có việc gì sắp đến không                       => q duesoon
        [leader] các việc sắp tới                               => q duesoon
        [leader] việc nào tới hạn                               => q duesoon
        [leader] những việc hết hạn trong tuần này              => q duesoon win=2026-07-06..2026-07-12
        [leader] các việc có hạn chót trong tháng này           => q duesoon win=2026-07-01..2026-07-31
        [leader] tuần sau phải xong những gì                    => q duesoon win=2026-07-13..2026-07-19
        [leader] tháng này cần hoàn thành những gì              => q duesoon win=2026-07-01..2026-07-31
        [leader] tuần này phải làm những gì                     => q duesoon win=2026-07-06..2026-07-12
        [leader] tuần sau cần làm gì                            => q duesoon win=2026-07-13..2026-07-19
        [leader] tháng này phải nộp những gì                    => q duesoon win=2026-07-01..2026-07-31
        [leader] tuần này cần xong những gì                     => q duesoon win=2026-07-06..2026-07-12
        [leader] tuần này còn gì chưa xong                      => q duesoon win=2026-07-06..2026-07-12
        [leader] tháng này còn những gì chưa làm                => q duesoon win=2026-07-01..2026-07-31
        [leader] tháng này những nhiệm vụ chưa thực hiện        => q duesoon win=2026-07-01..2026-07-31
        [leader] tuần này đơn vị nào chưa báo cáo               => q duesoon win=2026-07-06..2026-07-12
        [leader] tuần này còn việc không                        => q duesoon win=2026-07-06..2026-07-12
        [leader] tháng này còn nhiệm vụ không                   => q duesoon win=2026-07-01..2026-07-31
        [leader] tuần sau có việc không                         => q duesoon win=2026-07-13..2026-07-19
        [leader] tuần tới có những việc cần đôn đốc             => q duesoon win=2026-07-13..2026-07-19
        [leader] trong tuần này là những việc nào               => q duesoon win=2026-07-06..2026-07-12
        [leader] tuần sau có gì không                           => q duesoon win=2026-07-13..2026-07-19
        [leader] tuần tới có việc gì không                      => q duesoon win=2026-07-13..2026-07-19
        [leader] sắp tới có việc gì không                       => q duesoon
        [leader] đã xong mấy việc rồi                           => q progress
        [leader] được bao nhiêu rồi                             => q progress
        [leader] phòng kinh tế sao rồi                          => q progress unit="phòng kinh tế"
        [leader reply=12] việc này thế nào rồi                  => q task=12
        [leader] tiến độ tiêm vắc xin cho trẻ em                => q progress
        [leader] tiến độ chấm điểm thi đua                      => q progress
        [leader] tiến độ việc chung của phường                  => q progress
        """;

    /// <summary>"bao nhiêu" from an official asks about the work only beside a topic of work.</summary>
    private const string Counts = """
        tổng cộng có bao nhiêu việc                             => q progress
        số việc được giao là bao nhiêu                          => q progress
        số nhiệm vụ còn lại là bao nhiêu                        => q progress
        đã xong được bao nhiêu rồi                              => q progress
        hoàn thành được bao nhiêu rồi                           => q progress
        làm được bao nhiêu rồi                                  => q progress
        thực hiện được bao nhiêu phần rồi                       => q progress
        triển khai được bao nhiêu rồi                           => q progress
        giải quyết được bao nhiêu hồ sơ rồi                     => q progress
        số điện thoại anh Minh là bao nhiêu                     => none
        phòng kinh tế đến đâu rồi                               => q progress unit="phòng kinh tế"
        thông báo 12 đến đâu rồi                                => q progress doc="thông báo 12"
        """;

    /// <summary>A task named with news is news; named with a question, a question about that task.</summary>
    private const string Asking = """
        #13 được bao nhiêu rồi                                  => q task=13
        #13 thế nào rồi                                         => q task=13
        #13 ra sao rồi                                          => q task=13
        #13 tới đâu rồi                                         => q task=13
        #13 tuần này đến đâu rồi                                => q task=13
        #13 mấy ngày nữa xong                                   => q task=13
        #13 còn mấy đơn chưa xử lý                              => q task=13
        #13 còn mấy cái chưa xong                               => q task=13
        #13 còn mấy nhiệm vụ con                                => q task=13
        #13 còn vướng chỗ nào                                   => q task=13
        #13 còn vướng gì                                        => q task=13
        #13 có kịp không                                        => q task=13
        #13 không có vấn đề vướng mắc gì                        => none
        không có gì vướng, #13 vẫn đang làm                     => progress @13
        #13 em gửi bản scan được không                          => none
        #13 cảm ơn anh                                          => none
        [leader] #5 em ơi                                       => q task=5
        [leader] xong chưa #13                                  => q task=13
        [leader] #13 xong chưa, anh cần gấp                     => q task=13
        [leader] #13 báo cáo lại anh nhé                        => q task=13
        [leader] #13 cho anh bản mới nhất                       => q task=13
        [leader] #13 cho chị bản mới nhất                       => q task=13
        [leader] #13 liệt kê giúp anh các phần còn lại          => q task=13
        [leader] #13 kiểm tra giúp anh                          => q task=13
        [clerk] em báo cáo anh: #13 đã xong                     => done @13
        [clerk] xin báo cáo: #13 đã xong                        => done @13
        #12 ngày mai xong                                       => progress @12
        #12, #13 tuần sau xong                                  => progress @12,13
        """;

    /// <summary>Whose tasks: the writer's own ("của em", "chúng tôi", "danh sách việc"), not "việc chung".</summary>
    private const string Mine = """
        việc của chúng tôi                                      => q mine
        em có các việc gì                                       => q mine
        danh sách việc                                          => q mine
        danh sách nhiệm vụ                                      => q mine
        nhiệm vụ của em đã hoàn thành                           => done @-
        """;

    /// <summary>The unit a question is narrowed to, and where its name ends.</summary>
    private const string Units = """
        [leader] việc quá hạn của hội nông dân                  => q overdue unit="hội nông dân"
        [leader] đoàn thanh niên có việc gì quá hạn             => q overdue unit="đoàn thanh niên"
        [leader] việc quá hạn của phòng tư pháp                 => q overdue unit="phòng tư pháp"
        [leader] việc của phòng kinh tế làm xong chưa           => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế làm gì mà chậm                   => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế làm thế nào mà chậm              => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế làm sao mà chậm thế              => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế làm những việc gì quá hạn        => q overdue unit="phòng kinh tế"
        [leader] phòng kinh tế làm bao nhiêu việc rồi           => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế làm hết việc chưa                => q progress unit="phòng kinh tế"
        [leader] phòng kinh tế làm nhiều việc chậm quá          => q overdue unit="phòng kinh tế"
        [leader] tiến độ theo quý của phòng kinh tế             => q progress unit="phòng kinh tế"
        [leader] việc quá hạn của đảng ủy                       => q overdue unit="đảng ủy"
        [leader] tiến độ của phòng kinh tế từ đầu năm           => q progress unit="phòng kinh tế" win=2026-01-01..2026-07-08
        [leader] việc quá hạn của các phòng                     => q overdue
        """;

    /// <summary>Session 25: the chief's words by kind — synonyms of overdue, of "who is responsible", of "when is the deadline",
    /// of "the results of the work" — and units written as abbreviations, recognised by the parser's abbreviation
    /// dictionary (the one the host's unit matcher expands), never a second list.</summary>
    private const string Synonyms = """
        [leader] việc nào chậm trễ                              => q overdue
        [leader] có việc gì bị chậm trễ không                   => q overdue
        [leader] phòng kinh tế có chậm trễ gì không             => q overdue unit="phòng kinh tế"
        [leader] có việc nào lố hạn không                       => q overdue
        [leader] việc nào lố hạn rồi                            => q overdue
        [leader] việc nào chưa đúng hạn                         => q overdue
        [leader] việc nào không đúng hạn                        => q overdue
        [leader] việc nào quá deadline                          => q overdue
        [leader reply=12] ai thực hiện                          => q task=12
        [leader reply=12] ai chủ trì việc này                   => q task=12
        [leader reply=12] ai phụ trách                          => q task=12
        [leader reply=12] giao cho ai                           => q task=12
        [leader reply=12] ai được giao                          => q task=12
        [leader reply=12] ai chịu trách nhiệm                   => q task=12
        [leader reply=12] phòng nào chủ trì                     => q task=12
        [leader reply=12] đơn vị nào thực hiện vậy              => q task=12
        [reply=12] việc này ai chủ trì ạ?                       => q task=12
        [leader] #12 ai chủ trì                                 => q task=12
        [leader] #12 giao cho đơn vị nào                        => q task=12
        [leader reply=12] hạn nào                               => q task=12
        [leader reply=12] hạn bao giờ                           => q task=12
        [leader reply=12] khi nào hạn                           => q task=12
        [leader reply=12] hạn đến bao giờ                       => q task=12
        [leader reply=12] hạn đến ngày nào                      => q task=12
        [leader reply=12] bao giờ hết hạn                       => q task=12
        [leader reply=12] khi nào đến hạn em                    => q task=12
        [leader reply=12] thời hạn là khi nào                   => q task=12
        [leader reply=12] hạn chót hôm nào                      => q task=12
        [leader reply=12] deadline khi nào                      => q task=12
        [reply=12] anh ơi hạn bao giờ ạ?                        => q task=12
        [reply=12] giao cho ai vậy anh?                         => q task=12
        [leader reply=12] chưa có ai chủ trì à                  => none
        [leader reply=12] có ai làm không                       => none
        [reply=12] tổ nào cũng đã làm xong                      => done
        [reply=12] em làm xong trước hạn, khi nào anh cần em gửi => done
        [leader] #12 hạn bao giờ                                => q task=12
        [leader] #12 bao giờ hết hạn                            => q task=12
        [leader] #12 khi nào hạn                                => q task=12
        [leader] việc nào hết hạn trong tuần này                => q duesoon win=2026-07-06..2026-07-12
        [leader] kết quả triển khai                             => q progress
        [leader] kết quả triển khai thông báo 12                => q progress doc="thông báo 12"
        [leader] kết quả thực hiện của phòng kinh tế            => q progress unit="phòng kinh tế"
        [leader] kết quả xử lý tháng này                        => q progress win=2026-07-01..2026-07-31
        [leader] kết quả giải quyết hồ sơ của phòng tư pháp     => q progress unit="phòng tư pháp"
        [reply=12] em gửi kết quả khảo sát rồi ạ                => unsure done|progress
        [leader] ttpvhcc có việc nào quá hạn không              => q overdue unit="ttpvhcc"
        [leader] tt pvhcc có việc nào quá hạn không             => q overdue unit="tt pvhcc"
        [leader] TT PVHCC còn việc nào chưa xong                => q progress unit="TT PVHCC"
        [leader] tiến độ của TTPVHCC                            => q progress unit="TTPVHCC"
        [leader] bch qs có việc nào trễ hạn không               => q overdue unit="bch qs"
        [leader] bchqs có việc nào chậm trễ                     => q overdue unit="bchqs"
        [leader] tiến độ ttyt                                   => q progress unit="ttyt"
        [leader] vp hđnd-ubnd có việc nào quá hạn không         => q overdue unit="vp hđnd-ubnd"
        [leader] tdp có việc gì quá hạn                         => q overdue unit="tdp"
        [leader] cả phường có việc nào quá hạn không            => q overdue
        [leader] kh tháng này có việc nào quá hạn               => q overdue win=2026-07-01..2026-07-31
        """;

    public static TheoryData<string> Lines() =>
        [.. CaseTable.Lines(Kinds), .. CaseTable.Lines(Counts), .. CaseTable.Lines(Asking), .. CaseTable.Lines(Mine), .. CaseTable.Lines(Units),
         .. CaseTable.Lines(Synonyms)];

    [Theory, MemberData(nameof(Lines))]
    public void Each_question_phrase_decides_its_reading(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }

    private static readonly UnderstandingContext Chief = new(CaseTable.Today) { Writer = Role.Leader };

    [Fact]
    public void A_unit_of_the_ward_is_named_as_the_directory_names_it()
    {
        var ctx = Chief with { Units = ["Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế"] };
        var q = Assert.IsType<Intent.Question>(ReplyUnderstander.Read("việc quá hạn của phòng kinh tế", ctx));
        Assert.Equal("Phòng Kinh tế", q.Unit);
        var police = Assert.IsType<Intent.Question>(ReplyUnderstander.Read("công an phường có việc gì quá hạn", ctx));
        Assert.Equal("Công an phường", police.Unit);
    }

    [Fact]
    public void The_understander_needs_a_context() =>
        Assert.Multiple(
            () => Assert.Throws<ArgumentNullException>(() => ReplyUnderstander.Read("#12 xong", null!)),
            () => Assert.Throws<ArgumentNullException>(() => ReplyUnderstander.ReadDate("20/7", null!)));

    [Fact]
    public void A_text_up_to_the_maximum_length_is_read_and_a_longer_one_is_not()
    {
        var official = new UnderstandingContext(CaseTable.Today);
        var reply = "#12 xong".PadRight(ReplyUnderstander.MaxLength, '.');
        Assert.IsType<Intent.Status>(ReplyUnderstander.Read(reply, official));
        Assert.IsType<Intent.NotUnderstood>(ReplyUnderstander.Read(reply + ".", official));
        var date = "20/7".PadRight(ReplyUnderstander.MaxLength, '.');
        Assert.NotNull(ReplyUnderstander.ReadDate(date, official));
        Assert.Null(ReplyUnderstander.ReadDate(date + ".", official));
    }
}
