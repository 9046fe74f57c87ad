using ChatBot.Core.Common;
using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// The legend a table's short column or cell names are spelled out in (docs/PARSER.md, "Layouts read whole"): a paragraph
/// "Ghi chú: VP - Văn phòng HĐND và UBND phường; P.VH-XH - Phòng Văn hóa - Xã hội; …" (also "Chú thích:", "Ký hiệu:",
/// "Viết tắt:", "Chữ viết tắt:", "Chú giải:"), before or after the table. A unit a table row names by one of its codes
/// (a responsibility matrix's column, a unit cell) becomes the name the legend gives; a bare "VP" with no legend is the
/// ward's office, as in a routing slip.
/// </summary>
internal static class TableLegend
{
    private static readonly string[] Labels = ["ghi chu:", "chu thich:", "ky hieu:", "viet tat:", "chu viet tat:", "chu giai:", "ky hieu trong bang:", "ghi chu ky hieu:"];

    public static void Apply(IReadOnlyList<NoticeBlock> blocks, List<TaskDraft> drafts)
    {
        Dictionary<string, string>? legend = null;
        var fromTables = false;
        foreach (var d in drafts)
            if (d.Block.Kind == BlockKind.TableRow) { fromTables = true; break; }
        if (!fromTables) return;
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.TableRow || b.Content.Length > 1200 || char.ToLowerInvariant(b.Content[0]) is not ('g' or 'c' or 'k' or 'v')
                || b.Content.IndexOf(':') is < 6 or > 24) continue;
            foreach (var label in Labels)
                if (b.Folded.StartsWith(label, StringComparison.Ordinal)) { Read(b.Content, label.Length, legend ??= new(StringComparer.Ordinal)); break; }
        }
        foreach (var d in drafts)
        {
            if (d.Block.Kind != BlockKind.TableRow) continue;
            if (d.Own is { } own) d.Own = Spelled(own, legend);
            if (d.Assigned is { } assigned) d.Assigned = Spelled(assigned, legend);
            for (var k = 0; k < d.Cooperating.Count; k++) d.Cooperating[k] = Spelled(d.Cooperating[k], legend);
        }
    }

    private static UnitRef Spelled(UnitRef r, Dictionary<string, string>? legend)
    {
        if (r.Block.Kind != BlockKind.TableRow) return r;
        if (legend is not null && legend.TryGetValue(Key(r.Name), out var name)) return r with { Name = name };
        return r.Name == "VP" ? r with { Name = "VP HĐND-UBND" } : r;
    }

    private static string Key(string code) => Fold.Key(code).Replace(" ", "", StringComparison.Ordinal);

    // "VP - Văn phòng …; P.VH-XH - Phòng Văn hóa - Xã hội; CA phường: Công an phường": code, the first " - " / ":" / "=", name.
    private static void Read(string content, int from, Dictionary<string, string> legend)
    {
        foreach (var raw in content[from..].Split(';'))
        {
            var part = raw.Trim().TrimEnd('.', ' ');
            var cut = -1;
            var width = 0;
            foreach (var sep in (ReadOnlySpan<string>)[" - ", " – ", " — ", ": ", " = "])
                if (part.IndexOf(sep, StringComparison.Ordinal) is var k && k > 0 && (cut < 0 || k < cut)) { cut = k; width = sep.Length; }
            if (cut is < 1 or > 20) continue;
            var code = part[..cut].Trim();
            var name = part[(cut + width)..].Trim();
            // A code is short and written with capitals ("VP", "TT PVHCC", "CA phường"); the name has words of its own.
            if (!code.Any(char.IsUpper) || name.Split(' ').Length < 2) continue;
            legend.TryAdd(Key(code), name);
        }
    }
}
