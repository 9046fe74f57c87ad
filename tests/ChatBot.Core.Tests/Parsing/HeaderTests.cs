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

    [Theory]
    [InlineData("Số: 7/TB-VP                         Long Hải, 12/8/2026", "Long Hải", "2026-08-12")]
    [InlineData("| Số: 7/TB-VP | Long Hải, ngày 3.8.2026 |", "Long Hải", "2026-08-03")]
    public void A_dateline_in_figures_gives_the_place_and_the_issued_date(string line, string place, string issued)
    {
        var d = NoticeParser.Parse(line + Body).Document;
        Assert.Equal((place, issued), (d.Place, d.IssuedOn?.ToString("yyyy-MM-dd")));
    }

    [Theory]
    [InlineData("Nơi nhận:                TL. CHỦ TỊCH\n- Như trên;        CHÁNH VĂN PHÒNG\n- Lưu: VT.            Đỗ Thị Minh Châu", "Đỗ Thị Minh Châu")]
    [InlineData("| Nơi nhận: - Như trên; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH   Vũ Đình Khang |", "Vũ Đình Khang")]
    [InlineData("| TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hà Văn Lộc |", "Hà Văn Lộc")]
    public void A_signer_printed_beside_the_recipients_is_found(string signature, string signer) =>
        Assert.Equal(signer, NoticeParser.Parse("Số: 1/TB-UBND\n\nAn Bình, ngày 05 tháng 6 năm 2026\n\nTHÔNG BÁO\n\n1. Công an phường\n\n- Tăng cường tuần tra.\n\n" + signature + "\n").Document.SignedBy);

    [Fact]
    public void A_recipient_line_is_not_a_signer()
    {
        var d = NoticeParser.Parse("Số: 1/TB-UBND\n\nAn Bình, ngày 05 tháng 6 năm 2026" + Body + "- UBND phường Tân Định;\n- Phòng Văn hóa - Xã hội.\n");
        Assert.Null(d.Document.SignedBy);
    }

    [Theory]
    [InlineData("Dự và chủ trì hội nghị có đồng chí: Trịnh Quốc Bảo, Chủ tịch UBND xã; các Phó Chủ tịch UBND xã.", "Trịnh Quốc Bảo")]
    [InlineData("Ngày 02/9/2026, đồng chí Lò Văn Sinh - Chủ tịch UBND xã dẫn đoàn kiểm tra các điểm sạt lở.", "Lò Văn Sinh")]
    [InlineData("Đoàn công tác của Đảng ủy xã do đồng chí Mai Thế Hùng, Bí thư Đảng ủy xã làm trưởng đoàn đã làm việc với các thôn.", "Mai Thế Hùng")]
    [InlineData("Phát biểu chỉ đạo tại buổi làm việc, ông Tạ Minh Phúc, Chủ tịch UBND huyện yêu cầu các xã khẩn trương.", "Tạ Minh Phúc")]
    public void Without_a_chair_word_the_leader_of_the_visit_or_the_concluding_speaker_chairs(string preamble, string chair) =>
        Assert.Equal(chair, NoticeParser.Parse("Tin tức\n\n" + preamble + "\n\nCông an xã tăng cường tuần tra.\n").Document.ChairedBy);

    [Fact]
    public void A_member_list_naming_the_head_of_a_team_names_no_chair()
    {
        var d = NoticeParser.Parse("KẾ HOẠCH\n\nThành phần đoàn kiểm tra:\n\n1. Ông Vi Văn Toàn - Phó Chủ tịch UBND xã - Trưởng đoàn;\n\n2. Bà Lý Thị Hoa - công chức Văn hóa - Xã hội.\n\nCông an xã tăng cường tuần tra.\n").Document;
        Assert.Null(d.ChairedBy);
    }

    [Theory]
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 về tổ chức bộ máy;")]
    [InlineData("Thực hiện Công văn số 51/UBND-VP ngày 16/6/2026 của UBND thành phố về việc triển khai Nghị quyết phiên họp tháng 5;")]
    public void The_date_of_a_cited_document_is_not_the_meeting_date(string preamble) =>
        Assert.Null(NoticeParser.Parse("Số: 3/UBND-VP\n\nAn Bình, ngày 20 tháng 6 năm 2026\n\n" + preamble + "\n\nUBND phường đề nghị các đơn vị như sau:\n\n1. Công an phường tăng cường tuần tra.\n").Document.MeetingOn);

    [Fact]
    public void A_line_opening_with_the_meeting_date_gives_it_when_the_title_runs_into_it()
    {
        var d = NoticeParser.Parse("Số: 21/TB-HĐND\n\nAn Bình, ngày 08 tháng 4 năm 2026\n\nTHÔNG BÁO\nKết luận của Chủ tịch HĐND phường tại hội nghị giao ban quý I năm\n2026\nChiều ngày 03/4/2026, tại phòng họp số 2, Thường trực HĐND phường tổ chức hội nghị giao\nban quý I năm 2026.\n\nKết luận hội nghị, Chủ tịch HĐND phường đề nghị:\n\n1. Công an phường tăng cường tuần tra.\n").Document;
        Assert.Equal("2026-04-03", d.MeetingOn?.ToString("yyyy-MM-dd"));
    }
}
