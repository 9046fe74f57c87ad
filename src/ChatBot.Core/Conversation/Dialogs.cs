using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Core.Tasks;

namespace ChatBot.Core.Conversation;

/// <summary>What the bot waits for in one chat after it asked something: a pick among readings, the date or the reason of
/// an extension, the reason of a difficulty, or "xem tiếp" of a long answer. Stored per chat (as JSON) until answered,
/// replaced by a newer question, cancelled or expired.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ChoiceDialog), "choice")]
[JsonDerivedType(typeof(ExtensionDialog), "extension")]
[JsonDerivedType(typeof(ReasonDialog), "reason")]
[JsonDerivedType(typeof(PagingDialog), "page")]
public abstract record Dialog
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The dialog stored as JSON; null for text this version cannot read (then it is simply dropped).</summary>
    public static Dialog? FromJson(string json)
    {
        try { return JsonSerializer.Deserialize<Dialog>(json, Json); }
        catch (JsonException) { return null; }
        catch (NotSupportedException) { return null; }
    }
}

/// <summary>A numbered choice ("1 = xong, 2 = đang làm"); option <i>n</i> runs its actions (none: keep things as they are).</summary>
/// <param name="Raw">The words that led to the question, kept in the history with the pick.</param>
public sealed record ChoiceDialog(IReadOnlyList<ChoiceOption> Options, string Raw) : Dialog;

public sealed record ChoiceOption(string Label, IReadOnlyList<StatusAction> Actions);

/// <summary>One status to set on one task; a Blocked action without a reason asks for it next.</summary>
public sealed record StatusAction(int TaskId, WorkStatus Status, int? Percent = null, string? Reason = null);

public enum ExtensionStep
{
    /// <summary>"Gia hạn #5 đến ngày nào?"</summary>
    Date,
    /// <summary>An approximate date ("cuối tuần") read back: "… — đúng không?"</summary>
    ConfirmDate,
    /// <summary>"Lý do xin gia hạn?"</summary>
    Reason,
}

/// <summary>A request for more time being put together in turns. <see cref="Date"/> is the date asked for; <see cref="MoreDays"/>
/// ("thêm 5 ngày") is added to each task's own deadline when the request is filed.</summary>
public sealed record ExtensionDialog(IReadOnlyList<int> Tasks, ExtensionStep Step, string Raw) : Dialog
{
    public DateOnly? Date { get; init; }
    public int? MoreDays { get; init; }
    public bool WorkingDays { get; init; }
    public string? Reason { get; init; }
    /// <summary>Answers that were not a date, so far (the second one ends the dialog).</summary>
    public int Misses { get; init; }
}

/// <summary>"Vướng mắc gì ạ?": the next words are the reason for these tasks.</summary>
public sealed record ReasonDialog(IReadOnlyList<int> Tasks, string Raw) : Dialog;

/// <summary>A long answer shown in pages: "xem tiếp" shows the items after the first <see cref="Shown"/>.</summary>
public sealed record PagingDialog(QuestionSpec Spec, int Shown) : Dialog;
