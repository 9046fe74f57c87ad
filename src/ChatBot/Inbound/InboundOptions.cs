using System.ComponentModel.DataAnnotations;

namespace ChatBot.Inbound;

/// <summary>How an update that fails is retried before it is parked, and the polling lease (section <c>Inbound</c>).</summary>
public sealed class InboundOptions : IValidatableObject
{
    public const string Section = "Inbound";

    /// <summary>Failures of one update before it is parked (kept in ParkedUpdates, the clerk told) so the next can go on.</summary>
    [Range(1, 100, ErrorMessage = "Inbound:MaxAttempts phải từ 1 đến 100.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First pause after a failed update; doubles per attempt up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "Inbound:RetryBaseDelay phải từ 00:00:00.01 đến 00:10:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Inbound:RetryMaxDelay phải từ 00:00:00.01 đến 01:00:00.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Polling mode: the lease one instance holds to poll a platform; renewed every third of it, taken over
    /// by another instance once it runs out (the holder died).</summary>
    [Range(3, 300, ErrorMessage = "Inbound:PollLeaseSeconds phải từ 3 đến 300.")]
    public int PollLeaseSeconds { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (RetryMaxDelay < RetryBaseDelay)
            yield return new ValidationResult("Inbound:RetryMaxDelay không được nhỏ hơn Inbound:RetryBaseDelay.");
    }

    /// <summary>The pause after the n-th failure: base × 2^(n-1), capped, ±20 % jitter.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var ms = Math.Min(RetryMaxDelay.TotalMilliseconds, RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 20)));
        return TimeSpan.FromMilliseconds(ms * (0.8 + Random.Shared.NextDouble() * 0.4));
    }
}
