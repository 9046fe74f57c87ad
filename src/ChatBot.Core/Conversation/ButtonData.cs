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
    /// <summary>The clerk's Xác nhận giao / Bỏ on an imported draft; <paramref name="Anyway"/>: «Vẫn giao» after being told
    /// that some tasks would reach nobody.</summary>
    public sealed record DecideDocument(int DocumentId, bool Confirm, bool Anyway = false) : ButtonAction;

    // ---- corrections of a draft in chat

    /// <summary>The unit name task N's notice wrote means this directory unit (learnt as an alias; the draft's tasks with that name follow).</summary>
    public sealed record MapUnit(int TaskId, int UnitId) : ButtonAction;
    /// <summary>Create a unit named as task N's notice wrote it.</summary>
    public sealed record CreateUnit(int TaskId) : ButtonAction;
    /// <summary>«Xem tiếp»: page N of a notice's task list.</summary>
    public sealed record DocumentPage(int DocumentId, int Page) : ButtonAction;
    /// <summary>A pick among the readings the bot offered (dialog id, option 1–9; 0 = "Không phải", change nothing).</summary>
    public sealed record Pick(int DialogId, int Option) : ButtonAction;
}

/// <summary>The one codec of button callback data ("st:12:done", "ext:12:ok", "doc:3:no", "um:12:4", "dp:3:2", "pick:7:2"; ≤ 64 bytes on Telegram).
/// Buttons are built with <see cref="Encode"/> and presses read with <see cref="Decode"/>; nothing else spells the format.</summary>
public static class ButtonData
{
    public static string Encode(ButtonAction action) => action switch
    {
        ButtonAction.SetStatus s => Join("st", s.TaskId, StatusCode(s.Status)),
        ButtonAction.DecideExtension e => Join("ext", e.TaskId, e.Approve ? "ok" : "no"),
        ButtonAction.DecideDocument d => Join("doc", d.DocumentId, !d.Confirm ? "no" : d.Anyway ? "go" : "ok"),
        ButtonAction.MapUnit m => Join("um", m.TaskId, Number(m.UnitId)),
        ButtonAction.CreateUnit c => Join("uc", c.TaskId, "new"),
        ButtonAction.DocumentPage p => Join("dp", p.DocumentId, Number(p.Page)),
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
            ("doc", "ok" or "no" or "go") => new ButtonAction.DecideDocument(id, parts[2] != "no", parts[2] == "go"),
            ("um", var unit) when Positive(unit) is { } unitId => new ButtonAction.MapUnit(id, unitId),
            ("uc", "new") => new ButtonAction.CreateUnit(id),
            ("dp", var page) when Positive(page) is { } p => new ButtonAction.DocumentPage(id, p),
            ("pick", [>= '0' and <= '9'] digit) => new ButtonAction.Pick(id, digit[0] - '0'),
            _ => null,
        };
    }

    private static string Number(int n) => n > 0 ? n.ToString(CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(n), n, "must be positive");

    private static int? Positive(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

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
