using ChatBot.Core.Directory;

namespace ChatBot.Core.Understanding;

/// <summary>What the understander needs beside the text: the ward's today, who writes, and what the message replies to.</summary>
public sealed record UnderstandingContext(DateOnly Today)
{
    public Role Writer { get; init; } = Role.Staff;

    /// <summary>The task number of the task message this message replies to, if any.</summary>
    public int? RepliedTask { get; init; }

    /// <summary>The number of items of the numbered list this message replies to (or that the chat was just shown):
    /// bare numbers up to this count ("1, 3 xong") are list items, not task numbers.</summary>
    public int? ListCount { get; init; }

    /// <summary>The ward's working days (default Monday to Friday); pass the ward calendar's IsWorkingDay.</summary>
    public Func<DateOnly, bool> IsWorkingDay { get; init; } = d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Optional names and aliases of the ward's units; a question naming one gets that name back.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    internal bool WritesForWard => Writer is Role.Leader or Role.Clerk;
}
