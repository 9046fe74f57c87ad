using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 19's kinds (issue 9): units named once by a lead-in or a label (a courteous "kính đề nghị" after a cited
/// basis, a person with titles in brackets, a description with the unit's name in brackets), content fields written
/// inline as sentences ("Nội dung N: … Chủ trì: X. Phối hợp: Y. Thời gian: …"), and closing lines that order nothing
/// new. Invented notices, several phrasings per kind.
/// </summary>
public class LeadInAndClosingTests
{
    private const string Header = "Số: 52/UBND-VP\n\nPhú Lợi, ngày 06 tháng 10 năm 2026\n\n";

    private static ParsedNotice Parse(string body) => NoticeParser.Parse(Header + body);

    private static string Describe(ParsedNotice n) => string.Join(" | ", n.Tasks.Select(t => $"[{t.Unit}] {t.Text}"));

    public static TheoryData<string, string[]> LeadIns => new()
    {
        {
            "Căn cứ Công văn số 18/SNV-CTTN ngày 01/10/2026 của Sở Nội vụ về tổng điều tra; để kịp tiến độ, UBND phường kính đề nghị Tổ trưởng các tổ dân phố thực hiện các việc sau:\n\n" +
            "1) Phát phiếu khảo sát đến từng hộ trước ngày 15/10/2026.\n\n2) Thu lại phiếu, ghi chú hộ vắng nhà.\n",
            ["Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố"]
        },
        {
            "Thực hiện chỉ đạo của UBND thành phố, UBND phường kính đề nghị Hiệu trưởng các trường trên địa bàn:\n\n" +
            "- Tổ chức tập huấn phòng cháy cho giáo viên.\n\n- Kiểm tra hệ thống điện trong lớp học.\n",
            ["Hiệu trưởng các trường", "Hiệu trưởng các trường"]
        },
    };

    [Theory]
    [MemberData(nameof(LeadIns))]
    public void A_courteous_order_after_a_cited_basis_gives_the_items_their_unit(string body, string[] expected)
    {
        var n = Parse(body);
        Assert.True(expected.SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }

    [Fact]
    public void A_person_label_with_titles_in_brackets_leads_the_work_after_it()
    {
        var n = Parse("Trưởng Ban Chỉ đạo phân công như sau:\n\n" +
                      "1. Đồng chí Hoàng Minh Tuấn (Trưởng Công an phường, Phó Trưởng ban): lập phương án giữ gìn trật tự tại các điểm vui chơi.\n\n" +
                      "2. Đồng chí Phan Thị Loan (Phó Chủ tịch UBND phường, Trưởng ban):\n   - Kiểm tra công tác chuẩn bị lễ hội;\n   - Chủ trì họp rút kinh nghiệm sau lễ hội.\n");
        Assert.True(new[] { "Hoàng Minh Tuấn, Trưởng Công an phường", "Phan Thị Loan, Phó Chủ tịch UBND phường", "Phan Thị Loan, Phó Chủ tịch UBND phường" }
            .SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }

    [Fact]
    public void A_description_then_the_units_name_in_brackets_is_that_unit()
    {
        var n = Parse("Phó Chủ tịch UBND phường kết luận:\n\n1. Đối với đơn vị thi công (Công ty TNHH Xây lắp Hòa An):\n" +
                      "a) Tăng thêm một mũi thi công trên đoạn cống số 2;\nb) Dọn sạch vật liệu thừa trước ngày 20/10/2026.\n\n" +
                      "2. Đối với nhà cung cấp thiết bị (Công ty CP Thiết bị Nam Việt), lắp đủ đèn tín hiệu tại nút giao.\n");
        Assert.True(new[] { "Công ty TNHH Xây lắp Hòa An", "Công ty TNHH Xây lắp Hòa An", "Công ty CP Thiết bị Nam Việt" }
            .SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }

    [Fact]
    public void Inline_fields_after_a_numbered_content_give_unit_partners_and_date()
    {
        var n = Parse("KẾ HOẠCH\nTổ chức Tuần lễ văn hóa\n\nII. NỘI DUNG\n\n" +
                      "Nội dung 1: Trang trí cờ hoa trên các tuyến phố chính. Chủ trì: Trung tâm Dịch vụ sự nghiệp công phường. Phối hợp: Đoàn Thanh niên phường. Thời gian: hoàn thành trước ngày 12/10/2026.\n\n" +
                      "Nội dung 2: Tổ chức giải bóng chuyền hơi. Chủ trì: Hội Liên hiệp Phụ nữ phường. Thời gian: Chủ nhật hằng tuần.\n\n" +
                      "Nội dung 3: Chiếu phim lưu động tại các khu phố. Chủ trì: Trung tâm Dịch vụ sự nghiệp công phường. Phối hợp: Trưởng các khu phố. Thời gian: Tháng 10 - 11/2026.\n");
        Assert.Equal(3, n.Tasks.Count);
        Assert.Equal(new DateOnly(2026, 11, 30), n.Tasks[2].Deadline);
        Assert.Contains("Trưởng các khu phố", n.Tasks[2].Cooperating);
        var first = n.Tasks[0];
        Assert.Equal("Trang trí cờ hoa trên các tuyến phố chính.", first.Text);
        Assert.Equal("Trung tâm Dịch vụ sự nghiệp công phường", first.Unit);
        Assert.Contains("Đoàn Thanh niên phường", first.Cooperating);
        Assert.Equal(new DateOnly(2026, 10, 12), first.Deadline);
        Assert.Equal("Hội Liên hiệp Phụ nữ phường", n.Tasks[1].Unit);
        Assert.Equal(Recurrence.Weekly, n.Tasks[1].Recurrence);
    }

    public static TheoryData<string> Closings => new()
    {
        "Kế hoạch này thay thế Kế hoạch số 40/KH-UBND ngày 02/3/2025 của UBND phường. Các tổ, đơn vị nghiêm túc thực hiện./.",
        "Nhận được văn bản này, đề nghị các đồng chí Tổ trưởng tổ dân phố quan tâm triển khai thực hiện./.",
        "Đề nghị lãnh đạo các đơn vị quan tâm chỉ đạo; kết quả cập nhật lên phần mềm để Văn phòng theo dõi./.",
        "Đề nghị các chi bộ, đoàn thể nghiêm túc quán triệt, tổ chức thực hiện./.",
    };

    [Theory]
    [MemberData(nameof(Closings))]
    public void A_closing_line_is_not_a_task(string closing)
    {
        var n = Parse("THÔNG BÁO\n\n1. Giao Phòng Kinh tế rà soát hộ kinh doanh trên các tuyến phố.\n\n2. Giao Công an phường kiểm tra cơ sở lưu trú.\n\n" + closing + "\n");
        Assert.True(new[] { "Phòng Kinh tế", "Công an phường" }.SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }

    public static TheoryData<string, string[]> AssignsTheTaskBefore => new()
    {
        {
            "Về công tác dân vận\n\nDuy trì mô hình dân vận khéo tại các khu phố. Đảng ủy giao Ban Dân vận Đảng ủy phường chủ trì, phối hợp các đoàn thể chính trị - xã hội phường thực hiện; định kỳ hằng quý báo cáo Thường trực Đảng ủy.\n",
            ["Ban Dân vận Đảng ủy phường"]
        },
        {
            "Về xây dựng nông thôn mới\n\nHoàn thiện hồ sơ đề nghị công nhận khu dân cư kiểu mẫu. UBND phường giao Phòng Kinh tế chủ trì thực hiện; hằng tháng báo cáo tiến độ.\n",
            ["Phòng Kinh tế"]
        },
    };

    [Theory]
    [MemberData(nameof(AssignsTheTaskBefore))]
    public void A_body_that_speaks_for_the_notice_then_giao_assigns_the_task_before(string body, string[] expected)
    {
        var n = Parse("THÔNG BÁO\n\n" + body);
        Assert.True(expected.SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }

    [Fact]
    public void An_enumeration_after_nhu_inside_a_news_paragraph_gives_one_task_per_sentence()
    {
        var n = Parse("Phường Phú Lợi họp giao ban tháng 9\n\nTại buổi họp, các phòng chuyên môn lần lượt báo cáo kết quả tháng 9. " +
                      "Sau thảo luận, đồng chí Chủ tịch UBND phường thống nhất và chỉ đạo các phòng, đơn vị tập trung một số nội dung như: " +
                      "Rà soát hồ sơ đất đai còn tồn đọng. Đẩy nhanh giải ngân vốn đầu tư công. Tăng cường kiểm tra vệ sinh an toàn thực phẩm. " +
                      "Công an phường bảo đảm an ninh dịp Quốc khánh.\n");
        Assert.Equal(4, n.Tasks.Count);
        Assert.StartsWith("Rà soát hồ sơ đất đai", n.Tasks[0].Text);
        Assert.All(n.Tasks.Take(3), t => Assert.True(UnitNameMatcher.IsAllUnits(t.Unit!), Describe(n)));
        Assert.StartsWith("Đẩy nhanh", n.Tasks[1].Text);
        Assert.Equal("Công an phường", n.Tasks[3].Unit);
    }

    [Fact]
    public void Items_numbered_inside_one_sentence_are_tasks_with_their_own_units()
    {
        var n = Parse("Phường họp Ban Chỉ đạo phòng chống dịch\n\nChiều 02/10/2026, Ban Chỉ đạo phường họp bàn công tác phòng dịch.\n\n" +
                      "Kết luận cuộc họp, đồng chí Trưởng Ban Chỉ đạo giao nhiệm vụ cho các thành viên: (1) Trạm Y tế phường giám sát các ổ dịch cũ, báo cáo trước ngày 10/10/2026; " +
                      "(2) phun hóa chất diệt muỗi tại khu dân cư số 3 - Trung tâm Dịch vụ sự nghiệp công phường chủ trì, thực hiện hai đợt trong tháng 10/2026; (3) Đoàn Thanh niên phường ra quân diệt lăng quăng.\n");
        Assert.True(new[] { "Trạm Y tế phường", "Trung tâm Dịch vụ sự nghiệp công phường", "Đoàn Thanh niên phường" }.SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
        Assert.Equal(new DateOnly(2026, 10, 10), n.Tasks[0].Deadline);
        Assert.StartsWith("phun hóa chất", n.Tasks[1].Text);
    }

    [Theory]
    [InlineData("Kết luận buổi giám sát, Trưởng đoàn đề nghị Phòng Văn hóa - Xã hội rà soát lại danh sách hộ nghèo.", "Phòng Văn hóa - Xã hội")]
    [InlineData("Đoàn kiểm tra cũng đề nghị Trạm Y tế phường bổ sung tủ thuốc cấp cứu.", "Trạm Y tế phường")]
    public void A_visiting_delegation_speaks_and_names_the_addressee(string sentence, string unit)
    {
        var n = Parse("HĐND phường giám sát an sinh xã hội\n\nNgày 05/10/2026, đoàn giám sát của HĐND phường làm việc tại khu phố 2.\n\n" + sentence + "\n");
        Assert.Equal(unit, Assert.Single(n.Tasks).Unit);
    }

    [Fact]
    public void A_heading_of_information_with_field_lines_under_it_is_not_a_task()
    {
        var n = Parse("KẾ HOẠCH\nTổ chức Ngày hội thể thao\n\nI. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: từ ngày 10/11/2026 đến ngày 12/11/2026.\n- Địa điểm: sân vận động phường.\n\n" +
                      "II. TỔ CHỨC THỰC HIỆN\n1. Đoàn Thanh niên phường chuẩn bị sân bãi trước ngày 08/11/2026.\n");
        Assert.True(new[] { "Đoàn Thanh niên phường" }.SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }

    [Fact]
    public void A_closing_bracket_with_the_lead_then_its_partners_assigns_the_item()
    {
        var n = Parse("THÔNG BÁO\nKết luận giao ban tuần\n\nChủ tịch UBND phường kết luận như sau:\n\n- Kiểm tra nhà trọ trên địa bàn trong tháng 12/2026 (Công an phường, phối hợp Trưởng các khu phố).\n" +
                      "- Phun thuốc diệt muỗi tại khu phố 3 (Trạm Y tế phường, phối hợp Trung tâm Dịch vụ sự nghiệp công phường).\n");
        Assert.True(new[] { "Công an phường", "Trạm Y tế phường" }.SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }
}
