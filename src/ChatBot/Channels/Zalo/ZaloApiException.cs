namespace ChatBot.Channels.Zalo;

/// <summary>A failed Zalo call: ok:false (even with HTTP 200), a non-JSON HTTP error, a timeout or a network error. The message never holds the token.</summary>
public sealed class ZaloApiException(string method, int? errorCode, string description, bool isTimeout = false, Exception? inner = null)
    : Exception($"Zalo {method} failed: {(errorCode is { } c ? c + " " : "")}{description}", inner)
{
    public string Method { get; } = method;
    public int? ErrorCode { get; } = errorCode;
    public string Description { get; } = description;
    public bool IsTimeout { get; } = isTimeout;

    /// <summary>401, or 403 on getMe: the token is wrong or revoked.</summary>
    public bool IsTokenProblem => ErrorCode == 401 || (ErrorCode == 403 && Method == "getMe");

    /// <summary>Worth retrying later: timeouts, network errors, rate limits and server errors.</summary>
    public bool IsTransient => IsTimeout || ErrorCode is null or 408 or 429 or >= 500;
}
