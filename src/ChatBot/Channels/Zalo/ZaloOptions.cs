namespace ChatBot.Channels.Zalo;

public enum ZaloMode { Polling, Webhook }

/// <summary>Settings bound from the "Zalo" section; the channel is off while <see cref="BotToken"/> is empty.</summary>
public sealed class ZaloOptions
{
    public const string Section = "Zalo";

    /// <summary>"&lt;bot_id&gt;:&lt;secret&gt;" from Zalo Bot Creator. Never logged.</summary>
    public string? BotToken { get; set; }

    public string ApiBaseUrl { get; set; } = "https://bot-api.zaloplatforms.com";

    public ZaloMode Mode { get; set; } = ZaloMode.Polling;

    /// <summary>Webhook secret (8–256 characters), echoed by Zalo in X-Bot-Api-Secret-Token.</summary>
    public string? SecretToken { get; set; }

    /// <summary>Public HTTPS address of POST /zalo/webhook, registered with setWebhook at start.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Long-poll wait asked of getUpdates, in seconds.</summary>
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>How long one send or control call may take before it counts as a timeout.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>First wait after a failed poll or start-up call; doubles up to a minute.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}
