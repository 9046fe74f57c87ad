namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Session 25 (understand13), misreadings found by mutation, by kind: words whose fold is shared by a stop or particle
/// ("phấn đấu"/"đâu", "lắm"/"làm", "nhà"/"nha", "cửa"/"của"), "do" naming an agent ("do phường quản lý") rather than a
/// cause, a difficulty that follows its cause without a connective, done-but-not-sent, and units the chief names.
/// Case-table lines (<see cref="CaseTable"/>); today is Wednesday 08/07/2026.
/// </summary>
public class FoldAndAgentTests
{
    /// <summary>Kind 1: the typed form decides where a fold is shared — "đấu", "đầu" are no "đâu"; "lắm" is no "làm";
    /// "nhà", "nhẹ" are no particles "nha", "nhé".</summary>
    public static TheoryData<string> SharedFolds() => [.. CaseTable.Lines("""
        [reply=12] phấn đấu xong trong tuần vì khối lượng lớn => progress
        [reply=12] em phấn đấu hoàn thành, do còn thiếu người => progress
        [reply=12] đầu tuần xong rồi ạ => done
        [reply=12] vướng vì dấu hồ sơ chưa đóng => blocked "dấu hồ sơ chưa đóng"
        [reply=12] chưa xong đâu anh => progress
        [reply=12] xong đâu mà báo => progress
        [reply=12] lắm việc nên chưa xong => blocked "lắm việc"
        [reply=12] lắm hồ sơ quá nên chưa làm được => blocked "lắm hồ sơ quá"
        [reply=12] làm mãi nên chưa xong => blocked "mãi"
        [reply=12] chưa xong vì chủ hộ vắng nhà => blocked "chủ hộ vắng nhà"
        [reply=12] vướng vì dân đi làm không ở nhà => blocked "dân đi làm không ở nhà"
        [reply=12] chậm do chưa thu được tiền nhà => blocked "chưa thu được tiền nhà"
        [reply=12] vướng vì chủ hộ vắng nhà nha anh => blocked "chủ hộ vắng nhà"
        [reply=12] vướng vì vắng nha => blocked "vắng"
        """)];

    /// <summary>Kind 2: "do" naming who does or manages ("do phường quản lý", "do anh giao") is no cause; a cause
    /// said first ("Do vướng thủ tục", "chưa có kinh phí không thể làm") is the reason.</summary>
    public static TheoryData<string> DoAsAgent() => [.. CaseTable.Lines("""
        [reply=12] trẻ em do phường quản lý chưa xong => progress
        [reply=12] hồ sơ do tổ dân phố thu thập chưa xong ạ => progress
        [reply=12] việc do anh giao em chưa làm xong => progress
        [reply=12] mấy hộ do bên địa chính phụ trách chưa hoàn thành => progress
        [reply=12] chưa xong do phường quản lý chậm => blocked "phường quản lý chậm"
        [reply=12] chưa xong do thiếu người => blocked "thiếu người"
        [reply=12] Do vướng thủ tục => blocked "thủ tục"
        [reply=12] do vướng mặt bằng ạ => blocked "mặt bằng"
        [reply=12] do gặp khó khăn về kinh phí => blocked "kinh phí"
        [reply=12] chưa có kinh phí không thể làm => blocked "chưa có kinh phí"
        [reply=12] thiếu người không thể triển khai => blocked "thiếu người"
        [reply=12] dân phản đối nên không thể làm => blocked "dân phản đối"
        [reply=12] không thể làm vì thiếu người => blocked "thiếu người"
        [reply=12] hồ sơ do quản lý lỏng lẻo nên chưa xong => blocked "quản lý lỏng lẻo"
        [reply=12] số liệu do giao muộn nên chưa xong => blocked "giao muộn"
        """)];

    /// <summary>Kind 3: done but not yet sent is asked back [xong, đang làm], as "xong rồi nhưng chưa gửi" is; "chưa gửi",
    /// "chưa nộp" without a done word is work not finished.</summary>
    public static TheoryData<string> DoneNotSent() => [.. CaseTable.Lines("""
        [reply=12] đã xong nhưng chưa kịp gửi => unsure done|progress
        [reply=12] xong rồi mà chưa kịp nộp ạ => unsure done|progress
        [reply=12] đã hoàn thành nhưng chưa kịp báo cáo => unsure done|progress
        [reply=12] em chưa gửi hồ sơ => progress
        [reply=12] chưa nộp báo cáo anh ạ => progress
        [reply=12] bên em chưa gửi => progress
        [reply=12] chưa kịp hoàn thành => progress
        [reply=12] đã gửi bản nháp, chưa nộp bản chính => progress
        [reply=12] chưa nộp được, xin ý kiến chỉ đạo => unsure blocked|progress
        [reply=12] nếu chưa gửi thì em báo anh => none
        [reply=12] chưa gửi vì thiếu chữ ký => blocked "thiếu chữ ký"
        [reply=12] xong rồi, em chưa nộp ạ => unsure done|progress
        [reply=12] đã hoàn thành, chưa gửi báo cáo => unsure done|progress
        """)];

    /// <summary>Kind 4: a unit's name runs through words that fold like a stop ("một cửa", "kế toán", "trật tự", "đô thị")
    /// and keeps its number ("tdp 3", "tổ dân phố 5").</summary>
    public static TheoryData<string> UnitNames() => [.. CaseTable.Lines("""
        [leader] bộ phận một cửa xong chưa => q progress unit="bộ phận một cửa"
        [leader] tài chính kế toán xong chưa => q progress unit="tài chính kế toán"
        [leader] đội trật tự xong chưa => q progress unit="đội trật tự"
        [leader] đô thị xong chưa => q progress unit="đô thị"
        [leader] đô thị môi trường xong chưa => q progress unit="đô thị môi trường"
        [leader] do thi xong chua => q progress unit="do thi"
        [leader] do thi moi truong xong chua a => q progress unit="do thi moi truong"
        [leader] tdp 3 xong chưa => q progress unit="tdp 3"
        [leader] tổ dân phố 5 hoàn thành chưa => q progress unit="tổ dân phố 5"
        [leader] khu phố 2 xong chưa? => q progress unit="khu phố 2"
        [leader] phòng kinh tế xong chưa => q progress unit="phòng kinh tế"
        [leader] phòng tư pháp xong chưa => q progress unit="phòng tư pháp"
        """)];

    [Theory, MemberData(nameof(SharedFolds))]
    public void A_shared_fold_is_read_by_its_typed_form(string line) => Expect(line);

    [Theory, MemberData(nameof(DoAsAgent))]
    public void Do_naming_an_agent_is_no_cause(string line) => Expect(line);

    [Theory, MemberData(nameof(DoneNotSent))]
    public void Done_but_not_sent_is_asked(string line) => Expect(line);

    [Theory, MemberData(nameof(UnitNames))]
    public void A_unit_name_is_read_whole(string line) => Expect(line);

    private static void Expect(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
