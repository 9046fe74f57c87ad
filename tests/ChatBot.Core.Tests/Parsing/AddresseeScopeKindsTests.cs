using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 26 (issue 9, the unit kinds of fresh6's misses): collective higher-level addressees, an item's own subject under
/// a lead-in that names another unit, and bodies written with a scope or a qualifier. Every row is an invented notice in
/// several wordings (none copied from a corpus document); expected is each task's canonical lead unit ("null" for none).
/// </summary>
public class AddresseeScopeKindsTests
{
    private const string Header = "Số: 21/TB-UBND\n\nPhú Xuân, ngày 06 tháng 5 năm 2026\n\nTHÔNG BÁO\n\nChủ tịch UBND phường kết luận như sau:\n\n";

    private const string All = "Các cơ quan, đơn vị";

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "the heads of a collective of departments ('Giám đốc các sở, ban, ngành') stand for every unit",
            "1. Giám đốc các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã:\n\na) Rà soát toàn bộ hồ sơ tồn đọng.\n\n" +
            "b) Quán triệt đến cán bộ nội dung Chỉ thị.\n\n2. Giám đốc các sở, ngành tỉnh chủ động kiểm tra công vụ đột xuất.\n\n" +
            "3. UBND tỉnh yêu cầu Giám đốc các Sở, Thủ trưởng các ban ngành và Chủ tịch UBND các huyện triển khai công văn này.\n\n" +
            "4. Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh bố trí lực lượng trực Tết.\n",
            [All, All, All, All, All]
        },
        {
            "heads of bodies of one kind that is no collective stay role holders",
            "1. Giám đốc các trung tâm y tế huyện bố trí giường bệnh.\n\n2. Chủ tịch UBND các xã, thị trấn rà soát hộ nghèo.\n\n" +
            "3. Giám đốc Sở Y tế chỉ đạo giám sát dịch bệnh.\n",
            ["Giám đốc các trung tâm y tế huyện", "Chủ tịch UBND các xã, thị trấn", "Sở Y tế"]
        },
        {
            "an item's own subject beats the lead-in's unit: heads of schools, officials assigned to areas, shared scopes",
            "Để chủ động ứng phó với mưa lớn, UBND xã yêu cầu Ban Chỉ huy Quân sự xã thực hiện tốt các nhiệm vụ sau:\n\n" +
            "1. Tổ chức trực ban nghiêm túc 24/24 giờ.\n\n2. Hiệu trưởng các nhà trường, Trạm trưởng Trạm Y tế xã kê cao tài sản, hồ sơ.\n\n" +
            "3. Các đồng chí được phân công phụ trách các thôn xuống địa bàn rà soát các hộ ở nhà tạm.\n\n" +
            "4. Bí thư chi bộ, trưởng thôn các thôn huy động lực lượng khơi thông cống rãnh.\n\n" +
            "5. Các đ/c được giao theo dõi các khu phố nắm chắc số hộ cần sơ tán.\n\n" +
            "6. Tổ trưởng, tổ phó các tổ dân phố thông báo lịch cắt điện đến từng hộ.\n",
            ["Ban Chỉ huy Quân sự xã", "Hiệu trưởng các nhà trường", "Các đồng chí được phân công phụ trách các thôn", "Bí thư chi bộ các thôn",
             "Các đồng chí được giao theo dõi các khu phố", "Tổ trưởng các tổ dân phố"]
        },
        {
            "the party cell and government of the villages, closed by a semicolon, is a unit label",
            "Ban Chỉ huy Quân sự xã đề nghị thực hiện tốt một số nội dung sau:\n\n" +
            "- Cấp ủy, chính quyền các thôn; Kiểm tra, nhắc nhở các hộ ở nơi xung yếu chằng chống nhà cửa.\n\n" +
            "- Cấp ủy, chính quyền các khu phố: Thông báo kịp thời cho các chủ tàu thuyền về nơi trú ẩn.\n\n" +
            "- Chính quyền các tổ dân phố huy động lực lượng dọn vệ sinh sau mưa.\n",
            ["Cấp ủy, chính quyền các thôn", "Cấp ủy, chính quyền các khu phố", "Chính quyền các tổ dân phố"]
        },
        {
            "communes or wards written without 'UBND' are their People's Committees, their qualifier kept",
            "1. Các xã còn lại tiếp tục rà soát các hộ ở vùng trũng.\n\n" +
            "2. UBND thành phố yêu cầu các xã, phường có rừng bố trí lực lượng canh gác 24/24 giờ.\n\n" +
            "3. Các xã, thị trấn ven biển kêu gọi tàu thuyền vào nơi tránh trú.\n\n4. Các phường rà soát danh sách hộ nghèo.\n",
            ["UBND các xã còn lại", "UBND các xã, phường có rừng", "UBND các xã, thị trấn ven biển", "UBND các phường"]
        },
        {
            "the Front's committee abbreviated with a space ('UBMT TQ') is the Front's committee",
            "1. UBMT TQ Việt Nam tỉnh và các đoàn thể vận động nhân dân tham gia phòng cháy.\n\n" +
            "2. Giao UBMT TQ phường giám sát việc bình xét hộ nghèo.\n\n3. Đề nghị UBMTTQ Việt Nam xã tuyên truyền lịch tiêm chủng.\n",
            ["Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ phường", "Ủy ban MTTQ Việt Nam xã"]
        },
        {
            "a border post and its head ('Đồn trưởng Đồn Biên phòng …') end a list of heads, so the first head's body leads",
            "1. Trưởng phòng Kinh tế, Đồn trưởng Đồn Biên phòng cửa khẩu Cảng Hòa, Chủ tịch UBND các xã ven biển thông báo cho tàu thuyền vào bờ.\n\n" +
            "2. Đồn trưởng Đồn Biên phòng Sơn Hải chủ trì tuần tra khu vực bờ biển.\n\n" +
            "3. Giao Đồn Biên phòng cửa khẩu Nam Giang phối hợp Công an xã kiểm soát người qua lại.\n",
            ["Phòng Kinh tế", "Đồn Biên phòng Sơn Hải", "Đồn Biên phòng cửa khẩu Nam Giang"]
        },
        {
            "every department of the city in short ('các sở, ban, ngành TP'), then other addressees after ';': one task of every unit",
            "1. Chủ tịch UBND TP giao thủ trưởng các sở, ban, ngành TP; chủ tịch UBND các xã, phường thực hiện nghiêm Chỉ thị số 02.\n\n" +
            "2. Yêu cầu Giám đốc các sở, ngành TP; Chủ tịch UBND các phường rà soát hồ sơ tồn đọng.\n",
            [All, All]
        },
        {
            "the members of a body ('các đồng chí trong Ban Thường vụ Đảng ủy') are named with the body",
            "1. Bí thư Đảng ủy đề nghị các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND nêu gương trong thực hiện nhiệm vụ.\n\n" +
            "2. Đề nghị các đ/c trong Ban Chỉ đạo phường bám sát địa bàn được phân công.\n",
            ["Các đồng chí trong Ban Thường vụ Đảng ủy", "Các đồng chí trong Ban Chỉ đạo phường"]
        },
        {
            "residents and households are no unit: the lead-in's unit is not theirs",
            "Ban Chỉ huy Quân sự xã đề nghị thực hiện tốt một số nội dung sau:\n\n- Tổ chức trực ban 24/24 giờ tại trụ sở.\n\n" +
            "- Người dân không di chuyển qua các ngầm, tràn khi nước dâng cao.\n\n" +
            "- Các hộ kinh doanh ở chợ và bà con nhân dân chủ động kê cao hàng hóa.\n\n" +
            "- Các hộ gia đình ven sông chằng chống nhà cửa trước khi bão đổ bộ.\n",
            ["Ban Chỉ huy Quân sự xã", "null", "null", "null"]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_addressee_gives_the_task_its_unit(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(Header + body);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }

    [Theory]
    // a list of places after "đối với các …"/"tại các …" names no subject: one task, its date kept
    [InlineData("1. Công an tỉnh tổ chức tổng kiểm tra an toàn PCCC đối với các chợ, trung tâm thương mại, khu dân cư đông người, hoàn thành trước ngày 31/1.", "Công an tỉnh", "2026-01-31")]
    [InlineData("1. Công ty Điện lực Thành Nam kiểm tra hệ thống điện tại các chợ, khu dân cư đông đúc, xong trước ngày 20/1.", "Công ty Điện lực Thành Nam", "2026-01-20")]
    [InlineData("1. Phòng Kinh tế rà soát các điểm tập kết rác, tổ dân phố ven sông, báo cáo trước ngày 15/6.", "Phòng Kinh tế", "2026-06-15")]
    public void A_bare_place_in_a_list_starts_no_task(string item, string unit, string deadline)
    {
        var notice = NoticeParser.Parse(Header + item + "\n");
        var t = Assert.Single(notice.Tasks);
        Assert.Equal(unit, t.Unit);
        Assert.Equal(DateOnly.Parse(deadline), t.Deadline);
    }
}
