namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// The status reader's edges that the phrasing tables leave loose, found by mutation testing (docs/TESTING.md, session 23):
/// each row is a case-table line (<see cref="CaseTable"/>: the exact intent, tasks, percent, date and reason), several
/// wordings a rule. Today is Wednesday 08/07/2026.
/// </summary>
public class StatusReaderEdgeTests
{
    /// <summary>Acknowledgements (StatusReader.Acks.cs): only weak words, particles and vocatives; or a leading "ok/vâng/rõ"
    /// with no negation after it; punctuation and the task's own reference do not count against them.</summary>
    public static TheoryData<string> Acks() => [.. CaseTable.Lines("""
        [reply=12] ok. => ack
        [reply=12] vâng ạ! => ack
        [reply=12] ok 👍 => ack
        [reply=12] 👍 => ack
        [reply=12] ok 2 => ack
        #12 ok => ack @12
        #12 vâng ạ => ack @12
        [reply=12] nhận ok nhé => ack
        [reply=12] nhận nhé => ack
        [reply=12] dạ, nhận ạ => ack
        [reply=12] dạ anh => ack
        [reply=12] dạ anh ạ => ack
        [reply=12] dạ rõ => ack
        [reply=12] vâng em => ack
        [reply=12] em ạ => none
        [reply=12] rồi ạ => none
        [reply=12] em rồi => none
        [reply=12] - ok anh, em triển khai luôn => ack
        [reply=12] ... vâng, em làm ngay => ack
        [reply=12] vâng, em làm ngay => ack
        [reply=12] rõ, em triển khai luôn => ack
        [reply=12] ok anh, nhưng em không đi họp được => none
        [reply=12] ok nhưng em chưa làm => none
        [reply=12] ok anh, em chưa xem => none
        [reply=12] ok chưa => none
        [reply=12] ok em không làm được => unsure blocked|progress
        """)];

    /// <summary>"Sent the result" (SendsResult): the writer sends one of the result words within three words; a request to
    /// be sent ("anh gửi lại file giúp em") is not news.</summary>
    public static TheoryData<string> SentResults() => [.. CaseTable.Lines("""
        [reply=12] em gửi anh kết quả => unsure done|progress
        [reply=12] em gửi kết quả => unsure done|progress
        [reply=12] em gửi báo cáo => unsure done|progress
        [reply=12] em gửi hồ sơ => unsure done|progress
        [reply=12] em gửi file => unsure done|progress
        [reply=12] em gửi sản phẩm => unsure done|progress
        [reply=12] em nộp hồ sơ => unsure done|progress
        [reply=12] em gửi anh chị kết quả => unsure done|progress
        [reply=12] em gửi ba bản kết quả => unsure done|progress
        [reply=12] tôi gửi kết quả => unsure done|progress
        [reply=12] em gửi anh chị trong phòng kết quả => none
        [reply=12] chị gửi kết quả nhé => none
        [reply=12] anh gửi file cho em => none
        [reply=12] gửi lại file giúp em => none
        [reply=12] em gửi lại kết quả => none
        [reply=12] em gửi giúp file => none
        [reply=12] em gửi gium file => none
        """)];

    /// <summary>Requests for more time (StatusReader.Extension.cs): the cue words, "dời" asked for (never "đợi"), "thêm"/"lùi"
    /// with a duration, the date after the cue or else before it, and the reason after the date unless only polite words.</summary>
    public static TheoryData<string> Extensions() => [.. CaseTable.Lines("""
        [reply=12] xin dời sang thứ 6 => ext 2026-07-10
        [reply=12] em xin dời đến 20/7 => ext 2026-07-20
        [reply=12] cho em dời tới thứ 2 tuần sau => ext 2026-07-13
        [reply=12] xin dời lại 20/7 => ext 2026-07-20
        [reply=12] đợi đến thứ 6 => none
        [reply=12] em xin đợi sang thứ 6 => none
        [reply=12] dời sang thứ 6 => none
        [reply=12] xin dời thứ 6 => none
        [reply=12] đã được gia hạn đến 20/7 => none
        [reply=12] được gia hạn rồi => none
        [reply=12] xin được gia hạn đến 20/7 => ext 2026-07-20
        [reply=12] không cần gia hạn, em xin lùi sang 25/7 => ext 2026-07-25
        [reply=12] không cần gia hạn đâu => none
        [reply=12] 20/7 em xin gia hạn => ext 2026-07-20
        [reply=12] đến 20/7 cho em gia hạn nhé => ext 2026-07-20
        [reply=12] thứ 6 tuần sau xin lùi hạn => ext 2026-07-17
        [reply=12] 20/7 gia hạn chờ kinh phí => ext 2026-07-20
        [reply=12] thứ 6 gia hạn nhé, chờ dân ký => ext 2026-07-10
        [reply=12] xin gia hạn 20/7 => ext 2026-07-20
        [reply=12] xin lui han 20/7 => ext 2026-07-20
        [reply=12] xin lùi thời hạn đến 20/7 => ext 2026-07-20
        [reply=12] keo dai thoi gian den 20/7 => ext 2026-07-20
        [reply=12] xin hoãn đến 20/7 => ext 2026-07-20
        [reply=12] xin gian han den 20/7 => ext 2026-07-20
        [reply=12] em xin phép anh chị cho lùi => ext ?
        [reply=12] em xin phép anh cho lùi => ext ?
        [reply=12] xin anh chị em cho lùi => ext ?
        [reply=12] hôm qua em xin lùi => ext ?
        [reply=12] cho lùi => ext ?
        [reply=12] đề nghị lùi => ext ?
        [reply=12] em xin phép anh chị cho lùi 2 ngày => ext +2d
        [reply=12] đề nghị cho thêm 5 ngày => ext +5d
        [reply=12] em xin thêm 5 ngày => ext +5d
        [reply=12] xin thêm 2 tuần => ext +14d
        [reply=12] xin thêm 1 tháng => ext +30d
        [reply=12] xin thêm ba hôm => ext +3d
        [reply=12] thêm 5 ngày => none
        [reply=12] xin thêm 0 ngày => none
        [reply=12] xin thêm 5 hộ => none
        [reply=12] lùi 1 tuần => ext +7d
        [reply=12] lùi 3 hôm => ext +3d
        [reply=12] lùi 2 tháng => ext +60d
        [reply=12] xin gia hạn đến 20/7 được không anh => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 nhé em cảm ơn => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 như thế nào => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 giúp em với => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 xin phép anh => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 chờ kinh phí => ext 2026-07-20 "chờ kinh phí"
        [reply=12] xin gia hạn đến 20/7 vì chờ kinh phí => ext 2026-07-20 "chờ kinh phí"
        [reply=12] vì chờ kinh phí nên xin gia hạn đến 20/7 => ext 2026-07-20 "chờ kinh phí"
        [reply=12] 20/7 chờ kinh phí, xin gia hạn => ext 2026-07-20
        [reply=12] xin gia hạn đến 20/7 làm tiếp => ext 2026-07-20 "làm tiếp"
        [reply=12] xin gia hạn đến 20/7 vậy thì tốt => ext 2026-07-20 "vậy thì tốt"
        [reply=12] xin gia hạn 20/7 đến thứ hai => ext 2026-07-20 "đến thứ hai"
        [reply=12] thứ 6 họp, xin gia hạn đến 20/7 => ext 2026-07-20
        [reply=12] thứ 6 xin gia hạn đến 20/7 => ext 2026-07-20
        [reply=12] xin phép các anh chị cho em lùi => ext ?
        [reply=12] không được gia hạn thì em xin lùi sang 25/7 => ext 2026-07-25
        [reply=12] được gia hạn đến 20/7 rồi => none
        [reply=12] xin được lùi => ext ?
        [reply=12] không xin gia hạn => none
        [reply=12] chưa cần lùi hạn => none
        """)];

    /// <summary>Where a done word stands (StatusReader.Scope.cs): negated up to four words before or by a trailing "đâu",
    /// asked, doubtful, done once something else happens, to come, partial, or "done, then …".</summary>
    public static TheoryData<string> DoneScopes() => [.. CaseTable.Lines("""
        [reply=12] chưa hẳn xong => progress
        [reply=12] không kịp hoàn thành => progress
        [reply=12] chưa có ai làm xong => progress
        [reply=12] đâu mà xong => progress
        [reply=12] đâu có xong => progress
        [reply=12] không phải xong => progress
        [reply=12] ban đầu xong rồi => done
        [reply=12] chưa báo là đã xong => done
        [reply=12] chưa nhưng giờ xong rồi => done
        [reply=12] xong đâu => progress
        [reply=12] có xong gì đâu => progress
        [reply=12] xong rồi đâu => progress
        [reply=12] xong đầu tháng => done
        [reply=12] xong, đâu có gì => done
        [reply=12] xong hết chưa? => none
        [reply=12] xong rồi chưa => none
        [reply=12] xong gì chưa => none
        [reply=12] xong cả chưa => none
        [reply=12] xong hay chưa => none
        [reply=12] xong hết rồi chưa => none
        [reply=12] có vướng mắc gì không => none
        [reply=12] xong chưa anh => none
        [reply=12] xong chưa ạ => none
        [reply=12] xong chưa, em hỏi => none
        [reply=12] xong? => none
        [reply=12] xong hết? => none
        [reply=12] xong không => none
        [reply=12] xong không em => none
        [reply=12] xong chưa được => unsure progress|done
        [reply=12] hoàn thành không kịp => unsure progress|done
        [reply=12] xong hết chưa được => unsure progress|done
        [reply=12] chờ ký là xong => progress
        [reply=12] báo là xong => done
        [reply=12] nói là xong rồi => done
        [reply=12] xác nhận là hoàn thành => done
        [reply=12] in ấn xong là hoàn thành => unsure progress|done
        [reply=12] chờ ký là xong rồi => done
        [reply=12] đã ký là xong => done
        [reply=12] xong trong tuần này => progress
        [reply=12] hoàn thành vào thứ 6 => progress
        [reply=12] hoàn thành vào 15/7 => progress
        [reply=12] hoàn thành trước 15/7 => progress
        [reply=12] hoàn thành trước ngày 15/7 => progress
        [reply=12] hoàn thành trước hạn => done
        [reply=12] xong ngày mai => progress
        [reply=12] xong tuần sau => progress
        [reply=12] xong tuần tới => progress
        [reply=12] xong, trong tuần này gửi => done
        [reply=12] xong 2/3 => progress
        [reply=12] xong 3/2 => done
        [reply=12] hoàn thành một phần => progress
        [reply=12] xong một nửa => progress 50
        [reply=12] xong phần lớn => progress
        [reply=12] xong phần nào => progress
        [reply=12] xong phần khảo sát => unsure progress|done
        [reply=12] xong phần việc => done
        [reply=12] xong bước 1 => unsure progress|done
        [reply=12] xong giai đoạn 1 => unsure progress|done
        [reply=12] làm xong em gửi => unsure progress|done
        [reply=12] xong thì em báo => unsure progress|done
        [reply=12] làm xong em ạ => done
        [reply=12] làm xong em rồi => done
        [reply=12] đã xong em gửi => done
        [reply=12] xong rồi em gửi => done
        """)];

    /// <summary>Difficulties with and without a cause, inability, percents and halves, parts done, "đang" with a verb of
    /// the work, doubt between done and not, markers of what is still to come (StatusReader.cs, .Reasons.cs, .Scope.cs).</summary>
    public static TheoryData<string> OtherNews() => [.. CaseTable.Lines("""
        [reply=12] vướng vì chờ kinh phí => blocked "chờ kinh phí"
        [reply=12] vướng mắc do dân chưa đồng ý => blocked "dân chưa đồng ý"
        [reply=12] chưa xong vì thiếu người => blocked "thiếu người"
        [reply=12] chưa xong do chờ ký => blocked "chờ ký"
        [reply=12] chậm do thiếu người => blocked "thiếu người"
        [reply=12] trễ vì mưa => blocked "mưa"
        [reply=12] trễ em ạ => none
        [reply=12] không làm được vì dân phản đối => blocked "dân phản đối"
        [reply=12] chưa làm được => unsure blocked|progress
        [reply=12] không làm được => unsure blocked|progress
        [reply=12] chưa xong, thiếu kinh phí => unsure progress|blocked
        [reply=12] chưa xong nhưng thiếu kinh phí => unsure progress|blocked
        [reply=12] khó quá => unsure blocked|progress
        [reply=12] khó triển khai vì dân không đồng thuận => blocked "dân không đồng thuận"
        [reply=12] khó thực hiện lắm, dân phản đối nhiều => blocked "dân phản đối nhiều"
        [reply=12] cần hỗ trợ => unsure blocked|progress
        [reply=12] xin ý kiến chỉ đạo => unsure blocked|progress
        [reply=12] nếu vướng em báo => none
        [reply=12] có gì vướng em báo => none
        [reply=12] hết vướng rồi => none
        [reply=12] vướng không => none
        [reply=12] không vướng => none
        [reply=12] vướng: chờ kinh phí => blocked "chờ kinh phí"
        [reply=12] vướng mắc, lý do: chờ kinh phí => blocked "chờ kinh phí"
        [reply=12] xong rồi nhưng vướng chữ ký => unsure blocked|done
        [reply=12] đang làm 60% => progress 60
        [reply=12] được 60 phần trăm => progress 60
        [reply=12] đang làm, chưa được 50% => progress
        [reply=12] được một nửa => progress 50
        [reply=12] làm được nửa => progress 50
        [reply=12] được khoảng một nửa => progress 50
        [reply=12] đạt một nửa => progress 50
        [reply=12] chưa được một nửa => none
        [reply=12] được 1 nửa => progress 50
        [reply=12] không được nữa => none
        [reply=12] 100% => done
        [reply=12] xong 100% => done
        [reply=12] xong 60% => progress 60
        [reply=12] làm được một phần => progress
        [reply=12] được 1 phần => progress
        [reply=12] được phần lớn => progress
        [reply=12] được đa số => progress
        [reply=12] được tầm một ít => progress
        [reply=12] chưa được một phần => none
        [reply=12] đang làm => progress
        [reply=12] đang họp => none
        [reply=12] đang ký => none
        [reply=12] đang tải => none
        [reply=12] đang triển khai => progress
        [reply=12] xong rồi nhưng chưa gửi => unsure done|progress
        [reply=12] đã xong, đang chờ ký => unsure done|progress
        [reply=12] gần xong rồi, mai xong => progress
        [reply=12] sắp xong => progress
        [reply=12] đang hoàn thành => progress
        [reply=12] em nghĩ là xong rồi => unsure progress|done
        [reply=12] hình như xong => unsure progress|done
        [reply=12] chắc chắn xong rồi => done
        [reply=12] mai xong => progress
        [reply=12] thứ 6 xong => progress
        [reply=12] chiều xong => progress
        [reply=12] chiều qua xong => done
        [reply=12] thứ 2 xong => progress
        [reply=12] dự kiến hoàn thành => progress
        [reply=12] xong rồi, còn 3 hộ chưa ký => progress
        [reply=12] đã làm được phần lớn, còn 3 hộ chưa ký => progress
        [reply=12] đã làm => unsure done|progress
        [reply=12] đã gửi rồi => unsure done|progress
        """)];

    /// <summary>Reasons as written (StatusReader.Reasons.cs): after each cause marker, before a consequence, after a
    /// difficulty word, trimmed of connectives and particles; a soft obstacle after "not done"; "but not" and "what is left"
    /// after a done word.</summary>
    public static TheoryData<string> Reasons() => [.. CaseTable.Lines("""
        [reply=12] vướng, lý do chờ kinh phí => blocked "chờ kinh phí"
        [reply=12] vướng, nguyên nhân thiếu người => blocked "thiếu người"
        [reply=12] vướng bởi vì thiếu người => blocked "thiếu người"
        [reply=12] vướng tại vì thiếu người => blocked "thiếu người"
        [reply=12] vướng bởi thiếu người => blocked "thiếu người"
        [reply=12] chưa xong do thiếu người => blocked "thiếu người"
        [reply=12] chưa xong vì thế em báo => progress
        [reply=12] chưa xong vì vậy xin gia hạn => ext ?
        [reply=12] vướng ở đơn vị thi công => blocked "đơn vị thi công"
        [reply=12] thiếu người nên chưa xong => blocked "thiếu người"
        [reply=12] thiếu người cho nên chưa xong => blocked "thiếu người"
        [reply=12] thiếu người vì vậy chưa xong => blocked "thiếu người"
        [reply=12] thiếu người vì thế chưa làm được => blocked "thiếu người"
        [reply=12] thiếu người do đó chưa xong => blocked "thiếu người"
        [reply=12] thiếu người do vậy chưa xong => blocked "thiếu người"
        [reply=12] chưa xong, bên do dân chưa ký => progress
        [reply=12] chưa xong do dân chưa ký => blocked "dân chưa ký"
        [reply=12] chưa xong do đang chờ ký => blocked "đang chờ ký"
        [reply=12] vướng là chờ kinh phí => blocked "chờ kinh phí"
        [reply=12] vướng về kinh phí => blocked "kinh phí"
        [reply=12] vướng ở chỗ chưa có kinh phí => blocked "chưa có kinh phí"
        [reply=12] vướng anh ơi chờ kinh phí => blocked "chờ kinh phí"
        [reply=12] vướng vì chờ kinh phí anh ạ => blocked "chờ kinh phí"
        [reply=12] vướng vì hai bên chưa thống nhất ạ => blocked "hai bên chưa thống nhất"
        [reply=12] vướng vì chờ ý kiến của anh ạ => blocked "chờ ý kiến của anh"
        [reply=12] vướng vì chờ ý kiến anh ạ => blocked "chờ ý kiến"
        [reply=12] vướng vì chờ kinh phí nhé => blocked "chờ kinh phí"
        [reply=12] vướng vì chờ kinh phí. => blocked "chờ kinh phí"
        [reply=12] vướng vì 2 hộ chưa ký => blocked "2 hộ chưa ký"
        [reply=12] vướng: lắm việc quá => blocked "lắm việc quá"
        [reply=12] vướng, làm mãi không xong => blocked "làm mãi không xong"
        [reply=12] vướng quá chờ kinh phí => blocked "chờ kinh phí"
        [reply=12] vướng thì chờ kinh phí => blocked "chờ kinh phí"
        [reply=12] vướng nha chờ kinh phí => blocked "chờ kinh phí"
        [reply=12] chưa xong, còn thiếu kinh phí => unsure progress|blocked
        [reply=12] chưa xong, thiếu kinh phí => unsure progress|blocked
        [reply=12] chưa xong, không có kinh phí => unsure progress|blocked
        [reply=12] chưa xong, không có gì => progress
        [reply=12] chưa xong, hỏng máy => unsure progress|blocked
        [reply=12] chưa xong, chưa có kinh phí => unsure progress|blocked
        [reply=12] xong rồi mà chưa ký => unsure done|progress
        [reply=12] xong đâu mà chưa ký => progress
        [reply=12] xong rồi còn chờ ký => unsure done|progress
        [reply=12] xong rồi còn đợi dân => unsure done|progress
        [reply=12] xong rồi còn thiếu chữ ký => unsure done|progress
        [reply=12] xong rồi còn phải nộp => unsure done|progress
        [reply=12] xong rồi còn vướng chữ ký => unsure blocked|done
        [reply=12] xong rồi nhưng có hộ chưa ký => unsure done|progress
        [reply=12] xong rồi nhưng dân không đi họp đầy đủ hôm qua => unsure done|progress
        [reply=12] xong rồi còn 2 hộ => progress
        [reply=12] xong rồi còn lại tuần sau => progress
        [reply=12] xong rồi còn vài hộ => progress
        [reply=12] xong rồi còn mấy hộ => progress
        [reply=12] xong rồi còn một số hộ => progress
        [reply=12] xong rồi còn một ít => progress
        [reply=12] xong rồi còn hộ chưa ký => progress
        [reply=12] xong rồi còn gì nữa => done
        [reply=12] khó quá => unsure blocked|progress
        [reply=12] rất khó => unsure blocked|progress
        [reply=12] hơi khó => unsure blocked|progress
        [reply=12] quá khó => unsure blocked|progress
        [reply=12] khó lắm vì dân phản đối => blocked "dân phản đối"
        [reply=12] rất khó vì dân phản đối => blocked "dân phản đối"
        [reply=12] cần hỗ trợ vì dân phản đối => unsure blocked|progress
        """)];

    /// <summary>Questions (QuestionReader.cs): the unit named after "của/bên" or by its head word, a name joined by "-",
    /// every unit ("các phòng", "phòng nào"), the writer's own unit, the question words, the default due-soon window.</summary>
    public static TheoryData<string> Questions() => [.. CaseTable.Lines("""
        [leader] việc quá hạn của phòng kinh tế => q overdue unit="phòng kinh tế"
        [leader] việc quá hạn của phòng Văn hóa - Xã hội => q overdue unit="phòng Văn hóa - Xã hội"
        [leader] việc quá hạn của phòng VH-XH => q overdue unit="phòng VH-XH"
        [leader] việc quá hạn của phòng văn hóa - => q overdue unit="phòng văn hóa"
        [leader] việc quá hạn của các phòng => q overdue
        [leader] việc quá hạn của phòng ban => q overdue
        [leader] việc quá hạn của phòng nào => q overdue
        [leader] việc quá hạn những phòng => q overdue
        [leader] việc quá hạn mọi phòng => q overdue
        [leader] việc quá hạn bên công an => q overdue unit="công an"
        [leader] việc quá hạn của đơn vị mình => q overdue own
        [leader] việc quá hạn của đơn vị tư pháp => q overdue unit="tư pháp"
        [leader] việc quá hạn của tư pháp => q overdue unit="tư pháp"
        [leader] việc quá hạn phòng tư pháp => q overdue unit="phòng tư pháp"
        [leader] phòng tư pháp làm đến đâu rồi => q progress unit="phòng tư pháp"
        [leader] phòng kinh tế có việc nào quá hạn không => q overdue unit="phòng kinh tế"
        [leader] tiến độ của phòng kinh tế thế nào => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế bao nhiêu => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế ra sao => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế sao rồi => q progress unit="phòng kinh tế"
        [leader] tiến độ phòng kinh tế đến đâu => q progress unit="phòng kinh tế"
        [leader] ai chưa xong => q progress
        [leader] việc nào quá hạn => q overdue
        [leader] xem việc quá hạn => q overdue
        [leader] có bao nhiêu việc quá hạn => q overdue
        [reply=12] phòng em có việc nào quá hạn không => q overdue own
        [reply=12] đơn vị em có việc nào quá hạn không => q overdue own
        [reply=12] việc của em có gì quá hạn không? => q overdue own
        [reply=12] em có việc gì sắp đến hạn không? => q duesoon win=2026-07-08..2026-07-15
        [leader] nhiệm vụ nào sắp đến hạn => q duesoon win=2026-07-08..2026-07-15
        [leader] công việc nào sắp đến hạn => q duesoon win=2026-07-08..2026-07-15
        [leader] tuần tới có việc gì => q duesoon win=2026-07-13..2026-07-19
        [leader] việc tới hạn tuần này => q duesoon win=2026-07-06..2026-07-12
        [leader] việc sắp tới => q duesoon win=2026-07-08..2026-07-15
        """)];

    /// <summary>Task and list references (References.cs): "#12", "việc số 12", "nv 12", numbered items of the last list
    /// ("số 1", "mục 2", "1.", "1)", "1 2 3", "cả 5", "xong hết"), never a count ("3 hộ"), a fraction or a date.</summary>
    public static TheoryData<string> References() => [.. CaseTable.Lines("""
        [list=5] số 1 đang làm, số 3 xong => several progress @L1 ; done @L3
        [list=5] 1. xong 2. đang làm => several done @L1 ; progress @L2
        [list=5] 1) xong, 2) đang làm => several done @L1 ; progress @L2
        [list=5] mục 2 xong => done @L2
        [list=5] 1: xong => done @L1
        [list=5] 1 - xong => done @L1
        [list=5] 1 2 3 xong => done @L1,2,3
        [list=5] 1,2,3 xong => done @L1,2,3
        [list=5] 1, 2 và 3 xong => done @L1,2,3
        [list=5] cả 5 xong => done @L1,2,3,4,5
        [list=5] cả năm xong => done @L1,2,3,4,5
        [list=5] xong hết => done @L1,2,3,4,5
        [list=5] xong hết cả => done @L1,2,3,4,5
        [list=5] hoàn thành hết => done @L1,2,3,4,5
        [list=5] hoàn tất hết => done @L1,2,3,4,5
        [list=5] làm hết => none
        [list=5] 2 xong 60% => progress 60 @L2
        [list=5] 2 đang làm 60 phần trăm => progress 60 @L2
        [list=5] 3 hộ xong => done @-
        [list=5] #3 hộ xong => done @3
        [list=5] 2/3 xong => done @-
        [list=5] 10/7 xong => done @-
        [list=3] 4 xong => done @4
        #12 #13 xong => done @12,13
        #12,#13 xong => done @12,13
        #12, 13 xong => done @12,13
        việc 12 xong => done @12
        việc số 12 xong => done @12
        nhiệm vụ 12 xong => done @12
        nv 12 xong => done @12
        # 12 xong => done @12
        """)];

    /// <summary>Spellings (Lexicon.cs): telex left in without a Vietnamese keyboard, repeated letters, words typed without
    /// a space (up to 24 letters, every piece a known syllable and one of them a cue).</summary>
    public static TheoryData<string> Spellings() => [.. CaseTable.Lines("""
        [reply=12] hoafn thafnh => done
        [reply=12] ddang lafm => progress
        [reply=12] dang lamf => progress
        [reply=12] ddax xong => done
        [reply=12] dax xong => done
        [reply=12] xongg => done
        [reply=12] xonggggg => done
        [reply=12] daxong => done
        [reply=12] hoanthanh => done
        [reply=12] dalamxong => done
        [reply=12] danglam => progress
        [reply=12] vuongw => blocked
        [reply=12] vuwowng => blocked
        [reply=12] vuowngs => blocked
        [reply=12] khoong xong => progress
        [reply=12] chuwa xong => progress
        [reply=12] ddax nhaajn => ack
        [reply=12] nheee => none
        [reply=12] xong roiii => done
        [reply=12] xong rooif => done
        [reply=12] okeee => ack
        [reply=12] x => none
        [reply=12] xo => none
        [reply=12] dangtrienkhaicongviecnay => progress
        [reply=12] hoanthanhxong => done
        [reply=12] xongxong => done
        [reply=12] lamxong => done
        [reply=12] hoaanf thaanhf => done
        """)];

    [Theory, MemberData(nameof(Spellings))]
    public void A_spelling_is_read_as_its_word(string line) => Expect(line);

    [Theory, MemberData(nameof(References))]
    public void A_message_names_its_tasks_exactly(string line) => Expect(line);

    [Theory, MemberData(nameof(Questions))]
    public void A_question_names_its_unit_and_window_exactly(string line) => Expect(line);

    [Theory, MemberData(nameof(Reasons))]
    public void A_reason_is_read_as_written(string line) => Expect(line);

    /// <summary>Clauses end at . ! ? ; , : … (a marker of what is to come in the clause before does not reach the done word);
    /// weak done news with a part or a remainder; "không kịp"; cannot versus not yet; the first of several negations.</summary>
    public static TheoryData<string> Clauses() => [.. CaseTable.Lines("""
        [reply=12] trẻ em chưa đủ giấy tờ => none
        [reply=12] chậm vì trẻ em chưa đủ giấy tờ => blocked "trẻ em chưa đủ giấy tờ"
        [reply=12] đã làm được phần lớn => progress
        [reply=12] đã làm 2/3 => progress
        [reply=12] đã gửi, còn 2 hộ => progress
        [reply=12] đã làm một phần => progress
        [reply=12] không kịp xong => progress
        [reply=12] không kịp => unsure progress|blocked
        [reply=12] không kịp vì thiếu người => blocked "thiếu người"
        [reply=12] không kịp, mai em hoàn thành => progress
        [reply=12] xong rồi nhưng chưa nộp vì thiếu người => unsure done|progress
        [reply=12] không xong được => unsure blocked|progress
        [reply=12] không xong được một nửa => progress
        [reply=12] không hoàn thành được 2 hộ => progress
        [reply=12] không hoàn thành được phần => progress
        [reply=12] chưa xong, chưa làm được, thiếu người => unsure progress|blocked
        [reply=12] chưa làm được, chưa xong, thiếu người => unsure progress|blocked
        [reply=12] mai họp! xong rồi => done
        [reply=12] mai họp; xong rồi => done
        [reply=12] mai họp, xong rồi => done
        [reply=12] mai họp: xong rồi => done
        [reply=12] mai họp. xong rồi => done
        [reply=12] mai họp… xong rồi => done
        [reply=12] mai họp? xong rồi => done
        [reply=12] mai họp xong rồi => progress
        [reply=12] vì thiếu người! chưa xong => blocked "thiếu người"
        [reply=12] vì thiếu người. chưa xong => blocked "thiếu người"
        [reply=12] vì thiếu người; chưa xong => blocked "thiếu người"
        [reply=12] xong rồi, đang chờ ký, vướng chữ ký => unsure blocked|done
        [reply=12] đang làm, khó quá => progress
        [reply=12] nếu khó quá em báo => none
        [reply=12] không khó => none
        """)];

    [Theory, MemberData(nameof(Clauses))]
    public void Each_clause_is_read_on_its_own(string line) => Expect(line);

    [Theory, MemberData(nameof(OtherNews))]
    public void Other_news_is_read_exactly(string line) => Expect(line);

    [Theory, MemberData(nameof(DoneScopes))]
    public void A_done_word_is_read_in_its_scope(string line) => Expect(line);

    [Theory, MemberData(nameof(Acks))]
    public void An_acknowledgement_is_read_exactly(string line) => Expect(line);

    [Theory, MemberData(nameof(SentResults))]
    public void Sending_the_result_is_read_exactly(string line) => Expect(line);

    [Theory, MemberData(nameof(Extensions))]
    public void A_request_for_more_time_is_read_exactly(string line) => Expect(line);

    private static void Expect(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
