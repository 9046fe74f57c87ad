namespace ChatBot.Channels.Zalo;

/// <summary>Logs a refused token once (not on every poll or send) and again only after a call has worked in between.</summary>
public sealed class ZaloTokenGuard(ILogger<ZaloTokenGuard> log)
{
    private int _reported;

    /// <summary>How long sends and polls wait after the token was refused; an operator has to fix the configuration.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(5);

    public void Refused(ZaloApiException e)
    {
        if (Interlocked.Exchange(ref _reported, 1) == 0)
            log.LogError("Zalo refused the bot token ({Method}: {Code} {Description}). Check Zalo:BotToken (format <bot_id>:<secret> from Zalo Bot Creator); the token itself is not logged.",
                e.Method, e.ErrorCode, e.Description);
    }

    public void Worked() => Interlocked.Exchange(ref _reported, 0);
}
