using ChatBot.Core.Parsing;
using ChatBot.Core.Tasks;

namespace ChatBot.Core.Tests.Tasks;

/// <summary>The same notice whatever it came as (a file's text, a paste, another file type) has one fingerprint; another
/// notice has another.</summary>
public sealed class NoticeFingerprintTests
{
    private static string File(string name) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    [Fact]
    public void A_paste_of_a_file_is_the_same_notice()
    {
        var file = File("cong_van.txt");
        // A chat client trims lines, turns line ends into CRLF, doubles spaces and drops blank lines.
        var pasted = string.Join("\r\n", file.Split('\n').Select(l => "  " + l.Trim().Replace(" ", "  ")).Where(l => l.Trim().Length > 0));
        Assert.Equal(NoticeFingerprint.Of(file), NoticeFingerprint.Of(pasted));
    }

    [Fact]
    public void Letter_case_and_table_borders_do_not_matter() =>
        Assert.Equal(NoticeFingerprint.Of("| Phòng Kinh tế | Rà soát công trình |"),
            NoticeFingerprint.Of("PHÒNG KINH TẾ\tRà soát công trình"));

    [Fact]
    public void A_pdf_and_the_text_it_was_made_from_are_the_same_notice()
    {
        var pdf = NoticeText.Extract(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "ket_luan_text_layer.pdf")), "kl.pdf");
        Assert.Equal(NoticeFingerprint.Of(File("ket_luan_text_layer.source.txt")), NoticeFingerprint.Of(pdf));
    }

    [Fact]
    public void Another_date_or_number_is_another_notice()
    {
        var file = File("cong_van.txt");
        Assert.NotEqual(NoticeFingerprint.Of(file), NoticeFingerprint.Of(file.Replace("215/UBND-VP", "216/UBND-VP")));
        Assert.NotEqual(NoticeFingerprint.Of(file), NoticeFingerprint.Of(file.Replace("15 tháng 10", "16 tháng 10")));
        Assert.Equal(64, NoticeFingerprint.Of(file).Length);
    }

    [Fact]
    public void Line_breaks_and_spaces_part_words_they_do_not_join_them()
    {
        Assert.Equal(NoticeFingerprint.Of("Phòng Kinh tế\nRà soát công trình"), NoticeFingerprint.Of("Phòng Kinh tế Rà soát công trình"));
        Assert.NotEqual(NoticeFingerprint.Of("Phòng Kinh tế\nRà soát công trình"), NoticeFingerprint.Of("Phòng Kinh tếRà soát công trình"));
        Assert.NotEqual(NoticeFingerprint.Of("Phòng Kinh tế"), NoticeFingerprint.Of("PhòngKinh tế"));
        Assert.Equal(NoticeFingerprint.Of("Phòng Kinh tế"), NoticeFingerprint.Of("| Phòng Kinh tế |\n| |"));
        Assert.Equal(NoticeFingerprint.Of("Phòng Kinh tế"), NoticeFingerprint.Of("| |\n| Phòng Kinh tế |"));
    }
}
