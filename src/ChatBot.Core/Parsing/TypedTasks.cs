namespace ChatBot.Core.Parsing;

/// <summary>
/// Words the clerk gives as tasks of a notice — a task the reader missed, typed on the desk or in chat (<c>/them</c>), or a
/// passage pasted from the original — read as the items of a conclusion, so that the unit, deadline and recurrence written
/// in them are found as they are in a notice. When nothing there reads as an item (a bare sentence, no numbering, no
/// «Giao …»), the whole text is one task, read as one numbered item. Never empty: the clerk said it is a task.
/// </summary>
public static class TypedTasks
{
    // What a conclusion's body starts with, so that the words are read as its items and not as a header.
    private const string Lead = "THÔNG BÁO\n\nKết luận như sau:\n\n";

    public static IReadOnlyList<ParsedTask> Read(string text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.ReplaceLineEndings("\n").Trim();
        var read = NoticeParser.Parse(Lead + body, options).Tasks;
        if (read.Count > 0) return read;
        var item = NoticeParser.Parse(Lead + "1. " + body.Replace('\n', ' '), options).Tasks.FirstOrDefault();
        return [(item ?? new ParsedTask(null, [], body, null, null, null, false, null, 0, 0)) with { Text = body }];
    }
}
