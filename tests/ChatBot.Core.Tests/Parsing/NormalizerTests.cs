using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

public class NormalizerTests
{
    [Theory]
    [InlineData("Văn hoá", "Văn hóa")]
    [InlineData("thuỷ lợi", "thủy lợi")]
    [InlineData("Khoá học", "Khóa học")]
    [InlineData("hoàn thành", "hoàn thành")]
    [InlineData("quý III", "quý III")]
    [InlineData("toà nhà", "tòa nhà")]
    public void Old_tone_placement_becomes_the_new_one(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.NormalizeTonePlacement(input));

    [Fact]
    public void Decomposed_text_is_composed_before_reading() =>
        Assert.Equal("Văn hóa", NoticeNormalizer.CleanLines("Va\u0306n ho\u0301a")[0]);

    [Theory]
    [InlineData("### ***- Văn phòng HĐND & UBND phường:***", "- Văn phòng HĐND & UBND phường:")]
    [InlineData("\\*  ", "")]
    [InlineData("-----", "")]
    [InlineData("- 12 -", "")]
    [InlineData("Trang 3/7", "")]
    [InlineData("- Trang 12/20 -", "")]        // a footer longer than 14 characters (mut17: it became a task "Trang 12/20 -")
    [InlineData("— Trang 112 / 120 —", "")]
    [InlineData("- Trang 12 -", "")]
    [InlineData("- 12 tổ dân phố -", "- 12 tổ dân phố -")] // words after the number: no page number
    [InlineData("• Rà soát", "- Rà soát")]
    public void Markdown_and_page_furniture_are_cleaned(string line, string expected) =>
        Assert.Equal(expected, NoticeNormalizer.CleanLine(line));

    [Fact]
    public void Folding_keeps_the_length_so_offsets_match() =>
        Assert.Equal("truoc ngay 30/6", ChatBot.Core.Common.Fold.SameLength("Trước ngày 30/6"));
}
