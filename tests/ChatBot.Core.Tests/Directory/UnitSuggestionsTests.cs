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

    [Fact]
    public void Rare_shared_words_outweigh_common_ones_and_a_common_word_alone_is_not_enough()
    {
        IReadOnlyList<DirectoryUnit> units =
        [
            new("p1", "Tổ dân phố Bắc Sơn", []),
            new("p2", "Tổ dân phố Đông Hải", []),
            new("p3", "Tổ dân phố Tây Hồ", []),
            new("q", "Hội Cựu chiến binh Việt Nam", []),
            new("u", "Tổ tự quản", []),
        ];
        // Three words shared with every "tổ dân phố" count less than three words only the veterans' association has;
        // "tổ" alone (four units of five) is not worth offering.
        Assert.Equal(["q", "p1", "p3", "p2"], UnitSuggestions.Rank("Tổ dân phố cựu chiến binh", units, 10).Select(u => u.Key));
    }

    [Fact]
    public void The_unit_the_matcher_recognises_comes_first_even_when_another_shares_more_words()
    {
        // "QLĐTMT" is the initials of "Quản lý Đô thị và Môi trường": the matcher knows the department by them, though the
        // team named after it shares the rarer written word; "phòng" alone still brings Phòng Tư pháp, last.
        IReadOnlyList<DirectoryUnit> units =
            [new("1", "Phòng Quản lý Đô thị và Môi trường", []), new("7", "Đội kiểm tra QLĐTMT", []), new("6", "Phòng Tư pháp", [])];
        Assert.Equal(["1", "7", "6"], UnitSuggestions.Rank("Phòng QLĐTMT", units).Select(u => u.Key));
    }
}
