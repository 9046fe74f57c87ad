namespace ChatBot.Channels.Telegram;

public enum TelegramMode { Polling, Webhook }

/// <summary>Settings of the Telegram channel (section <c>Telegram</c>); the channel is on only with a token.</summary>
public sealed class TelegramOptions
{
    public string? BotToken { get; set; }
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;
    /// <summary>Checked against X-Telegram-Bot-Api-Secret-Token on every webhook call (1–256 chars A-Z a-z 0-9 _ -).</summary>
    public string? SecretToken { get; set; }
    /// <summary>Public HTTPS URL of POST /telegram/webhook, registered with setWebhook in webhook mode.</summary>
    public string? WebhookUrl { get; set; }
    /// <summary>Long-poll wait of getUpdates in seconds.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;
    /// <summary>Timeout of one send/getFile call in seconds.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>Token is never logged; this says which bot without revealing the secret part.</summary>
    public string BotIdForLogs => BotToken?.Split(':')[0] ?? "?";
}
