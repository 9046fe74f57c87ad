using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.Zalo;

/// <summary>POST /zalo/webhook: checks X-Bot-Api-Secret-Token, reads the single event, hands it on.</summary>
public static class ZaloWebhook
{
    public const string Path = "/zalo/webhook";
    public const string SecretHeader = "X-Bot-Api-Secret-Token";

    public static async Task<IResult> ReceiveAsync(HttpRequest request, ZaloUpdateHandler handler, IOptions<ZaloOptions> options,
        ILoggerFactory logs, CancellationToken ct)
    {
        if (!SecretMatches(request.Headers[SecretHeader].ToString(), options.Value.SecretToken)) return Results.Unauthorized();

        ZaloUpdate? update;
        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            // Events come flat ({event_name, message}); accept the getUpdates envelope ({ok, result}) too.
            var root = doc.RootElement.TryGetProperty("result", out var r) && r.ValueKind == JsonValueKind.Object ? r : doc.RootElement;
            update = root.Deserialize<ZaloUpdate>(ZaloJson.Options);
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
            // Not recorded as processed: a redelivery may succeed.
            logs.CreateLogger(typeof(ZaloWebhook)).LogError(e, "Zalo message {Id} could not be handled", update.Message?.MessageId);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>Constant-time comparison (of hashes, so the length does not leak either); no configured secret refuses all.</summary>
    public static bool SecretMatches(string? given, string? expected)
    {
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(given)) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
