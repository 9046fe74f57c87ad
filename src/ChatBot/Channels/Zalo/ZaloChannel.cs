using System.Collections.Concurrent;
using ChatBot.Core.Conversation;
using ChatBot.Outbox;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.Zalo;

/// <summary>
/// Sends outbox rows to Zalo: plain text (tags stripped), no buttons, split into numbered parts of at most
/// 2000 characters. Files cannot be uploaded to Zalo, so an attachment becomes a line saying where to get it.
/// </summary>
/// <remarks>
/// The Notifier already queues a long text as one row per part (split at 2000 characters of HTML, which never gives more
/// than 2000 of plain text), so a row is normally one message. Only an attachment's note can still make a row longer:
/// its parts go out one after another and the row counts as Sent only when all went. If a later part fails, the parts
/// already sent are remembered in memory so the retry resumes there; after a restart the retry starts again at part 1.
/// </remarks>
public sealed class ZaloChannel(ZaloClient client, ZaloTokenGuard guard, IOptions<ZaloOptions> options, ILogger<ZaloChannel> log) : IChatChannel
{
    public const string ChannelName = "zalo";
    public const int MaxText = 2000;

    /// <summary>Outbox row id → (parts already sent, id of the first part).</summary>
    private readonly ConcurrentDictionary<long, (int Sent, string? FirstId)> _progress = new();

    public string Name => ChannelName;

    /// <summary><c>Zalo:MaxPerSecond</c> overall (30 by default), 1 message a second per chat, 20 a minute per group.</summary>
    public ChannelLimits Limits => new(MaxText, SupportsButtons: false, PerChatInterval: TimeSpan.FromSeconds(1),
        GlobalPerSecond: options.Value.MaxPerSecond, GroupPerMinute: 20);

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var parts = MessageSplitter.Split(TextOf(message), MaxText);
        var (sent, firstId) = _progress.TryGetValue(message.Id, out var p) && message.Id != 0 ? p : (0, null);
        try
        {
            for (var i = sent; i < parts.Count; i++)
            {
                var result = await client.SendMessageAsync(message.ChatId, parts[i], ct);
                firstId ??= result?.MessageId;
                if (message.Id != 0) _progress[message.Id] = (i + 1, firstId);
            }
            guard.Worked();
            _progress.TryRemove(message.Id, out _);
            return SendOutcome.Sent(firstId);
        }
        catch (ZaloApiException e)
        {
            log.LogWarning("Zalo send of outbox row {Id} to chat {Chat} failed: {Error}", message.Id, message.ChatId, e.Message);
            return Outcome(e, message.Id);
        }
    }

    private SendOutcome Outcome(ZaloApiException e, long rowId)
    {
        if (e.IsTokenProblem)
        {
            guard.Refused(e);
            return SendOutcome.Retry(e.Message, ZaloTokenGuard.Pause);
        }
        if (e.ErrorCode == 429) return SendOutcome.Retry(e.Message, TimeSpan.FromSeconds(5));
        if (e.IsTransient) return SendOutcome.Retry(e.Message);
        // Final answers: the row will not be retried, so forget its progress.
        _progress.TryRemove(rowId, out _);
        return SendOutcome.Refused(e.ErrorCode switch
        {
            403 => SendProblem.Blocked,
            404 => SendProblem.MethodNotFound,
            _ when e.Description.Contains("chat not found", StringComparison.OrdinalIgnoreCase) => SendProblem.ChatNotFound,
            _ => SendProblem.Rejected,
        }, e.Message);
    }

    /// <summary>The text as Zalo shows it: tags stripped, entities decoded, an attachment replaced by where to find it.</summary>
    public static string TextOf(OutboxMessage m)
    {
        var text = ZaloText.Plain(m.Text).Trim();
        if (m.Attachment is null && m.AttachmentName is null) return text.Length > 0 ? text : "…";
        var note = $"📎 Tệp «{m.AttachmentName ?? "đính kèm"}» không gửi được qua Zalo. Anh/chị vui lòng xem tệp trên Telegram hoặc trang quản lý của phường.";
        return text.Length > 0 ? text + "\n\n" + note : note;
    }

    /// <summary>A picture a user sent (its file id is the URL Zalo gave); other files cannot reach a Zalo bot.</summary>
    public async Task<byte[]> DownloadAsync(InboundFile file, long maxBytes, CancellationToken ct)
    {
        if (!IsDownloadable(file.FileId))
            throw new ChannelFileException("Zalo chưa hỗ trợ gửi tệp cho bot. Anh/chị vui lòng gửi tệp qua Telegram hoặc trang quản lý của phường.");
        try
        {
            return await client.DownloadAsync(file.FileId, maxBytes, ct);
        }
        catch (Telegram.LimitedMemoryStream.LimitExceededException)
        {
            throw new ChannelFileException($"Tệp quá lớn: chỉ nhận tệp tối đa {maxBytes / (1024.0 * 1024):0.#} MB.");
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is HttpRequestException or OperationCanceledException or IOException)
        {
            log.LogWarning("Zalo: không tải được ảnh {FileName}: {Error}", file.FileName, e.GetType().Name);
            throw new ChannelFileException("Không tải được ảnh từ Zalo, vui lòng gửi lại sau ít phút.");
        }
    }

    /// <summary>An absolute http(s) address: the only kind of file id a Zalo picture has.</summary>
    public static bool IsDownloadable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp);
}
