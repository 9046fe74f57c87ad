using ChatBot.Core.Tasks;
using ChatBot.Tests.Infrastructure;

namespace ChatBot.Tests.Zalo;

/// <summary>Zalo has no buttons: the bot's question about an unsure reply comes as numbered options, answered by typing a number.</summary>
public sealed class ZaloRepliesTests
{
    [Fact]
    public async Task An_unsure_reply_is_asked_with_numbered_options_and_no_buttons_and_a_typed_number_answers()
    {
        await using var zalo = await Fakes.FakeZaloServer.StartAsync();
        using var app = new ChatBotApp(new()
        {
            ["Zalo:BotToken"] = zalo.Token, ["Zalo:ApiBaseUrl"] = zalo.BaseUrl, ["Zalo:RequestTimeout"] = "00:00:01",
            ["Outbox:Enabled"] = "false", ["Reminders:Enabled"] = "false",
        });
        var ward = new TestWard(app, "zalo");
        await ward.SeedAsync();
        var task = (await ward.TasksAsync()).First(t => t.Text.StartsWith("Tổ chức Ngày hội"));

        var ask = Assert.Single(await ward.SendAsync("vanhoa", $"#{task.Id} đã triển khai"));
        Assert.Null(ask.Buttons);
        Assert.EndsWith("1 = xong, 2 = đang làm? Trả lời bằng số.", ask.Text);
        Assert.Equal(WorkStatus.New, (await ward.TasksAsync()).Single(t => t.Id == task.Id).Status);

        Assert.Equal($"✅ Đã cập nhật <b>#{task.Id}</b>: Đang làm.", Assert.Single(await ward.SendAsync("vanhoa", "số 2")).Text);
        Assert.Equal(WorkStatus.InProgress, (await ward.TasksAsync()).Single(t => t.Id == task.Id).Status);
    }
}
