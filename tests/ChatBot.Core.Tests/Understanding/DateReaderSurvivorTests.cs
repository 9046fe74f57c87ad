using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Rows for the date reader (DateReader.cs) that mutation testing found loose (docs/TESTING.md): every wording at the
/// day it names, and where the date ends (the words after it are the reason). Today is Wednesday 08/07/2026; this week
/// runs 06/07–12/07, next week 13/07–19/07; 01/08/2026 is a Saturday.
/// </summary>
public class DateReaderSurvivorTests
{
    private static readonly UnderstandingContext Official = new(CaseTable.Today);

    private static string Read(string text, UnderstandingContext? ctx = null) =>
        DateReaderTests.Show(ReplyUnderstander.ReadDate(text, ctx ?? Official));

    [Theory]
    [InlineData("20-7-2026", "2026-07-20")]
    [InlineData("20.7", "2026-07-20")]
    [InlineData("đến 20.7.2027", "2027-07-20")]
    [InlineData("ngày 20 tháng 7 năm 2027", "2027-07-20")]
    [InlineData("hết ngày 20/7", "2026-07-20")]
    // Impossible days and months are no date.
    [InlineData("0/7", "none")]
    [InlineData("20/13", "none")]
    [InlineData("20/0", "none")]
    [InlineData("31/6/2027", "none")]
    [InlineData("30/6/2027", "2027-06-30")]
    [InlineData("29/2/2028", "2028-02-29")]
    [InlineData("29/2/2027", "none")]
    // Sixty days gone is still this year's; sixty-one is next year's.
    [InlineData("9/5", "2026-05-09 past")]
    [InlineData("8/5", "2027-05-08")]
    // A number alone at the end is no date, and reads nothing past the end.
    [InlineData("đến ngày 20", "none")]
    [InlineData("xin lùi đến 20/", "none")]
    // A range is read at its first day ("20/7-22/7" is no year 22); "5 -7 ngày", "5- 7 ngày" are counts, not 5/7.
    [InlineData("xin lùi đến 20/7-22/7", "2026-07-20")]
    [InlineData("thêm 5 -7 ngày", "+7d")]
    [InlineData("thêm 5- 7 ngày", "+7d")]
    public void Written_dates(string text, string expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("giữa tháng", "~2026-07-15")]
    [InlineData("giữa tháng sau", "~2026-08-15")]
    [InlineData("giữa tháng 9", "~2026-09-15")]
    [InlineData("đầu tháng sau", "~2026-08-03")]
    [InlineData("đầu tháng 9", "~2026-09-01")]
    [InlineData("cuối tháng", "2026-07-31")]
    [InlineData("hết tháng này", "2026-07-31")]
    [InlineData("cuối tháng 8", "2026-08-31")]
    [InlineData("hết tháng 1", "2027-01-31")]
    [InlineData("hết tháng 8/2100", "2100-08-31")]
    [InlineData("hết tháng 8/2000", "2000-08-31 past")]
    [InlineData("hết tháng 8-2027", "2027-08-31")]
    [InlineData("hết tháng 8.2027", "2027-08-31")]
    [InlineData("sang tháng tới", "~2026-08-31")]
    [InlineData("đến tháng sau", "~2026-08-31")]
    [InlineData("sang tháng 8", "~2026-08-31")]
    public void Months(string text, string expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("thứ hai", "2026-07-13")]
    [InlineData("thứ tư", "2026-07-15")]
    [InlineData("thứ năm", "2026-07-09")]
    [InlineData("thứ sáu", "2026-07-10")]
    [InlineData("thứ bảy", "2026-07-11")]
    [InlineData("thứ 8", "none")]
    [InlineData("thứ 1", "none")]
    [InlineData("chủ nhật", "2026-07-12")]
    [InlineData("thứ 5 tuần sau", "2026-07-16")]
    [InlineData("thứ 6 tuần trước", "2026-07-03 past")]
    [InlineData("thứ 4 tuần này", "2026-07-08")]
    [InlineData("T2", "2026-07-13")]
    [InlineData("t6", "2026-07-10")]
    [InlineData("T1", "none")]
    [InlineData("cuối tuần sau", "~2026-07-17")]
    [InlineData("cuối tuần này", "~2026-07-10")]
    [InlineData("đầu tuần sau", "~2026-07-13")]
    [InlineData("tuần sau", "~2026-07-17")]
    [InlineData("tuần tới", "~2026-07-17")]
    [InlineData("ngày mai", "2026-07-09")]
    [InlineData("ngày kia", "2026-07-10")]
    [InlineData("sang mai", "2026-07-09")]
    public void Weekdays_and_weeks(string text, string expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("thêm 0 ngày", "none")]
    [InlineData("thêm 366 ngày", "+366d")]
    [InlineData("thêm 367 ngày", "none")]
    [InlineData("thêm 2 tháng", "+60d")]
    [InlineData("thêm 3 hôm", "+3d")]
    [InlineData("lùi 2 tuần", "+14d")]
    [InlineData("thêm 3 ngày làm việc", "+3wd")]
    [InlineData("thêm 1 tuần làm việc", "+7d")]
    [InlineData("thêm 5 năm", "none")]
    [InlineData("khoảng 5 ngày nữa", "2026-07-13")]
    [InlineData("đến 3 hôm nữa", "2026-07-11")]
    public void Counts_of_days(string text, string expected) => Assert.Equal(expected, Read(text));

    /// <summary>A holiday on the day a week or month would end or start moves the date to the working day before or after.</summary>
    [Theory]
    [InlineData("cuối tuần sau", "~2026-07-16")]
    [InlineData("tuần sau", "~2026-07-16")]
    [InlineData("sang tuần", "~2026-07-16")]
    [InlineData("đầu tuần sau", "~2026-07-14")]
    [InlineData("đầu tháng sau", "~2026-08-04")]
    public void A_holiday_moves_the_working_day(string text, string expected)
    {
        var holidays = new[] { new DateOnly(2026, 7, 17), new DateOnly(2026, 7, 13), new DateOnly(2026, 8, 3) };
        var ctx = Official with { IsWorkingDay = d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(d) };
        Assert.Equal(expected, Read(text, ctx));
    }

    /// <summary>With no working day at all, "tuần sau" gives up after 31 days back from next Sunday (19/07).</summary>
    [Fact]
    public void Next_week_without_working_days_gives_up_after_31_days() =>
        Assert.Equal("~2026-06-18 past", Read("tuần sau", Official with { IsWorkingDay = _ => false }));

    /// <summary>29/02 more than two months gone stays in its year when the next year has no 29/02.</summary>
    [Fact]
    public void A_leap_day_gone_stays_in_its_year() =>
        Assert.Equal("2028-02-29 past", Read("29/2", Official with { Today = new DateOnly(2028, 12, 1) }));

    /// <summary>The words after the date are the reason: each wording must end the date where it ends.</summary>
    public static TheoryData<string> Ends() => [.. CaseTable.Lines("""
        [reply=12] xin gia hạn đến cuối tháng 8 chờ kinh phí          => ext 2026-08-31 "chờ kinh phí"
        [reply=12] xin gia hạn đến cuối tháng sau chờ kinh phí        => ext 2026-08-31 "chờ kinh phí"
        [reply=12] xin gia hạn đến cuối tháng này chờ kinh phí        => ext 2026-07-31 "chờ kinh phí"
        [reply=12] xin gia hạn đến cuối tháng chờ kinh phí            => ext 2026-07-31 "chờ kinh phí"
        [reply=12] xin gia hạn đến hết tháng 8/2027 chờ kinh phí      => ext 2027-08-31 "chờ kinh phí"
        [reply=12] xin gia hạn sang tháng 9/2027 chờ kinh phí         => ext ~2027-09-30 "chờ kinh phí"
        [reply=12] xin gia hạn sang tháng tới chờ kinh phí            => ext ~2026-08-31 "chờ kinh phí"
        [reply=12] xin gia hạn đến 20/7 chờ kinh phí                  => ext 2026-07-20 "chờ kinh phí"
        [reply=12] xin gia hạn đến 20 tháng 7 chờ kinh phí            => ext 2026-07-20 "chờ kinh phí"
        [reply=12] xin gia hạn đến 20 tháng 7 năm 2027 chờ kinh phí   => ext 2027-07-20 "chờ kinh phí"
        [reply=12] xin lùi đến thứ 6 tuần sau chờ kinh phí            => ext 2026-07-17 "chờ kinh phí"
        [reply=12] xin lùi đến chủ nhật chờ kinh phí                  => ext 2026-07-12 "chờ kinh phí"
        [reply=12] xin lùi đến T6 chờ kinh phí                        => ext 2026-07-10 "chờ kinh phí"
        [reply=12] xin lùi đến cuối tuần sau chờ kinh phí             => ext ~2026-07-17 "chờ kinh phí"
        [reply=12] xin lùi đến cuối tuần chờ kinh phí                 => ext ~2026-07-10 "chờ kinh phí"
        [reply=12] xin lùi sang tuần sau chờ kinh phí                 => ext ~2026-07-17 "chờ kinh phí"
        [reply=12] xin thêm 5 ngày nữa chờ kinh phí                   => ext +5d "chờ kinh phí"
        [reply=12] xin thêm 3 ngày làm việc chờ kinh phí              => ext +3wd "chờ kinh phí"
        [reply=12] xin thêm 1 tuần chờ kinh phí                       => ext +7d "chờ kinh phí"
        [reply=12] xin gia hạn đến 5 ngày nữa chờ kinh phí            => ext 2026-07-13 "chờ kinh phí"
        [reply=12] xin gia hạn cho KP3 đến 20/7                       => ext 2026-07-20
        """)];

    [Theory, MemberData(nameof(Ends))]
    public void The_date_ends_where_its_words_end(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
