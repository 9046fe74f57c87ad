using ChatBot.Core.Tasks;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Reads what an official or the chief typed into an <see cref="Intent"/>: pure, deterministic, linear in the text.
/// Stages: normalise and fold (<see cref="Message"/>) → find the document and task references (<see cref="References"/>)
/// → negation scope and intent rules (<see cref="StatusReader"/>, <see cref="QuestionReader"/>) → dates and windows
/// (<see cref="DateReader"/>, <see cref="WindowReader"/>). Slash commands are left to the command parser.
/// </summary>
public static class ReplyUnderstander
{
    /// <summary>Longer texts are not replies (a pasted notice, a forwarded letter): they are not read.</summary>
    public const int MaxLength = 1500;

    private static readonly Intent.NotUnderstood Nothing = new();

    public static Intent Read(string? text, UnderstandingContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLength || trimmed[0] == '/') return Nothing;

        var m = new Message(trimmed);
        var refs = References.Find(m, ctx);
        var asking = QuestionReader.IsAsking(m, refs.Used, ctx);
        var question = QuestionReader.Read(m, refs, ctx, asking);
        var status = Status(m, refs, ctx);

        // A question wins when the message asks, when nothing else was said, or when the chief states no task.
        // A request for more time stays a request even when phrased as a question ("#5 lùi sang thứ 2 được không anh?").
        if (question is not null && status is Intent.Extension && question.Kind == QuestionKind.OneTask) return status;
        if (question is not null && (asking || status is null || ctx.WritesForWard && NoTasks(status)))
            return question;
        return status ?? Nothing;
    }

    /// <summary>The first date or duration in a short answer ("20/7", "thứ Sáu tuần sau", "thêm 5 ngày", "cuối tháng"),
    /// as an extension request would read it; null when there is none. For the host's "to which date?" question.</summary>
    public static ExtensionDate? ReadDate(string? text, UnderstandingContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLength) return null;
        var m = new Message(trimmed);
        return DateReader.Find(m, 0, m.Count, new bool[m.Count], ctx)?.When;
    }

    /// <summary>What a question asked, in Vietnamese ("Việc đến hạn của Phòng Kinh tế trong tuần này (06/07–12/07)"):
    /// the host says it again with the unit as the directory names it.</summary>
    public static string Describe(QuestionKind kind, string? unit, bool ownUnit, DocumentRef? document, DateWindow? window) =>
        QuestionReader.Describe(kind, unit, ownUnit, document, window);

    /// <summary>Status, extension, unsure or several, with the tasks attached; null when the text says none of these.</summary>
    private static Intent? Status(Message m, References refs, UnderstandingContext ctx)
    {
        if (refs.Groups.Count >= 2 && Several(m, refs, ctx) is { } several) return several;
        var reading = StatusReader.Read(m, 0, m.Count, refs.Used, ctx, out var onlyIfTargeted);
        var targets = refs.Targets(ctx);
        // A bare "ok" means "received" only from an official answering a task; the chief's "ok" acknowledges a report.
        if (reading is null || onlyIfTargeted && (targets.Count == 0 || ctx.WritesForWard)) return null;
        return WithTasks(reading, targets);
    }

    /// <summary>"#12 xong, #13 đang làm 50%": each group of references read with the words up to the next group.
    /// A group with no words of its own ("#12 và cả #13 xong") shares the next group's reading; a group whose words
    /// say nothing ("#6 thì em hỏi lại") is left out. Parts are statuses, extensions or unsure readings.</summary>
    private static Intent? Several(Message m, References refs, UnderstandingContext ctx)
    {
        var parts = new List<Intent>();
        var pending = new List<TaskRef>();
        for (var g = 0; g < refs.Groups.Count; g++)
        {
            var from = g == 0 ? 0 : refs.Groups[g].From;
            var to = g + 1 < refs.Groups.Count ? refs.Groups[g + 1].From : m.Count;
            pending.AddRange(refs.Groups[g].Refs);
            if (g + 1 < refs.Groups.Count && !HasWords(m, refs, refs.Groups[g].To, to)) continue;
            var reading = StatusReader.Read(m, from, to, refs.Used, ctx, out var onlyIfTargeted);
            // "#12 xong #13 chưa", "5 xong, 6 chưa ạ": a group with a bare "not yet" beside others is not done yet.
            if (reading is null && g > 0 && OnlyNotYet(m, refs, refs.Groups[g].To, to)) reading = new Intent.Status([], new StatusChange(WorkStatus.InProgress));
            if (reading is Intent.Status or Intent.Extension or Intent.Unsure && !onlyIfTargeted) parts.Add(WithTasks(reading, [.. pending.Distinct()]));
            pending.Clear();
        }
        if (parts.Count == 0) return null;
        if (parts.Count == 1) return parts[0];
        var changes = parts.OfType<Intent.Status>().Select(s => s.Change).Distinct().ToList();
        if (parts.All(p => p is Intent.Status) && changes.Count == 1)
            return new Intent.Status([.. parts.SelectMany(p => ((Intent.Status)p).Tasks).Distinct()], changes[0]);
        return new Intent.Several(parts);
    }

    /// <summary>"chưa" (or "chưa đâu", "chưa ạ") and nothing else but particles between from and to.</summary>
    private static bool OnlyNotYet(Message m, References refs, int from, int to)
    {
        var seen = false;
        for (var i = from; i < to; i++)
        {
            if (refs.Used[i] || !m.T[i].IsWord && !m.T[i].IsNumber) continue;
            if (m.T[i].W == "chua" && !seen) seen = true;
            else if (!m.T[i].IsWord || !Words.Particles.Contains(m.T[i].W) && !Words.Vocatives.Contains(m.T[i].W) && m.T[i].W != "dau") return false;
        }
        return seen;
    }

    /// <summary>Any word between two groups besides joiners ("và", "cả", "với") and particles.</summary>
    private static bool HasWords(Message m, References refs, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!refs.Used[i] && m.T[i].IsWord && m.T[i].W is not ("va" or "ca" or "voi" or "cung") && !Words.Particles.Contains(m.T[i].W))
                return true;
        return false;
    }

    private static Intent WithTasks(Intent reading, IReadOnlyList<TaskRef> tasks) => reading switch
    {
        Intent.Status s => s with { Tasks = tasks },
        Intent.Extension e => e with { Tasks = tasks },
        Intent.Unsure u => u with { Tasks = tasks },
        _ => reading,
    };

    private static bool NoTasks(Intent status) => status switch
    {
        Intent.Status s => s.Tasks.Count == 0,
        Intent.Unsure u => u.Tasks.Count == 0,
        Intent.Extension e => e.Tasks.Count == 0,
        _ => false,
    };
}
