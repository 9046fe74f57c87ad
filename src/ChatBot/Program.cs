using System.Text;
using ChatBot.Cli;
using ChatBot.Hosting;

Console.OutputEncoding = Encoding.UTF8;
if (CliApp.IsVerb(args))
    return await CliApp.RunAsync(args, Console.Out, Console.Error);

await ChatBotHost.Build(args is ["serve", ..] ? args[1..] : args).RunAsync();
return 0;

/// <summary>Entry point marker for WebApplicationFactory in tests.</summary>
public partial class Program;
