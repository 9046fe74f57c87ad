using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 26 (issue 9, fresh6's layouts read across blocks, by kind): units assigned by item reference, deadlines written
/// as headings over the items, a decision establishing a team. Every row is an invented document in its own wording;
/// expected is one line per task: unit [cooperating; …] | text | deadline | recurrence ("-" for none).
/// </summary>
public class ReferenceHeadingTeamKindsTests
{
    private static string[] Lines(ParsedNotice notice) =>
        notice.Tasks.Select(t => $"{t.Unit ?? "null"} [{string.Join("; ", t.Cooperating)}] | {t.Text} | {t.Deadline?.ToString("yyyy-MM-dd") ?? "-"} | {t.Recurrence?.ToString() ?? "-"}").ToArray();

    private static void AssertTasks(string kind, string text, string[] expected)
    {
        var got = Lines(NoticeParser.Parse(text));
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected\n    {string.Join("\n    ", expected)}\n  got\n    {string.Join("\n    ", got)}");
    }

    private const string Header = "ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH\nSố: 31/KH-UBND        Hòa Bình, ngày 05 tháng 3 năm 2027\n\nKẾ HOẠCH\nTriển khai công tác năm 2027\n\n";

    public static TheoryData<string, string, string[]> References => new()
    {
        {
            "'chủ trì thực hiện nội dung tại mục II.1 và II.3', a partner cited after 'phối hợp', a generic partners' line",
            Header +
            "I. MỤC ĐÍCH\n1. Nâng cao chất lượng phục vụ người dân.\n\n" +
            "II. NỘI DUNG\n" +
            "1. Khảo sát nhu cầu học nghề của thanh niên, xong trước ngày 30/4/2027.\n" +
            "2. Lắp đặt camera giám sát tại 05 tuyến phố chính.\n" +
            "3. Tổ chức ngày hội việc làm của phường trong tháng 8/2027.\n\n" +
            "III. PHÂN CÔNG\n" +
            "1. Phòng Văn hóa - Xã hội chủ trì thực hiện nội dung tại mục II.1 và II.3.\n" +
            "2. Công an phường chủ trì thực hiện mục II.2; phối hợp với Phòng Văn hóa - Xã hội thực hiện mục II.3.\n" +
            "3. Các đơn vị khác theo chức năng, nhiệm vụ phối hợp thực hiện.\n",
            [
                "Phòng Văn hóa - Xã hội [] | Khảo sát nhu cầu học nghề của thanh niên, xong trước ngày 30/4/2027. | 2027-04-30 | -",
                "Công an phường [] | Lắp đặt camera giám sát tại 05 tuyến phố chính. | - | -",
                "Phòng Văn hóa - Xã hội [Công an phường] | Tổ chức ngày hội việc làm của phường trong tháng 8/2027. | 2027-08-31 | -",
            ]
        },
        {
            "items '(1)' … cited as 'các nhiệm vụ (1), (3)', a clause of its own keeps the citing line a task",
            Header +
            "Các nhiệm vụ trọng tâm:\n" +
            "(1) Rà soát hồ sơ đất đai tồn đọng tại các tổ dân phố.\n" +
            "(2) Vận động nhân dân hiến đất mở rộng ngõ 12.\n" +
            "(3) Cập nhật bản đồ quy hoạch lên cổng thông tin phường.\n\n" +
            "Tổ chức thực hiện:\n" +
            "- Phòng Kinh tế, Hạ tầng và Đô thị chủ trì các nhiệm vụ (1), (3); tổng hợp kết quả báo cáo UBND phường trước ngày 15/11/2027.\n" +
            "- Ủy ban MTTQ Việt Nam phường chủ trì thực hiện nhiệm vụ (2).\n",
            [
                "Phòng Kinh tế, Hạ tầng và Đô thị [] | Rà soát hồ sơ đất đai tồn đọng tại các tổ dân phố. | - | -",
                "Ủy ban MTTQ Việt Nam phường [] | Vận động nhân dân hiến đất mở rộng ngõ 12. | - | -",
                "Phòng Kinh tế, Hạ tầng và Đô thị [] | Cập nhật bản đồ quy hoạch lên cổng thông tin phường. | - | -",
                "Phòng Kinh tế, Hạ tầng và Đô thị [] | Phòng Kinh tế, Hạ tầng và Đô thị chủ trì các nhiệm vụ (1), (3); tổng hợp kết quả báo cáo UBND phường trước ngày 15/11/2027. | 2027-11-15 | -",
            ]
        },
        {
            "'thực hiện các nội dung tại mục 1, mục 2' under a section of its own; a legal citation ('khoản 2 Điều 5') and 'mức 2' cite no item",
            Header +
            "A. NHIỆM VỤ\n" +
            "1. Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n" +
            "2. Tuyên truyền phòng chống dịch sốt xuất huyết.\n\n" +
            "B. TRÁCH NHIỆM\n" +
            "1. Trạm Y tế phường thực hiện các nội dung tại mục 1, mục 2.\n" +
            "2. Công an phường xử lý vi phạm theo khoản 2 Điều 5 Nghị định số 115/2018/NĐ-CP.\n" +
            "3. Giao Trạm Y tế phường hướng dẫn các bếp ăn đạt mức 2 về an toàn thực phẩm, thực hiện trong quý II/2027.\n",
            [
                "Trạm Y tế phường [] | Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể. | - | -",
                "Trạm Y tế phường [] | Tuyên truyền phòng chống dịch sốt xuất huyết. | - | -",
                "Công an phường [] | Công an phường xử lý vi phạm theo khoản 2 Điều 5 Nghị định số 115/2018/NĐ-CP. | - | -",
                "Trạm Y tế phường [] | Giao Trạm Y tế phường hướng dẫn các bếp ăn đạt mức 2 về an toàn thực phẩm, thực hiện trong quý II/2027. | 2027-06-30 | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(References))]
    public void Items_cited_by_their_number_take_the_unit_that_cites_them(string kind, string text, string[] expected) =>
        AssertTasks(kind, text, expected);

    public static TheoryData<string, string, string[]> Headings => new()
    {
        {
            "'Mốc N — Trước ngày …' headings over '- X: …' items; a heading with no date dates nothing",
            Header +
            "Mốc 1 — Trước ngày 15/4/2027\n" +
            "- Công an phường: rà soát danh sách thanh niên trong độ tuổi nhập ngũ.\n" +
            "- Trạm Y tế phường: khám sơ tuyển sức khỏe.\n\n" +
            "Mốc 2 — Sau khi có lệnh gọi nhập ngũ\n" +
            "- Ban Chỉ huy Quân sự phường: tổ chức lễ giao nhận quân.\n",
            [
                "Công an phường [] | Công an phường: rà soát danh sách thanh niên trong độ tuổi nhập ngũ. | 2027-04-15 | -",
                "Trạm Y tế phường [] | Trạm Y tế phường: khám sơ tuyển sức khỏe. | 2027-04-15 | -",
                "Ban Chỉ huy Quân sự phường [] | Ban Chỉ huy Quân sự phường: tổ chức lễ giao nhận quân. | - | -",
            ]
        },
        {
            "'Giai đoạn 2: từ ngày … đến hết ngày …' (a window: its end); an item's own deadline wins",
            Header +
            "UBND phường giao các đơn vị thực hiện theo từng giai đoạn như sau:\n\n" +
            "Giai đoạn 1: Từ ngày 01/6 đến hết ngày 20/6/2027\n" +
            "- Phòng Văn hóa - Xã hội lập danh sách học sinh nghèo.\n" +
            "- Đoàn Thanh niên phường tổ chức quyên góp sách vở, hoàn thành trước ngày 10/6/2027.\n",
            [
                "Phòng Văn hóa - Xã hội [] | Phòng Văn hóa - Xã hội lập danh sách học sinh nghèo. | 2027-06-20 | -",
                "Đoàn Thanh niên phường [] | Đoàn Thanh niên phường tổ chức quyên góp sách vở, hoàn thành trước ngày 10/6/2027. | 2027-06-10 | -",
            ]
        },
        {
            "a bare 'Trước ngày 30/9/2027:' label and a 'Tháng 10/2027' heading over bullets",
            Header +
            "Chủ tịch UBND phường yêu cầu các đơn vị hoàn thành các việc sau đúng hạn.\n\n" +
            "Trước ngày 30/9/2027:\n" +
            "- Văn phòng HĐND và UBND phường hoàn thiện hồ sơ lưu trữ.\n\n" +
            "Tháng 10/2027\n" +
            "- Phòng Kinh tế, Hạ tầng và Đô thị nghiệm thu công trình.\n",
            [
                "Văn phòng HĐND và UBND phường [] | Văn phòng HĐND và UBND phường hoàn thiện hồ sơ lưu trữ. | 2027-09-30 | -",
                "Phòng Kinh tế, Hạ tầng và Đô thị [] | Phòng Kinh tế, Hạ tầng và Đô thị nghiệm thu công trình. | 2027-10-31 | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void A_deadline_heading_dates_the_items_under_it(string kind, string text, string[] expected) =>
        AssertTasks(kind, text, expected);

    public static TheoryData<string, string, string[]> Teams => new()
    {
        {
            "'(sau đây gọi là Tổ công tác)', members 'Ông/Bà X, title - Tổ trưởng/Thành viên', duties in Điều 2 with no subject",
            "ỦY BAN NHÂN DÂN PHƯỜNG TÂN HƯNG\nSố: 88/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ kiểm tra trật tự xây dựng\n\nQUYẾT ĐỊNH:\n\n" +
            "Điều 1. Thành lập Tổ kiểm tra trật tự xây dựng phường Tân Hưng (sau đây gọi là Tổ kiểm tra), gồm các ông, bà:\n" +
            "1. Ông Lê Văn Tâm, Phó Chủ tịch UBND phường - Tổ trưởng;\n" +
            "2. Bà Ngô Thị Hạnh, công chức địa chính - Tổ phó;\n" +
            "3. Ông Phạm Quốc Huy, cán bộ Công an phường - Thành viên.\n\n" +
            "Điều 2. Nhiệm vụ của Tổ kiểm tra\n" +
            "1. Kiểm tra các công trình xây dựng đang thi công trên địa bàn.\n" +
            "2. Lập biên bản, đề xuất xử lý vi phạm, báo cáo Chủ tịch UBND phường trước ngày 30/6/2026.\n\n" +
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n",
            [
                "Tổ kiểm tra trật tự xây dựng phường Tân Hưng [] | Kiểm tra các công trình xây dựng đang thi công trên địa bàn. | - | -",
                "Tổ kiểm tra trật tự xây dựng phường Tân Hưng [] | Lập biên bản, đề xuất xử lý vi phạm, báo cáo Chủ tịch UBND phường trước ngày 30/6/2026. | 2026-06-30 | -",
            ]
        },
        {
            "a 'Ban' with 'Đồng chí X, title - Trưởng ban/Ủy viên' members and 'Điều 2. Ban có nhiệm vụ:' a) b)",
            "QUYẾT ĐỊNH\nThành lập Ban vận động quỹ khuyến học\n\n" +
            "Điều 1. Thành lập Ban vận động quỹ khuyến học phường An Phú, gồm:\n" +
            "- Đồng chí Trần Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam phường - Trưởng ban;\n" +
            "- Đồng chí Vũ Văn Nam, Chủ tịch Hội Khuyến học phường - Phó Trưởng ban;\n" +
            "- Đồng chí Hoàng Minh Đức, công chức Văn hóa - Xã hội - Ủy viên.\n\n" +
            "Điều 2. Ban có nhiệm vụ:\n" +
            "a) Xây dựng kế hoạch vận động quỹ năm học 2026 - 2027.\n" +
            "b) Tổng hợp, công khai kết quả vận động trước ngày 15/9/2026.\n\n" +
            "Điều 3. Chánh Văn phòng HĐND và UBND phường và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n",
            [
                "Ban vận động quỹ khuyến học phường An Phú [] | Xây dựng kế hoạch vận động quỹ năm học 2026 - 2027. | - | -",
                "Ban vận động quỹ khuyến học phường An Phú [] | Tổng hợp, công khai kết quả vận động trước ngày 15/9/2026. | 2026-09-15 | -",
            ]
        },
        {
            "'… do đồng chí X làm Tổ trưởng', members with '–', the duties in Điều 3 ('Tổ có các nhiệm vụ sau:') after an article on how it works",
            "QUYẾT ĐỊNH\nVề việc thành lập Tổ công nghệ số cộng đồng\n\n" +
            "Điều 1. Thành lập Tổ công nghệ số cộng đồng tổ dân phố số 6 do đồng chí Lý Văn Hùng làm Tổ trưởng, gồm:\n" +
            "1. Đồng chí Lý Văn Hùng, Tổ trưởng tổ dân phố số 6 – Tổ trưởng;\n" +
            "2. Đồng chí Đặng Thu Trang, Bí thư Chi đoàn – Thành viên.\n\n" +
            "Điều 2. Tổ công nghệ số làm việc theo chế độ kiêm nhiệm.\n\n" +
            "Điều 3. Tổ có các nhiệm vụ sau:\n" +
            "1. Hướng dẫn người dân cài đặt ứng dụng định danh điện tử, xong trước ngày 31/3/2027.\n" +
            "2. Hỗ trợ người cao tuổi nộp hồ sơ trực tuyến.\n\n" +
            "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.\n",
            [
                "Tổ công nghệ số cộng đồng tổ dân phố số 6 [] | Hướng dẫn người dân cài đặt ứng dụng định danh điện tử, xong trước ngày 31/3/2027. | 2027-03-31 | -",
                "Tổ công nghệ số cộng đồng tổ dân phố số 6 [] | Hỗ trợ người cao tuổi nộp hồ sơ trực tuyến. | - | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Teams))]
    public void A_team_decision_lists_members_as_no_tasks_and_gives_the_team_its_duties(string kind, string text, string[] expected) =>
        AssertTasks(kind, text, expected);
}
