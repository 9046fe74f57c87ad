namespace ChatBot.Hosting;

/// <summary>This process among the instances sharing one database: its name on leases and heartbeats.</summary>
public sealed record Instance(string Id, string Host, int ProcessId, DateTimeOffset StartedAt)
{
    public static Instance Create() =>
        new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}", Environment.MachineName,
            Environment.ProcessId, DateTimeOffset.UtcNow);
}
