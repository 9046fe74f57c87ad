using System.Globalization;
using ChatBot.Core.Tasks;

namespace ChatBot.Core.Conversation;

/// <summary>What a pressed inline button asks for.</summary>
public abstract record ButtonAction
{
    /// <summary>Đã nhận / Đang làm / Hoàn thành / Vướng mắc on a task.</summary>
    public sealed record SetStatus(int TaskId, WorkStatus Status) : ButtonAction;
    /// <summary>A leader's Duyệt / Từ chối on an extension request.</summary>
    public sealed record DecideExtension(int TaskId, bool Approve) : ButtonAction;
    /// <summary>The clerk's Xác nhận giao / Bỏ on an imported draft.</summary>
    public sealed record DecideDocument(int DocumentId, bool Confirm) : ButtonAction;
    /// <summary>A pick among the readings the bot offered (dialog id, option 1–9; 0 = "Không phải", change nothing).</summary>
    public sealed record Pick(int DialogId, int Option) : ButtonAction;
}

/// <summary>The one codec of button callback data ("st:12:done", "ext:12:ok", "doc:3:no", "pick:7:2"; ≤ 64 bytes on Telegram).
/// Buttons are built with <see cref="Encode"/> and presses read with <see cref="Decode"/>; nothing else spells the format.</summary>
public static class ButtonData
{
    public static string Encode(ButtonAction action) => action switch
    {
        ButtonAction.SetStatus s => Join("st", s.TaskId, StatusCode(s.Status)),
        ButtonAction.DecideExtension e => Join("ext", e.TaskId, e.Approve ? "ok" : "no"),
        ButtonAction.DecideDocument d => Join("doc", d.DocumentId, d.Confirm ? "ok" : "no"),
        ButtonAction.Pick p when p.Option is >= 0 and <= 9 => Join("pick", p.DialogId, p.Option.ToString(CultureInfo.InvariantCulture)),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>The action of a button's data; null for data this bot never wrote (an old or forged button).</summary>
    public static ButtonAction? Decode(string? data)
    {
        var parts = (data ?? "").Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0) return null;
        return (parts[0], parts[2]) switch
        {
            ("st", var code) when Status(code) is { } status => new ButtonAction.SetStatus(id, status),
            ("ext", "ok" or "no") => new ButtonAction.DecideExtension(id, parts[2] == "ok"),
            ("doc", "ok" or "no") => new ButtonAction.DecideDocument(id, parts[2] == "ok"),
            ("pick", [>= '0' and <= '9'] digit) => new ButtonAction.Pick(id, digit[0] - '0'),
            _ => null,
        };
    }

    private static string Join(string kind, int id, string what) => $"{kind}:{id.ToString(CultureInfo.InvariantCulture)}:{what}";

    private static string StatusCode(WorkStatus status) => status switch
    {
        WorkStatus.Acknowledged => "ack",
        WorkStatus.InProgress => "prog",
        WorkStatus.Done => "done",
        WorkStatus.Blocked => "block",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "no button for this status"),
    };

    private static WorkStatus? Status(string code) => code switch
    {
        "ack" => WorkStatus.Acknowledged,
        "prog" => WorkStatus.InProgress,
        "done" => WorkStatus.Done,
        "block" => WorkStatus.Blocked,
        _ => null,
    };
}
