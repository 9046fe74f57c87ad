using ChatBot.Core.Common;
using ChatBot.Core.Parsing;
using ChatBot.Core.Parsing.Deadlines;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Deadline kinds the development sets missed in session 28 (deadline17), each with invented wordings (other units,
/// places and dates than the corpus): docs/PARSER.md, "Deadlines".
/// </summary>
public class DeadlineUnseenKindsTests
{
    // The event's day given straight after its verb ("khai mạc ngày …", "tổ chức ngày …"), not only after "vào"/"lúc": the
    // day that "… 07 ngày trước ngày khai mạc kỳ họp" counts from.
    [Theory]
    [InlineData("Kỳ họp thứ ba HĐND xã (dự kiến khai mạc ngày 10/7/2027), UBND xã đề nghị các đơn vị thực hiện như sau:", "2027-07-10")]
    [InlineData("Hội nghị sơ kết công tác 6 tháng đầu năm tổ chức ngày 15/6/2027 tại hội trường UBND phường.", "2027-06-15")]
    [InlineData("Đại hội Hội Cựu chiến binh phường khai mạc ngày 03 tháng 9 năm 2027.", "2027-09-03")]
    [InlineData("Hội thảo về chuyển đổi số dự kiến diễn ra ngày 21/4 tại Trung tâm Văn hóa.", "2026-04-21")]
    public void The_event_day_written_after_its_verb_is_read_from_the_preamble(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), EventDay.Find(Fold.SameLength(text), 2026));

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 215/KH-UBND ngày 08/9/2026 của UBND xã về phát triển du lịch.")]
    [InlineData("Căn cứ kết quả kiểm tra ngày 14/10/2026, UBND phường yêu cầu:")]
    public void A_preamble_dating_no_event_gives_no_event_day(string text) =>
        Assert.Null(EventDay.Find(Fold.SameLength(text), 2026));

    // "hạn thứ Tư tuần sau (08/4)", "trước 17h thứ Sáu tuần này (ngày 12/6)": a weekday of a named week, its date in brackets.
    [Theory]
    [InlineData("Hoàn thiện hồ sơ thẩm định giá đất — Phòng Kinh tế, hạn thứ Năm tuần sau (16/7).", "2026-07-16")]
    [InlineData("Trạm Y tế gửi danh sách tiêm chủng trước 17h thứ Sáu tuần này (ngày 12/6).", "2026-06-12")]
    [InlineData("nộp báo cáo chậm nhất thứ Hai tuần tới, ngày 21/9/2026", "2026-09-21")]
    public void A_weekday_of_a_named_week_with_its_date_is_a_deadline(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    // A quarter in Roman numerals with no year and no other digit in the clause: the notice's year ("trong quý II.").
    [Theory]
    [InlineData("Ban Chỉ huy Quân sự xã hoàn thành diễn tập phòng thủ trong quý III.", "2026-09-30")]
    [InlineData("Trạm Y tế phường: hoàn thành tiêm vét cho trẻ em trong Quý IV;", "2026-12-31")]
    [InlineData("Phòng Văn hóa - Xã hội hoàn thành rà soát hộ cận nghèo trước quý II", "2026-03-31")]
    public void A_quarter_in_roman_numerals_without_a_year_takes_the_notices_year(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DeadlineParser.Find(text, 2026));

    [Theory]
    [InlineData("tổ chức hội thi trong quý II theo kế hoạch của Ban Chỉ đạo")]
    public void A_quarter_said_in_passing_is_no_deadline(string text) =>
        Assert.Null(DeadlineParser.Find(text, 2026));

    [Theory]
    [InlineData("họp giao ban vào thứ Hai tuần sau (14/9) để đánh giá")]
    public void A_weekday_date_without_a_cue_is_no_deadline(string text) =>
        Assert.Null(DeadlineParser.Find(text, 2026));
}
