using System.Globalization;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// The dates an official names when asking for more time, at their edges: every wording the date reader knows, the
/// boundaries of months, years and weeks, the year a date without one falls in, and the words after a date that are
/// the reason. Today is Wednesday 08/07/2026 unless a test says otherwise.
/// </summary>
public class DateReaderTests
{
    private static readonly UnderstandingContext Official = new(CaseTable.Today);

    /// <summary><c>yyyy-MM-dd</c>, <c>~</c> when approximate, <c>past</c> when before today; <c>+Nd</c> / <c>+Nwd</c> for
    /// days (working days) added to the deadline; <c>none</c> for no date.</summary>
    internal static string Show(ExtensionDate? date) => date switch
    {
        null => "none",
        ExtensionDate.MoreDays md => $"+{md.Days}{(md.WorkingDays ? "wd" : "d")}",
        ExtensionDate.OnDate od => (od.Approximate ? "~" : "") + od.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (od.InPast ? " past" : ""),
        _ => date.ToString()!,
    };

    private static string Read(string text, UnderstandingContext? ctx = null) => Show(ReplyUnderstander.ReadDate(text, ctx ?? Official));

    [Theory]
    // Today itself is not in the past; the last month of the year is a month.
    [InlineData("8/7", "2026-07-08")]
    [InlineData("20/12", "2026-12-20")]
    [InlineData("31/12/2026", "2026-12-31")]
    [InlineData("1/1/2027", "2027-01-01")]
    // More than two months gone: next year's, as long as next year has that day.
    [InlineData("30/4", "2027-04-30")]
    // Years: two digits are this century; 2000 and 2100 are the ends of the range read.
    [InlineData("20/7/27", "2027-07-20")]
    [InlineData("1/1/2000", "2000-01-01 past")]
    [InlineData("31/12/2100", "2100-12-31")]
    [InlineData("1/1/2101", "none")]
    [InlineData("20/7/100", "none")]
    // A time is no date: "8:10 sáng mai" is tomorrow, not 8 October.
    [InlineData("8:10 sáng mai", "2026-07-09")]
    [InlineData("ngày 20 tháng 7 năm nay", "2026-07-20")]
    [InlineData("ngày 20 tháng 7 lúc 9 giờ", "2026-07-20")]
    [InlineData("đến 20 tháng 7 năm", "2026-07-20")]
    public void A_written_date_is_read_at_the_edges_of_months_and_years(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("đến tháng 9", "~2026-09-30")]
    [InlineData("tới tháng 9", "~2026-09-30")]
    [InlineData("sang tháng 1", "~2027-01-31")]
    [InlineData("tới tháng sau", "~2026-08-31")]
    [InlineData("hoãn tháng sau", "~2026-08-31")]
    [InlineData("cuối tháng tới", "2026-08-31")]
    [InlineData("hết tháng 12", "2026-12-31")]
    [InlineData("hết tháng 2/2027", "2027-02-28")]
    [InlineData("hết tháng 8/2026", "2026-08-31")]
    [InlineData("cuối tháng 5/2027", "2027-05-31")]
    [InlineData("sang tháng 9/2027", "~2027-09-30")]
    public void A_month_named_in_words_ends_on_its_last_day(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("thứ ba", "2026-07-14")]
    [InlineData("T7", "2026-07-11")]
    [InlineData("T8", "none")]
    [InlineData("thứ 2 tuần này", "2026-07-06 past")]
    [InlineData("thứ 6 tuần tới", "2026-07-17")]
    [InlineData("chủ nhật tuần sau", "2026-07-19")]
    [InlineData("sáng mai", "2026-07-09")]
    [InlineData("tới mai", "2026-07-09")]
    [InlineData("lý do thứ nhất là thiếu người, xin thêm 5 ngày", "+5d")]
    [InlineData("đến thứ", "none")]
    public void A_weekday_is_this_weeks_or_the_named_weeks(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("thêm một ngày", "+1d")]
    [InlineData("thêm hai ngày", "+2d")]
    [InlineData("thêm bốn ngày", "+4d")]
    [InlineData("thêm năm ngày", "+5d")]
    [InlineData("thêm sáu ngày", "+6d")]
    [InlineData("thêm bảy ngày", "+7d")]
    [InlineData("thêm tám ngày", "+8d")]
    [InlineData("thêm chín ngày", "+9d")]
    [InlineData("thêm mười ngày", "+10d")]
    [InlineData("thêm 5ngày", "+5d")]
    [InlineData("tới 5 ngày nữa", "2026-07-13")]
    [InlineData("sang 2 tuần nữa", "2026-07-22")]
    [InlineData("đến 2 tuần nữa", "2026-07-22")]
    public void A_count_of_days_is_read_in_words_or_digits(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    /// <summary>A month is "more than two months gone" when its last day is over 60 days before today.</summary>
    [Theory]
    [InlineData("2026-06-29", "2026-04-30 past")]
    [InlineData("2026-06-30", "2027-04-30")]
    public void The_end_of_a_month_sixty_days_ago_is_still_this_years(string today, string expected) =>
        Assert.Equal(expected, Read("hết tháng 4", Official with { Today = DateOnly.Parse(today, CultureInfo.InvariantCulture) }));

    /// <summary>On Friday the last working day of the week is today; on Saturday it has passed, so "cuối tuần" is Sunday.</summary>
    [Theory]
    [InlineData("2026-07-10", "~2026-07-10")]
    [InlineData("2026-07-11", "~2026-07-12")]
    public void The_end_of_the_week_is_never_before_today(string today, string expected) =>
        Assert.Equal(expected, Read("cuối tuần", Official with { Today = DateOnly.Parse(today, CultureInfo.InvariantCulture) }));

    [Fact]
    public void A_calendar_without_working_days_gives_up_within_a_month()
    {
        var ctx = Official with { IsWorkingDay = _ => false };
        var start = Assert.IsType<ExtensionDate.OnDate>(ReplyUnderstander.ReadDate("đầu tháng sau", ctx));
        Assert.InRange(start.Date, new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 1));
        var end = Assert.IsType<ExtensionDate.OnDate>(ReplyUnderstander.ReadDate("cuối tuần sau", ctx));
        Assert.InRange(end.Date, new DateOnly(2026, 6, 18), new DateOnly(2026, 7, 19));
    }

    /// <summary>The words after the date are the reason when no "vì/do" says it: the date must end where it ends.</summary>
    private const string Reasons = """
        [reply=12] xin gia hạn sang tháng 9 chờ kinh phí          => ext ~2026-09-30 "chờ kinh phí"
        [reply=12] xin gia hạn sang tháng sau chờ kinh phí        => ext ~2026-08-31 "chờ kinh phí"
        [reply=12] xin lùi sang tuần chờ kinh phí                 => ext ~2026-07-17 "chờ kinh phí"
        [reply=12] em xin hoãn sang tuần                          => ext ~2026-07-17
        [reply=12] xin gia hạn đến hết tháng 8/2026               => ext 2026-08-31
        [reply=12] xin gia hạn đến mai chờ ký                     => ext 2026-07-09 "chờ ký"
        [reply=12] xin gia hạn đến ngày mai chờ ký                => ext 2026-07-09 "chờ ký"
        [reply=12] xin gia hạn đến ngày kia chờ ký                => ext 2026-07-10 "chờ ký"
        [reply=12] xin gia hạn đến 20/7/2026 chờ kinh phí         => ext 2026-07-20 "chờ kinh phí"
        [reply=12] xin lùi đến thứ 6 chờ kinh phí                 => ext 2026-07-10 "chờ kinh phí"
        [reply=12] xin lùi đến thứ 6 này chờ kinh phí             => ext 2026-07-10 "chờ kinh phí"
        #5 lùi sang thứ 2 được không anh?                         => ext 2026-07-13 @5
        """;

    public static TheoryData<string> ReasonLines() => [.. CaseTable.Lines(Reasons)];

    [Theory, MemberData(nameof(ReasonLines))]
    public void The_words_after_the_date_are_the_reason(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
