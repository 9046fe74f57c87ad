using ChatBot.Directory;
using ChatBot.Hosting;
using ChatBot.Reminders;
using ChatBot.Storage;

namespace ChatBot.Cli;

/// <summary>Routes operator verbs; no verb (or <c>serve</c>) runs the service instead.</summary>
public static class CliApp
{
    private static readonly string[] Verbs = ["parse", "ward", "unit", "invite", "import", "tasks", "reminders", "report", "help", "--help", "-h"];

    public static bool IsVerb(string[] args) =>
        args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public const string Usage = """
        Cách dùng: ChatBot [serve]                      chạy dịch vụ
                   ChatBot parse FILE [--json]
                   ChatBot ward add NAME [--json]
                   ChatBot unit add --ward W NAME [--alias A]... [--json]
                   ChatBot invite --ward W [--unit U] --role leader|clerk|head|staff [--name N] [--json]
                   ChatBot import FILE --ward W [--assign] [--json]
                   ChatBot tasks --ward W [--overdue] [--unit U] [--json]
                   ChatBot reminders run-once --ward W [--now ISO] [--json]
                   ChatBot report --ward W --out F.xlsx [--from yyyy-MM-dd] [--to yyyy-MM-dd]
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<IServiceCollection>? configure = null)
    {
        try
        {
            var verb = args[0].ToLowerInvariant();
            if (verb is "help" or "--help" or "-h") { stdout.WriteLine(Usage); return 0; }
            if (verb == "parse") return await ParseVerb.RunAsync(CliArgs.Parse(args.Skip(1), "json"), stdout, stderr);

            var cli = CliArgs.Parse(args.Skip(1), "json", "assign", "overdue");
            using var host = BuildHost(configure);
            await using var scope = host.Services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            await sp.GetRequiredService<ChatBotDb>().MigrateAsync();
            return verb switch
            {
                "ward" => await DirectoryVerbs.WardAsync(cli, sp, stdout),
                "unit" => await DirectoryVerbs.UnitAsync(cli, sp, stdout),
                "invite" => await DirectoryVerbs.InviteAsync(cli, sp, stdout),
                "import" => await TaskVerbs.ImportAsync(cli, sp, stdout),
                "tasks" => await TaskVerbs.ListAsync(cli, sp, stdout),
                "reminders" => await RemindersVerb.RunAsync(cli, sp, stdout, stderr),
                "report" => await ReportVerb.RunAsync(cli, sp, stdout),
                _ => throw new CliUsageException($"Lệnh không hợp lệ: {args[0]}"),
            };
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine($"Lỗi: {ex.Message}");
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (UserFacingException ex)
        {
            stderr.WriteLine($"Lỗi: {ex.Message}");
            return 2;
        }
    }

    /// <summary>The same configuration and services as the service, without web, channels or jobs.</summary>
    private static IHost BuildHost(Action<IServiceCollection>? configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        // Verbs print their own results; framework chatter would drown them.
        builder.Logging.ClearProviders();
        // The CLI never runs the schedule itself; a running service does.
        builder.Configuration.AddInMemoryCollection([new("Reminders:Enabled", "false")]);
        builder.Services.AddChatBotCore(builder.Configuration);
        builder.Services.AddReminders(builder.Configuration);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
