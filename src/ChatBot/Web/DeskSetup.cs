using ChatBot.Hosting;
using System.Threading.RateLimiting;
using ChatBot.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ChatBot.Web;

/// <summary>The web desk: Razor Pages under Web/Pages, cookie sign-in by one-time links, rate-limited sign-in.
/// The key ring that signs its cookies and antiforgery tokens lives in the database (table DataProtectionKeys), so
/// every instance on one database accepts what another issued (docs/SCALING.md).</summary>
public static class DeskSetup
{
    public static IServiceCollection AddDesk(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<DeskOptions>(DeskOptions.Section);
        services.AddScoped<DraftReach>();
        services.AddScoped<DeskTasks>();
        services.AddScoped<TaskChanges>();
        services.AddScoped<DraftEditor>();
        services.AddScoped<DeskDirectory>();
        // One application name: the default (the content root) differs between installations of the same service.
        services.AddDataProtection().SetApplicationName("ChatBot").PersistKeysToDbContext<ChatBotDb>();

        // Vietnamese letters are written as they are, not as &#x…; entities (the page is UTF-8).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Web/Pages";
            o.Conventions.AuthorizeFolder("/Desk", DeskAuth.Policy);
            o.Conventions.AllowAnonymousToPage("/Desk/Index");
            o.Conventions.AllowAnonymousToPage("/Desk/SignIn");
            o.Conventions.AllowAnonymousToPage("/Desk/Forbidden");
            o.Conventions.AllowAnonymousToPage("/Desk/Status");
        });
        services.AddAuthentication(DeskAuth.Scheme).AddCookie(DeskAuth.Scheme, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(DeskAuth.Scheme).Configure<IOptions<DeskOptions>>((o, desk) =>
        {
            o.Cookie.Name = "chatbot.desk";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax; // a task link opened from a chat app must arrive signed in
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(desk.Value.SessionHours);
            o.SlidingExpiration = true;
            o.LoginPath = "/desk/signin";
            o.AccessDeniedPath = "/desk/forbidden";
            o.ReturnUrlParameter = "returnUrl";
            o.Events.OnValidatePrincipal = DeskAuth.ValidateAsync;
        });
        services.AddAuthorization(o => o.AddPolicy(DeskAuth.Policy, p => p
            .AddAuthenticationSchemes(DeskAuth.Scheme).RequireAuthenticatedUser().RequireRole("clerk", "leader")));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(DeskAuth.SignInLimit, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<DeskOptions>>().Value.SignInPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "?",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(DeskStatic.TooManyRequestsPage, ct);
            };
        });
        LoadKeyRingOnFirstUse(services); // last: antiforgery and cookie authentication add data protection again
        return services;
    }

    /// <summary>ASP.NET Core's data protection loads (or creates) the key ring in a hosted service at start: an EF Core
    /// query, the keys' XML and the crypto library, ≈ 10 MB of resident memory in a service nobody has visited yet
    /// (docs/BENCHMARKS.md, idle memory). Without it the same key ring is loaded the same way on first use — the first
    /// desk or simulator page, sign-in or cookie check — once per process, then cached as before.</summary>
    private static void LoadKeyRingOnFirstUse(IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
            if (services[i].ServiceType == typeof(IHostedService)
                && services[i].ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService")
                services.RemoveAt(i);
    }

    /// <summary>Middleware and endpoints: call after the other endpoints are mapped.</summary>
    public static WebApplication UseDesk(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/desk"), desk =>
        {
            desk.Use((c, next) =>
            {
                c.Response.Headers.ContentSecurityPolicy =
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
                c.Response.Headers.XContentTypeOptions = "nosniff";
                c.Response.Headers["Referrer-Policy"] = "no-referrer"; // sign-in links carry a token
                return next(c);
            });
            desk.UseStatusCodePagesWithReExecute("/desk/status/{0}");
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        DeskStatic.Map(app);
        DeskDownloads.Map(app);
        app.MapRazorPages();
        return app;
    }
}
