using System.ComponentModel.DataAnnotations;
using ChatBot.Hosting;

namespace ChatBot.Channels.Simulator;

/// <summary>Settings of the local chat simulator (section "Simulator").</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>On/off; unset means on exactly when neither Telegram:BotToken nor Zalo:BotToken is set.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Seed the fictional demo ward (units, four linked personas, a sample notice) on first start.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Largest request body the page may post (an upload); the notice itself is then held to Parsing:MaxFileBytes.</summary>
    [Range(1, 100L * 1024 * 1024, ErrorMessage = "Simulator:MaxUploadBytes phải từ 1 đến 104857600 (100 MB).")]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Whether the simulator runs under this configuration.</summary>
    public static bool IsEnabled(IConfiguration config) =>
        config.ReadValidated<SimulatorOptions>(Section).Enabled
        ?? (string.IsNullOrWhiteSpace(config["Telegram:BotToken"]) && string.IsNullOrWhiteSpace(config["Zalo:BotToken"]));
}
