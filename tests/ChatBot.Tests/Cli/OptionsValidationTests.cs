using ChatBot.Channels.Simulator;
using ChatBot.Channels.Telegram;
using ChatBot.Channels.Zalo;
using ChatBot.Hosting;
using ChatBot.Outbox;
using ChatBot.Reminders;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Cli;

/// <summary>Each options class, through both paths the program uses: the start-up validation of the container
/// (ValidateOnStart) and the immediate read of registration code. Both must give the same Vietnamese line.</summary>
public sealed class OptionsValidationTests
{
    private static string? Problem(string section, Dictionary<string, string?> settings) => section switch
    {
        TelegramOptions.Section => Problem<TelegramOptions>(section, settings),
        ZaloOptions.Section => Problem<ZaloOptions>(section, settings),
        SimulatorOptions.Section => Problem<SimulatorOptions>(section, settings),
        OutboxOptions.Section => Problem<OutboxOptions>(section, settings),
        ReminderOptions.Section => Problem<ReminderOptions>(section, settings),
        ParsingOptions.Section => Problem<ParsingOptions>(section, settings),
        DatabaseOptions.Section => Problem<DatabaseOptions>(section, settings),
        ChatBot.Inbound.InboundOptions.Section => Problem<ChatBot.Inbound.InboundOptions>(section, settings),
        Directory.LinkGuardOptions.Section => Problem<Directory.LinkGuardOptions>(section, settings),
        HealthOptions.Section => Problem<HealthOptions>(section, settings),
        BackupOptions.Section => Problem<BackupOptions>(section, settings),
        ChatBot.Runtime.MemoryTrimOptions.Section => Problem<ChatBot.Runtime.MemoryTrimOptions>(section, settings),
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    private static string? Problem<T>(string section, Dictionary<string, string?> settings) where T : class, new()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        string? atStart = null, atRead = null;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddValidatedOptions<T>(section);
        using (var sp = services.BuildServiceProvider())
        {
            try { ValidatedOptions.ValidateNow(sp); }
            catch (Exception ex) when (ValidatedOptions.Describe(ex, config) is { } line) { atStart = line; }
        }
        try { config.ReadValidated<T>(section); }
        catch (ConfigurationException ex) { atRead = ex.Message; }
        Assert.Equal(atStart, atRead);
        return atStart;
    }

    [Theory]
    [InlineData("Telegram", "Telegram:BotToken", "123456", "Telegram:BotToken phải có dạng SỐ:CHUỖI")]
    [InlineData("Telegram", "Telegram:Mode", "Hook", "Cấu hình Telegram:Mode không hợp lệ: \"Hook\" — cần một trong: Polling, Webhook.")]
    [InlineData("Telegram", "Telegram:ApiBaseUrl", "api.telegram.org", "Telegram:ApiBaseUrl phải là một địa chỉ http(s) đầy đủ.")]
    [InlineData("Telegram", "Telegram:PollTimeoutSeconds", "90", "Telegram:PollTimeoutSeconds phải từ 0 đến 50.")]
    [InlineData("Telegram", "Telegram:SecretToken", "có dấu", "Telegram:SecretToken chỉ gồm")]
    [InlineData("Zalo", "Zalo:SecretToken", "short", "Zalo:SecretToken phải dài từ 8 đến 256 ký tự.")]
    [InlineData("Zalo", "Zalo:RequestTimeout", "forever", "Cấu hình Zalo:RequestTimeout không hợp lệ: \"forever\" — cần một khoảng thời gian dạng hh:mm:ss.")]
    [InlineData("Simulator", "Simulator:MaxUploadBytes", "0", "Simulator:MaxUploadBytes phải từ 1 đến")]
    [InlineData("Outbox", "Outbox:BatchSize", "0", "Outbox:BatchSize phải từ 1 đến 1000.")]
    [InlineData("Outbox", "Outbox:RetryBaseDelay", "00:20:00", "Outbox:RetryMaxDelay không được nhỏ hơn Outbox:RetryBaseDelay.")]
    [InlineData("Outbox", "Outbox:Enabled", "yes", "Cấu hình Outbox:Enabled không hợp lệ: \"yes\" — cần true hoặc false.")]
    [InlineData("Reminders", "Reminders:TimeZone", "Asia/Hanoi", "Reminders:TimeZone \"Asia/Hanoi\" không phải múi giờ")]
    [InlineData("Reminders", "Reminders:WorkEnd", "07:00", "Reminders:WorkEnd phải sau Reminders:WorkStart.")]
    [InlineData("Reminders", "Reminders:SweepCron", "every 15 minutes", "Reminders:SweepCron \"every 15 minutes\" không phải biểu thức cron")]
    [InlineData("Reminders", "Reminders:DaysBefore:0", "0", "Reminders:DaysBefore chỉ gồm các số từ 1 đến 30.")]
    [InlineData("Parsing", "Parsing:MaxFileBytes", "10", "Parsing:MaxFileBytes phải từ 1024 đến 209715200 (200 MB).")]
    [InlineData("Database", "Database:Provider", "MySql", "Database:Provider phải là Sqlite hoặc Postgres.")]
    [InlineData("Inbound", "Inbound:MaxAttempts", "0", "Inbound:MaxAttempts phải từ 1 đến 100.")]
    [InlineData("Inbound", "Inbound:RetryBaseDelay", "00:05:00", "Inbound:RetryMaxDelay không được nhỏ hơn Inbound:RetryBaseDelay.")]
    [InlineData("LinkGuard", "LinkGuard:FailuresPerChat", "0", "LinkGuard:FailuresPerChat phải từ 1 đến 1000.")]
    [InlineData("LinkGuard", "LinkGuard:FirstLockout", "2.00:00:00", "LinkGuard:MaxLockout không được nhỏ hơn LinkGuard:FirstLockout.")]
    [InlineData("Health", "Health:MinFreeDiskMegabytes", "-1", "Health:MinFreeDiskMegabytes phải từ 0 đến 1000000.")]
    [InlineData("Backup", "Backup:Keep", "0", "Backup:Keep phải từ 1 đến 1000.")]
    [InlineData("Memory", "Memory:TrimAfterStart", "02:00:00", "Memory:TrimAfterStart phải từ 00:00:00 đến 01:00:00.")]
    [InlineData("Memory", "Memory:TrimMappedFiles", "maybe", "Cấu hình Memory:TrimMappedFiles không hợp lệ: \"maybe\" — cần true hoặc false.")]
    public void A_bad_value_is_refused_with_a_vietnamese_line_naming_the_key(string section, string key, string value, string message)
    {
        var problem = Problem(section, new() { [key] = value });
        Assert.NotNull(problem);
        Assert.StartsWith(message, problem);
    }

    [Theory]
    [InlineData("Telegram", "Telegram:Mode", "Webhook", "Telegram:Mode=Webhook cần Telegram:WebhookUrl")]
    [InlineData("Zalo", "Zalo:Mode", "Webhook", "Zalo:Mode=Webhook cần Zalo:WebhookUrl")]
    public void A_webhook_without_its_address_is_refused_when_the_channel_is_on(string section, string key, string value, string message)
    {
        Assert.Null(Problem(section, new() { [key] = value })); // no token: the channel is off, nothing to check
        var problem = Problem(section, new() { [key] = value, [$"{section}:BotToken"] = "123456:abc" });
        Assert.StartsWith(message, problem);
    }

    [Theory]
    [InlineData("Telegram")]
    [InlineData("Zalo")]
    [InlineData("Simulator")]
    [InlineData("Outbox")]
    [InlineData("Reminders")]
    [InlineData("Parsing")]
    [InlineData("Database")]
    [InlineData("Inbound")]
    [InlineData("LinkGuard")]
    [InlineData("Health")]
    [InlineData("Backup")]
    [InlineData("Memory")]
    public void The_defaults_are_valid(string section) => Assert.Null(Problem(section, []));

    [Theory]
    [InlineData("Telegram")]
    [InlineData("Zalo")]
    [InlineData("Simulator")]
    [InlineData("Outbox")]
    [InlineData("Reminders")]
    [InlineData("Parsing")]
    [InlineData("Database")]
    [InlineData("Inbound")]
    [InlineData("LinkGuard")]
    [InlineData("Health")]
    [InlineData("Backup")]
    [InlineData("Memory")]
    public void The_example_settings_file_is_valid_as_written(string section)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "appsettings.example.json"))) root = root.Parent!;
        var settings = new ConfigurationBuilder().AddJsonFile(Path.Combine(root.FullName, "appsettings.example.json")).Build()
            .AsEnumerable().ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Null(Problem(section, settings));
    }

    [Fact]
    public void The_upload_limit_has_one_default_used_by_the_parser_limits()
    {
        var options = new ConfigurationBuilder().Build().ReadValidated<ParsingOptions>(ParsingOptions.Section);
        Assert.Equal(20L * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(options.MaxFileBytes, options.Limits().MaxFileBytes);
        var set = new ConfigurationBuilder().AddInMemoryCollection([new("Parsing:MaxFileBytes", "4096")]).Build().ReadValidated<ParsingOptions>(ParsingOptions.Section);
        Assert.Equal(4096, set.Limits().MaxFileBytes);
    }
}
