using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;

namespace ChatBot.Core.Tests.Tasks;

/// <summary>The Vietnamese names of statuses and roles shown in cards, lists and the desk.</summary>
public sealed class StatusNamesTests
{
    [Theory]
    [InlineData(WorkStatus.New, "Mới giao", true)]
    [InlineData(WorkStatus.Acknowledged, "Đã nhận", true)]
    [InlineData(WorkStatus.InProgress, "Đang làm", true)]
    [InlineData(WorkStatus.Blocked, "Vướng mắc", true)]
    [InlineData(WorkStatus.Done, "Hoàn thành", false)]
    [InlineData(WorkStatus.Cancelled, "Đã hủy", false)]
    public void Each_status_has_its_name_and_only_done_and_cancelled_are_closed(WorkStatus status, string name, bool open) =>
        Assert.Equal((name, open), (status.Vietnamese(), status.IsOpen()));

    [Theory]
    [InlineData(Role.Leader, "leader", "Lãnh đạo", true)]
    [InlineData(Role.Clerk, "clerk", "Văn phòng", true)]
    [InlineData(Role.Head, "head", "Trưởng/Phó đơn vị", false)]
    [InlineData(Role.Staff, "staff", "Chuyên viên", false)]
    public void Leaders_and_clerks_see_the_whole_ward_heads_and_staff_their_unit(Role role, string code, string name, bool wholeWard)
    {
        Assert.Equal((code, name, wholeWard), (role.Code(), role.Vietnamese(), role.SeesWholeWard()));
        Assert.True(Roles.TryParse(code.ToUpperInvariant(), out var parsed));
        Assert.Equal(role, parsed);
    }

    [Theory]
    [InlineData("chairman")]
    [InlineData("7")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_role_code_is_refused(string? code) => Assert.False(Roles.TryParse(code, out _));
}
