using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 25: deadline and frequency wordings the readers missed in fresh3 and fresh4, by kind (LABELING.md, the fresh4
/// clarifications). Every row is a wording written for this test, not copied from a notice.
/// </summary>
public class DeadlineWordingKindsTests
{
    [Theory]
    // a day in a month's last (or first) week, a day of the month's last week, "cuối cùng của (mỗi) tháng"
    [InlineData("họp giao ban với các tổ trưởng vào chiều thứ Sáu tuần cuối cùng của tháng", Recurrence.Monthly)]
    [InlineData("tổ chức ra quân dọn vệ sinh vào sáng Chủ nhật cuối cùng của mỗi tháng", Recurrence.Monthly)]
    [InlineData("sinh hoạt chuyên đề vào thứ Năm tuần đầu tiên của tháng", Recurrence.Monthly)]
    [InlineData("duy trì tổng vệ sinh vào ngày Chủ nhật cuối cùng hằng tháng", Recurrence.Monthly)]
    // the deadline's day of a quarter
    [InlineData("gửi báo cáo tình hình về UBND quận trước ngày 15 của tháng cuối quý.", Recurrence.Quarterly)]
    [InlineData("tổng hợp số liệu, gửi Phòng Kinh tế trước ngày 20 tháng cuối mỗi quý", Recurrence.Quarterly)]
    // rounds a year
    [InlineData("kiểm tra các cơ sở kinh doanh có điều kiện mỗi năm 02 đợt", Recurrence.Periodic)]
    [InlineData("tổ chức tiêm bổ sung mỗi năm hai đợt (tháng 4 và tháng 10)", Recurrence.Periodic)]
    [InlineData("ra quân kiểm tra hằng năm 03 đợt", Recurrence.Periodic)]
    // the mornings of a run of weekdays
    [InlineData("chốt trực vào các buổi sáng từ thứ Hai đến thứ Bảy", Recurrence.Periodic)]
    [InlineData("bố trí cán bộ trực vào các buổi chiều từ thứ Hai đến thứ Sáu", Recurrence.Periodic)]
    // "mỗi (sáng) thứ Hai": every week on that day
    [InlineData("từ tuần này, mỗi sáng thứ Hai báo cáo số hồ sơ trễ hạn về Văn phòng", Recurrence.Weekly)]
    [InlineData("mỗi thứ Sáu gửi bảng tổng hợp về Văn phòng", Recurrence.Weekly)]
    [InlineData("cập nhật danh sách vào mỗi chiều thứ Năm", Recurrence.Weekly)]
    public void More_frequency_wordings_are_recurrences(string text, Recurrence expected) =>
        Assert.Equal(expected, RecurrenceDetector.Detect(text));

    [Theory]
    [InlineData("tổ chức tiếp công dân vào thứ Năm tuần này")]
    [InlineData("họp vào sáng thứ Hai tuần sau tại hội trường")]
    public void One_day_of_one_week_is_no_recurrence(string text) =>
        Assert.Null(RecurrenceDetector.Detect(text));

    [Theory]
    // a time and a weekday between the cue and the date
    [InlineData("trình Chủ tịch trước 17h thứ Sáu 20/11", "2026-11-20")]
    [InlineData("gửi Văn phòng trước 16 giờ thứ Hai, ngày 23/11/2026", "2026-11-23")]
    [InlineData("hoàn thành trước thứ Tư ngày 25/11", "2026-11-25")]
    // a range of days in one month, or across two, written "dd/mm - dd/mm/yyyy": its end
    [InlineData("Thời gian: 01/11 - 10/11/2026", "2026-11-10")]
    [InlineData("treo băng rôn tại các tuyến phố (25/10 - 05/11/2026)", "2026-11-05")]
    public void A_due_day_with_a_weekday_or_a_range_of_days(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    [Theory]
    [InlineData("01/11 - 10/11/2026", "2026-11-10")]
    [InlineData("Từ 15/9 đến 30/9/2026", "2026-09-30")]
    [InlineData("10/11/2026", "2026-11-10")]
    public void A_table_cell_holding_a_range_of_days_gives_its_end(string cell, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.FromCell(cell, 2026));

    [Theory]
    [InlineData("tổ chức mít tinh kỷ niệm ngày thành lập Đảng bộ (26/3/1931 - 26/3/2026)")]
    public void An_anniversary_in_brackets_stays_out(string text) =>
        Assert.Null(DeadlineParser.Find(text, 2026));

    // A notice that dates its meeting and prints the window of the event elsewhere: "… kể từ ngày kết thúc <event>" counts
    // from the window's last day, not from the meeting.
    [Theory]
    [InlineData(
        "Sáng ngày 02/9/2026, đồng chí Lê Văn Hòa, Phó Chủ tịch UBND phường chủ trì cuộc họp về trật tự xây dựng. Tổ kiểm tra liên ngành sẽ kiểm tra các công trình từ ngày 21/9/2026 đến ngày 25/9/2026. Đồng chí Phó Chủ tịch kết luận:\n\n" +
        "1. Tổ kiểm tra liên ngành báo cáo kết quả chậm nhất sau 03 ngày làm việc kể từ ngày kết thúc đợt kiểm tra.\n", "2026-09-30")]
    [InlineData(
        "I. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: từ 08 giờ ngày 10/10/2026 đến 16 giờ ngày 11/10/2026.\n- Địa điểm: Nhà văn hóa phường.\n\n" +
        "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội tổng hợp kết quả, báo cáo UBND phường trong vòng 10 ngày kể từ ngày kết thúc Ngày hội.\n", "2026-10-21")]
    public void A_count_from_the_end_of_the_event_uses_the_printed_window(string body, string expected)
    {
        var notice = NoticeParser.Parse("Số: 48/TB-UBND\n\nHòa Lợi, ngày 03 tháng 9 năm 2026\n\nTHÔNG BÁO\n\n" + body);
        Assert.Equal(DateOnly.Parse(expected), Assert.Single(notice.Tasks).Deadline);
    }

    // The end of a window the notice prints elsewhere ("từ ngày 14/9 đến ngày 18/9/2026", a Friday); signed 31/8/2026.
    [Theory]
    [InlineData("báo cáo UBND phường chậm nhất sau 05 ngày làm việc kể từ ngày kết thúc đợt kiểm tra.", "2026-09-25")]
    [InlineData("gửi báo cáo trong vòng 07 ngày kể từ ngày kết thúc đợt kiểm tra", "2026-09-25")]
    [InlineData("tổng hợp kết quả trong vòng 03 ngày làm việc sau khi kết thúc Ngày hội", "2026-09-23")]
    public void A_deadline_counted_from_the_end_of_a_printed_window(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Match(text, 2026, new DateOnly(2026, 8, 31), new DateOnly(2026, 9, 18))?.Date);
}
