using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Tasks missed in running text (issue 9, session 27), by kind, from fresh8's misses: a speech in the first person, an
/// order carried by a speaker's report, sentences glued without a space, a deadline counted from a document's taking
/// effect mistaken for a decision's article; and what stays out (the event a news paragraph opens on, who attended).
/// Every row is an invented write-up, seen failing on main 1d4b118 first. Expected: unit | text start (30 chars).
/// </summary>
public class RunningTextRecallKindsTests
{
    private static void AssertTasks(string kind, string text, string[] expected) =>
        ParsedTaskLines.AssertSame(kind, expected, ParsedTaskLines.UnitAndStart(NoticeParser.Parse(text)));

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "a chairman's speech in the first person: 'tôi giao X …', 'Tôi cũng đề nghị X …' after an opener",
            "BÀI PHÁT BIỂU CHỈ ĐẠO CỦA CHỦ TỊCH UBND XÃ TÂN PHÚ TẠI HỘI NGHỊ GIAO BAN QUÝ III\n\n" +
            "Thưa các đồng chí! Tôi xin kết luận mấy nội dung chính như sau:\n\n" +
            "Về tiến độ giải ngân, tôi giao Phòng Kinh tế rà soát từng công trình, báo cáo trước ngày 15/10/2027.\n\n" +
            "Tôi cũng đề nghị Công an xã tăng cường tuần tra trên các tuyến đê vào ban đêm.\n\n" +
            "Xin cảm ơn các đồng chí!\n",
            [
                "Phòng Kinh tế | Về tiến độ giải ngân, tôi giao",
                "Công an xã | Tôi cũng đề nghị Công an xã tă",
            ]
        },
        {
            "an order carried by a speaker's report: 'X cho biết, UBND phường giao Y …; Z …'",
            "Phường Hòa Lạc công bố quyết định điều chỉnh địa giới tổ dân phố\n\n" +
            "Sáng 12/4, phường Hòa Lạc tổ chức lễ công bố quyết định điều chỉnh địa giới 6 tổ dân phố.\n\n" +
            "Phó Chủ tịch UBND phường Lê Thị Hạnh cho biết, UBND phường giao Phòng Văn hóa - Xã hội cập nhật danh sách hộ gia đình theo tổ mới; Văn phòng HĐND và UBND phường chỉnh sửa biển tên các nhà văn hóa trước ngày 30/4/2027.\n",
            [
                "Phòng Văn hóa - Xã hội | Phó Chủ tịch UBND phường Lê Th",
                "Văn phòng HĐND và UBND phường | Văn phòng HĐND và UBND phường ",
            ]
        },
        {
            "a speaker stresses, then the unit's own work: 'Đồng chí nhấn mạnh, UBND xã cần …'",
            "Hội nghị sơ kết công tác dân vận 6 tháng đầu năm\n\n" +
            "Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy xã đánh giá cao kết quả đạt được. Đồng chí nhấn mạnh, Ủy ban MTTQ Việt Nam xã cần tiếp tục vận động nhân dân hiến đất làm đường giao thông nông thôn.\n",
            [
                "Ủy ban MTTQ Việt Nam xã | Đồng chí nhấn mạnh, Ủy ban MTT",
            ]
        },
        {
            "sentences glued without a space after the dot ('… đề ra.Kết luận, …'): each read on its own",
            "Xã Đông Hải triển khai nhiệm vụ tháng 8\n\n" +
            "Chiều 02/8, UBND xã Đông Hải tổ chức hội nghị triển khai nhiệm vụ tháng 8/2027. Các đại biểu thống nhất với các chỉ tiêu đề ra.Kết luận hội nghị, đồng chí Chủ tịch UBND xã giao Trạm Y tế xã giám sát dịch bệnh sau mưa lũ, báo cáo trước ngày 10/8/2027.\n",
            [
                "Trạm Y tế xã | Kết luận hội nghị, đồng chí Ch",
            ]
        },
        {
            "a deadline counted from when a resolution takes effect is no decision's article: the sentence is read",
            "Phường Tây Sơn công bố nghị quyết đặt tên đường\n\n" +
            "Tại buổi lễ, đồng chí Chủ tịch UBND phường giao Phòng Kinh tế, Hạ tầng và Đô thị gắn biển tên đường, hoàn thành trong vòng 45 ngày kể từ ngày Nghị quyết có hiệu lực.\n",
            [
                "Phòng Kinh tế, Hạ tầng và Đô thị | Tại buổi lễ, đồng chí Chủ tịch",
            ]
        },
        {
            "a leader without a name ('lãnh đạo phường … đề nghị X …') after an opener",
            "Ra mắt mô hình camera an ninh tổ dân phố số 3\n\n" +
            "Bên cạnh đó, lãnh đạo phường Tân Hòa đề nghị Ban điều hành các khu phố duy trì lịch trực camera hằng đêm.\n",
            [
                "Ban điều hành các khu phố | Bên cạnh đó, lãnh đạo phường T",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_task_in_running_text_is_read(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);

    public static TheoryData<string, string, string[]> Guards => new()
    {
        {
            "the event a news paragraph opens on, and who attended, are no tasks once a speaker's order brings the paragraph into the body",
            "Xã Phú Mỹ triển khai nhiệm vụ quý IV\n\n" +
            "Chiều ngày 05/10, Đảng ủy - HĐND - UBND xã Phú Mỹ tổ chức hội nghị triển khai nhiệm vụ quý IV/2027. Dự hội nghị có đồng chí Bí thư Đảng ủy xã; các đồng chí trong Ban Thường vụ, Ban Chấp hành; lãnh đạo các ban ngành xã. Đồng chí nhấn mạnh, Phòng Văn hóa - Xã hội cần rà soát hộ nghèo theo chuẩn mới.\n",
            [
                "Phòng Văn hóa - Xã hội | Đồng chí nhấn mạnh, Phòng Văn ",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Guards))]
    public void What_a_news_paragraph_reports_stays_out(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);
}
