using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Channels.Telegram;

/// <summary>What both modes do first: getMe (learn the username, check the token) and setMyCommands.</summary>
internal sealed class TelegramStartup(
    ITelegramBotClient bot,
    TelegramBotInfo info,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<TelegramStartup> log)
{
    internal static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>The Vietnamese command menu.</summary>
    internal static readonly (string Command, string Description)[] Commands =
    [
        ("viec", "Việc của đơn vị tôi (/viec SỐ: chi tiết một việc)"),
        ("quahan", "Việc quá hạn (có thể kèm tên đơn vị)"),
        ("sapden", "Việc sắp đến hạn (/sapden 7)"),
        ("tiendo", "Tiến độ theo đơn vị"),
        ("capnhat", "Cập nhật: /capnhat SỐ trạng thái"),
        ("giahan", "Xin gia hạn: /giahan SỐ NGÀY lý do"),
        ("duyet", "Duyệt gia hạn: /duyet SỐ"),
        ("tuchoi", "Từ chối gia hạn: /tuchoi SỐ lý do"),
        ("baocao", "Báo cáo Excel"),
        ("bieudo", "Biểu đồ tiến độ"),
        ("kenh", "Chọn kênh nhận thông báo"),
        ("huy", "Hủy liên kết tài khoản"),
        ("help", "Hướng dẫn sử dụng"),
        ("start", "Bắt đầu, liên kết bằng mã mời: /start MÃ"),
    ];

    /// <summary>Waits for the host to start (migrations first), then retries getMe until it answers.
    /// False when the token is refused: the channel stays off.</summary>
    public async Task<bool> InitializeAsync(CancellationToken ct)
    {
        await WhenStarted(ct);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var me = await bot.GetMe(ct);
                info.Id = me.Id;
                info.Username = me.Username;
                log.LogInformation("Telegram: bot @{Username} sẵn sàng ({Mode})", me.Username, options.Value.Mode);
                break;
            }
            catch (ApiRequestException e) when (e.ErrorCode is 401 or 404)
            {
                info.Disabled = true;
                log.LogError("Telegram: token của bot {BotId} bị từ chối ({Code} {Message}); kênh Telegram tắt. Kiểm tra Telegram:BotToken.",
                    options.Value.BotIdForLogs, e.ErrorCode, e.Message);
                return false;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                var pause = Backoff(attempt);
                log.LogWarning("Telegram: getMe lỗi ({Error}); thử lại sau {Pause}", e.Message, pause);
                await Task.Delay(pause, ct);
            }
        }
        try
        {
            await bot.SetMyCommands(Commands.Select(c => new BotCommand(c.Command, c.Description)), cancellationToken: ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning("Telegram: setMyCommands lỗi ({Error}); menu lệnh chưa cập nhật", e.Message);
        }
        return true;
    }

    /// <summary>Network backoff in real time (not the business clock, which tests freeze): 1 s doubling to 60 s.</summary>
    internal static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempt - 1, 6))) * (0.8 + Random.Shared.NextDouble() * 0.4));

    private Task WhenStarted(CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(ct);
    }
}
