using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 20, document fields: signers' names in the spellings of the highlands and after ranks and `T/M`, the family
/// name Lưu, records (biên bản) that open with "Hôm nay", news leads whose subject led the visit, person labels that are
/// assignees, cut-off dates, the year of a news item, party headers and subjects in a markdown header table.
/// </summary>
public class SignatureAndRecordTests
{
    private const string Body = "\n\n1. Giao Công an phường tăng cường tuần tra.\n\n";

    private static NoticeMetadata Read(string text) => NoticeParser.Parse(text).Document;

    [Theory]
    [InlineData("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nK'Brơi Thanh", "K'Brơi Thanh")]
    [InlineData("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(Đã ký)\nH’Lan Byă", "H’Lan Byă")]
    [InlineData("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLưu Thị Hồng Hạnh", "Lưu Thị Hồng Hạnh")]
    [InlineData("CHỈ HUY TRƯỞNG\n\nThượng tá Đỗ Xuân Trường", "Đỗ Xuân Trường")]
    [InlineData("CHỦ TỊCH\n\nĐại úy Lê Minh Khoa", "Lê Minh Khoa")]
    public void The_signer_is_read_with_apostrophes_the_family_name_Luu_and_without_a_rank(string signature, string signer) =>
        Assert.Equal(signer, Read("Số: 1/TB-UBND\n\nAn Bình, ngày 05 tháng 6 năm 2026" + Body + "\n" + signature + "\n").SignedBy);

    [Theory]
    [InlineData("CHỦ TỊCH\n\nLưu VT")]
    [InlineData("CHỦ TỊCH\n\nLưu: VT")]
    public void A_filing_line_is_no_signer(string signature) =>
        Assert.Null(Read("Số: 1/TB-UBND\n\nAn Bình, ngày 05 tháng 6 năm 2026" + Body + "\n" + signature + "\n").SignedBy);

    [Theory]
    [InlineData("BIÊN BẢN\nKiểm tra hiện trường công trình kè\n\nHôm nay, vào lúc 8 giờ 30 phút ngày 11 tháng 8 năm 2026, tại hiện trường công trình.", "2026-08-11")]
    [InlineData("BIÊN BẢN CUỘC HỌP\nVề tiến độ giải phóng mặt bằng\n\nHôm nay, vào lúc 14 giờ 00 ngày 23/3/2026, tại Hội trường UBND xã.", "2026-03-23")]
    public void A_record_is_a_bien_ban_dated_by_its_opening(string opening, string meeting)
    {
        var d = Read("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n" + opening + "\n\nI. KẾT LUẬN\n- Đơn vị thi công bổ sung nhân lực trước ngày 15/9/2026.\n");
        Assert.Equal(("bien_ban", meeting), (d.Kind, d.MeetingOn?.ToString("yyyy-MM-dd")));
    }

    [Theory]
    [InlineData("(Báo Tiền Hải) - Ngày 19/9, ông Mai Thế Hùng, Chủ tịch UBND phường Đông Xuyên đã đi kiểm tra thực địa tại 5 điểm ngập.", "Mai Thế Hùng")]
    [InlineData("(BĐT) - Sáng 14/5/2026, đồng chí Lê Văn Tiến, Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ngành đã kiểm tra tiến độ nạo vét kênh.", "Lê Văn Tiến")]
    [InlineData("Sáng 09/6/2026, đồng chí Nguyễn Thị Thanh Hà, Phó Chủ tịch UBND phường dẫn đầu đoàn công tác làm việc với khu phố 5.", "Nguyễn Thị Thanh Hà")]
    public void The_person_who_leads_a_news_visit_chairs_it(string lead, string chair) =>
        Assert.Equal(chair, Read("Tin hoạt động\n\n" + lead + "\n\nTại buổi làm việc, Chủ tịch UBND phường yêu cầu Công an phường tăng cường tuần tra.\n").ChairedBy);

    [Theory]
    [InlineData("1. Đồng chí Lý Quốc Hưng, Phó Chủ tịch UBND phường: chỉ đạo thu dọn vệ sinh đường phố.")]
    [InlineData("1. Đồng chí Võ Quang Nhật (Phó Chủ tịch UBND phường, Trưởng ban): phụ trách chung; chủ trì họp giao ban hằng tuần.")]
    public void A_person_labelling_duties_is_no_chair(string item) =>
        Assert.Null(Read("THÔNG BÁO\nPhân công nhiệm vụ\n\nUBND phường phân công nhiệm vụ như sau:\n\n" + item + "\n").ChairedBy);

    [Theory]
    [InlineData("Qua theo dõi, đến ngày 30/10/2026 còn 05 nhiệm vụ do Chủ tịch UBND phường giao tại các Thông báo kết luận chưa hoàn thành.", null)]
    [InlineData("Ngày 30/10/2026, UBND phường họp giao ban.", "2026-10-30")]
    public void A_cut_off_date_is_no_meeting(string preamble, string? meeting) =>
        Assert.Equal(meeting, Read("Số: 52/VP-TH\nV/v đôn đốc\n\nKính gửi: Các phòng.\n\n" + preamble + " Văn phòng đề nghị:\n\n1. Phòng Kinh tế hoàn thành hồ sơ.\n").MeetingOn?.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("Tuyến kênh được đầu tư từ năm 2008, nay bị bồi lắng.", "2026-05-14")]
    [InlineData("Tuyến kênh được đầu tư năm 2008, nay bị bồi lắng.", "2008-05-14")]
    public void A_year_that_starts_a_span_is_not_the_news_year(string background, string meeting) =>
        Assert.Equal(meeting, Read("Chủ tịch UBND tỉnh kiểm tra kênh\n\n(BĐT) - Sáng 14/5, đồng chí Lê Văn Tiến, Chủ tịch UBND tỉnh đã kiểm tra tiến độ nạo vét kênh.\n\n" + background + " Năm 2026, tỉnh bố trí 12 tỷ đồng.\n\nChủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp hoàn thành trước ngày 30/6.\n").MeetingOn?.ToString("yyyy-MM-dd"));

    [Fact]
    public void A_party_number_under_the_issuer_in_capitals_and_the_party_motto_beside_the_place_are_read()
    {
        var d = Read("| ĐẢNG BỘ THÀNH PHỐ TAM KỲ ĐẢNG ỦY PHƯỜNG AN MỸ * Số 112-KH/ĐU | ĐẢNG CỘNG SẢN VIỆT NAM An Mỹ, ngày 05 tháng 3 năm 2026 |\n\nKẾ HOẠCH\nhọc tập nghị quyết" + Body);
        Assert.Equal(("112", "KH/ĐU", "An Mỹ"), (d.Number, d.Symbol, d.Place));
    }

    [Fact]
    public void A_line_break_in_a_markdown_header_cell_separates_the_number_from_the_subject()
    {
        var d = Read("| UBND TỈNH LÂM THƯỢNG<br>**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n| Số: 2145/SNNMT-TTBVTV<br>V/v triển khai biện pháp phòng trừ rệp sáp | *Bảo Lộc, ngày 03 tháng 8 năm 2026* |\n\n**Kính gửi:** UBND các xã." + Body);
        Assert.Equal(("SNNMT-TTBVTV", "triển khai biện pháp phòng trừ rệp sáp", "Bảo Lộc"), (d.Symbol, d.Subject, d.Place));
    }
}
