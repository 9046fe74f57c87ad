using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ChatBot.Web.Pages.Desk;

/// <summary>/desk/signin?token=…: GET only shows whether the link is good (link previews fetch it, they must not use it up);
/// the button's POST uses the token and sets the cookie. Both are rate limited per client address.</summary>
[EnableRateLimiting(DeskAuth.SignInLimit)]
public sealed class SignInModel(DeskSignIn signIn) : PageModel
{
    public string? Token { get; private set; }
    public TokenState? State { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token)) return Page();
        Token = token;
        return await ShowAsync(await signIn.PeekAsync(token, ct));
    }

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken ct)
    {
        Token = token;
        var (state, official) = await signIn.RedeemAsync(token, ct);
        if (state != TokenState.Valid || official is null) return await ShowAsync(state);
        if (!DeskAuth.MayUseDesk(official.Role)) return RedirectToPage("/Desk/Forbidden");
        await HttpContext.SignInAsync(DeskAuth.Scheme, DeskAuth.Principal(official), new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect("/desk");
    }

    private Task<IActionResult> ShowAsync(TokenState state)
    {
        State = state;
        Problem = state switch
        {
            TokenState.Used => "Đường link này đã được dùng.",
            TokenState.Expired => "Đường link này đã hết hạn (quá 10 phút).",
            TokenState.Unknown => "Đường link không đúng.",
            _ => null,
        };
        if (state != TokenState.Valid) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.FromResult<IActionResult>(Page());
    }
}
