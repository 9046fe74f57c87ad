using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;

namespace ChatBot.Core.Tests.Conversation;

public sealed class ButtonDataTests
{
    public static TheoryData<ButtonAction, string> Actions => new()
    {
        { new ButtonAction.SetStatus(12, WorkStatus.Acknowledged), "st:12:ack" },
        { new ButtonAction.SetStatus(12, WorkStatus.InProgress), "st:12:prog" },
        { new ButtonAction.SetStatus(12, WorkStatus.Done), "st:12:done" },
        { new ButtonAction.SetStatus(7, WorkStatus.Blocked), "st:7:block" },
        { new ButtonAction.DecideExtension(9, true), "ext:9:ok" },
        { new ButtonAction.DecideExtension(9, false), "ext:9:no" },
        { new ButtonAction.DecideDocument(3, true), "doc:3:ok" },
        { new ButtonAction.DecideDocument(3, false), "doc:3:no" },
        { new ButtonAction.DecideDocument(3, true, Anyway: true), "doc:3:go" },
        { new ButtonAction.MapUnit(12, 4), "um:12:4" },
        { new ButtonAction.CreateUnit(12), "uc:12:new" },
        { new ButtonAction.DocumentPage(3, 2), "dp:3:2" },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public void Each_action_is_written_and_read_back_the_same(ButtonAction action, string data)
    {
        Assert.Equal(data, ButtonData.Encode(action));
        Assert.Equal(action, ButtonData.Decode(data));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("done:5")]
    [InlineData("st:5")]
    [InlineData("st:5:done:x")]
    [InlineData("st:abc:done")]
    [InlineData("st:0:done")]
    [InlineData("st:-5:done")]
    [InlineData("st: 5:done")]
    [InlineData("st:5:new")]
    [InlineData("st:5:cancel")]
    [InlineData("ext:5:maybe")]
    [InlineData("doc:5:yes")]
    [InlineData("task:5:ok")]
    [InlineData("um:12:0")]
    [InlineData("um:12:x")]
    [InlineData("um:12:-4")]
    [InlineData("uc:12:4")]
    [InlineData("dp:3:0")]
    [InlineData("dp:3: 2")]
    public void Data_this_bot_never_wrote_reads_as_nothing(string? data) => Assert.Null(ButtonData.Decode(data));

    [Theory]
    [InlineData(WorkStatus.New)]
    [InlineData(WorkStatus.Cancelled)]
    public void There_is_no_button_for_new_or_cancelled(WorkStatus status) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ButtonData.Encode(new ButtonAction.SetStatus(1, status)));

    [Fact]
    public void The_longest_data_fits_telegrams_64_bytes() =>
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(ButtonData.Encode(new ButtonAction.SetStatus(int.MaxValue, WorkStatus.Blocked))) <= 64);

    [Fact]
    public void The_buttons_of_a_task_an_extension_and_a_draft_carry_their_actions()
    {
        Assert.Equal(
            [("Đã nhận", "st:12:ack"), ("Đang làm", "st:12:prog"), ("Hoàn thành", "st:12:done"), ("Vướng mắc", "st:12:block")],
            TaskTexts.StatusButtons(12).SelectMany(r => r).Select(b => (b.Text, b.Data)));
        Assert.Equal([2, 2], TaskTexts.StatusButtons(12).Select(r => r.Count));
        Assert.Equal([("Duyệt", "ext:4:ok"), ("Từ chối", "ext:4:no")], Assert.Single(TaskTexts.ExtensionButtons(4)).Select(b => (b.Text, b.Data)));
        Assert.Equal([("✅ Xác nhận giao", "doc:8:ok"), ("Bỏ", "doc:8:no")], Assert.Single(TaskTexts.DocumentButtons(8)).Select(b => (b.Text, b.Data)));
    }
}
