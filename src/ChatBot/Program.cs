using System.Text;
using ChatBot.Cli;

Console.OutputEncoding = Encoding.UTF8;
return await CliApp.RunAsync(args, Console.Out, Console.Error);

/// <summary>Entry point marker for WebApplicationFactory in tests.</summary>
public partial class Program;
