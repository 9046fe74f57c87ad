using ChatBot.Core.Directory;
using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Directory;

/// <summary>The units offered for a name the directory does not know: the likely ones first, by the rare words they share.</summary>
public sealed class UnitSuggestionsTests
{
    private static readonly IReadOnlyList<DirectoryUnit> Units =
    [
        new("1", "Phòng Kinh tế, Hạ tầng và Đô thị", ["Phòng KT"]),
        new("2", "Phòng Văn hóa - Xã hội", []),
        new("3", "Công an phường", []),
        new("4", "Trung tâm Phục vụ hành chính công", ["TT PVHCC"]),
        new("5", "Văn phòng HĐND và UBND", []),
    ];

    private static string[] Rank(string written) => [.. UnitSuggestions.Rank(written, Units).Select(u => u.Key)];

    [Theory]
    [InlineData("Phòng Quản lý đô thị", "1")]
    [InlineData("Bộ phận hạ tầng", "1")]
    [InlineData("Phòng Văn hóa và Thông tin", "2")]
    [InlineData("Trung tâm hành chính công phường", "4")]
    public void The_unit_sharing_the_rare_words_comes_first(string written, string first) => Assert.Equal(first, Rank(written)[0]);

    [Fact]
    public void A_name_sharing_nothing_gets_no_suggestion() => Assert.Empty(Rank("Tổ dân phố số 5"));

    [Fact]
    public void At_most_max_units_are_offered_and_none_for_nothing()
    {
        Assert.True(UnitSuggestions.Rank("Phòng Văn hóa, Kinh tế, Hạ tầng, hành chính công, Công an", Units, 2).Count <= 2);
        Assert.Empty(UnitSuggestions.Rank("", Units));
        Assert.Empty(UnitSuggestions.Rank("Phòng Văn hóa", []));
    }

    [Fact]
    public void Units_sharing_the_words_equally_are_offered_in_name_order()
    {
        IReadOnlyList<DirectoryUnit> units = [new("b", "Tổ dân phố Đông Hải 2", []), new("a", "Tổ dân phố Đông Hải 1", []), new("c", "Công an phường", [])];
        Assert.Equal(["a", "b"], UnitSuggestions.Rank("Tổ Đông Hải", units).Select(u => u.Key));
    }

    [Fact]
    public void Zero_suggestions_asked_for_gives_none() => Assert.Empty(UnitSuggestions.Rank("Phòng Văn hóa", Units, 0));
}
