namespace ChatBot.Cli;

/// <summary><c>reminders run-once --ward W [--now ISO]</c> (lands with the reminders feature).</summary>
public static class RemindersVerb
{
    public static Task<int> RunAsync(CliArgs args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("Lỗi: chưa hỗ trợ.");
        return Task.FromResult(2);
    }
}
