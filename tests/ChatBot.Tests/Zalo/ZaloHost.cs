using ChatBot.Channels;
using ChatBot.Channels.Zalo;
using ChatBot.Storage;
using ChatBot.Tests.Fakes;
using ChatBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Zalo;

/// <summary>The real service wired to a fake Zalo server, in polling or webhook mode, with its logs captured.</summary>
public sealed class ZaloHost : IAsyncDisposable
{
    public const string Secret = "ward-webhook-secret-42";

    public FakeZaloServer Zalo { get; }
    public ChatBotApp App { get; }
    public WebApplicationFactory<Program> Service { get; }
    public CapturingLoggerProvider Logs { get; } = new();

    private ZaloHost(FakeZaloServer zalo, ChatBotApp app)
    {
        Zalo = zalo;
        App = app;
        // Same settings and fake clock as the app; the extra provider only listens to the logs.
        Service = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Logs)));
    }

    /// <param name="token">Token the service uses; the fake's own token unless a test wants a wrong one.</param>
    /// <param name="services">Test-only service changes (e.g. a conversation that fails on purpose).</param>
    public static async Task<ZaloHost> StartAsync(ZaloMode mode = ZaloMode.Polling, string? token = null, Dictionary<string, string?>? extra = null,
        Action<IServiceCollection>? services = null)
    {
        var zalo = await FakeZaloServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Zalo:BotToken"] = token ?? zalo.Token,
            ["Zalo:ApiBaseUrl"] = zalo.BaseUrl,
            ["Zalo:Mode"] = mode.ToString(),
            ["Zalo:SecretToken"] = Secret,
            ["Zalo:WebhookUrl"] = "https://chatbot.phuong.test/zalo/webhook",
            ["Zalo:RetryBackoff"] = "00:00:00.050",
            ["Zalo:RequestTimeout"] = "00:00:01",
        };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        var host = new ZaloHost(zalo, new ChatBotApp(settings) { TestServices = services });
        var client = host.Service.CreateClient(); // starts the host: migrations, polling or webhook registration
        if (mode == ZaloMode.Webhook) zalo.DeliverVia(client);
        return host;
    }

    public HttpClient CreateClient() => Service.CreateClient();

    public ZaloChannel Channel => Service.Services.GetServices<IChatChannel>().OfType<ZaloChannel>().Single();

    public async Task<T> WithDb<T>(Func<ChatBotDb, Task<T>> work)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ChatBotDb>());
    }

    /// <summary>Polls the database until the condition holds (the service works on its own threads); throws on timeout.</summary>
    public Task<T> Eventually<T>(Func<ChatBotDb, Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null,
        [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(done))] string? what = null) =>
        Wait.UntilAsync(() => WithDb(read), done, timeout, what);

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await App.DisposeAsync();
        await Zalo.DisposeAsync();
    }
}
