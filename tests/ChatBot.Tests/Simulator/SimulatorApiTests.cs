using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Channels;
using ChatBot.Channels.Simulator;
using ChatBot.Core.Conversation;
using ChatBot.Outbox;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Simulator;

public sealed class SimulatorApiTests : IDisposable
{
    // No outbox dispatcher: the tests read rows while pending and send them themselves (with it, a poll between the
    // queueing and the read sends them first — seen on PostgreSQL, where the read is slower).
    private readonly ChatBotApp _app = new(new() { ["Simulator:SeedDemo"] = "true", ["Outbox:Enabled"] = "false" });
    private readonly HttpClient _client;

    public SimulatorApiTests() => _client = _app.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_page_is_served_at_sim_and_the_root_redirects_there()
    {
        var root = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/sim", root.Headers.Location?.OriginalString);

        var page = await _client.GetAsync("/sim");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Văn phòng gửi văn bản", html);
        Assert.Contains("\"/sim/api\"", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task The_personas_api_lists_the_four_demo_personas_with_their_sim_chats()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/sim/api/personas"));
        var personas = doc.RootElement.GetProperty("personas").EnumerateArray()
            .Select(p => (Chat: p.GetProperty("chatId").GetString(), Label: p.GetProperty("label").GetString(), Role: p.GetProperty("role").GetString()))
            .ToList();
        Assert.Equal(
            [("sim-leader", "Chủ tịch", "leader"), ("sim-clerk", "Văn phòng", "clerk"), ("sim-kinhte", "Phòng Kinh tế", "head"), ("sim-vhxh", "Phòng Văn hóa - Xã hội", "staff")],
            personas);
    }

    [Fact]
    public async Task A_persona_message_is_handed_to_the_conversation_and_kept_in_the_chat_transcript()
    {
        var response = await _client.PostAsJsonAsync("/sim/api/chats/sim-vhxh/send", new { text = "#12 xong", replyTo = "7" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var entry = Assert.Single(_app.Services.GetRequiredService<SimulatorTranscript>().Since("sim-vhxh", 0));
        Assert.Equal(("text", "#12 xong", "7"), (entry.Kind, entry.Text, entry.ReplyTo));
        var (bot, user) = await MessagesAsync("sim-vhxh", after: entry.Anchor);
        Assert.Equal("#12 xong", Assert.Single(user).GetProperty("text").GetString());
        // The conversation answered: task #12 is another unit's (the demo's #12 belongs to Công an phường).
        Assert.Contains("#12", Assert.Single(bot).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_question_sent_on_the_page_gets_the_bots_answer_as_a_new_row_of_that_chat()
    {
        var (before, _) = await MessagesAsync("sim-leader");
        var last = before.Max(m => m.GetProperty("id").GetInt64());

        var response = await _client.PostAsJsonAsync("/sim/api/chats/sim-leader/send", new { text = "/tiendo" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (bot, _) = await MessagesAsync("sim-leader", after: last);
        var answer = Assert.Single(bot);
        Assert.StartsWith("📊 <b>Tiến độ thực hiện nhiệm vụ</b> — toàn phường", answer.GetProperty("text").GetString());
        Assert.Contains("Phòng Kinh tế, Hạ tầng và Đô thị: 0 / 0 /", answer.GetProperty("text").GetString());
        Assert.Equal("pending", answer.GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_empty_or_too_long_message_is_refused_in_Vietnamese()
    {
        var empty = await _client.PostAsJsonAsync("/sim/api/chats/sim-clerk/send", new { text = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Tin nhắn trống", await empty.Content.ReadAsStringAsync());

        var tooLong = await _client.PostAsJsonAsync("/sim/api/chats/sim-clerk/send", new { text = new string('a', SimulatorApi.MaxTextLength + 1) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("quá dài", await tooLong.Content.ReadAsStringAsync());

        var badChat = await _client.PostAsJsonAsync("/sim/api/chats/telegram-1/send", new { text = "hi" });
        Assert.Equal(HttpStatusCode.BadRequest, badChat.StatusCode);
    }

    [Fact]
    public async Task Bot_messages_queued_for_a_sim_chat_show_while_pending_and_after_the_channel_sent_them()
    {
        var row = await QueueAsync("sim-kinhte", new Outgoing("<b>#5</b> Sửa vỉa hè <script>x</script>", TaskTexts.StatusButtons(5), 5));

        var (bot, _) = await MessagesAsync("sim-kinhte");
        var shown = bot.Single(m => m.GetProperty("id").GetInt64() == row.Id);
        Assert.Equal("pending", shown.GetProperty("state").GetString());
        Assert.Equal(5, shown.GetProperty("taskId").GetInt32());
        Assert.Equal("Hoàn thành", shown.GetProperty("buttons")[1][0].GetProperty("text").GetString());
        Assert.Equal("st:5:done", shown.GetProperty("buttons")[1][0].GetProperty("data").GetString());

        var channel = _app.Services.GetServices<IChatChannel>().Single(c => c.Name == "sim");
        var outcome = await channel.SendAsync(row, CancellationToken.None);
        Assert.Equal((SendStatus.Sent, row.Id.ToString()), (outcome.Status, outcome.PlatformMessageId));
        await _app.WithDb(async db =>
        {
            var stored = await db.Outbox.SingleAsync(o => o.Id == row.Id);
            stored.State = OutboxState.Sent;
            stored.PlatformMessageId = outcome.PlatformMessageId;
            await db.SaveChangesAsync();
        });

        var (after, _) = await MessagesAsync("sim-kinhte", after: row.Id - 1);
        Assert.Equal("sent", Assert.Single(after).GetProperty("state").GetString());
        Assert.Empty((await MessagesAsync("sim-kinhte", after: row.Id)).Bot);
    }

    [Fact]
    public async Task A_persona_message_sorts_after_the_bot_messages_it_saw_and_before_the_answers()
    {
        var seen = await QueueAsync("sim-leader", new Outgoing("Tin trước"));
        await _client.PostAsJsonAsync("/sim/api/chats/sim-leader/send", new { text = "/quahan" });
        var answer = await QueueAsync("sim-leader", new Outgoing("Tin trả lời"));

        var (bot, user) = await MessagesAsync("sim-leader");
        var order = bot.Select(m => (Key: Sort(m), Text: m.GetProperty("text").GetString()))
            .Concat(user.Select(m => (Key: Sort(m), Text: m.GetProperty("text").GetString())))
            .OrderBy(x => x.Key.Item1).ThenBy(x => x.Key.Item2).ThenBy(x => x.Key.Item3)
            .Select(x => x.Text).ToList();
        // The bot's own answer to /quahan may sit in between; the three keep their relative order.
        Assert.Equal(["Tin trước", "/quahan", "Tin trả lời"], order.Where(t => t is "Tin trước" or "/quahan" or "Tin trả lời").ToList());
        Assert.True(answer.Id > seen.Id);

        static (long, long, long) Sort(JsonElement m) =>
            (m.GetProperty("sort")[0].GetInt64(), m.GetProperty("sort")[1].GetInt64(), m.GetProperty("sort")[2].GetInt64());
    }

    [Fact]
    public async Task Pressing_a_button_of_a_bot_message_answers_ok_and_a_button_not_on_it_is_refused()
    {
        var row = await QueueAsync("sim-vhxh", new Outgoing("<b>#9</b> Kế hoạch hè", TaskTexts.StatusButtons(9), 9));

        var ok = await _client.PostAsJsonAsync("/sim/api/chats/sim-vhxh/press", new { messageId = row.Id.ToString(), data = "st:9:ack" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using (var json = JsonDocument.Parse(await ok.Content.ReadAsStringAsync()))
        {
            Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
            // #9 of the demo ward is not Phòng Văn hóa - Xã hội's: the toast says so.
            Assert.Contains("#9", json.RootElement.GetProperty("toast").GetString());
        }
        var entry = Assert.Single(_app.Services.GetRequiredService<SimulatorTranscript>().Since("sim-vhxh", 0));
        Assert.Equal(("press", "Đã nhận"), (entry.Kind, entry.Text));

        var forged = await _client.PostAsJsonAsync("/sim/api/chats/sim-vhxh/press", new { messageId = row.Id.ToString(), data = "st:1:done" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Nút này không còn hiệu lực", await forged.Content.ReadAsStringAsync());
        var otherChat = await _client.PostAsJsonAsync("/sim/api/chats/sim-leader/press", new { messageId = row.Id.ToString(), data = "st:9:ack" });
        Assert.Equal(HttpStatusCode.BadRequest, otherChat.StatusCode);
    }

    [Fact]
    public async Task An_uploaded_file_is_kept_for_the_bot_to_download_through_the_channel()
    {
        using var form = new MultipartFormContent("thong-bao.txt", "1. Phòng Kinh tế\n- Làm việc A trước ngày 10/6/2026."u8.ToArray());
        var response = await _client.PostAsync("/sim/api/chats/sim-clerk/upload", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(_app.Services.GetRequiredService<SimulatorTranscript>().Since("sim-clerk", 0));
        Assert.Equal("file", entry.Kind);
        Assert.StartsWith("thong-bao.txt", entry.Text);

        var files = _app.Services.GetRequiredService<SimulatorFiles>();
        var id = files.Put("xin chào"u8.ToArray());
        var channel = _app.Services.GetRequiredService<SimulatorChannel>();
        Assert.Equal("xin chào"u8.ToArray(), await channel.DownloadAsync(new InboundFile(id, "a.txt", "text/plain", 9), 1000, CancellationToken.None));
        var big = await Assert.ThrowsAsync<ChannelFileException>(() => channel.DownloadAsync(new InboundFile(id, "a.txt", null, 9), 3, CancellationToken.None));
        Assert.Contains("Tệp quá lớn", big.Message);
        var gone = await Assert.ThrowsAsync<ChannelFileException>(() => channel.DownloadAsync(new InboundFile("nope", "a.txt", null, 1), 1000, CancellationToken.None));
        Assert.Contains("gửi lại", gone.Message);
    }

    [Fact]
    public async Task The_sample_notice_for_the_clerk_is_served_with_dates_filled_in()
    {
        var text = await _client.GetStringAsync("/sim/api/sample-notice");
        Assert.Contains("THÔNG BÁO", text);
        Assert.Contains("trước ngày 05/06/2026", text);
        Assert.DoesNotContain("{", text);
    }

    private async Task<OutboxMessage> QueueAsync(string chatId, Outgoing message)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var row = scope.ServiceProvider.GetRequiredService<Notifier>().ToChat("sim", chatId, message);
        await scope.ServiceProvider.GetRequiredService<Storage.ChatBotDb>().SaveChangesAsync();
        return row;
    }

    private async Task<(List<JsonElement> Bot, List<JsonElement> User)> MessagesAsync(string chatId, long after = 0)
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync($"/sim/api/chats/{chatId}/messages?after={after}"));
        return (doc.RootElement.GetProperty("bot").EnumerateArray().Select(e => e.Clone()).ToList(),
                doc.RootElement.GetProperty("user").EnumerateArray().Select(e => e.Clone()).ToList());
    }
}

/// <summary>A multipart body with one file field, as the page's upload sends it.</summary>
internal sealed class MultipartFormContent : MultipartFormDataContent
{
    public MultipartFormContent(string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        Add(file, "file", fileName);
    }
}
