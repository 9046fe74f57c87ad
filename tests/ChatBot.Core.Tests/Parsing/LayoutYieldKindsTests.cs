using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Layouts that yielded no task at all (issue 9, session 25): exported to-do lists and task slips in field blocks. Every
/// row is an invented document in its own wording; expected is one line per task: unit | text | deadline | recurrence
/// ("-" for none).
/// </summary>
public class LayoutYieldKindsTests
{
    private static void AssertTasks(string kind, string text, string[] expected) =>
        ParsedTaskLines.AssertSame(kind, expected, ParsedTaskLines.Whole(NoticeParser.Parse(text)));

    public static TheoryData<string, string, string[]> Checklists => new()
    {
        {
            "markdown '- [ ]' open items are tasks, '- [x] ~~…~~' done ones are not; the unit after '@', fields after dashes",
            "# Việc cần làm tuần 47/2026 — UBND phường Hòa Lợi\n\n" +
            "- [ ] Rà soát danh sách hộ kinh doanh chưa kê khai thuế — @Phòng Kinh tế — hạn: 25/11\n" +
            "- [x] ~~Gửi báo cáo công tác tiếp công dân tháng 10~~ — @VP HĐND-UBND\n" +
            "- [ ] Tuần tra khu vực chợ đêm Hòa Lợi — @CA phường — lặp lại: tối thứ Bảy hằng tuần\n" +
            "- [ ] Chuẩn bị hội trường cho Hội nghị cử tri — @TT DVSNC (phối hợp: @Phòng VH-XH) — hạn: 28/11/2026\n" +
            "- [ ] Trình ký quyết định khen thưởng tổ dân phố tiêu biểu — @VP — hạn: 30/11\n",
            [
                "Phòng Kinh tế | Rà soát danh sách hộ kinh doanh chưa kê khai thuế | 2026-11-25 | -",
                "Công an phường | Tuần tra khu vực chợ đêm Hòa Lợi | - | Weekly",
                "Trung tâm Dịch vụ sự nghiệp công | Chuẩn bị hội trường cho Hội nghị cử tri | 2026-11-28 | -",
                "Văn phòng HĐND và UBND phường | Trình ký quyết định khen thưởng tổ dân phố tiêu biểu | 2026-11-30 | -",
            ]
        },
        {
            "'* [ ]' items, '[X]' and a struck-through open box are done, a nested sub-item is a task of its own, ' - ' before a field",
            "Danh sách công việc tháng 12/2026 (xuất ngày 01/12/2026)\n\n" +
            "* [ ] Kiểm tra phòng cháy tại các nhà trọ trên địa bàn @Công an phường - hạn: 15/12\n" +
            "* [X] Niêm yết lịch tiếp công dân @Văn phòng HĐND và UBND phường\n" +
            "* [ ] ~~Tổng hợp số liệu lao động việc làm~~ @Phòng Văn hóa - Xã hội\n" +
            "* [ ] Tổ chức Ngày hội đại đoàn kết toàn dân @Ủy ban MTTQ Việt Nam phường - hạn: 20/12\n" +
            "    * [ ] Lập danh sách hộ khó khăn được tặng quà @Phòng Văn hóa - Xã hội - hạn: 18/12\n",
            [
                "Công an phường | Kiểm tra phòng cháy tại các nhà trọ trên địa bàn | 2026-12-15 | -",
                "Ủy ban MTTQ Việt Nam phường | Tổ chức Ngày hội đại đoàn kết toàn dân | 2026-12-20 | -",
                "Phòng Văn hóa - Xã hội | Lập danh sách hộ khó khăn được tặng quà | 2026-12-18 | -",
            ]
        },
        {
            "box glyphs: '☐' open, '☑' and '☒' done; 'định kỳ:' gives the recurrence; abbreviations resolved",
            "CÔNG VIỆC TUẦN 10/2027 - Ngày xuất: 02/03/2027\n\n" +
            "☐ Hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất — @Phòng KT, HT&ĐT — hạn: 12/3\n" +
            "☑ Họp tổ dân phố số 4 về thu gom rác — @Phòng KT, HT&ĐT\n" +
            "☐ Cập nhật phần mềm quản lý hộ tịch — @Công chức Tư pháp - Hộ tịch — định kỳ: hằng tháng\n" +
            "☒ Báo cáo tình hình an ninh trật tự — @CA phường\n" +
            "☐ Kiểm tra vệ sinh an toàn thực phẩm bếp ăn trường học — @Trạm Y tế phường — hạn: 20/3\n",
            [
                "Phòng Kinh tế, Hạ tầng và Đô thị | Hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất | 2027-03-12 | -",
                "Công chức Tư pháp - Hộ tịch | Cập nhật phần mềm quản lý hộ tịch | - | Monthly",
                "Trạm Y tế phường | Kiểm tra vệ sinh an toàn thực phẩm bếp ăn trường học | 2027-03-20 | -",
            ]
        },
        {
            "a box list with no '@': the item's own subject is its unit ('X …', 'X: …')",
            "Việc cần làm tuần 14/2027 (xuất ngày 05/4/2027)\n\n" +
            "☐ Công an phường kiểm tra tạm trú tại các nhà trọ, xong trước ngày 10/4\n" +
            "☐ Phòng VH-XH: lập danh sách gia đình chính sách — hạn: 20/4\n" +
            "☑ Trạm Y tế phường tiêm vắc xin sởi cho trẻ dưới 5 tuổi\n" +
            "- [ ] Đoàn Thanh niên phường ra quân dọn vệ sinh bãi biển — lặp lại: sáng Chủ nhật hằng tuần\n",
            [
                "Công an phường | Công an phường kiểm tra tạm trú tại các nhà trọ, xong trước ngày 10/4 | 2027-04-10 | -",
                "Phòng Văn hóa - Xã hội | Phòng VH-XH: lập danh sách gia đình chính sách | 2027-04-20 | -",
                "Đoàn Thanh niên phường | Đoàn Thanh niên phường ra quân dọn vệ sinh bãi biển | - | Weekly",
            ]
        },
    };

    [Theory]
    [InlineData("PHIẾU LẤY Ý KIẾN\n\nÝ kiến của hộ gia đình về phương án mở rộng ngõ 12:\n☐ Đồng ý\n☐ Không đồng ý\n☐ Ý kiến khác\n")]
    [InlineData("Câu 1. Gia đình có nhu cầu lắp camera an ninh không?\n- [ ] Có\n- [ ] Không\n\nCâu 2. Mức đóng góp:\n- [ ] 100.000 đồng\n- [x] Tùy khả năng\n")]
    public void Boxes_of_a_form_are_answers_not_tasks(string text) => Assert.Empty(NoticeParser.Parse(text).Tasks);

    [Theory]
    [MemberData(nameof(Checklists))]
    public void A_checklist_gives_its_open_items_as_tasks(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);

    public static TheoryData<string, string, string[]> FieldBlocks => new()
    {
        {
            "a task slip: 'CÔNG VIỆC N' over unit, partners, content, deadline and report fields (the unit before the text)",
            "ỦY BAN NHÂN DÂN PHƯỜNG HÒA LỢI\nSố: 15/PGV-UBND\nHòa Lợi, ngày 02 tháng 11 năm 2026\n\nPHIẾU GIAO VIỆC\n\n" +
            "CÔNG VIỆC 1\nĐơn vị chủ trì: Phòng VH-XH\nĐơn vị phối hợp: Trạm Y tế phường\n" +
            "Nội dung: Rà soát người cao tuổi chưa được cấp thẻ bảo hiểm y tế.\nThời hạn: 20/11/2026\nHình thức báo cáo: Văn bản\n\n" +
            "CÔNG VIỆC 2\nĐơn vị chủ trì: CA phường\nĐơn vị phối hợp: (không)\n" +
            "Nội dung: Kiểm tra các cơ sở kinh doanh karaoke về phòng cháy chữa cháy.\nThời hạn: Thứ Sáu hằng tuần\n" +
            "Hình thức báo cáo: Báo cáo nhanh qua điện thoại\n",
            [
                "Phòng Văn hóa - Xã hội | Rà soát người cao tuổi chưa được cấp thẻ bảo hiểm y tế. | 2026-11-20 | -",
                "Công an phường | Kiểm tra các cơ sở kinh doanh karaoke về phòng cháy chữa cháy. | - | Weekly",
            ]
        },
        {
            "bulleted field blocks separated by blank lines, no heading; 'Thời gian hoàn thành' with a quarter and a relative time",
            "Số: 33/PGV-UBND\nAn Phú, ngày 10 tháng 3 năm 2027\n\nPHIẾU GIAO NHIỆM VỤ\n\n" +
            "- Đơn vị thực hiện: Ban Chỉ huy Quân sự phường\n- Nội dung công việc: Tổ chức huấn luyện lực lượng dân quân năm thứ nhất.\n" +
            "- Thời gian hoàn thành: Quý II/2027\n\n" +
            "- Đơn vị thực hiện: Văn phòng HĐND và UBND phường\n" +
            "- Nội dung công việc: Tổng hợp báo cáo kết quả thực hiện nhiệm vụ trình Chủ tịch UBND phường.\n" +
            "- Thời gian hoàn thành: Trong vòng 10 ngày kể từ ngày ký\n",
            [
                "Ban Chỉ huy Quân sự phường | Tổ chức huấn luyện lực lượng dân quân năm thứ nhất. | 2027-06-30 | -",
                "Văn phòng HĐND và UBND phường | Tổng hợp báo cáo kết quả thực hiện nhiệm vụ trình Chủ tịch UBND phường. | 2027-03-20 | -",
            ]
        },
        {
            "'Việc N' blocks with the content first, then 'Giao cho:', 'Phối hợp:', 'Hạn hoàn thành:'",
            "PHIẾU CHUYỂN GIAO CÔNG VIỆC\nSố: 08/PGV-VP\nTân Hòa, ngày 05 tháng 6 năm 2026\n\n" +
            "Việc 1\nCông việc: Lập kế hoạch tổ chức Tết Trung thu cho thiếu nhi trên địa bàn.\nGiao cho: Đoàn Thanh niên phường\nHạn hoàn thành: 25/8/2026\n\n" +
            "Việc 2\nCông việc: Thống kê số hộ sử dụng nước sạch trên địa bàn.\nGiao cho: Phòng KT-HT-ĐT\nPhối hợp: Các tổ dân phố\n" +
            "Hạn hoàn thành: Định kỳ hằng quý\n",
            [
                "Đoàn Thanh niên phường | Lập kế hoạch tổ chức Tết Trung thu cho thiếu nhi trên địa bàn. | 2026-08-25 | -",
                "Phòng Kinh tế, Hạ tầng và Đô thị | Thống kê số hộ sử dụng nước sạch trên địa bàn. | - | Quarterly",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(FieldBlocks))]
    public void A_field_block_is_one_task_with_its_fields(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);

    public static TheoryData<string, string, string[]> Announcements => new()
    {
        {
            "a ward's announcement of an event: information fields, then 'Phân công:' over '-' items each naming its unit",
            "THÔNG BÁO TỔ CHỨC NGÀY HỘI HIẾN MÁU TÌNH NGUYỆN NĂM 2026\n\n" +
            "Hưởng ứng Ngày Toàn dân hiến máu tình nguyện; thực hiện Kế hoạch số 12/KH-BCĐ ngày 02/3/2026 của Ban Chỉ đạo vận động hiến máu thành phố;\n\n" +
            "Phường Tân Định tổ chức Ngày hội hiến máu tình nguyện năm 2026.\nThời gian: 7h30 ngày 19/4/2026 (Chủ nhật).\nĐịa điểm: Nhà văn hóa phường.\n\n" +
            "Phân công:\n- Trạm Y tế phường chuẩn bị bàn khám sàng lọc và nước uống cho người hiến máu.\n" +
            "- Đoàn Thanh niên phường vận động đoàn viên đăng ký hiến máu, gửi danh sách trước ngày 15/4/2026.\n" +
            "- Hội Chữ thập đỏ phường chuẩn bị quà tặng cho người hiến máu.\n",
            [
                "Trạm Y tế phường | Trạm Y tế phường chuẩn bị bàn khám sàng lọc và nước uống cho người hiến máu. | - | -",
                "Đoàn Thanh niên phường | Đoàn Thanh niên phường vận động đoàn viên đăng ký hiến máu, gửi danh sách trước ngày 15/4/2026. | 2026-04-15 | -",
                "Hội Chữ thập đỏ phường | Hội Chữ thập đỏ phường chuẩn bị quà tặng cho người hiến máu. | - | -",
            ]
        },
        {
            "a campaign launched in a news paragraph, 'Phân công thực hiện:' over '+' items, a weekly duty",
            "UBND phường Phú Mỹ phát động đợt cao điểm ra quân lập lại trật tự vỉa hè từ ngày 01/6/2026.\n\n" +
            "Lễ ra quân do đồng chí Phó Chủ tịch UBND phường chủ trì, có sự tham gia của các tổ dân phố.\n\n" +
            "Phân công thực hiện:\n+ Đội Quản lý trật tự đô thị phường kiểm tra, lập biên bản các trường hợp lấn chiếm vào tối thứ Sáu hằng tuần.\n" +
            "+ Công an phường bố trí lực lượng hỗ trợ, bảo đảm an ninh trật tự trong các đợt ra quân.\n",
            [
                "Đội Quản lý trật tự đô thị phường | Đội Quản lý trật tự đô thị phường kiểm tra, lập biên bản các trường hợp lấn chiếm vào tối thứ Sáu hằng tuần. | - | Weekly",
                "Công an phường | Công an phường bố trí lực lượng hỗ trợ, bảo đảm an ninh trật tự trong các đợt ra quân. | - | -",
            ]
        },
        {
            "'Giao nhiệm vụ:' in a portal notice with no number or signer, '•' items, a deadline without a year",
            "Thông báo về việc tổ chức Tết Trung thu cho thiếu nhi năm 2026\n\n" +
            "Nhằm tạo sân chơi cho thiếu nhi, phường Hòa Lợi tổ chức đêm hội Trăng rằm vào tối ngày 25/9/2026 tại sân Nhà văn hóa.\n\n" +
            "Giao nhiệm vụ:\n• Phòng Văn hóa - Xã hội xây dựng chương trình văn nghệ, hoàn thành trước ngày 15/9.\n" +
            "• Trung tâm Dịch vụ sự nghiệp công trang trí sân khấu, âm thanh, ánh sáng.\n",
            [
                "Phòng Văn hóa - Xã hội | Phòng Văn hóa - Xã hội xây dựng chương trình văn nghệ, hoàn thành trước ngày 15/9. | 2026-09-15 | -",
                "Trung tâm Dịch vụ sự nghiệp công | Trung tâm Dịch vụ sự nghiệp công trang trí sân khấu, âm thanh, ánh sáng. | - | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Announcements))]
    public void An_assignment_label_over_items_starts_the_body(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);

    [Theory]
    [InlineData("Số: 15/PGV-UBND\nHòa Lợi, ngày 02 tháng 11 năm 2026\n\nPHIẾU GIAO VIỆC\n\nNội dung: Rà soát hộ nghèo.\nĐơn vị chủ trì: Phòng VH-XH\n")]
    [InlineData("ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ\nSố: 41/PGV-VP\nAn Phú, ngày 10 tháng 3 năm 2027\n\nV/v triển khai nhiệm vụ sau giao ban\n\nCông việc: Lập danh sách hộ kinh doanh.\nGiao cho: Phòng Kinh tế\n")]
    [InlineData("UBND XÃ TÂN HÒA\n\nPHIẾU GIAO VIỆC\n(Thực hiện kết luận giao ban tuần)\n\nNội dung: Kiểm tra tuyến kênh Bà Lài.\nĐơn vị thực hiện: Phòng Kinh tế\n")]
    public void A_task_slip_is_its_own_kind_of_document(string text) =>
        Assert.Equal("phieu_giao_viec", NoticeParser.Parse(text).Document.Kind);
}
