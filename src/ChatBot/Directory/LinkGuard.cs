using System.ComponentModel.DataAnnotations;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Directory;

/// <summary>Wrong invite codes counted for one scope: a chat (<c>chat:CHANNEL:ID</c>) or every chat of the bot
/// (<see cref="LinkGuard.Everyone"/>). Persisted, so a restart or another instance knows the same.</summary>
public sealed class LinkAttempts
{
    public required string Scope { get; set; }
    /// <summary>Wrong codes since <see cref="WindowStart"/>.</summary>
    public int Failures { get; set; }
    public DateTimeOffset WindowStart { get; set; }
    public DateTimeOffset LastFailureAt { get; set; }
    /// <summary>No code is checked for this scope before then (the right one neither).</summary>
    public DateTimeOffset? LockedUntil { get; set; }
    /// <summary>Lockouts so far: each one lasts twice the one before (forgotten after a quiet <see cref="LinkGuardOptions.MaxLockout"/>).</summary>
    public int Lockouts { get; set; }
    /// <summary>When the clerks were last told (once per burst, not per attempt).</summary>
    public DateTimeOffset? NotifiedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Brute-force guard on invite codes (section <c>LinkGuard</c>).</summary>
public sealed class LinkGuardOptions : IValidatableObject
{
    public const string Section = "LinkGuard";

    /// <summary>Wrong codes one chat may send within <see cref="Window"/>; the last of them locks the chat out.</summary>
    [Range(1, 1000, ErrorMessage = "LinkGuard:FailuresPerChat phải từ 1 đến 1000.")]
    public int FailuresPerChat { get; set; } = 5;

    /// <summary>Wrong codes all chats together may send within <see cref="Window"/> (a wrong code names no ward, so
    /// this counts every chat of the bot — one bot serves one ward); the last of them locks linking for everyone.</summary>
    [Range(1, 100000, ErrorMessage = "LinkGuard:FailuresPerWard phải từ 1 đến 100000.")]
    public int FailuresPerWard { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "LinkGuard:Window phải từ 00:00:01 đến 1.00:00:00.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The first lockout; each next one doubles, up to <see cref="MaxLockout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "LinkGuard:FirstLockout phải từ 00:00:01 đến 7.00:00:00.")]
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromMinutes(10);

    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00", ErrorMessage = "LinkGuard:MaxLockout phải từ 00:00:01 đến 30.00:00:00.")]
    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromDays(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (MaxLockout < FirstLockout)
            yield return new ValidationResult("LinkGuard:MaxLockout không được nhỏ hơn LinkGuard:FirstLockout.");
    }
}

/// <summary>A lockout in force: until when, and whether it is the chat's own or everyone's.</summary>
public sealed record Lockout(DateTimeOffset Until, bool Everyone);

/// <summary>
/// Slows down guessing invite codes: per chat and for the whole bot, a few wrong codes per window, then a lockout that
/// doubles each time; a locked-out chat is refused before any code is looked at (the right one too) and told when to
/// try again; the clerks of the wards whose codes are open are told once per burst. A wrong code is recorded in its
/// own transaction, because the message that brought it is refused and keeps none of its own changes.
/// </summary>
public sealed class LinkGuard(ChatBotDb db, IServiceScopeFactory scopes, WardClock clock, OutboxSignal outbox,
    IOptions<LinkGuardOptions> options, ILogger<LinkGuard> log)
{
    public const string Everyone = "all";

    public static string ChatScope(string channel, string chatId) => $"chat:{channel}:{chatId}";

    /// <summary>The lockout that applies to this chat now (its own or everyone's, the later one), or null.</summary>
    public async Task<Lockout?> LockedAsync(string channel, string chatId, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var chat = ChatScope(channel, chatId);
        var locks = await db.LinkGuards.AsNoTracking()
            .Where(g => (g.Scope == chat || g.Scope == Everyone) && g.LockedUntil != null && g.LockedUntil > now)
            .Select(g => new { g.Scope, g.LockedUntil }).ToListAsync(ct);
        var latest = locks.OrderByDescending(l => l.LockedUntil).FirstOrDefault();
        return latest is null ? null : new Lockout(clock.ToLocal(latest.LockedUntil!.Value), latest.Scope == Everyone);
    }

    /// <summary>Counts one wrong code for the chat and for everyone (saved at once, in its own scope); returns the
    /// lockout it started, if any.</summary>
    public async Task<Lockout?> FailedAsync(string channel, string chatId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecordAsync(ChatScope(channel, chatId), ct);
            }
            catch (DbUpdateException e) when (attempt < 5)
            {
                // Another message counted at the same moment (PostgreSQL: the version changed; a first row inserted twice).
                log.LogDebug(e, "LinkGuard: ghi đồng thời, thử lại");
            }
        }
    }

    /// <summary>A code worked: the chat's count starts again (everyone's does not).</summary>
    public Task ForgetAsync(string channel, string chatId, CancellationToken ct)
    {
        var chat = ChatScope(channel, chatId);
        var tracked = db.LinkGuards.Local.FirstOrDefault(g => g.Scope == chat);
        if (tracked is not null) db.LinkGuards.Remove(tracked);
        return db.LinkGuards.Where(g => g.Scope == chat).ExecuteDeleteAsync(ct);
    }

    private async Task<Lockout?> RecordAsync(string chatScope, CancellationToken ct)
    {
        var o = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        // SQLite: BEGIN IMMEDIATE takes the write lock first, so reading then writing the counters is one step.
        await using var tx = await own.Database.BeginTransactionAsync(ct);
        var now = clock.UtcNow;
        var rows = await own.LinkGuards.Where(g => g.Scope == chatScope || g.Scope == Everyone).ToListAsync(ct);
        var chat = Count(own, rows, chatScope, now, o);
        var all = Count(own, rows, Everyone, now, o);
        var failures = 0;
        Lockout? started = null;
        if (chat.Failures >= o.FailuresPerChat)
        {
            failures = chat.Failures;
            started = Lock(chat, now, o, everyone: false);
        }
        if (all.Failures >= o.FailuresPerWard)
        {
            failures = all.Failures;
            started = Lock(all, now, o, everyone: true);
        }
        if (started is not null && !(all.NotifiedAt > now - o.Window))
        {
            all.NotifiedAt = now;
            await TellClerksAsync(scope.ServiceProvider, own, started, failures, o, now, ct);
        }
        await own.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (started is not null)
        {
            outbox.Notify();
            log.LogWarning("LinkGuard: {Scope} bị khóa liên kết đến {Until} sau quá nhiều mã mời sai", started.Everyone ? "mọi chat" : chatScope, started.Until);
        }
        return started;
    }

    /// <summary>The scope's row with this failure counted (a new window when the last one is over).</summary>
    private static LinkAttempts Count(ChatBotDb own, List<LinkAttempts> rows, string scope, DateTimeOffset now, LinkGuardOptions o)
    {
        var row = rows.FirstOrDefault(r => r.Scope == scope);
        if (row is null)
        {
            row = new LinkAttempts { Scope = scope, WindowStart = now };
            own.LinkGuards.Add(row);
        }
        if (row.WindowStart + o.Window <= now)
        {
            row.WindowStart = now;
            row.Failures = 0;
        }
        if (row.LastFailureAt + o.MaxLockout <= now) row.Lockouts = 0; // quiet long enough: lockouts start short again
        row.Failures++;
        row.LastFailureAt = now;
        row.Version++;
        return row;
    }

    private Lockout Lock(LinkAttempts row, DateTimeOffset now, LinkGuardOptions o, bool everyone)
    {
        var ticks = Math.Min(o.MaxLockout.Ticks, o.FirstLockout.Ticks * Math.Pow(2, Math.Min(row.Lockouts, 30)));
        row.LockedUntil = now + TimeSpan.FromTicks((long)ticks);
        row.Lockouts++;
        row.Failures = 0;
        row.WindowStart = now;
        return new Lockout(clock.ToLocal(row.LockedUntil.Value), everyone);
    }

    /// <summary>The clerks of every ward with an open invite code: theirs are the codes being guessed.</summary>
    private static async Task TellClerksAsync(IServiceProvider services, ChatBotDb own, Lockout lockout, int failures, LinkGuardOptions o,
        DateTimeOffset now, CancellationToken ct)
    {
        var wards = await own.Invites.Where(i => i.UsedAt == null && i.ExpiresAt > now).Select(i => i.WardId).Distinct().ToListAsync(ct);
        var notifier = services.GetRequiredService<Notifier>();
        var text = Texts.WrongCodesForClerk(failures, o.Window, lockout.Until, lockout.Everyone);
        foreach (var ward in wards) await notifier.ToRolesAsync(ward, new Outgoing(text), ct, Role.Clerk);
    }
}
