using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>Words the clerk adds as a task the reader missed: read as a notice's items, so their unit, deadline and
/// recurrence come with them; a bare sentence is one task; a pasted list is one task an item.</summary>
public sealed class TypedTasksTests
{
    private static readonly ParseOptions Options = new() { DefaultYear = 2026 };

    [Theory]
    [InlineData("Phòng Văn hóa - Xã hội tổ chức Ngày hội gia đình, hoàn thành trước ngày 05/6/2026.", "Phòng Văn hóa - Xã hội", "2026-06-05")]
    [InlineData("Giao Công an phường rà soát người lưu trú trước ngày 20/7", "Công an phường", "2026-07-20")]
    [InlineData("VP HĐND-UBND tổng hợp kiến nghị cử tri, xong trước 15/8/2026", "Văn phòng HĐND và UBND phường", "2026-08-15")]
    [InlineData("Đề nghị Ban Chỉ huy Quân sự phường rà soát dân quân, báo cáo trước ngày 30/9/2026.", "Ban Chỉ huy Quân sự phường", "2026-09-30")]
    public void A_sentence_brings_its_unit_and_deadline(string text, string unit, string deadline)
    {
        var task = Assert.Single(TypedTasks.Read(text, Options));
        Assert.Equal((unit, DateOnly.Parse(deadline)), (task.Unit, task.Deadline));
        Assert.Equal(text, task.Text);
    }

    [Theory]
    [InlineData("Chuẩn bị hội trường")]
    [InlineData("rà soát lại")]
    [InlineData("Kiểm tra\nvà báo cáo")]
    public void Words_with_no_unit_or_deadline_are_still_one_task(string text)
    {
        var task = Assert.Single(TypedTasks.Read(text, Options));
        Assert.Equal((null, null, text), (task.Unit, task.Deadline, task.Text));
    }

    [Fact]
    public void A_recurrence_in_the_words_is_read() =>
        Assert.Equal(Recurrence.Monthly, Assert.Single(TypedTasks.Read("Phòng Kinh tế báo cáo tiến độ giải ngân hằng tháng.", Options)).Recurrence);

    [Fact]
    public void A_pasted_list_is_one_task_an_item()
    {
        var tasks = TypedTasks.Read("1. Phòng Văn hóa - Xã hội in tờ rơi, hoàn thành trước ngày 15/6/2026.\n" +
                                    "2. Phòng Kinh tế dọn vệ sinh khu chợ, hoàn thành trước ngày 16/6/2026.", Options);
        Assert.Equal([("Phòng Văn hóa - Xã hội", new DateOnly(2026, 6, 15)), ("Phòng Kinh tế", new DateOnly(2026, 6, 16))],
            tasks.Select(t => (t.Unit!, t.Deadline!.Value)));
    }
}
