using ChatBot.Inbound;

namespace ChatBot.Hosting;

public static class ReliabilitySetup
{
    /// <summary>What keeps the service honest about failures: retrying and parking inbound updates, the polling lease,
    /// the heartbeat behind <c>/readyz</c>, and the scheduled backup.</summary>
    public static IServiceCollection AddReliability(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<InboundOptions>(InboundOptions.Section);
        services.AddValidatedOptions<HealthOptions>(HealthOptions.Section);
        services.AddSingleton<ReceiveStatus>();
        services.AddSingleton<InboundRetry>();
        services.AddSingleton<PollingLease>();
        services.AddHostedService<HeartbeatService>();
        services.AddValidatedOptions<Storage.BackupOptions>(Storage.BackupOptions.Section);
        services.AddHostedService<Storage.BackupSchedule>();
        return services;
    }
}
