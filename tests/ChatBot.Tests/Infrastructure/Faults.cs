using ChatBot.Conversation;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Infrastructure;

/// <summary>Arms a failure after the conversation did all its work (flushes included), as a crash mid-message would.</summary>
public sealed class ConversationFault
{
    public volatile bool Armed;

    /// <summary>Fails only the messages this picks, as a bug would (a poisonous update among good ones); <see cref="Armed"/> fails all, as the disk would.</summary>
    public Func<InboundMessage, bool>? FailWhen { get; set; }

    /// <summary>How many times a message reached the failure point (handled or not).</summary>
    public int Calls;

    /// <summary>Runs once per message after the real conversation, before the pipeline saves (e.g. a racing change).</summary>
    public Func<Task>? BeforeSave { get; set; }
}

public sealed class FaultyConversation(ConversationRouter inner, ConversationFault fault) : IConversation
{
    public async Task<ChatReply> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        var reply = await inner.HandleAsync(message, ct);
        if (fault.BeforeSave is { } hook) await hook();
        Interlocked.Increment(ref fault.Calls);
        if (fault.Armed) throw new IOException("the disk went away in the middle of the conversation");
        if (fault.FailWhen?.Invoke(message) == true) throw new InvalidOperationException("a bug this message runs into every time");
        return reply;
    }
}

public static class Faults
{
    public static void AddConversationFault(this IServiceCollection services)
    {
        services.AddSingleton<ConversationFault>();
        services.AddScoped<ConversationRouter>();
        services.AddScoped<IConversation, FaultyConversation>();
    }

    /// <summary>A ward (created once) and a saved invite for a leader; returns the plain code.</summary>
    public static async Task<string> InviteAsync(this ChatBotApp app, Role role = Role.Leader, string name = "Chủ tịch Trần An")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var dir = scope.ServiceProvider.GetRequiredService<DirectoryService>();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        var ward = await db.Wards.FirstOrDefaultAsync() ?? await dir.AddWardAsync("An Bình", default);
        await db.SaveChangesAsync();
        var (_, code) = await dir.CreateInviteAsync(ward, null, role, name, default);
        await db.SaveChangesAsync();
        return code;
    }

    /// <summary>What one inbound message left behind: officials, used invites, outbox rows, processed updates.</summary>
    public static Task<(int Officials, int UsedInvites, int Outbox, int Processed)> FootprintAsync(this ChatBotApp app) =>
        app.WithDb(async db => (await db.Officials.CountAsync(), await db.Invites.CountAsync(i => i.UsedAt != null),
            await db.Outbox.CountAsync(), await db.ProcessedUpdates.CountAsync()));
}
