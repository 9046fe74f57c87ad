using ChatBot.Core.Parsing;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 26 (issue 9): abbreviations typed in lower or mixed case inside a unit's name. Before, the grammar (which
/// follows capitals) did not see the unit, so "1. Phòng vh-xh rà soát …" was no task at all and "Giao Phòng vh-xh …" had
/// no unit. Every row is an invented item in several wordings; expected is the canonical unit of the one task.
/// </summary>
public class AbbreviationCaseKindsTests
{
    private const string Header = "Số: 31/TB-UBND\n\nAn Bình, ngày 02 tháng 6 năm 2026\n\nTHÔNG BÁO\n\nChủ tịch UBND phường kết luận như sau:\n\n";

    [Theory]
    // joined pairs in lower case, after the head noun
    [InlineData("1. Phòng vh-xh rà soát hộ khó khăn, hoàn thành trước ngày 20/6/2026.", "Phòng Văn hóa - Xã hội")]
    [InlineData("1. Phòng tc-kh tổng hợp dự toán ngân sách, hoàn thành trước ngày 20/6/2026.", "Phòng Tài chính - Kế hoạch")]
    [InlineData("1. Phòng kt-ht và đt bố trí kinh phí mua bình chữa cháy, hoàn thành trước ngày 20/6/2026.", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("1. Phòng Kt-Ht&Đt kiểm tra công trình xây dựng, hoàn thành trước ngày 20/6/2026.", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("1. Giao Phòng vh-xh tổ chức bình xét gia đình văn hóa, hoàn thành trước ngày 20/6/2026.", "Phòng Văn hóa - Xã hội")]
    // a mixed-case first word before capitals, and the committees in any case
    [InlineData("1. Vp HĐND và UBND tuyên truyền trên loa truyền thanh, hoàn thành trước ngày 20/6/2026.", "Văn phòng HĐND và UBND phường")]
    [InlineData("1. vp HĐND-UBND chuẩn bị tài liệu kỳ họp, hoàn thành trước ngày 20/6/2026.", "Văn phòng HĐND và UBND phường")]
    [InlineData("1. Văn phòng Hđnd và Ubnd phường chuẩn bị tài liệu kỳ họp, hoàn thành trước ngày 20/6/2026.", "Văn phòng HĐND và UBND phường")]
    public void A_lower_case_abbreviation_in_a_units_name_is_read_as_the_unit(string item, string unit)
    {
        var notice = NoticeParser.Parse(Header + item + "\n\n2. Phòng Tư pháp kiểm tra hồ sơ chứng thực, hoàn thành trước ngày 25/6/2026.\n");
        Assert.Equal([unit, "Phòng Tư pháp"], notice.Tasks.Select(t => t.Unit ?? "null").ToArray());
        Assert.Equal(new DateOnly(2026, 6, 20), notice.Tasks[0].Deadline);
    }

    [Theory]
    // half-abbreviated names: part spelled out, part abbreviated
    [InlineData("1. Trung tâm PVHC công hướng dẫn người dân nộp hồ sơ trực tuyến, hoàn thành trước ngày 20/6/2026.", "Trung tâm Phục vụ hành chính công")]
    [InlineData("1. Trung tâm phục vụ HCC hỗ trợ phụ huynh làm thủ tục, hoàn thành trước ngày 20/6/2026.", "Trung tâm Phục vụ hành chính công")]
    [InlineData("1. Giao Trung tâm Phục vụ HCC phường bố trí người hướng dẫn, hoàn thành trước ngày 20/6/2026.", "Trung tâm Phục vụ hành chính công phường")]
    [InlineData("1. UBMT phường vận động hội viên cài đặt VNeID, hoàn thành trước ngày 20/6/2026.", "Ủy ban MTTQ phường")]
    [InlineData("1. Đề nghị UBMT xã phối hợp tuyên truyền, hoàn thành trước ngày 20/6/2026.", "Ủy ban MTTQ xã")]
    public void A_half_abbreviated_name_is_spelled_out(string item, string unit) =>
        A_lower_case_abbreviation_in_a_units_name_is_read_as_the_unit(item, unit);

    [Theory]
    // words that spell an abbreviation in lower case stay words where nothing says they are one
    [InlineData("Tổ chức ca trực 24/24 giờ, bảo đảm an ninh, bình an cho nhân dân.")]
    [InlineData("Liên hệ qua đt hoặc zalo của cán bộ phụ trách.")]
    [InlineData("Phòng ngừa dịch bệnh, giữ gìn vệ sinh môi trường.")]
    [InlineData("Ban hành kế hoạch trước ngày 20/6.")]
    public void Lower_case_words_elsewhere_are_left_as_written(string line) =>
        Assert.Equal(line, AbbreviationCase.Apply(line));

    [Theory]
    [InlineData("Phòng vh-xh rà soát", "Phòng VH-XH rà soát")]
    [InlineData("phòng kt-ht và đt; Vp HĐND", "phòng KT-HT và ĐT; VP HĐND")]
    [InlineData("Ubnd phường và Mttq", "UBND phường và MTTQ")]
    [InlineData("Phòng tc-kh và tp", "Phòng TC-KH và tp")]
    public void Only_the_abbreviations_change_and_the_length_stays(string line, string expected)
    {
        Assert.Equal(expected, AbbreviationCase.Apply(line));
        Assert.Equal(line.Length, AbbreviationCase.Apply(line).Length);
    }
}
