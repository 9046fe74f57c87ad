using ChatBot.Core.Common;
using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// The recurrence is read from the matched text instead of the regex's capture pass (a speed change, docs/BENCHMARKS.md):
/// both readings must agree on every text, the corpus's lines and generated phrases alike.
/// </summary>
public class RecurrenceSpanReadingTests
{
    [Theory]
    [InlineData("định kỳ, hằng tháng báo cáo kết quả")]
    [InlineData("định kỳ hằng ngày, hằng tuần báo cáo")]
    [InlineData("hằng ngày, mỗi quý tổng hợp số liệu")]
    [InlineData("hằng ngày báo cáo Ban Chỉ đạo")]
    [InlineData("rà soát hồ sơ; định kỳ, hằng quý kiểm tra việc thực hiện")]
    [InlineData("rà soát hồ sơ, mỗi năm tổ chức đối thoại")]
    [InlineData("phát sóng 02 lần/ tuần trên loa truyền thanh")]
    [InlineData("họp 1 buổi / quý")]
    [InlineData("định kỳ 3 tháng một lần kiểm tra")]
    [InlineData("cuối mỗi năm tổng kết")]
    [InlineData("báo cáo tiến độ về Văn phòng UBND phường trước 16 giờ hằng ngày")]
    [InlineData("hằng tuần, 2 tháng tổ chức giao ban")]
    [InlineData("hằng năm vào dịp Tết Nguyên đán tổ chức thăm hỏi")]
    [InlineData("tổng hợp kết quả (TH: hằng tháng)")]
    [InlineData("TH: định kỳ, hằng quý")]
    [InlineData("kiểm tra mỗi tháng 2 lần")]
    [InlineData("phun thuốc diệt muỗi hằng ngày từ ngày 01/10")]
    public void The_period_read_from_the_match_is_the_captured_one(string text)
    {
        var f = Fold.SameLength(text);
        Assert.Equal(RecurrenceDetector.DetectFolded(f, byGroups: true), RecurrenceDetector.DetectFolded(f, byGroups: false));
        Assert.NotNull(RecurrenceDetector.DetectFolded(f, byGroups: true)); // each phrase is a recurrence: the branch is exercised
    }

    [Fact]
    public void Both_readings_agree_on_every_line_of_the_corpus()
    {
        var corpus = CorpusDir();
        var lines = 0;
        var found = 0;
        foreach (var set in (string[])["seeds", "dev", "fresh", "fresh2", "fresh3"])
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(corpus, set), "*.txt"))
                foreach (var line in File.ReadLines(file))
                {
                    var f = Fold.SameLength(line);
                    var byGroups = RecurrenceDetector.DetectFolded(f, byGroups: true);
                    Assert.True(byGroups == RecurrenceDetector.DetectFolded(f, byGroups: false), $"{Path.GetFileName(file)}: {line}");
                    lines++;
                    if (byGroups is not null) found++;
                }
        Assert.True(lines > 1000 && found > 20, $"{lines} lines, {found} with a recurrence");
    }

    private static readonly string[] Words =
    [
        "hang", "moi", "dinh ky", "tuan", "thang", "quy", "nam", "ngay", "bao cao", "tong hop", "to chuc", "kiem tra", "hop",
        "thu 6", "thu hai", "chu nhat", "ngay 25", "cuoi", "dau", "16 gio", "8h", "cua", "2 thang", "mot lan", "3", "02", "lan",
        "ky", "buoi", "/", "/ ", ",", ";", ":", "(", "ve", "van phong", "ubnd", "tinh hinh", "ke hoach",
    ];

    [Fact]
    public void Both_readings_agree_on_generated_phrases()
    {
        var random = new Random(20261204);
        var agreed = 0;
        for (var n = 0; n < 20000; n++)
        {
            var count = random.Next(2, 10);
            var parts = new string[count];
            for (var k = 0; k < count; k++) parts[k] = Words[random.Next(Words.Length)];
            var f = string.Join(' ', parts).Replace(" ,", ",").Replace(" /", "/");
            var byGroups = RecurrenceDetector.DetectFolded(f, byGroups: true);
            Assert.True(byGroups == RecurrenceDetector.DetectFolded(f, byGroups: false), f);
            if (byGroups is not null) agreed++;
        }
        Assert.True(agreed > 500, $"only {agreed} phrases had a recurrence");
    }

    private static string CorpusDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.Directory.Exists(Path.Combine(dir.FullName, "tests", "corpus"))) return Path.Combine(dir.FullName, "tests", "corpus");
        throw new InvalidOperationException("tests/corpus not found above the test output folder");
    }
}
