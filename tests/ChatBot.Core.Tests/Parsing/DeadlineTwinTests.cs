using System.Text.RegularExpressions;
using ChatBot.Core.Common;
using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// The deadline readers find candidates with a linear (NonBacktracking) scan and read the groups of the one kept with a
/// backtracking twin over exactly the matched span (a speed change, docs/BENCHMARKS.md): on every span the scan matches,
/// the twin must match the whole span with the same groups as the scan engine's own capture pass.
/// </summary>
public class DeadlineTwinTests
{
    private static IEnumerable<(string Name, Regex Scan, Regex Twin)> All() =>
        DeadlineParser.Twins().Concat(ChatBot.Core.Parsing.Deadlines.EventDay.Twins());

    // The scan's matches over f, and the first match after each one's first character (the readers scan again from there
    // when a cue is glued inside a word).
    private static int Check(Regex scan, Regex twin, string f)
    {
        var n = 0;
        foreach (var v in scan.EnumerateMatches(f))
        {
            Same(scan, twin, f, v.Index, v.Length);
            n++;
            foreach (var w in scan.EnumerateMatches(f, v.Index + 1))
            {
                Same(scan, twin, f, w.Index, w.Length);
                break;
            }
        }
        return n;
    }

    private static void Same(Regex scan, Regex twin, string f, int index, int length)
    {
        var a = scan.Match(f, index, length);
        var b = twin.Match(f, index, length);
        var at = $"{scan}: «{f.Substring(index, length)}»";
        Assert.True(a.Success && b.Success, at);
        Assert.True(a.Index == b.Index && a.Length == b.Length, $"{at}: twin matched «{b.Value}»");
        foreach (var name in scan.GetGroupNames())
        {
            Group x = a.Groups[name], y = b.Groups[name];
            Assert.True(x.Success == y.Success && (!x.Success || x.Index == y.Index && x.Length == y.Length),
                $"{at}: group {name} «{(x.Success ? x.Value : "-")}» against «{(y.Success ? y.Value : "-")}»");
        }
    }

    [Theory]
    [InlineData("hoàn thành trước 10h 15/7/2026")]
    [InlineData("Hạn: 17 giờ 30 phút, ngày 05-12-26")]
    [InlineData("chậm nhất ngày 5 tháng 11 năm 2026")]
    [InlineData("trước 9 giờ sáng thứ Bảy (ngày 12/12)")]
    [InlineData("hạn thứ Tư tuần sau (08/4); chậm nhất thứ Hai tuần tới, ngày 21/9/2026")]
    [InlineData("Kỳ họp thứ năm HĐND phường (dự kiến khai mạc ngày 22/12/2026)")]
    [InlineData("gia hạn thời gian hoàn thành đến hết ngày 30/9/2026")]
    [InlineData("trước ngày khai giảng năm học 2026 - 2027 (05/9/2026)")]
    [InlineData("hoàn thành trong Tháng 9 - 10/2024; trước quý III/2026; Quý IV/2026 - Quý I/2027")]
    [InlineData("Thời gian thực hiện: từ ngày 01/6 đến ngày 30/6/2026 (25/10 - 05/11/2026)")]
    [InlineData("trong vòng 10 ngày làm việc kể từ ngày ký; không quá 02 tháng tính từ hôm nay")]
    [InlineData("gửi chậm nhất 07 ngày trước ngày tổ chức Hội nghị; sau khi kết thúc đợt kiểm tra 05 ngày làm việc")]
    [InlineData("Hội nghị được tổ chức vào lúc 8 giờ 00 ngày 04/12/2026, từ 07 giờ 30 ngày 16/5/2026 đến 17 giờ ngày 17/5/2026")]
    public void The_twin_reads_the_groups_of_each_wording(string text)
    {
        var f = Fold.SameLength(text);
        Assert.True(All().Sum(t => Check(t.Scan, t.Twin, f)) > 0, text);
    }

    [Fact]
    public void The_twin_reads_the_groups_of_every_match_in_the_development_sets()
    {
        var corpus = CorpusDir();
        var matches = All().ToDictionary(t => t.Name, _ => 0);
        foreach (var set in (string[])["seeds", "dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"])
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(corpus, set)))
            {
                if (Path.GetExtension(file) is not (".txt" or ".docx" or ".pdf")) continue;
                var text = NoticeText.Extract(File.ReadAllBytes(file), Path.GetFileName(file));
                var texts = text.Split('\n').Append(text).Select(Fold.SameLength).ToArray();
                foreach (var (name, scan, twin) in All())
                    foreach (var f in texts)
                        matches[name] += Check(scan, twin, f);
            }
        // Every twin is exercised by the corpus (the event-first count, which no development notice writes, by the wordings above).
        Assert.All(matches.Where(kv => kv.Key != "EventFirst"), kv => Assert.True(kv.Value > 0, $"{kv.Key}: no match"));
    }

    private static readonly string[] Words =
    [
        "truoc", "cham nhat", "muon nhat", "han", "han chot", "thoi han", "hoan thanh", "xong", "ket thuc", "th:", "ngay trong",
        "gia han den het", "han moi", "la", "vao", "trong", "ngay", "ngay:", "luc", ":", ",", "(", ")", "10h", "10h 15", "17 gio",
        "8 gio 15 phut", "20h00'", "sang", "thu sau", "thu 6", "chu nhat", "15/7", "15/7/2026", "05-12-26", "5.7", "1/11", "10",
        "5 thang 11", "nam 2026", "thang 7", "quy iii", "quy 2", "/2026", "-", "den", "tu", "thoi gian thuc hien", "tien do",
        "trong vong", "ke tu ngay", "tinh tu khi", "ngay lam viec", "tuan", "03", "hoi nghi", "to chuc", "sau", "so voi",
        "dot kiem tra", "khai giang", "tet",
    ];

    [Fact]
    public void The_twin_reads_the_groups_of_generated_phrases()
    {
        var random = new Random(20261206);
        var matched = 0;
        for (var n = 0; n < 20000; n++)
        {
            var count = random.Next(2, 12);
            var parts = new string[count];
            for (var k = 0; k < count; k++) parts[k] = Words[random.Next(Words.Length)];
            var f = string.Join(random.Next(3) == 0 ? "" : " ", parts);
            foreach (var (_, scan, twin) in All()) matched += Check(scan, twin, f);
        }
        Assert.True(matched > 2000, $"only {matched} matches");
    }

    private static string CorpusDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.Directory.Exists(Path.Combine(dir.FullName, "tests", "corpus"))) return Path.Combine(dir.FullName, "tests", "corpus");
        throw new InvalidOperationException("tests/corpus not found above the test output folder");
    }
}
