using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Conversation;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Outbox;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.Simulator;

public sealed record SimSendBody(string? Text, string? ReplyTo);
public sealed record SimPressBody(string? MessageId, string? Data);

/// <summary>The page's JSON API: read a chat, and act as its persona (text, button, file) through the real ConversationService.</summary>
public static partial class SimulatorApi
{
    public const int MaxTextLength = 100_000; // a pasted notice, not only a chat line
    private const long MaxJsonBytes = 512 * 1024;
    private const int PageSize = 200;
    private const string Sim = SimulatorChannel.ChannelName;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/personas", Personas);
        api.MapGet("/sample-notice", SampleNotice);
        api.MapGet("/chats/{chatId}/messages", Messages);
        api.MapGet("/chats/{chatId}/attachments/{id:long}", Attachment);
        api.MapPost("/chats/{chatId}/send", Send);
        api.MapPost("/chats/{chatId}/press", Press);
        api.MapPost("/chats/{chatId}/upload", Upload);
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

    private static IResult SampleNotice(TimeProvider clock) =>
        Results.Text(DemoWard.Sample(VnClock.Today(clock)), "text/plain; charset=utf-8");

    /// <summary>Bot rows (any state: Pending shows as "đang gửi") after <paramref name="after"/>, persona entries after <paramref name="afterUser"/>.</summary>
    private static async Task<IResult> Messages(string chatId, long? after, long? afterUser, ChatBotDb db,
        SimulatorTranscript transcript, TimeProvider clock, CancellationToken ct)
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

        string Time(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, VnClock.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private static async Task<IResult> Attachment(string chatId, long id, ChatBotDb db, CancellationToken ct)
    {
        var row = await db.Outbox.AsNoTracking().Where(o => o.Id == id && o.Channel == Sim && o.ChatId == chatId && o.Attachment != null)
            .Select(o => new { o.Attachment, o.AttachmentName, o.AttachmentKind }).FirstOrDefaultAsync(ct);
        if (row is null) return Results.NotFound(new { error = "Không tìm thấy tệp." });
        var type = row.AttachmentKind == "photo" ? "image/png" : "application/octet-stream";
        return Results.File(row.Attachment!, type, row.AttachmentName ?? $"tep-{id}");
    }

    private static async Task<IResult> Send(string chatId, HttpRequest request, ChatBotDb db, SimulatorTranscript transcript,
        TimeProvider clock, IServiceScopeFactory scopes, ILoggerFactory logs, CancellationToken ct)
    {
        if (!ValidChat(chatId)) return BadChat();
        var (body, refusal) = await ReadJsonAsync<SimSendBody>(request, ct);
        if (refusal is not null) return refusal;
        var text = body?.Text?.Trim();
        if (string.IsNullOrEmpty(text)) return Refuse("Tin nhắn trống.");
        if (text.Length > MaxTextLength) return Refuse($"Tin nhắn quá dài: tối đa {MaxTextLength} ký tự.");
        var replyTo = string.IsNullOrWhiteSpace(body!.ReplyTo) ? null : body.ReplyTo.Trim();

        transcript.Add(chatId, "text", text, replyTo, await AnchorAsync(db, chatId, ct), clock.GetUtcNow());
        var message = new InboundMessage(Sim, Guid.NewGuid().ToString("N"), chatId, chatId, text,
            await DisplayNameAsync(db, chatId, ct), ReplyToMessageId: replyTo);
        return await HandleAsync(scopes, message, logs, ct);
    }

    private static async Task<IResult> Press(string chatId, HttpRequest request, ChatBotDb db, SimulatorTranscript transcript,
        TimeProvider clock, IServiceScopeFactory scopes, ILoggerFactory logs, CancellationToken ct)
    {
        if (!ValidChat(chatId)) return BadChat();
        var (body, refusal) = await ReadJsonAsync<SimPressBody>(request, ct);
        if (refusal is not null) return refusal;
        if (!long.TryParse(body?.MessageId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || string.IsNullOrEmpty(body!.Data))
            return Refuse("Thiếu tin nhắn hoặc nút bấm.");
        var buttons = await db.Outbox.AsNoTracking().Where(o => o.Id == id && o.Channel == Sim && o.ChatId == chatId)
            .Select(o => o.Buttons).FirstOrDefaultAsync(ct);
        // Like a real chat app: only a button that is on that message can be pressed.
        var button = ParseButtons(buttons).SelectMany(r => r).FirstOrDefault(b => b.Data == body.Data);
        if (button is null) return Refuse("Nút này không còn hiệu lực.");

        transcript.Add(chatId, "press", button.Text, body.MessageId, await AnchorAsync(db, chatId, ct), clock.GetUtcNow());
        var message = new InboundMessage(Sim, Guid.NewGuid().ToString("N"), chatId, chatId, null,
            await DisplayNameAsync(db, chatId, ct), ReplyToMessageId: body.MessageId, CallbackData: body.Data);
        return await HandleAsync(scopes, message, logs, ct);
    }

    private static async Task<IResult> Upload(string chatId, HttpRequest request, ChatBotDb db, SimulatorTranscript transcript,
        SimulatorFiles files, IOptions<SimulatorOptions> options, TimeProvider clock, IServiceScopeFactory scopes, ILoggerFactory logs, CancellationToken ct)
    {
        if (!ValidChat(chatId)) return BadChat();
        var limit = options.Value.MaxUploadBytes;
        var tooBig = Results.Json(new { error = $"Tệp quá lớn: tối đa {Size(limit)}." }, statusCode: StatusCodes.Status413PayloadTooLarge);
        // Multipart framing adds a little; anything beyond that is refused before reading.
        if (request.ContentLength > limit + 16 * 1024) return tooBig;
        if (!request.HasFormContentType) return Refuse("Cần gửi tệp dạng multipart/form-data.");
        LimitBody(request, limit + 16 * 1024);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + 16 * 1024 }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return tooBig;
        }
        var file = form.Files.FirstOrDefault();
        if (file is null || file.Length == 0) return Refuse("Chưa chọn tệp.");
        if (file.Length > limit) return tooBig;
        var content = new byte[file.Length];
        await using (var s = file.OpenReadStream()) await s.ReadExactlyAsync(content, ct);
        var name = Path.GetFileName(file.FileName);
        if (string.IsNullOrWhiteSpace(name)) name = "tep-tai-len";
        var caption = form["caption"].ToString().Trim();
        if (caption.Length > MaxTextLength) return Refuse($"Chú thích quá dài: tối đa {MaxTextLength} ký tự.");

        var fileId = files.Put(content);
        transcript.Add(chatId, "file", $"{name} ({Size(content.LongLength)})" + (caption.Length > 0 ? $"\n{caption}" : ""), null,
            await AnchorAsync(db, chatId, ct), clock.GetUtcNow());
        var message = new InboundMessage(Sim, Guid.NewGuid().ToString("N"), chatId, chatId, caption.Length > 0 ? caption : null,
            await DisplayNameAsync(db, chatId, ct), File: new InboundFile(fileId, name, file.ContentType, content.LongLength));
        return await HandleAsync(scopes, message, logs, ct);
    }

    /// <summary>One update, one DI scope, as on every channel.</summary>
    private static async Task<IResult> HandleAsync(IServiceScopeFactory scopes, InboundMessage message, ILoggerFactory logs, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<ConversationService>().HandleAsync(message, ct);
            return Results.Ok(new { ok = true, toast = result.CallbackToast });
        }
        catch (UserFacingException e)
        {
            return Refuse(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The page shows this instead of a silent failure; details are in the log.
            logs.CreateLogger("ChatBot.Simulator").LogError(e, "Simulator update from {ChatId} failed", message.ChatId);
            return Results.Json(new { error = "Máy chủ gặp lỗi khi xử lý tin nhắn. Xem nhật ký của dịch vụ." }, statusCode: 500);
        }
    }

    private static async Task<(T? Body, IResult? Refusal)> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct)
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

    private static void LimitBody(HttpRequest request, long limit)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } f) f.MaxRequestBodySize = limit;
    }

    private static async Task<long> AnchorAsync(ChatBotDb db, string chatId, CancellationToken ct) =>
        await db.Outbox.Where(o => o.Channel == Sim && o.ChatId == chatId).MaxAsync(o => (long?)o.Id, ct) ?? 0;

    private static async Task<string?> DisplayNameAsync(ChatBotDb db, string chatId, CancellationToken ct) =>
        await db.ChatAccounts.Where(a => a.Channel == Sim && a.ChatId == chatId).Select(a => a.DisplayName).FirstOrDefaultAsync(ct)
        ?? DemoWard.Personas.FirstOrDefault(p => p.ChatId == chatId)?.Name;

    internal static IReadOnlyList<IReadOnlyList<ChatButton>> ParseButtons(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try { return JsonSerializer.Deserialize<List<List<ChatButton>>>(json) ?? []; }
        catch (JsonException) { return []; }
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB".Replace('.', ',') : $"{Math.Max(1, bytes / 1024)} KB";

    private static bool ValidChat(string chatId) => ChatIdPattern().IsMatch(chatId);

    private static IResult BadChat() => Refuse("Mã cuộc trò chuyện mô phỏng phải có dạng sim-xxx.");

    private static IResult Refuse(string message) => Results.BadRequest(new { error = message });

    [GeneratedRegex("^sim-[a-z0-9-]{1,32}$")]
    private static partial Regex ChatIdPattern();
}
