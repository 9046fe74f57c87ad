namespace ChatBot.Channels.Zalo;

/// <summary>Exponential wait after failures (first, ×2, … up to a minute); a refused token waits the long pause.</summary>
public sealed class ZaloBackoff(TimeSpan first)
{
    private readonly TimeSpan _first = first;
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(1);
    private TimeSpan _next = first;

    public void Reset() => _next = _first;

    public async Task WaitAsync(bool tokenProblem, CancellationToken ct)
    {
        var wait = tokenProblem ? ZaloTokenGuard.Pause : _next;
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, Max.Ticks));
        try { await Task.Delay(wait, ct); } catch (OperationCanceledException) { }
    }
}
