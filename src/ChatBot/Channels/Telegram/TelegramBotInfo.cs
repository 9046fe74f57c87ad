namespace ChatBot.Channels.Telegram;

/// <summary>What getMe told us at start (the username is used for t.me/&lt;bot&gt;?start=&lt;code&gt; links), and whether the token works.</summary>
public sealed class TelegramBotInfo
{
    public long? Id { get; internal set; }
    public string? Username { get; internal set; }
    /// <summary>Set when Telegram refused the token: the channel stays off instead of crashing the host.</summary>
    public bool Disabled { get; internal set; }

    public string? StartLink(string code) => Username is null ? null : $"https://t.me/{Username}?start={Uri.EscapeDataString(code)}";
}
