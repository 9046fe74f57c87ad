using ChatBot.Core.Directory;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Rows for the window reader (WindowReader.cs) that mutation testing found loose (docs/TESTING.md): each wording with
/// the window the chief hears back, and the year of a date the description does not show. Today is Wednesday
/// 08/07/2026 (this week 06/07–12/07, this quarter 01/07–30/09).
/// </summary>
public class WindowReaderSurvivorTests
{
    private static readonly UnderstandingContext Chief = new(CaseTable.Today) { Writer = Role.Leader };

    private static string Heard(string text) => Assert.IsType<Intent.Question>(ReplyUnderstander.Read(text, Chief)).Description;

    [Theory]
    [InlineData("việc đến hạn từ nay tới 20/7", "Việc đến hạn từ nay đến 20/07 (08/07–20/07)")]
    [InlineData("việc đến hạn từ nay đến ngày 20/7", "Việc đến hạn từ nay đến 20/07 (08/07–20/07)")]
    [InlineData("việc đến hạn từ giờ đến ngày 20/7", "Việc đến hạn từ nay đến 20/07 (08/07–20/07)")]
    [InlineData("việc đến hạn từ nay đến hết tuần", "Việc đến hạn từ nay đến cuối tuần (08/07–12/07)")]
    [InlineData("việc đến hạn từ giờ đến cuối tháng", "Việc đến hạn từ nay đến cuối tháng (08/07–31/07)")]
    [InlineData("việc đến hạn trước 20/7", "Việc đến hạn từ nay đến 20/07 (08/07–20/07)")]
    [InlineData("việc cần hoàn thành tới hết tháng", "Việc đến hạn từ nay đến cuối tháng (08/07–31/07)")]
    [InlineData("việc đến hạn tới 20/7", "Việc đến hạn từ nay đến 20/07 (08/07–20/07)")]
    // Today is still "until today"; a day before today is that day.
    [InlineData("việc đến hạn đến 8/7", "Việc đến hạn từ nay đến 08/07 (08/07)")]
    [InlineData("việc đến hạn từ nay đến ngày 8/7", "Việc đến hạn từ nay đến 08/07 (08/07)")]
    [InlineData("việc quá hạn đến 7/7", "Việc quá hạn, hạn ngày 07/07")]
    public void Until_a_day(string text, string expected) => Assert.Equal(expected, Heard(text));

    [Theory]
    [InlineData("tiến độ từ đầu năm", "Tiến độ thực hiện nhiệm vụ từ đầu năm (01/01–08/07)")]
    [InlineData("tiến độ từ đầu quý", "Tiến độ thực hiện nhiệm vụ từ đầu quý (01/07–08/07)")]
    [InlineData("tiến độ từ đầu tháng", "Tiến độ thực hiện nhiệm vụ từ đầu tháng (01/07–08/07)")]
    [InlineData("tiến độ từ đầu tuần", "Tiến độ thực hiện nhiệm vụ từ đầu tuần (06/07–08/07)")]
    [InlineData("việc đến hạn hôm nay", "Việc đến hạn hôm nay (08/07)")]
    [InlineData("việc đến hạn ngày mai", "Việc đến hạn ngày mai (09/07)")]
    [InlineData("tiến độ hôm qua", "Tiến độ thực hiện nhiệm vụ hôm qua (07/07)")]
    [InlineData("việc đến hạn 3 ngày tới", "Việc đến hạn trong 3 ngày tới (08/07–11/07)")]
    [InlineData("việc đến hạn 5 ngày nữa", "Việc đến hạn trong 5 ngày tới (08/07–13/07)")]
    [InlineData("việc đến hạn 2 tuần tới", "Việc đến hạn trong 2 tuần tới (08/07–22/07)")]
    [InlineData("việc đến hạn trong 2 tuần", "Việc đến hạn trong 2 tuần tới (08/07–22/07)")]
    [InlineData("việc đến hạn trong 366 ngày tới", "Việc đến hạn trong 366 ngày tới (08/07–09/07)")]
    [InlineData("việc đến hạn tuần này", "Việc đến hạn trong tuần này (06/07–12/07)")]
    [InlineData("việc đến hạn tuần sau", "Việc đến hạn trong tuần sau (13/07–19/07)")]
    [InlineData("việc quá hạn tuần trước", "Việc quá hạn, hạn trong tuần trước (29/06–05/07)")]
    [InlineData("việc đến hạn cuối tuần", "Việc đến hạn cuối tuần (10/07–12/07)")]
    public void Days_and_weeks(string text, string expected) => Assert.Equal(expected, Heard(text));

    [Theory]
    [InlineData("việc đến hạn trong tháng 8", "Việc đến hạn trong tháng 8 (01/08–31/08)")]
    [InlineData("việc đến hạn tháng 8", "Việc đến hạn trong tháng 8 (01/08–31/08)")]
    [InlineData("việc đến hạn tháng sau", "Việc đến hạn trong tháng sau (01/08–31/08)")]
    [InlineData("việc quá hạn tháng trước", "Việc quá hạn, hạn trong tháng trước (01/06–30/06)")]
    [InlineData("việc đến hạn cuối tháng", "Việc đến hạn cuối tháng (25/07–31/07)")]
    [InlineData("việc đến hạn đầu tháng sau", "Việc đến hạn đầu tháng sau (01/08–10/08)")]
    [InlineData("tiến độ quý này", "Tiến độ thực hiện nhiệm vụ trong quý này (01/07–30/09)")]
    [InlineData("tiến độ quý sau", "Tiến độ thực hiện nhiệm vụ trong quý sau (01/10–31/12)")]
    [InlineData("tiến độ quý trước", "Tiến độ thực hiện nhiệm vụ trong quý trước (01/04–30/06)")]
    [InlineData("tiến độ quý 4", "Tiến độ thực hiện nhiệm vụ trong quý 4 (01/10–31/12)")]
    [InlineData("tiến độ quý 1", "Tiến độ thực hiện nhiệm vụ trong quý 1 (01/01–31/03)")]
    [InlineData("tiến độ quý IV", "Tiến độ thực hiện nhiệm vụ trong quý 4 (01/10–31/12)")]
    [InlineData("tiến độ quý 5", "Tiến độ thực hiện nhiệm vụ")]
    [InlineData("tiến độ quý 0", "Tiến độ thực hiện nhiệm vụ")]
    [InlineData("tiến độ năm nay", "Tiến độ thực hiện nhiệm vụ trong năm nay (01/01–31/12)")]
    public void Months_quarters_and_years(string text, string expected) => Assert.Equal(expected, Heard(text));

    /// <summary>The year a one-day window falls in, which its description does not show.</summary>
    public static TheoryData<string> Years() => [.. CaseTable.Lines("""
        [leader] việc nào đến hạn ngày 20/7          => q duesoon win=2026-07-20..2026-07-20
        [leader] việc nào đến hạn ngày 1/5/2027      => q duesoon win=2027-05-01..2027-05-01
        [leader] việc quá hạn ngày 1/5               => q overdue win=2026-05-01..2026-05-01
        [leader] tiến độ tháng 1                     => q progress win=2027-01-01..2027-01-31
        """)];

    [Theory, MemberData(nameof(Years))]
    public void A_day_keeps_the_year_it_falls_in(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
