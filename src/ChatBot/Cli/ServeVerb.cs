using System.CommandLine;
using ChatBot.Hosting;

namespace ChatBot.Cli;

/// <summary><c>serve</c> (also no verb at all): runs the service. Besides <c>--urls</c> and <c>--environment</c> it takes
/// configuration as <c>--Section:Key=value</c> (or <c>--Section:Key value</c>), the host's own command-line form; any
/// other word is refused before anything starts.</summary>
public static class ServeVerb
{
    /// <summary>Host settings without a section that the ASP.NET Core host (and WebApplicationFactory in tests) passes.</summary>
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "webroot", "http_ports", "https_ports", "https_port",
        "detailedErrors", "shutdownTimeoutSeconds", "hostingStartupAssemblies", "hostingStartupExcludeAssemblies",
        "preventHostingStartup", "suppressStatusMessages", Storage.DataDirectory.Variable,
    };

    public const string Description =
        "Chạy dịch vụ (mặc định khi không có lệnh). Cấu hình thêm bằng --Mục:Khóa=giá-trị, ví dụ --Telegram:BotToken=123:ABC.";

    public static Command Create(CliContext cli)
    {
        var serve = new Command("serve", Description);
        Configure(serve, cli);
        return serve;
    }

    /// <summary>Gives <paramref name="command"/> (the root and <c>serve</c>) the service's options and action.</summary>
    public static void Configure(Command command, CliContext cli)
    {
        var urls = new Option<string>("--urls") { Description = "Địa chỉ lắng nghe, ví dụ http://127.0.0.1:5130 (nhiều địa chỉ cách nhau bằng ;).", HelpName = "URL" };
        var environment = new Option<string>("--environment") { Description = "Môi trường của host (Production, Development…).", HelpName = "TÊN" };
        command.Options.Add(urls);
        command.Options.Add(environment);
        command.TreatUnmatchedTokensAsErrors = false; // configuration words; checked by HostArguments below
        command.SetAction(async (r, ct) =>
        {
            var hostArgs = HostArguments(r.UnmatchedTokens, r.CommandResult.Command);
            if (r.GetValue(urls) is { } u) hostArgs.Add($"--urls={u}");
            if (r.GetValue(environment) is { } e) hostArgs.Add($"--environment={e}");
            return await RunAsync([.. hostArgs], cli);
        });
    }

    /// <summary>The words left for the host, each as <c>--key=value</c>; anything that is not configuration is refused.</summary>
    public static List<string> HostArguments(IReadOnlyList<string> words, Command at)
    {
        var result = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.StartsWith("--", StringComparison.Ordinal) || word.Length == 2)
                throw new CliUsageException(CliHelp.Unmatched(word, at));
            var eq = word.IndexOf('=');
            var key = eq > 0 ? word[2..eq] : word[2..];
            // "--Section=" (empty) is how the host itself passes the parent of "--Section:Key=value" (WebApplicationFactory does).
            var emptySection = eq == word.Length - 1;
            if (!key.Contains(':') && !HostKeys.Contains(key) && !emptySection)
                throw new CliUsageException($"Tùy chọn không hợp lệ: {(eq > 0 ? word[..eq] : word)}");
            if (eq > 0) { result.Add(word); continue; }
            if (i + 1 >= words.Count || words[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new CliUsageException($"Thiếu giá trị cho {word}.");
            result.Add($"{word}={words[++i]}");
        }
        return result;
    }

    private static async Task<int> RunAsync(string[] hostArgs, CliContext cli)
    {
        WebApplication app;
        try { app = ChatBotHost.Build(hostArgs); }
        catch (Exception ex) when (ValidatedOptions.Describe(ex) is { } message)
        {
            await cli.Error.WriteLineAsync($"Lỗi: {message}");
            return 2;
        }
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (ValidatedOptions.Describe(ex, app.Configuration) is { } message)
        {
            await cli.Error.WriteLineAsync($"Lỗi: {message}");
            return 2;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
