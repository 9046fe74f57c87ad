using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Inbound;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.Simulator;

/// <param name="Id">The page's id of this send: a retry with the same id is handled once.</param>
public sealed record SimSendBody(string? Text, string? ReplyTo, string? Id = null);
public sealed record SimPressBody(string? MessageId, string? Data, string? Id = null);

/// <summary>The page's JSON API: read a chat and its attachments; what a persona does goes through <see cref="SimulatorInbound"/>.</summary>
public static partial class SimulatorApi
{
    public const int MaxTextLength = 100_000; // a pasted notice, not only a chat line
    private const long MaxJsonBytes = 512 * 1024;
    private const int PageSize = 200;
    internal const string Sim = SimulatorChannel.ChannelName;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/personas", Personas);
        api.MapGet("/sample-notice", SampleNotice);
        api.MapGet("/chats/{chatId}/messages", Messages);
        api.MapGet("/chats/{chatId}/attachments/{id:long}", Attachment);
        SimulatorInbound.Map(api);
    }

    /// <summary>Every simulator chat linked to an official, the demo personas first and in their fixed order.</summary>
    private static async Task<IResult> Personas(ChatBotDb db, CancellationToken ct)
    {
        var accounts = await db.ChatAccounts.AsNoTracking().Include(a => a.Official).ThenInclude(o => o!.Unit)
            .Where(a => a.Channel == Sim && a.Active).ToListAsync(ct);
        var list = accounts
            .Select(a =>
            {
                var demo = DemoWard.Personas.FirstOrDefault(p => p.ChatId == a.ChatId);
                var o = a.Official!;
                return new
                {
                    chatId = a.ChatId,
                    label = demo?.Label ?? (o.Unit?.Name ?? o.Role.Vietnamese()),
                    name = o.Name ?? a.DisplayName,
                    role = o.Role.ToString().ToLowerInvariant(),
                    roleLabel = o.Role.Vietnamese(),
                    unit = o.Unit?.Name,
                    order = demo is null ? 100 : DemoWard.Personas.ToList().IndexOf(demo),
                };
            })
            .OrderBy(p => p.order).ThenBy(p => p.chatId, StringComparer.Ordinal).ToList();
        return Results.Ok(new { ward = DemoWard.Name, personas = list });
    }

    private static IResult SampleNotice(WardClock clock) =>
        Results.Text(DemoWard.Sample(clock.Today), "text/plain; charset=utf-8");

    /// <summary>Bot rows (any state: Pending shows as "đang gửi") after <paramref name="after"/>, persona entries after <paramref name="afterUser"/>.</summary>
    private static async Task<IResult> Messages(string chatId, long? after, long? afterUser, ChatBotDb db,
        SimulatorTranscript transcript, WardClock clock, CancellationToken ct)
    {
        if (!ValidChat(chatId)) return BadChat();
        var from = after ?? 0;
        var rows = await db.Outbox.AsNoTracking()
            .Where(o => o.Channel == Sim && o.ChatId == chatId && o.Id > from)
            .OrderBy(o => o.Id).Take(PageSize)
            .Select(o => new { o.Id, o.Text, o.Buttons, o.TaskId, o.State, o.ReplyToMessageId, o.AttachmentName, o.AttachmentKind, HasFile = o.Attachment != null, o.CreatedAt })
            .ToListAsync(ct);
        var bot = rows.Select(o => new
        {
            key = $"b{o.Id}", from = "bot", id = o.Id, sort = new[] { o.Id, 0, 0 },
            text = o.Text, buttons = ParseButtons(o.Buttons), taskId = o.TaskId,
            state = o.State switch { OutboxState.Pending => "pending", OutboxState.Sent => "sent", _ => "failed" },
            replyTo = o.ReplyToMessageId, time = Time(o.CreatedAt),
            attachment = o.HasFile ? new { name = o.AttachmentName, kind = o.AttachmentKind, url = $"/sim/api/chats/{chatId}/attachments/{o.Id}" } : null,
        }).ToList();
        var user = transcript.Since(chatId, afterUser ?? 0).Select(e => new
        {
            key = $"u{e.Seq}", from = "me", seq = e.Seq, sort = new[] { e.Anchor, 1, e.Seq },
            kind = e.Kind, text = e.Text, replyTo = e.ReplyTo, time = Time(e.At),
        }).ToList();
        return Results.Ok(new { bot, user });

        string Time(DateTimeOffset t) => clock.ToLocal(t).ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private static async Task<IResult> Attachment(string chatId, long id, ChatBotDb db, CancellationToken ct)
    {
        var row = await db.Outbox.AsNoTracking().Where(o => o.Id == id && o.Channel == Sim && o.ChatId == chatId && o.Attachment != null)
            .Select(o => new { o.Attachment, o.AttachmentName, o.AttachmentKind }).FirstOrDefaultAsync(ct);
        if (row is null) return Results.NotFound(new { error = "Không tìm thấy tệp." });
        var type = row.AttachmentKind == "photo" ? "image/png" : "application/octet-stream";
        return Results.File(row.Attachment!, type, row.AttachmentName ?? $"tep-{id}");
    }

    /// <summary>The page's own id for a send when it gave one (so its retry is handled once), else a fresh one.</summary>
    internal static string UpdateId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? id : Guid.NewGuid().ToString("N");

    internal static async Task<IResult> HandleAsync(InboundPipeline pipeline, InboundMessage message, ILoggerFactory logs, CancellationToken ct)
    {
        try
        {
            var outcome = await pipeline.HandleAsync(message, ct);
            return Results.Ok(new { ok = true, toast = outcome.Toast, status = outcome.Status.ToString().ToLowerInvariant() });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing of it was saved; the page shows this instead of a silent failure, details are in the log.
            logs.CreateLogger("ChatBot.Simulator").LogError(e, "Simulator update from {ChatId} failed", message.ChatId);
            return Results.Json(new { error = "Máy chủ gặp lỗi khi xử lý tin nhắn. Xem nhật ký của dịch vụ." }, statusCode: 500);
        }
    }

    internal static async Task<(T? Body, IResult? Refusal)> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct)
    {
        var tooBig = Results.Json(new { error = "Nội dung gửi lên quá lớn." }, statusCode: StatusCodes.Status413PayloadTooLarge);
        if (request.ContentLength > MaxJsonBytes) return (default, tooBig);
        LimitBody(request, MaxJsonBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > MaxJsonBytes) return (default, tooBig);
            buffer.Write(chunk, 0, n);
        }
        try
        {
            return (JsonSerializer.Deserialize<T>(buffer.ToArray(), JsonSerializerOptions.Web), null);
        }
        catch (JsonException)
        {
            return (default, Refuse("Dữ liệu gửi lên không hợp lệ."));
        }
    }

    internal static void LimitBody(HttpRequest request, long limit)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } f) f.MaxRequestBodySize = limit;
    }

    internal static async Task<long> AnchorAsync(ChatBotDb db, string chatId, CancellationToken ct) =>
        await db.Outbox.Where(o => o.Channel == Sim && o.ChatId == chatId).MaxAsync(o => (long?)o.Id, ct) ?? 0;

    internal static async Task<string?> DisplayNameAsync(ChatBotDb db, string chatId, CancellationToken ct) =>
        await db.ChatAccounts.Where(a => a.Channel == Sim && a.ChatId == chatId).Select(a => a.DisplayName).FirstOrDefaultAsync(ct)
        ?? DemoWard.Personas.FirstOrDefault(p => p.ChatId == chatId)?.Name;

    internal static IReadOnlyList<IReadOnlyList<ChatButton>> ParseButtons(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try { return JsonSerializer.Deserialize<List<List<ChatButton>>>(json) ?? []; }
        catch (JsonException) { return []; }
    }

    internal static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB".Replace('.', ',') : $"{Math.Max(1, bytes / 1024)} KB";

    internal static bool ValidChat(string chatId) => ChatIdPattern().IsMatch(chatId);

    internal static IResult BadChat() => Refuse("Mã cuộc trò chuyện mô phỏng phải có dạng sim-xxx.");

    internal static IResult Refuse(string message) => Results.BadRequest(new { error = message });

    [GeneratedRegex("^sim-[a-z0-9-]{1,32}$")]
    private static partial Regex ChatIdPattern();
}
