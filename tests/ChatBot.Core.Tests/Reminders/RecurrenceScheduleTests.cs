using ChatBot.Core.Parsing;
using ChatBot.Core.Reminders;

namespace ChatBot.Core.Tests.Reminders;

public sealed class RecurrenceScheduleTests
{
    [Theory]
    [InlineData(Recurrence.Weekly, null, "2026-06-01", "2026-06-05")]
    [InlineData(Recurrence.Weekly, null, "2026-06-05", "2026-06-05")]
    [InlineData(Recurrence.Weekly, null, "2026-06-06", "2026-06-12")]
    [InlineData(Recurrence.Weekly, "2026-06-03", "2026-06-04", "2026-06-10")] // the notice named a Wednesday
    [InlineData(Recurrence.Monthly, null, "2026-06-01", "2026-06-25")]
    [InlineData(Recurrence.Monthly, null, "2026-06-26", "2026-07-25")]
    [InlineData(Recurrence.Periodic, null, "2026-06-26", "2026-07-25")]
    [InlineData(Recurrence.Monthly, "2026-01-31", "2026-02-01", "2026-02-28")] // named day clamps to short months
    [InlineData(Recurrence.Quarterly, null, "2026-04-01", "2026-06-25")]
    [InlineData(Recurrence.Quarterly, null, "2026-06-26", "2026-09-25")]
    [InlineData(Recurrence.Yearly, null, "2026-06-01", "2026-12-25")]
    [InlineData(Recurrence.Yearly, "2026-01-15", "2026-06-01", "2027-01-15")]
    public void Next_occurrence_follows_the_period_rule(Recurrence r, string? anchor, string from, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), RecurrenceSchedule.NextDue(r, anchor is null ? null : DateOnly.Parse(anchor), DateOnly.Parse(from)));

    [Fact]
    public void Weekly_occurrences_in_a_month_are_its_fridays()
    {
        var fridays = RecurrenceSchedule.Between(Recurrence.Weekly, null, new(2026, 6, 1), new(2026, 6, 30)).ToList();
        Assert.Equal([new(2026, 6, 5), new(2026, 6, 12), new(2026, 6, 19), new(2026, 6, 26)], fridays);
    }

    [Theory]
    [InlineData(Recurrence.Weekly, "2026-06-19", "tuần 15/06–19/06/2026")]
    [InlineData(Recurrence.Monthly, "2026-06-25", "tháng 06/2026")]
    [InlineData(Recurrence.Quarterly, "2026-06-25", "quý II/2026")]
    [InlineData(Recurrence.Yearly, "2026-12-25", "năm 2026")]
    public void Period_labels_name_the_reported_period(Recurrence r, string due, string expected) =>
        Assert.Equal(expected, RecurrenceSchedule.PeriodLabel(r, DateOnly.Parse(due)));

    [Theory]
    [InlineData(Recurrence.Quarterly, null, "2026-06-25")]
    [InlineData(Recurrence.Yearly, null, "2026-12-25")]
    [InlineData(Recurrence.Monthly, null, "2026-07-25")]
    [InlineData(Recurrence.Monthly, "2026-01-10", "2026-07-10")]
    public void A_due_day_is_its_own_next_occurrence(Recurrence r, string? anchor, string due) =>
        Assert.Equal(DateOnly.Parse(due), RecurrenceSchedule.NextDue(r, anchor is null ? null : DateOnly.Parse(anchor), DateOnly.Parse(due)));

    [Theory]
    [InlineData(Recurrence.Weekly, null, "2026-06-19", "2026-06-12")]
    [InlineData(Recurrence.Monthly, null, "2026-06-25", "2026-05-25")]
    [InlineData(Recurrence.Monthly, "2026-01-31", "2026-03-31", "2026-02-28")]
    [InlineData(Recurrence.Quarterly, null, "2026-06-25", "2026-03-25")]
    [InlineData(Recurrence.Yearly, null, "2026-12-25", "2025-12-25")]
    public void The_previous_occurrence_is_where_a_period_starts(Recurrence r, string? anchor, string due, string previous) =>
        Assert.Equal(DateOnly.Parse(previous), RecurrenceSchedule.PreviousDue(r, anchor is null ? null : DateOnly.Parse(anchor), DateOnly.Parse(due)));

    [Theory]
    [InlineData("2026-03-25", "quý I/2026")]
    [InlineData("2026-09-25", "quý III/2026")]
    [InlineData("2026-12-25", "quý IV/2026")]
    public void Quarters_are_named_in_roman_numerals(string due, string expected) =>
        Assert.Equal(expected, RecurrenceSchedule.PeriodLabel(Recurrence.Quarterly, DateOnly.Parse(due)));
}
