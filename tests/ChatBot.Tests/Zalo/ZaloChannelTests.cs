using System.Net.Http.Json;
using ChatBot.Channels;
using ChatBot.Outbox;

namespace ChatBot.Tests.Zalo;

public sealed class ZaloChannelTests
{
    private static OutboxMessage Row(string chat, string text, long id = 1) =>
        new() { Id = id, Channel = "zalo", ChatId = chat, Text = text };

    private static string LongList(int chars)
    {
        var lines = new List<string>();
        for (var i = 1; lines.Sum(l => l.Length + 1) < chars; i++)
            lines.Add($"{i}. #{100 + i} Rà soát, cập nhật hồ sơ hộ nghèo tổ dân phố số {i} — Hạn: 15/06/2026 — còn 14 ngày");
        return string.Join("\n", lines);
    }

    [Fact]
    public async Task The_channel_declares_zalo_and_its_limits()
    {
        await using var host = await ZaloHost.StartAsync();
        var channel = host.Channel;

        Assert.Equal("zalo", channel.Name);
        Assert.Equal(2000, channel.Limits.MaxTextLength);
        Assert.False(channel.Limits.SupportsButtons);
        Assert.Equal(TimeSpan.FromSeconds(1), channel.Limits.PerChatInterval);
    }

    [Fact]
    public async Task A_4500_character_text_arrives_as_numbered_parts_each_within_2000_in_order()
    {
        await using var host = await ZaloHost.StartAsync();
        var text = LongList(4500);

        var outcome = await host.Channel.SendAsync(Row("c-1", text), default);

        var parts = host.Zalo.SentTo("c-1");
        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(3, parts.Count);
        Assert.Equal(parts[0].MessageId, outcome.PlatformMessageId);
        Assert.All(parts, p => Assert.True(p.Text!.Length <= 2000));
        Assert.Equal(["(1/3)", "(2/3)", "(3/3)"], parts.Select(p => p.Text!.Split('\n')[0]));
        Assert.Equal(text.Split('\n'), parts.SelectMany(p => p.Text!.Split('\n').Skip(1)));
    }

    [Fact]
    public async Task Html_tags_are_stripped_and_entities_unescaped()
    {
        await using var host = await ZaloHost.StartAsync();

        await host.Channel.SendAsync(Row("c-2", "<b>#12</b> ⚡ <b>khẩn</b> Dọn vệ sinh &amp; môi trường &lt;tổ 5&gt;\n<i>Hạn:</i> <code>15/06/2026</code>"), default);

        Assert.Equal("#12 ⚡ khẩn Dọn vệ sinh & môi trường <tổ 5>\nHạn: 15/06/2026", Assert.Single(host.Zalo.SentTo("c-2")).Text);
    }

    [Fact]
    public async Task Buttons_are_left_out_because_zalo_has_none()
    {
        await using var host = await ZaloHost.StartAsync();
        var row = Row("c-3", "#12 Báo cáo tuần");
        row.Buttons = """[[{"Text":"Xong","Data":"done:12"}]]""";

        await host.Channel.SendAsync(row, default);

        Assert.Equal("#12 Báo cáo tuần", Assert.Single(host.Zalo.SentTo("c-3")).Text);
    }

    [Fact]
    public async Task An_attachment_becomes_a_note_saying_where_to_get_the_file()
    {
        await using var host = await ZaloHost.StartAsync();
        var row = Row("c-4", "Báo cáo tiến độ tháng 6");
        row.Attachment = [1, 2, 3];
        row.AttachmentName = "baocao-06-2026.xlsx";
        row.AttachmentKind = "document";

        Assert.Equal(SendStatus.Sent, (await host.Channel.SendAsync(row, default)).Status);

        var text = Assert.Single(host.Zalo.SentTo("c-4")).Text!;
        Assert.StartsWith("Báo cáo tiến độ tháng 6", text);
        Assert.Contains("baocao-06-2026.xlsx", text);
        Assert.Contains("Telegram", text);
    }

    [Fact]
    public async Task Ok_false_with_http_200_is_a_failure_to_retry_later()
    {
        await using var host = await ZaloHost.StartAsync();
        host.Zalo.FailNext(1, errorCode: 429, description: "Too many requests", method: "sendMessage");

        var first = await host.Channel.SendAsync(Row("c-5", "#12 đã nhận"), default);
        var retry = await host.Channel.SendAsync(Row("c-5", "#12 đã nhận"), default);

        Assert.Equal(SendStatus.RetryLater, first.Status);
        Assert.NotNull(first.RetryAfter);
        Assert.Equal(SendStatus.Sent, retry.Status);
        Assert.Single(host.Zalo.SentTo("c-5"));
    }

    [Fact]
    public async Task Server_errors_and_timeouts_are_retried_later()
    {
        await using var host = await ZaloHost.StartAsync();
        host.Zalo.FailNext(1, method: "sendMessage", httpStatus: 502);
        host.Zalo.FailNext(1, errorCode: 503, description: "Service unavailable", method: "sendMessage");

        Assert.Equal(SendStatus.RetryLater, (await host.Channel.SendAsync(Row("c-6", "a"), default)).Status);
        Assert.Equal(SendStatus.RetryLater, (await host.Channel.SendAsync(Row("c-6", "a"), default)).Status);
        host.Zalo.DelayNext(1, TimeSpan.FromSeconds(3), "sendMessage");
        var timedOut = await host.Channel.SendAsync(Row("c-6", "a"), default);
        Assert.Equal(SendStatus.RetryLater, timedOut.Status);
        Assert.Contains("timeout", timedOut.Error);
    }

    [Fact]
    public async Task A_failed_later_part_is_resumed_without_sending_the_earlier_parts_again()
    {
        await using var host = await ZaloHost.StartAsync();
        var row = Row("c-7", LongList(4500), id: 77);
        host.Zalo.FailNext(1, errorCode: 500, method: "sendMessage", skip: 1);

        var first = await host.Channel.SendAsync(row, default);
        var retry = await host.Channel.SendAsync(row, default);

        Assert.Equal(SendStatus.RetryLater, first.Status);
        Assert.Equal(SendStatus.Sent, retry.Status);
        var parts = host.Zalo.SentTo("c-7");
        Assert.Equal(["(1/3)", "(2/3)", "(3/3)"], parts.Select(p => p.Text!.Split('\n')[0]));
        Assert.Equal(parts[0].MessageId, retry.PlatformMessageId);
    }

    [Theory]
    [InlineData(400, SendStatus.Rejected)]
    [InlineData(404, SendStatus.Rejected)]
    [InlineData(403, SendStatus.Forbidden)]
    public async Task Refusals_that_retrying_cannot_fix_are_reported_for_good(int code, SendStatus expected)
    {
        await using var host = await ZaloHost.StartAsync();
        host.Zalo.FailNext(1, errorCode: code, description: "Refused", method: "sendMessage");

        Assert.Equal(expected, (await host.Channel.SendAsync(Row("c-8", "a"), default)).Status);
    }

    [Fact]
    public async Task The_fake_platform_itself_refuses_text_over_2000_characters()
    {
        await using var host = await ZaloHost.StartAsync();
        using var http = new HttpClient();

        var answer = await http.PostAsJsonAsync($"{host.Zalo.BaseUrl}/bot{host.Zalo.Token}/sendMessage", new { chat_id = "c-9", text = new string('a', 2001) });

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("\"ok\":false", await answer.Content.ReadAsStringAsync());
        Assert.Empty(host.Zalo.SentTo("c-9"));
    }
}
