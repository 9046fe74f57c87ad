using ChatBot.Core.Directory;
using ChatBot.Directory;
using Microsoft.AspNetCore.Mvc;

namespace ChatBot.Web.Pages.Desk;

/// <summary>/desk/directory: units and their other names, officials and their chats, invite codes (with QR) and revoking them.</summary>
public sealed class DirectoryModel(DeskDirectory directory, TimeProvider clock) : DeskPage
{
    public List<Unit> Units { get; private set; } = [];
    public List<Official> Officials { get; private set; } = [];
    public List<InviteRow> Invites { get; private set; } = [];
    public NewInvite? Created { get; private set; }
    public DateTimeOffset Now => clock.GetUtcNow();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAddUnitAsync(string? name, CancellationToken ct) =>
        ChangeAsync(() => directory.AddUnitAsync(Me.WardId, name, ct), "/desk/directory");

    public Task<IActionResult> OnPostAddAliasAsync(int unitId, string? alias, CancellationToken ct) =>
        ChangeAsync(() => directory.AddAliasAsync(Me.WardId, unitId, alias, ct), "/desk/directory");

    public Task<IActionResult> OnPostRemoveAliasAsync(int aliasId, CancellationToken ct) =>
        ChangeAsync(() => directory.RemoveAliasAsync(Me.WardId, aliasId, ct), "/desk/directory");

    public Task<IActionResult> OnPostRevokeAsync(int inviteId, CancellationToken ct) =>
        ChangeAsync(() => directory.RevokeInviteAsync(Me.WardId, inviteId, ct), "/desk/directory");

    /// <summary>The new code is shown on this response only (never stored in clear, never put in a redirect).</summary>
    public async Task<IActionResult> OnPostInviteAsync(string? role, int? unitId, string? name, CancellationToken ct)
    {
        try
        {
            Created = await directory.CreateInviteAsync(Me.WardId, role, unitId, name, ct);
        }
        catch (UserFacingException e)
        {
            Flash = e.Message;
            FlashIsError = true;
            return LocalRedirect("/desk/directory");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await directory.UnitsAsync(Me.WardId, ct);
        Officials = await directory.OfficialsAsync(Me.WardId, ct);
        Invites = await directory.InvitesAsync(Me.WardId, ct);
    }
}
