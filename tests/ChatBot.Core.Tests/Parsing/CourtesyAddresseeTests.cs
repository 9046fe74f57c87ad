using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 21 (parser7): a letter to one addressee asks "Quý Sở", "Quý Công ty", "Quý cơ quan" … for its requests: each
/// request is a task of the addressee written in "Kính gửi:" (LABELING.md, "Letters to one addressee"), and an item that
/// starts "Chỉ đạo X …" under it stays the addressee's. Invented letters, several wordings.
/// </summary>
public class CourtesyAddresseeTests
{
    private static string Describe(ParsedNotice n) => string.Join(" | ", n.Tasks.Select(t => $"[{t.Unit}] {t.Text}"));

    public static TheoryData<string, string, string[]> Letters => new()
    {
        {
            "Sở Tài chính tỉnh Bình Dương.",
            "Để kịp tiến độ, UBND xã Tân Long kính đề nghị Quý Sở:\n\n1. Thẩm định dự toán sửa chữa trụ sở xã năm 2027.\n\n2. Hướng dẫn xã thủ tục điều chỉnh nguồn vốn sự nghiệp.\n",
            ["Sở Tài chính tỉnh Bình Dương", "Sở Tài chính tỉnh Bình Dương"]
        },
        {
            "Công ty Điện lực Đống Đa",
            "UBND phường trân trọng đề nghị Quý Công ty:\n\n- Chỉ đạo Đội Quản lý điện khu vực 2 thay thế các cột điện nghiêng trên phố Chùa Bộc.\n\n- Cắt điện theo lịch và thông báo trước cho người dân.\n",
            ["Công ty Điện lực Đống Đa", "Công ty Điện lực Đống Đa"]
        },
        {
            "Trung tâm Y tế quận Hoàng Mai.",
            "Vì vậy, UBND phường kính đề nghị Quý cơ quan xem xét, bố trí 02 bác sĩ hỗ trợ Trạm Y tế phường trong đợt tiêm chủng.\n",
            ["Trung tâm Y tế quận Hoàng Mai"]
        },
    };

    [Theory]
    [MemberData(nameof(Letters))]
    public void Requests_to_the_courteous_addressee_go_to_the_unit_in_kinh_gui(string addressee, string body, string[] units)
    {
        var n = NoticeParser.Parse("Số: 210/UBND-VP\nV/v đề nghị hỗ trợ\n\nHà Nội, ngày 02 tháng 12 năm 2026\n\n" +
                                   $"Kính gửi: {addressee}\n\n" + body + "\nTrân trọng./.\n");
        Assert.True(units.SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }

    [Theory]
    [InlineData("UBND phường kính đề nghị Quý Sở quan tâm, hỗ trợ./.")]
    [InlineData("UBND xã trân trọng đề nghị Quý Sở quan tâm, tạo điều kiện giúp đỡ./.")]
    [InlineData("Kính đề nghị Quý Sở quan tâm hỗ trợ./.")]
    public void A_courteous_last_line_to_the_addressee_is_no_task(string closing)
    {
        var n = NoticeParser.Parse("Số: 88/UBND-KT\nV/v đề nghị nạo vét kênh\n\nTân Phú, ngày 03 tháng 12 năm 2026\n\nKính gửi: Sở Nông nghiệp và Môi trường.\n\n" +
                                   "UBND phường kính đề nghị Quý Sở:\n\n1. Nạo vét kênh Tân Hóa đoạn qua khu phố 5.\n\n2. Cấp kinh phí sửa cống ngăn triều.\n\n" + closing + "\n");
        Assert.True(n.Tasks.Count == 2, Describe(n));
    }

    // LABELING.md: the issuer's own "Tiếp tục chỉ đạo X …" with no subject written → the directed bodies lead.
    [Theory]
    [InlineData("1. Tiếp tục chỉ đạo UBND các xã, thị trấn rà soát các điểm tập kết rác tự phát.", "UBND các xã, thị trấn")]
    [InlineData("2. Tiếp tục chỉ đạo Trường Mầm non Hoa Sen hoàn thiện hồ sơ kiểm định chất lượng.", "Trường Mầm non Hoa Sen")]
    [InlineData("3. Tiếp tục yêu cầu Công an các xã tăng cường kiểm tra cơ sở kinh doanh có điều kiện.", "Công an các xã")]
    [InlineData("- Đồng thời, chỉ đạo Trạm Y tế xã giám sát ca bệnh tại cộng đồng.", "Trạm Y tế xã")]
    public void The_issuers_continued_order_without_a_subject_goes_to_the_directed_body(string item, string unit)
    {
        var n = NoticeParser.Parse("Số: 455/UBND-VP\nV/v triển khai nhiệm vụ\n\nTân Lạc, ngày 10 tháng 11 năm 2026\n\nKính gửi: UBND các xã, thị trấn.\n\n" +
                                   "UBND huyện yêu cầu thực hiện các nội dung sau:\n\n" + item + "\n\nTrên đây là ý kiến chỉ đạo của UBND huyện./.\n");
        Assert.True(n.Tasks.Count == 1 && n.Tasks[0].Unit == unit, Describe(n));
    }
}
