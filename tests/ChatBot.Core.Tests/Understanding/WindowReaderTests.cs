using ChatBot.Core.Directory;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// The window a question is limited to, for every wording the window reader knows, as the chief hears it back
/// (the sentence names the window in dates). Today is Wednesday 08/07/2026 (this week 06/07–12/07).
/// </summary>
public class WindowReaderTests
{
    private static readonly UnderstandingContext Chief = new(CaseTable.Today) { Writer = Role.Leader };

    private static string Heard(string text) => Assert.IsType<Intent.Question>(ReplyUnderstander.Read(text, Chief)).Description;

    [Theory]
    [InlineData("việc đến hạn từ nay đến 20/7", "Việc đến hạn từ nay đến 20/07 (08/07–20/07)")]
    [InlineData("việc đến hạn từ giờ đến 25/7", "Việc đến hạn từ nay đến 25/07 (08/07–25/07)")]
    [InlineData("việc đến hạn trước ngày 20/7", "Việc đến hạn từ nay đến 20/07 (08/07–20/07)")]
    [InlineData("việc cần hoàn thành đến cuối tháng", "Việc đến hạn từ nay đến cuối tháng (08/07–31/07)")]
    [InlineData("việc cần hoàn thành đến hết tháng", "Việc đến hạn từ nay đến cuối tháng (08/07–31/07)")]
    [InlineData("việc cần hoàn thành đến cuối tuần", "Việc đến hạn từ nay đến cuối tuần (08/07–12/07)")]
    [InlineData("việc cần hoàn thành tới cuối tuần", "Việc đến hạn từ nay đến cuối tuần (08/07–12/07)")]
    [InlineData("việc cần hoàn thành đến hết tuần", "Việc đến hạn từ nay đến cuối tuần (08/07–12/07)")]
    public void Until_a_day_runs_from_today(string text, string expected) => Assert.Equal(expected, Heard(text));

    [Theory]
    [InlineData("việc nào đến hạn ngày 20/7", "Việc đến hạn ngày 20/07")]
    [InlineData("việc đến hạn 15/7", "Việc đến hạn ngày 15/07")]
    [InlineData("việc quá hạn ngày 1/5", "Việc quá hạn, hạn ngày 01/05")]
    [InlineData("tiến độ ngày 20/7/2025", "Tiến độ thực hiện nhiệm vụ ngày 20/07")]
    [InlineData("việc đến hạn đến 20/7", "Việc đến hạn từ nay đến 20/07 (08/07–20/07)")]
    public void A_date_alone_is_that_day(string text, string expected) => Assert.Equal(expected, Heard(text));

    [Fact]
    public void A_date_alone_keeps_its_year()
    {
        var q = Assert.IsType<Intent.Question>(ReplyUnderstander.Read("việc quá hạn ngày 1/5", Chief));
        Assert.Equal(new DateWindow(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1), "ngày 01/05"), q.Window);
        var written = Assert.IsType<Intent.Question>(ReplyUnderstander.Read("tiến độ ngày 20/7/2025", Chief));
        Assert.Equal(new DateOnly(2025, 7, 20), written.Window!.From);
    }

    [Theory]
    [InlineData("việc đến hạn 10 ngày sắp tới", "Việc đến hạn trong 10 ngày tới (08/07–18/07)")]
    [InlineData("việc đến hạn trong 10 ngày", "Việc đến hạn trong 10 ngày tới (08/07–18/07)")]
    [InlineData("việc đến hạn trong 14 ngày tới", "Việc đến hạn trong 14 ngày tới (08/07–22/07)")]
    [InlineData("việc đến hạn trong tuần", "Việc đến hạn trong tuần này (06/07–12/07)")]
    [InlineData("việc đến hạn trong tuần sau", "Việc đến hạn trong tuần sau (13/07–19/07)")]
    [InlineData("việc đến hạn trong tuần tới", "Việc đến hạn trong tuần sau (13/07–19/07)")]
    [InlineData("việc quá hạn trong tuần trước", "Việc quá hạn, hạn trong tuần trước (29/06–05/07)")]
    [InlineData("việc quá hạn tuần qua", "Việc quá hạn, hạn trong tuần trước (29/06–05/07)")]
    [InlineData("việc đến hạn ngày hôm nay", "Việc đến hạn hôm nay (08/07)")]
    public void Days_and_weeks_are_counted_from_today_and_monday(string text, string expected) => Assert.Equal(expected, Heard(text));

    [Theory]
    [InlineData("tiến độ tháng này", "Tiến độ thực hiện nhiệm vụ trong tháng này (01/07–31/07)")]
    [InlineData("việc đến hạn trong tháng", "Việc đến hạn trong tháng này (01/07–31/07)")]
    [InlineData("việc đến hạn trong tháng sau", "Việc đến hạn trong tháng sau (01/08–31/08)")]
    [InlineData("việc đến hạn trong tháng tới", "Việc đến hạn trong tháng sau (01/08–31/08)")]
    [InlineData("việc đến hạn tháng tới", "Việc đến hạn trong tháng sau (01/08–31/08)")]
    [InlineData("việc quá hạn trong tháng trước", "Việc quá hạn, hạn trong tháng trước (01/06–30/06)")]
    [InlineData("tiến độ tháng qua", "Tiến độ thực hiện nhiệm vụ trong tháng trước (01/06–30/06)")]
    [InlineData("việc đến hạn đầu tháng tới", "Việc đến hạn đầu tháng sau (01/08–10/08)")]
    [InlineData("tiến độ quý tới", "Tiến độ thực hiện nhiệm vụ trong quý sau (01/10–31/12)")]
    [InlineData("tiến độ quý I", "Tiến độ thực hiện nhiệm vụ trong quý 1 (01/01–31/03)")]
    [InlineData("tiến độ quý II", "Tiến độ thực hiện nhiệm vụ trong quý 2 (01/04–30/06)")]
    [InlineData("tiến độ quý III", "Tiến độ thực hiện nhiệm vụ trong quý 3 (01/07–30/09)")]
    [InlineData("tiến độ theo quý", "Tiến độ thực hiện nhiệm vụ")]
    public void Months_and_quarters_are_whole(string text, string expected) => Assert.Equal(expected, Heard(text));

    /// <summary>"3 tháng qua" (the last three months) is not last month, whatever else it is.</summary>
    [Fact]
    public void A_count_of_months_is_not_the_month_it_names() =>
        Assert.DoesNotContain("tháng trước", Heard("tiến độ 3 tháng qua"), StringComparison.Ordinal);
}
