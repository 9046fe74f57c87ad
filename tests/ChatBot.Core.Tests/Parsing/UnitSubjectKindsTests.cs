using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Subjects a reader takes as units but the grammar did not (issue 9; the kinds of fresh4's misses, session 23): a force
/// or an official named by what they do, wards named without "UBND", heads
/// listed after a colon, short names a notice defines for itself, and a briefing ("giao ban") that is no body. Every row
/// is an invented notice in several wordings; expected is each task's canonical lead unit ("null" for none).
/// </summary>
public class UnitSubjectKindsTests
{
    private const string Header = "Số: 48/TB-UBND\n\nHòa Lợi, ngày 12 tháng 4 năm 2026\n\nTHÔNG BÁO\n\nChủ tịch UBND phường kết luận như sau:\n\n";

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "'lực lượng' before a body is that body",
            "1. Lực lượng Công an phường tăng cường tuần tra ban đêm tại các tuyến phố.\n\n" +
            "2. Lực lượng Ban Chỉ huy quân sự phường phối hợp trực chốt tại cầu Đông.\n\n" +
            "3. Giao lực lượng Đội Quản lý trật tự đô thị phường xử lý lấn chiếm vỉa hè.\n",
            ["Công an phường", "Ban Chỉ huy Quân sự phường", "Đội Quản lý trật tự đô thị phường"]
        },
        {
            "an official named by the field they are in charge of ('cán bộ phụ trách …')",
            "1. Giao cán bộ phụ trách giáo dục rà soát số trẻ chưa đến trường.\n\n" +
            "2. Cán bộ phụ trách lao động - thương binh tổng hợp danh sách hộ cận nghèo.\n\n" +
            "3. Công chức phụ trách tư pháp hướng dẫn người dân chứng thực bản sao.\n\n" +
            "4. Công an phường giao cán bộ phụ trách địa bàn nắm chắc số hộ tạm trú.\n",
            ["Cán bộ phụ trách giáo dục", "Cán bộ phụ trách lao động - thương binh", "Công chức phụ trách tư pháp", "Công an phường"]
        },
        {
            "'các vị' before role holders is a courtesy, not part of the unit",
            "1. Các vị đại biểu HĐND phường tiếp xúc cử tri tại nơi cư trú.\n\n" +
            "2. Đề nghị các vị đại biểu HĐND xã theo dõi việc giải quyết kiến nghị.\n\n" +
            "3. UBND phường chỉ đạo các phòng thực hiện; các vị đại biểu HĐND phường giám sát kết quả.\n",
            ["Các đại biểu HĐND phường", "Các đại biểu HĐND xã", "UBND phường", "Các đại biểu HĐND phường"]
        },
        {
            "a ward or commune given work without 'UBND' is its People's Committee; the first named leads",
            "1. Giao phường Tân Lập phối hợp với Phòng Kinh tế khảo sát tuyến mương.\n\n" +
            "2. Giao xã Đông Hòa rà soát diện tích lúa bị ngập.\n\n" +
            "3. Giao phường Hòa Bình và Ban Quản lý dự án thị xã hoàn thiện hồ sơ giải phóng mặt bằng.\n\n" +
            "4. Đối với tuyến đường ven sông, giao thị trấn Phú Mỹ lập phương án phân luồng.\n",
            ["UBND phường Tân Lập", "UBND xã Đông Hòa", "UBND phường Hòa Bình", "UBND thị trấn Phú Mỹ"]
        },
        {
            "'giao ban' (a briefing) is not 'Ban …': the heading's unit stays",
            "1. Văn phòng HĐND và UBND phường:\n\n- Giao ban công tác tuần với các bộ phận vào sáng thứ Hai.\n\n" +
            "- Giao ban công tác tiếp công dân vào cuối mỗi tháng.\n\n2. Công an phường:\n\n- Giao ban công tác an ninh với tổ dân phố hằng tháng.\n",
            ["Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường", "Công an phường"]
        },
        {
            "heads listed after a colon ('Giao Giám đốc: Sở X, …'): the first body leads",
            "1. Giao Giám đốc: Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh triển khai giám sát dịch.\n\n" +
            "2. Giao Thủ trưởng: Phòng Kinh tế, Trạm Khuyến nông rà soát diện tích cây trồng.\n\n" +
            "3. Giao Giám đốc các đơn vị: Trung tâm Văn hóa - Thể thao, Đài Truyền thanh tuyên truyền lễ hội.\n",
            ["Sở Y tế", "Phòng Kinh tế", "Trung tâm Văn hóa - Thể thao"]
        },
        {
            "chairs of several levels listed with commas are addressees who direct their own units",
            "1. Chủ tịch UBND quận, huyện chỉ đạo UBND cấp xã rà soát hộ nghèo.\n\n" +
            "2. Chủ tịch UBND huyện, thị xã, thành phố chỉ đạo các xã, phường ra quân diệt lăng quăng.\n\n" +
            "3. Chủ tịch UBND thị xã, thành phố chỉ đạo Công an cấp xã kiểm tra cơ sở lưu trú.\n",
            ["Chủ tịch UBND quận, huyện", "Chủ tịch UBND huyện, thị xã, thành phố", "Chủ tịch UBND thị xã, thành phố"]
        },
        {
            "a party described by its part in the works, its name in brackets: the named body",
            "1. Nhà thầu thi công (Công ty TNHH Xây dựng Phú Gia) bổ sung máy móc, nhân lực.\n\n" +
            "2. Chủ đầu tư (Ban Quản lý dự án đầu tư xây dựng phường) hoàn thiện hồ sơ thanh toán.\n\n" +
            "3. Giao đơn vị tư vấn giám sát (Công ty Cổ phần Tư vấn Bình Minh) kiểm tra chất lượng vật liệu.\n",
            ["Công ty TNHH Xây dựng Phú Gia", "Ban Quản lý dự án đầu tư xây dựng phường", "Công ty Cổ phần Tư vấn Bình Minh"]
        },
        {
            "a routing slip's 'VP:' is the ward's office",
            "- VP: theo dõi, đôn đốc các bộ phận thực hiện.\n\n- CA: kiểm tra các cơ sở lưu trú trên địa bàn.\n\n" +
            "- VP. : tổng hợp kết quả, báo cáo Chủ tịch UBND phường.\n",
            ["Văn phòng HĐND và UBND phường", "Công an phường", "Văn phòng HĐND và UBND phường"]
        },
        {
            "the Front's committee abbreviated with 'VN' in any spelling",
            "1. UB.MTTQVN phường vận động nhân dân ủng hộ quỹ vì người nghèo.\n\n2. Giao UB MTTQVN xã giám sát việc bình xét hộ nghèo.\n\n" +
            "3. UBMTTQVN phường phối hợp tổ chức Ngày hội Đại đoàn kết.\n",
            ["Ủy ban MTTQ Việt Nam phường", "Ủy ban MTTQ Việt Nam xã", "Ủy ban MTTQ Việt Nam phường"]
        },
        {
            "every unit and a named body after 'và': every unit leads, as it does alone",
            "1. Đề nghị các cơ quan, đơn vị và Ban Nhân dân các khu phố tuyên truyền lịch tiêm chủng.\n\n" +
            "2. Các phòng, ban và Ban Quản lý chợ rà soát phương án phòng cháy.\n\n" +
            "3. Yêu cầu các cơ quan, đơn vị, Hội Cựu chiến binh phường tham gia ra quân dọn vệ sinh.\n\n" +
            "4. Đề nghị các cơ quan, đơn vị tuyên truyền lịch tiêm chủng.\n\n5. Các phòng, ban rà soát phương án phòng cháy.\n",
            ["Các cơ quan, đơn vị", "Các phòng, ban", "Các cơ quan, đơn vị", "Các cơ quan, đơn vị", "Các phòng, ban"]
        },
        {
            "a body with its standing member in brackets is the body; 'Cơ quan thường trực là X' is X",
            "1. Đoàn kiểm tra liên ngành (Phòng Kinh tế là thường trực) tổng hợp kết quả kiểm tra.\n\n" +
            "2. Tổ công tác liên ngành (Công an phường là cơ quan thường trực) ra quân xử lý lấn chiếm.\n\n" +
            "3. Cơ quan thường trực là Trạm Y tế phường theo dõi diễn biến dịch hằng ngày.\n\n" +
            "4. Đơn vị chủ trì là Phòng Văn hóa - Xã hội lập kế hoạch tổ chức lễ hội.\n",
            ["Đoàn kiểm tra liên ngành", "Tổ công tác liên ngành", "Trạm Y tế phường", "Phòng Văn hóa - Xã hội"]
        },
        {
            "a name joined by a dash ends before a verb that is also a lexicon word ('xây dựng')",
            "1. Phòng Văn hóa - Xã hội xây dựng kế hoạch tổ chức lễ hội.\n\n2. Phòng Tài chính - Kế hoạch xây dựng dự toán năm 2027.\n\n" +
            "3. Phòng Kinh tế - Hạ tầng xây dựng phương án chống ngập.\n",
            ["Phòng Văn hóa - Xã hội", "Phòng Tài chính - Kế hoạch", "Phòng Kinh tế - Hạ tầng"]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_subject_gives_the_task_its_unit(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(Header + body);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }
}
