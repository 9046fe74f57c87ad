using ChatBot.Channels.Telegram;
using ChatBot.Channels.Zalo;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Tests.Telegram;

/// <summary>The channels hand a picture to the conversation as a photo (proof of work, never a notice to import).</summary>
public sealed class PhotoTranslationTests
{
    [Fact]
    public void A_telegram_photo_arrives_as_its_largest_size_marked_as_a_photo_with_its_caption()
    {
        var update = new Update
        {
            Id = 41,
            Message = new Message
            {
                Id = 900, From = new User { Id = 7, FirstName = "Lan" }, Chat = new Chat { Id = 7, Type = ChatType.Private },
                Caption = "#12 xong",
                Photo =
                [
                    new PhotoSize { FileId = "small", FileUniqueId = "s", Width = 90, Height = 60, FileSize = 1000 },
                    new PhotoSize { FileId = "large", FileUniqueId = "l", Width = 1280, Height = 853, FileSize = 90000 },
                    new PhotoSize { FileId = "medium", FileUniqueId = "m", Width = 320, Height = 213, FileSize = 9000 },
                ],
            },
        };
        var inbound = TelegramUpdateHandler.ToInbound(update)!;
        Assert.Equal("#12 xong", inbound.Text);
        Assert.Equal(new Core.Conversation.InboundFile("large", "anh-900.jpg", "image/jpeg", 90000, Photo: true), inbound.File);
    }

    [Fact]
    public void A_zalo_image_arrives_as_a_photo_and_an_image_without_a_usable_address_stays_unsupported()
    {
        var image = new ZaloUpdate(ZaloUpdateHandler.ImageEvent, new ZaloMessage("m-5", new ZaloSender("u-1", "Lan"), new ZaloChat("u-1", "PRIVATE"), 0, null,
            PhotoUrl: "https://zalo.example/p.jpg", Caption: "#12 ảnh hiện trường"));
        var inbound = ZaloUpdateHandler.ToInbound(image)!;
        Assert.Equal(("#12 ảnh hiện trường", false), (inbound.Text, inbound.Unsupported));
        Assert.Equal(new Core.Conversation.InboundFile("https://zalo.example/p.jpg", "anh-zalo-m-5.jpg", "image/jpeg", null, Photo: true), inbound.File);

        var odd = image with { Message = image.Message! with { PhotoUrl = "file:///etc/passwd" } };
        Assert.True(ZaloUpdateHandler.ToInbound(odd)!.Unsupported);
    }
}
