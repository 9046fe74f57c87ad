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

    [Fact]
    public void The_earliest_of_several_deadlines_is_kept() =>
        Assert.Equal(new DateOnly(2026, 6, 10), DeadlineParser.Find("xây dựng kế hoạch trước ngày 10/6/2026; tổ chức thực hiện trước ngày 30/6/2026", 2026));

    [Fact]
    public void A_date_without_a_year_and_no_document_year_is_left_blank() =>
        Assert.Null(DeadlineParser.Find("báo cáo trước ngày 30/6", null));
}
