namespace ChatBot.Web;

/// <summary>Settings of the web desk (section "Desk").</summary>
public sealed class DeskOptions
{
    /// <summary>Base of the links /web sends, e.g. https://giaoviec.example.vn; unset: the service's own address.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Sign-in attempts allowed per client address per minute (links opened and confirmed).</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Hours a desk session lasts without use.</summary>
    public double SessionHours { get; set; } = 8;

    /// <summary>Link to the Zalo bot (e.g. https://zalo.me/…), shown as a QR code beside new invite codes.</summary>
    public string? ZaloBotUrl { get; set; }
}
