using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// A conclusion's item that only agrees (docs/PARSER.md, "Grids, recipients, outlines and news directions"): "1. Thống nhất
/// đánh giá kết quả …", "Nhất trí với dự thảo …", "Đồng ý chủ trương …" with no unit and no order in it is the meeting's
/// record, no task; "Thống nhất giao X …", "Thống nhất chỉ đạo X …" stay tasks. Gated on a unit-less draft whose folded text
/// opens with one of those words.
/// </summary>
internal static class AgreementItems
{
    private static readonly string[] Openers = ["thong nhat ", "nhat tri ", "dong y "];
    private static readonly string[] Orders = [" giao ", " de nghi ", " yeu cau ", " chi dao ", " phan cong "];

    public static void Apply(List<TaskDraft> drafts) =>
        drafts.RemoveAll(d =>
        {
            if (d.Lead is not null || d.Text.End - d.Text.Start < 12) return false;
            var f = d.Block.Folded.AsSpan(d.Text.Start, d.Text.End - d.Text.Start).TrimStart();
            if (f.Length == 0 || f[0] is not ('t' or 'n' or 'd')) return false;
            var opens = false;
            foreach (var o in Openers)
                if (f.StartsWith(o, StringComparison.Ordinal)) { opens = true; break; }
            if (!opens) return false;
            foreach (var o in Orders)
                if (f.IndexOf(o, StringComparison.Ordinal) >= 0) return false;
            return true;
        });
}
