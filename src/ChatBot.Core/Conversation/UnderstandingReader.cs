using System.Text.RegularExpressions;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Conversation;

/// <summary>The reader the conversation uses: slash commands go to <see cref="CommandParser"/>, everything typed freely to
/// the <see cref="ReplyUnderstander"/>, whose intent becomes a command. The command parser's free-text rules are asked only
/// for what the understander leaves unread and only for things that change nothing (help, reports, lists) — never for a
/// status, so a reply the understander rejected (a negated "xong") can never move a task through a looser rule.</summary>
public sealed partial class UnderstandingReader : ICommandReader
{
    /// <summary>Lines from which a text is a pasted document rather than a chat reply.</summary>
    public const int MaxLines = 8;

    public Command Read(string text, ReadContext context)
    {
        var t = (text ?? "").Trim();
        if (t.StartsWith('/')) return CommandParser.Parse(t, context.Today);
        if (DialogAnswer.IsMore(t)) return new Command.More();
        // A text of many lines is a pasted letter or notice, not a reply: it is not read as a status or a question.
        if (t.Count(c => c == '\n') >= MaxLines) return new Command.Unknown(t);
        var ctx = new UnderstandingContext(context.Today)
        {
            Writer = context.Writer ?? Directory.Role.Staff,
            RepliedTask = context.RepliedTaskId,
            ListCount = context.ListCount > 0 ? context.ListCount : null,
            Units = context.Units,
        };
        if (context.IsWorkingDay is { } working) ctx = ctx with { IsWorkingDay = working };
        return From(ReplyUnderstander.Read(t, ctx)) ?? Fallback(t, context.Today);
    }

    /// <summary>The command of an intent; null for nothing understood.</summary>
    public static Command? From(Intent intent) => intent switch
    {
        Intent.Status s => new Command.SetStatus(s.Tasks, s.Change),
        Intent.Unsure u => new Command.AskStatus(u.Tasks, u.Candidates),
        Intent.Extension e => new Command.Extend(e.Tasks, e.When, e.Reason),
        Intent.Several several => new Command.Several([.. several.Parts.Select(From).OfType<Command>()]),
        Intent.Question { Kind: QuestionKind.OneTask, Task: { } n } => new Command.ShowTask(n),
        Intent.Question q => new Command.Question(QuestionSpec.From(q)),
        _ => null,
    };

    /// <summary>What the understander did not read: help, the Excel report, the chart, the lists — and a hint for "#12 …".</summary>
    private static Command Fallback(string text, DateOnly today)
    {
        if (HashNumber().Match(text) is { Success: true } hash)
            return new Command.Malformed($"Chưa hiểu trạng thái. Ví dụ: #{hash.Groups[1].Value} xong, #{hash.Groups[1].Value} đang làm 60%, #{hash.Groups[1].Value} vướng: lý do.");
        var parsed = CommandParser.Parse(text, today);
        return parsed is Command.Help or Command.Report or Command.Chart or Command.MyTasks or Command.Overdue or Command.DueSoon or Command.Progress
            ? parsed
            : new Command.Unknown(text);
    }

    [GeneratedRegex(@"^#\s?(\d{1,9})\b")]
    private static partial Regex HashNumber();
}
