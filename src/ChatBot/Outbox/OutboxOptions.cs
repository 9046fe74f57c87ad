using System.ComponentModel.DataAnnotations;

namespace ChatBot.Outbox;

/// <summary>Settings of the outbox dispatcher (section <c>Outbox</c>). The bots' own budgets are
/// <c>Telegram:MaxPerSecond</c> and <c>Zalo:MaxPerSecond</c>.</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string Section = "Outbox";

    /// <summary>Run the background dispatcher in this process (the CLI and some tests turn it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Longest pause between passes: when nothing is pending, or to notice rows queued by another process.
    /// With work waiting the dispatcher sleeps only as long as the limits or the next retry require.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "Outbox:PollInterval phải từ 00:00:00.01 đến 00:10:00.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most messages one pass sends (one per chat, chats served round robin).</summary>
    [Range(1, 1000, ErrorMessage = "Outbox:BatchSize phải từ 1 đến 1000.")]
    public int BatchSize { get; set; } = 50;

    /// <summary>Sends in flight at once (to different chats), so the bot's rate is reached over a slow network too.</summary>
    [Range(1, 64, ErrorMessage = "Outbox:MaxParallelSends phải từ 1 đến 64.")]
    public int MaxParallelSends { get; set; } = 8;

    /// <summary>How long a claimed row belongs to the pass that claimed it before another may take it over
    /// (longer than a send may take: a send of a crashed instance is then retried, at least once).</summary>
    [Range(5, 3600, ErrorMessage = "Outbox:LeaseSeconds phải từ 5 đến 3600.")]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How long the instance that sends for a channel keeps that role without renewing it; another instance
    /// takes over this long after the sender died.</summary>
    [Range(typeof(TimeSpan), "00:00:03", "00:05:00", ErrorMessage = "Outbox:SenderLease phải từ 00:00:03 đến 00:05:00.")]
    public TimeSpan SenderLease { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First retry delay after a transient failure; doubles per attempt (with ±20 % jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Outbox:RetryBaseDelay phải từ 00:00:00.01 đến 01:00:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Upper bound of the retry delay. There is no attempt ceiling: a message is retried until <see cref="MaxAge"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00", ErrorMessage = "Outbox:RetryMaxDelay phải từ 00:00:00.01 đến 1.00:00:00 (một ngày).")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A message not delivered this long after it was queued is marked Expired and reported to the ward's clerks.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Outbox:MaxAge phải từ 00:01:00 đến 30.00:00:00 (30 ngày).")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Messages a chat may get back to back before the per-chat interval applies (Telegram tolerates short bursts).</summary>
    [Range(1, 30, ErrorMessage = "Outbox:PerChatBurst phải từ 1 đến 30.")]
    public int PerChatBurst { get; set; } = 3;

    /// <summary>How far ahead a pass may take a send slot that is about to free: the row is claimed now and its request
    /// leaves exactly when the slot frees, so the pass's own database work does not stretch the bot's second
    /// (0: only slots free now).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:01", ErrorMessage = "Outbox:SendAhead phải từ 00:00:00 đến 00:00:01.")]
    public TimeSpan SendAhead { get; set; } = TimeSpan.FromMilliseconds(200);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (RetryMaxDelay < RetryBaseDelay)
            yield return new ValidationResult("Outbox:RetryMaxDelay không được nhỏ hơn Outbox:RetryBaseDelay.");
        if (MaxAge <= RetryBaseDelay)
            yield return new ValidationResult("Outbox:MaxAge phải lớn hơn Outbox:RetryBaseDelay.");
    }
}
