namespace ChatBot.Channels.Simulator;

/// <summary>The simulator's single self-contained page (inline CSS and JS, no build step, no CDN).</summary>
public static class SimulatorPage
{
    private static readonly Lazy<string> Html = new(() => DemoWard.Resource("SimulatorPage.html"));

    public static IResult Serve(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        // The page needs nothing from elsewhere: forbid it, so rendered bot text can never load or run anything.
        http.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' blob: data:; connect-src 'self'";
        return Results.Content(Html.Value, "text/html; charset=utf-8");
    }
}
