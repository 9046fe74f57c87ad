using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 20: a member's title ("Đảng ủy viên, …") before the office that names the addressee is not the party
/// committee, a leader named after an order who "chỉ đạo X" hands the work to X, and "X báo cáo: …" in minutes reports
/// what was said. Invented notices.
/// </summary>
public class MemberTitleTests
{
    private const string Header = "Số: 90-TB/ĐU\n\nHòa Lợi, ngày 06 tháng 10 năm 2026\n\n";

    private static string Describe(ParsedNotice n) => string.Join(" | ", n.Tasks.Select(t => $"[{t.Unit}] {t.Text}"));

    public static TheoryData<string, string[]> Layouts => new()
    {
        {
            "Đảng ủy phường kết luận như sau:\n\n(1) Đảng ủy giao Đảng ủy viên, Chủ tịch UBND phường chỉ đạo Phòng Văn hóa - Xã hội tổ chức thăm hỏi các gia đình chính sách, hoàn thành trong quý IV/2026.\n",
            ["Phòng Văn hóa - Xã hội"]
        },
        {
            "Đảng ủy phường kết luận như sau:\n\n- Đảng ủy viên, Trưởng Công an phường lãnh đạo lực lượng bảo đảm an ninh trật tự dịp Tết.\n\n- Ban Tổ chức Đảng ủy hướng dẫn các chi bộ rà soát quy hoạch cấp ủy.\n",
            ["Công an phường", "Ban Tổ chức Đảng ủy"]
        },
        {
            "Đối với chính quyền, đồng chí Bí thư đề nghị Đảng ủy viên, Chủ tịch UBND xã chỉ đạo Trạm Y tế xã triển khai tiêm vắc xin cho người cao tuổi trong tháng 11/2026.\n",
            ["Trạm Y tế xã"]
        },
        {
            // "lưu ý X …; đồng thời đề nghị Y …": the clause split off keeps its own order and addressee.
            "Sáng 05/10/2026, UBND phường tổ chức giao ban khối văn hóa.\n\nBà Trương Mỹ Linh lưu ý Phòng Văn hóa - Xã hội tăng cường giáo dục kỹ năng phòng, chống đuối nước; đồng thời đề nghị Đoàn Thanh niên phường duy trì lớp học bơi miễn phí.\n",
            ["Phòng Văn hóa - Xã hội", "Đoàn Thanh niên phường"]
        },
    };

    [Theory]
    [InlineData("Ban Quản lý dự án xã báo cáo: khối lượng thi công đạt 65%, còn 02 hộ chưa bàn giao mặt bằng.", new[] { "Phòng Kinh tế xã" })]
    [InlineData("Chi nhánh khu vực 4 báo cáo: dự án ảnh hưởng 86 hộ, đã chi trả cho 61 hộ (71%).", new[] { "Phòng Kinh tế xã" })]
    [InlineData("Phòng Tài chính báo cáo kết quả thu ngân sách về UBND xã trước ngày 10/4/2026.", new[] { "Phòng Tài chính", "Phòng Kinh tế xã" })]
    public void A_report_given_at_the_meeting_is_no_task(string minute, string[] units)
    {
        var n = NoticeParser.Parse("BIÊN BẢN CUỘC HỌP\n\nI. NỘI DUNG\n" + minute + "\n\nII. KẾT LUẬN\n- Phòng Kinh tế xã kiểm đếm lại cây trồng, xong trước ngày 03/4/2026.\n");
        Assert.True(units.SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_member_title_names_no_unit_and_the_leader_after_it_hands_the_work_on(string body, string[] units)
    {
        var n = NoticeParser.Parse(Header + body);
        Assert.True(units.SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }
}
