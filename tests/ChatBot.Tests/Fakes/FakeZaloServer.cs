using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Fakes;

/// <summary>A message the bot sent, as the fake Zalo server recorded it.</summary>
public sealed record ZaloSentMessage(string MessageId, string ChatId, string Method, string? Text, string? Photo, long Date);

/// <summary>
/// An in-process Zalo Bot Platform following the documented shapes: POST {base}/bot{token}/{method} with JSON,
/// answers {ok, result} or {ok:false, error_code, description} (HTTP 200); getUpdates hands out ONE event per call
/// or error 408 when none came within the (capped) timeout; ids are strings, dates Unix milliseconds; sendMessage
/// refuses text over 2000 characters; a wrong token gets ok:false 401. User-side helpers play the officials.
/// </summary>
public sealed class FakeZaloServer : IAsyncDisposable
{
    public const string BotId = "1459232241454765289";
    public const int MaxText = 2000;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _pending = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly List<ZaloSentMessage> _sent = [];
    private readonly List<string> _calls = [];
    private readonly List<Fault> _faults = [];
    private readonly Lock _gate = new();
    private HttpClient? _webhookTarget;

    /// <summary>Token the fake accepts: "&lt;bot_id&gt;:&lt;secret&gt;".</summary>
    public string Token { get; } = $"{BotId}:{Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant()}";

    public string BaseUrl { get; private set; } = "";

    /// <summary>Longest wait of one getUpdates, whatever timeout the bot asks for (keeps tests fast).</summary>
    public TimeSpan MaxPollWait { get; set; } = TimeSpan.FromMilliseconds(300);

    public string? WebhookUrl { get; private set; }
    public string? WebhookSecret { get; private set; }

    /// <summary>Status of the service's answer to the last webhook push.</summary>
    public int? LastWebhookStatus { get; private set; }

    private FakeZaloServer(WebApplication app) => _app = app;

    public static async Task<FakeZaloServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeZaloServer(app);
        app.MapPost("/bot{token}/{method}", fake.HandleAsync);
        app.MapGet("/bot{token}/{method}", fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.BaseUrl = address.TrimEnd('/');
        return fake;
    }

    // ---------- the user side ----------

    /// <summary>In webhook mode: pushes events to the service (POST /zalo/webhook with the registered secret) instead of queueing them for getUpdates.</summary>
    public void DeliverVia(HttpClient service) => _webhookTarget = service;

    /// <summary>A user writes to the bot; returns the event's message_id.</summary>
    public Task<string> UserSends(string userId, string text, string? displayName = null, string? chatId = null, bool group = false) =>
        Deliver(Event("message.text.received", userId, displayName, chatId, group, m => m["text"] = text));

    /// <summary>A user sends a picture, sticker, voice or something the platform cannot show ("image", "sticker", "voice", "unsupported").</summary>
    public Task<string> UserSendsNonText(string userId, string kind, string? chatId = null) =>
        Deliver(Event($"message.{kind}.received", userId, null, chatId, false, m =>
        {
            if (kind == "image") m["photo_url"] = "https://zalo.example/photo.jpg";
            if (kind == "sticker") m["sticker"] = "0e078a2fb66a5f34067b";
        }));

    /// <summary>Delivers an event again, as Zalo may when a webhook answer was lost.</summary>
    public Task<string> Redeliver(JsonObject evt) => Deliver(evt);

    /// <summary>Builds an event in Zalo's shape; ids are strings, the date is in milliseconds.</summary>
    public static JsonObject Event(string eventName, string userId, string? displayName, string? chatId, bool group, Action<JsonObject>? fill = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = NewId(),
            ["from"] = new JsonObject { ["id"] = userId, ["display_name"] = displayName ?? $"Người dùng {userId}", ["is_bot"] = false },
            ["chat"] = new JsonObject { ["id"] = chatId ?? userId, ["chat_type"] = group ? "GROUP" : "PRIVATE" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        fill?.Invoke(message);
        return new JsonObject { ["event_name"] = eventName, ["message"] = message };
    }

    private async Task<string> Deliver(JsonObject evt)
    {
        var id = evt["message"]!["message_id"]!.GetValue<string>();
        if (_webhookTarget is { } target)
        {
            LastWebhookStatus = (int)(await PushAsync(target, evt, WebhookSecret)).StatusCode;
        }
        else
        {
            _pending.Enqueue((JsonObject)evt.DeepClone());
            _arrived.Release();
        }
        return id;
    }

    /// <summary>POSTs one event to the service's webhook with the given secret header (none when null).</summary>
    public static async Task<HttpResponseMessage> PushAsync(HttpClient service, JsonObject evt, string? secret, string path = "/zalo/webhook")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(evt) };
        if (secret is not null) request.Headers.Add("X-Bot-Api-Secret-Token", secret);
        return await service.SendAsync(request);
    }

    public IReadOnlyList<ZaloSentMessage> SentTo(string chatId)
    {
        lock (_gate) return _sent.Where(m => m.ChatId == chatId).ToList();
    }

    public IReadOnlyList<ZaloSentMessage> AllSent
    {
        get { lock (_gate) return _sent.ToList(); }
    }

    /// <summary>Waits until the chat has at least n messages from the bot; fails the test with what arrived otherwise.</summary>
    public async Task<IReadOnlyList<ZaloSentMessage>> WaitForMessages(string chatId, int n, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < until)
        {
            var got = SentTo(chatId);
            if (got.Count >= n) return got;
            await Task.Delay(25);
        }
        var seen = SentTo(chatId);
        throw new TimeoutException($"Chat {chatId} got {seen.Count} of {n} messages: {string.Join(" | ", seen.Select(m => m.Text))}");
    }

    /// <summary>Names of the API methods called so far, in order.</summary>
    public IReadOnlyList<string> Calls
    {
        get { lock (_gate) return _calls.ToList(); }
    }

    public async Task WaitForCall(string method, int times = 1, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Calls.Count(c => c == method) < times)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"{method} called {Calls.Count(c => c == method)} of {times} times; calls: {string.Join(",", Calls.TakeLast(20))}");
            await Task.Delay(20);
        }
    }

    public bool PendingEmpty => _pending.IsEmpty;

    /// <summary>Forgets sent messages, calls, faults and queued events.</summary>
    public void Reset()
    {
        lock (_gate) { _sent.Clear(); _calls.Clear(); _faults.Clear(); }
        while (_pending.TryDequeue(out _)) _arrived.Wait(0);
    }

    // ---------- failure switches ----------

    /// <summary>The next <paramref name="count"/> calls (of <paramref name="method"/>, or any) fail, after <paramref name="skip"/> that succeed.
    /// HTTP 200 with ok:false by default; a 5xx <paramref name="httpStatus"/> answers an HTML error page, as a proxy would.</summary>
    public void FailNext(int count, int errorCode = 500, string description = "Internal error", string? method = null, int skip = 0, int httpStatus = 200)
    {
        lock (_gate) _faults.Add(new Fault(method, skip, count, errorCode, description, httpStatus, null));
    }

    /// <summary>The next calls hang for <paramref name="delay"/> before answering (a timeout for the bot).</summary>
    public void DelayNext(int count, TimeSpan delay, string? method = null)
    {
        lock (_gate) _faults.Add(new Fault(method, 0, count, 0, "", 200, delay));
    }

    private sealed record Fault(string? Method, int Skip, int Count, int ErrorCode, string Description, int HttpStatus, TimeSpan? Delay)
    {
        public int Skip { get; set; } = Skip;
        public int Count { get; set; } = Count;
    }

    private Fault? TakeFault(string method)
    {
        lock (_gate)
        {
            var f = _faults.FirstOrDefault(x => (x.Method is null || x.Method == method) && x.Count > 0);
            if (f is null) return null;
            if (f.Skip > 0) { f.Skip--; return null; }
            f.Count--;
            return f;
        }
    }

    // ---------- the platform side ----------

    private async Task<IResult> HandleAsync(HttpContext http, string token, string method)
    {
        lock (_gate) _calls.Add(method);
        var ct = http.RequestAborted;
        if (token != Token) return Fail(401, "Unauthorized: invalid bot token");

        if (TakeFault(method) is { } fault)
        {
            if (fault.Delay is { } d) await Task.Delay(d, ct);
            else if (fault.HttpStatus >= 500) return Results.Content("<html><body>502 Bad Gateway</body></html>", "text/html", statusCode: fault.HttpStatus);
            else return Fail(fault.ErrorCode, fault.Description, fault.HttpStatus);
        }

        JsonObject body;
        try
        {
            body = http.Request.ContentLength is 0 ? [] : await JsonSerializer.DeserializeAsync<JsonObject>(http.Request.Body, cancellationToken: ct) ?? [];
        }
        catch (JsonException)
        {
            return Fail(400, "Bad Request: invalid JSON");
        }

        return method switch
        {
            "getMe" => Ok(new JsonObject { ["id"] = BotId, ["account_name"] = "bot.FakeWard", ["account_type"] = "BASIC", ["can_join_groups"] = false }),
            "getUpdates" => await GetUpdates(body, ct),
            "setWebhook" => SetWebhook(body),
            "deleteWebhook" => DeleteWebhook(),
            "getWebhookInfo" => Ok(WebhookInfo()),
            "sendMessage" => Send(body, "sendMessage", requireText: true),
            "sendPhoto" => Send(body, "sendPhoto", requireText: false),
            "sendSticker" => Send(body, "sendSticker", requireText: false),
            "sendChatAction" => string.IsNullOrEmpty(Str(body, "chat_id")) ? Fail(400, "Bad Request: chat_id is required") : Results.Json(new JsonObject { ["ok"] = true }),
            _ => Fail(404, $"Not Found: method {method}"),
        };
    }

    private async Task<IResult> GetUpdates(JsonObject body, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(WebhookUrl)) return Fail(409, "Conflict: getUpdates is not available while a webhook is set");
        // The docs type timeout as a string; samples send a number. Accept both.
        var asked = double.TryParse(Str(body, "timeout"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : TimeSpan.FromSeconds(30);
        var wait = asked < MaxPollWait ? asked : MaxPollWait;
        try
        {
            if (await _arrived.WaitAsync(wait, ct) && _pending.TryDequeue(out var evt)) return Ok(evt);
        }
        catch (OperationCanceledException) { }
        return Fail(408, "Request timeout");
    }

    private IResult SetWebhook(JsonObject body)
    {
        var url = Str(body, "url");
        var secret = Str(body, "secret_token");
        if (url is null || !url.StartsWith("https://", StringComparison.Ordinal)) return Fail(400, "Bad Request: url must be https");
        if (secret is not { Length: >= 8 and <= 256 }) return Fail(400, "Bad Request: secret_token must be 8-256 characters");
        WebhookUrl = url;
        WebhookSecret = secret;
        return Ok(WebhookInfo());
    }

    private IResult DeleteWebhook()
    {
        WebhookUrl = null;
        WebhookSecret = null;
        return Ok(WebhookInfo());
    }

    private JsonObject WebhookInfo() => new() { ["url"] = WebhookUrl ?? "", ["updated_at"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() };

    private IResult Send(JsonObject body, string method, bool requireText)
    {
        var chat = Str(body, "chat_id");
        if (string.IsNullOrEmpty(chat)) return Fail(400, "Bad Request: chat_id is required");
        var text = Str(body, requireText ? "text" : "caption");
        if (requireText && string.IsNullOrEmpty(text)) return Fail(400, "Bad Request: text is required");
        if (text is { Length: > MaxText }) return Fail(400, $"Bad Request: text must be 1-{MaxText} characters");
        var photo = Str(body, "photo");
        if (method == "sendPhoto" && string.IsNullOrEmpty(photo)) return Fail(400, "Bad Request: photo is required");
        var sent = new ZaloSentMessage(NewId(), chat, method, text, photo, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        lock (_gate) _sent.Add(sent);
        return Ok(new JsonObject { ["message_id"] = sent.MessageId, ["date"] = sent.Date });
    }

    private static string? Str(JsonObject o, string name) => o[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var n => n.ToJsonString(),
    };

    private static IResult Ok(JsonNode result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });

    private static IResult Fail(int code, string description, int httpStatus = 200) =>
        Results.Json(new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description }, statusCode: httpStatus);

    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(10)).ToLowerInvariant();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
