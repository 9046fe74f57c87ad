using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

public class DeadlineParserTests
{
    [Theory]
    [InlineData("báo cáo UBND phường trước ngày 30/6/2026.", "2026-06-30")]
    [InlineData("Hoàn thành rà soát, gửi kết quả chậm nhất ngày 08/10/2025.", "2025-10-08")]
    [InlineData("Hoàn thành ngày 15/10/2025.", "2025-10-15")]
    [InlineData("gửi Văn phòng xong trước 30-9-2026", "2026-09-30")]
    [InlineData("báo cáo kết quả trước ngày 15 tháng 10 năm 2026", "2026-10-15")]
    [InlineData("phấn đấu hoàn thành và bàn giao công trình theo cam kết trong tháng 7/2026", "2026-07-31")]
    [InlineData("bảo đảm hoàn thành trước tháng 10/2026", "2026-09-30")]
    [InlineData("Tổ chức kiểm tra các cơ sở trong quý III/2026.", "2026-09-30")]
    [InlineData("hoàn thành trong quý 4 năm 2026", "2026-12-31")]
    [InlineData("báo cáo Chủ tịch UBND phường trước 17h00 ngày 20/6/2026", "2026-06-20")]
    [InlineData("báo cáo chậm nhất ngày 25/3", "2026-03-25")]
    [InlineData("Thời hạn hoàn thành: 31/12/2026", "2026-12-31")]
    [InlineData("hoàn thành chậm nhất là ngày 5.7.2026", "2026-07-05")]
    [InlineData("trình trước 16 giờ 30 ngày 02/11/2026", "2026-11-02")]
    [InlineData("sơn sửa lại phòng học trước ngày khai giảng năm học mới (05/9)", "2026-09-05")]
    [InlineData("hoàn tất việc cấp quà chậm nhất trước Tết Nguyên đán (ngày 16/02/2026).", "2026-02-16")]
    [InlineData("Nhiệm vụ rà soát hồ sơ (giao tại Kế hoạch số 12/KH-UBND, hạn 30/6/2026): đã quá hạn, đề nghị hoàn thành trước ngày 20/8/2026.", "2026-08-20")]
    [InlineData("Nhiệm vụ sửa chữa trạm bơm: Chủ tịch UBND xã đồng ý gia hạn đến hết ngày 31/10/2026.", "2026-10-31")]
    [InlineData("Nhiệm vụ số hóa hồ sơ hộ tịch (hạn cũ 15/7/2026): hạn mới là ngày 05/11/2026.", "2026-11-05")]
    // Session 20: an event named with a school year, a bracketed old due date, an extension of "thời gian hoàn thành".
    [InlineData("Hoàn thành, bàn giao khối phòng học trước ngày khai giảng năm học 2026 - 2027 (05/9/2026).", "2026-09-05")]
    [InlineData("việc chi trả trợ cấp qua tài khoản (hạn 30/9/2026) mới đạt 72%. Đề nghị hoàn thành dứt điểm trước ngày 10/11/2026.", "2026-11-10")]
    [InlineData("công trình chậm tiến độ do thiếu nhân lực. Gia hạn thời gian hoàn thành đến hết ngày 15/12/2026; báo cáo hằng tuần.", "2026-12-15")]
    [InlineData("Đồng ý gia hạn thời gian thực hiện đến ngày 20/11/2026.", "2026-11-20")]
    public void A_cued_date_is_the_deadline(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    [Theory]
    [InlineData("Thực hiện Công văn số 595-CV/QU ngày 15/4/2022 của Quận ủy")]
    [InlineData("kiểm soát thể thức văn bản theo Nghị định 30/2020/NĐ-CP của Chính phủ")]
    [InlineData("tổng hợp đơn thư đã tiếp nhận từ ngày 01/7/2025 đến ngày 31/5/2026")]
    [InlineData("kỷ niệm 68 năm ngày chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2022)")]
    [InlineData("Chuẩn bị tốt năm học 2026 - 2027")]
    [InlineData("bảo đảm an ninh trật tự trong dịp nghỉ Lễ 30/4, 01/5")]
    [InlineData("gửi xin ý kiến chậm nhất trước 03 ngày trước khi tổ chức")]
    [InlineData("Hoàn thiện hồ sơ các cuộc kiểm tra, giám sát trong tháng 4 theo kế hoạch")]
    [InlineData("Phấn đấu nâng cao Chỉ số cải cách hành chính của phường trong năm 2026.")]
    [InlineData("trước ngày lễ 30/4 tổ chức tổng vệ sinh")]
    [InlineData("ban hành quy trình và thực hiện từ tháng 10/2025")]
    [InlineData("giảm tỷ lệ hồ sơ trễ hạn, giải quyết trước hạn và đúng hạn")]
    public void A_date_that_is_not_a_deadline_stays_out(string text) =>
        Assert.Null(DeadlineParser.Find(text, 2026));

    [Theory]
    [InlineData("Trước ngày 05/6/2026", "2026-06-05")]
    [InlineData("Tháng 6/2026", "2026-06-30")]
    [InlineData("Quý III/2026", "2026-09-30")]
    [InlineData("30/6", "2026-06-30")]
    [InlineData("Trước tháng 7/2026", "2026-06-30")]
    public void A_table_cell_reads_bare_dates_and_periods(string cell, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.FromCell(cell, 2026));

    [Theory]
    [InlineData("gửi các thôn trong vòng 07 ngày kể từ ngày ký Kế hoạch này", "2026-06-12")]
    [InlineData("trình ký ban hành trong vòng 20 ngày kể từ ngày ký thông báo này", "2026-06-25")]
    [InlineData("hoàn thành trong thời hạn 15 ngày", "2026-06-20")]
    [InlineData("báo cáo kết quả về UBND tỉnh không quá 02 tháng kể từ ngày ký văn bản này", "2026-08-05")]
    [InlineData("trả lời công dân trong vòng 10 ngày làm việc kể từ ngày ký", "2026-06-19")] // weekends skipped
    [InlineData("có văn bản đề xuất trong 05 ngày kể từ ngày ban hành", "2026-06-10")]
    public void A_relative_deadline_counts_from_the_signing_date(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Match(text, 2026, new DateOnly(2026, 6, 5))?.Date);

    [Theory]
    [InlineData("gửi các thôn trong vòng 07 ngày kể từ ngày ký Kế hoạch này")]
    [InlineData("hoàn thành trong thời hạn 15 ngày")]
    public void A_relative_deadline_is_blank_when_the_signing_day_is_blank(string text) =>
        Assert.Null(DeadlineParser.Match(text, 2026, signedOn: null));

    [Theory]
    [InlineData("đăng tải dự thảo để lấy ý kiến trong thời gian 30 ngày")] // a duration, not counted from the signing
    [InlineData("sau 15 ngày tiếp nhận hồ sơ")]
    [InlineData("hồ sơ tồn đọng trên 30 ngày")]
    // Session 20: counted from an event the notice cannot date (receipt, a request), not from the signing.
    [InlineData("hẹn lại thời gian trả kết quả trong vòng 03 ngày làm việc kể từ ngày nhận được văn bản này")]
    [InlineData("xác thực thông tin cư trú trong vòng 02 ngày làm việc khi nhà trường đề nghị")]
    [InlineData("có mặt trong vòng 24 giờ kể từ khi nhận được yêu cầu")]
    public void A_duration_without_a_start_is_not_a_deadline(string text) =>
        Assert.Null(DeadlineParser.Match(text, 2026, new DateOnly(2026, 6, 5)));

    [Theory]
    [InlineData("Chỉ đạo tiêm phòng theo đúng quy trình trong Tháng 9 - 10/2024.", "2024-10-31")]
    [InlineData("tổ chức các hoạt động hè cho thiếu nhi trong Tháng 7 - 8/2026.", "2026-08-31")]
    [InlineData("Thời gian thực hiện: từ ngày 01/6 đến ngày 30/6/2026.", "2026-06-30")]
    [InlineData("Thời gian: từ 15/7/2026 - 15/8/2026", "2026-08-15")]
    [InlineData("hoàn thành trong quý II - III/2026", "2026-09-30")]
    public void A_range_takes_its_end(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    [Theory]
    [InlineData("khám sàng lọc cho người cao tuổi trong tháng 3.", 2026, "2026-03-31")]
    [InlineData("hoàn thành ngay trong ngày 16/3", 2020, "2020-03-16")]
    [InlineData("gửi về Văn phòng trước ngày 30/7", 2025, "2025-07-30")]
    public void A_date_without_a_year_takes_the_notice_s_year(string text, int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, year));

    [Fact]
    public void The_named_groups_give_the_words_the_deadline_was_read_from()
    {
        const string text = "Rà soát danh sách hộ nghèo, hoàn thành trước ngày 24/6/2026.";
        var m = DeadlineParser.Match(text, 2026, null)!.Value;
        Assert.Equal("hoàn thành trước ngày 24/6/2026", text[m.Start..m.End]);
    }

    [Fact]
    public void A_notice_dated_in_its_header_counts_relative_deadlines_from_that_day()
    {
        var notice = NoticeParser.Parse("Số: 5/TB-UBND\n\nAn Bình, ngày 10 tháng 6 năm 2024\n\nTHÔNG BÁO\n\n1. Công an phường\n\n- Rà soát camera an ninh trong vòng 10 ngày kể từ ngày ký.\n");
        Assert.Equal(new DateOnly(2024, 6, 20), Assert.Single(notice.Tasks).Deadline);
    }

    [Fact]
    public void The_earliest_of_several_deadlines_is_kept() =>
        Assert.Equal(new DateOnly(2026, 6, 10), DeadlineParser.Find("xây dựng kế hoạch trước ngày 10/6/2026; tổ chức thực hiện trước ngày 30/6/2026", 2026));

    [Fact]
    public void A_date_without_a_year_and_no_document_year_is_left_blank() =>
        Assert.Null(DeadlineParser.Find("báo cáo trước ngày 30/6", null));
}
