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
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_written_unit_reads_as_its_canonical_name(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(Header + body);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }
}
