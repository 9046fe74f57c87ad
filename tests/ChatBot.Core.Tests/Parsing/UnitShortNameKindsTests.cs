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
    public void A_short_name_the_notice_defines_in_brackets_is_the_body(string preamble, string body, string unit) =>
        Assert.Equal(unit, UnitOfTheOneTask(preamble, body));

    [Theory]
    [InlineData("Ngày 02/4/2026, UBND phường kiểm tra công trình; đơn vị tư vấn giám sát (Công ty TNHH Tư vấn Minh Long) báo cáo chất lượng.",
                "1. Đơn vị tư vấn giám sát bố trí cán bộ thường trực tại công trường.\n", "Công ty TNHH Tư vấn Minh Long")]
    [InlineData("Ngày 02/4/2026, UBND phường làm việc với đơn vị thi công (Công ty Cổ phần Xây dựng An Phú) về tiến độ.",
                "1. Đơn vị thi công bổ sung máy móc, thi công cả ngày nghỉ.\n", "Công ty Cổ phần Xây dựng An Phú")]
    [InlineData("Ngày 02/4/2026, UBND phường làm việc với chủ đầu tư (Ban Quản lý dự án đầu tư xây dựng quận) về mặt bằng.",
                "1. Giao chủ đầu tư hoàn thiện hồ sơ thanh toán khối lượng.\n", "Ban Quản lý dự án đầu tư xây dựng quận")]
    [InlineData("Thành phần: 1. Đại diện UBND phường. 2. Đơn vị thi công: Công ty TNHH Xây dựng Bảo Minh, ông Lê Văn Tài.",
                "1. Đơn vị thi công bổ sung máy móc, thi công cả ngày nghỉ.\n", "Công ty TNHH Xây dựng Bảo Minh")]
    [InlineData("Ngày 02/4/2026, UBND phường kiểm tra công trình trường mầm non.",
                "1. Đơn vị thi công bổ sung máy móc, thi công cả ngày nghỉ.\n", "Đơn vị thi công")]
    public void A_party_named_in_brackets_once_is_that_body_when_named_again_by_its_part(string preamble, string body, string unit) =>
        Assert.Equal(unit, UnitOfTheOneTask(preamble, body));

    private static string? UnitOfTheOneTask(string preamble, string body) =>
        Assert.Single(NoticeParser.Parse("Số: 48/TB-UBND\n\nHòa Lợi, ngày 12 tháng 4 năm 2026\n\nTHÔNG BÁO\n\n" + preamble +
                                         "\n\nChủ tịch UBND phường kết luận như sau:\n\n" + body).Tasks).Unit;
}
