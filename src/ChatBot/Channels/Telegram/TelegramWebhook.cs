using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Channels.Telegram;

/// <summary>POST /telegram/webhook: checks the secret header, reads the update, hands it on.</summary>
internal static class TelegramWebhook
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    // Updates are a few KB; a document arrives as a file_id, never as bytes.
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<IResult> HandleAsync(HttpContext http, IOptions<TelegramOptions> options, TelegramUpdateHandler handler,
        ILoggerFactory logs, CancellationToken ct)
    {
        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), options.Value.SecretToken))
            return Results.Unauthorized();
        if (http.Request.ContentLength > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var body = await ReadLimitedAsync(http.Request.Body, MaxBodyBytes, ct);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (update is null) return Results.BadRequest();
        try
        {
            await handler.HandleAsync(update, ct);
            return Results.Ok();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing of it was saved: answer 500 so Telegram delivers it again (ProcessedUpdate keeps it at most once).
            logs.CreateLogger(typeof(TelegramWebhook)).LogError(e, "Telegram: update {UpdateId} could not be handled", update.Id);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>Constant-time comparison; an unset secret refuses everything.</summary>
    internal static bool SecretMatches(string? given, string? expected) =>
        !string.IsNullOrEmpty(expected) && given is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > max) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}

/// <summary>Webhook mode start: getMe, setMyCommands, then setWebhook with the secret and the update types we handle.</summary>
internal sealed class TelegramWebhookRegistration(
    ITelegramBotClient bot,
    TelegramStartup startup,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookRegistration> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            if (!await startup.InitializeAsync(ct)) return;
            var o = options.Value;
            if (string.IsNullOrEmpty(o.SecretToken))
                log.LogError("Telegram: chế độ Webhook cần Telegram:SecretToken; mọi yêu cầu tới {Path} sẽ bị từ chối (401)", TelegramWebhook.Path);
            if (string.IsNullOrWhiteSpace(o.WebhookUrl))
            {
                log.LogWarning("Telegram: Telegram:WebhookUrl trống; không gọi setWebhook (tự đăng ký URL trỏ tới {Path})", TelegramWebhook.Path);
                return;
            }
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await bot.SetWebhook(o.WebhookUrl, secretToken: o.SecretToken, allowedUpdates: TelegramStartup.AllowedUpdates, cancellationToken: ct);
                    log.LogInformation("Telegram: đã đăng ký webhook {Url}", o.WebhookUrl);
                    return;
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    var pause = TelegramStartup.Backoff(attempt);
                    log.LogWarning("Telegram: setWebhook lỗi ({Error}); thử lại sau {Pause}", e.Message, pause);
                    await Task.Delay(pause, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }
}
