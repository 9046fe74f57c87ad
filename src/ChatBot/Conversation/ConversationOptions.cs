using System.ComponentModel.DataAnnotations;

namespace ChatBot.Conversation;

/// <summary>Section <c>Conversation</c>: how long the bot waits for an answer to its own question, the size limit of a
/// proof of work, and when a long answer is summarised and paged instead of sent whole.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>A pick, a date, a reason or "xem tiếp" is awaited this long; after that the question is forgotten.</summary>
    [Range(1, 10080, ErrorMessage = "Conversation:DialogMinutes phải từ 1 đến 10080 (một tuần).")]
    public int DialogMinutes { get; set; } = 60;

    /// <summary>10 MB: the largest photo or file kept as proof of work.</summary>
    [Range(1024, 50L * 1024 * 1024, ErrorMessage = "Conversation:MaxProofBytes phải từ 1024 đến 52428800 (50 MB).")]
    public long MaxProofBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>A list answer that would need more messages than this (at the channel's length) is summarised and paged.</summary>
    [Range(1, 100, ErrorMessage = "Conversation:MaxAnswerParts phải từ 1 đến 100.")]
    public int MaxAnswerParts { get; set; } = 10;

    /// <summary>Items per page of a summarised long answer ("xem tiếp" shows the next ones).</summary>
    [Range(5, 500, ErrorMessage = "Conversation:PageSize phải từ 5 đến 500.")]
    public int PageSize { get; set; } = 50;

    public string MaxProofText() => $"{MaxProofBytes / (1024 * 1024.0):0.#} MB";
}
