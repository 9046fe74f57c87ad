using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 26 (issue 9, the header kinds of fresh6's misses): an e-office export's field lines, a full text posted under
/// an intro that names its number, a portal's weekday-and-date line (no place), and a signer closing a one-line signature
/// block after em dashes. Every notice is invented for the test.
/// </summary>
public class HeaderFieldKindsTests
{
    private const string Body = "\n\n1. Giao Phòng Kinh tế rà soát các công trình xây dựng không phép, báo cáo trước ngày 20/12/2026.\n";

    [Theory]
    [InlineData("HỆ THỐNG QUẢN LÝ VĂN BẢN - VĂN BẢN ĐẾN\nSố đến: 1022 | Ngày đến: 08/12/2026\nSố ký hiệu: 88/TB-UBND\nNgày văn bản: 07/12/2026\nLoại văn bản: Thông báo\nNgười ký: Trịnh Văn Quang\nHạn xử lý: 15/12/2026\n\n----- Nội dung -----\nChủ tịch UBND phường kết luận như sau:",
        "thong_bao", "TB-UBND", "88", "2026-12-07", "Trịnh Văn Quang")]
    [InlineData("Chi tiết văn bản\nLoại văn bản: Kế hoạch\nSố ký hiệu: 214/KH-UBND\nNgày ban hành: 03/12/2026\nNgười ký: Đoàn Thị Mai Hoa\n\nUBND phường ban hành kế hoạch như sau:",
        "ke_hoach", "KH-UBND", "214", "2026-12-03", "Đoàn Thị Mai Hoa")]
    public void An_e_office_exports_fields_are_the_documents_fields(string head, string kind, string symbol, string number, string issued, string signer)
    {
        var m = NoticeParser.Parse(head + Body).Document;
        Assert.Equal((kind, symbol, number, DateOnly.Parse(issued), signer), (m.Kind, m.Symbol, m.Number, m.IssuedOn, m.SignedBy));
    }

    [Theory]
    [InlineData("CHỈ THỊ Về việc bảo đảm an toàn dịp Tết\nThứ hai - 06/01/2026 09:10\nNgày 06/01/2026, Chủ tịch UBND huyện Hòa Vang vừa ký ban hành Chỉ thị số 05/CT-UBND về việc bảo đảm an toàn dịp Tết. Sau đây là toàn văn Chỉ thị.\n\nĐể bảo đảm an toàn, UBND huyện yêu cầu các phòng, ban thực hiện các nội dung sau:",
        "05", "CT-UBND")]
    [InlineData("KẾ HOẠCH tổ chức Ngày hội Đại đoàn kết\nUBND phường đã ban hành Kế hoạch số 131/KH-UBND ngày 02/11/2026. Dưới đây là toàn văn Kế hoạch.\n\nUBND phường đề nghị các đơn vị thực hiện các nội dung sau:",
        "131", "KH-UBND")]
    public void A_full_text_posted_under_an_intro_takes_the_number_the_intro_names(string head, string number, string symbol)
    {
        var m = NoticeParser.Parse(head + Body).Document;
        Assert.Equal((number, symbol), (m.Number, m.Symbol));
    }

    [Fact]
    public void A_cited_document_in_a_preamble_gives_no_number()
    {
        var m = NoticeParser.Parse("KẾ HOẠCH\nThực hiện Chỉ thị số 31/CT-UBND ngày 27/12/2025 của UBND tỉnh, UBND phường ban hành kế hoạch như sau:" + Body).Document;
        Assert.Null(m.Symbol);
    }

    [Theory]
    [InlineData("THÔNG BÁO KHẨN về mưa lớn\nThứ Năm, 17/09/2026\nKính gửi: Toàn thể Nhân dân phường")]
    [InlineData("THÔNG BÁO về lịch cắt điện\nChủ nhật, 04/10/2026\nUBND phường thông báo như sau:")]
    [InlineData("THÔNG BÁO về lịch tiêm chủng\nThứ 6, ngày 09 tháng 10 năm 2026\nUBND phường thông báo như sau:")]
    public void A_weekday_before_the_date_is_no_place(string head)
    {
        var m = NoticeParser.Parse(head + Body).Document;
        Assert.Equal((null as string, null as DateOnly?), (m.Place, m.IssuedOn));
    }

    [Theory]
    [InlineData("TL. CHỦ TỊCH — CHÁNH VĂN PHÒNG — **Nguyễn Hữu Phước**", "Nguyễn Hữu Phước")]
    [InlineData("KT. CHỦ TỊCH – PHÓ CHỦ TỊCH – Lê Thị Ngọc Bích", "Lê Thị Ngọc Bích")]
    public void A_signer_after_title_lines_joined_by_dashes(string signature, string signer)
    {
        var m = NoticeParser.Parse("Số: 12/TB-UBND\nTân An, ngày 14 tháng 9 năm 2026\n\nTHÔNG BÁO\n\nChủ tịch UBND phường kết luận:" + Body + "\nVăn phòng thông báo để các đơn vị biết, thực hiện./.\n\n" + signature + "\n").Document;
        Assert.Equal(signer, m.SignedBy);
    }
    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN\nSố: 09/CĐ-UBND hồi 20h15', ngày 03 tháng 11 năm 2026\n\nCÔNG ĐIỆN\nVề việc ứng phó mưa lũ", "2026-11-03")]
    [InlineData("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\nSố: 11/CĐ-UBND hồi 7 giờ 30, ngày 05 tháng 11 năm 2026\n\nCÔNG ĐIỆN\nVề việc sơ tán dân", "2026-11-05")]
    public void An_hour_before_the_date_on_the_number_line_is_no_place(string head, string issued)
    {
        var m = NoticeParser.Parse(head + Body).Document;
        Assert.Equal((null as string, DateOnly.Parse(issued) as DateOnly?), (m.Place, m.IssuedOn));
    }

    [Theory]
    [InlineData("BIÊN BẢN HỌP\nVề việc phân công tổ chức Hội chợ Xuân\nThời gian: 14 giờ 00, ngày 03/12/2026\nĐịa điểm: Hội trường UBND phường\nChủ trì: bà Vũ Thị Thanh Nga, Phó Chủ tịch UBND phường", "2026-12-03")]
    [InlineData("GIẤY MỜI\nSố: 45/GM-UBND\nThời gian: 08 giờ 30, ngày 19 tháng 3 năm 2027\nĐịa điểm: Phòng họp tầng 2", "2027-03-19")]
    public void The_time_line_of_minutes_or_an_invitation_is_the_meeting_not_the_signing(string head, string meeting)
    {
        var m = NoticeParser.Parse(head + Body).Document;
        Assert.Equal((null as string, null as DateOnly?, DateOnly.Parse(meeting) as DateOnly?), (m.Place, m.IssuedOn, m.MeetingOn));
    }
    [Fact]
    public void A_chat_post_names_the_meeting_it_reports_by_today_and_a_date()
    {
        var m = NoticeParser.Parse("[Nhóm Zalo] LÃNH ĐẠO - CÁC PHÒNG UBND PHƯỜNG\n\nNguyễn Văn Bình (VP): TB ý kiến chỉ đạo của đ/c CT UBND P. tại cuộc họp sáng nay 09/12 ạ, các đ/c nắm và triển khai\n\n- VP: tổng hợp báo cáo KT-XH năm 2026, gửi CT trước 16h thứ Sáu 18/12.\n").Document;
        Assert.Equal(new DateOnly(2026, 12, 9), m.MeetingOn);
    }
    [Theory]
    [InlineData("**CTTĐT** - Ngày 14/4, Ban Thường vụ Đảng ủy phường Tân Mai đã ban hành Chỉ thị số 04 về tăng cường sự lãnh đạo của các chi bộ, tổ chức đảng đối với công tác dân vận.")]
    [InlineData("(Cổng TTĐT) - Sáng 03/11, UBND phường Hòa Khánh ban hành Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026.")]
    public void A_day_a_document_was_issued_is_no_meeting(string lead)
    {
        var m = NoticeParser.Parse(lead + "\n\nNội dung như sau:\n" + Body).Document;
        Assert.Null(m.MeetingOn);
    }

    [Fact]
    public void A_meeting_that_then_issues_a_document_keeps_its_day() =>
        Assert.Equal(new DateOnly(2026, 11, 3), NoticeParser.Parse("(Cổng TTĐT) - Sáng 03/11/2026, UBND phường họp thường kỳ và ban hành Kế hoạch tổ chức Ngày hội.\n\nChủ tịch UBND phường kết luận:\n" + Body).Document.MeetingOn);
    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN **PHƯỜNG TÂN MAI** | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n---|---\nSố: 118/UBND-KT | *Tân Mai, ngày 02 tháng 6 năm 2026*\nV/v rà soát hệ thống thoát nước trước mùa mưa |\n\n**Kính gửi:** Các phòng, đơn vị thuộc UBND phường.", "rà soát hệ thống thoát nước trước mùa mưa")]
    [InlineData("| UBND XÃ AN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 77/UBND-VP | *An Phú, ngày 10 tháng 8 năm 2026* |\nV/v chuẩn bị Tết Trung thu năm 2026 |\n\nKính gửi: Các đoàn thể xã.", "chuẩn bị Tết Trung thu năm 2026")]
    public void A_subject_line_closed_by_a_table_border_keeps_no_border(string head, string subject) =>
        Assert.Equal(subject, NoticeParser.Parse(head + Body).Document.Subject);
}
