using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 21 (parser7): news write-ups whose orders stand after an opener ("Theo kế hoạch,", "Bên cạnh đó,", "Đồng
/// thời,", "Ngoài ra,") or after a ";", and a "Giao X …" sentence with work of its own after a sentence that already has
/// its unit: each is a task of its own subject. Invented write-ups, several wordings per kind.
/// </summary>
public class NewsSubjectTests
{
    private static string Describe(ParsedNotice n) => string.Join(" | ", n.Tasks.Select(t => $"[{t.Unit}] {t.Text}"));

    private static void Expect(string news, string[] starts)
    {
        var n = NoticeParser.Parse(news);
        Assert.True(n.Tasks.Count == starts.Length, Describe(n));
        for (var k = 0; k < starts.Length; k++)
        {
            var parts = starts[k].Split(" => ", 2);
            Assert.True(n.Tasks[k].Unit == parts[0] && n.Tasks[k].Text.Contains(parts[1]), Describe(n));
        }
    }

    public static TheoryData<string, string[]> GiaoAfterASentence => new()
    {
        {
            "Kết luận cuộc họp, Chủ tịch UBND xã yêu cầu Trưởng các thôn rà soát hộ nghèo, báo cáo trước ngày 10/6/2026. Giao Phòng Văn hóa - Xã hội tổng hợp danh sách đề nghị hỗ trợ trước ngày 20/6/2026. Công an xã tăng cường tuần tra ban đêm.",
            ["Trưởng các thôn => rà soát hộ nghèo", "Phòng Văn hóa - Xã hội => tổng hợp danh sách", "Công an xã => tăng cường tuần tra"]
        },
        {
            "Phát biểu kết luận, Chủ tịch UBND huyện đề nghị UBND các xã đẩy nhanh giải ngân vốn đầu tư công. Giao Phòng Tài chính - Kế hoạch huyện chủ trì, phối hợp Kho bạc Nhà nước huyện theo dõi tiến độ giải ngân từng dự án.",
            ["UBND các xã => đẩy nhanh giải ngân", "Phòng Tài chính - Kế hoạch huyện => theo dõi tiến độ"]
        },
    };

    [Theory]
    [MemberData(nameof(GiaoAfterASentence))]
    public void A_giao_sentence_with_its_own_work_after_a_sentence_with_a_unit_is_a_new_task(string news, string[] starts) => Expect(news, starts);

    public static TheoryData<string, string[]> SubjectsAfterOpeners => new()
    {
        {
            "UBND tỉnh vừa ban hành kế hoạch kiểm tra an toàn thực phẩm dịp Tết.\n\nTheo kế hoạch, Sở Y tế chủ trì thành lập 03 đoàn kiểm tra liên ngành trước ngày 15/12/2026. Sở Công Thương cử cán bộ tham gia các đoàn. UBND các huyện tự kiểm tra và báo cáo kết quả về Sở Y tế trước ngày 20/01/2027.",
            ["Sở Y tế => thành lập 03 đoàn", "Sở Công Thương => cử cán bộ", "UBND các huyện => tự kiểm tra"]
        },
        {
            "Kết luận buổi làm việc, Chủ tịch UBND xã yêu cầu Công an xã tăng cường tuần tra khu vực bến đò; Đoàn Thanh niên xã phối hợp các thôn tổ chức ra quân dọn vệ sinh.",
            ["Công an xã => tăng cường tuần tra", "Đoàn Thanh niên xã => tổ chức ra quân"]
        },
        {
            "Chủ tịch UBND phường yêu cầu Phòng Kinh tế rà soát các hộ kinh doanh chưa nộp thuế. Bên cạnh đó, Trạm Y tế phường kiểm tra vệ sinh tại các bếp ăn tập thể; Hội Liên hiệp Phụ nữ phường vận động hội viên đăng ký mô hình nhà sạch.",
            ["Phòng Kinh tế => rà soát các hộ", "Trạm Y tế phường => kiểm tra vệ sinh", "Hội Liên hiệp Phụ nữ phường => vận động hội viên"]
        },
    };

    [Theory]
    [MemberData(nameof(SubjectsAfterOpeners))]
    public void A_subject_after_an_opener_or_a_semicolon_starts_its_own_task(string news, string[] starts) => Expect(news, starts);

    // A news page's furniture: the lead with the outlet's tag and the day ("BÁO X - Chiều 28/10, …", "(Cổng TTĐT) - …"),
    // which tells who visited, and the portal's "Cập nhật:" / "Ngày đăng:" line, are no tasks.
    [Theory]
    [InlineData("BÁO BẮC HÒA - Sáng 12/3, ông Lê Văn Tâm, Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ngành đã đến kiểm tra công trình kè sông Cầu.", "Cập nhật: 12/3/2026 15:20")]
    [InlineData("(Cổng TTĐT) - Chiều ngày 05/6, đoàn công tác của UBND huyện do ông Phạm Minh, Phó Chủ tịch UBND huyện làm trưởng đoàn đã đến làm việc tại xã Hòa Bình.", "Ngày đăng: 06/6/2026")]
    [InlineData("TIN TÂY NAM - Ngày 20/9, Chủ tịch UBND thành phố cùng các phòng chuyên môn đã khảo sát tuyến kênh Xáng.", "Cập nhật lúc 09:45 ngày 21/9/2026")]
    public void A_news_lead_with_the_outlets_tag_and_the_update_line_are_no_tasks(string lead, string updated)
    {
        var n = NoticeParser.Parse("Chủ tịch UBND tỉnh kiểm tra công trình trọng điểm, yêu cầu đẩy nhanh tiến độ\n\n" + lead + "\n\n" + updated + "\n\n" +
                                   "Kết luận buổi kiểm tra, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng đôn đốc nhà thầu đẩy nhanh tiến độ, hoàn thành trước ngày 30/12/2026.\n");
        Assert.True(n.Tasks.Count == 1 && n.Tasks[0].Unit == "Sở Xây dựng", Describe(n));
    }

    // Several addressees of one item, listed with commas before its verb: one task, the first named leads.
    [Theory]
    [InlineData("2. Trưởng các khu phố, Tổ trưởng các tổ dân phố, Hiệu trưởng các trường học, thủ trưởng các đơn vị đóng trên địa bàn huy động lực lượng tham gia ra quân.", "Trưởng các khu phố")]
    [InlineData("2. Trưởng các thôn, Bí thư chi bộ các thôn, Hiệu trưởng các trường học trên địa bàn xã vận động học sinh tham gia diệt bọ gậy.", "Trưởng các thôn")]
    [InlineData("2. Đoàn Thanh niên phường, Hội Cựu chiến binh phường, Bí thư chi bộ các khu dân cư vận động nhân dân tham gia trồng cây.", "Đoàn Thanh niên phường")]
    public void A_list_of_addressees_before_one_verb_is_one_task_of_the_first(string item, string unit)
    {
        var n = NoticeParser.Parse("Số: 77/TB-UBND\n\nAn Lạc, ngày 10 tháng 8 năm 2026\n\nTHÔNG BÁO\n\n1. Giao Trạm Y tế phường giám sát ca bệnh sốt xuất huyết.\n\n" + item + "\n\nTrên đây là thông báo của UBND phường./.\n");
        Assert.True(n.Tasks.Count == 2 && n.Tasks[1].Unit == unit, Describe(n));
    }
}
