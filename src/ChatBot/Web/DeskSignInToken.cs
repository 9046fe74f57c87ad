namespace ChatBot.Web;

/// <summary>A one-time sign-in link for the desk: valid ten minutes, used once, only its hash is stored.</summary>
public sealed class DeskSignInToken
{
    public long Id { get; set; }
    public int OfficialId { get; set; }
    public int WardId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}
