using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>The parts of the public API the host relies on, beyond the phrasing tables.</summary>
public class UnderstanderApiTests
{
    private static readonly DateOnly Wednesday = CaseTable.Today;

    [Fact]
    public void A_question_names_the_unit_as_the_ward_spells_it_when_the_units_are_given()
    {
        var ctx = new UnderstandingContext(Wednesday)
        {
            Writer = Role.Leader,
            Units = ["Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường", "Kinh tế"],
        };
        var q = Assert.IsType<Intent.Question>(ReplyUnderstander.Read("cong an phuong co viec nao qua han khong", ctx));
        Assert.Equal("Công an phường", q.Unit);
        Assert.Equal("Việc quá hạn của Công an phường", q.Description);
    }

    [Fact]
    public void The_description_says_the_window_in_dates()
    {
        var q = Assert.IsType<Intent.Question>(ReplyUnderstander.Read("việc đến hạn tuần này", new UnderstandingContext(Wednesday) { Writer = Role.Leader }));
        Assert.Equal("Việc đến hạn trong tuần này (06/07–12/07)", q.Description);
        Assert.Equal(new DateWindow(new DateOnly(2026, 7, 6), new DateOnly(2026, 7, 12), "tuần này (06/07–12/07)"), q.Window);
    }

    [Fact]
    public void More_days_count_from_the_current_deadline_or_from_today_when_it_has_passed()
    {
        var ext = Assert.IsType<Intent.Extension>(ReplyUnderstander.Read("cho em thêm 5 ngày", new UnderstandingContext(Wednesday) { RepliedTask = 3 }));
        var more = Assert.IsType<ExtensionDate.MoreDays>(ext.When);
        static bool Weekday(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal(new DateOnly(2026, 7, 15), more.From(new DateOnly(2026, 7, 10), Wednesday, Weekday));
        Assert.Equal(new DateOnly(2026, 7, 13), more.From(new DateOnly(2026, 7, 1), Wednesday, Weekday));
        Assert.Equal(new DateOnly(2026, 7, 13), more.From(null, Wednesday, Weekday));
    }

    [Fact]
    public void Working_days_skip_the_wards_days_off()
    {
        var holiday = new DateOnly(2026, 7, 9);
        var ctx = new UnderstandingContext(Wednesday) { RepliedTask = 3, IsWorkingDay = d => d != holiday && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) };
        var ext = Assert.IsType<Intent.Extension>(ReplyUnderstander.Read("xin gia hạn thêm 3 ngày làm việc", ctx));
        var more = Assert.IsType<ExtensionDate.MoreDays>(ext.When);
        Assert.True(more.WorkingDays);
        Assert.Equal(new DateOnly(2026, 7, 14), more.From(Wednesday, Wednesday, ctx.IsWorkingDay));
    }

    [Fact]
    public void A_date_before_today_is_reported_as_past()
    {
        var ext = Assert.IsType<Intent.Extension>(ReplyUnderstander.Read("#4 xin gia hạn đến 1/7", new UnderstandingContext(Wednesday)));
        var on = Assert.IsType<ExtensionDate.OnDate>(ext.When);
        Assert.Equal(new DateOnly(2026, 7, 1), on.Date);
        Assert.True(on.InPast);
    }

    [Fact]
    public void A_date_without_a_year_long_gone_this_year_is_next_years()
    {
        var ext = Assert.IsType<Intent.Extension>(ReplyUnderstander.Read("#4 xin gia hạn đến 15/1", new UnderstandingContext(new DateOnly(2026, 12, 20))));
        Assert.Equal(new DateOnly(2027, 1, 15), Assert.IsType<ExtensionDate.OnDate>(ext.When).Date);
    }

    [Fact]
    public void End_of_the_week_on_a_saturday_is_the_sunday_not_a_day_gone()
    {
        var saturday = new DateOnly(2026, 7, 11);
        var ext = Assert.IsType<Intent.Extension>(ReplyUnderstander.Read("xin gia hạn đến cuối tuần", new UnderstandingContext(saturday) { RepliedTask = 1 }));
        var on = Assert.IsType<ExtensionDate.OnDate>(ext.When);
        Assert.Equal(new DateOnly(2026, 7, 12), on.Date);
        Assert.True(on.Approximate);
    }

    [Fact]
    public void Bare_numbers_are_list_items_only_when_the_list_has_them_all()
    {
        var list = new UnderstandingContext(Wednesday) { ListCount = 4 };
        Assert.Equal([TaskRef.Item(1), TaskRef.Item(3)], Assert.IsType<Intent.Status>(ReplyUnderstander.Read("1, 3 xong", list)).Tasks);
        Assert.Equal([TaskRef.Task(1), TaskRef.Task(30)], Assert.IsType<Intent.Status>(ReplyUnderstander.Read("1, 30 xong", list)).Tasks);
        Assert.Equal([TaskRef.Task(3)], Assert.IsType<Intent.Status>(ReplyUnderstander.Read("#3 xong", list)).Tasks);
    }

    [Fact]
    public void Written_task_numbers_win_over_the_message_replied_to()
    {
        var s = Assert.IsType<Intent.Status>(ReplyUnderstander.Read("#13 đang làm 40%", new UnderstandingContext(Wednesday) { RepliedTask = 12 }));
        Assert.Equal([TaskRef.Task(13)], s.Tasks);
        Assert.Equal(new StatusChange(WorkStatus.InProgress, 40), s.Change);
    }

    [Fact]
    public void A_status_with_no_task_keeps_no_target_so_the_host_can_ask_which()
    {
        var s = Assert.IsType<Intent.Status>(ReplyUnderstander.Read("đã xong rồi ạ", new UnderstandingContext(Wednesday)));
        Assert.Empty(s.Tasks);
    }

    [Fact]
    public void A_bare_ok_from_the_chief_is_not_an_acknowledgement_of_the_task()
    {
        Assert.IsType<Intent.NotUnderstood>(ReplyUnderstander.Read("ok", new UnderstandingContext(Wednesday) { Writer = Role.Leader, RepliedTask = 5 }));
        Assert.IsType<Intent.Status>(ReplyUnderstander.Read("ok", new UnderstandingContext(Wednesday) { RepliedTask = 5 }));
    }

    [Fact]
    public void Options_have_short_vietnamese_labels_for_buttons_and_numbered_choices()
    {
        var u = Assert.IsType<Intent.Unsure>(ReplyUnderstander.Read("em làm rồi", new UnderstandingContext(Wednesday) { RepliedTask = 5 }));
        Assert.Equal(["xong", "đang làm"], u.Candidates.Select(c => c.Label));
        Assert.Equal("đang làm 60%", new StatusChange(WorkStatus.InProgress, 60).Label);
        Assert.Equal("vướng", new StatusChange(WorkStatus.Blocked, null, "chờ kinh phí").Label);
    }

    [Theory]
    [InlineData("/viec 12")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Slash_commands_and_empty_text_are_left_to_the_command_parser(string? text) =>
        Assert.IsType<Intent.NotUnderstood>(ReplyUnderstander.Read(text, new UnderstandingContext(Wednesday) { RepliedTask = 1 }));

    [Fact]
    public void A_pasted_notice_longer_than_a_reply_is_not_read()
    {
        var text = "#12 xong. " + new string('a', ReplyUnderstander.MaxLength);
        Assert.IsType<Intent.NotUnderstood>(ReplyUnderstander.Read(text, new UnderstandingContext(Wednesday)));
    }
}
