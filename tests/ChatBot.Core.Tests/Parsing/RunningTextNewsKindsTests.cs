using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Portal news write-ups of meeting conclusions (session 28, parser17b), by kind: the reporter's frame around the order
/// (any short setting before it, an order joined to what the speaker stressed by "và", reported speech in quotes), a
/// finding of what was not done, and the units the sentence directs. Every row is an invented write-up (other units,
/// places, dates than the corpus), seen failing on main 0ead38b first. Expected: unit | text start (30 chars; typographic
/// quotes are read as straight ones).
/// </summary>
public class RunningTextNewsKindsTests
{
    private static void AssertTasks(string kind, string text, string[] expected) =>
        ParsedTaskLines.AssertSame(kind, expected, ParsedTaskLines.UnitAndStart(NoticeParser.Parse(text)));

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "any short setting before the order: 'Từ thực tế kiểm tra, Chủ tịch UBND phường yêu cầu X …'",
            "Phường Nam Hà ra quân làm sạch kênh mương\n\n" +
            "Sáng 14/9, UBND phường Nam Hà tổ chức lễ ra quân làm sạch kênh mương mùa mưa năm 2027.\n\n" +
            "Từ thực tế kiểm tra, Chủ tịch UBND phường yêu cầu Phòng Kinh tế, Hạ tầng và Đô thị lập danh sách các điểm ngập, hoàn thành trước ngày 30/9/2027.\n",
            [
                "Phòng Kinh tế, Hạ tầng và Đô thị | Từ thực tế kiểm tra, Chủ tịch ",
            ]
        },
        {
            "a field named before a bare order: 'Mảng giáo dục, đề nghị X …', 'Lĩnh vực đất đai, giao X …'",
            "Hội nghị giao ban khối văn hóa - xã hội tháng 8\n\n" +
            "Mảng giáo dục, đề nghị Phòng Văn hóa - Xã hội rà soát cơ sở vật chất các trường trước ngày 20/8/2027.\n\n" +
            "Lĩnh vực đất đai, giao Phòng Kinh tế rà soát các thửa đất công bị lấn chiếm, báo cáo trong tháng 9/2027.\n",
            [
                "Phòng Văn hóa - Xã hội | Mảng giáo dục, đề nghị Phòng V",
                "Phòng Kinh tế | Lĩnh vực đất đai, giao Phòng K",
            ]
        },
        {
            "an order joined by 'và' to what the speaker stressed: '… đã nhấn mạnh … và yêu cầu X …'",
            "Xã Tân Lập triển khai chiến dịch diệt lăng quăng\n\n" +
            "Đồng chí Lê Văn Tám, Phó Chủ tịch UBND xã đã nhấn mạnh tình hình dịch bệnh đang diễn biến phức tạp và yêu cầu Trạm Y tế xã tăng cường giám sát các ổ dịch cũ trên địa bàn.\n\n" +
            "Phó Chủ tịch UBND xã cũng đánh giá cao sự vào cuộc của các đoàn thể và đề nghị Hội Liên hiệp Phụ nữ xã vận động hội viên tổng vệ sinh vào sáng Chủ nhật hằng tuần.\n",
            [
                "Trạm Y tế xã | Đồng chí Lê Văn Tám, Phó Chủ t",
                "Hội Liên hiệp Phụ nữ xã | Phó Chủ tịch UBND xã cũng đánh",
            ]
        },
        {
            "a speaker with several titles the grammar does not read whole, after the reporter's settings, then the order",
            "Phường Đông Xuyên phát động chiến dịch diệt muỗi\n\n" +
            "Tại hội nghị, phát biểu chỉ đạo, đồng chí Đỗ Minh Châu, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND phường, Trưởng Ban Chỉ đạo phòng chống dịch bệnh phường Đông Xuyên đã nhấn mạnh nguy cơ bùng phát dịch và yêu cầu Trạm Y tế phường phun hóa chất diệt muỗi tại các ổ dịch trước ngày 12/9/2027.\n\n" +
            "Các tổ xung kích, trường học và tổ dân phố đều quyết tâm hưởng ứng chiến dịch.\n",
            [
                "Trạm Y tế phường | Tại hội nghị, phát biểu chỉ đạ",
            ]
        },
        {
            "reported speech in quotes after the speaker's colon: 'yêu cầu: \"X phải …\"', 'nhấn mạnh: “X cần …”'",
            "Chủ tịch UBND xã An Bình kiểm tra công tác phòng cháy dịp Tết\n\n" +
            "Đồng chí Chủ tịch UBND xã yêu cầu: \"Công an xã phải kiểm tra toàn bộ các cơ sở kinh doanh xăng dầu trên địa bàn trước ngày 20/1/2027\".\n\n" +
            "Đồng chí nhấn mạnh: “Ban Chỉ huy Quân sự xã cần sẵn sàng lực lượng ứng cứu trong suốt dịp Tết”.\n",
            [
                "Công an xã | Đồng chí Chủ tịch UBND xã yêu ",
                "Ban Chỉ huy Quân sự xã | Đồng chí nhấn mạnh: \"Ban Chỉ h",
            ]
        },
        {
            "a finding of what was not done ('X chưa thực hiện …') is no task, and 'chưa' ends the unit's name",
            "Thanh tra huyện công bố kết luận thanh tra công tác tiếp dân\n\n" +
            "Qua thanh tra, UBND các xã Tân Phú và Tân Lộc chưa niêm yết công khai thủ tục hành chính tại trụ sở. Chủ tịch UBND huyện giao Thanh tra huyện theo dõi việc khắc phục, báo cáo trước ngày 15/7/2027.\n",
            [
                "Thanh tra huyện | Chủ tịch UBND huyện giao Thanh",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_news_write_up_gives_its_orders(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);

    public static TheoryData<string, string, string[]> Guards => new()
    {
        {
            "a setting before a unit that only reports, and a quote that directs no one, stay out",
            "Hội nghị tổng kết công tác dân vận năm 2027\n\n" +
            "Đồng chí Bí thư Đảng ủy phường yêu cầu Ban Dân vận Đảng ủy phường tham mưu sơ kết mô hình dân vận khéo trước ngày 15/12/2027.\n\n" +
            "Từ đầu năm đến nay, Phòng Văn hóa - Xã hội đã tổ chức 12 lớp tập huấn cho hơn 600 lượt người.\n\n" +
            "Đồng chí nhấn mạnh: \"Kết quả năm nay là niềm tự hào của toàn thể cán bộ, nhân dân trong phường\".\n",
            [
                "Ban Dân vận Đảng ủy phường | Đồng chí Bí thư Đảng ủy phường",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Guards))]
    public void What_a_news_write_up_reports_stays_out(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);
}
