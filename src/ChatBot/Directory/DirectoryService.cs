using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Directory;
using ChatBot.Core.Common;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Directory;

/// <summary>A request that cannot be carried out; the message is Vietnamese and shown as is.</summary>
public sealed class UserFacingException(string message) : Exception(message);

/// <summary>A chat account just linked through an invite; <see cref="RecordOfficial"/> notes on the invite who used it,
/// once the new official has its number (after the caller's flush or save).</summary>
public sealed record Linked(Official Official, Invite Invite)
{
    public void RecordOfficial() => Invite.OfficialId = Official.Id;
}

/// <summary>Wards, units, invites and linking chat accounts to officials. Like every service here it only adds and
/// changes tracked rows and never saves: the caller (the inbound pipeline, a CLI verb, the demo seeder) saves once.</summary>
public sealed class DirectoryService(ChatBotDb db, TimeProvider clock)
{
    public static readonly TimeSpan InviteLifetime = TimeSpan.FromDays(14);

    public async Task<Ward> AddWardAsync(string name, CancellationToken ct)
    {
        name = Clean(name, "Tên phường");
        var key = Fold.Key(name);
        if (await db.Wards.AnyAsync(w => w.Key == key, ct))
            throw new UserFacingException($"Phường \"{name}\" đã có.");
        var ward = new Ward { Name = name, Key = key, CreatedAt = clock.GetUtcNow() };
        db.Wards.Add(ward);
        return ward;
    }

    public async Task<Ward> FindWardAsync(string nameOrId, CancellationToken ct)
    {
        var key = Fold.Key(nameOrId);
        var ward = int.TryParse(nameOrId, out var id)
            ? await db.Wards.FirstOrDefaultAsync(w => w.Id == id, ct)
            : await db.Wards.FirstOrDefaultAsync(w => w.Key == key, ct)
              ?? await db.Wards.FirstOrDefaultAsync(w => w.Key == "phuong " + key || "phuong " + w.Key == key, ct);
        return ward ?? throw new UserFacingException($"Không tìm thấy phường \"{nameOrId}\".");
    }

    public async Task<Unit> AddUnitAsync(Ward ward, string name, IEnumerable<string> aliases, CancellationToken ct)
    {
        name = Clean(name, "Tên đơn vị");
        var key = Fold.Key(name);
        var unit = await db.Units.Include(u => u.Aliases).FirstOrDefaultAsync(u => u.WardId == ward.Id && u.Key == key, ct);
        if (unit is null)
        {
            unit = new Unit { WardId = ward.Id, Name = name, Key = key, IsLeadership = key.Contains("chu tich") };
            db.Units.Add(unit);
        }
        foreach (var alias in aliases.Select(a => a.Trim()).Where(a => a.Length > 0))
            if (!unit.Aliases.Any(a => Fold.Key(a.Alias) == Fold.Key(alias)))
                unit.Aliases.Add(new UnitAlias { Alias = alias });
        return unit;
    }

    /// <summary>Finds a unit by id, exact name, alias or the best accent-insensitive partial match.</summary>
    public async Task<Unit?> MatchUnitAsync(int wardId, string text, CancellationToken ct)
    {
        var units = await db.Units.Include(u => u.Aliases).Where(u => u.WardId == wardId).ToListAsync(ct);
        return UnitLookup.Best(units, text);
    }

    /// <summary>Creates an invite and returns the plain code (only its hash is stored). The unit, if any, must be saved already.</summary>
    public async Task<(Invite Invite, string Code)> CreateInviteAsync(Ward ward, Unit? unit, Role role, string? name, CancellationToken ct)
    {
        if (unit is null && role is Role.Head or Role.Staff)
            throw new UserFacingException("Vai trò head/staff cần --unit.");
        var code = NewCode();
        var now = clock.GetUtcNow();
        var invite = new Invite
        {
            WardId = ward.Id, UnitId = unit?.Id, Role = role, Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
            CodeHash = Hash(code), CreatedAt = now, ExpiresAt = now + InviteLifetime,
        };
        db.Invites.Add(invite);
        return (invite, code);
    }

    public const string WrongCode = "Mã mời không đúng. Xin kiểm tra lại mã Văn phòng đã gửi.";
    public const string UsedCode = "Mã mời này đã được sử dụng. Xin liên hệ Văn phòng để nhận mã mới.";
    public const string ExpiredCode = "Mã mời đã hết hạn. Xin liên hệ Văn phòng để nhận mã mới.";

    /// <summary>The invite a typed code belongs to (read only), or null for a wrong code.</summary>
    public Task<Invite?> FindInviteAsync(string code, CancellationToken ct)
    {
        var hash = Hash(NormalizeCode(code));
        return db.Invites.FirstOrDefaultAsync(i => i.CodeHash == hash, ct);
    }

    /// <summary>Links a chat account with an invite code (a saved invite); the same chat account re-linking moves to the new official.</summary>
    public async Task<Linked> LinkAsync(string code, string channel, string userId, string chatId, string? displayName, CancellationToken ct) =>
        await LinkAsync(await FindInviteAsync(code, ct) ?? throw new UserFacingException(WrongCode), channel, userId, chatId, displayName, ct);

    /// <summary>Redeems the invite with one conditional UPDATE (still unused and not expired), so a code links exactly
    /// one account however many redemptions race: every other one updates no row and is refused. Inside the caller's
    /// transaction the claim is undone with the rest when the message fails.</summary>
    public async Task<Linked> LinkAsync(Invite invite, string channel, string userId, string chatId, string? displayName, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (invite.UsedAt is not null) throw new UserFacingException(UsedCode);
        if (invite.ExpiresAt < now) throw new UserFacingException(ExpiredCode);
        var claimed = await db.Invites.Where(i => i.Id == invite.Id && i.UsedAt == null && i.ExpiresAt >= now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), ct);
        if (claimed == 0) throw new UserFacingException(UsedCode);
        invite.UsedAt = now;

        var official = new Official
        {
            WardId = invite.WardId, UnitId = invite.UnitId, Role = invite.Role,
            Name = invite.Name ?? displayName, CreatedAt = now,
        };
        db.Officials.Add(official);
        var existing = await db.ChatAccounts.FirstOrDefaultAsync(a => a.Channel == channel && a.UserId == userId && a.ChatId == chatId, ct);
        if (existing is not null) db.ChatAccounts.Remove(existing);
        official.Accounts.Add(new ChatAccount
        {
            Channel = channel, UserId = userId, ChatId = chatId, DisplayName = displayName, LinkedAt = now, Active = true,
        });
        return new Linked(official, invite);
    }

    private static string Clean(string s, string what) =>
        string.IsNullOrWhiteSpace(s) ? throw new UserFacingException($"{what} không được để trống.") :
        s.Length > 200 ? throw new UserFacingException($"{what} quá dài.") : s.Trim();

    // Unambiguous alphabet (no 0/O, 1/I/L) so codes survive being read aloud or typed on a phone.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static string NewCode()
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }

    public static string NormalizeCode(string code) =>
        new string(code.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

    public static bool LooksLikeCode(string text) =>
        NormalizeCode(text) is { Length: 8 } c && c.All(ch => Alphabet.Contains(ch)) && text.Trim().Length <= 12;

    private static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("chatbot-invite:" + code)));
}
