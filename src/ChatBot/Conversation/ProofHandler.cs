using ChatBot.Channels;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.Extensions.Options;

namespace ChatBot.Conversation;

/// <summary>Proof of work: a photo or file sent as a reply to a task message, or with "#12" in its caption, is kept with the
/// task (bytes up to Conversation:MaxProofBytes, a line in the task's history). What the caption says besides ("xong") is
/// then handled as if typed alone, so "xong" with a photo records both.</summary>
public sealed partial class ProofHandler(ChatBotDb db, TaskQueries queries, IEnumerable<IChatChannel> channels, WardClock clock, IOptions<ConversationOptions> options)
{
    /// <summary>Whether a file is meant as proof of work rather than a notice to import: it answers a task message, its caption
    /// names a task, or it is a photo (never a notice).</summary>
    public static bool IsProof(ChatContext ctx, InboundFile file, Command caption) =>
        ctx.RepliedTaskId is not null || file.Photo || TasksOf(caption, ctx.Text).Count > 0;

    /// <summary>Keeps the file with each task it is about; returns the tasks it was kept for.</summary>
    public async Task<IReadOnlyList<int>> AttachAsync(ChatContext ctx, InboundFile file, Command caption, CancellationToken ct)
    {
        var missing = new List<string>();
        var refs = TasksOf(caption, ctx.Text);
        var ids = refs.Count > 0 ? ctx.Resolve(refs, missing) : ctx.RepliedTaskId is { } replied ? [replied] : [];
        if (ids.Count == 0)
            throw new UserFacingException(missing.FirstOrDefault() ??
                "Ảnh/tệp này là minh chứng cho nhiệm vụ nào? Xin gửi lại bằng cách trả lời đúng tin nhắn của nhiệm vụ, hoặc ghi số trong chú thích, ví dụ: #12 xong.");
        var max = options.Value.MaxProofBytes;
        if (file.Size is { } size && size > max)
            throw new UserFacingException($"Tệp quá lớn ({Size(size)}). Minh chứng tối đa {options.Value.MaxProofText()}; xin gửi ảnh nhỏ hơn hoặc tệp nén.");
        var tasks = new List<WorkTask>();
        foreach (var id in ids) tasks.Add(await queries.VisibleTaskAsync(ctx.Me, id, ct));
        var channel = channels.FirstOrDefault(c => c.Name == ctx.Message.Channel) ?? throw new UserFacingException("Kênh này không nhận tệp.");
        byte[] content;
        try { content = await channel.DownloadAsync(file, max, ct); }
        catch (ChannelFileException e) { throw new UserFacingException(e.Message); }
        if (content.Length > max)
            throw new UserFacingException($"Tệp quá lớn ({Size(content.Length)}). Minh chứng tối đa {options.Value.MaxProofText()}; xin gửi ảnh nhỏ hơn hoặc tệp nén.");

        var now = clock.UtcNow;
        var name = FileName(file);
        foreach (var task in tasks)
        {
            db.TaskAttachments.Add(new TaskAttachment
            {
                TaskId = task.Id, FileName = name, MimeType = file.MimeType, Size = content.Length, Content = content,
                Caption = string.IsNullOrWhiteSpace(ctx.Text) ? null : ctx.Text, At = now,
                OfficialId = ctx.Me.Id, ActorName = ctx.Me.Name, Channel = ctx.Message.Channel,
            });
            task.Correct("attachment", null, $"{name} ({Size(content.Length)})", ctx.Actor(string.IsNullOrWhiteSpace(ctx.Text) ? $"[tệp] {name}" : ctx.Text), now);
        }
        ctx.Reply.Say($"📎 Đã lưu minh chứng cho {DialogTexts.Tasks(ids)}: {TaskTexts.Esc(name)} ({Size(content.Length)}).", taskId: ids.Count == 1 ? ids[0] : null);
        return ids;
    }

    /// <summary>The tasks a caption names as read ("#12 xong", "1 xong" on a list), else every "#12" in it ("#12 ảnh hiện trường").</summary>
    private static IReadOnlyList<Core.Understanding.TaskRef> TasksOf(Command caption, string text) =>
        TasksOf(caption) is { Count: > 0 } read ? read
            : [.. HashNumber().Matches(text).Select(m => int.TryParse(m.Groups[1].Value, out var n) ? n : 0).Where(n => n > 0).Distinct().Select(Core.Understanding.TaskRef.Task)];

    [System.Text.RegularExpressions.GeneratedRegex(@"#\s?(\d{1,9})\b")]
    private static partial System.Text.RegularExpressions.Regex HashNumber();

    /// <summary>The tasks a caption names: "#12 xong", "#12", "1 xong" on a list.</summary>
    private static IReadOnlyList<Core.Understanding.TaskRef> TasksOf(Command caption) => caption switch
    {
        Command.SetStatus s => s.Tasks,
        Command.AskStatus a => a.Tasks,
        Command.Extend e => e.Tasks,
        Command.Several several => [.. several.Parts.SelectMany(TasksOf).Distinct()],
        Command.ShowTask t => [Core.Understanding.TaskRef.Task(t.TaskId)],
        Command.Update { TaskId: { } id } => [Core.Understanding.TaskRef.Task(id)],
        _ => [],
    };

    /// <summary>What the caption asks besides the proof ("xong", "đang làm 80%"); null when it only named the task.</summary>
    public static Command? AlsoAsked(Command caption) => caption switch
    {
        Command.SetStatus or Command.AskStatus or Command.Extend or Command.Several => caption,
        _ => null,
    };

    private static string FileName(InboundFile file)
    {
        var name = Path.GetFileName((file.FileName ?? "").Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(name) ? "tep" : name.Length > 200 ? name[^200..] : name;
    }

    /// <summary>"850 KB", "2,4 MB".</summary>
    public static string Size(long bytes) =>
        bytes < 1024 * 1024
            ? $"{Math.Max(1, (bytes + 1023) / 1024)} KB"
            : (bytes / (1024 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') + " MB";
}
