using System.ComponentModel.DataAnnotations;

namespace ChatBot.Channels.Zalo;

public enum ZaloMode { Polling, Webhook }

/// <summary>Settings bound from the "Zalo" section; the channel is off while <see cref="BotToken"/> is empty.</summary>
public sealed class ZaloOptions : IValidatableObject
{
    public const string Section = "Zalo";

    /// <summary>"&lt;bot_id&gt;:&lt;secret&gt;" from Zalo Bot Creator. Never logged.</summary>
    [RegularExpression(@"^\s*$|^\d+:\S+$", ErrorMessage = "Zalo:BotToken phải có dạng BOT_ID:BÍ_MẬT (lấy từ Zalo Bot Creator).")]
    public string? BotToken { get; set; }

    [Required(ErrorMessage = "Zalo:ApiBaseUrl không được để trống.")]
    [RegularExpression(@"^$|^https?://\S+$", ErrorMessage = "Zalo:ApiBaseUrl phải là một địa chỉ http(s) đầy đủ.")]
    public string ApiBaseUrl { get; set; } = "https://bot-api.zaloplatforms.com";

    public ZaloMode Mode { get; set; } = ZaloMode.Polling;

    /// <summary>Webhook secret (8–256 characters), echoed by Zalo in X-Bot-Api-Secret-Token.</summary>
    [RegularExpression(@"^$|^.{8,256}$", ErrorMessage = "Zalo:SecretToken phải dài từ 8 đến 256 ký tự.")]
    public string? SecretToken { get; set; }

    /// <summary>Public HTTPS address of POST /zalo/webhook, registered with setWebhook at start.</summary>
    [RegularExpression(@"^$|^https?://\S+$", ErrorMessage = "Zalo:WebhookUrl phải là một địa chỉ http(s) đầy đủ.")]
    public string? WebhookUrl { get; set; }

    /// <summary>Long-poll wait asked of getUpdates, in seconds.</summary>
    [Range(1, 60, ErrorMessage = "Zalo:PollTimeoutSeconds phải từ 1 đến 60.")]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>How long one send or control call may take before it counts as a timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Zalo:RequestTimeout phải từ 00:00:00.1 đến 00:10:00.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>First wait after a failed poll or start-up call; doubles up to a minute.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "Zalo:RetryBackoff phải từ 00:00:00.01 đến 00:10:00.")]
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The bot's overall send budget in messages per second, shared by every instance (Zalo publishes no figure).</summary>
    [Range(1, 1000, ErrorMessage = "Zalo:MaxPerSecond phải từ 1 đến 1000.")]
    public int MaxPerSecond { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Enabled && Mode == ZaloMode.Webhook && string.IsNullOrWhiteSpace(WebhookUrl))
            yield return new ValidationResult("Zalo:Mode=Webhook cần Zalo:WebhookUrl (địa chỉ công khai của /zalo/webhook).");
        if (Enabled && Mode == ZaloMode.Webhook && string.IsNullOrWhiteSpace(SecretToken))
            yield return new ValidationResult("Zalo:Mode=Webhook cần Zalo:SecretToken (8–256 ký tự).");
    }
}
