namespace ChatBot.Core.Conversation;

/// <summary>What a reader knows besides the words: the ward's date (for "20/7"), whether the text answers a bot message,
/// and, for a free-text reader, who writes, the task of the message answered and the size of the last numbered list.</summary>
public sealed record ReadContext(DateOnly Today, bool IsReply)
{
    /// <summary>The writer's role; null for a chat not linked yet.</summary>
    public Directory.Role? Writer { get; init; }

    /// <summary>The task of the bot message this one replies to, if that message was about one.</summary>
    public int? RepliedTaskId { get; init; }

    /// <summary>Items of the last numbered list shown in this chat ("2 xong" refers to one of them).</summary>
    public int ListCount { get; init; }

    /// <summary>Names and aliases of the writer's ward's units, so a question names a unit as the ward spells it.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>The ward's working days ("3 ngày làm việc", "cuối tuần"); Monday to Friday when not given.</summary>
    public Func<DateOnly, bool>? IsWorkingDay { get; init; }
}

/// <summary>Turns what a user typed into a <see cref="Command"/>. The handlers only ever see commands, so another reader
/// (a free-text understander) can take this one's place without touching them.</summary>
public interface ICommandReader
{
    Command Read(string text, ReadContext context);
}

/// <summary>The default reader: slash commands, "#12 xong", list items and the free-text questions of <see cref="CommandParser"/>;
/// a bare status ("xong", "đang làm 60%") counts only as an answer to a task message.</summary>
public sealed class CommandReader : ICommandReader
{
    public Command Read(string text, ReadContext context)
    {
        var command = CommandParser.Parse(text, context.Today);
        if (command is Command.Unknown && CommandParser.StatusOf(text, null) is { } bare)
            return context.IsReply ? bare : new Command.Malformed(Texts.AskTaskNumberOrListItem);
        return command;
    }
}
