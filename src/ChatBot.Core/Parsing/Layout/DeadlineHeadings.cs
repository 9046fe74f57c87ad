using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// Deadlines written as headings over the items they date (docs/PARSER.md, "Layouts read whole"): a roadmap's "Mốc 1 —
/// Trước ngày 31/01/2026", "Giai đoạn 2 (từ ngày 01/3 đến hết ngày 14/3/2026)", "Đợt 3: Ngày bầu cử (15/3/2026)", or a bare
/// "Trước ngày 20/10/2026:" over a list. The heading is no task, is short, opens with a stage word (Mốc, Giai đoạn, Đợt,
/// Bước, Tuần) or a deadline word (Trước, Chậm nhất, Hạn, Thời hạn, Từ ngày, Tháng, Quý), and a date, month or range is
/// read in it like a table's deadline cell (a window: its end). Every task under it up to the next heading ("Mốc 5 — Sau
/// ngày bầu cử", with no date, dates nothing) takes that date when its own words give none.
/// </summary>
internal static class DeadlineHeadings
{
    private static readonly string[] StageWords = ["moc ", "giai doan ", "dot ", "buoc ", "tuan "];
    private static readonly string[] CueWords = ["truoc ", "cham nhat ", "han ", "thoi han", "tu ngay ", "den ngay ", "thang ", "quy ", "trong thang ", "trong quy "];

    public static void Apply(IReadOnlyList<NoticeBlock> blocks, List<TaskDraft> drafts)
    {
        if (drafts.Count == 0) return;
        // Nothing is allocated until a heading of this kind is found right over an item.
        List<(int Index, Clause Clause)>? found = null;
        for (var i = 0; i + 1 < blocks.Count; i++)
            if (blocks[i + 1].Kind == BlockKind.Item && Heading(blocks[i]) is { } clause) (found ??= []).Add((i, clause));
        if (found is null) return;
        var tasks = new HashSet<NoticeBlock>(ReferenceEqualityComparer.Instance);
        foreach (var d in drafts) tasks.Add(d.Block);
        var byBlock = new Dictionary<NoticeBlock, DeadlineHeading>(ReferenceEqualityComparer.Instance);
        HashSet<NoticeBlock>? headings = null;
        var next = 0;
        DeadlineHeading? current = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // A heading of this kind over items dates what follows (read as a task when a lead-in held it: it is none).
            if (next < found.Count && found[next].Index == i)
            {
                current = new DeadlineHeading(b, found[next++].Clause);
                if (tasks.Contains(b)) (headings ??= new(ReferenceEqualityComparer.Instance)).Add(b);
                continue;
            }
            if (tasks.Contains(b))
            {
                if (current is { } c) byBlock[b] = c;
                continue;
            }
            current = null; // any other heading or paragraph ends it
        }
        if (byBlock.Count == 0) return;
        if (headings is not null) drafts.RemoveAll(d => headings.Contains(d.Block));
        foreach (var d in drafts)
            if (d.HeadingDeadline is null && byBlock.TryGetValue(d.Block, out var h)) d.HeadingDeadline = h;
    }

    // "Mốc 1 — Trước ngày 31/01/2026": the clause from the stage word on; null when the block is no deadline heading.
    private static Clause? Heading(NoticeBlock b)
    {
        var c = b.Content;
        if (b.Kind == BlockKind.TableRow || c.Length is < 6 or > 110 || b.Style.IsBullet) return null;
        // Cheap gate before any folded copy: the first letter of a stage or deadline word (Mốc, Giai đoạn, Đợt, Bước, Tuần,
        // Trước, Từ, Tháng, Thời hạn, Chậm nhất, Hạn, Quý, Đến).
        if (char.ToLowerInvariant(c[0]) is not ('m' or 'g' or 'đ' or 'b' or 't' or 'c' or 'h' or 'q')) return null;
        var digit = false;
        foreach (var ch in c) if (char.IsDigit(ch)) { digit = true; break; }
        if (!digit && c.IndexOf(" I", StringComparison.Ordinal) < 0) return null; // a date, a month or a quarter
        var f = b.Folded.AsSpan().TrimEnd(":. ");
        var words = f.Count(' ') + 1;
        var colon = c.AsSpan().TrimEnd().EndsWith(":");
        if (c.AsSpan().TrimEnd().EndsWith(".") && words > 9) return null; // a sentence
        var rest = 0;
        var staged = false;
        foreach (var s in StageWords)
            if (f.StartsWith(s, StringComparison.Ordinal))
            {
                // "Mốc 1 — ", "Giai đoạn II: ", "Đợt 3 (": the stage's number and separator.
                rest = s.Length;
                while (rest < f.Length && (char.IsLetterOrDigit(f[rest]) && rest - s.Length < 5)) rest++;
                while (rest < f.Length && f[rest] is ' ' or '-' or '—' or '–' or ':' or '.' or '(' or ',') rest++;
                staged = rest > s.Length;
                break;
            }
        if (!staged)
        {
            var cue = false;
            foreach (var w in CueWords)
                if (f.StartsWith(w, StringComparison.Ordinal)) { cue = true; break; }
            // Unstaged, a heading is a label over a list ("Trước ngày 20/10/2026:") or a few words, never a dated sentence.
            if (!cue || !colon && (c.Contains(',') || words > 8)) return null;
        }
        if (words > 17) return null;
        var clause = new Clause(rest, c.Length);
        return DeadlineParser.MatchCell(c[rest..], 2000, null) is null ? null : clause;
    }
}
