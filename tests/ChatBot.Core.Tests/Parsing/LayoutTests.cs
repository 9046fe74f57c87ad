using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Layouts beyond the seeds, each as a small invented notice: which tasks come out, which unit leads each and its
/// deadline ("" = none). The header gives the notice's date (5 June 2026, so relative deadlines count from it).
/// </summary>
public class LayoutTests
{
    private const string Header = "Số: 12/TB-UBND\n\nHòa Bình, ngày 05 tháng 6 năm 2026\n\nTHÔNG BÁO\n\nChủ tịch UBND phường kết luận như sau:\n\n";

    public static TheoryData<string, string, string[]> Layouts => new()
    {
        {
            "items numbered (1), (2)",
            "(1) VP HĐND-UBND phường tổng hợp kiến nghị cử tri trong vòng 10 ngày kể từ ngày ký.\n\n(2) TT PVHCC rà soát hồ sơ trễ hạn, báo cáo trước ngày 20/6.\n",
            ["Văn phòng HĐND và UBND phường|2026-06-15", "Trung tâm Phục vụ hành chính công|2026-06-20"]
        },
        {
            "items numbered 1), 2) and a, b",
            "1) CA phường tăng cường tuần tra ban đêm.\n\n2) Phòng VH-XH tổ chức hoạt động hè trong Tháng 7 - 8/2026.\n\na. Trạm Y tế phường phun hóa chất diệt muỗi.\n",
            ["Công an phường|", "Phòng Văn hóa - Xã hội|2026-08-31", "Trạm Y tế phường|"]
        },
        {
            "the unit after the task: '- giao X thực hiện', '(giao X chủ trì …)', 'Nhiệm vụ này giao X', ': X thực hiện'",
            "1. Cập nhật danh mục thủ tục hành chính tại bộ phận một cửa - giao Trung tâm Phục vụ hành chính công thực hiện, xong trước ngày 30/6.\n\n" +
            "2. Hướng dẫn người dân cài đặt định danh điện tử (giao Công an phường chủ trì, phối hợp với Đoàn Thanh niên phường thực hiện).\n\n" +
            "3. Kiểm tra việc ký số văn bản đi. Nhiệm vụ này giao Văn phòng HĐND và UBND phường thực hiện, báo cáo trong tháng 7/2026.\n\n" +
            "4. Đánh giá chỉ số cải cách hành chính năm trước, xác định tiêu chí bị trừ điểm: Phòng Văn hóa - Xã hội thực hiện.\n",
            ["Trung tâm Phục vụ hành chính công|2026-06-30", "Công an phường|", "Văn phòng HĐND và UBND phường|2026-07-31", "Phòng Văn hóa - Xã hội|"]
        },
        {
            "a following sentence or line assigns the item before it",
            "1. Tổ chức lớp bồi dưỡng kỹ năng số cho tổ công nghệ số cộng đồng.\n\nGiao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Dịch vụ sự nghiệp công tổ chức, xong trước ngày 15/7.\n\n" +
            "2. Lắp đặt camera an ninh tại các ngõ xóm.\n\nĐơn vị thực hiện: Công an phường.\n",
            ["Phòng Văn hóa - Xã hội|2026-07-15", "Công an phường|"]
        },
        {
            "prose: several units share a paragraph",
            "Ban Quản lý dự án phường hoàn thiện hồ sơ quyết toán, trình thẩm định trước ngày 30/6/2026. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì kiểm tra hệ thống thoát nước. Tổ trưởng các tổ dân phố tiếp tục vận động hộ gia đình bỏ rác đúng giờ.\n",
            ["Ban Quản lý dự án phường|2026-06-30", "Phòng Kinh tế, Hạ tầng và Đô thị|", "Tổ trưởng các tổ dân phố|"]
        },
        {
            "clauses with their own subject after ';' and ','",
            "Giao các xã, thị trấn đẩy nhanh tiến độ trồng rừng; phòng NN&PTNT tham mưu tháo gỡ vướng mắc. Phòng Kinh tế - Hạ tầng thẩm định về nội dung, phòng Tài chính - Kế hoạch thẩm định kinh phí.\n",
            ["UBND các xã, thị trấn|", "Phòng Nông nghiệp và Phát triển nông thôn|", "Phòng Kinh tế - Hạ tầng|", "Phòng Tài chính - Kế hoạch|"]
        },
        {
            "'Đề nghị X …' and 'Yêu cầu X …' lists",
            "- Đề nghị Ủy ban MTTQ Việt Nam phường vận động Nhân dân tham gia tổng vệ sinh.\n\n- Yêu cầu UBND các tổ dân phố báo cáo số hộ nghèo trước ngày 10/6.\n\n- Kính đề nghị Thường trực Đảng ủy phường chỉ đạo các chi bộ quán triệt nội dung.\n",
            ["Ủy ban MTTQ Việt Nam phường|", "UBND các tổ dân phố|2026-06-10", "Thường trực Đảng ủy phường|"]
        },
        {
            "a lead-in names the unit once for the items under it",
            "Giao Trung tâm Phục vụ hành chính công thực hiện các nội dung sau:\n\n- Bố trí công chức hướng dẫn tại khu vực chờ.\n\n- Niêm yết số điện thoại đường dây nóng trước ngày 30/6.\n\nĐề nghị UBND phường:\n\n+ Chỉ đạo Công an phường xử lý lấn chiếm vỉa hè.\n",
            ["Trung tâm Phục vụ hành chính công|", "Trung tâm Phục vụ hành chính công|2026-06-30", "UBND phường|"]
        },
        {
            "a leader's 'chỉ đạo X' gives the work to X; an office directing others keeps it",
            "- Chủ tịch UBND phường chỉ đạo Phòng Văn hóa - Xã hội phối hợp với Trạm Y tế phường khám sàng lọc cho người cao tuổi.\n\n- Đề nghị UBND phường chỉ đạo các phòng chuyên môn đẩy nhanh giải phóng mặt bằng.\n",
            ["Phòng Văn hóa - Xã hội|", "UBND phường|"]
        },
        {
            "a sentence broken by a blank line and a page number",
            "1. Công an phường\n\n- Kiểm tra phòng cháy tại các cơ sở kinh doanh có nguy cơ\n\n- 3 -\n\ncháy nổ cao, hoàn thành trước ngày\n\n30/6.\n",
            ["Công an phường|2026-06-30"]
        },
        {
            "a group of fields: Nội dung, Đơn vị chủ trì, Đơn vị phối hợp, Thời hạn",
            "Nhiệm vụ 1\n- Nội dung: Rà soát danh sách hộ có nhà ở xuống cấp.\n- Đơn vị chủ trì: Phòng VH-XH.\n- Đơn vị phối hợp: Ủy ban MTTQ Việt Nam phường.\n- Thời hạn: trước ngày 20/8/2026.\n\nNhiệm vụ 2\n- Nội dung: Xử lý các điểm tập kết rác tự phát.\n- Đơn vị chủ trì: Phòng KT, HT&ĐT.\n- Thời hạn: hằng tuần, báo cáo vào chiều thứ Năm.\n",
            ["Phòng Văn hóa - Xã hội|2026-08-20", "Phòng Kinh tế, Hạ tầng và Đô thị|"]
        },
        {
            "articles of a decision",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện chương trình.\n\nĐiều 2. Giao Phòng Văn hóa - Xã hội chủ trì triển khai Kế hoạch, báo cáo UBND phường trước ngày 15/12.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n",
            ["Phòng Văn hóa - Xã hội|2026-12-15"]
        },
        {
            "a task table pasted with tabs, a group row and a ranged deadline",
            "STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn hoàn thành\nI\tCÔNG TÁC TUYỂN SINH\t\t\t\n1\tRà soát số trẻ vào lớp 1\tPhòng VH-XH\tCA phường\t10/7/2026\n2\tVận động Quỹ khuyến học\tHội Khuyến học phường\tUBMTTQ phường\tTháng 8 - 9/2026\n",
            ["Phòng Văn hóa - Xã hội|2026-07-10", "Hội Khuyến học phường|2026-09-30"]
        },
        {
            "an enumeration in words: Thứ nhất, Thứ hai …",
            "Thứ nhất, về gia cố công trình: giao Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra toàn bộ kè, hoàn thành chậm nhất sau 10 ngày kể từ ngày ký Thông báo này.\n\n" +
            "Thứ hai, về sơ tán dân: Ban Chỉ huy Quân sự phường tổ chức diễn tập vào tuần cuối tháng 10/2026.\n\nThứ ba, các tổ trưởng tổ dân phố lập danh sách hộ neo đơn.\n",
            ["Phòng Kinh tế, Hạ tầng và Đô thị|2026-06-15", "Ban Chỉ huy Quân sự phường|2026-10-31", "Tổ trưởng các tổ dân phố|"]
        },
        {
            "a leader who directs the work himself, then gives a unit its part after a semicolon",
            "1. Đồng chí Chủ tịch UBND phường trực tiếp chỉ đạo công tác cải cách hành chính; giao Văn phòng HĐND và UBND phường theo dõi, tổng hợp trước ngày 30/7/2026.\n",
            ["Văn phòng HĐND và UBND phường|2026-07-30"]
        },
        {
            "a list of units in a relative clause does not start a new subject",
            "Đồng chí Chủ tịch yêu cầu các phòng chuyên môn đẩy nhanh tiến độ các nhiệm vụ đã được Đảng ủy, HĐND, UBND phường đề ra.\n",
            ["Các phòng chuyên môn|"]
        },
        {
            "noise yields nothing: targets, purpose, statistics, the next meeting, the closing formula",
            "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức của Nhân dân.\n\nII. CHỈ TIÊU\n\n- Trâu, bò: đạt trên 80% tổng đàn.\n\nIII. NHIỆM VỤ\n\n(1) Tình hình thu ngân sách 6 tháng đạt 58% dự toán.\n\n(2) Cuộc họp giao ban tiếp theo tổ chức vào ngày 13/7/2026.\n\n(3) Phòng Kinh tế rà soát nợ thuế.\n\nVăn phòng HĐND và UBND phường thông báo để các đơn vị biết, thực hiện./.\n",
            ["Phòng Kinh tế|"]
        },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_layout_yields_its_tasks_units_and_deadlines(string layout, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(Header + body);
        var got = notice.Tasks.Select(t => $"{t.Unit}|{t.Deadline?.ToString("yyyy-MM-dd")}").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{layout}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }

    public static TheoryData<string, string, string[]> NewsWriteUps => new()
    {
        {
            "a portal's write-up of a meeting: narrative first, orders after the chair's conclusion",
            "UBND xã Tân Lập họp thường kỳ tháng 4\n\nChiều ngày 07/4/2025, UBND xã Tân Lập tổ chức phiên họp thường kỳ dưới sự chủ trì của ông Hoàng Văn Dũng, Chủ tịch UBND xã.\n\n" +
            "Tại phiên họp, các đại biểu nghe báo cáo tình hình quý I; thu ngân sách đạt 28,5% dự toán.\n\n" +
            "Kết luận phiên họp, Chủ tịch UBND xã giao công chức Văn hóa - Xã hội tham mưu văn bản điều chỉnh danh sách hộ nghèo, hoàn thành trước ngày 20/4/2025. Ban Chỉ huy Quân sự xã xây dựng kế hoạch huấn luyện dân quân. Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã duy trì tuần tra ban đêm.\n\n" +
            "Đồng chí Chủ tịch cũng yêu cầu trưởng các thôn vận động các hộ nộp quỹ phòng, chống thiên tai trước ngày 30/6.\n\nPhiên họp tháng 5 dự kiến tổ chức vào ngày 06/5/2025.\n\nThu Hà - Văn phòng HĐND và UBND xã\n",
            ["Công chức Văn hóa - Xã hội|2025-04-20", "Ban Chỉ huy Quân sự xã|", "Công an xã|", "Trưởng các thôn|2025-06-30"]
        },
        {
            "a leader's remarks with an opener, then orders joined by 'đồng thời'",
            "Đoàn giám sát làm việc tại Trạm Y tế xã\n\nNgày 16/4/2026, Ban Văn hóa - Xã hội HĐND xã tổ chức giám sát tại Trạm Y tế xã.\n\n" +
            "Kết luận buổi giám sát, đồng chí Bùi Văn Phúc ghi nhận sự cố gắng của tập thể Trạm; đồng thời đề nghị Trạm Y tế xã rà soát trang thiết bị hư hỏng, đề xuất sửa chữa trước ngày 15/5/2026. Đề nghị UBND xã bố trí kinh phí cải tạo điểm trạm.\n",
            ["Trạm Y tế xã|2026-05-15", "UBND xã|"]
        },
        {
            "the speaker narrates, a generic follow-up joins the task, the byline is not a task",
            "Tiếp công dân định kỳ\n\nNgày 14/6/2023, Chủ tịch UBND tỉnh tiếp công dân.\n\nSau khi nghe ý kiến của công dân, đồng chí Chủ tịch UBND tỉnh khẳng định nguyện vọng của công dân là chính đáng. Đồng chí giao UBND thị xã giải quyết dứt điểm vướng mắc. Các đơn vị hoàn thành và báo cáo trước ngày 15/7.\n\nTin, ảnh: Văn phòng UBND tỉnh\n",
            ["UBND thị xã|2023-07-15"]
        },
    };

    [Theory]
    [MemberData(nameof(NewsWriteUps))]
    public void A_news_write_up_yields_the_orders_of_its_conclusion(string layout, string text, string[] expected)
    {
        var notice = NoticeParser.Parse(text);
        var got = notice.Tasks.Select(t => $"{t.Unit}|{t.Deadline?.ToString("yyyy-MM-dd")}").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{layout}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }

    [Fact]
    public void An_attached_plan_after_the_signature_is_read_too()
    {
        const string text = "Số: 10/QĐ-UBND\n\nTam Nông, ngày 12 tháng 8 năm 2024\n\nQUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\n" +
                            "Điều 2. Chánh Văn phòng và Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n" +
                            "KẾ HOẠCH\n(Ban hành kèm theo Quyết định số 10/QĐ-UBND)\n\nI. MỤC TIÊU\n\n- Nâng cao năng lực cho cán bộ.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Tài chính - Kế hoạch\n\nTham mưu bố trí kinh phí thực hiện Kế hoạch.\n";
        var task = Assert.Single(NoticeParser.Parse(text).Tasks);
        Assert.Equal("Phòng Tài chính - Kế hoạch", task.Unit);
    }
}
