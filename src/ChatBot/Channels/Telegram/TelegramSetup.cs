namespace ChatBot.Channels.Telegram;

public static class TelegramSetup
{
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration config) => services;

    public static IEndpointRouteBuilder MapTelegramEndpoints(this IEndpointRouteBuilder app) => app;
}
