using ChatBot.Core.Conversation;
using ChatBot.Inbound;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Channels.Telegram;

/// <summary>Translates one Telegram update for the <see cref="InboundPipeline"/> and answers a pressed button with its toast.</summary>
internal sealed class TelegramUpdateHandler(InboundPipeline pipeline, TelegramChannel channel)
{
    private const string Channel = TelegramChannel.ChannelName;

    /// <summary>Throws when the update could not be handled (nothing of it was saved; the caller decides about redelivery).</summary>
    public async Task HandleAsync(Update update, CancellationToken ct)
    {
        if (update.MyChatMember is { NewChatMember.Status: ChatMemberStatus.Kicked or ChatMemberStatus.Left } member)
        {
            await pipeline.ChatClosedAsync(Channel, member.Chat.Id.ToString(), ct);
            return;
        }
        if (ToInbound(update) is not { } inbound) return;
        var callbackId = update.CallbackQuery?.Id;
        InboundOutcome outcome;
        try
        {
            outcome = await pipeline.HandleAsync(inbound, ct);
        }
        catch (Exception) when (callbackId is not null && !ct.IsCancellationRequested)
        {
            await channel.AnswerCallbackAsync(callbackId, Texts.HandlingFailed, ct);
            throw;
        }
        if (callbackId is not null) await channel.AnswerCallbackAsync(callbackId, outcome.Toast, ct);
    }

    internal static InboundMessage? ToInbound(Update update) => update switch
    {
        { Message: { From: { } from } m } => new InboundMessage(
            Channel, update.Id.ToString(), from.Id.ToString(), m.Chat.Id.ToString(),
            m.Text ?? m.Caption, DisplayName(from), IsGroup(m.Chat),
            ReplyToMessageId: m.ReplyToMessage?.MessageId.ToString(),
            File: FileOf(m)),
        // A press carries the message with the button as its "reply", so the handler can find the task it is about.
        { CallbackQuery: { Data: { } data } q } => new InboundMessage(
            Channel, update.Id.ToString(), q.From.Id.ToString(), (q.Message?.Chat.Id ?? q.From.Id).ToString(),
            null, DisplayName(q.From), q.Message is { } qm && IsGroup(qm.Chat),
            ReplyToMessageId: q.Message?.MessageId.ToString(), CallbackData: data),
        _ => null,
    };

    /// <summary>A document as sent; a photo as its largest size (Telegram sends several), named after the message.</summary>
    private static InboundFile? FileOf(Message m) => m switch
    {
        { Document: { } d } => new InboundFile(d.FileId, d.FileName ?? "tep", d.MimeType, d.FileSize),
        { Photo: { Length: > 0 } sizes } when sizes.MaxBy(p => (long)p.Width * p.Height) is { } p =>
            new InboundFile(p.FileId, $"anh-{m.MessageId}.jpg", "image/jpeg", p.FileSize, Photo: true),
        _ => null,
    };

    private static string DisplayName(User u) =>
        string.Join(' ', new[] { u.FirstName, u.LastName }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } name
            ? name
            : u.Username ?? u.Id.ToString();

    private static bool IsGroup(Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;
}
