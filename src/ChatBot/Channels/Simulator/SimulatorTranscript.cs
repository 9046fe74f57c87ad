namespace ChatBot.Channels.Simulator;

/// <summary>What a persona said or did on the page.</summary>
/// <param name="Seq">Increasing over all chats: the page's cursor.</param>
/// <param name="Anchor">Id of the chat's newest outbox row when it was said: the bot's answers come after it.</param>
/// <param name="Kind">"text", "press" (button label in Text) or "file" (file name in Text).</param>
public sealed record SimulatorEntry(long Seq, long Anchor, DateTimeOffset At, string Kind, string Text, string? ReplyTo);

/// <summary>The personas' side of each simulated chat, in memory and bounded; the bot's side is the Outbox table.</summary>
public sealed class SimulatorTranscript
{
    public const int PerChat = 500;
    public const int MaxChats = 200;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedList<SimulatorEntry>> _chats = new(StringComparer.Ordinal);
    private long _seq;

    public SimulatorEntry Add(string chatId, string kind, string text, string? replyTo, long anchor, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (!_chats.TryGetValue(chatId, out var list))
            {
                if (_chats.Count >= MaxChats) _chats.Remove(_chats.MinBy(c => c.Value.Last?.Value.Seq ?? 0).Key);
                _chats[chatId] = list = new LinkedList<SimulatorEntry>();
            }
            var entry = new SimulatorEntry(++_seq, anchor, at, kind, text, replyTo);
            list.AddLast(entry);
            if (list.Count > PerChat) list.RemoveFirst();
            return entry;
        }
    }

    public IReadOnlyList<SimulatorEntry> Since(string chatId, long afterSeq)
    {
        lock (_gate)
            return _chats.TryGetValue(chatId, out var list) ? list.Where(e => e.Seq > afterSeq).ToList() : [];
    }
}
