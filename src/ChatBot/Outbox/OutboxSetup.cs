using ChatBot.Hosting;
using ChatBot.Inbound;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Outbox;

public static class OutboxSetup
{
    /// <summary>Outbox sweep services; the background loop only when <c>Outbox:Enabled</c> (default true).</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<OutboxOptions>(OutboxOptions.Section);
        services.AddSingleton<OutboxRateLimiter>();
        services.AddSingleton<OutboxInstance>();
        services.AddSingleton<OutboxSenderLease>();
        services.AddSingleton<OutboxSignal>();
        services.TryAddSingleton<SqliteWriteGate>();
        services.AddScoped<OutboxProcessor>();
        services.AddScoped<OutboxExpiry>();
        services.AddScoped<OutboxHealth>();
        if (config.ReadValidated<OutboxOptions>(OutboxOptions.Section).Enabled)
            services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
