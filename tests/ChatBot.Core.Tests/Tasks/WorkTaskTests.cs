using ChatBot.Core.Tasks;

namespace ChatBot.Core.Tests.Tasks;

/// <summary>The rules of a task's status and deadline, with the Vietnamese refusals an official reads.</summary>
public sealed class WorkTaskTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 30, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly Actor Lan = new(7, "Trần Thị Lan", "telegram", "#12 vướng: chưa có kinh phí");

    private static WorkTask Assigned(WorkStatus status = WorkStatus.New, DateOnly? deadline = null) => new()
    {
        Id = 12, Text = "Rà soát hồ sơ đất", Status = status, Deadline = deadline ?? new DateOnly(2026, 6, 19),
        AssignedAt = Now.AddDays(-3),
    };

    private static string Refusal(Action change) => Assert.Throws<TaskRuleException>(change).Message;

    [Fact]
    public void A_task_not_yet_assigned_cannot_be_updated()
    {
        var draft = Assigned();
        draft.AssignedAt = null;
        Assert.Equal("Nhiệm vụ #12 chưa được giao chính thức.", Refusal(() => draft.ChangeStatus(WorkStatus.Done, null, null, Lan, Now)));
    }

    [Fact]
    public void A_cancelled_task_cannot_be_updated() =>
        Assert.Equal("Nhiệm vụ #12 đã hủy, không cập nhật được.",
            Refusal(() => Assigned(WorkStatus.Cancelled).ChangeStatus(WorkStatus.InProgress, 50, null, Lan, Now)));

    [Theory]
    [InlineData(WorkStatus.Acknowledged, "Đã nhận")]
    [InlineData(WorkStatus.Blocked, "Vướng mắc")]
    [InlineData(WorkStatus.Done, "Hoàn thành")]
    public void A_done_task_can_only_be_reopened(WorkStatus to, string name)
    {
        var done = Assigned(WorkStatus.Done);
        Assert.Equal($"Nhiệm vụ #12 đã hoàn thành, không chuyển sang \"{name}\" được.", Refusal(() => done.ChangeStatus(to, null, "lý do", Lan, Now)));
        Assert.Equal(WorkStatus.Done, done.Status);
        Assert.Empty(done.History);
    }

    [Fact]
    public void Reopening_a_done_task_starts_its_percentage_again_and_clears_its_completion()
    {
        var t = Assigned(WorkStatus.InProgress);
        t.ChangeStatus(WorkStatus.Done, null, null, Lan, Now);
        Assert.Equal((100, Now), (t.Percent, t.CompletedAt));
        var h = t.ChangeStatus(WorkStatus.InProgress, null, null, Lan, Now.AddHours(1));
        Assert.Equal((WorkStatus.InProgress, 0, (DateTimeOffset?)null, "Hoàn thành", "Đang làm"), (t.Status, t.Percent, t.CompletedAt, h.OldValue, h.NewValue));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void A_percentage_is_from_0_to_100(int percent, bool accepted)
    {
        var t = Assigned();
        if (accepted)
        {
            t.ChangeStatus(WorkStatus.InProgress, percent, null, Lan, Now);
            Assert.Equal(percent, t.Percent);
        }
        else
        {
            Assert.Equal("Tỷ lệ phần trăm phải từ 0 đến 100.", Refusal(() => t.ChangeStatus(WorkStatus.InProgress, percent, null, Lan, Now)));
            Assert.Equal((WorkStatus.New, 0, 0), (t.Status, t.Percent, t.Version));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blocked_needs_a_reason(string? reason) =>
        Assert.Equal("Xin cho biết nội dung vướng mắc, ví dụ: #12 vướng: chưa có kinh phí.",
            Refusal(() => Assigned().ChangeStatus(WorkStatus.Blocked, null, reason, Lan, Now)));

    [Fact]
    public void A_status_change_is_recorded_with_who_when_where_and_the_words()
    {
        var t = Assigned();
        var h = t.ChangeStatus(WorkStatus.Blocked, null, "  chưa có kinh phí ", Lan, Now);
        Assert.Equal("chưa có kinh phí", t.BlockedReason);
        Assert.Equal("Vướng mắc: chưa có kinh phí", t.Describe());
        Assert.Same(h, Assert.Single(t.History));
        Assert.Equal((12, "status", "Mới giao", "Vướng mắc: chưa có kinh phí", Now, 7, "Trần Thị Lan", "telegram", "#12 vướng: chưa có kinh phí"),
            (h.TaskId, h.Field, h.OldValue, h.NewValue, h.At, h.OfficialId, h.ActorName, h.Channel, h.RawText));
        Assert.Equal(1, t.Version);

        // Leaving "blocked" forgets the reason; a percentage given earlier stays until another is given.
        t.ChangeStatus(WorkStatus.InProgress, 60, null, Lan, Now);
        Assert.Null(t.BlockedReason);
        Assert.Equal("Đang làm 60%", t.Describe());
        t.ChangeStatus(WorkStatus.Acknowledged, null, null, Lan, Now);
        Assert.Equal(("Đã nhận", 60), (t.Describe(), t.Percent));
        var back = t.ChangeStatus(WorkStatus.InProgress, null, null, Lan, Now);
        Assert.Equal(("Đã nhận", "Đang làm 60%"), (back.OldValue, back.NewValue));
        Assert.Equal((4, 4), (t.Version, t.History.Count));
    }

    [Theory]
    [InlineData(WorkStatus.InProgress, 0, "Đang làm")]
    [InlineData(WorkStatus.New, 0, "Mới giao")]
    [InlineData(WorkStatus.Acknowledged, 30, "Đã nhận")]
    [InlineData(WorkStatus.Done, 100, "Hoàn thành")]
    [InlineData(WorkStatus.Cancelled, 0, "Đã hủy")]
    public void A_percentage_is_shown_only_while_in_progress(WorkStatus status, int percent, string shown) =>
        Assert.Equal(shown, new WorkTask { Text = "x", Status = status, Percent = percent }.Describe());

    [Fact]
    public void An_extension_moves_the_deadline_and_keeps_the_one_the_notice_set()
    {
        var t = Assigned(WorkStatus.InProgress);
        var h = t.ExtendDeadline(new(2026, 6, 30), Lan, Now, Today);
        Assert.Equal(("deadline", "19/06/2026", "30/06/2026"), (h.Field, h.OldValue, h.NewValue));
        t.ExtendDeadline(Today, Lan, Now, Today); // today itself is still allowed
        Assert.Equal((Today, new DateOnly(2026, 6, 19), 2), (t.Deadline, t.OriginalDeadline, t.Version));
    }

    [Fact]
    public void A_task_without_deadline_can_be_given_one()
    {
        var t = Assigned();
        t.Deadline = null;
        var h = t.ExtendDeadline(new(2026, 6, 30), Lan, Now, Today);
        Assert.Equal(("không hạn", "30/06/2026"), (h.OldValue, h.NewValue));
    }

    [Fact]
    public void No_extension_into_the_past_or_for_a_closed_task()
    {
        Assert.Equal("Ngày 14/06/2026 đã qua, không gia hạn được.", Refusal(() => Assigned().ExtendDeadline(new(2026, 6, 14), Lan, Now, Today)));
        Assert.Equal("Nhiệm vụ #12 đã hoàn thành, không gia hạn được.", Refusal(() => Assigned(WorkStatus.Done).ExtendDeadline(new(2026, 6, 30), Lan, Now, Today)));
        Assert.Equal("Nhiệm vụ #12 đã hủy, không gia hạn được.", Refusal(() => Assigned(WorkStatus.Cancelled).ExtendDeadline(new(2026, 6, 30), Lan, Now, Today)));
    }

    [Fact]
    public void A_clerks_correction_is_recorded_as_it_was_given()
    {
        var t = Assigned();
        var h = t.Correct("unit", "Phòng KT", "Phòng Kinh tế", Lan, Now);
        Assert.Equal(("unit", "Phòng KT", "Phòng Kinh tế", 1), (h.Field, h.OldValue, h.NewValue, t.Version));
        Assert.Same(h, Assert.Single(t.History));
    }

    [Theory]
    [InlineData(WorkStatus.InProgress, "2026-06-14", true)]
    [InlineData(WorkStatus.InProgress, "2026-06-15", false)] // due today is not yet overdue
    [InlineData(WorkStatus.Blocked, "2026-06-01", true)]
    [InlineData(WorkStatus.Done, "2026-06-01", false)]
    [InlineData(WorkStatus.Cancelled, "2026-06-01", false)]
    public void Overdue_means_open_and_past_its_deadline(WorkStatus status, string deadline, bool overdue) =>
        Assert.Equal(overdue, Assigned(status, DateOnly.Parse(deadline)).IsOverdue(Today));
}
