using System.Runtime.CompilerServices;

namespace ChatBot.Tests.Infrastructure;

/// <summary>Polls for something the service does on its own threads; a timeout is a failure, never a silent return.</summary>
public static class Wait
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null,
        [CallerArgumentExpression(nameof(done))] string? what = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > until) throw new TimeoutException($"not true after {limit.TotalSeconds:0.#} s: {what} (last value: {Describe(value)})");
            await Task.Delay(25);
        }
    }

    public static Task<T> UntilAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan? timeout = null,
        [CallerArgumentExpression(nameof(done))] string? what = null) =>
        UntilAsync(() => Task.FromResult(read()), done, timeout, what);

    private static string Describe<T>(T value) => value switch
    {
        System.Collections.ICollection c => $"{c.Count} items",
        null => "null",
        _ => value.ToString() ?? "",
    };
}
