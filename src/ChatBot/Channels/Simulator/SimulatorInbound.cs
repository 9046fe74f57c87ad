using System.Globalization;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Inbound;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static ChatBot.Channels.Simulator.SimulatorApi;

namespace ChatBot.Channels.Simulator;

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
        var (upload, refusal) = await SimulatorUpload.ReadAsync(request, options.Value.MaxUploadBytes, ct);
        if (upload is null) return refusal!;
        var fileId = files.Put(upload.Content);
        transcript.Add(chatId, "file", $"{upload.Name} ({Size(upload.Content.LongLength)})" + (upload.Caption is { } c ? $"\n{c}" : ""), null,
            await AnchorAsync(db, chatId, ct), clock.UtcNow);
        return await HandleAsync(pipeline, new InboundMessage(Sim, UpdateId(upload.Id), chatId, chatId, upload.Caption, await DisplayNameAsync(db, chatId, ct),
            File: new InboundFile(fileId, upload.Name, upload.ContentType, upload.Content.LongLength)), logs, ct);
    }
}
