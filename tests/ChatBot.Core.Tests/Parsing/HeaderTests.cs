using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>Header and signature forms: number and symbol, place and date, chair, signer.</summary>
public class HeaderTests
{
    private const string Body = "\n\nTHÔNG BÁO\n\n1. Công an phường\n\n- Tăng cường tuần tra.\n\nNơi nhận:\n- Lưu: VT.\n";

    [Theory]
    [InlineData("Số: 12/TB-UBND", "12", "TB-UBND")]
    [InlineData("Số: /TB-UBND", null, "TB-UBND")]
    [InlineData("Số 86-TB/ĐU", "86", "TB/ĐU")]
    [InlineData("Số: 75 -TB/ĐU", "75", "TB/ĐU")]
    [InlineData("Số: 2318/UBND-KT", "2318", "UBND-KT")]
    public void The_number_and_symbol_are_read_with_or_without_a_colon(string line, string? number, string symbol)
    {
        var d = NoticeParser.Parse(line + "\n\nHòa Bình, ngày 05 tháng 6 năm 2026" + Body).Document;
        Assert.Equal((number, symbol), (d.Number, d.Symbol));
    }

    [Theory]
    [InlineData("Số: 12/TB-UBND Bạch Đằng, ngày 05 tháng 6 năm 2026", "Bạch Đằng")] // two header columns flattened
    [InlineData("Số: 203/KH-UBND                          Thọ Xuân, ngày 26 tháng 8 năm 2024", "Thọ Xuân")]
    [InlineData("| Số: 214/KH-UBND | Kinh Bắc, ngày 20 tháng 11 năm 2025 |", "Kinh Bắc")]
    [InlineData("HUYỆN PHONG ĐIỀN Độc lập - Tự do - Hạnh phúc Phong Điền, ngày 10 tháng 6 năm 2024", "Phong Điền")]
    [InlineData("*Hạc Thành, ngày 21 tháng 4 năm 2026*", "Hạc Thành")]
    public void The_place_is_the_name_before_the_date_not_the_column_beside_it(string line, string place) =>
        Assert.Equal(place, NoticeParser.Parse(line + Body).Document.Place);

    [Theory]
    [InlineData("Bạch Đằng, ngày tháng năm 2026", null)]
    [InlineData("Tân Ninh, ngày    tháng 01 năm 2026", null)]
    [InlineData("Bạch Đằng, ngày 05 tháng 6 năm 2026", "2026-06-05")]
    public void A_blank_day_leaves_the_issued_date_blank(string line, string? issued) =>
        Assert.Equal(issued, NoticeParser.Parse("Số: /TB-UBND\n\n" + line + Body).Document.IssuedOn?.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Tiến Linh", "Nguyễn Tiến Linh")]
    [InlineData("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n\nHoàng Nam", "Hoàng Nam")]
    [InlineData("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(Đã ký)\nChánh Văn phòng HĐND và UBND phường\n\nTrương Thị Mỹ Linh", "Trương Thị Mỹ Linh")]
    [InlineData("CHỦ TỊCH\n\nNGUYỄN VĂN AN", "Nguyễn Văn An")]
    public void The_signer_is_found_past_signed_marks_and_title_lines(string signature, string signer) =>
        Assert.Equal(signer, NoticeParser.Parse("Số: 1/TB-UBND\n\nAn Bình, ngày 05 tháng 6 năm 2026" + Body + "\n" + signature + "\n").Document.SignedBy);

    [Theory]
    [InlineData("Ngày 03/6/2026, UBND phường tổ chức phiên họp. Đồng chí Nguyễn Hoàng Minh - Chủ tịch UBND phường chủ trì.", "2026-06-03", "Nguyễn Hoàng Minh")]
    [InlineData("Chiều ngày 07/4/2025, UBND xã tổ chức phiên họp thường kỳ dưới sự chủ trì của ông Hoàng Văn Dũng, Chủ tịch UBND xã.", "2025-04-07", "Hoàng Văn Dũng")]
    [InlineData("Trưa ngày 14/3/2020, UBND xã tổ chức cuộc họp đột xuất do đồng chí Lê Quang Hiếu - Chủ tịch UBND xã chủ trì.", "2020-03-14", "Lê Quang Hiếu")]
    [InlineData("(Cổng TTĐT phường) - Sáng 14/10/2026, UBND phường tổ chức hội nghị. Chủ trì cuộc họp là bà Đặng Thị Hồng Vân, Chủ tịch HĐND phường.", "2026-10-14", "Đặng Thị Hồng Vân")]
    public void The_meeting_date_and_chair_come_from_the_preamble(string preamble, string meeting, string chair)
    {
        var d = NoticeParser.Parse("THÔNG BÁO\n\n" + preamble + "\n\nKết luận cuộc họp, Chủ tịch UBND phường yêu cầu như sau:\n\n1. Công an phường tăng cường tuần tra.\n").Document;
        Assert.Equal((meeting, chair), (d.MeetingOn?.ToString("yyyy-MM-dd"), d.ChairedBy));
    }

    [Fact]
    public void A_date_that_is_not_a_meeting_is_not_the_meeting_date()
    {
        var d = NoticeParser.Parse("Tin tức\n\nNgày 16/01/2026, Chủ tịch UBND tỉnh ban hành Công văn số 412/UBND-NC về việc bảo đảm an toàn dịp Tết.\n\nChủ tịch UBND tỉnh giao Sở Văn hóa tăng cường kiểm tra lễ hội.\n").Document;
        Assert.Null(d.MeetingOn);
    }

    [Theory]
    [InlineData("CÔNG ĐIỆN", "cong_dien")]
    [InlineData("KẾ HOẠCH", "ke_hoach")]
    [InlineData("QUYẾT ĐỊNH", "quyet_dinh")]
    public void The_kind_is_read_from_the_title(string title, string kind) =>
        Assert.Equal(kind, NoticeParser.Parse("Số: 9/XX-UBND\n\nKỳ Anh, ngày 26 tháng 9 năm 2024\n\n" + title + "\nVề việc ứng phó với bão" + Body).Document.Kind);
}
