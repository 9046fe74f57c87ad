using ChatBot.Core.Parsing.Tasks;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// A decision establishing a team (docs/PARSER.md, "Layouts read whole"): "Điều 1. Thành lập Tổ công tác … (sau đây gọi là
/// Tổ công tác), gồm …:" then its members, "Ông/Bà/Đồng chí X, title - Tổ trưởng/Thành viên …". The member lines are no
/// tasks; duties in the next article ("Điều 2. Nhiệm vụ của Tổ công tác", "Điều 2. Tổ công tác có nhiệm vụ:") that name no
/// unit belong to the team, under the name the decision gives it. Only notices that write "thành lập" are looked at.
/// </summary>
internal static class TeamDecision
{
    private static readonly string[] Heads = ["to ", "ban ", "doan ", "hoi dong ", "nhom ", "doi ", "tieu ban "];
    private static readonly string[] Roles =
        ["to truong", "to pho", "thanh vien", "truong ban", "pho truong ban", "pho ban", "uy vien", "thu ky", "truong doan", "pho truong doan",
         "chu tich hoi dong", "pho chu tich hoi dong", "truong nhom", "doi truong", "doi pho", "thuong truc", "uy vien thuong truc"];
    private static readonly string[] Honorifics = ["ong ", "ba ", "dong chi ", "d/c ", "đ/c "];

    public static void Apply(IReadOnlyList<NoticeBlock> blocks, List<TaskDraft> drafts)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // Cheap gate on the text as written ("Thành lập", "thành lập"): no folded copy of blocks that never say it.
            if (b.Content.IndexOf("hành lập ", StringComparison.Ordinal) is < 0 or > 31) continue;
            var at = b.Folded.IndexOf("thanh lap ", StringComparison.Ordinal);
            if (at < 0 || at > 30) continue;
            if (Team(b, at + 10) is not { } team) continue;
            // The members: items right after the definition, a person with a title and a place in the team.
            var members = new HashSet<NoticeBlock>(ReferenceEqualityComparer.Instance);
            var k = i + 1;
            for (; k < blocks.Count && blocks[k].Style.Key != "Điều"; k++)
                if (IsMember(blocks[k])) members.Add(blocks[k]);
            if (members.Count > 0) drafts.RemoveAll(d => members.Contains(d.Block));
            // The duties: the first later article that speaks of them ("Điều 3. Nhiệm vụ của Tổ …"), else the next one; what
            // names no unit there (a decision's article, or a definition with its members).
            if (b.Style.Key != "Điều" && members.Count == 0) continue; // the title's "Về việc thành lập …"
            if (k >= blocks.Count) return;
            for (var a = k; a < blocks.Count; a++)
                if (blocks[a].Style.Key == "Điều" && blocks[a].Folded.IndexOf("nhiem vu", StringComparison.Ordinal) is >= 0 and < 60) { k = a; break; }
            var end = k + 1;
            while (end < blocks.Count && blocks[end].Style.Key != "Điều") end++;
            var scope = new HashSet<NoticeBlock>(ReferenceEqualityComparer.Instance);
            for (var j = k; j < end; j++) scope.Add(blocks[j]);
            foreach (var d in drafts)
                if (d.Lead is null && scope.Contains(d.Block)) d.FromHeading = team;
            return;
        }
    }

    // "Tổ công tác rà soát, cập nhật dữ liệu đất đai phường Phú Thượng (sau đây gọi là Tổ công tác), gồm …": the name up to
    // the bracket, ", gồm", " gồm", " có nhiệm vụ", or the end of the sentence.
    private static UnitRef? Team(NoticeBlock b, int start)
    {
        var f = b.Folded;
        var head = false;
        foreach (var h in Heads)
            if (string.CompareOrdinal(f, start, h, 0, h.Length) == 0) { head = true; break; }
        if (!head) return null;
        var end = f.Length;
        foreach (var stop in (ReadOnlySpan<string>)[" (", ", gom", " gom ", " gom:", ", co nhiem vu", " co nhiem vu", " do ", ":", ";", ". "])
            if (f.IndexOf(stop, start, StringComparison.Ordinal) is var s && s > start && s < end) end = s;
        while (end > start && b.Content[end - 1] is '.' or ' ' or ',') end--;
        if (end - start < 6) return null;
        return new UnitRef(b.Content[start..end], UnitKind.Organisation, b, start, end);
    }

    // "Ông Đinh Văn Lực, Phó Chủ tịch UBND phường - Tổ trưởng;", "Đồng chí X - Thành viên.", "Bà Y, chuyên viên: Thư ký".
    private static bool IsMember(NoticeBlock b)
    {
        if (b.Kind != BlockKind.Item) return false;
        var f = b.Folded;
        var person = false;
        foreach (var h in Honorifics)
            if (f.StartsWith(h, StringComparison.Ordinal)) { person = true; break; }
        if (!person) return false;
        var tail = f.TrimEnd(' ', ';', '.', ',');
        var cut = Math.Max(tail.LastIndexOf(" - ", StringComparison.Ordinal), Math.Max(tail.LastIndexOf(": ", StringComparison.Ordinal), tail.LastIndexOf(" – ", StringComparison.Ordinal)));
        var role = cut >= 0 ? tail[(cut + 3)..].Trim() : tail.LastIndexOf('(') is var p && p > 0 ? tail[(p + 1)..].TrimEnd(')') : "";
        foreach (var r in Roles)
            if (role.StartsWith(r, StringComparison.Ordinal) && role.Length <= r.Length + 16) return true;
        return false;
    }
}
