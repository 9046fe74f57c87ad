using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Inbound;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Conversation;

/// <summary>The one question the bot waits on per chat account: started (replacing any older one), read back while it has
/// not expired, ended when answered or cancelled. Never saves on its own; a start flushes so the question's buttons can
/// carry the new row's id.</summary>
public sealed class DialogStore(ChatBotDb db, UnitOfWork unit, WardClock clock, IOptions<ConversationOptions> options)
{
    private (int AccountId, ChatDialog? Row)? _prefetched;

    /// <summary>The chat's open question as read (tracked) together with the account at the start of the message, so the
    /// first <see cref="CurrentAsync"/> needs no query of its own; later reads go to the database as before.</summary>
    public void Prefetched(int accountId, ChatDialog? row) => _prefetched = (accountId, row);

    /// <summary>The chat's open question; an expired or unreadable one is removed and null returned.</summary>
    public async Task<(ChatDialog Row, Dialog Dialog)?> CurrentAsync(ChatAccount account, CancellationToken ct)
    {
        var row = _prefetched is { } known && known.AccountId == account.Id ? known.Row
            : await db.ChatDialogs.FirstOrDefaultAsync(d => d.ChatAccountId == account.Id, ct);
        _prefetched = null;
        if (row is null) return null;
        if (row.ExpiresAt <= clock.UtcNow || Dialog.FromJson(row.Data) is not { } dialog)
        {
            db.ChatDialogs.Remove(row);
            return null;
        }
        return (row, dialog);
    }

    /// <summary>The question a button press answers: this chat's open question with that id, else null (old, answered, expired).</summary>
    public async Task<(ChatDialog Row, Dialog Dialog)?> PressedAsync(ChatAccount account, int dialogId, CancellationToken ct) =>
        await CurrentAsync(account, ct) is { } current && current.Row.Id == dialogId ? current : null;

    /// <summary>Asks a new question in this chat (an older one is dropped) and returns its id for the buttons.</summary>
    public async Task<int> StartAsync(ChatAccount account, Dialog dialog, CancellationToken ct)
    {
        _prefetched = null;
        var old = await db.ChatDialogs.FirstOrDefaultAsync(d => d.ChatAccountId == account.Id, ct);
        if (old is not null)
        {
            db.ChatDialogs.Remove(old);
            await unit.FlushAsync(ct); // the unique row per chat goes before the new one comes
        }
        var now = clock.UtcNow;
        var row = new ChatDialog
        {
            ChatAccountId = account.Id, Kind = KindOf(dialog), Data = dialog.ToJson(),
            CreatedAt = now, ExpiresAt = now.AddMinutes(options.Value.DialogMinutes),
        };
        db.ChatDialogs.Add(row);
        await unit.FlushAsync(ct);
        return row.Id;
    }

    /// <summary>Moves an open question to its next step (same id, fresh expiry).</summary>
    public void Update(ChatDialog row, Dialog dialog)
    {
        row.Kind = KindOf(dialog);
        row.Data = dialog.ToJson();
        row.ExpiresAt = clock.UtcNow.AddMinutes(options.Value.DialogMinutes);
    }

    public void End(ChatDialog row) => db.ChatDialogs.Remove(row);

    private static string KindOf(Dialog d) => d switch
    {
        ChoiceDialog => "choice",
        ExtensionDialog => "extension",
        ReasonDialog => "reason",
        _ => "page",
    };
}
