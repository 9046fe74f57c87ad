using ChatBot.Core.Common;
using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// The parts of a notice (docs/PARSER.md, "The document model"): the header and preamble (who, when, why), the body
/// (directive sections, "tổ chức thực hiện", the assignment list), the closing ("Trên đây …", "Nơi nhận", signature) and
/// appendix tables. This finds where the body starts; the task reader ends it at the closing.
/// </summary>
internal static class DocumentRegions
{
    private static readonly string[] LeadInWords = ["yeu cau", "de nghi", "giao ", "chi dao", "ket luan", "nhu sau", "cu the", "noi dung sau", "nhiem vu sau", "sau:"];

    /// <summary>
    /// The first block of the body: a numbered item or a table, or a lead-in paragraph that introduces a list ("… yêu cầu
    /// các xã thực hiện các nội dung sau:", kept in the body so the items under it inherit its unit); with neither,
    /// the first paragraph that gives an order to a unit (news write-ups: "Kết luận, Chủ tịch UBND xã đề nghị …").
    /// </summary>
    public static int BodyStart(IReadOnlyList<NoticeBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.TableRow && TaskTableReader.IsTaskHeader(b.Content)) return IncludeLeadIn(blocks, i);
            if (b.Kind == BlockKind.Item && !b.Style.IsBullet) return IncludeLeadIn(blocks, i);
            if (b.Kind != BlockKind.Paragraph) continue;
            var f = b.Folded;
            if (Sections.IsClosing(f)) break;
            if (IsListLeadIn(b, f)) return i;
        }
        // No visible structure: the first paragraph with an order to a named unit, or the first bullet labelled with a
        // unit (a chat-group post: "👉 P.VH-XH: chuẩn bị …", read as "- P.VH-XH: …").
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.TableRow) continue;
            var f = b.Folded;
            if (Sections.IsClosing(f)) break;
            if (b.Kind == BlockKind.Item && b.Style.IsBullet ? IsUnitLabelled(b) || UnitBullets.IsUnitHeading(blocks, i) : GivesOrder(b)) return i;
        }
        // Only an appendix table after the signature ("PHỤ LỤC PHÂN CÔNG NHIỆM VỤ"): the task reader reads tables past the closing.
        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i].Kind == BlockKind.TableRow && TaskTableReader.IsTaskHeader(blocks[i].Content)) return i;
        return blocks.Count;
    }

    // "Chủ tịch UBND phường kết luận như sau:" right before "1. …" belongs to the body: its unit (if any) leads the items.
    private static int IncludeLeadIn(IReadOnlyList<NoticeBlock> blocks, int i)
    {
        if (i > 0 && blocks[i - 1].Kind == BlockKind.Paragraph && blocks[i - 1].Content.EndsWith(':')
            && IsListLeadIn(blocks[i - 1], blocks[i - 1].Folded)) return i - 1;
        return i;
    }

    internal static bool IsListLeadIn(NoticeBlock b, string folded) =>
        b.Content.EndsWith(':') && b.Content.Length > 30 && LeadInWords.Any(w => folded.Contains(w, StringComparison.Ordinal));

    // "- Công an phường: tăng cường …", "- Phòng KT, HT&ĐT - lập hồ sơ …": a unit, then a colon or a dash, then the work.
    private static bool IsUnitLabelled(NoticeBlock b)
    {
        var a = Addressees.Leading(b.Content, b.Lower);
        if (a.Lead is not { } lead || lead.Start > 2) return false;
        var k = lead.End;
        while (k < b.Content.Length && b.Content[k] == ' ') k++;
        return k < b.Content.Length - 1 && b.Content[k] is ':' or '-' or '–' or '+';
    }

    private static readonly string[] AssignmentOpeners = ["theo kế hoạch,", "theo kế hoạch này,", "theo đó,", "theo phân công,", "theo chỉ đạo,", "theo phương án,"];

    private static bool GivesOrder(NoticeBlock b)
    {
        foreach (var s in Clauses.Sentences(b.Content))
        {
            var text = b.Content[s.Start..s.End];
            var lower = VietnameseText.LowerInvariant(text);
            var a = Addressees.Leading(text, lower);
            if (a.Lead is not null && a.ViaDirectiveVerb || Addressees.HasSpeakerOrder(lower)) return true;
            // "Đồng chí nhấn mạnh, UBND xã cần …", "X cho biết, UBND phường giao Y …": the order a speaker's report carries.
            if ((a.Lead is null || a.Statement) && TaskReader.ReportedClause(text, lower) is not null) return true;
            // "Theo kế hoạch, Sở Y tế chủ trì …", "Theo đó, UBND các huyện tự kiểm tra …": a plan's assignments retold.
            if (a.Lead is not null && !a.Statement && Sections.StartsAny(lower, AssignmentOpeners)) return true;
            // A news write-up's "…, UBND xã (tiếp tục) chỉ đạo các ban ấp …": the commune's direction retold, the orders follow.
            if (GovernmentDirects(text, lower)) return true;
        }
        return false;
    }

    private static readonly string[] Governments = ["ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân ", "đảng ủy ", "đảng uỷ "];

    // "<UBND|Đảng ủy> <level> [tiếp tục] chỉ đạo <a unit the grammar reads>": gated on the words " chỉ đạo ".
    internal static bool GovernmentDirects(string text, string lower)
    {
        var k = lower.IndexOf(" chỉ đạo ", StringComparison.Ordinal);
        if (k < 0) return false;
        var before = lower[..k];
        if (before.EndsWith(" tiếp tục", StringComparison.Ordinal)) before = before[..^9];
        var comma = before.LastIndexOf(',');
        var start = comma + 1;
        while (start < before.Length && before[start] == ' ') start++;
        var subject = before[start..];
        var ok = false;
        foreach (var g in Governments)
            if (subject.StartsWith(g, StringComparison.Ordinal) && subject.Length - g.Length is > 1 and < 40) { ok = true; break; }
        // The subject is that government and nothing more ("UBND xã", not "Kế hoạch của … UBND xã về việc").
        if (!ok || Units.UnitGrammar.Read(text, lower, start) is not { } s || s.End != before.Length) return false;
        var at = k + 9;
        return Units.UnitGrammar.Read(text, lower, at) is { } u && u.Start == at;
    }
}
