using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Channels.Zalo;

// The Zalo Bot Platform's JSON shapes (snake_case on the wire). Ids are strings; dates are Unix milliseconds.

public sealed record ZaloBotInfo(string? Id, string? AccountName, string? AccountType, bool? CanJoinGroups);

public sealed record ZaloUpdate(string? EventName, ZaloMessage? Message);

public sealed record ZaloMessage(
    string? MessageId, ZaloSender? From, ZaloChat? Chat, long? Date, string? Text,
    string? Photo = null, string? PhotoUrl = null, string? Caption = null, string? Sticker = null);

/// <summary>The sender; the docs show display_name, some samples first_name or name.</summary>
public sealed record ZaloSender(string? Id, string? DisplayName, string? Name = null, string? FirstName = null, bool? IsBot = null)
{
    public string? BestName => DisplayName ?? Name ?? FirstName;
}

public sealed record ZaloChat(string? Id, string? ChatType);

public sealed record ZaloSent(string? MessageId, long? Date);

public sealed record ZaloWebhookInfo(string? Url, long? UpdatedAt);

internal sealed record ZaloEnvelope(bool Ok, JsonElement? Result, int? ErrorCode, string? Description);

internal sealed record GetUpdatesRequest(string Timeout);
internal sealed record SetWebhookRequest(string Url, string SecretToken);
internal sealed record SendMessageRequest(string ChatId, string Text);
internal sealed record SendPhotoRequest(string ChatId, string Photo, string? Caption);
internal sealed record SendChatActionRequest(string ChatId, string Action);

public static class ZaloJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new LenientStringConverter() },
    };

    /// <summary>Ids are documented as strings; a number is read as its text rather than failing the whole update.</summary>
    private sealed class LenientStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => reader.TryGetInt64(out var l) ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => null,
            _ => SkipAndNull(ref reader),
        };

        private static string? SkipAndNull(ref Utf8JsonReader reader) { reader.Skip(); return null; }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
