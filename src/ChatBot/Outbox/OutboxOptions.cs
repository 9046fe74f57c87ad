using System.ComponentModel.DataAnnotations;

namespace ChatBot.Outbox;

/// <summary>Settings of the outbox dispatcher (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string Section = "Outbox";

    /// <summary>Run the background dispatcher in this process (the CLI and some tests turn it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Pause between passes when nothing was sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "Outbox:PollInterval phải từ 00:00:00.01 đến 00:10:00.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows picked per pass.</summary>
    [Range(1, 1000, ErrorMessage = "Outbox:BatchSize phải từ 1 đến 1000.")]
    public int BatchSize { get; set; } = 50;

    /// <summary>Transient failures (5xx, timeouts) before a row is given up as Failed; 429s do not count.</summary>
    [Range(1, 1000, ErrorMessage = "Outbox:MaxAttempts phải từ 1 đến 1000.")]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a claimed row belongs to this instance before another may take it over.</summary>
    [Range(5, 3600, ErrorMessage = "Outbox:LeaseSeconds phải từ 5 đến 3600.")]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>First retry delay after a transient failure; doubles per attempt (with ±20 % jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Outbox:RetryBaseDelay phải từ 00:00:00.01 đến 01:00:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Upper bound of the retry delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00", ErrorMessage = "Outbox:RetryMaxDelay phải từ 00:00:00.01 đến 1.00:00:00 (một ngày).")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Messages a chat may get back to back before the per-chat interval applies (Telegram tolerates short bursts).</summary>
    [Range(1, 30, ErrorMessage = "Outbox:PerChatBurst phải từ 1 đến 30.")]
    public int PerChatBurst { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (RetryMaxDelay < RetryBaseDelay)
            yield return new ValidationResult("Outbox:RetryMaxDelay không được nhỏ hơn Outbox:RetryBaseDelay.");
    }
}
