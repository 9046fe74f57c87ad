using ChatBot.Cli;
using ChatBot.Storage;

namespace ChatBot.Tests.Reliability;

/// <summary>The command line in-process on a data folder of its own (no connection string from the environment).</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(string data, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new CliContext(stdout, stderr)
        {
            Settings = new Dictionary<string, string?> { [DataDirectory.Variable] = data, ["ConnectionStrings:ChatBot"] = "" },
        };
        var code = await CliApp.RunAsync(args, cli).WaitAsync(TimeSpan.FromSeconds(60));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
