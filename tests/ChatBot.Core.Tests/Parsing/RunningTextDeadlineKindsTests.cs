using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 26 (issue 9, the deadline kinds of fresh6's misses): hours written with an apostrophe for the minutes, an event
/// the task dates itself before counting from it, a count after an event the notice cannot date, and "mỗi ngày 02 buổi".
/// Every row is a wording written for this test.
/// </summary>
public class RunningTextDeadlineKindsTests
{
    [Theory]
    [InlineData("thực hiện di dân khỏi vùng nguy hiểm, hoàn thành trước 20h00' ngày 17/10/2024.", "2024-10-17")]
    [InlineData("tiếp tục rà soát; báo cáo UBND huyện qua Phòng Nông nghiệp trước 14h30’ ngày 05/11", "2026-11-05")]
    [InlineData("gửi danh sách hộ cần hỗ trợ về Văn phòng chậm nhất 16h00' ngày 20/6/2026", "2026-06-20")]
    public void A_clock_with_minutes_marked_by_an_apostrophe_before_the_day(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    [Theory]
    // the meeting the notice concludes was on 05/3/2027; the task names its own event's day before counting from it
    [InlineData("chuẩn bị nội dung kỳ họp chuyên đề của HĐND phường (dự kiến ngày 26/3/2027); gửi tài liệu đến đại biểu chậm nhất 05 ngày trước ngày khai mạc kỳ họp.", "2027-03-21")]
    [InlineData("chuẩn bị Hội nghị sơ kết (ngày 18/3); gửi báo cáo tham luận chậm nhất 03 ngày trước ngày tổ chức hội nghị", "2027-03-15")]
    [InlineData("tham mưu tổ chức Hội nghị đối thoại vào ngày 20/4/2027, gửi giấy mời chậm nhất 07 ngày trước ngày tổ chức hội nghị", "2027-04-13")]
    public void A_count_from_an_event_the_task_dates_itself(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Match(text, 2027, new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 5))?.Date);

    [Theory]
    [InlineData("Thống kê thiệt hại, đề xuất hỗ trợ khắc phục hậu quả trong vòng 03 ngày sau khi thiên tai kết thúc")]
    [InlineData("Trong vòng 05 ngày sau khi nước rút, tổ chức phun khử khuẩn khu vực ngập")]
    public void A_count_after_an_undated_event_is_no_deadline(string text) =>
        Assert.Null(DeadlineParser.Match(text, 2026, new DateOnly(2026, 5, 5)));

    [Fact]
    public void A_count_after_signing_still_counts_from_the_signing_day() =>
        Assert.Equal(new DateOnly(2026, 5, 15), DeadlineParser.Match("hoàn thành trong vòng 10 ngày sau khi ký văn bản này", 2026, new DateOnly(2026, 5, 5))?.Date);

    [Theory]
    [InlineData("phát thanh thông điệp an toàn thực phẩm trên hệ thống loa của các khu phố, mỗi ngày 02 buổi.", Recurrence.Periodic)]
    [InlineData("duy trì lớp học bơi cho trẻ em mỗi tuần 03 buổi", Recurrence.Weekly)]
    [InlineData("ra quân tổng vệ sinh các tuyến phố mỗi tháng 02 buổi", Recurrence.Monthly)]
    // rounds a year stay periodic (LABELING.md, fresh4): "mỗi năm 02 đợt" is no yearly task
    [InlineData("kiểm tra các cơ sở kinh doanh mỗi năm 02 đợt (đợt 1 trong tháng 4)", Recurrence.Periodic)]
    // a count of hours: "2 giờ một lần", "03 giờ/lần" (LABELING.md, fresh6: periodic)
    [InlineData("báo cáo tỷ lệ cử tri đi bầu về Ủy ban bầu cử phường 2 giờ một lần", Recurrence.Periodic)]
    [InlineData("cập nhật mực nước tại các điểm ngập 03 giờ/lần", Recurrence.Periodic)]
    public void A_count_of_sessions_per_period_is_a_recurrence(string text, Recurrence expected) =>
        Assert.Equal(expected, RecurrenceDetector.Detect(text));
    [Theory]
    // a cue glued inside a word ("khó khăn" ends in "han") must not hide the real cue after it
    [InlineData("vận động chương trình, trao quà cho các hộ khó khăn trước ngày 25-1-2027", "2027-01-25")]
    [InlineData("hỗ trợ học sinh có hoàn cảnh khó khăn trước ngày 15/9", "2026-09-15")]
    // guard (green before): a glued "han" not followed by a date swallows nothing
    [InlineData("tháo gỡ cho doanh nghiệp gặp khó khăn chậm nhất ngày 20/10/2026", "2026-10-20")]
    public void A_cue_glued_inside_a_word_does_not_hide_the_real_one(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    [Theory]
    // a chat post of a meeting's conclusions: "kể từ hôm nay" counts from the meeting day (Wednesday 09/12/2026)
    [InlineData("lập biên bản xử lý chậm nhất 05 ngày làm việc kể từ hôm nay.", "2026-12-16")]
    [InlineData("hoàn thiện hồ sơ trong vòng 03 ngày kể từ hôm nay", "2026-12-12")]
    public void A_count_from_today_in_a_chat_post_counts_from_the_meeting_day(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Match(text, 2026, null, new DateOnly(2026, 12, 9))?.Date);

    [Theory]
    // a deadline cell holding only a count, signed on Wednesday 23/9/2026
    [InlineData("Chậm nhất 05 ngày làm việc", "2026-09-30")]
    [InlineData("Phòng Kinh tế\nChậm nhất 10 ngày", "2026-10-03")]
    public void A_deadline_cell_holding_only_a_count_counts_from_the_signing_day(string cell, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.MatchCell(cell, 2026, new DateOnly(2026, 9, 23))?.Date);
}
