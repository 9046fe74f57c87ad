using System.Net;
using System.Net.Http.Json;
using ChatBot.Channels.Simulator;
using ChatBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Tests.Simulator;

public sealed class SimulatorSettingsTests
{
    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("123:abc", null, null, false)]
    [InlineData(null, "1:zalo", null, false)]
    [InlineData("123:abc", null, "true", true)]
    [InlineData(null, null, "false", false)]
    public void The_simulator_is_on_by_default_only_when_no_platform_token_is_set(string? telegram, string? zalo, string? enabled, bool on)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram, ["Zalo:BotToken"] = zalo, ["Simulator:Enabled"] = enabled,
        }).Build();
        Assert.Equal(on, SimulatorOptions.IsEnabled(config));
    }

    [Fact]
    public async Task A_switched_off_simulator_serves_no_page_and_registers_no_channel()
    {
        using var app = new ChatBotApp(new() { ["Simulator:Enabled"] = "false" });
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sim")).StatusCode);
        Assert.DoesNotContain("\"sim\"", await client.GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_with_a_Vietnamese_message()
    {
        using var app = new ChatBotApp(new() { ["Simulator:MaxUploadBytes"] = "1000", ["Simulator:SeedDemo"] = "false" });
        var client = app.CreateClient();
        using var form = new MultipartFormContent("to.txt", new byte[20_000]);
        var response = await client.PostAsync("/sim/api/chats/sim-clerk/upload", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Tệp quá lớn", await response.Content.ReadAsStringAsync());

        using var justOver = new MultipartFormContent("to.txt", new byte[1500]);
        var second = await client.PostAsync("/sim/api/chats/sim-clerk/upload", justOver);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, second.StatusCode);

        var hugeJson = await client.PostAsJsonAsync("/sim/api/chats/sim-clerk/send", new { text = new string('x', 600_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, hugeJson.StatusCode);
    }
}
