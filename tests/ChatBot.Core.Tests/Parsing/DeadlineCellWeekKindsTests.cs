using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Deadline and header kinds of session 29 (deadline18), each with invented wordings (other units, places and dates than
/// the corpus): a deadline cell's short month names, a week of a month, "trong ngày …" closing the clause, a meeting's
/// time and place fields of an invitation, an hour before the dateline. docs/PARSER.md, "Deadlines" and "Header".
/// </summary>
public class DeadlineCellWeekKindsTests
{
    // A deadline cell holding a month column's short name ("T7", "Th.8", "T12/2027") or a quarter's ("Q3"): the period's end.
    [Theory]
    [InlineData("T7", "2026-07-31")]
    [InlineData("Th.8", "2026-08-31")]
    [InlineData("T12/2027", "2027-12-31")]
    [InlineData("Q3", "2026-09-30")]
    [InlineData(" T11 ", "2026-11-30")]
    public void A_short_month_or_quarter_in_a_deadline_cell_is_its_end(string cell, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.FromCell(cell, 2026));

    // The k-th week of a month ends on its 7k-th day, the last week on the month's last day (LABELING.md, fresh5).
    [Theory]
    [InlineData("Tuần 2 tháng 7", "2026-07-14")]
    [InlineData("Tuần 3/8", "2026-08-21")]
    [InlineData("Tuần đầu tháng 10", "2026-10-07")]
    [InlineData("Tuần 1 - 2 tháng 3/2027", "2027-03-14")]
    [InlineData("Tuần 4 tháng 2 năm 2027", "2027-02-28")]
    [InlineData("Tuần thứ hai của tháng 11", "2026-11-14")]
    public void A_week_of_a_month_in_a_deadline_cell_ends_on_its_last_day(string cell, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.FromCell(cell, 2026));

    [Theory]
    [InlineData("Phòng Tư pháp hoàn thành rà soát văn bản trong tuần 2 tháng 9.", "2026-09-14")]
    [InlineData("Trạm Y tế xã gửi báo cáo chậm nhất tuần đầu tháng 11/2026", "2026-11-07")]
    [InlineData("Ban Chỉ huy Quân sự hoàn thành huấn luyện dân quân vào tuần 3 tháng 10, báo cáo UBND xã.", "2026-10-21")]
    public void A_cued_week_of_a_month_in_a_sentence_is_a_deadline(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    [Theory]
    [InlineData("Đoàn Thanh niên tổ chức ra quân trong tuần 2 tháng 9 theo kế hoạch của huyện đoàn")]
    [InlineData("Công an xã tăng cường tuần tra trong tuần 42")]
    [InlineData("Hội Nông dân tổ chức tuần lễ nông sản sạch tháng 5")]
    public void A_week_said_in_passing_or_without_its_month_is_no_deadline(string text) =>
        Assert.Null(DeadlineParser.Find(text, 2026));

    // "trong ngày 18/5/2027" closing the clause or after a completion verb: the day the work is done within.
    [Theory]
    [InlineData("Văn phòng UBND xã ra thông báo kết luận buổi làm việc trong ngày 18/5/2027.", "2027-05-18")]
    [InlineData("Phòng Kinh tế hoàn thành thống kê thiệt hại do bão trong ngày 09/10, gửi Ban Chỉ huy.", "2026-10-09")]
    public void A_day_the_work_is_done_within_is_a_deadline(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    [Theory]
    [InlineData("Lễ hội đua thuyền diễn ra trong ngày 02/9 tại bến sông Cầu Hai")]
    public void A_day_an_event_takes_place_is_no_deadline(string text) =>
        Assert.Null(DeadlineParser.Find(text, 2026));

    // A table whose deadline cell is a week of a month: the week's end, and no weekly recurrence ("tháng" holds no "hằng").
    [Theory]
    [InlineData("Tuần 2 tháng 8", "2026-08-14")]
    [InlineData("Tuần cuối tháng 9", "2026-09-30")]
    [InlineData("T10", "2026-10-31")]
    public void A_task_tables_week_or_short_month_cell_dates_the_row_once(string cell, string expected)
    {
        var text = "UBND XÃ HÒA PHONG\nSố: 77/TB-UBND\nHòa Phong, ngày 20 tháng 7 năm 2026\n\nTHÔNG BÁO\nPhân công nhiệm vụ\n\n"
                   + "| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
                   + "| 1 | Kiểm tra an toàn hồ đập trước mùa mưa | Phòng Kinh tế | " + cell + " |\n";
        var task = Assert.Single(NoticeParser.Parse(text).Tasks);
        Assert.Equal((DateOnly.Parse(expected) as DateOnly?, null as Recurrence?), (task.Deadline, task.Recurrence));
    }

    // "hồi 7 giờ", "hồi 15 giờ 30 phút" between the number and the date of a dispatch: the hour it was sent, no place.
    [Theory]
    [InlineData("UBND XÃ PHÚ LỘC\nSố: 14/CĐ-UBND hồi 7 giờ, ngày 12 tháng 9 năm 2027\n\nCÔNG ĐIỆN\nVề việc phòng chống bão số 5")]
    [InlineData("UBND PHƯỜNG HÒA HẢI\nSố: 03/CĐ-UBND hồi 15 giờ 30 phút, ngày 02 tháng 10 năm 2027\n\nCÔNG ĐIỆN\nVề việc di dời dân")]
    [InlineData("UBND XÃ ĐẠI LỘC\nSố: 21/CĐ-UBND lúc 22h15p, ngày 18 tháng 10 năm 2027\n\nCÔNG ĐIỆN\nVề việc ứng phó lũ")]
    public void An_hour_written_in_words_before_the_dateline_is_no_place(string head)
    {
        var m = NoticeParser.Parse(head + "\n\n1. Giao Công an xã sơ tán các hộ ven sông trước ngày 20/10/2027.\n").Document;
        Assert.Null(m.Place);
    }

    [Theory]
    [InlineData("UBND PHƯỜNG 3\nSố: 15/TB-UBND\nPhường 3, ngày 12 tháng 9 năm 2027\n\nTHÔNG BÁO\nVề việc ra quân", "Phường 3")]
    public void A_place_with_a_figure_stays_a_place(string head, string place) =>
        Assert.Equal(place, NoticeParser.Parse(head + "\n\n1. Giao Công an phường ra quân trước ngày 20/9/2027.\n").Document.Place);

    // An invitation's numbered fields: "1. Thời gian: …" is the meeting (a weekday before its day, a full stop after), the time,
    // place and chair fields are no tasks, and "… 02 ngày trước ngày tổ chức Hội nghị" counts from the meeting.
    [Theory]
    [InlineData("1. Thời gian: 8 giờ 30, thứ Ba, ngày 14/9/2027.", "2027-09-14", "2027-09-12")]
    [InlineData("1. Thời gian: 14 giờ 00 ngày 05 tháng 10 năm 2027 (thứ Ba).", "2027-10-05", "2027-10-03")]
    [InlineData("1. Thời gian: 7 giờ 30 phút, Chủ nhật, ngày 21/11/2027.", "2027-11-21", "2027-11-19")]
    public void An_invitations_numbered_time_field_is_the_meeting_and_no_task(string time, string meeting, string due)
    {
        var text = "UBND XÃ TÂN HÒA\nVĂN PHÒNG HĐND VÀ UBND\nSố: 31/GM-VP\nTân Hòa, ngày 02 tháng 9 năm 2027\n\nGIẤY MỜI\nHội nghị tổng kết công tác phòng chống thiên tai\n\n"
                   + "UBND xã tổ chức Hội nghị tổng kết công tác phòng chống thiên tai năm 2027.\n\n"
                   + time + "\n2. Địa điểm: Phòng họp số 2, trụ sở UBND xã.\n3. Chủ trì: Đồng chí Lê Văn Hòa - Chủ tịch UBND xã.\n"
                   + "4. Phân công chuẩn bị:\na) Ban Chỉ huy Quân sự xã chuẩn bị báo cáo tổng kết, gửi Văn phòng chậm nhất 02 ngày trước ngày tổ chức Hội nghị.\n"
                   + "b) Phòng Văn hóa - Xã hội chuẩn bị tham luận về cứu trợ.\n\nNơi nhận:\n- Lưu: VT.\n";
        var n = NoticeParser.Parse(text);
        Assert.Equal(DateOnly.Parse(meeting), n.Document.MeetingOn);
        Assert.Equal(["Ban Chỉ huy Quân sự xã", "Phòng Văn hóa - Xã hội"], n.Tasks.Select(t => t.Text[..t.Text.IndexOf(" chuẩn bị", StringComparison.Ordinal)]));
        Assert.Equal(DateOnly.Parse(due), n.Tasks[0].Deadline);
    }

    // A deadline cell's own wordings: "Đến hết 31/12" (the day), a day range written once ("20-25/11/2027": its last day), a
    // count from the signing day written alone ("07 ngày kể từ ngày ký"), the first of several rounds ("Đợt 1: tháng 5; …").
    [Theory]
    [InlineData("Đến hết 31/12", "2026-12-31")]
    [InlineData("Đến ngày 15/11/2027", "2027-11-15")]
    [InlineData("20-25/11/2027", "2027-11-25")]
    [InlineData("03 - 08/10", "2026-10-08")]
    [InlineData("07 ngày kể từ ngày ký", "2026-09-17")]
    [InlineData("05 ngày làm việc kể từ ngày ký", "2026-09-17")]
    [InlineData("Đợt 1: tháng 5; đợt 2: tháng 10/2026", "2026-05-31")]
    [InlineData("Lần 1: 15/6; lần 2: 15/9", "2026-06-15")]
    public void A_deadline_cells_own_wording_gives_its_day(string cell, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.MatchCell(cell, 2026, new DateOnly(2026, 9, 10))?.Date);

    // A tracking table's status "Đang thực hiện, gia hạn đến …": the new deadline, not the cell's.
    [Theory]
    [InlineData("Đang thực hiện, gia hạn đến 18/12/2026", "2026-12-18")]
    [InlineData("Chậm tiến độ; gia hạn đến ngày 05/01/2027", "2027-01-05")]
    public void A_status_extending_the_deadline_replaces_the_deadline_cell(string status, string expected)
    {
        var text = "UBND PHƯỜNG MINH KHAI\nSố: 88/TB-UBND\nMinh Khai, ngày 02 tháng 11 năm 2026\n\nTHÔNG BÁO\nKết luận giao ban\n\n"
                   + "| STT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn | Tình trạng |\n|---|---|---|---|---|\n"
                   + "| 1 | Cải tạo rãnh thoát nước ngõ 12 | Phòng Kinh tế | 30/10/2026 | " + status + " |\n";
        Assert.Equal(DateOnly.Parse(expected), Assert.Single(NoticeParser.Parse(text).Tasks).Deadline);
    }

    // "quá thời hạn 10 ngày kể từ ngày ký … mà không …", "thời hạn 15 ngày kể từ ngày ký": counted from the signing day.
    [Theory]
    [InlineData("Yêu cầu các hộ tự di dời vật liệu lấn chiếm vỉa hè; quá thời hạn 10 ngày kể từ ngày ký Thông báo này mà không thực hiện thì bị cưỡng chế.", "2026-09-20")]
    [InlineData("Chủ đầu tư khắc phục tồn tại, thời hạn 15 ngày kể từ ngày ký.", "2026-09-25")]
    public void A_time_limit_counted_from_the_signing_is_a_deadline(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Match(text, 2026, new DateOnly(2026, 9, 10))?.Date);

    // "ngay trong tháng 10 để …": at once, within the month, though the clause goes on.
    [Theory]
    [InlineData("Các Trưởng thôn tổ chức họp thôn ngay trong tháng 11 để phổ biến kết luận của Hội nghị.", "2026-11-30")]
    [InlineData("Ban Công tác Mặt trận triển khai ngay trong tháng 8/2027 tới các hộ gia đình", "2027-08-31")]
    public void A_month_said_at_once_is_a_deadline(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    // "… xong trước 04 ngày so với ngày khai mạc" in the minutes of a meeting that prepares a festival printed "từ ngày 14/02
    // đến ngày 16/02/2028": from the festival's first day, not the meeting's.
    [Fact]
    public void Days_before_the_opening_count_from_the_first_day_of_the_printed_window()
    {
        var text = "ỦY BAN NHÂN DÂN XÃ HƯNG ĐẠO\n\nBIÊN BẢN HỌP\nVề việc chuẩn bị Ngày hội Văn hóa các dân tộc năm 2028\n\nThời gian: 8 giờ 00, ngày 10/12/2027\n"
                   + "Địa điểm: Hội trường UBND xã\nChủ trì: Ông Trần Văn Lực - Chủ tịch UBND xã\n\nNỘI DUNG\n"
                   + "Các đơn vị báo cáo công tác chuẩn bị; dự kiến Ngày hội tổ chức từ ngày 14/02 đến ngày 16/02/2028 tại sân vận động xã.\n\n"
                   + "KẾT LUẬN CỦA CHỦ TRÌ\n1. Dựng gian hàng, lắp đặt hệ thống điện chiếu sáng.\n   Trách nhiệm: Phòng Kinh tế. Thời hạn: xong trước 04 ngày so với ngày khai mạc.\n";
        var n = NoticeParser.Parse(text);
        Assert.Equal((new DateOnly(2027, 12, 10) as DateOnly?, new DateOnly(2028, 2, 10) as DateOnly?), (n.Document.MeetingOn, Assert.Single(n.Tasks).Deadline));
    }

    // No dateline: the year of a law's name ("Luật … năm 2025") is not the notice's; a date without a year takes the next one.
    [Fact]
    public void The_year_in_a_laws_name_is_not_the_notices_year()
    {
        var text = "Xã Tân Lập tổ chức Hội nghị tiếp xúc cử tri\n\nThực hiện Luật Bầu cử đại biểu Quốc hội năm 2025 và Kế hoạch số 12/KH-UBND ngày 02/10/2026 của UBND huyện, "
                   + "UBND xã tổ chức Hội nghị tiếp xúc cử tri vào 8 giờ, ngày 25/10/2026 tại nhà văn hóa thôn Đông.\n\n"
                   + "Để chuẩn bị hội nghị, UBND xã giao Văn phòng HĐND và UBND xã tổng hợp ý kiến cử tri, xong trước ngày 20/10.\n";
        Assert.Equal(new DateOnly(2026, 10, 20), NoticeParser.Parse(text).Tasks.Single(t => t.Text.Contains("tổng hợp ý kiến", StringComparison.Ordinal)).Deadline);
    }

    // "vào Chủ nhật cuối tháng 8", "thứ Sáu cuối tháng 10/2027": the month's last such weekday, not its last day.
    [Theory]
    [InlineData("Các tổ dân phố ra quân dọn vệ sinh kênh mương vào Chủ nhật cuối tháng 8.", "2026-08-30")]
    [InlineData("Đoàn Thanh niên tổ chức ngày hội hiến máu, hoàn thành vào thứ Sáu cuối tháng 10/2027.", "2027-10-29")]
    [InlineData("Hội Phụ nữ tổng kết mô hình trước cuối tháng 11", "2026-11-30")]
    public void A_weekday_at_the_end_of_a_month_is_that_weekday(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));
}
