using ChatBot.Conversation;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Inbound;

/// <summary>Who wrote an inbound message (the chat account with its official and the chat's open question, tracked: the
/// message may change them) and whether the update was handled before, read together in one query at the start of the
/// message (scoped: one message). The pipeline asks <see cref="IsProcessedAsync"/>; the conversation then takes the writer
/// with <see cref="WriterAsync"/> without a query of its own. A chat not linked yet has no account row: its duplicate check is
/// the processed-update query alone, as before.</summary>
/// <remarks>Measured (docs/BENCHMARKS.md, status replies, session 22): one SQL statement per message less — the statement's
/// preparation, its connection turn and EF's query overhead.</remarks>
public sealed class InboundReads(ChatBotDb db)
{
    /// <summary>The writer as read at the start of the message.</summary>
    public sealed record Writer(ChatAccount Account, Official? Official, ChatDialog? Dialog);

    private sealed record Row(ChatAccount Account, Official? Official, ChatDialog? Dialog, bool Processed);

    private (InboundMessage Message, Writer? Writer)? _read;

    /// <summary>Whether this update was handled before (a redelivery); the writer is kept for <see cref="WriterAsync"/>.</summary>
    public async Task<bool> IsProcessedAsync(InboundMessage m, CancellationToken ct)
    {
        var row = await RowQuery(db, m.Channel, m.UserId, m.ChatId, m.UpdateId, ct);
        _read = (m, row is null ? null : new Writer(row.Account, row.Official, row.Dialog));
        return row?.Processed ?? await IsProcessedAsync(db, m, ct);
    }

    /// <summary>The writer of <paramref name="m"/>: the one read with the duplicate check (once), else read now.</summary>
    public async Task<Writer?> WriterAsync(InboundMessage m, CancellationToken ct)
    {
        if (_read is { } read && ReferenceEquals(read.Message, m))
        {
            _read = null; // a second message in this scope (none in the pipeline) reads afresh
            return read.Writer;
        }
        return await WriterQuery(db, m.Channel, m.UserId, m.ChatId, ct);
    }

    /// <summary>The processed-update check alone (a chat not linked yet; the look after a failed save, in a fresh scope).</summary>
    public static Task<bool> IsProcessedAsync(ChatBotDb db, InboundMessage m, CancellationToken ct) =>
        IsProcessedQuery(db, m.Channel, m.UpdateId, ct);

    private static readonly Func<ChatBotDb, string, string, CancellationToken, Task<bool>> IsProcessedQuery =
        EF.CompileAsyncQuery((ChatBotDb db, string channel, string update, CancellationToken ct) =>
            db.ProcessedUpdates.Any(p => p.Channel == channel && p.UpdateId == update));

    private static readonly Func<ChatBotDb, string, string, string, string, CancellationToken, Task<Row?>> RowQuery =
        EF.CompileAsyncQuery((ChatBotDb db, string channel, string user, string chat, string update, CancellationToken ct) => (
            from a in db.ChatAccounts
            where a.Channel == channel && a.UserId == user && a.ChatId == chat
            from d in db.ChatDialogs.Where(d => d.ChatAccountId == a.Id).DefaultIfEmpty() // at most one per chat (unique)
            select new Row(a, a.Official, d, db.ProcessedUpdates.Any(p => p.Channel == channel && p.UpdateId == update))).FirstOrDefault());

    private static readonly Func<ChatBotDb, string, string, string, CancellationToken, Task<Writer?>> WriterQuery =
        EF.CompileAsyncQuery((ChatBotDb db, string channel, string user, string chat, CancellationToken ct) => (
            from a in db.ChatAccounts
            where a.Channel == channel && a.UserId == user && a.ChatId == chat
            from d in db.ChatDialogs.Where(d => d.ChatAccountId == a.Id).DefaultIfEmpty()
            select new Writer(a, a.Official, d)).FirstOrDefault());
}
