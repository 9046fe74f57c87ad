namespace ChatBot.Core.Tasks;

public enum DocumentState { Draft, Assigned, Cancelled }

/// <summary>An imported notice: metadata, the original file and text. Content hash makes re-imports idempotent.</summary>
public sealed class NoticeDocument
{
    public int Id { get; set; }
    public int WardId { get; set; }
    public required string ContentHash { get; set; }
    /// <summary>The <see cref="NoticeFingerprint"/> of its text: the same notice as another file type or pasted is the same
    /// document. Null for documents imported before it existed.</summary>
    public string? TextHash { get; set; }
    public required string FileName { get; set; }
    public string? Kind { get; set; }
    public string? Symbol { get; set; }
    public string? Number { get; set; }
    public string? Place { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? MeetingOn { get; set; }
    public string? ChairedBy { get; set; }
    public string? SignedBy { get; set; }
    public string? Subject { get; set; }
    public byte[] Original { get; set; } = [];
    public string Text { get; set; } = "";
    public DocumentState State { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int? ImportedByOfficialId { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }
    /// <summary>Set when confirming was held back because some tasks would reach nobody: a hash of who. A second
    /// confirmation with the same tasks unreached goes ahead.</summary>
    public string? ConfirmAskedFor { get; set; }
    /// <summary>How many parts of the notice the parser gave up on (<see cref="Parsing.ParsedNotice.Skipped"/>): their
    /// tasks are missing from the draft, so the review says so until the notice is assigned.</summary>
    public int SkippedParts { get; set; }
    public List<WorkTask> Tasks { get; set; } = [];

    /// <summary>A short name for messages: "TB số 12/TB-UBND ngày 03/06/2026" or the subject.</summary>
    public string Title()
    {
        var kind = Kind switch { "thong_bao" => "Thông báo", "cong_van" => "Công văn", "ke_hoach" => "Kế hoạch", "quyet_dinh" => "Quyết định", _ => "Văn bản" };
        var symbol = Symbol is null ? "" : Number is null ? $" {Symbol}" : $" số {Number}/{Symbol}";
        var date = (IssuedOn ?? MeetingOn) is { } d ? $" ngày {d:dd/MM/yyyy}" : "";
        var title = $"{kind}{symbol}{date}";
        return Subject is { Length: > 0 } s && Symbol is null ? $"{kind}: {s}" : title;
    }
}
