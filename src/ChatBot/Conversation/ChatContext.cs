using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;

namespace ChatBot.Conversation;

/// <summary>Everything a handler knows about one message from a linked official: built per message, never shared.</summary>
/// <param name="Today">The ward's date when the message arrived (one reading of the ward clock per message).</param>
/// <param name="RepliedTaskId">The task of the bot message this one replies to, if that message was about one.</param>
public sealed record ChatContext(InboundMessage Message, ChatAccount Account, Official Me, DateOnly Today, int? RepliedTaskId, ChatReply Reply)
{
    /// <summary>Who did it, from where, with what words: kept in the task's history.</summary>
    public Actor Actor(string raw) => new(Me.Id, Me.Name, Message.Channel, raw);

    /// <summary>The words of the message as typed (empty for a button press or a file without caption).</summary>
    public string Text => Message.Text?.Trim() ?? "";
}
