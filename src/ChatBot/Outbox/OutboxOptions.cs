namespace ChatBot.Outbox;

/// <summary>Settings of the outbox dispatcher (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>Run the background dispatcher in this process (the CLI and some tests turn it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Pause between passes when nothing was sent.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows picked per pass.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Transient failures (5xx, timeouts) before a row is given up as Failed; 429s do not count.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a claimed row belongs to this instance before another may take it over.</summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>First retry delay after a transient failure; doubles per attempt (with ±20 % jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Upper bound of the retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Messages a chat may get back to back before the per-chat interval applies (Telegram tolerates short bursts).</summary>
    public int PerChatBurst { get; set; } = 3;
}
