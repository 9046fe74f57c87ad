using System.Text;
using ChatBot.Core.Parsing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 25 (parser12a), kind 3: notices built from the shapes real notices are made of — numbered and bulleted items
/// in every numbering, lead-ins that name the unit once ("X thực hiện các nội dung sau:"), items whose first sentence has
/// no unit and whose tail lists units ("Thành phần mời dự gồm: X, Y"), pipe tables with group rows and empty cells, prose
/// orders, blank lines and page numbers — never make the parser throw, never fail a block (a block that throws is
/// contained and recorded), and never give a task with empty text. Random strings (PropertyTests) rarely hit such shapes;
/// these generators do: with bc30a17's guard in TaskReader.EnumerationStart reverted, this property finds fresh4 510's
/// crash within its 250 cases.
/// </summary>
public class ParserRobustnessPropertyTests
{
    private static readonly string[] Units =
    [
        "Phòng Văn hóa - Xã hội", "Công an phường", "TT PVHCC", "Văn phòng HĐND và UBND phường", "Trạm Y tế phường",
        "các tổ dân phố", "Đoàn Thanh niên phường", "Phòng KT, HT&ĐT", "Thường trực Đảng ủy",
    ];

    private static readonly string[] Works =
    [
        "Tổ chức hội nghị quán triệt kế hoạch", "Rà soát danh sách hộ nghèo trên địa bàn", "Chuẩn bị hội trường cho buổi lễ",
        "Kiểm tra an toàn phòng cháy tại chợ", "Họp triển khai công tác tháng", "Tuyên truyền trên loa truyền thanh",
        "Tổng hợp kết quả, báo cáo UBND phường",
    ];

    private static readonly string[] Tails =
    [
        "", ".", "; hoàn thành trước ngày 20/4/2026.", ", hằng tuần báo cáo.", ". Thành phần mời dự gồm: {u}, {u}, các trường học trên địa bàn.",
        ". Khách mời gồm: {u} và {u}.", ". Tham dự gồm: {u}, {u}.", " (giao {u} chủ trì).", " - {u} thực hiện.", ": {u} thực hiện.",
        ". Thời gian: Quý IV/2026.",
    ];

    private static readonly string[] Markers = ["1.", "2)", "(3)", "a)", "b.", "II.", "-", "+", "•", "*", "Điều 2."];

    private static readonly string[] LeadIns =
    [
        "{u} thực hiện các nội dung sau:", "Giao {u} thực hiện các nội dung sau:", "{u} có trách nhiệm:", "Đối với {u}:",
        "UBND phường An Bình xây dựng kế hoạch với các nội dung sau:", "Chủ tịch UBND phường kết luận như sau:", "Đề nghị {u}:",
    ];

    private static readonly string[] Furniture = ["", "- 2 -", "Trang 3", "3", "|", ":", "-", "1.", "a)", "Nơi nhận:", "./."];

    private static Gen<string> Unit => Gen.Elements(Units);

    // A template's "{u}" slots filled with units.
    private static Gen<string> Fill(string template) =>
        Gen.ListOf(Unit, 3).Select(us =>
        {
            var sb = new StringBuilder(template);
            foreach (var u in us) { var at = sb.ToString().IndexOf("{u}", StringComparison.Ordinal); if (at < 0) break; sb.Remove(at, 3).Insert(at, u); }
            return sb.ToString().Replace("{u}", "Công an phường", StringComparison.Ordinal);
        });

    private static Gen<string> Item =>
        from marker in Gen.Elements(Markers)
        from giao in Gen.Elements("", "Giao {u} ", "{u} ", "Đề nghị {u} ")
        from work in Gen.Elements(Works)
        from tail in Gen.Elements(Tails)
        from text in Fill(giao + work + tail)
        select marker + " " + text;

    private static Gen<string> LeadIn => Gen.Elements(LeadIns).SelectMany(Fill);

    private static Gen<string> Prose =>
        from work in Gen.Elements(Works)
        from tail in Gen.Elements(Tails)
        from text in Fill("Chủ tịch UBND phường đề nghị {u} " + char.ToLowerInvariant(work[0]) + work[1..] + tail)
        select text;

    private static Gen<string> Table =>
        from rows in Gen.ListOf(
            from kind in Gen.Choose(0, 3)
            from work in Gen.Elements(Works)
            from unit in Gen.Elements(["", "nt", .. Units])
            from deadline in Gen.Elements("", "30/9/2026", "Tháng 10/2026", "Hằng tháng", "Thứ Sáu hằng tuần")
            from mark in Gen.Elements("I", "II", "A", "B")
            from number in Gen.Choose(1, 20)
            select kind == 0 ? $"| {mark} | {unit.ToUpperInvariant()} | | |" : $"| {number} | {work} | {unit} | {deadline} |")
        from header in Gen.Elements("| STT | Nội dung | Đơn vị chủ trì | Thời gian |", "| TT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời hạn |", "| Ngày | Nội dung công việc | Lãnh đạo chủ trì | Đơn vị chuẩn bị |")
        select header + "\n|---|---|---|---|\n" + string.Join("\n", rows);

    private static Gen<string> Block => Gen.Frequency(
        (6, Item), (3, LeadIn), (2, Prose), (1, Table), (2, Gen.Elements(Furniture)));

    private static Gen<string> Notice =>
        from blocks in Gen.NonEmptyListOf(Block)
        from gaps in Gen.ArrayOf(Gen.Elements("\n", "\n\n", "\n\n\n"))
        select "Số: 12/KH-UBND\n\nAn Bình, ngày 05 tháng 4 năm 2026\n\nKẾ HOẠCH\n\n" +
               string.Concat(blocks.Select((b, i) => b + (gaps.Length > 0 ? gaps[i % gaps.Length] : "\n\n")));

    [Property(MaxTest = 250)]
    public Property A_notice_built_from_real_shapes_parses_every_block_and_gives_no_empty_task() =>
        Prop.ForAll(Notice.ToArbitrary(), text =>
        {
            var notice = NoticeParser.Parse(text, new ParseOptions { DefaultYear = 2026 });
            var faults = ParserFaults.Last;
            return (faults.Count == 0 && notice.Tasks.All(t => !string.IsNullOrWhiteSpace(t.Text))).Label(string.Join("; ", faults));
        });

    private const string Notice3 = "Số: 12/KH-UBND\n\nAn Bình, ngày 05 tháng 4 năm 2026\n\nKẾ HOẠCH\n\n";

    public static TheoryData<string, string, string, string[]> OneBlockThrows => new()
    {
        {
            "block", "loa truyền thanh",
            "Chủ tịch UBND phường kết luận như sau:\n\n1. Giao Công an phường rà soát người tạm trú, hoàn thành trước 30/4/2026.\n\n" +
            "2. Giao Phòng Văn hóa - Xã hội tuyên truyền trên loa truyền thanh.\n\n3. Giao Trạm Y tế phường phun thuốc diệt muỗi, hoàn thành trước 20/4/2026.\n",
            ["Công an phường", "Trạm Y tế phường"]
        },
        {
            "block", "Chuẩn bị hội trường",
            "| TT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Chuẩn bị hội trường | Văn phòng HĐND và UBND phường | 10/4/2026 |\n" +
            "| 2 | Bảo đảm an ninh buổi lễ | Công an phường | 12/4/2026 |\n\n3. Giao Đoàn Thanh niên phường trang trí khánh tiết.\n",
            ["Công an phường", "Đoàn Thanh niên phường"]
        },
        {
            // The heading that names the unit fails: its items are still read (without its unit).
            "block", "thực hiện các nội dung sau",
            "1. Phòng Văn hóa - Xã hội thực hiện các nội dung sau:\n\na) Rà soát hộ nghèo trên địa bàn.\n\nb) Tổ chức giải cầu lông.\n\n2. Giao Công an phường tuần tra ban đêm.\n",
            ["", "", "Công an phường"]
        },
        {
            "task", "tuyên truyền",
            "Chủ tịch UBND phường đề nghị Công an phường rà soát người tạm trú. Đề nghị Phòng Văn hóa - Xã hội tuyên truyền trên loa. " +
            "Đề nghị Trạm Y tế phường phun thuốc diệt muỗi.\n",
            ["Công an phường", "Trạm Y tế phường"]
        },
    };

    [Theory]
    [MemberData(nameof(OneBlockThrows))]
    public void A_block_or_task_that_throws_is_skipped_and_the_rest_of_the_notice_is_read(string stage, string words, string body, string[] units)
    {
        ParserFaults.FailOn = (stage, words);
        try
        {
            var notice = NoticeParser.Parse(Notice3 + body, new ParseOptions { DefaultYear = 2026 });
            Assert.Single(ParserFaults.Last);
            // The caller sees it too: in the result and in parse --json (the clerk is told to compare with the original).
            Assert.Equal(ParserFaults.Last, notice.Skipped);
            Assert.Equal(notice.Skipped, NoticeJson.Of(notice)["skipped"]);
            Assert.True(notice.Tasks.Select(t => t.Unit ?? "").SequenceEqual(units), string.Join(" | ", notice.Tasks.Select(t => $"[{t.Unit}] {t.Text}")));
            Assert.DoesNotContain(notice.Tasks, t => t.Text.Contains(words, StringComparison.Ordinal));
        }
        finally { ParserFaults.FailOn = null; }
    }

    /// <summary>No development notice reads with a contained failure (the blind sets holdout and fresh5 are never read).</summary>
    [Fact]
    public void No_development_notice_has_a_block_that_fails()
    {
        string? corpus = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && corpus is null; dir = dir.Parent)
            if (System.IO.Directory.Exists(Path.Combine(dir.FullName, "tests", "corpus"))) corpus = Path.Combine(dir.FullName, "tests", "corpus");
        Assert.NotNull(corpus);
        var failed = new List<string>();
        var read = 0;
        foreach (var set in new[] { "seeds", "dev", "fresh", "fresh2", "fresh3", "fresh4" })
            foreach (var path in System.IO.Directory.GetFiles(Path.Combine(corpus, set)).Where(f => Path.GetExtension(f) is ".txt" or ".md" or ".docx" or ".pdf"))
            {
                NoticeParser.Parse(NoticeText.Extract(File.ReadAllBytes(path), path, ExtractionLimits.Default), ParseOptions.ForWard(new DateOnly(2026, 12, 4), null));
                read++;
                if (ParserFaults.Last.Count > 0) failed.Add($"{set}/{Path.GetFileName(path)}: {string.Join("; ", ParserFaults.Last)}");
            }
        Assert.True(read >= 190, $"only {read} notices read");
        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }
}
