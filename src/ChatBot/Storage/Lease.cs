using Microsoft.EntityFrameworkCore;

namespace ChatBot.Storage;

/// <summary>A named lease in the database: the one instance that holds it (until <see cref="Until"/>) does the job
/// (poll a chat platform, run the backup); the others wait and take it over once it runs out.</summary>
public sealed class Lease
{
    public required string Name { get; set; }
    public required string Owner { get; set; }
    public DateTimeOffset Until { get; set; }
    public DateTimeOffset AcquiredAt { get; set; }
}

/// <summary>Conditional writes on <see cref="Lease"/> rows (both providers): at most one owner at a time.</summary>
public static class LeaseStore
{
    /// <summary>Takes the lease when it is free, run out or already ours; false when another owner holds it.</summary>
    public static async Task<bool> TryAcquireAsync(this ChatBotDb db, string name, string owner, TimeSpan ttl, DateTimeOffset now, CancellationToken ct)
    {
        var until = now + ttl;
        var taken = await db.Leases
            .Where(l => l.Name == name && (l.Owner == owner || l.Until < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, owner).SetProperty(l => l.Until, until).SetProperty(l => l.AcquiredAt, now), ct);
        if (taken == 1) return true;
        if (await db.Leases.AsNoTracking().AnyAsync(l => l.Name == name, ct)) return false;
        try
        {
            db.Leases.Add(new Lease { Name = name, Owner = owner, Until = until, AcquiredAt = now });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false; // another instance inserted it first
        }
    }

    /// <summary>Extends the lease while it is ours; false when it is not ours any more.</summary>
    public static async Task<bool> RenewAsync(this ChatBotDb db, string name, string owner, TimeSpan ttl, DateTimeOffset now, CancellationToken ct) =>
        await db.Leases.Where(l => l.Name == name && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, now + ttl), ct) == 1;

    /// <summary>Gives the lease up at once (a clean stop), so another instance need not wait for it to run out.</summary>
    public static Task ReleaseAsync(this ChatBotDb db, string name, string owner, DateTimeOffset now, CancellationToken ct) =>
        db.Leases.Where(l => l.Name == name && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, now.AddSeconds(-1)), ct);
}
