using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Deadline wordings missed on unseen notices (issue 9, session 27), by kind, from fresh8's misses: a weekday whose date
/// stands in brackets after the cue and the hour. Every row is a wording written here, seen failing on main 1d4b118 first.
/// </summary>
public class DeadlineRecallKindsTests
{
    [Theory]
    [InlineData("Gửi danh sách cử tri về Văn phòng trước 16h00 thứ Tư (25/11).", 2026, "2026-11-25")]
    [InlineData("Hoàn thiện hồ sơ kiểm đếm, niêm yết công khai trước 17h00 thứ Sáu (27/11/2026).", 2026, "2026-11-27")]
    [InlineData("Nộp báo cáo tuần trước 11h30 Chủ nhật (ngày 13/12).", 2026, "2026-12-13")]
    [InlineData("Xong trước 9 giờ sáng thứ Bảy ( 12/12 ), bàn giao cho Ban Chỉ huy.", 2026, "2026-12-12")]
    public void A_weekday_with_its_date_in_brackets_is_the_deadline(string text, int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, year));

    [Theory]
    [InlineData("Họp giao ban vào thứ Hai (30/11) tại hội trường.", 2026)] // no cue: a meeting's day, no deadline
    public void A_bracketed_weekday_date_without_a_cue_is_no_deadline(string text, int year) =>
        Assert.Null(DeadlineParser.Find(text, year));
}
