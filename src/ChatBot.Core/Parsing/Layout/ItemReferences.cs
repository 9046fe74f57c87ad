using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// Units assigned by item reference (docs/PARSER.md, "Layouts read whole"): a plan lists its work with no unit
/// ("II. NỘI DUNG / 1. Rà soát …"), then assigns it by citing the items: "X chủ trì thực hiện các nội dung tại mục II.1 và
/// II.4", "X chủ trì nhiệm vụ (1), (3)", "…; phối hợp với Y thực hiện mục II.4". Each cited item with no unit of its own
/// gets X (cited after "phối hợp", X cooperates on it). A line that only cites is no task; a clause of its own on it ("…;
/// tổng hợp, báo cáo … trước ngày …") keeps it one. Beside such lines, "Các phòng, đơn vị khác … phối hợp thực hiện." orders
/// nothing new. Only lines that write "mục", "nội dung" or "nhiệm vụ" (accents kept: "mức 2" cites nothing) are looked at.
/// </summary>
internal static class ItemReferences
{
    private static readonly string[] Keywords = ["mục ", "nội dung ", "nhiệm vụ "]; // with accents: "mức 2" is no "mục 2"

    public static void Apply(IReadOnlyList<NoticeBlock> blocks, List<TaskDraft> drafts)
    {
        Dictionary<NoticeBlock, int>? index = null;
        List<TaskDraft>? citing = null;
        foreach (var d in drafts)
        {
            // Cheap gate: a unit of its own and one of the keywords followed by a figure or "(" somewhere.
            if (d.Own is null || d.Block.Kind == BlockKind.TableRow || !MayCite(d.Block.Lower)) continue;
            index ??= Index(blocks);
            var refs = References(blocks, index, d, drafts);
            if (refs.Count == 0) continue;
            (citing ??= []).Add(d);
            var own = d.Own.Value;
            foreach (var (target, cooperates) in refs)
                foreach (var t in drafts)
                {
                    if (!ReferenceEquals(t.Block, target) || ReferenceEquals(t, d)) continue;
                    if (cooperates) { if (!t.Cooperating.Exists(c => c.Name == own.Name)) t.Cooperating.Add(own); }
                    else if (t.Lead is null) t.Assigned = own;
                }
        }
        if (citing is null) return;
        var remove = new HashSet<TaskDraft>(ReferenceEqualityComparer.Instance);
        foreach (var d in citing)
            if (OnlyCites(d)) remove.Add(d);
        // "Các phòng, đơn vị khác căn cứ chức năng, nhiệm vụ phối hợp thực hiện." among the citing lines.
        foreach (var d in drafts)
        {
            if (remove.Contains(d) || citing.Contains(d)) continue;
            var f = d.Block.Folded[d.Text.Start..d.Text.End].TrimEnd(' ', '.', ';');
            if (!f.EndsWith("phoi hop thuc hien", StringComparison.Ordinal) || f.Length > 120) continue;
            var i = index![d.Block];
            if (citing.Exists(c => Math.Abs(index[c.Block] - i) <= 2)) remove.Add(d);
        }
        drafts.RemoveAll(remove.Contains);
    }

    private static Dictionary<NoticeBlock, int> Index(IReadOnlyList<NoticeBlock> blocks)
    {
        var index = new Dictionary<NoticeBlock, int>(blocks.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++) index[blocks[i]] = i;
        return index;
    }

    // A keyword, then (after "số ", "tại mục " …) a number, "(" and a number, or a roman numeral and a dot: nothing allocated.
    private static bool MayCite(string lower)
    {
        foreach (var k in Keywords)
            for (var at = lower.IndexOf(k, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(k, at + 1, StringComparison.Ordinal))
            {
                var p = at + k.Length;
                foreach (var skip in Skips)
                    if (string.CompareOrdinal(lower, p, skip, 0, skip.Length) == 0) { p += skip.Length; break; }
                if (p >= lower.Length) continue;
                if (char.IsDigit(lower[p]) || lower[p] == '(' && p + 1 < lower.Length && char.IsDigit(lower[p + 1])) return true;
                var r = p;
                while (r < lower.Length && lower[r] is 'i' or 'v' or 'x') r++;
                if (r > p && r + 1 < lower.Length && lower[r] == '.' && char.IsDigit(lower[r + 1])) return true;
            }
        return false;
    }

    private static readonly string[] Skips = ["số ", "tại mục ", "ở mục ", "tại ", "thuộc mục ", "mục "];

    // The clauses of the draft's text split at ";" — each a (start, end) of the block's text.
    private static List<(int Start, int End)> ClausesOf(TaskDraft d)
    {
        var list = new List<(int, int)>();
        var f = d.Block.Lower;
        var s = d.Text.Start;
        for (var k = d.Text.Start; k <= d.Text.End; k++)
            if (k == d.Text.End || f[k] == ';')
            {
                if (k > s) list.Add((s, k));
                s = k + 1;
            }
        return list;
    }

    // The items the draft cites, with whether it only cooperates on them.
    private static List<(NoticeBlock Target, bool Cooperates)> References(IReadOnlyList<NoticeBlock> blocks, Dictionary<NoticeBlock, int> index, TaskDraft d, List<TaskDraft> drafts)
    {
        var found = new List<(NoticeBlock, bool)>();
        var f = d.Block.Lower;
        foreach (var (start, end) in ClausesOf(d))
        {
            var clause = f[start..end];
            if (!Assigns(clause, out var verbAt)) continue;
            var cooperates = clause.IndexOf("phối hợp", StringComparison.Ordinal) is var p && p >= 0 && p < verbAt + 12;
            foreach (var r in Refs(clause, verbAt))
                if (Resolve(blocks, index, d.Block, r, drafts) is { } target) found.Add((target, cooperates));
        }
        return found;
    }

    // "chủ trì (thực hiện) …", "thực hiện …", "phối hợp (với Y) thực hiện …", "phụ trách …" before the cited items.
    private static bool Assigns(string clause, out int verbAt)
    {
        verbAt = -1;
        foreach (var v in (ReadOnlySpan<string>)["chủ trì", "thực hiện", "phối hợp", "phụ trách"])
            if (clause.IndexOf(v, StringComparison.Ordinal) is var k && k >= 0 && (verbAt < 0 || k < verbAt)) verbAt = k;
        return verbAt >= 0;
    }

    /// <summary>"(các) nội dung tại mục II.1 và II.4", "nhiệm vụ (1), (3)", "mục 2, 5" after the verb at <paramref name="from"/>:
    /// the cited numbers, lower case.</summary>
    internal static List<string> Refs(string clause, int from)
    {
        var refs = new List<string>();
        foreach (var k in Keywords)
            for (var at = clause.IndexOf(k, from, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(k, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetter(clause[at - 1])) continue;
                var p = at + k.Length;
                foreach (var skip in Skips)
                    if (string.CompareOrdinal(clause, p, skip, 0, skip.Length) == 0) { p += skip.Length; break; }
                while (Ref(clause, ref p) is { } r)
                {
                    refs.Add(r);
                    if (string.CompareOrdinal(clause, p, ", ", 0, 2) == 0) p += 2;
                    else if (string.CompareOrdinal(clause, p, " và ", 0, 4) == 0) p += 4;
                    else if (string.CompareOrdinal(clause, p, ",", 0, 1) == 0) p += 1;
                    else break;
                    if (string.CompareOrdinal(clause, p, "mục ", 0, 4) == 0) p += 4;
                }
            }
        return refs;
    }

    // "ii.2", "2", "2.3", "(1)": a reference at p (p moves past it); a legal citation ("khoản 2 Điều 5", "2/2025") is none.
    private static string? Ref(string s, ref int p)
    {
        var i = p;
        if (i < s.Length && s[i] == '(')
        {
            var close = s.IndexOf(')', i);
            if (close is < 0 || close - i > 3 || close == i + 1) return null;
            for (var k = i + 1; k < close; k++) if (!char.IsDigit(s[k])) return null;
            p = close + 1;
            return s[i..p];
        }
        var romanEnd = i;
        while (romanEnd < s.Length && s[romanEnd] is 'i' or 'v' or 'x') romanEnd++;
        if (romanEnd > i && (romanEnd >= s.Length || s[romanEnd] != '.')) return null;
        var j = romanEnd > i ? romanEnd + 1 : i;
        var parts = 0;
        while (true)
        {
            var ds = j;
            while (j < s.Length && char.IsDigit(s[j]) && j - ds < 3) j++;
            if (j == ds || j - ds > 2) return null;
            parts++;
            if (j + 1 < s.Length && s[j] == '.' && char.IsDigit(s[j + 1])) { j++; continue; }
            break;
        }
        if (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] == '/')) return null;
        if (string.CompareOrdinal(s, j, " điều", 0, 5) == 0) return null;
        p = j;
        return s[i..j];
    }

    // The item a reference names: "ii.2" the item "2" under the heading "II"; "2.3" the item so marked; "2", "(1)" the last such
    // item before the citing line outside its own list that is a task with no unit.
    private static NoticeBlock? Resolve(IReadOnlyList<NoticeBlock> blocks, Dictionary<NoticeBlock, int> index, NoticeBlock citing, string r, List<TaskDraft> drafts)
    {
        var at = index[citing];
        string? roman = null;
        var marker = r;
        if (r[0] == '(') marker = r[1..^1];
        else if (r.IndexOf('.') is var dot && dot > 0 && r[0] is 'i' or 'v' or 'x') { roman = r[..dot]; marker = r[(dot + 1)..]; }
        var inRoman = roman is null;
        NoticeBlock? best = null;
        string? citingRoman = null;
        string? currentRoman = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Item && b.Style.Key == "I.") currentRoman = b.Marker.ToLowerInvariant();
            if (i == at) citingRoman = currentRoman;
        }
        currentRoman = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind != BlockKind.Item) continue;
            if (b.Style.Key == "I.")
            {
                currentRoman = b.Marker.ToLowerInvariant();
                inRoman = roman is null || currentRoman == roman;
                continue;
            }
            if (!inRoman || i == at || b.Marker != marker) continue;
            if (r[0] == '(' != (b.Style.Key == "(1)")) continue;
            if (roman is null && currentRoman == citingRoman && citingRoman is not null) continue; // its own list
            if (!drafts.Exists(t => ReferenceEquals(t.Block, b))) continue;
            if (roman is not null) return b;
            if (i < at) best = b;
        }
        return best;
    }

    // Every clause of the line cites items: it orders nothing of its own.
    private static bool OnlyCites(TaskDraft d)
    {
        var f = d.Block.Lower;
        foreach (var (start, end) in ClausesOf(d))
        {
            var clause = f[start..end];
            if (!Assigns(clause, out var verbAt) || Refs(clause, verbAt).Count == 0) return false;
        }
        return true;
    }
}
