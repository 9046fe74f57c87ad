namespace ChatBot.Cli;

/// <summary><c>parse FILE [--json]</c>: read one notice and print its tasks.</summary>
public static class ParseVerb
{
    public static Task<int> RunAsync(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("Chưa hỗ trợ.");
        return Task.FromResult(2);
    }
}
