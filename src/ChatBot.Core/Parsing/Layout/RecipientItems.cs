using System.Text.RegularExpressions;
using ChatBot.Core.Parsing.Tasks;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// Units given by item number in the recipients' list (docs/PARSER.md, "Layouts read whole"): a conclusion lists its items
/// with no unit ("1. Lập biên bản hiện trạng …") and says who does which under "Nơi nhận:" — "- Phòng KT, HT&amp;ĐT (thực
/// hiện các mục 1, 2, 4);", "- Đội QLTTĐT phường (thực hiện mục 3, 6);", "- Công an phường (chủ trì nội dung 5)", "- Trạm Y
/// tế (phối hợp mục 2)". Each cited item with no unit of its own gets the recipient (after "phối hợp" it cooperates). Gated
/// on a "Nơi nhận" block: only the few lines after it are looked at.
/// </summary>
internal static partial class RecipientItems
{
    [GeneratedRegex(@"(?:^|[-–+•;]\s*)(?<unit>[^\-–+•;()\n][^;()\n]{1,70}?)\s*\((?<verb>[^()]{0,30}?)\b(?:các\s+)?(?:mục|nội dung|nhiệm vụ|điểm)\s+(?:số\s+)?(?<refs>\d{1,2}(?:\s*(?:,|và|;)\s*\d{1,2})*)\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Recipient();

    public static void Apply(IReadOnlyList<NoticeBlock> blocks, List<TaskDraft> drafts)
    {
        var start = -1;
        for (var i = blocks.Count - 1; i >= 0 && i >= blocks.Count - 60; i--)
            if (blocks[i].Content is { Length: > 8 } c && c[0] is 'N' or 'n' && blocks[i].Folded.StartsWith("noi nhan", StringComparison.Ordinal)) { start = i; break; }
        if (start < 0) return;
        for (var i = start; i < blocks.Count && i <= start + 20; i++)
        {
            var b = blocks[i];
            var c = b.Content; // no folded or lower-case copy of the lines after the closing
            if (c.IndexOf('(') < 0 || c.IndexOf("mục ", StringComparison.OrdinalIgnoreCase) < 0 && c.IndexOf("nội dung ", StringComparison.OrdinalIgnoreCase) < 0
                && c.IndexOf("nhiệm vụ ", StringComparison.OrdinalIgnoreCase) < 0 && c.IndexOf("điểm ", StringComparison.OrdinalIgnoreCase) < 0) continue;
            foreach (Match m in Recipient().Matches(b.Content))
            {
                var verb = m.Groups["verb"].Value.Trim().ToLowerInvariant();
                if (verb.Length > 0 && !(verb.Contains("thực hiện") || verb.Contains("chủ trì") || verb.Contains("phụ trách") || verb.Contains("phối hợp") || verb.StartsWith("để"))) continue;
                var cooperates = verb.Contains("phối hợp");
                var g = m.Groups["unit"];
                var raw = g.Value.Trim();
                if (raw.StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase)) raw = raw[8..].TrimStart(' ', ':');
                if (raw.Length < 2) continue;
                var at = g.Index + g.Value.IndexOf(raw, StringComparison.Ordinal);
                var lower = VietnameseText.LowerInvariant(raw);
                var unit = UnitGrammar.Read(raw, lower, 0) is { } u && u.End >= raw.Length - 1
                    ? UnitRef.From(u, b, at)
                    : new UnitRef(UnitNames.Tidy(raw), UnitKind.Organisation, b, at, at + raw.Length);
                foreach (var r in m.Groups["refs"].Value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (r == "và") continue;
                    var item = Item(blocks, start, r.TrimStart('0').Length == 0 ? r : r.TrimStart('0'));
                    if (item is null) continue;
                    foreach (var d in drafts)
                    {
                        if (!ReferenceEquals(d.Block, item)) continue;
                        if (cooperates) { if (!d.Cooperating.Exists(c => c.Name == unit.Name)) d.Cooperating.Add(unit); }
                        else if (d.Lead is null) d.Assigned = unit;
                    }
                }
            }
        }
    }

    // The last numbered item "N." before the recipients.
    private static NoticeBlock? Item(IReadOnlyList<NoticeBlock> blocks, int before, string marker)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Item && !b.Style.IsBullet && b.Marker.TrimEnd('.', ')') == marker) return b;
        }
        return null;
    }
}
