using ChatBot.Hosting;

namespace ChatBot.Channels.Simulator;

public static class SimulatorSetup
{
    /// <summary>Registers the local simulator channel when it is on (by default: when no platform token is set).</summary>
    public static IServiceCollection AddSimulator(this IServiceCollection services, IConfiguration config)
    {
        if (!SimulatorOptions.IsEnabled(config)) return services;
        services.AddValidatedOptions<SimulatorOptions>(SimulatorOptions.Section);
        services.AddSingleton<SimulatorTranscript>();
        services.AddSingleton<SimulatorFiles>();
        services.AddSingleton<SimulatorChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<SimulatorChannel>());
        services.AddHostedService<SimulatorSeeder>();
        return services;
    }

    /// <summary>/sim/api/* (the JSON API of the /sim page, a Razor page of the site), and / → /sim.</summary>
    public static IEndpointRouteBuilder MapSimulator(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<SimulatorChannel>() is null) return app;
        app.MapGet("/", () => Results.Redirect("/sim")).ExcludeFromDescription();
        SimulatorApi.Map(app.MapGroup("/sim/api"));
        return app;
    }
}
