using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Fakes;

/// <summary>A button of a bot message as the fake server received it.</summary>
public sealed record FakeButton(string Text, string Data);

/// <summary>A message the bot sent (or later edited), as the user would see it.</summary>
public sealed record BotMessage(
    long MessageId,
    long ChatId,
    string Kind,
    string? Text,
    string? ParseMode,
    IReadOnlyList<IReadOnlyList<FakeButton>> Buttons,
    long? ReplyToMessageId,
    string? FileName = null,
    byte[]? FileBytes = null,
    int EditCount = 0);

/// <summary>What the user side gets back after sending something.</summary>
public sealed record UserMessage(long UpdateId, long MessageId, string? FileId = null);

/// <summary>An in-process fake of api.telegram.org on 127.0.0.1 (random port) with Telegram's semantics for the methods the bot uses,
/// a user side to drive conversations (UserSends, UserPresses, UserSendsDocument, UserBlocksBot), and error injection (FailNext).</summary>
public sealed class FakeTelegramServer : IAsyncDisposable
{
    public const string DefaultToken = "123456:TEST";
    private const long FileLimit = 20L * 1024 * 1024;

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<JsonObject> _updates = [];
    private readonly Dictionary<long, JsonObject> _messages = [];
    private readonly List<BotMessage> _botMessages = [];
    private readonly Dictionary<string, (string Path, byte[] Bytes, string Name, string Mime)> _files = [];
    private readonly HashSet<string> _openCallbacks = [];
    private readonly List<(string Id, string? Text)> _callbackAnswers = [];
    private readonly List<string> _calls = [];
    private readonly HashSet<long> _blocked = [];
    private readonly List<Fault> _faults = [];
    private TaskCompletionSource _newUpdate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextUpdateId = 1000;
    private long _nextMessageId = 1;
    private long _confirmedOffset;
    private int _pollsInFlight;
    private int _nextFile;

    private sealed class Fault(string method, int code, int count, int? retryAfter, string? description)
    {
        public string Method { get; } = method;
        public int Code { get; } = code;
        public int Remaining { get; set; } = count;
        public int? RetryAfter { get; } = retryAfter;
        public string? Description { get; } = description;
    }

    private FakeTelegramServer(WebApplication app) => _app = app;

    /// <summary>Base URL to put in Telegram:ApiBaseUrl.</summary>
    public string Url { get; private set; } = "";

    public string Token { get; } = DefaultToken;

    public long BotId => long.Parse(Token.Split(':')[0]);

    public string BotUsername => $"test{BotId}_bot";

    /// <summary>While true every Bot API call answers 401 Unauthorized (a revoked or mistyped token).</summary>
    public bool RejectToken { get; set; }

    /// <summary>getUpdates calls answered 409 because another one was still waiting (two bot instances polling).</summary>
    public int PollConflicts { get; private set; }

    /// <summary>getUpdates calls so far (each long poll once).</summary>
    public int Polls { get; private set; }

    public string? WebhookUrl { get; private set; }
    public string? WebhookSecret { get; private set; }
    public IReadOnlyList<string>? WebhookAllowedUpdates { get; private set; }
    public IReadOnlyList<(string Command, string Description)> Commands { get; private set; } = [];

    public static async Task<FakeTelegramServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeTelegramServer(app);
        app.Map("/{**path}", server.HandleAsync);
        await app.StartAsync();
        server.Url = app.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>Settings for ChatBotApp that point the Telegram channel here (polling mode).</summary>
    public Dictionary<string, string?> AppSettings(Dictionary<string, string?>? extra = null)
    {
        var s = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = Url,
            ["Telegram:PollTimeoutSeconds"] = "5",
        };
        foreach (var (k, v) in extra ?? []) s[k] = v;
        return s;
    }

    // ---------------- user side ----------------

    /// <summary>A user writes text (a private chat unless <paramref name="chatId"/> is a negative group id).</summary>
    public UserMessage UserSends(long userId, string text, long? replyTo = null, long? chatId = null)
    {
        lock (_gate)
        {
            var m = NewUserMessage(userId, chatId ?? userId, replyTo);
            m["text"] = text;
            if (text.StartsWith('/'))
                m["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = text.Split(' ')[0].Length });
            return new UserMessage(AddUpdate("message", m), (long)m["message_id"]!);
        }
    }

    /// <summary>A user sends a file as a document; the bot can getFile + download it.</summary>
    public UserMessage UserSendsDocument(long userId, string fileName, byte[] bytes, string mimeType = "application/octet-stream", string? caption = null, long? chatId = null)
    {
        lock (_gate)
        {
            var fileId = StoreFile(bytes, fileName, mimeType);
            var m = NewUserMessage(userId, chatId ?? userId, null);
            m["document"] = new JsonObject
            {
                ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_name"] = fileName,
                ["mime_type"] = mimeType, ["file_size"] = bytes.LongLength,
            };
            if (caption is not null) m["caption"] = caption;
            return new UserMessage(AddUpdate("message", m), (long)m["message_id"]!, fileId);
        }
    }

    /// <summary>A user presses an inline button of a bot message; returns the callback query id.</summary>
    public string UserPresses(long userId, long messageId, string data)
    {
        lock (_gate)
        {
            var message = _messages.TryGetValue(messageId, out var stored)
                ? stored.DeepClone()
                : throw new InvalidOperationException($"no message {messageId}");
            var id = $"cb{_nextUpdateId}";
            _openCallbacks.Add(id);
            AddUpdate("callback_query", new JsonObject
            {
                ["id"] = id, ["from"] = UserJson(userId), ["message"] = message,
                ["chat_instance"] = userId.ToString(), ["data"] = data,
            });
            return id;
        }
    }

    /// <summary>The user blocks the bot: later sends answer 403 and the bot gets a my_chat_member "kicked" update.</summary>
    public long UserBlocksBot(long userId)
    {
        lock (_gate)
        {
            _blocked.Add(userId);
            return AddUpdate("my_chat_member", new JsonObject
            {
                ["chat"] = ChatJson(userId), ["from"] = UserJson(userId), ["date"] = Now(),
                ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = BotUserJson() },
                ["new_chat_member"] = new JsonObject { ["status"] = "kicked", ["user"] = BotUserJson(), ["until_date"] = 0 },
            });
        }
    }

    public void UserUnblocksBot(long userId)
    {
        lock (_gate) _blocked.Remove(userId);
    }

    /// <summary>Answers the next <paramref name="count"/> calls of a method ("*" = any but getUpdates) with an error.</summary>
    public void FailNext(string method, int code, int count = 1, int? retryAfter = null, string? description = null)
    {
        lock (_gate) _faults.Add(new Fault(method, code, count, retryAfter, description));
    }

    /// <summary>The platform recovers: faults not yet used up are dropped.</summary>
    public void ClearFaults()
    {
        lock (_gate) _faults.Clear();
    }

    // ---------------- assertions ----------------

    /// <summary>The bot's messages in a chat, in the order sent (edits applied).</summary>
    public IReadOnlyList<BotMessage> SentTo(long chatId)
    {
        lock (_gate) return _botMessages.Where(m => m.ChatId == chatId).ToList();
    }

    public IReadOnlyList<BotMessage> AllSent
    {
        get { lock (_gate) return _botMessages.ToList(); }
    }

    public async Task<IReadOnlyList<BotMessage>> WaitForMessages(long chatId, int count, TimeSpan? timeout = null)
    {
        await WaitUntil(() => SentTo(chatId).Count >= count, timeout,
            () => $"chat {chatId}: expected {count} bot messages, got {SentTo(chatId).Count}; calls: {string.Join(",", Calls.TakeLast(30))}");
        return SentTo(chatId);
    }

    public IReadOnlyList<(string Id, string? Text)> CallbackAnswers
    {
        get { lock (_gate) return _callbackAnswers.ToList(); }
    }

    /// <summary>Bot API method names in call order.</summary>
    public IReadOnlyList<string> Calls
    {
        get { lock (_gate) return _calls.ToList(); }
    }

    public int CallCount(string method) => Calls.Count(c => c == method);

    /// <summary>True once the bot confirmed (by a later offset) every update up to this id.</summary>
    public bool IsConfirmed(long updateId)
    {
        lock (_gate) return _confirmedOffset > updateId;
    }

    public Task WaitUntilConfirmed(long updateId, TimeSpan? timeout = null) =>
        WaitUntil(() => IsConfirmed(updateId), timeout, () => $"update {updateId} not confirmed (offset {_confirmedOffset})");

    public static async Task WaitUntil(Func<bool> condition, TimeSpan? timeout = null, Func<string>? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(what?.Invoke() ?? "condition not met");
            await Task.Delay(20);
        }
    }

    /// <summary>A Telegram update JSON for tests that post to the webhook directly.</summary>
    public static string UpdateJson(long updateId, long userId, string text) => new JsonObject
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = updateId, ["from"] = UserJson(userId), ["chat"] = ChatJson(userId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["text"] = text,
        },
    }.ToJsonString();

    // ---------------- the Bot API ----------------

    private async Task HandleAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "";
        if (path.StartsWith("/file/bot", StringComparison.Ordinal))
        {
            await DownloadAsync(ctx, path);
            return;
        }
        var m = Regex.Match(path, @"^/bot(?<token>[^/]+)/(?<method>[A-Za-z]+)$");
        if (!m.Success)
        {
            await Write(ctx, 404, Error(404, "Not Found"));
            return;
        }
        var method = m.Groups["method"].Value;
        var p = await ReadParamsAsync(ctx.Request);
        lock (_gate) _calls.Add(method);
        if (RejectToken || m.Groups["token"].Value != Token)
        {
            await Write(ctx, 401, Error(401, "Unauthorized"));
            return;
        }
        if (TakeFault(method) is { } fault)
        {
            var error = Error(fault.Code, fault.Description ?? DefaultDescription(fault.Code, fault.RetryAfter));
            if (fault.RetryAfter is { } ra) error["parameters"] = new JsonObject { ["retry_after"] = ra };
            await Write(ctx, fault.Code, error);
            return;
        }
        var (status, body) = method switch
        {
            "getUpdates" => await GetUpdatesAsync(p, ctx.RequestAborted),
            _ => Dispatch(method, p),
        };
        await Write(ctx, status, body);
    }

    private (int, JsonObject) Dispatch(string method, Params p)
    {
        lock (_gate)
        {
            return method switch
            {
                "getMe" => Ok(BotUserJson(full: true)),
                "sendMessage" => SendMessage(p),
                "sendDocument" => SendFile(p, "document"),
                "sendPhoto" => SendFile(p, "photo"),
                "editMessageText" => EditMessageText(p),
                "answerCallbackQuery" => AnswerCallback(p),
                "getFile" => GetFile(p),
                "setWebhook" => SetWebhook(p),
                "deleteWebhook" => DeleteWebhook(),
                "setMyCommands" => SetMyCommands(p),
                _ => (404, Error(404, $"Not Found: method \"{method}\" is not implemented")),
            };
        }
    }

    private async Task<(int, JsonObject)> GetUpdatesAsync(Params p, CancellationToken aborted)
    {
        lock (_gate)
        {
            Polls++;
            // Like Telegram: one long poll per bot at a time; a second poller is refused.
            if (_pollsInFlight > 0)
            {
                PollConflicts++;
                return (409, Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
            }
            _pollsInFlight++;
        }
        try
        {
            return await LongPollAsync(p, aborted);
        }
        finally
        {
            lock (_gate) _pollsInFlight--;
        }
    }

    private async Task<(int, JsonObject)> LongPollAsync(Params p, CancellationToken aborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(Math.Min(p.Long("timeout") ?? 0, 50));
        while (true)
        {
            Task wake;
            lock (_gate)
            {
                if (WebhookUrl is not null) return (409, Error(409, "Conflict: can't use getUpdates method while webhook is active"));
                if (p.Long("offset") is { } offset && offset > _confirmedOffset)
                {
                    _confirmedOffset = offset;
                    _updates.RemoveAll(u => (long)u["update_id"]! < offset);
                }
                var limit = (int)(p.Long("limit") ?? 100);
                if (_updates.Count > 0 || DateTime.UtcNow >= deadline)
                    return Ok(new JsonArray(_updates.Take(limit).Select(u => (JsonNode)u.DeepClone()).ToArray()));
                wake = _newUpdate.Task;
            }
            try
            {
                await wake.WaitAsync(deadline - DateTime.UtcNow, stop.Token);
            }
            catch (TimeoutException) { }
            catch (OperationCanceledException)
            {
                return Ok(new JsonArray());
            }
        }
    }

    private (int, JsonObject) SendMessage(Params p)
    {
        var chatId = p.Long("chat_id") ?? 0;
        var text = p.String("text") ?? "";
        var visible = VisibleLength(text);
        if (visible == 0) return (400, Error(400, "Bad Request: message text is empty"));
        if (visible > 4096) return (400, Error(400, "Bad Request: message is too long"));
        // Like the real API: HTML it cannot parse is refused for good.
        if (p.String("parse_mode") == "HTML" && Shared.TelegramHtml.Problem(text) is { } bad)
            return (400, Error(400, $"Bad Request: can't parse entities: {bad}"));
        if (Check(chatId, p) is { } refused) return refused;
        var message = NewBotMessage(chatId, p);
        message["text"] = text;
        return Ok(Record(message, new BotMessage((long)message["message_id"]!, chatId, "text", text, p.String("parse_mode"), Buttons(p), ReplyTo(p))));
    }

    private (int, JsonObject) SendFile(Params p, string kind)
    {
        var chatId = p.Long("chat_id") ?? 0;
        // Libraries send the file under the field name or as "attach://<part>".
        if (!p.Files.TryGetValue(kind, out var file)
            && !(p.String(kind) is { } attach && attach.StartsWith("attach://", StringComparison.Ordinal) && p.Files.TryGetValue(attach[9..], out file)))
            return (400, Error(400, $"Bad Request: there is no {kind} in the request"));
        if (Check(chatId, p) is { } refused) return refused;
        var caption = p.String("caption");
        if (caption is not null && VisibleLength(caption) > 1024) return (400, Error(400, "Bad Request: message caption is too long"));
        var fileId = StoreFile(file.Bytes, file.Name, "application/octet-stream");
        var message = NewBotMessage(chatId, p);
        var fileJson = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_size"] = file.Bytes.Length };
        if (kind == "photo")
        {
            fileJson["width"] = 100;
            fileJson["height"] = 100;
            message["photo"] = new JsonArray(fileJson);
        }
        else
        {
            fileJson["file_name"] = file.Name;
            message["document"] = fileJson;
        }
        if (caption is not null) message["caption"] = caption;
        return Ok(Record(message, new BotMessage((long)message["message_id"]!, chatId, kind, caption, p.String("parse_mode"), Buttons(p), ReplyTo(p), file.Name, file.Bytes)));
    }

    private (int, JsonObject) EditMessageText(Params p)
    {
        var chatId = p.Long("chat_id") ?? 0;
        var id = p.Long("message_id") ?? 0;
        var index = _botMessages.FindIndex(b => b.MessageId == id && b.ChatId == chatId);
        if (index < 0) return (400, Error(400, "Bad Request: message to edit not found"));
        var text = p.String("text") ?? "";
        if (VisibleLength(text) == 0) return (400, Error(400, "Bad Request: message text is empty"));
        var old = _botMessages[index];
        var buttons = Buttons(p);
        if (old.Text == text && ButtonsEqual(old.Buttons, buttons))
            return (400, Error(400, "Bad Request: message is not modified"));
        _botMessages[index] = old with { Text = text, Buttons = buttons, ParseMode = p.String("parse_mode"), EditCount = old.EditCount + 1 };
        var message = _messages[id];
        message["text"] = text;
        message["edit_date"] = Now();
        if (p.Json("reply_markup") is { } markup) message["reply_markup"] = markup.DeepClone();
        else message.Remove("reply_markup");
        return Ok(message.DeepClone());
    }

    private (int, JsonObject) AnswerCallback(Params p)
    {
        var id = p.String("callback_query_id") ?? "";
        if (!_openCallbacks.Remove(id)) return (400, Error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid"));
        var text = p.String("text");
        if (text is { Length: > 200 }) return (400, Error(400, "Bad Request: MESSAGE_TOO_LONG"));
        _callbackAnswers.Add((id, text));
        return Ok(JsonValue.Create(true));
    }

    private (int, JsonObject) GetFile(Params p)
    {
        var id = p.String("file_id") ?? "";
        if (!_files.TryGetValue(id, out var f)) return (400, Error(400, "Bad Request: invalid file_id"));
        if (f.Bytes.LongLength > FileLimit) return (400, Error(400, "Bad Request: file is too big"));
        return Ok(new JsonObject { ["file_id"] = id, ["file_unique_id"] = "u" + id, ["file_size"] = f.Bytes.LongLength, ["file_path"] = f.Path });
    }

    private (int, JsonObject) SetWebhook(Params p)
    {
        var url = p.String("url");
        WebhookUrl = string.IsNullOrEmpty(url) ? null : url;
        WebhookSecret = p.String("secret_token");
        WebhookAllowedUpdates = p.Json("allowed_updates") is JsonArray a ? a.Select(x => x!.GetValue<string>()).ToList() : null;
        return Ok(JsonValue.Create(true));
    }

    private (int, JsonObject) DeleteWebhook()
    {
        WebhookUrl = null;
        WebhookSecret = null;
        return Ok(JsonValue.Create(true));
    }

    private (int, JsonObject) SetMyCommands(Params p)
    {
        if (p.Json("commands") is not JsonArray commands || commands.Count is 0 or > 100)
            return (400, Error(400, "Bad Request: commands must be a non-empty list of at most 100"));
        var list = new List<(string, string)>();
        foreach (var c in commands)
        {
            var name = c!["command"]!.GetValue<string>();
            var description = c["description"]!.GetValue<string>();
            if (!Regex.IsMatch(name, "^[a-z0-9_]{1,32}$") || description.Length is 0 or > 256)
                return (400, Error(400, "Bad Request: BOT_COMMAND_INVALID"));
            list.Add((name, description));
        }
        Commands = list;
        return Ok(JsonValue.Create(true));
    }

    private async Task DownloadAsync(HttpContext ctx, string path)
    {
        var prefix = $"/file/bot{Token}/";
        (string Path, byte[] Bytes, string Name, string Mime) file = default;
        var found = false;
        lock (_gate)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
                foreach (var f in _files.Values.Where(f => f.Path == path[prefix.Length..]))
                {
                    file = f;
                    found = true;
                }
        }
        if (!found)
        {
            ctx.Response.StatusCode = 404;
            return;
        }
        ctx.Response.ContentType = file.Mime;
        await ctx.Response.Body.WriteAsync(file.Bytes);
    }

    // ---------------- helpers ----------------

    private (int, JsonObject)? Check(long chatId, Params p)
    {
        if (_blocked.Contains(chatId)) return (403, Error(403, "Forbidden: bot was blocked by the user"));
        foreach (var row in Buttons(p))
        foreach (var b in row)
            if (Encoding.UTF8.GetByteCount(b.Data) is 0 or > 64) return (400, Error(400, "Bad Request: BUTTON_DATA_INVALID"));
        if (ReplyTo(p) is { } reply && !_messages.ContainsKey(reply) && p.Json("reply_parameters")?["allow_sending_without_reply"]?.GetValue<bool>() != true)
            return (400, Error(400, "Bad Request: message to be replied not found"));
        return null;
    }

    private Fault? TakeFault(string method)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f => f.Remaining > 0 && (f.Method == method || (f.Method == "*" && method != "getUpdates")));
            if (fault is null) return null;
            fault.Remaining--;
            return fault;
        }
    }

    private static string DefaultDescription(int code, int? retryAfter) => code switch
    {
        429 => $"Too Many Requests: retry after {retryAfter ?? 1}",
        403 => "Forbidden: bot was blocked by the user",
        400 => "Bad Request: injected",
        _ => "Internal Server Error",
    };

    private JsonObject NewUserMessage(long userId, long chatId, long? replyTo)
    {
        var id = _nextMessageId++;
        var m = new JsonObject { ["message_id"] = id, ["from"] = UserJson(userId), ["chat"] = ChatJson(chatId), ["date"] = Now() };
        if (replyTo is { } r && _messages.TryGetValue(r, out var original)) m["reply_to_message"] = original.DeepClone();
        _messages[id] = m;
        return m;
    }

    private JsonObject NewBotMessage(long chatId, Params p)
    {
        var id = _nextMessageId++;
        var m = new JsonObject { ["message_id"] = id, ["from"] = BotUserJson(), ["chat"] = ChatJson(chatId), ["date"] = Now() };
        if (ReplyTo(p) is { } r && _messages.TryGetValue(r, out var original)) m["reply_to_message"] = original.DeepClone();
        if (p.Json("reply_markup") is { } markup) m["reply_markup"] = markup.DeepClone();
        return m;
    }

    private JsonObject Record(JsonObject message, BotMessage bot)
    {
        _messages[bot.MessageId] = message;
        _botMessages.Add(bot);
        return (JsonObject)message.DeepClone();
    }

    private long AddUpdate(string kind, JsonObject payload)
    {
        var id = _nextUpdateId++;
        _updates.Add(new JsonObject { ["update_id"] = id, [kind] = payload });
        _newUpdate.TrySetResult();
        _newUpdate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return id;
    }

    private string StoreFile(byte[] bytes, string name, string mime)
    {
        var id = $"file{++_nextFile}";
        _files[id] = ($"documents/{id}_{name}", bytes, name, mime);
        return id;
    }

    private static IReadOnlyList<IReadOnlyList<FakeButton>> Buttons(Params p) =>
        p.Json("reply_markup")?["inline_keyboard"] is JsonArray rows
            ? rows.Select(r => (IReadOnlyList<FakeButton>)r!.AsArray()
                .Select(b => new FakeButton(b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>() ?? "")).ToList()).ToList()
            : [];

    private static bool ButtonsEqual(IReadOnlyList<IReadOnlyList<FakeButton>> a, IReadOnlyList<IReadOnlyList<FakeButton>> b) =>
        a.Count == b.Count && a.Zip(b).All(x => x.First.SequenceEqual(x.Second));

    private static long? ReplyTo(Params p) =>
        p.Json("reply_parameters")?["message_id"]?.GetValue<long>() ?? p.Long("reply_to_message_id");

    /// <summary>Telegram counts the text after entity parsing.</summary>
    private static int VisibleLength(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")).Trim().Length;

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static JsonObject UserJson(long userId) =>
        new() { ["id"] = userId, ["is_bot"] = false, ["first_name"] = $"Người dùng {userId}", ["language_code"] = "vi" };

    private JsonObject BotUserJson(bool full = false)
    {
        var bot = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Trợ lý UBND", ["username"] = BotUsername };
        if (full) bot["can_join_groups"] = true;
        return bot;
    }

    private static JsonObject ChatJson(long chatId) => chatId < 0
        ? new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = $"Nhóm {chatId}" }
        : new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = $"Người dùng {chatId}" };

    private static (int, JsonObject) Ok(JsonNode result) => (200, new JsonObject { ["ok"] = true, ["result"] = result });

    private static JsonObject Error(int code, string description) =>
        new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };

    private static async Task Write(HttpContext ctx, int status, JsonObject body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(body.ToJsonString());
    }

    /// <summary>Parameters from the query string, a JSON body, a form or a multipart body (JSON-valued fields parsed).</summary>
    private sealed class Params
    {
        public Dictionary<string, JsonNode?> Values { get; } = [];
        public Dictionary<string, (string Name, byte[] Bytes)> Files { get; } = [];

        public string? String(string key) => Values.GetValueOrDefault(key) switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonNode n => n.ToJsonString(),
            _ => null,
        };

        public long? Long(string key) => Values.GetValueOrDefault(key) switch
        {
            JsonValue v when v.TryGetValue<long>(out var l) => l,
            JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, out var l) => l,
            _ => null,
        };

        public JsonNode? Json(string key) => Values.GetValueOrDefault(key) switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) && (s.StartsWith('{') || s.StartsWith('[')) => JsonNode.Parse(s),
            JsonObject or JsonArray => Values[key],
            _ => null,
        };
    }

    private static async Task<Params> ReadParamsAsync(HttpRequest request)
    {
        var p = new Params();
        foreach (var (k, v) in request.Query) p.Values[k] = JsonValue.Create(v.ToString());
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (k, v) in form) p.Values[k] = JsonValue.Create(v.ToString());
            foreach (var f in form.Files)
            {
                using var ms = new MemoryStream();
                await f.CopyToAsync(ms);
                p.Files[f.Name] = (f.FileName, ms.ToArray());
            }
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject body)
                foreach (var (k, v) in body) p.Values[k] = v?.DeepClone();
        }
        return p;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
