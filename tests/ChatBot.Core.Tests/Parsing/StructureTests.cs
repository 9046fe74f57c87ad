using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>Each layout of the genre, as a small notice: which tasks come out and which unit leads them.</summary>
public class StructureTests
{
    private const string Intro = "Số: /TB-UBND\n\nBạch Đằng, ngày tháng năm 2026\n\nTHÔNG BÁO\n\nĐồng chí Chủ tịch UBND phường kết luận như sau:\n\n";

    public static TheoryData<string, string, string[]> Layouts => new()
    {
        {
            "unit headings with bullets",
            "1. Văn phòng HĐND và UBND phường\n\n- Tổng hợp báo cáo tháng.\n\n- Theo dõi, đôn đốc các đơn vị.\n\n2. Công an phường\n\n- Tăng cường tuần tra.\n",
            ["Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường", "Công an phường"]
        },
        {
            "Giao in numbered headings",
            "2.1. Giao Phòng Văn hóa - Xã hội\n\n- Rà soát hộ nghèo.\n\n2.2. Giao Trung tâm Phục vụ hành chính công phường\n\n- Nâng cao chất lượng tiếp nhận hồ sơ.\n",
            ["Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công phường"]
        },
        {
            "Giao inline in paragraphs of a thematic section",
            "1. Về công tác văn thư\n\nGiao Văn phòng HĐND & UBND phường rà soát quy chế làm việc.\n\nCán bộ, công chức nêu cao tinh thần tự học.\n\nGiao Phòng Kinh tế phường tham mưu kế hoạch thu ngân sách.\n",
            ["Văn phòng HĐND và UBND phường", "Phòng Kinh tế phường"]
        },
        {
            "unit-colon paragraphs",
            "Văn phòng HĐND & UBND phường: Rà soát quy chế làm việc.\n\nPhòng Văn hoá - Xã hội: Tham mưu quy trình đánh giá cán bộ.\n",
            ["Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội"]
        },
        {
            "thematic sections without units leave the unit blank",
            "I. Công tác xây dựng Đảng:\n\n- Công tác Tổ chức: Hướng dẫn các chi bộ làm thủ tục kết nạp đảng viên.\n\n- Công tác kiểm tra: Hoàn thiện hồ sơ kiểm tra.\n",
            ["", ""]
        },
        {
            "a unit label bullet with plus sub-bullets",
            "1. Về quản lý văn bản\n\n- Văn phòng HĐND & UBND phường:\n\n+ Kiểm soát thể thức văn bản.\n\n+ Xây dựng quy trình văn bản đi - đến.\n\n- Các phòng, ban, đơn vị thuộc UBND phường: Theo dõi tiến độ soạn thảo.\n",
            ["Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường", "Các phòng, ban, đơn vị thuộc UBND phường"]
        },
        {
            "roman numerals with a) b) items",
            "I. Đánh giá chung\n\nTrong quý I, các đơn vị đã hoàn thành cơ bản nhiệm vụ.\n\nII. Nhiệm vụ thời gian tới\n\na) Giao Công an phường bảo đảm an ninh trật tự dịp lễ.\n\nb) Giao Phòng Kinh tế, Hạ tầng và Đô thị xử lý vi phạm trật tự đô thị.\n",
            ["Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị"]
        },
        {
            "all-unit addressees and role groups",
            "1. Các phòng, đơn vị thuộc phường\n\nChủ động rà soát, tham mưu lồng ghép các chỉ tiêu.\n\n2. Các Phó Chủ tịch UBND phường\n\n- Theo lĩnh vực phụ trách, chỉ đạo, đôn đốc các đơn vị.\n\n3. Về phối hợp\n\n- Các đồng chí PCT UBND phường: Chủ trì xử lý văn bản thuộc lĩnh vực phụ trách.\n",
            ["Các phòng, đơn vị thuộc phường", "Các Phó Chủ tịch UBND phường", "Các Phó Chủ tịch UBND phường"]
        },
        {
            "abbreviated unit names",
            "1. Về dịch vụ công\n\nTT PVHCC: Bố trí máy tính hỗ trợ người dân.\n\nCA phường: Cấp tài khoản định danh điện tử.\n\nVP HĐND-UBND: Tổng hợp kết quả.\n",
            ["Trung tâm Phục vụ hành chính công", "Công an phường", "Văn phòng HĐND và UBND phường"]
        },
        {
            "assessment, praise and closing produce no tasks",
            "1. Đánh giá kết quả\n\nTrong tháng, thu ngân sách đạt 18% dự toán.\n\n2. Biểu dương Công an phường đã bảo đảm an ninh trật tự dịp Tết.\n\n3. Nhiệm vụ\n\n- Tăng cường tuần tra.\n\nTrên đây là kết luận của Chủ tịch UBND phường./.\n\nNơi nhận:\n\n- Các phòng, đơn vị;\n- Lưu: VT.\n",
            [""]
        },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_layout_yields_its_tasks_with_their_lead_units(string layout, string body, string[] units)
    {
        var notice = NoticeParser.Parse(Intro + body);
        Assert.True(units.Length == notice.Tasks.Count, $"{layout}: {notice.Tasks.Count} tasks: {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
        Assert.Equal(units, notice.Tasks.Select(t => t.Unit ?? "").ToArray());
    }

    [Fact]
    public void A_leader_given_the_direction_of_units_is_the_supervisor_and_the_first_unit_leads()
    {
        var notice = NoticeParser.Parse(Intro + "1. Về dự án\n\nGiao đồng chí Phó Chủ tịch UBND phường Nguyễn Huy Vinh chỉ đạo phòng Kinh tế - Hạ tầng và Đô thị; Ban Quản lý dự án đầu tư - Hạ tầng rà soát phạm vi, thẩm quyền.\n");
        var task = Assert.Single(notice.Tasks);
        Assert.Equal("Phòng Kinh tế, Hạ tầng và Đô thị", task.Unit);
        Assert.Equal(["Ban Quản lý dự án đầu tư - Hạ tầng"], task.Cooperating);
        Assert.Equal("Phó Chủ tịch UBND phường Nguyễn Huy Vinh", task.Supervisor);
    }

    [Theory]
    [InlineData("Bàn giao với Phòng Kinh tế: quy trình, tài liệu, hồ sơ liên quan.", "Phòng Kinh tế")]
    [InlineData("Phối hợp với phòng Kinh tế tham mưu tổ chức Hội nghị đối thoại.", "Phòng Kinh tế")]
    [InlineData("Chủ trì, phối hợp với Văn phòng HĐND và UBND tham mưu tổ chức Hội nghị.", "Văn phòng HĐND và UBND")]
    public void Cooperating_units_are_read_from_phoi_hop_and_ban_giao(string bullet, string cooperating)
    {
        var notice = NoticeParser.Parse(Intro + "1. Phòng Văn hóa - Xã hội\n\n- " + bullet + "\n");
        var task = Assert.Single(notice.Tasks);
        Assert.Equal("Phòng Văn hóa - Xã hội", task.Unit);
        Assert.Equal([cooperating], task.Cooperating);
    }

    [Theory]
    [InlineData("Khẩn trương hoàn thiện hồ sơ.", true)]
    [InlineData("Triển khai ngay việc kiểm tra.", true)]
    [InlineData("Đây là nhiệm vụ cấp bách.", true)]
    [InlineData("Rà soát hồ sơ trước ngày 30/6/2026.", false)]
    public void Urgent_words_mark_a_task_urgent(string bullet, bool urgent) =>
        Assert.Equal(urgent, Assert.Single(NoticeParser.Parse(Intro + "1. Công an phường\n\n- " + bullet + "\n").Tasks).Urgent);

    [Fact]
    public void A_deadline_line_under_a_task_belongs_to_that_task()
    {
        var notice = NoticeParser.Parse(Intro + "1. Công an phường\n\n- Kiểm tra phòng cháy tại các nhà trọ.\n\nThời gian hoàn thành: trước ngày 30/6/2026.\n");
        var task = Assert.Single(notice.Tasks);
        Assert.Equal(new DateOnly(2026, 6, 30), task.Deadline);
    }

    [Fact]
    public void A_table_pasted_one_cell_per_line_keeps_each_rows_text_deadline_and_source_line()
    {
        var notice = NoticeParser.Parse("PHÂN CÔNG NHIỆM VỤ\n\nSTT\nNội dung\nĐơn vị thực hiện\nThời gian hoàn thành\n1\nSửa chữa đèn chiếu sáng ngõ 12\n" +
                                        "Ban quản lý dự án phường\nTrước 20/5/2026\n2\nCập nhật bản đồ ngập úng\nPhòng Kinh tế\nTrước 31/5/2026\n");
        Assert.Equal(["Sửa chữa đèn chiếu sáng ngõ 12", "Cập nhật bản đồ ngập úng"], notice.Tasks.Select(t => t.Text));
        Assert.Equal([new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 31)], notice.Tasks.Select(t => t.Deadline!.Value));
        Assert.Equal([8, 12], notice.Tasks.Select(t => t.LineStart));
        Assert.Equal("Trước 31/5/2026", notice.Tasks[1].DeadlineEvidence?.Text);
    }

    [Fact]
    public void Tasks_carry_their_section_and_source_lines()
    {
        var notice = NoticeParser.Parse(Intro + "2.3. Giao Phòng Văn hóa - Xã hội\n\n- Rà soát hộ nghèo.\n");
        var task = Assert.Single(notice.Tasks);
        Assert.Equal("2.3", task.Section);
        Assert.Equal(11, task.LineStart);
        Assert.Equal(11, task.LineEnd);
    }

    [Fact]
    public void Markdown_debris_and_page_breaks_do_not_split_a_task()
    {
        const string body = "## **1. Công an phường**\r\n\r\n- Tăng cường kiểm tra các cơ sở kinh doanh có nguy cơ\r\n\r\n12\r\n\r\n\\*\r\n\r\n-----\r\n\r\ncháy nổ cao; ***hoàn thành trước ngày 30/6/2026.***\r\n";
        var task = Assert.Single(NoticeParser.Parse(Intro + body).Tasks);
        Assert.Equal("Tăng cường kiểm tra các cơ sở kinh doanh có nguy cơ cháy nổ cao; hoàn thành trước ngày 30/6/2026.", task.Text);
        Assert.Equal(new DateOnly(2026, 6, 30), task.Deadline);
    }

    [Fact]
    public void A_numbered_line_without_sub_items_that_directs_work_is_a_task()
    {
        var notice = NoticeParser.Parse(Intro + "1. Rà soát danh sách hộ nghèo năm 2026\n\n2. Tổ chức hội nghị sơ kết 6 tháng\n");
        Assert.Equal(2, notice.Tasks.Count);
    }
}
