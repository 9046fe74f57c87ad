using ChatBot.Hosting;
using ChatBot.Reminders;
using ChatBot.Storage;

namespace ChatBot.Cli;

/// <summary>What a verb gets: its two writers, the configuration (appsettings.json, environment variables, then
/// <see cref="Settings"/>) and, only when it asks, the services on a database whose schema is current.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    private IConfiguration? _configuration;

    public TextWriter Out { get; } = stdout;
    public TextWriter Error { get; } = stderr;

    /// <summary>Configuration laid over appsettings and the environment (tests use it; operators use Section__Key variables).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Services to run verbs against instead of building the CLI's own (a test's running app).</summary>
    public IServiceProvider? Services { get; init; }

    public IConfiguration Configuration => _configuration ??= Services?.GetRequiredService<IConfiguration>() ?? BuildConfiguration();

    /// <summary>The configuration if it was already read; for error messages, which must not read it anew.</summary>
    internal IConfiguration? ConfigurationIfBuilt => _configuration;

    /// <summary>A scope on the database. The schema is brought up to date first, which costs one small query when it is
    /// current. Verbs that need no database (parse, --help, a typo) never call this, so they never create one.</summary>
    public async Task<CliSession> OpenAsync(CancellationToken ct)
    {
        ServiceProvider? owned = null;
        var root = Services;
        if (root is null)
        {
            owned = BuildServices(Configuration);
            root = owned;
            ValidatedOptions.ValidateNow(owned);
        }
        var scope = root.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<ChatBotDb>().MigrateAsync(ct);
            return new CliSession(scope, owned);
        }
        catch
        {
            await scope.DisposeAsync();
            if (owned is not null) await owned.DisposeAsync();
            throw;
        }
    }

    private IConfiguration BuildConfiguration()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(Settings)
            .Build();
    }

    /// <summary>The service's own registrations for storage and the domain, without web, channels, logging output or
    /// schedules: a plain container is much cheaper to start than a host, and a verb needs nothing more.</summary>
    private static ServiceProvider BuildServices(IConfiguration config)
    {
        // The CLI never runs the schedule itself; a running service does.
        var cli = new ConfigurationBuilder().AddConfiguration(config)
            .AddInMemoryCollection([new("Reminders:Enabled", "false")]).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(cli);
        services.AddLogging(); // no providers: verbs print their own results, framework chatter would drown them
        services.AddChatBotCore(cli);
        services.AddReminders(cli);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}

/// <summary>One verb's scope on the database; disposing it closes everything the CLI built.</summary>
public sealed class CliSession(AsyncServiceScope scope, ServiceProvider? owned) : IAsyncDisposable
{
    public IServiceProvider Services => scope.ServiceProvider;

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Services never save on their own; a verb saves once its work is done (like the inbound pipeline).</summary>
    public Task SaveAsync(CancellationToken ct) => Get<ChatBotDb>().SaveChangesAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        if (owned is not null) await owned.DisposeAsync();
    }
}
