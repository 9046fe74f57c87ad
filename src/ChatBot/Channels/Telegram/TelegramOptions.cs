using System.ComponentModel.DataAnnotations;

namespace ChatBot.Channels.Telegram;

public enum TelegramMode { Polling, Webhook }

/// <summary>Settings of the Telegram channel (section <c>Telegram</c>); the channel is on only with a token.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    [RegularExpression(@"^\s*$|^\d+:[A-Za-z0-9_-]+$", ErrorMessage = "Telegram:BotToken phải có dạng SỐ:CHUỖI (mã do @BotFather cấp).")]
    public string? BotToken { get; set; }

    [Required(ErrorMessage = "Telegram:ApiBaseUrl không được để trống.")]
    [RegularExpression(@"^$|^https?://\S+$", ErrorMessage = "Telegram:ApiBaseUrl phải là một địa chỉ http(s) đầy đủ.")]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Checked against X-Telegram-Bot-Api-Secret-Token on every webhook call (1–256 chars A-Z a-z 0-9 _ -).</summary>
    [RegularExpression(@"^$|^[A-Za-z0-9_-]{1,256}$", ErrorMessage = "Telegram:SecretToken chỉ gồm 1–256 ký tự A-Z, a-z, 0-9, _ và -.")]
    public string? SecretToken { get; set; }

    /// <summary>Public HTTPS URL of POST /telegram/webhook, registered with setWebhook in webhook mode.</summary>
    [RegularExpression(@"^$|^https?://\S+$", ErrorMessage = "Telegram:WebhookUrl phải là một địa chỉ http(s) đầy đủ.")]
    public string? WebhookUrl { get; set; }

    /// <summary>The bot's @username for t.me invite links when getMe cannot be asked (the CLI without network).</summary>
    public string? BotUsername { get; set; }

    /// <summary>Long-poll wait of getUpdates in seconds.</summary>
    [Range(0, 50, ErrorMessage = "Telegram:PollTimeoutSeconds phải từ 0 đến 50.")]
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>Timeout of one send/getFile call in seconds.</summary>
    [Range(1, 600, ErrorMessage = "Telegram:RequestTimeoutSeconds phải từ 1 đến 600.")]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>The bot's overall send budget in messages per second, shared by every instance (Telegram allows about 30;
    /// paid broadcasts up to 1,000).</summary>
    [Range(1, 1000, ErrorMessage = "Telegram:MaxPerSecond phải từ 1 đến 1000.")]
    public int MaxPerSecond { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>Token is never logged; this says which bot without revealing the secret part.</summary>
    public string BotIdForLogs => BotToken?.Split(':')[0] ?? "?";

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Enabled && Mode == TelegramMode.Webhook && string.IsNullOrWhiteSpace(WebhookUrl))
            yield return new ValidationResult("Telegram:Mode=Webhook cần Telegram:WebhookUrl (địa chỉ công khai của /telegram/webhook).");
        if (Enabled && Mode == TelegramMode.Webhook && string.IsNullOrWhiteSpace(SecretToken))
            yield return new ValidationResult("Telegram:Mode=Webhook cần Telegram:SecretToken để từ chối các lời gọi giả mạo.");
    }
}
