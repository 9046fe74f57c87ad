using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Units on unseen notices (issue 9, session 27): general kinds of how a written unit differs from its canonical name,
/// grouped from the misses of fresh5 … fresh8 (not one document's wording). Every row is an invented notice; expected is
/// each task's canonical lead unit ("null" for none).
/// </summary>
public class UnitKindsCanonicalTests
{
    private const string Header = "Số: 93/TB-UBND\n\nAn Phú, ngày 16 tháng 11 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND phường như sau:\n\n";

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "a unit in a slot (a field label, a trailing assignment) is read in any case: abbreviations typed in lower case",
            "1. Hoàn thiện hồ sơ kiểm đếm các hộ còn lại ở khu tái định cư.\n   Trách nhiệm: ban qlda phường; phối hợp: tổ dân phố số 6.\n" +
            "2. Rà soát hồ sơ thủ tục hành chính sắp đến hạn trong tháng 11.\n   Đơn vị thực hiện: tt pvhcc.\n" +
            "3. Chuẩn bị hồ sơ gọi công dân nhập ngũ năm 2027 trước ngày 25/11 (giao: ban chqs phường).\n" +
            "4. Kiểm tra các công trình xây dựng không phép ven tuyến đê - phòng kt,ht và đt chủ trì, công an phường phối hợp.\n" +
            "5. Chuẩn bị hội trường phục vụ hội nghị tổng kết năm.\n   Trách nhiệm: tt dvsnc phường.\n",
            ["Ban Quản lý dự án phường", "Trung tâm Phục vụ hành chính công", "Ban Chỉ huy Quân sự phường",
             "Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Dịch vụ sự nghiệp công phường"]
        },
        {
            "'Đầu mối: X' (the focal unit) on the line under an item names its lead, like 'Chủ trì: X'; a bare 'Văn phòng' there is the ward's office",
            "1. Giải tỏa điểm tập kết rác tự phát dưới chân cầu trước ngày 30/11.\n   Đầu mối: Đội Quản lý trật tự đô thị phường; phối hợp: Công an phường.\n" +
            "2. Phun hóa chất diệt muỗi tại các ổ dịch sốt xuất huyết.\n   Đơn vị đầu mối: Trạm Y tế phường.\n" +
            "3. Tổng hợp kết quả thực hiện các ý kiến chỉ đạo tại cuộc giao ban.\n   Đầu mối: Văn phòng.\n" +
            "4. Kiểm tra an toàn phòng cháy tại các nhà trọ trên địa bàn.\n   Cơ quan đầu mối: Công an phường.\n",
            ["Đội Quản lý trật tự đô thị phường", "Trạm Y tế phường", "Văn phòng HĐND và UBND phường", "Công an phường"]
        },
        {
            "after a dash, the unit then its partners ('— X phối hợp Y (thực hiện)'), under a lead-in naming every unit",
            "UBND phường đề nghị các đơn vị thực hiện một số nội dung sau:\n\n" +
            "1) Tờ trình điều chỉnh danh mục dự án đầu tư công năm 2027 — Phòng Kinh tế, Hạ tầng và Đô thị phối hợp Văn phòng HĐND và UBND phường thực hiện, trong tháng 12.\n\n" +
            "2) Kiểm tra an toàn phòng cháy tại chợ và các cơ sở karaoke — Công an phường phối hợp Phòng Văn hóa - Xã hội; xong trước ngày 20/12.\n\n" +
            "3) Rà soát hộ nghèo, hộ cận nghèo năm 2027 - Phòng Văn hóa - Xã hội phối hợp Ủy ban MTTQ Việt Nam phường thực hiện.\n\n" +
            "4) Tổng hợp ý kiến cử tri gửi qua bộ phận một cửa — trung tâm phục vụ hành chính công phối hợp Văn phòng HĐND và UBND phường, xong trước ngày 10/12.\n\n" +
            "5) Dự thảo báo cáo thu, chi ngân sách quý IV — phòng kinh tế, hạ tầng và đô thị phối hợp văn phòng thực hiện, trong tháng 12.\n",
            ["Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công",
             "Phòng Kinh tế, Hạ tầng và Đô thị"]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_written_unit_reads_as_its_canonical_name(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(Header + body);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }

    [Theory]
    // A plural role holder or body named with the places it serves: "các" belongs to the places (LABELING.md, role holders).
    [InlineData("1. Các Trưởng thôn rà soát, lập danh sách hộ nghèo trước ngày 10/12.\n", "Trưởng các thôn")]
    [InlineData("1. Đề nghị các đ/c Trưởng khu phố vận động người dân treo cờ Tổ quốc.\n", "Trưởng các khu phố")]
    [InlineData("1. Các đồng chí Tổ trưởng tổ dân phố tổ chức họp dân trước ngày 11/12.\n", "Tổ trưởng các tổ dân phố")]
    [InlineData("1. Các Ban điều hành khu phố duy trì tổ tuần tra nhân dân vào ban đêm.\n", "Ban điều hành các khu phố")]
    // A group word ("ban") that starts a longer head ("Ban công tác Mặt trận") is that body, not every unit.
    [InlineData("1. Đề nghị các Ban công tác Mặt trận tổ dân phố vận động Quỹ Vì người nghèo.\n", "Ban Công tác Mặt trận các tổ dân phố")]
    [InlineData("1. Các ban quản lý chợ trên địa bàn kiểm tra phòng cháy tại các ki-ốt.\n", "Các ban quản lý chợ")]
    public void A_plural_belongs_to_the_places_a_role_or_body_serves(string body, string unit) =>
        Assert.Equal(unit, Assert.Single(NoticeParser.Parse(Header + body).Tasks).Unit);

    [Theory]
    // A standard ward unit written with a word left out or in another case is that unit's standard name.
    [InlineData("1. Đội trật tự đô thị phường ra quân xử lý lấn chiếm vỉa hè vào tối thứ Sáu hằng tuần.\n", "Đội Quản lý trật tự đô thị phường")]
    [InlineData("1. Trung tâm hành chính công phường niêm yết công khai tiến độ giải quyết hồ sơ.\n", "Trung tâm Phục vụ hành chính công phường")]
    [InlineData("1. Giao đội quản lý trật tự đô thị phường giải tỏa các điểm họp chợ tự phát.\n", "Đội Quản lý trật tự đô thị phường")]
    [InlineData("1. Các nhà trường tổ chức tuyên truyền phòng, chống đuối nước cho học sinh.\n", "Các trường")]
    public void A_standard_unit_written_short_or_in_lower_case_is_its_standard_name(string body, string unit) =>
        Assert.Equal(unit, Assert.Single(NoticeParser.Parse(Header + body).Tasks).Unit);
}
