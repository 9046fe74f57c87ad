using ChatBot.Core.Common;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Inbound;
using ChatBot.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web;

/// <summary>What every desk page shares: the signed-in official, the ward's date, and one way to run a change and
/// come back with its outcome (post, then redirect, the message carried over once).</summary>
public abstract class DeskPage : PageModel
{
    [TempData] public string? Flash { get; set; }
    [TempData] public bool FlashIsError { get; set; }

    public DeskUser Me => DeskUser.From(User) ?? throw new InvalidOperationException("desk page without a signed-in official");

    private WardClock Clock => HttpContext.RequestServices.GetRequiredService<WardClock>();

    public DateOnly Today => Clock.Today;

    /// <summary>An instant as the ward's wall clock shows it.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => Clock.ToLocal(instant);

    /// <summary>Runs a change and saves it (the post is the unit of work: the services it calls never save); a refusal
    /// (Vietnamese, from the services) becomes the flash message and changes nothing.</summary>
    protected async Task<IActionResult> ChangeAsync(Func<Task<string>> change, string back)
    {
        var unit = HttpContext.RequestServices.GetRequiredService<UnitOfWork>();
        var ct = HttpContext.RequestAborted;
        try
        {
            var message = await change();
            await unit.CommitAsync(ct);
            Flash = message;
            FlashIsError = false;
        }
        catch (Exception e) when (e is UserFacingException or TaskRuleException)
        {
            await unit.DiscardAsync(ct);
            Flash = e.Message;
            FlashIsError = true;
        }
        catch (DbUpdateConcurrencyException)
        {
            await unit.DiscardAsync(ct);
            Flash = "Nhiệm vụ vừa được người khác cập nhật. Xin xem lại rồi làm lại.";
            FlashIsError = true;
        }
        return LocalRedirect(back);
    }
}
