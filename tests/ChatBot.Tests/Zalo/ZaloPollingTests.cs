using ChatBot.Channels.Zalo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ChatBot.Tests.Infrastructure;

namespace ChatBot.Tests.Zalo;

public sealed class ZaloPollingTests
{
    [Fact]
    public async Task Polling_starts_by_checking_the_token_and_removing_any_webhook()
    {
        await using var host = await ZaloHost.StartAsync();
        await host.Zalo.WaitForCall("getUpdates");

        Assert.Equal(["getMe", "deleteWebhook", "getUpdates"], host.Zalo.Calls.Take(3));
    }

    [Fact]
    public async Task A_text_message_is_polled_and_handed_to_the_conversation_once()
    {
        await using var host = await ZaloHost.StartAsync();
        var id = await host.Zalo.UserSends("u-1001", "/start ABC123", "Nguyễn Văn An");

        var rows = await host.Eventually(db => db.ProcessedUpdates.Where(p => p.Channel == "zalo").ToListAsync(), r => r.Count > 0);

        Assert.Equal(id, Assert.Single(rows).UpdateId);
        // The conversation answered in that chat: the code is wrong.
        var answer = await host.WithDb(db => db.Outbox.SingleAsync(m => m.ChatId == "u-1001"));
        Assert.Equal(("zalo", "Mã mời không đúng. Xin kiểm tra lại mã Văn phòng đã gửi."), (answer.Channel, answer.Text));
    }

    [Fact]
    public async Task A_picture_from_a_chat_not_linked_gets_the_linking_answer_instead_of_silence()
    {
        await using var host = await ZaloHost.StartAsync();
        await host.Zalo.UserSendsNonText("u-2002", "image");

        var queued = await host.Eventually(db => db.Outbox.Where(m => m.ChatId == "u-2002").ToListAsync(), r => r.Count > 0);
        var reply = Assert.Single(queued);
        Assert.Equal("zalo", reply.Channel);
        // A picture may be proof of work: from a chat not linked yet it gets the linking answer.
        Assert.Equal(Core.Conversation.Texts.NotLinked, reply.Text);

        // The pipeline wakes the outbox: the answer goes out without waiting for a poll (the test clock never moves).
        await Infrastructure.Wait.UntilAsync(() => host.Zalo.SentTo("u-2002"), sent => sent.Count > 0);
        Assert.Equal(Core.Conversation.Texts.Plain(Core.Conversation.Texts.NotLinked), Assert.Single(host.Zalo.SentTo("u-2002")).Text);
    }

    [Theory]
    [InlineData("sticker")]
    [InlineData("voice")]
    [InlineData("unsupported")]
    public async Task Stickers_voice_and_unsupported_messages_get_the_same_polite_reply(string kind)
    {
        await using var host = await ZaloHost.StartAsync();
        await host.Zalo.UserSendsNonText("u-3003", kind);

        var queued = await host.Eventually(db => db.Outbox.Where(m => m.ChatId == "u-3003").ToListAsync(), r => r.Count > 0);
        Assert.Equal(Core.Conversation.Texts.OnlyText, Assert.Single(queued).Text);
    }

    [Fact]
    public async Task A_picture_in_a_group_chat_gets_no_reply_there()
    {
        await using var host = await ZaloHost.StartAsync();
        await host.Zalo.Redeliver(Fakes.FakeZaloServer.Event("message.image.received", "u-3103", null, "g-31", group: true));

        await host.Eventually(db => db.ProcessedUpdates.CountAsync(), n => n > 0);
        Assert.Equal(0, await host.WithDb(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Empty_polls_answered_408_are_not_failures()
    {
        await using var host = await ZaloHost.StartAsync();
        await host.Zalo.WaitForCall("getUpdates", times: 4);

        Assert.DoesNotContain(host.Logs.Lines, l => l.Level >= LogLevel.Warning && l.Category.Contains("Zalo"));
        var id = await host.Zalo.UserSends("u-4004", "/help");
        await host.Eventually(db => db.ProcessedUpdates.AnyAsync(p => p.UpdateId == id), found => found);
    }

    [Fact]
    public async Task A_redelivered_message_id_is_handled_only_once()
    {
        await using var host = await ZaloHost.StartAsync();
        var evt = Fakes.FakeZaloServer.Event("message.sticker.received", "u-5005", null, null, false);
        await host.Zalo.Redeliver(evt);
        await host.Zalo.Redeliver(evt);
        await host.Zalo.WaitForCall("getUpdates", times: 4);
        await host.Eventually(db => db.Outbox.CountAsync(m => m.ChatId == "u-5005"), n => n > 0);
        await Task.Delay(400); // one more poll cycle for the duplicate to be (not) handled

        Assert.Equal(1, await host.WithDb(db => db.Outbox.CountAsync(m => m.ChatId == "u-5005")));
        Assert.Equal(1, await host.WithDb(db => db.ProcessedUpdates.CountAsync(p => p.Channel == "zalo")));
    }

    [Fact]
    public async Task Polling_backs_off_after_server_errors_and_then_delivers()
    {
        await using var host = await ZaloHost.StartAsync();
        await host.Zalo.WaitForCall("getUpdates");
        host.Zalo.FailNext(2, method: "getUpdates", httpStatus: 502);
        host.Zalo.FailNext(1, errorCode: 429, description: "Too many requests", method: "getUpdates");
        var id = await host.Zalo.UserSends("u-6006", "#12 xong");

        await host.Eventually(db => db.ProcessedUpdates.AnyAsync(p => p.UpdateId == id), found => found);
        // The poll already in flight may carry the message before the injected errors are met: they come on the next polls.
        await Wait.UntilAsync(() => host.Logs.Lines.Any(l => l.Level == LogLevel.Warning && l.Message.Contains("getUpdates failed")), found => found);
    }

    [Fact]
    public async Task A_group_message_keeps_the_group_chat_and_the_sender_apart()
    {
        await using var host = await ZaloHost.StartAsync();
        var id = await host.Zalo.UserSends("u-7007", "/quahan", chatId: "g-777", group: true);

        await host.Eventually(db => db.ProcessedUpdates.AnyAsync(p => p.UpdateId == id), found => found);
        // The answer goes to the group, not to the sender's private chat.
        var answers = await host.WithDb(db => db.Outbox.Select(m => m.ChatId).ToListAsync());
        Assert.Equal(["g-777"], answers);
    }
}
