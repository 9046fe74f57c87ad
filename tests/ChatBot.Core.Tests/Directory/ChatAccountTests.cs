using ChatBot.Core.Directory;

namespace ChatBot.Core.Tests.Directory;

public sealed class ChatAccountTests
{
    [Fact]
    public void A_newly_linked_chat_account_receives_messages_until_the_platform_says_otherwise() =>
        Assert.True(new ChatAccount { Channel = "telegram", UserId = "42", ChatId = "42" }.Active);
}
