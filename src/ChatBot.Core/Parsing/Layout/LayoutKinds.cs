using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// Layouts read whole, beside the block-by-block reader (docs/PARSER.md, "Layouts read whole"): a to-do list's boxed items
/// (<see cref="ChecklistReader"/>) replace whatever the reader made of them; a task slip's field runs
/// (<see cref="FieldBlockReader"/>) add a task where the reader found none with a unit in those lines.
/// </summary>
internal static class LayoutKinds
{
    /// <summary>The task reader's drafts from the body (from an assignment label before it, see <see cref="AssignmentLabel"/>), with the layouts read whole.</summary>
    public static List<TaskDraft> Read(IReadOnlyList<NoticeBlock> blocks, SourceText source, int bodyStart) =>
        RecordFallback.Apply(blocks, source, With(blocks, source, TaskReader.Read(blocks, AssignmentLabel(blocks, bodyStart) ?? bodyStart)), bodyStart);

    private static readonly string[] AssignmentLabels =
        ["phan cong", "phan cong thuc hien", "phan cong nhiem vu", "phan cong cu the", "giao nhiem vu", "nhiem vu cu the"];

    /// <summary>
    /// An announcement's short label over a list ("Phân công:", "Phân công thực hiện:", "Giao nhiệm vụ:" then "- Trạm Y tế
    /// phường chuẩn bị …") before the body the regions found: the body starts there, so the items under it are read as a
    /// lead-in's items. Null when there is none before <paramref name="bodyStart"/>.
    /// </summary>
    private static int? AssignmentLabel(IReadOnlyList<NoticeBlock> blocks, int bodyStart)
    {
        for (var i = 0; i + 1 < Math.Min(blocks.Count, bodyStart); i++)
        {
            var b = blocks[i];
            if (b.Kind != BlockKind.Paragraph || !b.Content.EndsWith(':') || blocks[i + 1].Kind != BlockKind.Item || !blocks[i + 1].Style.IsBullet) continue;
            var label = b.Folded.AsSpan(0, b.Content.Length - 1).Trim();
            foreach (var l in AssignmentLabels)
                if (label.SequenceEqual(l)) return i;
        }
        return null;
    }

    public static List<TaskDraft> With(IReadOnlyList<NoticeBlock> blocks, SourceText source, List<TaskDraft> drafts)
    {
        // Block positions, built only when a layout was read whole (most notices have none): hashing every block by
        // identity was ≈ 3 % of a parse (docs/BENCHMARKS.md, session 27).
        Dictionary<NoticeBlock, int>? positions = null;
        Dictionary<NoticeBlock, int> Index()
        {
            if (positions is not null) return positions;
            positions = new Dictionary<NoticeBlock, int>(blocks.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < blocks.Count; i++) positions[blocks[i]] = i;
            return positions;
        }
        var changed = false;
        var boxed = ChecklistReader.Read(blocks, source);
        if (boxed.Count > 0)
        {
            var index = Index();
            drafts.RemoveAll(d => boxed.ContainsKey(index[d.Block]));
            foreach (var d in boxed.Values)
                if (d is not null) drafts.Add(d);
            changed = true;
        }
        foreach (var (draft, runBlocks) in FieldBlockReader.Read(blocks))
        {
            var run = new HashSet<int>(runBlocks);
            if (runBlocks.Exists(boxed.ContainsKey)) continue;
            var index = Index();
            // The reader already gave these lines a task with a unit ("Nội dung: …" then "Đơn vị chủ trì: …"): it stays.
            if (drafts.Exists(d => d.Lead is not null && Touches(d, run, index))) continue;
            drafts.RemoveAll(d => run.Contains(index[d.Block]));
            drafts.Add(draft);
            changed = true;
        }
        // Whole-notice readings over the drafts (each gated by a cheap word or character check): a team's decision, units
        // assigned by item reference, deadline headings, a table's legend.
        DeadlineLines.Apply(blocks, drafts);
        AgreementItems.Apply(drafts);
        UnitBullets.Apply(blocks, drafts);
        TeamDecision.Apply(blocks, drafts);
        ItemReferences.Apply(blocks, drafts);
        RecipientItems.Apply(blocks, drafts);
        DeadlineHeadings.Apply(blocks, drafts);
        changed |= WeekGrid.Apply(blocks, drafts); // before the legend, which spells out its column codes
        TableLegend.Apply(blocks, drafts);
        return changed ? [.. drafts.OrderBy(d => Index()[d.Block])] : drafts; // stable: the reader's order within a block
    }

    private static bool Touches(TaskDraft d, HashSet<int> run, Dictionary<NoticeBlock, int> index)
    {
        if (run.Contains(index[d.Block])) return true;
        foreach (var (b, _) in d.DeadlineSources)
            if (run.Contains(index[b])) return true;
        return d.Lead is { } l && run.Contains(index[l.Block]);
    }
}
