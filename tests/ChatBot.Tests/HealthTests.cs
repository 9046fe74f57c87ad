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
}
