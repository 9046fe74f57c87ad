namespace ChatBot.Core.Tasks;

/// <summary>A photo or file an official sent as proof of work on a task (a reply to the task, or "#12" in its caption).
/// The bytes are kept in the database up to a size limit (Conversation:MaxProofBytes); lists read only the columns they show.</summary>
public sealed class TaskAttachment
{
    public long Id { get; set; }
    public int TaskId { get; set; }
    public required string FileName { get; set; }
    public string? MimeType { get; set; }
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
    /// <summary>The words sent with it, as typed.</summary>
    public string? Caption { get; set; }
    public DateTimeOffset At { get; set; }
    public int? OfficialId { get; set; }
    public string? ActorName { get; set; }
    public required string Channel { get; set; }
}
