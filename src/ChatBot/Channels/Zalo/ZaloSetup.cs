using ChatBot.Hosting;

namespace ChatBot.Channels.Zalo;

public static class ZaloSetup
{
    /// <summary>Registers the Zalo channel when Zalo:BotToken is set: client, outbox channel, inbound handler, polling or webhook start-up.</summary>
    public static IServiceCollection AddZaloChannel(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<ZaloOptions>(ZaloOptions.Section);
        var options = config.ReadValidated<ZaloOptions>(ZaloOptions.Section);
        if (!options.Enabled) return services;

        services.AddSingleton<ZaloClient>();
        services.AddSingleton<ZaloTokenGuard>();
        services.AddSingleton<ZaloChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<ZaloChannel>());
        services.AddSingleton<ZaloUpdateHandler>();
        if (options.Mode == ZaloMode.Webhook) services.AddHostedService<ZaloStartup>();
        else services.AddHostedService<ZaloPolling>();
        return services;
    }

    /// <summary>Maps POST /zalo/webhook in webhook mode only (in polling mode nobody should be posting to us).</summary>
    public static IEndpointRouteBuilder MapZaloEndpoints(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ZaloOptions>>().Value;
        if (options.Enabled && options.Mode == ZaloMode.Webhook)
            app.MapPost(ZaloWebhook.Path, ZaloWebhook.ReceiveAsync);
        return app;
    }
}
