using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Web.Pages.Desk;

/// <summary>The 403 page: officials who are not clerks or leaders land here.</summary>
public sealed class ForbiddenModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
