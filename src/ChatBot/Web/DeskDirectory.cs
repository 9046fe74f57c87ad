using ChatBot.Channels.Telegram;
using ChatBot.Core.Common;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QRCoder;

namespace ChatBot.Web;

public sealed record InviteRow(int Id, Role Role, string? Unit, string? Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, string? UsedBy);

/// <summary>A new invite as shown once: the code, the links to open the bot with it, and their QR codes (SVG).</summary>
public sealed record NewInvite(string Code, Role Role, string? Unit, string? Name, DateTimeOffset ExpiresAt, IReadOnlyList<(string Label, string Url, string Svg)> Links);

/// <summary>The directory page's reads and writes: units and their other names, officials and their chats, invites.</summary>
public sealed class DeskDirectory(ChatBotDb db, DirectoryService directory, TimeProvider clock, IOptions<DeskOptions> options, IServiceProvider services)
{
    public async Task<List<Unit>> UnitsAsync(int wardId, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Include(u => u.Aliases).Where(u => u.WardId == wardId).ToListAsync(ct);
        return units.OrderBy(u => u.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), true)).ToList();
    }

    public Task<List<Official>> OfficialsAsync(int wardId, CancellationToken ct) =>
        db.Officials.AsNoTracking().Include(o => o.Unit).Include(o => o.Accounts).Where(o => o.WardId == wardId)
            .OrderBy(o => o.Role).ThenBy(o => o.Name).ToListAsync(ct);

    public Task<List<InviteRow>> InvitesAsync(int wardId, CancellationToken ct) =>
        db.Invites.AsNoTracking().Where(i => i.WardId == wardId).OrderByDescending(i => i.CreatedAt).Take(100)
            .Select(i => new InviteRow(i.Id, i.Role, db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).FirstOrDefault(), i.Name,
                i.CreatedAt, i.ExpiresAt, i.UsedAt, db.Officials.Where(o => o.Id == i.OfficialId).Select(o => o.Name).FirstOrDefault()))
            .ToListAsync(ct);

    public async Task<string> AddUnitAsync(int wardId, string? name, CancellationToken ct)
    {
        var ward = await db.Wards.FirstAsync(w => w.Id == wardId, ct);
        var key = Fold.Key(name);
        if (await db.Units.AnyAsync(u => u.WardId == wardId && u.Key == key, ct)) throw new UserFacingException($"Đơn vị «{name?.Trim()}» đã có.");
        var unit = await directory.AddUnitAsync(ward, name ?? "", [], ct);
        await db.SaveChangesAsync(ct);
        return $"Đã thêm đơn vị {unit.Name}.";
    }

    public async Task<string> AddAliasAsync(int wardId, int unitId, string? alias, CancellationToken ct)
    {
        alias = alias?.Trim();
        if (string.IsNullOrEmpty(alias)) throw new UserFacingException("Tên gọi khác không được để trống.");
        if (alias.Length > 200) throw new UserFacingException("Tên gọi khác quá dài.");
        var units = await db.Units.Include(u => u.Aliases).Where(u => u.WardId == wardId).ToListAsync(ct);
        var unit = units.FirstOrDefault(u => u.Id == unitId) ?? throw new UserFacingException("Không có đơn vị này trong danh bạ của phường.");
        var key = Fold.Key(alias);
        var owner = units.FirstOrDefault(u => u.Key == key || u.Aliases.Any(a => Fold.Key(a.Alias) == key));
        if (owner is not null) throw new UserFacingException(owner.Id == unit.Id ? $"«{alias}» đã là tên gọi của {unit.Name}." : $"«{alias}» đã là tên gọi của {owner.Name}.");
        unit.Aliases.Add(new UnitAlias { Alias = alias });
        await db.SaveChangesAsync(ct);
        return $"Đã thêm «{alias}» là tên gọi khác của {unit.Name}.";
    }

    public async Task<string> RemoveAliasAsync(int wardId, int aliasId, CancellationToken ct)
    {
        var alias = await db.UnitAliases.FirstOrDefaultAsync(a => a.Id == aliasId && db.Units.Any(u => u.Id == a.UnitId && u.WardId == wardId), ct)
            ?? throw new UserFacingException("Không có tên gọi này.");
        db.UnitAliases.Remove(alias);
        await db.SaveChangesAsync(ct);
        return $"Đã xóa tên gọi «{alias.Alias}».";
    }

    public async Task<NewInvite> CreateInviteAsync(int wardId, string? roleCode, int? unitId, string? name, CancellationToken ct)
    {
        if (!Roles.TryParse(roleCode, out var role)) throw new UserFacingException("Xin chọn vai trò.");
        var ward = await db.Wards.FirstAsync(w => w.Id == wardId, ct);
        var unit = unitId is { } id ? await db.Units.FirstOrDefaultAsync(u => u.Id == id && u.WardId == wardId, ct)
            ?? throw new UserFacingException("Không có đơn vị này trong danh bạ của phường.") : null;
        if (unit is null && role is Role.Head or Role.Staff) throw new UserFacingException("Trưởng/phó đơn vị và chuyên viên cần chọn đơn vị.");
        if (name?.Length > 200) throw new UserFacingException("Tên quá dài.");
        var (invite, code) = await directory.CreateInviteAsync(ward, unit, role, name, ct);
        await db.SaveChangesAsync(ct);
        var links = new List<(string, string, string)>();
        if (services.GetService<TelegramBotInfo>()?.StartLink(code) is { } tg) links.Add(("Telegram", tg, Qr(tg)));
        if (options.Value.ZaloBotUrl is { Length: > 0 } zalo) links.Add(("Zalo", zalo, Qr(zalo)));
        return new NewInvite(code, role, unit?.Name, invite.Name, invite.ExpiresAt, links);
    }

    /// <summary>An unused invite stops working at once (kept, with its end moved to now, so the list still shows it).</summary>
    public async Task<string> RevokeInviteAsync(int wardId, int inviteId, CancellationToken ct)
    {
        var invite = await db.Invites.FirstOrDefaultAsync(i => i.Id == inviteId && i.WardId == wardId, ct)
            ?? throw new UserFacingException("Không có mã mời này.");
        if (invite.UsedAt is not null) throw new UserFacingException("Mã mời này đã được dùng; không thu hồi được.");
        // Linking refuses a code whose end is before now: end it a second ago.
        var now = clock.GetUtcNow().AddSeconds(-1);
        if (invite.ExpiresAt > now) invite.ExpiresAt = now;
        await db.SaveChangesAsync(ct);
        return "Đã thu hồi mã mời.";
    }

    public static string Qr(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
