using ChatBot.Core.Conversation;
using ChatBot.Outbox;

namespace ChatBot.Conversation;

/// <summary>What the bot answers the sender of one message. Handlers write here; the inbound pipeline puts it into
/// the outbox in the same unit of work as the message's changes (or, for a refusal, instead of them).</summary>
public sealed class ChatReply
{
    private readonly List<Outgoing> _messages = [];
    private string? _toast;

    public IReadOnlyList<Outgoing> Messages => _messages;

    /// <summary>True when the request was refused: the pipeline keeps none of the message's changes, only this answer.</summary>
    public bool Refused { get; private set; }

    public void Say(string html, IReadOnlyList<IReadOnlyList<ChatButton>>? buttons = null, int? taskId = null, string? toast = null)
    {
        _messages.Add(new Outgoing(html, buttons, taskId));
        if (toast is not null) _toast = toast;
    }

    /// <summary>A file (report, chart) with its caption.</summary>
    public void Send(Outgoing message) => _messages.Add(message);

    /// <summary>A polite refusal: one message, and nothing this message changed is kept.</summary>
    public void Refuse(string html)
    {
        _messages.Clear();
        _messages.Add(new Outgoing(html));
        _toast = null;
        Refused = true;
    }

    /// <summary>The short notice a channel may show at once (Telegram's toast of a pressed button): the one a handler chose,
    /// else, for a button press, the answer in plain words.</summary>
    public string? Toast(bool pressed) =>
        _toast ?? (pressed && _messages.Count > 0 ? Texts.Plain(_messages[^1].Text) : null);

    public static ChatReply Refusal(string html)
    {
        var reply = new ChatReply();
        reply.Refuse(html);
        return reply;
    }
}
