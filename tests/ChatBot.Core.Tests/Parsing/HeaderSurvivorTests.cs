using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Mutation survivors of <c>MetadataReader</c> (session 28, mut17): one row for each entry of the header tables (issuing
/// bodies, titles, symbols, signed marks, role words, mottos, meeting words, weekdays, office fields …) and for the
/// conditions of the header, dateline, meeting, chair and signer readers. Invented units, places, names and dates.
/// </summary>
public class HeaderSurvivorTests
{
    private const string Dateline = "Tân Phú, ngày 05 tháng 6 năm 2026";
    private const string Task = "\n\n1. Công an xã tăng cường tuần tra.\n";

    private static NoticeMetadata Read(string text) => NoticeParser.Parse(text).Document;

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ")]
    [InlineData("UBND XÃ TÂN PHÚ")]
    [InlineData("ĐẢNG ỦY XÃ TÂN PHÚ")]
    [InlineData("HỘI ĐỒNG NHÂN DÂN XÃ TÂN PHÚ")]
    [InlineData("HĐND XÃ TÂN PHÚ")]
    public void The_issuing_body_in_the_header_gives_the_level_of_the_units_it_names(string issuer)
    {
        var notice = NoticeParser.Parse(issuer + "\nSố: 15/TB-VP\n\n" + Dateline + "\n\nTHÔNG BÁO\n\n1. Giao CA tăng cường tuần tra.\n");
        Assert.Equal("Công an xã", Assert.Single(notice.Tasks).Unit);
    }

    [Theory]
    [InlineData("THÔNG BÁO", "thong_bao")]
    [InlineData("CÔNG VĂN", "cong_van")]
    [InlineData("CHỈ THỊ", "chi_thi")]
    [InlineData("BÁO CÁO", "bao_cao")]
    [InlineData("NGHỊ QUYẾT", "nghi_quyet")]
    [InlineData("CHƯƠNG TRÌNH", "chuong_trinh")]
    [InlineData("HƯỚNG DẪN", "huong_dan")]
    [InlineData("GIẤY MỜI", "giay_moi")]
    [InlineData("TỜ TRÌNH", "to_trinh")]
    [InlineData("PHIẾU GIAO NHIỆM VỤ", "phieu_giao_viec")]
    public void The_title_gives_the_kind_when_the_symbol_does_not(string title, string kind) =>
        Assert.Equal(kind, Read("Số: 15/UBND-VP\n\n" + Dateline + "\n\n" + title + "\nVề việc phòng chống bão số 3\n\n1. Công an xã\n\n- Tăng cường tuần tra.\n").Kind);

    [Theory]
    [InlineData("TB-UBND", "thong_bao")]
    [InlineData("KH-UBND", "ke_hoach")]
    [InlineData("QĐ-UBND", "quyet_dinh")]
    [InlineData("CT-UBND", "chi_thi")]
    [InlineData("BC-UBND", "bao_cao")]
    [InlineData("NQ-HĐND", "nghi_quyet")]
    [InlineData("CTr-UBND", "chuong_trinh")]
    [InlineData("CV-UBND", "cong_van")]
    [InlineData("CĐ-UBND", "cong_dien")]
    [InlineData("HD-UBND", "huong_dan")]
    [InlineData("GM-UBND", "giay_moi")]
    [InlineData("BB-UBND", "bien_ban")]
    public void Without_a_title_the_symbol_gives_the_kind(string symbol, string kind) =>
        Assert.Equal(kind, Read("Số: 15/" + symbol + "\n\n" + Dateline + Task).Kind);

    [Theory]
    [InlineData("(Đã ký)")]
    [InlineData("Đã ký")]
    [InlineData("(Đã ký và đóng dấu)")]
    [InlineData("(Ký tên, đóng dấu)")]
    [InlineData("(Ký, ghi rõ họ tên)")]
    [InlineData("(Ký và ghi rõ họ tên)")]
    [InlineData("[Đã ký]")]
    [InlineData("(Chữ ký số)")]
    [InlineData("(Ký số)")]
    [InlineData("Đã ký số")]
    [InlineData("(Ký)")]
    public void A_signed_mark_between_the_head_of_a_board_and_the_name_is_passed(string mark) =>
        Assert.Equal("Đinh Công Tráng", Read("Số: 4/TB-BCĐ\n\n" + Dateline + "\n\nTHÔNG BÁO\n\n1. Công an xã\n\n- Tăng cường tuần tra.\n\nTRƯỞNG BAN\n" + mark + "\nĐinh Công Tráng\n").SignedBy);

    [Theory]
    [InlineData("Chủ Tịch")]
    [InlineData("Chánh Thanh Tra")]
    [InlineData("Phó Ban")]
    [InlineData("Bí Thư")]
    [InlineData("Trưởng Ban")]
    [InlineData("Giám Đốc")]
    [InlineData("Văn Phòng Đảng Ủy")]
    [InlineData("Thường Trực Đảng Ủy")]
    [InlineData("Ủy Ban Kiểm Tra")]
    [InlineData("Nơi Nhận")]
    public void A_title_written_in_title_case_under_the_signature_block_is_no_name(string title) =>
        Assert.Equal("Đinh Công Tráng", Read("Số: 4/TB-UBND\n\n" + Dateline + "\n\nTHÔNG BÁO\n\n1. Công an xã\n\n- Tăng cường tuần tra.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n" + title + "\nĐinh Công Tráng\n").SignedBy);

    [Theory]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM " + Dateline)] // the national name and the dateline flattened on one line
    [InlineData("ĐỘC LẬP - TỰ DO - HẠNH PHÚC " + Dateline)]         // the motto in capitals
    [InlineData("ĐỘC LẬP – TỰ DO – HẠNH PHÚC " + Dateline)]
    public void The_motto_and_the_national_name_beside_the_dateline_are_no_place(string line) =>
        Assert.Equal("Tân Phú", Read("Số: 15/TB-UBND\n\n" + line + "\n\nTHÔNG BÁO\n\n1. Công an xã\n\n- Tăng cường tuần tra.\n").Place);

    [Theory]
    [InlineData("Sáng 03/6, Thường trực UBND xã họp với các thôn về công tác phòng chống bão.")]
    [InlineData("Ngày 03/6, UBND xã tiến hành hội nghị sơ kết công tác phòng chống bão.")]
    [InlineData("Ngày 03/6, Thường trực UBND xã làm việc với các thôn về công tác phòng chống bão.")]
    [InlineData("Sáng 03/6, UBND xã giao ban công tác phòng chống bão với các thôn.")]
    [InlineData("Ngày 03/6, đồng chí Phan Văn Tài, Chủ tịch UBND xã chủ trì buổi triển khai công tác phòng chống bão.")]
    [InlineData("Ngày 03/6, Ban Pháp chế HĐND xã giám sát công tác phòng chống bão tại các thôn.")]
    [InlineData("Ngày 03/6, UBND xã tổ chức diễn tập phòng chống bão tại thôn Bản Mới.")]
    [InlineData("Ngày 03/6, Chủ tịch UBND xã kết luận về công tác phòng chống bão tại các thôn.")]
    [InlineData("Sáng 03/6, Đoàn Thanh niên xã ra quân dọn vệ sinh môi trường sau bão.")]
    // "ban hành" after the date is the day a document was issued, unless a word of a meeting held comes first.
    [InlineData("Ngày 03/6, UBND xã tiến hành hội nghị triển khai Quy chế mới ban hành.")]
    [InlineData("Ngày 03/6, Thường trực UBND xã làm việc với các thôn về Quy chế mới ban hành.")]
    [InlineData("Sáng 03/6, UBND xã giao ban về Quy chế mới ban hành.")]
    [InlineData("Ngày 03/6, đồng chí Phan Văn Tài, Chủ tịch UBND xã chủ trì triển khai Quy chế mới ban hành.")]
    [InlineData("Ngày 03/6, Đoàn của xã kiểm tra việc thực hiện Quy chế mới ban hành.")]
    [InlineData("Ngày 03/6, Ban Pháp chế HĐND xã giám sát việc thực hiện Quy chế mới ban hành.")]
    [InlineData("Ngày 03/6, Chủ tịch UBND xã kết luận về việc thực hiện Quy chế mới ban hành.")]
    [InlineData("Sáng 03/6, Đoàn Thanh niên xã ra quân thực hiện Quy chế mới ban hành.")]
    public void A_dated_sentence_naming_a_meeting_held_gives_the_meeting_date(string sentence) =>
        Assert.Equal(new DateOnly(2026, 6, 3), Read("Số: 15/TB-UBND\n\n" + Dateline + "\n\nTHÔNG BÁO\n\n" + sentence + Task).MeetingOn);

    [Theory]
    [InlineData("Thứ Hai")]
    [InlineData("Thứ Ba")]
    [InlineData("Thứ Tư")]
    [InlineData("Thứ Sáu")]
    [InlineData("Thứ Bảy")]
    [InlineData("Thứ 2")]
    [InlineData("Thứ 3")]
    [InlineData("Thứ 4")]
    [InlineData("Thứ 5")]
    [InlineData("Thứ 7")]
    public void A_portal_s_posting_day_is_no_place_and_no_signing_date(string weekday)
    {
        var d = Read(weekday + ", 15/09/2026\n\nTin tức\n\nSáng 14/9, UBND xã tổ chức hội nghị triển khai công tác phòng chống bão." + Task);
        Assert.Equal((null, null), (d.Place, d.IssuedOn));
    }

    [Theory]
    [InlineData("Ngày ký: 14/12/2026", "2026-12-14", null)]
    [InlineData("Loại văn bản: Kế hoạch", null, "ke_hoach")]
    public void An_e_office_export_s_fields_are_read_as_fields(string field, string? issued, string? kind)
    {
        var d = Read("Số ký hiệu: 145/UBND-VP\n" + field + "\nNgười ký: Trần Văn Bình" + Task);
        Assert.Equal((issued, kind), (d.IssuedOn?.ToString("yyyy-MM-dd"), d.Kind));
    }

    [Theory]
    [InlineData("THÔNG BÁO\n\nChiều ngày 03/6/2026, UBND xã tổ chức họp giao ban do đ/c Phan Văn Tài - Chủ tịch UBND xã chủ trì." + Task)]
    [InlineData("BIÊN BẢN\n\nHôm nay, ngày 03/6/2026, tại UBND xã, hội nghị giao ban.\n\nChủ trì: đ/c: Phan Văn Tài, Chủ tịch UBND xã." + Task)]
    [InlineData("THÔNG BÁO\n\nKết luận hội nghị giao ban\n\n1. Công an xã tăng cường tuần tra.\n\n2. Hội nghị do đồng chí Phan Văn Tài - Chủ tịch UBND xã chủ trì.\n")]
    public void The_chair_is_read_after_d_c_and_in_the_body(string text) =>
        Assert.Equal("Phan Văn Tài", Read(text).ChairedBy);

    [Theory]
    [InlineData("Đoàn kiểm tra của UBND xã do ông Hà Văn Quý, Phó Chủ tịch UBND xã dẫn đoàn đã làm việc tại thôn Bản Mới.")]
    [InlineData("Đoàn công tác do đồng chí Hà Văn Quý, Phó Chủ tịch UBND xã dẫn đầu đã làm việc tại thôn Bản Mới.")]
    [InlineData("Kết luận buổi làm việc, đồng chí Hà Văn Quý, Phó Chủ tịch UBND xã đề nghị thôn Bản Mới khắc phục tồn tại.")]
    public void Who_led_the_visit_or_concluded_it_chairs(string sentence) =>
        Assert.Equal("Hà Văn Quý", Read("Tin tức\n\n" + sentence + "\n\nCông an xã tăng cường tuần tra.\n").ChairedBy);
}
