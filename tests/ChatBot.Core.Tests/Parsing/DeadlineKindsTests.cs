using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>Session 21: deadline and frequency wordings by kind (LABELING.md, clarifications of the fresh3 set).</summary>
public class DeadlineKindsTests
{
    [Theory]
    [InlineData("kiểm tra vệ sinh các bếp ăn tập thể hai tuần một lần", Recurrence.Periodic)]
    [InlineData("ba tháng một lần tổ chức đối thoại với hộ kinh doanh", Recurrence.Periodic)]
    [InlineData("tổ chức diễn tập phương án chữa cháy 06 tháng/lần", Recurrence.Periodic)]
    [InlineData("rà soát danh sách hộ cận nghèo 3 tháng / lần", Recurrence.Periodic)]
    [InlineData("kiểm tra hệ thống loa 01 tuần/lần", Recurrence.Weekly)]
    [InlineData("gửi Văn phòng báo cáo kết quả trước ngày 05 của tháng đầu quý sau", Recurrence.Quarterly)]
    [InlineData("tổng hợp số liệu gửi Phòng Kinh tế trước ngày 10 của quý tiếp theo", Recurrence.Quarterly)]
    [InlineData("nộp bảng tổng hợp chấm công trước ngày 03 của tháng sau", Recurrence.Monthly)]
    [InlineData("tặng quà các gia đình chính sách hằng năm vào dịp 27/7", Recurrence.Yearly)]
    [InlineData("tổ chức gặp mặt các cụ cao tuổi hằng năm vào dịp Tết Nguyên đán", Recurrence.Yearly)]
    [InlineData("phát bản tin phòng chống dịch trên loa truyền thanh hằng ngày.", Recurrence.Periodic)]
    [InlineData("cập nhật số liệu lên phần mềm mỗi ngày; báo cáo khi có yêu cầu", Recurrence.Periodic)]
    [InlineData("đăng tin bài trên trang thông tin hằng ngày từ ngày 01/10/2026", Recurrence.Periodic)]
    [InlineData("bố trí lực lượng điều tiết giao thông vào sáng và chiều hằng ngày", Recurrence.Periodic)]
    [InlineData("duy trì tuần tra vào buổi tối hằng tuần", Recurrence.Weekly)]
    public void More_frequency_wordings_are_recurrences(string text, Recurrence expected) =>
        Assert.Equal(expected, RecurrenceDetector.Detect(text));

    [Theory]
    [InlineData("chuyển việc chi trả trợ cấp hằng tháng sang hình thức qua tài khoản")]
    [InlineData("xác định mức hỗ trợ tiền ăn hằng ngày cho học viên")]
    [InlineData("hoàn thiện báo cáo tháng 11/2026 gửi Văn phòng")]
    [InlineData("hoàn thành trước ngày 05 của tháng sau khi có kết quả thẩm định")]
    public void A_frequency_of_a_noun_stays_out(string text) =>
        Assert.Null(RecurrenceDetector.Detect(text));

    [Theory]
    [InlineData("chuyển đổi hình thức chi trả, hoàn thành trong Quý IV/2026 - Quý I/2027.", "2027-03-31")]
    [InlineData("thực hiện xong trong quý III/2026 – quý II/2027", "2027-06-30")]
    [InlineData("hoàn thành trong tháng 11/2026 - tháng 02/2027", "2027-02-28")]
    [InlineData("Thời gian thực hiện: Tháng 12/2026 - 01/2027", "2027-01-31")]
    [InlineData("đăng tải văn bản lên Cổng thông tin ngay trong ngày 17/11/2026", "2026-11-17")]
    [InlineData("gửi giấy mời tới các hộ ngay trong ngày 03/4", "2026-04-03")]
    [InlineData("quán triệt nội dung tới đảng viên trong kỳ sinh hoạt tháng 9/2026.", "2026-09-30")]
    [InlineData("phổ biến tới hội viên trong kỳ họp tháng 5/2026", "2026-05-31")]
    public void Ranges_end_and_same_day_wordings(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    // The event day printed elsewhere in the notice (a conference on 04/12/2026, a Friday); signed 12/11/2026.
    [Theory]
    [InlineData("gửi nội dung về Văn phòng chậm nhất 07 ngày trước ngày tổ chức Hội nghị.", "2026-11-27")]
    [InlineData("gửi danh sách về Văn phòng trước 03 ngày so với ngày tổ chức Hội nghị.", "2026-12-01")]
    [InlineData("hoàn thành trước 01 ngày so với ngày diễn ra hội nghị", "2026-12-03")]
    [InlineData("đưa tin trên Cổng thông tin trong vòng 02 ngày làm việc sau Hội nghị.", "2026-12-08")]
    [InlineData("trình ký ban hành trong thời hạn 10 ngày kể từ ngày tổ chức Hội nghị.", "2026-12-14")]
    [InlineData("gửi báo cáo giải trình chậm nhất 02 ngày làm việc trước ngày tổ chức.", "2026-12-02")]
    [InlineData("hoàn thiện hồ sơ sau khi kết thúc đợt kiểm tra 05 ngày làm việc", "2026-12-11")]
    [InlineData("gửi dự thảo báo cáo tham luận trước hội nghị 03 ngày", "2026-12-01")]
    public void A_deadline_counted_from_the_event_day_of_the_notice(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Match(text, 2026, new DateOnly(2026, 11, 12), new DateOnly(2026, 12, 4))?.Date);

    [Theory]
    [InlineData("gửi nội dung về Văn phòng chậm nhất 07 ngày trước ngày tổ chức Hội nghị.")]
    [InlineData("trình ký ban hành trong thời hạn 10 ngày kể từ ngày tổ chức Hội nghị.")]
    [InlineData("thẩm định hồ sơ trong vòng 10 ngày kể từ khi nhận đủ hồ sơ")]
    [InlineData("gửi kế hoạch xin ý kiến chậm nhất 03 ngày trước khi tổ chức các sự kiện")]
    [InlineData("trả lời trong thời hạn 05 ngày làm việc kể từ ngày nhận được đề nghị")]
    public void An_event_the_notice_does_not_date_gives_no_deadline(string text) =>
        Assert.Null(DeadlineParser.Match(text, 2026, new DateOnly(2026, 11, 12), eventOn: null)?.Date);

    [Theory]
    [InlineData("gửi kế hoạch xin ý kiến lãnh đạo chậm nhất 03 ngày trước khi tổ chức")]
    [InlineData("gửi nội dung xin ý kiến 02 ngày làm việc trước khi tổ chức các hội nghị")]
    public void Whenever_an_event_is_held_is_no_one_day(string text) =>
        Assert.Null(DeadlineParser.Match(text, 2026, new DateOnly(2026, 11, 12), new DateOnly(2026, 12, 4))?.Date);

    [Theory]
    [InlineData("Hội nghị đối thoại năm 2026 được tổ chức vào 8 giờ 00 ngày 04/12/2026 tại Hội trường UBND phường.", "2026-12-04")]
    [InlineData("UBND phường tổ chức Hội nghị tổng kết công tác năm vào ngày 04 tháng 12 năm 2026.", "2026-12-04")]
    [InlineData("Buổi làm việc của Đoàn giám sát diễn ra lúc 14h00 ngày 04/12/2026 tại trụ sở.", "2026-12-04")]
    public void The_event_day_is_read_from_the_preamble(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ChatBot.Core.Parsing.Deadlines.EventDay.Find(ChatBot.Core.Common.Fold.SameLength(text), 2026));

    [Fact]
    public void A_preamble_without_an_event_gives_no_event_day() =>
        Assert.Null(ChatBot.Core.Parsing.Deadlines.EventDay.Find(ChatBot.Core.Common.Fold.SameLength("Thực hiện Kế hoạch số 170/KH-UBND ngày 02/10/2026 của UBND phường về cải cách hành chính."), 2026));

    // Tags and brackets after an item (LABELING.md: "Tags after an item", a bracketed period in a task cell).
    [Theory]
    [InlineData("Lập danh sách hộ nghèo phát sinh [ĐV: Phòng VH-XH; TH: 05/12/2026].", "2026-12-05")]
    [InlineData("Sửa chữa nhà văn hóa tổ 4 [ĐV: BQLDA phường, phối hợp TDP 4; TH: Quý I/2027]", "2027-03-31")]
    [InlineData("rà soát hồ sơ đất đai tồn đọng [ĐV: Phòng KT; TH: tháng 02/2027]", "2027-02-28")]
    [InlineData("- Cấp đổi thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi (Quý III/2026).", "2026-09-30")]
    [InlineData("- Vận động hộ kinh doanh thanh toán không dùng tiền mặt (Tháng 7 - 8/2026). - Bố trí nhân lực", "2026-08-31")]
    public void A_tag_or_bracket_after_the_item_gives_its_deadline(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    [Theory]
    [InlineData("tổ chức Ngày hội đại đoàn kết toàn dân tộc (ngày 18/11)")]
    [InlineData("báo cáo số liệu thu chi (tháng 5/2026 và lũy kế) về Văn phòng")]
    public void A_bracketed_date_or_a_period_inside_a_phrase_is_not_a_deadline(string text) =>
        Assert.Null(DeadlineParser.Find(text, 2026));

    [Theory]
    [InlineData("Thu phí vệ sinh môi trường [ĐV: TT DVSNC; TH: hằng tháng].", Recurrence.Monthly)]
    [InlineData("Kiểm tra hệ thống chữa cháy [ĐV: CA phường; TH: hằng quý]", Recurrence.Quarterly)]
    [InlineData("Cập nhật số liệu dân cư. Thời gian: hằng tuần.", Recurrence.Weekly)]
    [InlineData("Tổ chức tổng vệ sinh khu dân cư mỗi tháng vào ngày Chủ nhật cuối tháng", Recurrence.Monthly)]
    [InlineData("Kiểm tra kho vật tư [ĐV: BCHQS; TH: định kỳ hằng quý]", Recurrence.Quarterly)]
    [InlineData("kiểm tra an toàn thực phẩm tại các bếp ăn mỗi tháng 2 lần", Recurrence.Monthly)]
    [InlineData("tổ chức diễn tập phòng cháy mỗi năm một lần.", Recurrence.Yearly)]
    [InlineData("gửi báo cáo tuần vào thứ Sáu về Văn phòng", Recurrence.Weekly)]
    [InlineData("nộp báo cáo quý trước ngày 15 của tháng cuối quý", Recurrence.Quarterly)]
    public void A_frequency_in_a_tag_is_a_recurrence(string text, Recurrence expected) =>
        Assert.Equal(expected, RecurrenceDetector.Detect(text));
}
