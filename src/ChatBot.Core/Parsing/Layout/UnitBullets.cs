using ChatBot.Core.Parsing.Tasks;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// A bullet that only names units, over sub-items (docs/PARSER.md, "Layouts read whole"): a slide outline's "• P.KT-HT-ĐT"
/// or "• P.KT-HT-ĐT + Đội QLTTĐT" with "◦ …" tasks under it. The units joined by "+" are a heading, not one name and no
/// task: the first leads the items under it, the others cooperate. Gated on a bullet draft whose text holds " + ".
/// </summary>
internal static class UnitBullets
{
    /// <summary>A bullet whose whole text is one unit (a bare "- P.KT-HT-ĐT", "- Trạm Y tế phường:") over an item of another style.</summary>
    internal static bool IsUnitHeading(IReadOnlyList<NoticeBlock> blocks, int i)
    {
        var b = blocks[i];
        if (b.Kind != BlockKind.Item || !b.Style.IsBullet || b.Content.Length > 80 || i + 1 >= blocks.Count) return false;
        var next = blocks[i + 1];
        if (next.Kind != BlockKind.Item || next.Style == b.Style) return false;
        return Units(b) is { Count: > 0 };
    }

    // "A + B + C" (or one unit alone), each part read whole by the grammar: the units, else null.
    private static List<(UnitMention Unit, int At)>? Units(NoticeBlock b)
    {
        var text = b.Content.TrimEnd(':', '.', ' ');
        var list = new List<(UnitMention, int)>();
        var at = 0;
        foreach (var part in text.Split('+'))
        {
            var raw = part.Trim();
            var start = at + part.IndexOf(raw, System.StringComparison.Ordinal);
            at += part.Length + 1;
            if (raw.Length == 0) return null;
            var lower = VietnameseText.LowerInvariant(raw);
            if (UnitGrammar.Read(raw, lower, 0) is not { } u || u.End < raw.Length) return null;
            list.Add((u, start));
        }
        return list;
    }

    public static void Apply(IReadOnlyList<NoticeBlock> blocks, List<TaskDraft> drafts)
    {
        HashSet<TaskDraft>? remove = null;
        foreach (var d in drafts)
        {
            var b = d.Block;
            if (b.Kind != BlockKind.Item || !b.Style.IsBullet || b.Content.IndexOf(" + ", System.StringComparison.Ordinal) < 0 || b.Content.Length > 80) continue;
            if (Units(b) is not { Count: >= 2 } units) continue;
            var lead = UnitRef.From(units[0].Unit, b, units[0].At);
            var found = false;
            foreach (var t in drafts)
            {
                if (ReferenceEquals(t, d)) continue;
                if (t.FromHeading is { } h && ReferenceEquals(h.Block, b) || t.Own is { } o && ReferenceEquals(o.Block, b) && !ReferenceEquals(t.Block, b))
                {
                    if (t.Own is { } own && ReferenceEquals(own.Block, b)) t.Own = null;
                    t.FromHeading = lead;
                    t.HeadingCooperating.RemoveAll(c => ReferenceEquals(c.Block, b));
                    for (var k = 1; k < units.Count; k++) t.HeadingCooperating.Add(UnitRef.From(units[k].Unit, b, units[k].At));
                    found = true;
                }
            }
            if (found) (remove ??= new(ReferenceEqualityComparer.Instance)).Add(d);
        }
        if (remove is not null) drafts.RemoveAll(remove.Contains);
    }
}
