namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Misreadings found while killing mutants (session 23), by kind: a cause "vì phạm vi …" (not "vi phạm"), a range opened
/// by "từ", the chief asking whether a named unit is done ("phòng Kinh tế xong chưa"), and controls that stay as they were.
/// Case-table lines (<see cref="CaseTable"/>); today is Wednesday 08/07/2026. Seven rows were red before the fix.
/// </summary>
public class MisreadingKindsTests
{
    public static TheoryData<string> Rows() => [.. CaseTable.Lines("""
        [reply=12] chưa xong vì phạm vi rộng => blocked "phạm vi rộng"
        [reply=12] chua xong vi pham vi rong => blocked "pham vi rong"
        [reply=12] vướng vì vi phạm hành lang an toàn => blocked "vi phạm hành lang an toàn"
        [reply=12] chưa xong do địa bàn quá rộng => blocked "địa bàn quá rộng"
        [reply=12] chậm vì khối lượng lớn => blocked "khối lượng lớn"
        [reply=12] vướng do đó chưa xong => blocked
        [reply=12] vướng mặt bằng nên chưa xong => blocked "mặt bằng"
        [list=5] từ 1 đến 3 xong => done @L1,2,3
        từ #12 đến #14 xong => done @12,13,14
        [list=5] từ 2 tới 4 đang làm => progress @L2,3,4
        [reply=12] từ 20/7 em làm => none
        [leader] phòng kinh tế xong chưa => q progress unit="phòng kinh tế"
        [leader] công an phường làm xong chưa? => q progress unit="công an phường"
        [leader] trung tâm phục vụ hành chính công hoàn thành hết chưa => q progress unit="trung tâm phục vụ hành chính công"
        [leader] ban chỉ huy quân sự xong hết chưa anh => q progress unit="ban chỉ huy quân sự"
        phòng văn hóa xã hội xong không? => q progress unit="phòng văn hóa xã hội"
        [leader] tổ dân phố Hoàn Mỹ xong chưa => q progress unit="tổ dân phố Hoàn Mỹ"
        [reply=12] phòng em xong rồi => done
        [reply=12] tổ dân phố 3 làm xong rồi ạ => done
        """)];

    [Theory, MemberData(nameof(Rows))]
    public void Row(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
