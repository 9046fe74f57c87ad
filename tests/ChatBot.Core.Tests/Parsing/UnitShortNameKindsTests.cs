using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Short names a notice defines for itself in brackets (issue 9; fresh4's "BCĐ PCDB", session 23): the short name stands
/// for the words before the bracket whose initials spell it, and for the notice's level when that follows the bracket.
/// </summary>
public class UnitShortNameKindsTests
{
    [Theory]
    [InlineData("Ngày 02/4/2026, Ban chỉ đạo phòng chống dịch bệnh (BCĐ PCDB) phường họp bàn công tác phòng dịch.",
                "1. BCĐ PCDB phân công thành viên phụ trách từng tổ dân phố.\n", "Ban chỉ đạo phòng chống dịch bệnh phường")]
    [InlineData("Ngày 02/4/2026, Ban Chỉ huy phòng thủ dân sự (BCH PTDS) phường diễn tập phương án sơ tán.",
                "1. BCH PTDS phường rà soát phương án sơ tán dân vùng trũng.\n", "Ban Chỉ huy phòng thủ dân sự phường")]
    [InlineData("Ngày 02/4/2026, Ban Quản lý dự án đầu tư xây dựng (BQLDA ĐTXD) thị xã báo cáo tiến độ.",
                "1. Giao BQLDA ĐTXD thị xã hoàn thiện hồ sơ quyết toán công trình.\n", "Ban Quản lý dự án đầu tư xây dựng thị xã")]
    public void A_short_name_the_notice_defines_in_brackets_is_the_body(string preamble, string body, string unit)
    {
        var notice = NoticeParser.Parse("Số: 48/TB-UBND\n\nHòa Lợi, ngày 12 tháng 4 năm 2026\n\nTHÔNG BÁO\n\n" + preamble + "\n\nChủ tịch UBND phường kết luận như sau:\n\n" + body);
        Assert.Equal(unit, Assert.Single(notice.Tasks).Unit);
    }
}
