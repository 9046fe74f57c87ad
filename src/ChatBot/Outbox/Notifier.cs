using System.Text.Json;
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

/// <summary>Decides who gets a message and on which channel, and adds it to the outbox (saved with the caller's changes).</summary>
public sealed class Notifier(ChatBotDb db, TimeProvider clock)
{
    /// <summary>Queues to one chat directly (the chat that wrote to us).</summary>
    public OutboxMessage ToChat(string channel, string chatId, Outgoing m)
    {
        var now = clock.GetUtcNow();
        var row = new OutboxMessage
        {
            Channel = channel, ChatId = chatId, Text = m.Text,
            Buttons = m.Buttons is { Count: > 0 } ? JsonSerializer.Serialize(m.Buttons) : null,
            ReplyToMessageId = m.ReplyToMessageId, TaskId = m.TaskId,
            Attachment = m.Attachment, AttachmentName = m.AttachmentName, AttachmentKind = m.AttachmentKind,
            State = OutboxState.Pending, CreatedAt = now, NextAttemptAt = now,
        };
        db.Outbox.Add(row);
        return row;
    }

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
