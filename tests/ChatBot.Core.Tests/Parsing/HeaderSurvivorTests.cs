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
    [InlineData("(Đã ký số)")] // mut17: the signer under "TRƯỞNG BAN" was lost
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
    [Theory]
    [InlineData("Đại tướng")]
    [InlineData("Thượng tướng")]
    [InlineData("Trung tướng")]
    [InlineData("Thiếu tướng")]
    [InlineData("Đại tá")]
    [InlineData("Thượng tá")]
    [InlineData("Trung tá")]
    [InlineData("Thiếu tá")]
    [InlineData("Đại úy")]
    [InlineData("Thượng úy")]
    [InlineData("Trung úy")]
    [InlineData("Thiếu úy")]
    public void A_rank_before_the_signer_s_name_is_no_part_of_it(string rank) =>
        Assert.Equal("Đỗ Xuân Trường", Read("Số: 15/TB-CAX\n\n" + Dateline + "\n\nTHÔNG BÁO\n\n1. Công an xã\n\n- Tăng cường tuần tra.\n\nTRƯỞNG CÔNG AN XÃ\n\n" + rank + " Đỗ Xuân Trường\n").SignedBy);

    [Theory]
    [InlineData("Giám đốc Trung tâm Y tế huyện Tân Phong Hoàng Văn Nam")]
    [InlineData("Trưởng Công an xã Tân Phong Hoàng Văn Nam")]
    [InlineData("Chủ tịch UBND thị trấn Tân Phong Hoàng Văn Nam")]
    [InlineData("Chủ tịch UBND quận Tân Phong Hoàng Văn Nam")]
    [InlineData("Chủ tịch UBND huyện Tân Phong Hoàng Văn Nam")]
    [InlineData("Chủ tịch UBND thành phố Tân Phong Hoàng Văn Nam")]
    [InlineData("Chủ tịch UBND tỉnh Tân Phong Hoàng Văn Nam")]
    public void The_holder_named_after_an_office_and_its_place_chairs(string office) =>
        Assert.Equal("Hoàng Văn Nam", Read("THÔNG BÁO\n\nSáng 03/6/2026, " + office + " chủ trì hội nghị giao ban." + Task).ChairedBy);

    // An invitation's first "Thời gian:" is the meeting; a later one (a report due before it) is not.
    [Fact]
    public void The_first_time_line_of_an_invitation_is_the_meeting() =>
        Assert.Equal(new DateOnly(2026, 6, 10), Read("UBND XÃ TÂN PHÚ\nSố: 15/GM-UBND\n\n" + Dateline + "\n\nGIẤY MỜI\nHọp giao ban tháng 6\n\nThời gian: 14 giờ, ngày 10/6/2026\nĐịa điểm: Hội trường UBND xã\nThời gian gửi báo cáo: trước 17 giờ, ngày 08/6/2026\n").MeetingOn);

    // A draft with the day left blank: no meeting or signing date, but the rest of the header is read.
    [Fact]
    public void A_blank_day_in_an_invitation_s_time_line_leaves_the_meeting_blank()
    {
        var d = Read("UBND XÃ TÂN PHÚ\nSố: 15/GM-UBND\n\n" + Dateline + "\n\nGIẤY MỜI\nHọp giao ban tháng 6\n\nThời gian: 14 giờ, ngày    tháng 6 năm 2026\nĐịa điểm: Hội trường UBND xã\n");
        Assert.Equal((null, "Tân Phú"), (d.MeetingOn, d.Place));
    }

    [Fact]
    public void A_blank_day_in_the_dateline_keeps_the_place()
    {
        var d = Read("Số: /TB-UBND\n\nTân Phú, ngày    tháng 6 năm 2026\n\nTHÔNG BÁO\n\n1. Công an xã\n\n- Tăng cường tuần tra.\n");
        Assert.Equal(("Tân Phú", null), (d.Place, d.IssuedOn));
    }

    [Fact]
    public void A_later_line_with_a_date_is_no_second_dateline()
    {
        var d = Read("Số: 15/BB-UBND\n\n" + Dateline + "\n\nBIÊN BẢN\nHọp giao ban\n\n1. Công an xã tăng cường tuần tra.\n\nBiên bản kết thúc lúc 11 giờ, ngày 03 tháng 6 năm 2026.\n");
        Assert.Equal(("Tân Phú", new DateOnly(2026, 6, 5)), (d.Place, d.IssuedOn));
    }

    [Theory]
    [InlineData("_Tân Phú, ngày 05 tháng 6 năm 2026_", "Tân Phú")] // markdown italics by underscores
    [InlineData(", ngày tháng năm 2026", null)]                    // a draft's dateline, the place left blank
    public void The_place_of_a_dateline_in_marks_or_left_blank(string line, string? place) =>
        Assert.Equal(place, Read("Số: 15/TB-UBND\n\n" + line + "\n\nTHÔNG BÁO\n\n1. Công an xã\n\n- Tăng cường tuần tra.\n").Place);

    [Theory]
    [InlineData("Số:\n\n" + Dateline, null)]                                                       // a draft, no number yet
    [InlineData("Số: 15/TB-UBND\n\n" + Dateline + "\n\nTHÔNG BÁO\n\nCăn cứ Kế hoạch số 45/KH-UBND ngày 10/5/2026 của UBND xã;", "TB-UBND")] // a cited number later
    [InlineData("Số ký hiệu: 145/UBND-VP.\nNgày ký: 14/12/2026", "UBND-VP")]                       // an e-office field's full stop
    [InlineData("Số ký hiệu : 145/UBND-VP\nNgày ký : 14/12/2026", "UBND-VP")]                     // a space before the colon
    [InlineData("Tin tức\n\nUBND xã vừa ký ban hành Chỉ thị số 02/CT-UBND. Sau đây là toàn văn Chỉ thị.", "CT-UBND")]
    [InlineData("Tin tức\n\nNgày 03/6, UBND xã ban hành Kế hoạch số 45/KH-UBND về phòng chống bão.", null)] // news of a plan, not its text
    public void The_symbol_is_the_document_s_own(string head, string? symbol) =>
        Assert.Equal(symbol, Read(head + Task).Symbol);

    [Theory]
    [InlineData("V/V tổ chức Ngày hội Đại đoàn kết toàn dân tộc\n\nKính gửi: Các thôn trên địa bàn xã.", "tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "cong_van")]
    [InlineData("V/v tổ chức Ngày hội Đại đoàn kết toàn dân tộc\n\nUBND xã đề nghị:", "tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "cong_van")]
    [InlineData("Kính gửi: Các thôn trên địa bàn xã.\n\nUBND xã đề nghị:", null, "cong_van")]
    public void A_letter_s_subject_and_kind(string preamble, string? subject, string kind)
    {
        var d = Read("Số: 45/UBND-VP\n\n" + Dateline + "\n\n" + preamble + Task);
        Assert.Equal((subject, kind), (d.Subject, d.Kind));
    }

    [Theory]
    [InlineData("THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại hội nghị giao ban")]
    [InlineData("THÔNG BÁO\n\nKết luận của Chủ tịch UBND xã tại hội nghị giao ban")]
    [InlineData("THÔNG BÁO Kết luận của Chủ tịch UBND xã tại hội nghị giao ban")] // on the title's own line
    public void The_subject_is_what_follows_the_title(string title) =>
        Assert.Equal("Kết luận của Chủ tịch UBND xã tại hội nghị giao ban", Read("Số: 15/TB-UBND\n\n" + Dateline + "\n\n" + title + "\n\n1. Công an xã\n\n- Tăng cường tuần tra.\n").Subject);

    [Theory]
    [InlineData("Tin tức\n\nNgày 03/6/2026, mưa lớn kéo dài gây ngập úng nhiều tuyến đường trên địa bàn xã.")] // no meeting word
    [InlineData("Số: 15/TB-UBND\n\n" + Dateline + "\n\nTHÔNG BÁO\n\nUBND xã tổ chức hội nghị triển khai công tác rà soát hộ nghèo, hộ cận nghèo năm 2026 và yêu cầu hoàn thành trước ngày 20/6.")] // a date far into the sentence
    [InlineData("Số: 15/TB-UBND\n\n" + Dateline + "\n\nTHÔNG BÁO\n\nKể từ ngày 01/6, UBND xã tổ chức trực ban phòng chống bão 24/24 giờ.")] // since when, not a meeting
    public void A_date_that_is_no_meeting_s_day(string text) =>
        Assert.Null(Read(text + Task).MeetingOn);

    [Theory]
    // The e-office date's year, not the year of a field above it.
    [InlineData("Trích yếu: Tổng kết công tác năm 2026\nSố ký hiệu: 145/TB-UBND\nNgày văn bản: 05/01/2027\n\nSáng 03/01, UBND xã tổ chức hội nghị tổng kết công tác năm." + Task, "2027-01-03", null)]
    // A draft's dateline with a blank day still gives the year; a meeting in the year before does not.
    [InlineData("Số: /TB-UBND\n\nTân Phú, ngày    tháng 01 năm 2026\n\nTHÔNG BÁO\n\nNgày 30/12/2025, UBND xã tổ chức hội nghị tổng kết.\n\n1. Công an xã hoàn thành báo cáo trước ngày 15/01.\n", "2025-12-30", "2026-01-15")]
    // No dateline: the meeting's year, not the year in the title.
    [InlineData("THÔNG BÁO KẾT LUẬN HỘI NGHỊ TỔNG KẾT NĂM 2025\n\nNgày 05/01/2026, UBND xã tổ chức hội nghị tổng kết.\n\n1. Công an xã hoàn thành báo cáo trước ngày 20/01.\n", "2026-01-05", "2026-01-20")]
    public void Dates_without_a_year_take_the_year_of_the_header(string text, string meeting, string? deadline)
    {
        var notice = NoticeParser.Parse(text);
        Assert.Equal(meeting, notice.Document.MeetingOn?.ToString("yyyy-MM-dd"));
        if (deadline is not null) Assert.Equal(deadline, notice.Tasks[0].Deadline?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void An_hour_in_minutes_before_the_dateline_of_a_dispatch_is_no_place() =>
        Assert.Null(Read("UBND XÃ TÂN PHÚ\nSố: 07/CĐ-UBND hồi 15h30p, ngày 21 tháng 10 năm 2026\n\nCÔNG ĐIỆN\nVề việc sơ tán dân" + Task).Place);
    [Theory]
    // A year that says since when ("từ năm 2019", "từ 2019") gives way to the next year written.
    [InlineData("Chợ Tân Phú được xây dựng từ năm 2019 nay đã xuống cấp.")]
    [InlineData("Chợ Tân Phú hoạt động từ 2019 nay đã xuống cấp.")]
    public void A_year_since_when_is_not_the_notice_s_year(string sentence) =>
        Assert.Equal(new DateOnly(2026, 9, 14), Read("Tin tức\n\n" + sentence + "\n\nSáng 14/9, UBND xã tổ chức kiểm tra hiện trạng chợ, dự kiến sửa chữa trong năm 2026." + Task).MeetingOn);

    [Theory]
    [InlineData("Đ/c Lý Quốc Hưng, Phó Chủ tịch UBND xã: chỉ đạo Công an xã tăng cường tuần tra.")]
    [InlineData("Ông Lý Quốc Hưng, Phó Chủ tịch UBND xã: chỉ đạo Công an xã tăng cường tuần tra.")]
    [InlineData("Bà Lý Thị Hoa, Phó Chủ tịch UBND xã: chỉ đạo Công an xã tăng cường tuần tra.")]
    public void A_person_labelling_duties_is_no_chair(string line) =>
        Assert.Null(Read("THÔNG BÁO\n\nKết luận giao ban\n\n" + line + "\n").ChairedBy);

    [Theory]
    [InlineData("(Báo Tân Phú) - Ngày 19/9, ông Mai Thế Hùng - Chủ tịch UBND xã đã kiểm tra công tác phòng chống bão tại thôn Bản Mới.")]
    [InlineData("(Báo Tân Phú) - Ngày 19/9, ông Mai Thế Hùng – Chủ tịch UBND xã đã kiểm tra công tác phòng chống bão tại thôn Bản Mới.")]
    public void The_person_opening_a_dated_news_lead_chairs(string lead) =>
        Assert.Equal("Mai Thế Hùng", Read("Tin tức\n\n" + lead + "\n\nCông an xã tăng cường tuần tra.\n").ChairedBy);

    [Theory]
    [InlineData("BIÊN BẢN\n\nHôm nay, ngày 03/6/2026, tại UBND xã, hội nghị giao ban.\n\nChủ trì: đồng chí Phan Văn Tài")] // the name ends the text
    [InlineData("THÔNG BÁO\n\nChiều ngày 03/6/2026, UBND xã họp giao ban do đồng chí Phan Văn Tài – Chủ tịch UBND xã chủ trì.")]
    [InlineData("THÔNG BÁO\n\nChiều ngày 03/6/2026, UBND xã họp giao ban do đồng chí Phan Văn Tài (Chủ tịch UBND xã) chủ trì.")]
    [InlineData("BIÊN BẢN\n\nHôm nay, ngày 03/6/2026, tại UBND xã, hội nghị giao ban. Chủ trì hội nghị: đồng chí Phan Văn Tài. Thư ký: bà Lê Thị Hoa.")]
    [InlineData("THÔNG BÁO\n\nChiều ngày 03/6/2026, UBND xã họp giao ban do đồng chí Phan Văn Tài chủ trì.")]
    public void The_chair_s_name_ends_at_a_dash_a_bracket_a_full_stop_or_chu_tri(string text) =>
        Assert.Equal("Phan Văn Tài", Read(text + Task).ChairedBy);

    [Theory]
    [InlineData("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phong Hoàng Văn Nam", "Hoàng Văn Nam")] // the office far before the place
    [InlineData("Chủ tịch UBND xã Tân Phong Hoàng Nam", "Hoàng Nam")]                                    // a name of two syllables
    public void The_holder_after_a_long_office_or_with_a_short_name_chairs(string office, string chair) =>
        Assert.Equal(chair, Read("THÔNG BÁO\n\nSáng 03/6/2026, " + office + " chủ trì hội nghị giao ban." + Task).ChairedBy);

    [Fact]
    public void An_impossible_day_in_the_dateline_leaves_the_date_blank_and_keeps_the_place()
    {
        var d = Read("Số: 15/TB-UBND\n\nTân Phú, ngày 31 tháng 6 năm 2026\n\nTHÔNG BÁO\n\n1. Công an xã\n\n- Tăng cường tuần tra.\n");
        Assert.Equal(("Tân Phú", null), (d.Place, d.IssuedOn));
    }
    private const string Signed = "Số: 4/TB-BCĐ\n\n" + Dateline + "\n\nTHÔNG BÁO\n\n1. Công an xã\n\n- Tăng cường tuần tra.\n\n";

    [Theory]
    [InlineData("TRƯỞNG BAN\nChủ tịch UBND xã Tân Phú\nĐinh Công Tráng", "Đinh Công Tráng")] // the head's other office under the block
    [InlineData("TRƯỞNG BAN\nĐã ký.\nĐinh Công Tráng", "Đinh Công Tráng")]                    // a signed mark with a full stop
    // Two columns flattened onto one line, the name alone under it.
    [InlineData("| Nơi nhận: - Như trên; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH |\n\nVũ Đình Khang", "Vũ Đình Khang")]
    // The name printed at the end of the flattened block, after each kind of signature mark.
    [InlineData("| Nơi nhận: - Như trên; - Lưu: VT. | CHỦ TỊCH Hà Văn Lộc |", "Hà Văn Lộc")]
    [InlineData("| Nơi nhận: - Như trên; - Lưu: VT. | BÍ THƯ Hà Văn Lộc |", "Hà Văn Lộc")]
    [InlineData("| Nơi nhận: - Như trên; - Lưu: VT. | TM. BAN CHẤP HÀNH Hà Văn Lộc |", "Hà Văn Lộc")]
    [InlineData("| Nơi nhận: - Như trên; - Lưu: VT. | KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN Hà Văn Lộc |", "Hà Văn Lộc")]
    [InlineData("| Nơi nhận: - Như trên; - Lưu: VT. | TL. TRƯỞNG BAN TRƯỞNG PHÒNG Hà Văn Lộc |", "Hà Văn Lộc")]
    [InlineData("| Nơi nhận: - Như trên; - Lưu: VT. | GIÁM ĐỐC Hà Văn Lộc |", "Hà Văn Lộc")]
    public void The_signer_under_or_beside_the_signature_block(string signature, string signer) =>
        Assert.Equal(signer, Read(Signed + signature + "\n").SignedBy);
}
