using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// Layouts read whole, beside the block-by-block reader (docs/PARSER.md, "Layouts read whole"): a to-do list's boxed items
/// (<see cref="ChecklistReader"/>) replace whatever the reader made of them; a task slip's field runs
/// (<see cref="FieldBlockReader"/>) add a task where the reader found none with a unit in those lines.
/// </summary>
internal static class LayoutKinds
{
    public static List<TaskDraft> With(IReadOnlyList<NoticeBlock> blocks, SourceText source, List<TaskDraft> drafts)
    {
        var index = new Dictionary<NoticeBlock, int>(blocks.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++) index[blocks[i]] = i;
        var changed = false;
        var boxed = ChecklistReader.Read(blocks, source);
        if (boxed.Count > 0)
        {
            drafts.RemoveAll(d => boxed.ContainsKey(index[d.Block]));
            foreach (var d in boxed.Values)
                if (d is not null) drafts.Add(d);
            changed = true;
        }
        foreach (var (draft, runBlocks) in FieldBlockReader.Read(blocks))
        {
            var run = new HashSet<int>(runBlocks);
            if (runBlocks.Exists(boxed.ContainsKey)) continue;
            // The reader already gave these lines a task with a unit ("Nội dung: …" then "Đơn vị chủ trì: …"): it stays.
            if (drafts.Exists(d => d.Lead is not null && Touches(d, run, index))) continue;
            drafts.RemoveAll(d => run.Contains(index[d.Block]));
            drafts.Add(draft);
            changed = true;
        }
        return changed ? [.. drafts.OrderBy(d => index[d.Block])] : drafts; // stable: the reader's order within a block
    }

    private static bool Touches(TaskDraft d, HashSet<int> run, Dictionary<NoticeBlock, int> index)
    {
        if (run.Contains(index[d.Block])) return true;
        foreach (var (b, _) in d.DeadlineSources)
            if (run.Contains(index[b])) return true;
        return d.Lead is { } l && run.Contains(index[l.Block]);
    }
}
