using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>Mutation survivors of <c>VietnameseText</c> (session 28, mut17): lower-casing, the old tone placement, the first capital.</summary>
public class VietnameseTextSurvivorTests
{
    [Theory]
    [InlineData("Nhóm ZALO của khu phố", "nhóm zalo của khu phố")] // the last letter of the alphabet too
    [InlineData("ĐOÀN THANH NIÊN", "đoàn thanh niên")]
    public void Lower_case_is_the_invariant_lower_case(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.LowerInvariant(text));

    [Theory]
    [InlineData("Uỷ ban nhân dân phường", "Ủy ban nhân dân phường")] // the pair opening the text
    [InlineData("uỷ quyền cho Phó Chủ tịch", "ủy quyền cho Phó Chủ tịch")]
    [InlineData("Thừa Thiên Huế", "Thừa Thiên Huế")]                  // "uê": no "oa/oe/uy" syllable
    [InlineData("thuê mặt bằng", "thuê mặt bằng")]
    public void The_old_tone_placement_is_moved_only_in_oa_oe_uy(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.NormalizeTonePlacement(text));

    [Theory]
    [InlineData("3 hộ dân chưa kê khai", "3 hộ dân chưa kê khai")] // a figure first: nothing to capitalise
    [InlineData("(phối hợp)", "(phối hợp)")]
    [InlineData("phòng Tư pháp", "Phòng Tư pháp")]
    [InlineData("ủy ban", "Ủy ban")]
    public void Only_a_lower_case_letter_first_is_capitalised(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.UpperFirst(text));
}
