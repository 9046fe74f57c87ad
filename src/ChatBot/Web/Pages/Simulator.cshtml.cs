using ChatBot.Channels.Simulator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Web.Pages;

/// <summary>/sim: the local chat simulator, a page of this site in demo mode only (no page at all when the simulator is off).
/// Self-contained: inline style and script, no request leaves the site.</summary>
public sealed class SimulatorModel : PageModel
{
    public IActionResult OnGet()
    {
        if (HttpContext.RequestServices.GetService<SimulatorChannel>() is null) return NotFound();
        Response.Headers.CacheControl = "no-store";
        // The page needs nothing from elsewhere: forbid it, so rendered bot text can never load or run anything.
        Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' blob: data:; connect-src 'self'";
        return Page();
    }
}
