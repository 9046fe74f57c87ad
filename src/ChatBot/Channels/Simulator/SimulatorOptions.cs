namespace ChatBot.Channels.Simulator;

/// <summary>Settings of the local chat simulator (section "Simulator").</summary>
public sealed class SimulatorOptions
{
    /// <summary>On/off; unset means on exactly when neither Telegram:BotToken nor Zalo:BotToken is set.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Seed the fictional demo ward (units, four linked personas, a sample notice) on first start.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Largest file the page may upload.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Whether the simulator runs under this configuration.</summary>
    public static bool IsEnabled(IConfiguration config) =>
        config.GetValue<bool?>("Simulator:Enabled")
        ?? (string.IsNullOrWhiteSpace(config["Telegram:BotToken"]) && string.IsNullOrWhiteSpace(config["Zalo:BotToken"]));
}
