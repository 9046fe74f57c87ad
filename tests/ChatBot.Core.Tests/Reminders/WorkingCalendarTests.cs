using ChatBot.Core.Reminders;

namespace ChatBot.Core.Tests.Reminders;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Cal = WorkingCalendar.Default;
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("2026-06-01", true)]   // Monday
    [InlineData("2026-06-06", false)]  // Saturday
    [InlineData("2026-06-07", false)]  // Sunday
    [InlineData("2026-01-01", false)]  // Tết Dương lịch
    [InlineData("2026-02-13", true)]   // Friday before the Tết break
    [InlineData("2026-02-16", false)]  // Tết Nguyên đán 2026
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-23", true)]   // back to work after Tết
    [InlineData("2026-04-27", false)]  // Giỗ Tổ (Sunday 26/4) compensated on Monday
    [InlineData("2026-04-28", true)]
    [InlineData("2026-04-30", false)]
    [InlineData("2026-05-01", false)]
    [InlineData("2026-09-01", false)]
    [InlineData("2026-09-02", false)]
    [InlineData("2026-09-03", true)]
    [InlineData("2027-02-10", false)]  // Tết 2027 compensation for the weekend days
    [InlineData("2027-02-12", true)]
    [InlineData("2027-04-16", false)]  // Giỗ Tổ 2027
    [InlineData("2027-05-03", false)]  // 1/5/2027 is a Saturday, compensated Monday
    [InlineData("2027-09-03", false)]
    public void Working_days_follow_weekends_and_vietnamese_holidays(string date, bool working) =>
        Assert.Equal(working, Cal.IsWorkingDay(DateOnly.Parse(date)));

    [Fact]
    public void A_make_up_saturday_is_a_working_day_and_a_configured_holiday_is_not()
    {
        var cal = new WorkingCalendar(new CalendarSettings { Holidays = [new(2026, 6, 3)], MakeUpWorkingDays = [new(2026, 6, 6)] });
        Assert.True(cal.IsWorkingDay(new(2026, 6, 6)));
        Assert.False(cal.IsWorkingDay(new(2026, 6, 3)));
        Assert.True(cal.IsWorkingDay(new(2026, 4, 30))); // defaults replaced, not merged
    }

    [Theory]
    [InlineData("2026-06-01T07:29:59+07:00", false)]
    [InlineData("2026-06-01T07:30:00+07:00", true)]
    [InlineData("2026-06-01T16:59:59+07:00", true)]
    [InlineData("2026-06-01T17:00:00+07:00", false)]
    [InlineData("2026-06-01T01:00:00+00:00", true)]  // 08:00 in Hà Nội
    [InlineData("2026-06-06T09:00:00+07:00", false)] // Saturday
    [InlineData("2026-04-30T09:00:00+07:00", false)] // holiday
    public void Working_time_is_0730_to_1700_local_on_working_days(string instant, bool expected) =>
        Assert.Equal(expected, Cal.IsWorkingTime(DateTimeOffset.Parse(instant)));

    [Theory]
    [InlineData("2026-06-01T06:00:00+07:00", "2026-06-01T07:30:00+07:00")]
    [InlineData("2026-06-01T07:30:00+07:00", "2026-06-01T07:30:00+07:00")]
    [InlineData("2026-06-01T10:00:00+07:00", "2026-06-02T07:30:00+07:00")]
    [InlineData("2026-06-05T18:00:00+07:00", "2026-06-08T07:30:00+07:00")] // Friday evening → Monday
    [InlineData("2026-04-29T17:30:00+07:00", "2026-05-04T07:30:00+07:00")] // before 30/4–1/5 and the weekend
    [InlineData("2026-02-13T17:00:00+07:00", "2026-02-23T07:30:00+07:00")] // across Tết
    public void Next_working_start_skips_nights_weekends_and_holidays(string instant, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), Cal.NextWorkingStart(DateTimeOffset.Parse(instant)));

    [Fact]
    public void Send_time_is_now_inside_working_hours_and_the_next_start_outside()
    {
        var inside = new DateTimeOffset(2026, 6, 1, 10, 0, 0, Vn);
        Assert.Equal(inside, Cal.SendTime(inside));
        Assert.Equal(new DateTimeOffset(2026, 6, 8, 7, 30, 0, Vn), Cal.SendTime(new DateTimeOffset(2026, 6, 6, 10, 0, 0, Vn)));
    }

    [Theory]
    [InlineData("2026-06-05", 1, "2026-06-08")]
    [InlineData("2026-06-08", -1, "2026-06-05")]
    [InlineData("2026-05-04", -3, "2026-04-24")] // 27/4, 30/4, 1/5 are off
    [InlineData("2026-06-07", -1, "2026-06-05")] // from a Sunday
    [InlineData("2026-06-03", 0, "2026-06-03")]
    [InlineData("2026-02-12", 2, "2026-02-23")]
    public void Adding_working_days_counts_only_working_days(string date, int n, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Cal.AddWorkingDays(DateOnly.Parse(date), n));

    [Theory]
    [InlineData("2026-04-29", "2026-05-05", 2)]
    [InlineData("2026-06-05", "2026-06-08", 1)]
    [InlineData("2026-06-08", "2026-06-05", -1)]
    [InlineData("2026-06-01", "2026-06-01", 0)]
    public void Working_days_between_counts_the_days_after_the_start(string from, string to, int expected) =>
        Assert.Equal(expected, Cal.WorkingDaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)));

    [Fact]
    public void The_default_holiday_list_covers_2026_and_2027_without_duplicates()
    {
        Assert.Equal(VietnamHolidays.Days.Count, VietnamHolidays.Days.Distinct().Count());
        Assert.Contains(new DateOnly(2026, 2, 17), VietnamHolidays.Days); // mùng 1 Tết Bính Ngọ
        Assert.Contains(new DateOnly(2027, 2, 6), VietnamHolidays.Days);  // mùng 1 Tết Đinh Mùi
    }

    [Fact]
    public void A_calendar_must_have_working_hours_and_a_working_day()
    {
        var noHours = Assert.Throws<ArgumentException>(() => new WorkingCalendar(new CalendarSettings { WorkStart = new(8, 0), WorkEnd = new(8, 0) }));
        Assert.StartsWith("WorkEnd phải sau WorkStart.", noHours.Message);
        var noDays = Assert.Throws<ArgumentException>(() => new WorkingCalendar(new CalendarSettings { WorkingDays = [], MakeUpWorkingDays = [] }));
        Assert.StartsWith("Cần ít nhất một ngày làm việc.", noDays.Message);
        // Weekdays alone (no make-up Saturdays configured) are enough.
        var plain = new WorkingCalendar(new CalendarSettings { MakeUpWorkingDays = [], Holidays = [] });
        Assert.Equal(new DateOnly(2026, 5, 1), plain.NextWorkingDayOnOrAfter(new(2026, 5, 1)));
    }

    [Fact]
    public void A_calendar_whose_only_working_day_is_past_finds_none_ahead()
    {
        var once = new WorkingCalendar(new CalendarSettings { WorkingDays = [], MakeUpWorkingDays = [new(2026, 5, 9)], Holidays = [] });
        Assert.Equal(new DateOnly(2026, 5, 9), once.NextWorkingDayOnOrAfter(new(2026, 5, 1)));
        Assert.Equal(new DateOnly(2026, 5, 9), once.PreviousWorkingDayOnOrBefore(new(2026, 6, 1)));
        Assert.Equal("Không tìm thấy ngày làm việc nào trong 10 năm tới.",
            Assert.Throws<InvalidOperationException>(() => once.NextWorkingDayOnOrAfter(new(2026, 5, 10))).Message);
        Assert.Equal("Không tìm thấy ngày làm việc nào trong 10 năm trước.",
            Assert.Throws<InvalidOperationException>(() => once.PreviousWorkingDayOnOrBefore(new(2026, 5, 8))).Message);
    }
}
