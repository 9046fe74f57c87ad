using System.Security.Claims;
using ChatBot.Core.Directory;
using ChatBot.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web;

/// <summary>Who is signed in to the desk: the claims of the cookie, and their check on every request.</summary>
public static class DeskAuth
{
    public const string Scheme = "Desk";
    public const string Policy = "Desk";
    public const string SignInLimit = "desk-signin";
    public const string WardClaim = "ward";

    public static bool MayUseDesk(Role role) => role is Role.Clerk or Role.Leader;

    public static ClaimsPrincipal Principal(Official o)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(WardClaim, o.WardId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Role, o.Role.Code()),
            new Claim(ClaimTypes.Name, o.Name ?? o.Role.Vietnamese()),
        ], Scheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Each request re-reads the official: someone removed or moved to another ward is signed out,
    /// a changed role takes effect at once (a clerk made staff gets the 403 page on the next click).</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        // Only the desk uses the cookie; the simulator's polling and the webhooks need no database look-up for it.
        if (!context.HttpContext.Request.Path.StartsWithSegments("/desk")) return;
        var user = DeskUser.From(context.Principal);
        if (user is null) { await RejectAsync(context); return; }
        var db = context.HttpContext.RequestServices.GetRequiredService<ChatBotDb>();
        var official = await db.Officials.AsNoTracking().FirstOrDefaultAsync(o => o.Id == user.OfficialId, context.HttpContext.RequestAborted);
        if (official is null || official.WardId != user.WardId) { await RejectAsync(context); return; }
        if (official.Role != user.Role || (official.Name ?? official.Role.Vietnamese()) != user.Name)
        {
            context.ReplacePrincipal(Principal(official));
            context.ShouldRenew = true;
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(Scheme);
    }
}

/// <summary>The signed-in official as the pages use it; every query is scoped to <see cref="WardId"/>.</summary>
public sealed record DeskUser(int OfficialId, int WardId, Role Role, string Name)
{
    public static DeskUser? From(ClaimsPrincipal? p)
    {
        if (p?.Identity?.IsAuthenticated != true) return null;
        if (!int.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return null;
        if (!int.TryParse(p.FindFirstValue(DeskAuth.WardClaim), out var ward)) return null;
        if (!Roles.TryParse(p.FindFirstValue(ClaimTypes.Role), out var role)) return null;
        return new DeskUser(id, ward, role, p.FindFirstValue(ClaimTypes.Name) ?? "");
    }

    public bool MayUseDesk => DeskAuth.MayUseDesk(Role);

    /// <summary>How a change made on the desk is signed in a task's history.</summary>
    public Core.Tasks.Actor Actor(string what) => new(OfficialId, Name, "web", what);
}
