using System.CommandLine;
using System.CommandLine.Help;
using ChatBot.Directory;
using ChatBot.Hosting;
using ChatBot.Storage;

namespace ChatBot.Cli;

/// <summary>The one command line of the executable (System.CommandLine): no verb or <c>serve</c> runs the service,
/// the other verbs are operator commands. Wrong words print one <c>Lỗi: …</c> line and the usage on stderr and exit 2
/// before anything starts or any database is touched.</summary>
/// <remarks>Adding a verb: write <c>Cli/XxxVerb.cs</c> with <c>public static Command Create(CliContext cli)</c> that
/// declares its arguments and options (Vietnamese <c>Description</c>, a <c>HelpName</c> for values) and sets an action
/// which reads the values, opens services with <c>await using var s = await cli.OpenAsync(ct)</c> only if it needs the
/// database, calls the one service that owns the behaviour and prints to <c>cli.Out</c>; then add it to
/// <see cref="Verbs"/>. Refuse bad input with <see cref="CliUsageException"/> (wrong arguments: the usage follows) or
/// <see cref="UserFacingException"/> (a bad value or state); both exit 2. <c>--help</c> comes for free.</remarks>
public static class CliApp
{
    private static IEnumerable<Command> Verbs(CliContext cli) =>
    [
        ServeVerb.Create(cli),
        ParseVerb.Create(cli),
        DirectoryVerbs.Ward(cli),
        DirectoryVerbs.Unit(cli),
        DirectoryVerbs.Invite(cli),
        TaskVerbs.Import(cli),
        TaskVerbs.Tasks(cli),
        RemindersVerb.Create(cli),
        ReportVerb.Create(cli),
        InboxVerb.Create(cli),
        BackupVerbs.Backup(cli),
        BackupVerbs.Restore(cli),
    ];

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new CliContext(stdout, stderr));

    public static async Task<int> RunAsync(string[] args, CliContext cli)
    {
        var root = Root(cli);
        // No response files (@file) and no directives: every word means what it says.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var command = parsed.CommandResult.Command;
        if (parsed.Action is HelpAction)
        {
            CliHelp.Write(command, cli.Out);
            return 0;
        }
        if (CliHelp.FirstError(parsed) is { } error) return Usage(cli, error, command);
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = cli.Out,
                Error = cli.Error,
                EnableDefaultExceptionHandler = false, // our own handlers below; anything else is a bug and shows as one
                ProcessTerminationTimeout = null,      // the web host handles Ctrl+C and SIGTERM itself
            });
        }
        catch (CliUsageException ex)
        {
            return Usage(cli, ex.Message, command);
        }
        catch (UserFacingException ex)
        {
            await cli.Error.WriteLineAsync($"Lỗi: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ValidatedOptions.Describe(ex, cli.ConfigurationIfBuilt) is { } message)
        {
            await cli.Error.WriteLineAsync($"Lỗi: {message}");
            return 2;
        }
        catch (Exception ex) when (StorageFailure.Describe(ex) is { } message)
        {
            // A full disk, a read-only or locked database, no permission: one line, not a stack trace.
            await cli.Error.WriteLineAsync($"Lỗi: {message}");
            return 2;
        }
    }

    private static RootCommand Root(CliContext cli)
    {
        var root = new RootCommand("ChatBot — trợ lý theo dõi nhiệm vụ của UBND phường. Không có lệnh: chạy dịch vụ (như serve).");
        root.Directives.Clear();
        foreach (var option in root.Options)
            option.Description = option switch
            {
                HelpOption => "Hiện hướng dẫn này.",
                VersionOption => "Hiện phiên bản.",
                _ => option.Description,
            };
        ServeVerb.Configure(root, cli);
        foreach (var verb in Verbs(cli)) root.Subcommands.Add(verb); // --help is recursive: every verb has it
        var help = new Command("help", "Hiện hướng dẫn (help LỆNH: hướng dẫn của một lệnh).");
        var topic = new Argument<string[]>("LỆNH") { Arity = ArgumentArity.ZeroOrMore, HelpName = "LỆNH" };
        help.Arguments.Add(topic);
        help.SetAction(r =>
        {
            Command target = root;
            foreach (var word in r.GetValue(topic) ?? [])
                target = target.Subcommands.FirstOrDefault(c => c.Name == word) ?? throw new CliUsageException($"Lệnh không hợp lệ: {word}");
            CliHelp.Write(target, cli.Out);
            return 0;
        });
        root.Subcommands.Add(help);
        return root;
    }

    private static int Usage(CliContext cli, string error, Command command)
    {
        cli.Error.WriteLine($"Lỗi: {error}");
        CliHelp.WriteUsage(command, cli.Error);
        return 2;
    }
}

/// <summary>Wrong arguments: printed as one <c>Lỗi:</c> line followed by the usage; exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
