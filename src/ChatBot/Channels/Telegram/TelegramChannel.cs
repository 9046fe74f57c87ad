using System.Text.Json;
using ChatBot.Core.Conversation;
using ChatBot.Outbox;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Channels.Telegram;

/// <summary>Sends outbox rows through the Bot API and maps its errors to <see cref="SendOutcome"/>.</summary>
internal sealed class TelegramChannel(
    ITelegramBotClient bot,
    TelegramBotInfo info,
    IOptions<TelegramOptions> options,
    ILogger<TelegramChannel> log) : IChatChannel, IInteractiveChannel
{
    public const string ChannelName = "telegram";
    public const int MaxText = 4096;
    public const int MaxCaption = 1024;
    public const long PlatformFileLimit = 20L * 1024 * 1024;

    public string Name => ChannelName;

    /// <summary>The bot's budget: <c>Telegram:MaxPerSecond</c> overall (30 by default), 1 message a second per chat, 20 a minute per group.</summary>
    public ChannelLimits Limits => new(MaxText, SupportsButtons: true, PerChatInterval: TimeSpan.FromSeconds(1),
        GlobalPerSecond: options.Value.MaxPerSecond, GroupPerMinute: 20);

    public bool IsAvailable => !info.Disabled;

    public bool IsGroupChat(string chatId) => chatId.StartsWith('-');

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (!long.TryParse(message.ChatId, out var chatId))
            return new SendOutcome(SendStatus.Rejected, Error: $"chat id không hợp lệ: {message.ChatId}");
        var markup = Keyboard(message.Buttons);
        var reply = int.TryParse(message.ReplyToMessageId, out var replyTo)
            ? new ReplyParameters { MessageId = replyTo, AllowSendingWithoutReply = true }
            : null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds));
        try
        {
            var last = message.Attachment is { } bytes
                ? await SendFileAsync(chatId, message, bytes, reply, markup, timeout.Token)
                : await SendTextAsync(chatId, message.Text, reply, markup, timeout.Token);
            return SendOutcome.Sent(last.MessageId.ToString());
        }
        catch (ApiRequestException e)
        {
            return Map(e);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is RequestException or HttpRequestException or OperationCanceledException)
        {
            // Network trouble, 5xx without a JSON body, or our own timeout: transient.
            return SendOutcome.Retry($"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>429 waits retry_after; 403 (blocked, kicked), 400 (chat not found, bad message) and 404 (unknown method)
    /// are final; everything else (5xx, 401 while the token is being fixed…) is transient.</summary>
    internal static SendOutcome Map(ApiRequestException e) => e.ErrorCode switch
    {
        429 => SendOutcome.Retry(e.Message, TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 5))),
        403 => SendOutcome.Refused(SendProblem.Blocked, e.Message),
        400 when e.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase) => SendOutcome.Refused(SendProblem.ChatNotFound, e.Message),
        400 => SendOutcome.Refused(SendProblem.Rejected, e.Message),
        404 => SendOutcome.Refused(SendProblem.MethodNotFound, $"404: {e.Message}"),
        _ => SendOutcome.Retry($"{e.ErrorCode}: {e.Message}"),
    };

    private async Task<Message> SendTextAsync(long chatId, string text, ReplyParameters? reply, InlineKeyboardMarkup? markup, CancellationToken ct)
    {
        // The Notifier queues a long text as one row per part; only the text after a document's caption, or a row queued
        // before parts were rows, can still be longer: send it as numbered parts, each valid HTML on its own.
        var parts = MessageSplitter.Split(text, MaxText, html: true);
        Message last = null!;
        for (var i = 0; i < parts.Count; i++)
        {
            var isLast = i == parts.Count - 1;
            last = await bot.SendMessage(chatId, parts[i], ParseMode.Html,
                replyParameters: i == 0 ? reply : null, replyMarkup: isLast ? markup : null, cancellationToken: ct);
        }
        return last;
    }

    private async Task<Message> SendFileAsync(long chatId, OutboxMessage m, byte[] bytes, ReplyParameters? reply, InlineKeyboardMarkup? markup, CancellationToken ct)
    {
        var caption = m.Text.Length <= MaxCaption ? m.Text : null;
        await using var stream = new MemoryStream(bytes, writable: false);
        var file = InputFile.FromStream(stream, m.AttachmentName ?? (m.AttachmentKind == "photo" ? "anh.png" : "tep"));
        var sent = m.AttachmentKind == "photo"
            ? await bot.SendPhoto(chatId, file, caption, ParseMode.Html, reply, caption is null ? null : markup, cancellationToken: ct)
            : await bot.SendDocument(chatId, file, caption, ParseMode.Html, reply, caption is null ? null : markup, cancellationToken: ct);
        // A caption is capped at 1024 characters: longer text follows as its own message(s).
        return caption is null && !string.IsNullOrWhiteSpace(m.Text) ? await SendTextAsync(chatId, m.Text, null, markup, ct) : sent;
    }

    public async Task<byte[]> DownloadAsync(InboundFile file, long maxBytes, CancellationToken ct)
    {
        var limit = Math.Min(maxBytes, PlatformFileLimit);
        if (file.Size > limit) throw TooBig(limit);
        try
        {
            var info = await bot.GetFile(file.FileId, ct);
            if (info.FileSize > limit) throw TooBig(limit);
            if (info.FilePath is null) throw new ChannelFileException("Telegram không cho tải tệp này, vui lòng gửi lại.");
            await using var target = new LimitedMemoryStream(limit);
            await bot.DownloadFile(info.FilePath, target, ct);
            return target.ToArray();
        }
        catch (ApiRequestException e) when (e.Message.Contains("too big", StringComparison.OrdinalIgnoreCase))
        {
            throw TooBig(limit);
        }
        catch (Exception e) when (e is LimitedMemoryStream.LimitExceededException || e.InnerException is LimitedMemoryStream.LimitExceededException)
        {
            throw TooBig(limit);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is RequestException or HttpRequestException or OperationCanceledException)
        {
            log.LogWarning(e, "Telegram: không tải được tệp {FileName}", file.FileName);
            throw new ChannelFileException("Không tải được tệp từ Telegram, vui lòng gửi lại sau ít phút.");
        }
    }

    private static ChannelFileException TooBig(long limit) =>
        new($"Tệp quá lớn: chỉ nhận tệp tối đa {limit / (1024.0 * 1024):0.#} MB.");

    /// <summary>Stops the spinner on a pressed button; the toast text is at most 200 characters.</summary>
    public async Task AnswerCallbackAsync(string callbackId, string? text, CancellationToken ct)
    {
        try
        {
            await bot.AnswerCallbackQuery(callbackId, text is { Length: > 200 } ? text[..199] + "…" : text, cancellationToken: ct);
        }
        catch (Exception e) when (e is RequestException or HttpRequestException)
        {
            // A late answer ("query is too old") is harmless: the user only sees the spinner stop.
            log.LogDebug(e, "Telegram: answerCallbackQuery thất bại");
        }
    }

    public async Task<bool> EditMessageAsync(string chatId, string messageId, string text, IReadOnlyList<IReadOnlyList<ChatButton>>? buttons, CancellationToken ct)
    {
        if (!long.TryParse(chatId, out var chat) || !int.TryParse(messageId, out var id)) return false;
        try
        {
            await bot.EditMessageText(chat, id, text, ParseMode.Html, replyMarkup: Keyboard(buttons), cancellationToken: ct);
            return true;
        }
        catch (ApiRequestException e) when (e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        catch (Exception e) when (e is RequestException or HttpRequestException)
        {
            log.LogWarning(e, "Telegram: không sửa được tin {MessageId} ở chat {ChatId}", messageId, chatId);
            return false;
        }
    }

    internal static InlineKeyboardMarkup? Keyboard(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        return Keyboard(JsonSerializer.Deserialize<List<List<ChatButton>>>(json)?.Select(r => (IReadOnlyList<ChatButton>)r).ToList());
    }

    private static InlineKeyboardMarkup? Keyboard(IReadOnlyList<IReadOnlyList<ChatButton>>? rows)
    {
        var buttons = rows?.Where(r => r.Count > 0)
            .Select(r => r.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.Data)).ToArray())
            .ToArray();
        return buttons is { Length: > 0 } ? new InlineKeyboardMarkup(buttons) : null;
    }
}
