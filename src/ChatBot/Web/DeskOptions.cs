using System.ComponentModel.DataAnnotations;

namespace ChatBot.Web;

/// <summary>Settings of the web desk (section "Desk").</summary>
public sealed class DeskOptions : IValidatableObject
{
    public const string Section = "Desk";

    /// <summary>Base of the links /web sends, e.g. https://giaoviec.example.vn; unset: the service's own address.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Sign-in attempts allowed per client address per minute (links opened and confirmed).</summary>
    [Range(1, 10_000, ErrorMessage = "Desk:SignInPerMinute phải từ 1 đến 10000.")]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Hours a desk session lasts without use.</summary>
    [Range(0.1, 24 * 30, ErrorMessage = "Desk:SessionHours phải từ 0.1 đến 720.")]
    public double SessionHours { get; set; } = 8;

    /// <summary>Link to the Zalo bot (e.g. https://zalo.me/…), shown as a QR code beside new invite codes.</summary>
    public string? ZaloBotUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!string.IsNullOrEmpty(PublicUrl) && !Uri.TryCreate(PublicUrl, UriKind.Absolute, out _))
            yield return new ValidationResult("Desk:PublicUrl phải là địa chỉ đầy đủ (https://…).", [nameof(PublicUrl)]);
        if (!string.IsNullOrEmpty(ZaloBotUrl) && !Uri.TryCreate(ZaloBotUrl, UriKind.Absolute, out _))
            yield return new ValidationResult("Desk:ZaloBotUrl phải là địa chỉ đầy đủ (https://…).", [nameof(ZaloBotUrl)]);
    }
}
