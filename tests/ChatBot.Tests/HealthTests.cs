using System.Net;
using ChatBot.Tests.Infrastructure;

namespace ChatBot.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_answers_ok_once_the_database_is_migrated()
    {
        using var app = new ChatBotApp();
        var client = app.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"ok\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_detail_shows_the_outbox_backlog_and_its_oldest_message()
    {
        using var app = new ChatBotApp(new() { ["Outbox:Enabled"] = "false" });
        await app.QueueAsync("zalo", "abc", new ChatBot.Outbox.Outgoing("chờ gửi"));
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        var json = System.Text.Json.Nodes.JsonNode.Parse(await app.CreateClient().GetStringAsync("/healthz"))!;

        Assert.Equal(1, (int)json["outbox"]!["pending"]!);
        Assert.Equal(120, (long)json["outbox"]!["oldest_pending_seconds"]!);
        Assert.Equal(3 * 24 * 3600, (long)json["outbox"]!["max_age_seconds"]!);
        Assert.Equal(0, (int)json["outbox"]!["expired"]!);
    }
}
