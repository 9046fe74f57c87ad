using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Lead-ins that name the unit once for the subject-less items under them (issue 9; the kinds of fresh4's misses, session
/// 25): a lead-in paragraph whose subject narrates before the order ("UBND phường xây dựng kế hoạch đề nghị X thực hiện …
/// sau:"), a unit given as a count ("21 tổ dân phố"), "giao nhiệm vụ cho X … như sau:", "Đối với" + every unit or a market's
/// board as a heading, and "Đối với X &lt;verb&gt; …" in prose. Every row is an invented notice in several wordings; expected
/// is each task's lead unit ("null" for none).
/// </summary>
public class TaskLeadInKindsTests
{
    private const string Header = "Số: 48/TB-UBND\n\nHòa Lợi, ngày 12 tháng 4 năm 2026\n\nTHÔNG BÁO\n\n";

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "a lead-in whose subject narrates first, then orders the unit: the unit after the order",
            "Để chuẩn bị cho ngày hội, UBND phường xây dựng kế hoạch đề nghị các tổ dân phố thực hiện một số nội dung sau:\n\n" +
            "- Vận động các hộ treo cờ Tổ quốc.\n\n- Rà soát danh sách cử tri trước ngày 02/5/2026.\n\n" +
            "Thực hiện chỉ đạo của quận, Ủy ban nhân dân phường ban hành kế hoạch và yêu cầu Trạm Y tế phường triển khai các nội dung sau:\n\n" +
            "1. Tổ chức phun hóa chất tại các ổ dịch.\n\n2. Giám sát các ca bệnh tại cộng đồng.\n",
            ["Các tổ dân phố", "Các tổ dân phố", "Trạm Y tế phường", "Trạm Y tế phường"]
        },
        {
            "a count before a plural unit ('21 tổ dân phố', '12 khu phố') is that plural",
            "UBND phường đề nghị 21 tổ dân phố thực hiện các nội dung sau:\n\n- Treo băng rôn tại nhà văn hóa.\n\n" +
            "- Vận động các hộ tổng vệ sinh ngõ, xóm.\n\n3. Giao 12 khu phố rà soát các hộ tạm trú.\n",
            ["Các tổ dân phố", "Các tổ dân phố", "Các khu phố"]
        },
        {
            "a leader who 'giao nhiệm vụ cho' / 'giao nhiệm vụ tới' a unit over the items: that unit",
            "Sau khi nghe báo cáo, đồng chí Phó Chủ tịch UBND phường đã giao nhiệm vụ cho Trạm Y tế phường cụ thể như sau:\n\n" +
            "1. Tập trung tuyên truyền trên loa truyền thanh.\n\n2. Kiểm tra các hộ kinh doanh trước ngày 20/4/2026.\n\n" +
            "Kết thúc buổi làm việc, Chủ tịch UBND phường giao nhiệm vụ tới Phòng Kinh tế như sau:\n\n" +
            "- Rà soát các tuyến mương thoát nước.\n",
            ["Trạm Y tế phường", "Trạm Y tế phường", "Phòng Kinh tế"]
        },
        {
            "'Đối với' every unit, or a market's board, as a heading: its unit for what follows",
            "UBND phường đề nghị:\n\n1. Đối với các cơ quan, đơn vị, doanh nghiệp:\n\na) Tự kiểm tra các tồn tại về phòng cháy.\n\n" +
            "b) Bố trí lực lượng trực trong thời gian nghỉ lễ.\n\n2. Đối với Ban Quản lý chợ Bình Tây:\n\nSắp xếp lại hàng hóa, bảo đảm lối thoát nạn.\n\n" +
            "3. Đối với các cơ quan, đơn vị:\n\nRà soát phương tiện chữa cháy.\n\n4. Ban Quản lý chợ Đông Hòa:\n\nKiểm tra hệ thống điện.\n",
            ["Các cơ quan, đơn vị", "Các cơ quan, đơn vị", "Ban Quản lý chợ Bình Tây", "Các cơ quan, đơn vị", "Ban Quản lý chợ Đông Hòa"]
        },
        {
            "'Đối với X' followed by the unit's verb in prose: X is the subject",
            "Chủ tịch UBND phường kết luận như sau:\n\n" +
            "Đối với phòng Kinh tế phường rà soát các hộ kinh doanh, báo cáo trước ngày 20/4/2026.\n\n" +
            "Đối với Trạm Y tế phường tăng cường giám sát dịch; phun hóa chất tại các ổ dịch.\n\n" +
            "Đối với Ban Quản lý dự án phường đẩy nhanh tiến độ thi công tuyến đường số 5.\n",
            ["Phòng Kinh tế phường", "Trạm Y tế phường", "Ban Quản lý dự án phường"]
        },
        {
            "an item that joins the issuer's step to an order ('Quán triệt và giao nhiệm vụ tới X …') names its own unit under a lead-in",
            "Chủ tịch UBND phường giao nhiệm vụ cho Phòng Văn hóa - Xã hội như sau:\n\n1. Tổ chức tuyên truyền phòng, chống dịch.\n\n" +
            "2. Quán triệt và giao nhiệm vụ tới Trạm Y tế phường giám sát các ca bệnh.\n\n3. Rà soát và giao Công an phường kiểm tra các cơ sở lưu trú.\n\n" +
            "4. Họp và giao nhiệm vụ cho Đoàn Thanh niên phường ra quân diệt lăng quăng.\n",
            ["Phòng Văn hóa - Xã hội", "Trạm Y tế phường", "Công an phường", "Đoàn Thanh niên phường"]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_lead_in_gives_its_unit_to_the_items_under_it(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(Header + body);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }
}
