using System.Runtime.CompilerServices;
using ChatBot.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace ChatBot.Channels.Telegram;

public static class TelegramSetup
{
    /// <summary>The Telegram channel, on only when <c>Telegram:BotToken</c> is set; polling or webhook by <c>Telegram:Mode</c>.</summary>
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<TelegramOptions>(TelegramOptions.Section);
        var settings = config.ReadValidated<TelegramOptions>(TelegramOptions.Section);
        return settings.Enabled ? AddEnabled(services, settings) : services;
    }

    /// <summary>Apart from <see cref="AddTelegramChannel"/> so that without a token Telegram.Bot is never loaded.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IServiceCollection AddEnabled(IServiceCollection services, TelegramOptions settings)
    {
        services.AddSingleton<TelegramBotInfo>();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            // Own HttpClient, not IHttpClientFactory: its request logging would print URLs that contain the token.
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                Timeout = TimeSpan.FromSeconds(o.PollTimeoutSeconds + 30),
            };
            // No automatic 429 retry inside the library: the outbox reschedules the row instead of blocking.
            var clientOptions = new TelegramBotClientOptions(o.BotToken!, o.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 };
            return new TelegramBotClient(clientOptions, http);
        });
        services.AddSingleton<TelegramChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<TelegramChannel>());
        services.AddSingleton<IInteractiveChannel>(sp => sp.GetRequiredService<TelegramChannel>());
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<TelegramStartup>();
        if (settings.Mode == TelegramMode.Webhook) services.AddHostedService<TelegramWebhookRegistration>();
        else services.AddHostedService<TelegramPolling>();
        return services;
    }

    /// <summary>POST /telegram/webhook, only in webhook mode with a token.</summary>
    public static IEndpointRouteBuilder MapTelegramEndpoints(this IEndpointRouteBuilder app)
    {
        var o = app.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (o.Enabled && o.Mode == TelegramMode.Webhook) MapWebhook(app);
        return app;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MapWebhook(IEndpointRouteBuilder app) => app.MapPost(TelegramWebhook.Path, TelegramWebhook.HandleAsync);
}
