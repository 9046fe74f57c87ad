using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 26 (parser15), layouts that yielded no task. Kind 1: a week × unit grid — rows are weeks ("Tuần 1 (02/11 -
/// 06/11)", "Hằng tuần"), columns are units by short name, every filled cell is a task of its column's unit due on the
/// last date of its week (a "Hằng tuần" row is weekly, no date; "—" cells are empty); or the grid turned over (units by
/// row, weeks by column). Invented notices, several wordings.
/// </summary>
public class LayoutGridKindsTests
{
    private const string Header = "Số: 311/TB-UBND\n\nTân Phong, ngày 02 tháng 3 năm 2026\n\nTHÔNG BÁO\n\nLịch triển khai nhiệm vụ tháng 3/2026\n\n" +
                                  "UBND phường thông báo lịch triển khai nhiệm vụ của các đơn vị như sau:\n\n";

    private static string[] Read(ParsedNotice n) =>
        n.Tasks.Select(t => $"{t.Text} | {t.Unit} | {t.Deadline:yyyy-MM-dd} | {t.Recurrence}").ToArray();

    public static TheoryData<string, string[]> Grids => new()
    {
        {
            // Weeks by row, dates in brackets, an em dash for an empty cell, a weekly row.
            "| Tuần | VP HĐND-UBND | Phòng VH-XH | CA phường |\n" +
            "| Tuần 1 (02/3 - 06/3) | Tổng hợp báo cáo quý I gửi Thành phố | — | Rà soát nhân khẩu tạm trú tại khu nhà trọ |\n" +
            "| Tuần 2 (09/3 - 13/3) | — | Tổ chức giải bóng chuyền hơi nữ | — |\n" +
            "| Hằng tuần | — | — | Tuần tra khu vực chợ đêm |\n",
            [
                "Tổng hợp báo cáo quý I gửi Thành phố | Văn phòng HĐND và UBND phường | 2026-03-06 | ",
                "Rà soát nhân khẩu tạm trú tại khu nhà trọ | Công an phường | 2026-03-06 | ",
                "Tổ chức giải bóng chuyền hơi nữ | Phòng Văn hóa - Xã hội | 2026-03-13 | ",
                "Tuần tra khu vực chợ đêm | Công an phường |  | Weekly",
            ]
        },
        {
            // "Tuần lễ" as the corner, a colon and an en dash in the week cell, a hyphen for an empty cell, full unit names.
            "| Tuần lễ | Trạm Y tế phường | Công an phường |\n" +
            "| Tuần 3: 16/3 – 20/3 | Phun thuốc diệt muỗi tại tổ dân phố 4 | - |\n" +
            "| Tuần 4: 23/3 – 27/3 | - | Kiểm tra phòng cháy tại các quán karaoke |\n",
            [
                "Phun thuốc diệt muỗi tại tổ dân phố 4 | Trạm Y tế phường | 2026-03-20 | ",
                "Kiểm tra phòng cháy tại các quán karaoke | Công an phường | 2026-03-27 | ",
            ]
        },
        {
            // A note under the grid that orders a unit is a task of that unit.
            "| Tuần | Trạm Y tế phường | Phòng Văn hóa - Xã hội |\n" +
            "| Tuần 2 (09/3 - 13/3) | Tiêm chủng mở rộng tại trạm | — |\n" +
            "| Tuần 4 (23/3 - 27/3) | — | Kiểm tra các cơ sở karaoke |\n\n" +
            "Ghi chú: Phòng Văn hóa - Xã hội tổng hợp kết quả gửi Văn phòng vào thứ Sáu hằng tuần.\n",
            [
                "Tiêm chủng mở rộng tại trạm | Trạm Y tế phường | 2026-03-13 | ",
                "Kiểm tra các cơ sở karaoke | Phòng Văn hóa - Xã hội | 2026-03-27 | ",
                "Phòng Văn hóa - Xã hội tổng hợp kết quả gửi Văn phòng vào thứ Sáu hằng tuần. | Phòng Văn hóa - Xã hội |  | Weekly",
            ]
        },
        {
            // Turned over: units by row, weeks by column ("Từ … đến …").
            "| Đơn vị | Tuần 1 (02/3-06/3) | Tuần 2 (09/3-13/3) |\n" +
            "| Trung tâm Phục vụ hành chính công | Khảo sát mức độ hài lòng của người dân | — |\n" +
            "| Văn phòng HĐND và UBND phường | — | Chuẩn bị nội dung phiên họp thường kỳ |\n",
            [
                "Khảo sát mức độ hài lòng của người dân | Trung tâm Phục vụ hành chính công | 2026-03-06 | ",
                "Chuẩn bị nội dung phiên họp thường kỳ | Văn phòng HĐND và UBND phường | 2026-03-13 | ",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Grids))]
    public void A_week_by_unit_grid_gives_a_task_per_filled_cell(string body, string[] expected) =>
        Assert.Equal(expected, Read(NoticeParser.Parse(Header + body)));

    [Fact]
    public void A_timetable_whose_cells_are_not_units_is_no_grid()
    {
        // A weekly duty roster: the header's cells are weekdays, not units; no task comes from it.
        // Two weeks and two weekday columns: only the header's cells (weekdays, not units) keep it from being a grid.
        var n = NoticeParser.Parse(Header + "| Tuần | Thứ Hai | Thứ Ba |\n| Tuần 1 (02/3 - 06/3) | Nguyễn Văn An | Trần Thị Bình |\n" +
                                   "| Tuần 2 (09/3 - 13/3) | Lê Văn Cường | Phạm Thị Dung |\n");
        Assert.Empty(n.Tasks);
    }

    // Kind 2: units given by item number in the recipients' list ("- Phòng KT, HT&ĐT (thực hiện các mục 1, 3);").
    private const string Conclusion = "Số: 88/TB-UBND\n\nTân Phong, ngày 10 tháng 4 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND phường\n\n" +
                                      "Chủ tịch UBND phường kết luận như sau:\n\n";

    public static TheoryData<string, string[]> Recipients => new()
    {
        {
            "1. Kiểm tra hiện trạng vỉa hè tuyến phố Hàng Than, xong trước ngày 20/4/2026.\n" +
            "2. Thu dọn rác thải tồn đọng tại bãi đất trống cạnh chợ.\n" +
            "3. Lập hồ sơ đề xuất sửa chữa cống thoát nước ngõ 12.\n\n" +
            "UBND phường thông báo để các đơn vị biết, thực hiện./.\n\n" +
            "Nơi nhận:\n- Chủ tịch UBND phường;\n- Phòng KT, HT&ĐT (thực hiện các mục 1, 3);\n- Trung tâm Dịch vụ sự nghiệp công (thực hiện mục 2);\n- Lưu: VT.\n",
            ["Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Dịch vụ sự nghiệp công", "Phòng Kinh tế, Hạ tầng và Đô thị"]
        },
        {
            // "chủ trì nội dung", "và", the signature column on the same lines.
            "1. Rà soát các cơ sở kinh doanh karaoke trên địa bàn.\n" +
            "2. Tuyên truyền phòng cháy trên hệ thống loa truyền thanh.\n\n" +
            "Nơi nhận:                                  KT. CHỦ TỊCH\n" +
            "- Công an phường (chủ trì nội dung 1 và 2);        PHÓ CHỦ TỊCH\n" +
            "- Lưu: VT.                                  Lê Văn Hùng\n",
            ["Công an phường", "Công an phường"]
        },
    };

    [Theory]
    [MemberData(nameof(Recipients))]
    public void Recipients_take_the_items_they_are_given_by_number(string body, string[] expected) =>
        Assert.Equal(expected, NoticeParser.Parse(Conclusion + body).Tasks.Select(t => t.Unit ?? "").ToArray());

    // Kind 3: an outline (a slide deck's outline export, a Word list): "•" units with hollow "◦" sub-bullets as their tasks, a
    // "Hạn: …" sub-bullet giving the deadline of the one before it, "A + B" naming a lead and a partner.
    public static TheoryData<string, string[]> Outlines => new()
    {
        {
            "# Nhiệm vụ quý II\n\n• Phòng VH-XH\n    ◦ Tổ chức Ngày hội gia đình tại nhà văn hóa\n    ◦ Hạn: 28/6\n" +
            "• CA phường + Đội QLTTĐT\n    ◦ Kiểm tra lấn chiếm vỉa hè vào tối thứ Bảy hằng tuần\n",
            [
                "Tổ chức Ngày hội gia đình tại nhà văn hóa | Phòng Văn hóa - Xã hội | 2026-06-28 | ",
                "Kiểm tra lấn chiếm vỉa hè vào tối thứ Bảy hằng tuần | Công an phường |  | Weekly",
            ]
        },
        {
            "Slide 4: Phân công\n\n• Trạm Y tế phường\n   ▫ Khám sức khỏe định kỳ cho người cao tuổi\n   ▫ Thời hạn: hằng tháng, trước ngày 10\n" +
            "• Văn phòng HĐND và UBND phường\n   ▫ Tổng hợp báo cáo sơ kết 6 tháng\n   ▫ Hạn hoàn thành: 15/7/2026\n",
            [
                "Khám sức khỏe định kỳ cho người cao tuổi | Trạm Y tế phường |  | Monthly",
                "Tổng hợp báo cáo sơ kết 6 tháng | Văn phòng HĐND và UBND phường | 2026-07-15 | ",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Outlines))]
    public void An_outline_of_units_with_sub_bullets_gives_their_tasks(string body, string[] expected) =>
        Assert.Equal(string.Join("\n", expected), string.Join("\n", Read(NoticeParser.Parse("Tân Phong, ngày 02 tháng 4 năm 2026\n\n" + body))));

    // Kind 4: a news write-up with no header and no list, whose orders start with the commune's own direction retold
    // ("…, UBND xã chỉ đạo các thôn …", "Đảng ủy xã tiếp tục chỉ đạo Hội Nông dân …"), then sentences with their own subjects.
    [Theory]
    [InlineData("Ngày 12/3/2026, xã ra quân trồng cây đầu xuân với hơn 500 người tham gia.\n\nThời gian tới, UBND xã chỉ đạo các thôn tiếp tục chăm sóc cây xanh. Công an xã tăng cường tuần tra khu vực chợ, xong trước ngày 30/3/2026.", "Công an xã", "2026-03-30")]
    [InlineData("Sáng 05/4/2026, phường tổ chức tổng vệ sinh môi trường.\n\nĐể duy trì kết quả, Đảng ủy phường tiếp tục chỉ đạo Hội Cựu chiến binh vận động hội viên giữ gìn vệ sinh. Đoàn Thanh niên phường ra quân thu gom rác trước ngày 20/4/2026.", "Đoàn Thanh niên phường", "2026-04-20")]
    public void A_news_body_opens_at_the_communes_own_direction(string text, string unit, string deadline)
    {
        var n = NoticeParser.Parse(text);
        Assert.Contains(n.Tasks, t => t.Unit == unit && t.Deadline == DateOnly.Parse(deadline));
    }

    [Fact]
    public void A_plan_cited_for_its_direction_opens_no_body()
    {
        // "Thực hiện Kế hoạch của UBND xã về việc chỉ đạo …": the plan's subject, not the commune speaking.
        var n = NoticeParser.Parse("Thực hiện Kế hoạch của Đảng ủy, UBND xã về việc chỉ đạo các thôn tổ chức tổng vệ sinh, ngày 25/10/2026 các thôn đã huy động 900 lượt người tham gia.");
        Assert.Empty(n.Tasks);
    }

    // Kind 5: a conclusion's item that only agrees, with no unit and no order, is the meeting's record, not a task.
    [Theory]
    [InlineData("1. Thống nhất đánh giá kết quả ra quân làm sạch môi trường quý I.")]
    [InlineData("1. Nhất trí với dự thảo kế hoạch tổ chức Ngày hội đại đoàn kết; ngày hội dự kiến vào sáng 18/11/2026.")]
    [InlineData("1. Đồng ý chủ trương cải tạo nhà văn hóa tổ dân phố số 4 bằng nguồn xã hội hóa.")]
    public void An_item_that_only_agrees_is_no_task(string first)
    {
        var n = NoticeParser.Parse(Conclusion + first + "\n2. Giao Công an phường tăng cường tuần tra tại khu vực chợ đêm.\n");
        Assert.Equal(["Công an phường"], n.Tasks.Select(t => t.Unit ?? "").ToArray());
    }
}
