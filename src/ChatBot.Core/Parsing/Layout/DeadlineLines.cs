using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// A deadline written as the next item of a list (docs/PARSER.md, "Layouts read whole"): a slide outline or a to-do list
/// puts the task on one sub-bullet and "Hạn: 15/11", "Thời hạn: trong tháng 12/2026", "Hạn hoàn thành: hằng tháng, trước
/// ngày 05" on the next one, of the same style. That line is no task: its words are read for the deadline and recurrence
/// of the task before it. Gated on a draft whose text opens with one of those labels.
/// </summary>
internal static class DeadlineLines
{
    private static readonly string[] Labels = ["han:", "han -", "thoi han:", "han hoan thanh:", "thoi han hoan thanh:", "thoi gian hoan thanh:", "hoan thanh truoc:", "deadline:"];

    public static void Apply(IReadOnlyList<NoticeBlock> blocks, List<TaskDraft> drafts)
    {
        Dictionary<NoticeBlock, int>? index = null;
        HashSet<TaskDraft>? remove = null;
        for (var k = 1; k < drafts.Count; k++)
        {
            var d = drafts[k];
            var b = d.Block;
            if (b.Kind != BlockKind.Item || b.Content.Length > 120 || b.Folded.Length == 0 || b.Folded[0] is not ('h' or 't' or 'd') || !IsLabel(b.Folded)) continue;
            index ??= Index(blocks);
            var at = index[b];
            if (at == 0) continue;
            var before = blocks[at - 1];
            if (before.Kind != BlockKind.Item || before.Style != b.Style) continue;
            var task = drafts[k - 1];
            if (!ReferenceEquals(task.Block, before) || task.DeadlineCell is not null) continue;
            if (task.DeadlineSources.Count == 0) task.DeadlineSources.Add((before, task.Text));
            task.DeadlineSources.Add((b, new Clause(0, b.Content.Length)));
            task.RecurrenceCell ??= b.Content; // "Hạn: hằng tháng, trước ngày 05": how often
            (remove ??= new(ReferenceEqualityComparer.Instance)).Add(d);
        }
        if (remove is not null) drafts.RemoveAll(remove.Contains);
    }

    private static bool IsLabel(string folded)
    {
        foreach (var l in Labels)
            if (folded.StartsWith(l, System.StringComparison.Ordinal)) return true;
        return false;
    }

    private static Dictionary<NoticeBlock, int> Index(IReadOnlyList<NoticeBlock> blocks)
    {
        var index = new Dictionary<NoticeBlock, int>(blocks.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++) index[blocks[i]] = i;
        return index;
    }
}
