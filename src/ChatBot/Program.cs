using System.Text;
using ChatBot.Cli;

Console.OutputEncoding = Encoding.UTF8;
if (CliApp.IsVerb(args))
    return await CliApp.RunAsync(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
await app.RunAsync();
return 0;

/// <summary>Entry point marker for WebApplicationFactory in tests.</summary>
public partial class Program;
