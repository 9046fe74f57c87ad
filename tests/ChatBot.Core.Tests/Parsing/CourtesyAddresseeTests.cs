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
}
