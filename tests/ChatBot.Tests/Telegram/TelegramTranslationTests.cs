using System.Text.Json;
using ChatBot.Channels.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Tests.Telegram;

public sealed class TelegramTranslationTests
{
    private static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;

    [Fact]
    public void A_reply_in_a_group_becomes_a_group_message_that_names_the_bot_message_it_answers()
    {
        var inbound = TelegramUpdateHandler.ToInbound(Parse("""
            {"update_id":7,"message":{"message_id":20,"date":1780000000,"text":"đang làm 60%",
             "from":{"id":42,"is_bot":false,"first_name":"Lan","last_name":"Nguyễn"},
             "chat":{"id":-100123,"type":"supergroup","title":"Phòng Kinh tế"},
             "reply_to_message":{"message_id":15,"date":1780000000,"chat":{"id":-100123,"type":"supergroup"},"text":"#12"}}}
            """))!;

        Assert.Equal(("telegram", "7", "42", "-100123", "đang làm 60%"), (inbound.Channel, inbound.UpdateId, inbound.UserId, inbound.ChatId, inbound.Text));
        Assert.True(inbound.IsGroup);
        Assert.Equal("15", inbound.ReplyToMessageId);
        Assert.Equal("Lan Nguyễn", inbound.DisplayName);
    }

    [Fact]
    public void A_document_keeps_its_own_name_and_type_and_the_caption_is_the_text()
    {
        var inbound = TelegramUpdateHandler.ToInbound(Parse("""
            {"update_id":8,"message":{"message_id":21,"date":1780000000,"caption":"thông báo số 12",
             "from":{"id":42,"is_bot":false,"first_name":"Lan"},"chat":{"id":42,"type":"private"},
             "document":{"file_id":"F1","file_unique_id":"U1","file_name":"TB 12.docx","mime_type":"application/vnd.openxmlformats-officedocument.wordprocessingml.document","file_size":2048}}}
            """))!;

        Assert.Equal("thông báo số 12", inbound.Text);
        Assert.False(inbound.IsGroup);
        Assert.Equal(new Core.Conversation.InboundFile("F1", "TB 12.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 2048), inbound.File);
    }

    [Fact]
    public void A_button_press_carries_its_data_and_the_message_that_had_the_button()
    {
        var inbound = TelegramUpdateHandler.ToInbound(Parse("""
            {"update_id":9,"callback_query":{"id":"cb1","chat_instance":"x","data":"done:12",
             "from":{"id":42,"is_bot":false,"first_name":"Lan"},
             "message":{"message_id":30,"date":1780000000,"chat":{"id":42,"type":"private"},"text":"#12"}}}
            """))!;

        Assert.Null(inbound.Text);
        Assert.Equal("done:12", inbound.CallbackData);
        Assert.Equal("30", inbound.ReplyToMessageId);
        Assert.Equal("42", inbound.ChatId);
    }

    [Fact]
    public void Updates_the_bot_does_not_use_are_ignored()
    {
        Assert.Null(TelegramUpdateHandler.ToInbound(Parse("""{"update_id":10,"edited_message":{"message_id":1,"date":1780000000,"chat":{"id":1,"type":"private"},"text":"x"}}""")));
    }

    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abd", false)]
    [InlineData("abc", "ab", false)]
    [InlineData(null, "abc", false)]
    [InlineData("abc", null, false)]
    [InlineData("", "", false)]
    public void The_webhook_secret_must_match_exactly(string? given, string? expected, bool ok) =>
        Assert.Equal(ok, TelegramWebhook.SecretMatches(given, expected));
}
