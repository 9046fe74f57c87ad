using System.Text.Json;
using ChatBot.Channels.Telegram;
using ChatBot.Channels.Zalo;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Outbox;

/// <summary>One outgoing message before addressing: text (HTML subset), optional buttons, the task it is about.</summary>
public sealed record Outgoing(string Text, IReadOnlyList<IReadOnlyList<ChatButton>>? Buttons = null, int? TaskId = null, string? ReplyToMessageId = null)
{
    public string? AttachmentName { get; init; }
    public byte[]? Attachment { get; init; }
    public string? AttachmentKind { get; init; }
}

/// <summary>Decides who gets a message and on which channel, and adds it to the outbox (saved with the caller's changes).
/// A text longer than the channel allows becomes one row per numbered part (the HTML-safe <see cref="MessageSplitter"/>),
/// so each part is sent, counted and retried on its own. Answers to the chat that wrote (<see cref="Reply"/>) go before
/// the bot's own pushes in that chat's queue.</summary>
public sealed class Notifier(ChatBotDb db, TimeProvider clock)
{
    /// <summary>Rows queued through this notifier (its scope): what a command reports as "messages queued".</summary>
    public int Queued { get; private set; }

    /// <summary>Queues the conversation's answer to the chat that just wrote: ahead of pushes waiting for that chat.</summary>
    public OutboxMessage Reply(string channel, string chatId, Outgoing m) => ToChat(channel, chatId, m, OutboxPriority.Reply);

    /// <summary>Queues to one chat directly (a push unless said otherwise); returns the first (or only) part.</summary>
    public OutboxMessage ToChat(string channel, string chatId, Outgoing m, OutboxPriority priority = OutboxPriority.Push)
    {
        var now = clock.GetUtcNow();
        // An attachment stays one row (its caption or follow-up text is the channel's business).
        var parts = m.Attachment is null ? Split(channel, m.Text) : [m.Text];
        var key = parts.Count > 1 ? Guid.NewGuid() : (Guid?)null;
        OutboxMessage? first = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            var row = new OutboxMessage
            {
                Channel = channel, ChatId = chatId, Text = parts[i],
                Buttons = last && m.Buttons is { Count: > 0 } ? JsonSerializer.Serialize(m.Buttons) : null,
                ReplyToMessageId = i == 0 ? m.ReplyToMessageId : null, TaskId = m.TaskId,
                Attachment = m.Attachment, AttachmentName = m.AttachmentName, AttachmentKind = m.AttachmentKind,
                Priority = priority, Part = i + 1, Parts = parts.Count, MessageKey = key,
                State = OutboxState.Pending, CreatedAt = now, NextAttemptAt = now,
            };
            db.Outbox.Add(row);
            first ??= row;
            Queued++;
        }
        return first!;
    }

    /// <summary>The parts a channel gets: at most 4096 characters on Telegram (and the simulator), 2000 on Zalo. Zalo shows
    /// the text without tags, which is never longer than the HTML, so an HTML split at 2000 fits there too.</summary>
    public static IReadOnlyList<string> Split(string channel, string text) =>
        MessageSplitter.Split(text, channel == ZaloChannel.ChannelName ? ZaloChannel.MaxText : TelegramChannel.MaxText, html: true);

    /// <summary>Queues to an official's active accounts: the preferred channel if linked there, else every linked one.</summary>
    public async Task<int> ToOfficialAsync(int officialId, Outgoing m, CancellationToken ct)
    {
        var official = await db.Officials.Include(o => o.Accounts).FirstAsync(o => o.Id == officialId, ct);
        var count = 0;
        foreach (var a in PushAccounts(official))
        {
            ToChat(a.Channel, a.ChatId, m);
            count++;
        }
        return count;
    }

    /// <summary>Queues to every official of a unit and to the unit's group chat; returns how many chats.</summary>
    public async Task<int> ToUnitAsync(int unitId, Outgoing m, CancellationToken ct)
    {
        var officials = await db.Officials.Include(o => o.Accounts).Where(o => o.UnitId == unitId).ToListAsync(ct);
        var chats = officials.SelectMany(PushAccounts).Select(a => (a.Channel, a.ChatId)).ToList();
        var unit = await db.Units.FirstAsync(u => u.Id == unitId, ct);
        if (unit.GroupChannel is { } gc && unit.GroupChatId is { } gid) chats.Add((gc, gid));
        foreach (var (channel, chat) in chats.Distinct()) ToChat(channel, chat, m);
        return chats.Distinct().Count();
    }

    /// <summary>Queues to every official of the ward with one of the roles (leaders for approvals, clerks for reviews).</summary>
    public async Task<int> ToRolesAsync(int wardId, Outgoing m, CancellationToken ct, params Role[] roles)
    {
        var officials = await db.Officials.Include(o => o.Accounts)
            .Where(o => o.WardId == wardId && roles.Contains(o.Role)).ToListAsync(ct);
        var chats = officials.SelectMany(PushAccounts).Select(a => (a.Channel, a.ChatId)).Distinct().ToList();
        foreach (var (channel, chat) in chats) ToChat(channel, chat, m);
        return chats.Count;
    }

    /// <summary>The accounts pushes go to: only the preferred channel's when one is set and linked.</summary>
    public static IEnumerable<ChatAccount> PushAccounts(Official o)
    {
        var active = o.Accounts.Where(a => a.Active).ToList();
        if (o.PreferredChannel is { } p && active.Any(a => a.Channel == p))
            return active.Where(a => a.Channel == p);
        return active;
    }
}
