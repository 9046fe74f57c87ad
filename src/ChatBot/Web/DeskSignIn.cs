using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Web;

public enum TokenState { Valid, Unknown, Used, Expired }

/// <summary>One-time sign-in links: issued to a linked clerk or leader (chat /web), valid ten minutes, used once, stored hashed.</summary>
public sealed class DeskSignIn(ChatBotDb db, TimeProvider clock, IOptions<DeskOptions> options, IServiceProvider services)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Creates a token for <paramref name="official"/> and returns the link to send to their chat.</summary>
    public async Task<string> IssueAsync(Official official, CancellationToken ct)
    {
        if (!DeskAuth.MayUseDesk(official.Role))
            throw new UserFacingException("Bàn làm việc trên web dành cho Văn phòng HĐND và UBND và lãnh đạo phường.");
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        db.DeskSignInTokens.Add(new DeskSignInToken
        {
            OfficialId = official.Id, WardId = official.WardId, TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + Lifetime,
        });
        return $"{BaseUrl()}/desk/signin?token={token}"; // saved with the caller's unit of work (the inbound pipeline)
    }

    /// <summary>What a token is, without using it (the link's page shows this before the person confirms).</summary>
    public async Task<TokenState> PeekAsync(string? token, CancellationToken ct)
    {
        var row = await FindAsync(token, ct);
        return row is null ? TokenState.Unknown : row.UsedAt is not null ? TokenState.Used : row.ExpiresAt <= clock.GetUtcNow() ? TokenState.Expired : TokenState.Valid;
    }

    /// <summary>Uses the token (once: a second use, even a concurrent one, fails) and returns its official.</summary>
    public async Task<(TokenState State, Official? Official)> RedeemAsync(string? token, CancellationToken ct)
    {
        var row = await FindAsync(token, ct);
        var now = clock.GetUtcNow();
        if (row is null) return (TokenState.Unknown, null);
        if (row.UsedAt is not null) return (TokenState.Used, null);
        if (row.ExpiresAt <= now) return (TokenState.Expired, null);
        // The conditional update is the single point where a token becomes used.
        var claimed = await db.DeskSignInTokens.Where(t => t.Id == row.Id && t.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        if (claimed != 1) return (TokenState.Used, null);
        var official = await db.Officials.AsNoTracking().FirstOrDefaultAsync(o => o.Id == row.OfficialId && o.WardId == row.WardId, ct);
        return (official is null ? TokenState.Unknown : TokenState.Valid, official);
    }

    private Task<DeskSignInToken?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return Task.FromResult<DeskSignInToken?>(null);
        var hash = Hash(token.Trim());
        return db.DeskSignInTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
    }

    /// <summary>Desk:PublicUrl, else the address the service listens on (wildcards read as localhost).</summary>
    private string BaseUrl()
    {
        if (options.Value.PublicUrl is { Length: > 0 } configured) return configured.TrimEnd('/');
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.OrderBy(a => a.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? 1 : 0).FirstOrDefault();
        if (address is null) return "http://localhost";
        return address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost")
            .Replace("://[::]", "://localhost").TrimEnd('/');
    }

    private static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("chatbot-desk:" + token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
