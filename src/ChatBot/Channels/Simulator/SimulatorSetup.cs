namespace ChatBot.Channels.Simulator;

public static class SimulatorSetup
{
    public static IServiceCollection AddSimulator(this IServiceCollection services, IConfiguration config) => services;

    public static IEndpointRouteBuilder MapSimulator(this IEndpointRouteBuilder app) => app;
}
