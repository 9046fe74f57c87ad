using ChatBot.Channels;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;

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

    /// <summary>The limits of the channel the message came from (null when the channel is not registered here).</summary>
    public ChannelLimits? Limits { get; init; }

    /// <summary>Whether answers here can carry buttons (Telegram, the simulator); Zalo gets numbered options only.</summary>
    public bool Buttons => Limits?.SupportsButtons ?? false;

    /// <summary>Task numbers of the last numbered list shown in this chat, in order.</summary>
    public IReadOnlyList<int> ListedTasks =>
        [.. (Account.LastListTaskIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The task numbers of references ("#12", item 3 of the last list); an item the list does not have is refused
    /// in <paramref name="missing"/> (one Vietnamese line each).</summary>
    public List<int> Resolve(IReadOnlyList<TaskRef> refs, List<string> missing)
    {
        var ids = new List<int>();
        var listed = refs.Any(r => r.Kind == TaskRefKind.ListItem) ? ListedTasks : [];
        foreach (var r in refs)
        {
            if (r.Kind == TaskRefKind.Task) ids.Add(r.Number);
            else if (r.Number >= 1 && r.Number <= listed.Count) ids.Add(listed[r.Number - 1]);
            else missing.Add($"Danh sách gần nhất không có mục {r.Number}. Gõ /viec để xem lại, hoặc ghi số nhiệm vụ: #12 xong.");
        }
        return [.. ids.Distinct()];
    }
}
