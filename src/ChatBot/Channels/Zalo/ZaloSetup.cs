namespace ChatBot.Channels.Zalo;

public static class ZaloSetup
{
    public static IServiceCollection AddZaloChannel(this IServiceCollection services, IConfiguration config) => services;

    public static IEndpointRouteBuilder MapZaloEndpoints(this IEndpointRouteBuilder app) => app;
}
