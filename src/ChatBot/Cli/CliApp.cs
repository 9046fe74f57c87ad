namespace ChatBot.Cli;

/// <summary>Routes operator verbs; no verb (or <c>serve</c>) runs the service instead.</summary>
public static class CliApp
{
    private static readonly string[] Verbs = ["parse"];

    public static bool IsVerb(string[] args) =>
        args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return args[0].ToLowerInvariant() switch
            {
                "parse" => await ParseVerb.RunAsync(CliArgs.Parse(args.Skip(1), "json"), stdout, stderr),
                _ => throw new CliUsageException($"Lệnh không hợp lệ: {args[0]}"),
            };
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine($"Lỗi: {ex.Message}");
            return 2;
        }
    }
}
