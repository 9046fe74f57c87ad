using System.Globalization;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Inbound;
using ChatBot.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static ChatBot.Channels.Simulator.SimulatorApi;

namespace ChatBot.Channels.Simulator;

/// <param name="Id">The page's id of this send: a retry with the same id is handled once.</param>
public sealed record SimSendBody(string? Text, string? ReplyTo, string? Id = null);
public sealed record SimPressBody(string? MessageId, string? Data, string? Id = null);

/// <summary>What a persona does on the page (text, button, file), translated for the <see cref="InboundPipeline"/>.</summary>
public static class SimulatorInbound
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/chats/{chatId}/send", Send);
        api.MapPost("/chats/{chatId}/press", Press);
        api.MapPost("/chats/{chatId}/upload", Upload);
    }

    private static async Task<IResult> Send(string chatId, HttpRequest request, ChatBotDb db, SimulatorTranscript transcript, WardClock clock, InboundPipeline pipeline, ILoggerFactory logs, CancellationToken ct)
    {
        if (!ValidChat(chatId)) return BadChat();
        var (body, refusal) = await ReadJsonAsync<SimSendBody>(request, ct);
        if (refusal is not null) return refusal;
        var text = body?.Text?.Trim();
        if (string.IsNullOrEmpty(text)) return Refuse("Tin nhắn trống.");
        if (text.Length > MaxTextLength) return Refuse($"Tin nhắn quá dài: tối đa {MaxTextLength} ký tự.");
        var replyTo = string.IsNullOrWhiteSpace(body!.ReplyTo) ? null : body.ReplyTo.Trim();
        transcript.Add(chatId, "text", text, replyTo, await AnchorAsync(db, chatId, ct), clock.UtcNow);
        return await HandleAsync(pipeline, new InboundMessage(Sim, UpdateId(body.Id), chatId, chatId, text,
            await DisplayNameAsync(db, chatId, ct), ReplyToMessageId: replyTo), logs, ct);
    }

    private static async Task<IResult> Press(string chatId, HttpRequest request, ChatBotDb db, SimulatorTranscript transcript, WardClock clock, InboundPipeline pipeline, ILoggerFactory logs, CancellationToken ct)
    {
        if (!ValidChat(chatId)) return BadChat();
        var (body, refusal) = await ReadJsonAsync<SimPressBody>(request, ct);
        if (refusal is not null) return refusal;
        if (!long.TryParse(body?.MessageId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || string.IsNullOrEmpty(body!.Data))
            return Refuse("Thiếu tin nhắn hoặc nút bấm.");
        var buttons = await db.Outbox.AsNoTracking().Where(o => o.Id == id && o.Channel == Sim && o.ChatId == chatId).Select(o => o.Buttons).FirstOrDefaultAsync(ct);
        // Like a real chat app: only a button that is on that message can be pressed.
        if (ParseButtons(buttons).SelectMany(r => r).FirstOrDefault(b => b.Data == body.Data) is not { } button) return Refuse("Nút này không còn hiệu lực.");
        transcript.Add(chatId, "press", button.Text, body.MessageId, await AnchorAsync(db, chatId, ct), clock.UtcNow);
        return await HandleAsync(pipeline, new InboundMessage(Sim, UpdateId(body.Id), chatId, chatId, null,
            await DisplayNameAsync(db, chatId, ct), ReplyToMessageId: body.MessageId, CallbackData: body.Data), logs, ct);
    }

    private static async Task<IResult> Upload(string chatId, HttpRequest request, ChatBotDb db, SimulatorTranscript transcript, SimulatorFiles files,
        IOptions<SimulatorOptions> options, WardClock clock, InboundPipeline pipeline, ILoggerFactory logs, CancellationToken ct)
    {
        if (!ValidChat(chatId)) return BadChat();
        var limit = options.Value.MaxUploadBytes;
        var tooBig = Results.Json(new { error = $"Tệp quá lớn: tối đa {Size(limit)}." }, statusCode: StatusCodes.Status413PayloadTooLarge);
        // Multipart framing adds a little; anything beyond that is refused before reading.
        if (request.ContentLength > limit + 16 * 1024) return tooBig;
        if (!request.HasFormContentType) return Refuse("Cần gửi tệp dạng multipart/form-data.");
        LimitBody(request, limit + 16 * 1024);
        IFormCollection form;
        try { form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + 16 * 1024 }, ct); }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException) { return tooBig; }
        if (form.Files.FirstOrDefault() is not { Length: > 0 } file) return Refuse("Chưa chọn tệp.");
        if (file.Length > limit) return tooBig;
        var content = new byte[file.Length];
        await using (var s = file.OpenReadStream()) await s.ReadExactlyAsync(content, ct);
        var name = Path.GetFileName(file.FileName) is { Length: > 0 } n && !string.IsNullOrWhiteSpace(n) ? n : "tep-tai-len";
        var caption = form["caption"].ToString().Trim();
        if (caption.Length > MaxTextLength) return Refuse($"Chú thích quá dài: tối đa {MaxTextLength} ký tự.");
        var fileId = files.Put(content);
        transcript.Add(chatId, "file", $"{name} ({Size(content.LongLength)})" + (caption.Length > 0 ? $"\n{caption}" : ""), null,
            await AnchorAsync(db, chatId, ct), clock.UtcNow);
        return await HandleAsync(pipeline, new InboundMessage(Sim, UpdateId(form["id"].ToString()), chatId, chatId, caption.Length > 0 ? caption : null,
            await DisplayNameAsync(db, chatId, ct), File: new InboundFile(fileId, name, file.ContentType, content.LongLength)), logs, ct);
    }

    /// <summary>The page's own id for a send when it gave one (so its retry is handled once), else a fresh one.</summary>
    private static string UpdateId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? id : Guid.NewGuid().ToString("N");

    private static async Task<IResult> HandleAsync(InboundPipeline pipeline, InboundMessage message, ILoggerFactory logs, CancellationToken ct)
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
}
