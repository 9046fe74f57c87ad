using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.Zalo;

/// <summary>
/// Hand-written client for the Zalo Bot Platform ({ApiBaseUrl}/bot{token}/{method}, POST JSON).
/// Every answer is checked for ok: HTTP 200 with ok:false is an error. The token is only ever in the
/// request URL, which is never logged, and is masked out of any error text.
/// </summary>
public sealed class ZaloClient : IDisposable
{
    // Own HttpClient (not IHttpClientFactory): the factory's default logging would print the URL, token included.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
    private readonly ZaloOptions _options;
    private readonly string _token;

    public ZaloClient(IOptions<ZaloOptions> options)
    {
        _options = options.Value;
        _token = _options.BotToken?.Trim() ?? "";
    }

    public Task<ZaloBotInfo> GetMeAsync(CancellationToken ct) => CallAsync<ZaloBotInfo>("getMe", new { }, _options.RequestTimeout, ct)!;

    /// <summary>Long-polls once; Zalo hands out one update per call and answers 408 when nothing came (an empty list here).</summary>
    public async Task<IReadOnlyList<ZaloUpdate>> GetUpdatesAsync(int timeoutSeconds, CancellationToken ct)
    {
        try
        {
            var result = await CallAsync<JsonElement?>("getUpdates", new GetUpdatesRequest(timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                TimeSpan.FromSeconds(timeoutSeconds) + _options.RequestTimeout, ct);
            return result switch
            {
                { ValueKind: JsonValueKind.Object } o => [o.Deserialize<ZaloUpdate>(ZaloJson.Options)!],
                // Tolerate a list in case the platform ever batches.
                { ValueKind: JsonValueKind.Array } a => a.Deserialize<List<ZaloUpdate>>(ZaloJson.Options) ?? [],
                _ => [],
            };
        }
        catch (ZaloApiException e) when (e.ErrorCode == 408)
        {
            return [];
        }
    }

    public Task<ZaloWebhookInfo?> SetWebhookAsync(string url, string secretToken, CancellationToken ct) =>
        CallAsync<ZaloWebhookInfo>("setWebhook", new SetWebhookRequest(url, secretToken), _options.RequestTimeout, ct);

    public Task<ZaloWebhookInfo?> DeleteWebhookAsync(CancellationToken ct) =>
        CallAsync<ZaloWebhookInfo>("deleteWebhook", new { }, _options.RequestTimeout, ct);

    public Task<ZaloWebhookInfo?> GetWebhookInfoAsync(CancellationToken ct) =>
        CallAsync<ZaloWebhookInfo>("getWebhookInfo", new { }, _options.RequestTimeout, ct);

    public Task<ZaloSent?> SendMessageAsync(string chatId, string text, CancellationToken ct) =>
        CallAsync<ZaloSent>("sendMessage", new SendMessageRequest(chatId, text), _options.RequestTimeout, ct);

    /// <summary>Zalo sends photos by URL only (no upload).</summary>
    public Task<ZaloSent?> SendPhotoAsync(string chatId, string photoUrl, string? caption, CancellationToken ct) =>
        CallAsync<ZaloSent>("sendPhoto", new SendPhotoRequest(chatId, photoUrl, caption), _options.RequestTimeout, ct);

    public Task SendChatActionAsync(string chatId, string action, CancellationToken ct) =>
        CallAsync<JsonElement?>("sendChatAction", new SendChatActionRequest(chatId, action), _options.RequestTimeout, ct);

    /// <summary>Downloads a picture a user sent (Zalo gives its URL); never holds more than <paramref name="limit"/> bytes.</summary>
    /// <exception cref="Telegram.LimitedMemoryStream.LimitExceededException">The file is larger than the limit.</exception>
    public async Task<byte[]> DownloadAsync(string url, long limit, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(_options.RequestTimeout);
        using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > limit) throw new Telegram.LimitedMemoryStream.LimitExceededException();
        await using var target = new Telegram.LimitedMemoryStream(limit);
        await using (var source = await response.Content.ReadAsStreamAsync(cts.Token))
            await source.CopyToAsync(target, cts.Token);
        return target.ToArray();
    }

    private async Task<T?> CallAsync<T>(string method, object body, TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        HttpResponseMessage response;
        try
        {
            // Buffered bytes, not a streamed JsonContent: a Content-Length instead of chunked encoding suits every server.
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ZaloJson.Options));
            content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
            response = await _http.PostAsync($"{_options.ApiBaseUrl.TrimEnd('/')}/bot{_token}/{method}", content, cts.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new ZaloApiException(method, null, "timeout", isTimeout: true, inner: Scrub(e));
        }
        catch (HttpRequestException e)
        {
            throw new ZaloApiException(method, (int?)e.StatusCode, "network error: " + Mask(e.Message));
        }

        using (response)
        {
            ZaloEnvelope? envelope = null;
            try
            {
                envelope = await response.Content.ReadFromJsonAsync<ZaloEnvelope>(ZaloJson.Options, cts.Token);
            }
            catch (JsonException) { }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new ZaloApiException(method, null, "timeout", isTimeout: true);
            }

            if (envelope is null)
                throw new ZaloApiException(method, (int)response.StatusCode, $"HTTP {(int)response.StatusCode} without a Zalo answer");
            if (!envelope.Ok || response.StatusCode != HttpStatusCode.OK)
                throw new ZaloApiException(method, envelope.ErrorCode ?? (int)response.StatusCode, Mask(envelope.Description ?? "ok:false"));
            return envelope.Result is { } r && r.ValueKind != JsonValueKind.Null ? r.Deserialize<T>(ZaloJson.Options) : default;
        }
    }

    /// <summary>Removes the token from any text that might reach a log.</summary>
    public string Mask(string text) => _token.Length == 0 ? text : text.Replace(_token, "***", StringComparison.Ordinal);

    // An OperationCanceledException carries no URL, but keep only its type and message to be safe.
    private Exception Scrub(Exception e) => new TimeoutException(Mask(e.Message));

    public void Dispose() => _http.Dispose();
}
