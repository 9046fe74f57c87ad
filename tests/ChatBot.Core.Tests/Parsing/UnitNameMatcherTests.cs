using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

public class UnitNameMatcherTests
{
    private static readonly DirectoryUnit[] Ward =
    [
        new("vp", "Văn phòng HĐND và UBND phường", ["Văn phòng"]),
        new("kt", "Phòng Kinh tế, Hạ tầng và Đô thị", []),
        new("vhxh", "Phòng Văn hóa - Xã hội", []),
        new("pvhcc", "Trung tâm Phục vụ hành chính công", []),
        new("dvsnc", "Trung tâm Dịch vụ sự nghiệp công", []),
        new("ca", "Công an phường", []),
    ];

    private readonly UnitNameMatcher _matcher = new(Ward);

    [Theory]
    [InlineData("Văn phòng HĐND & UBND phường", "vp")]
    [InlineData("VP HĐND-UBND", "vp")]
    [InlineData("van phong hdnd va ubnd phuong", "vp")]
    [InlineData("Phòng Văn hoá - Xã hội phường", "vhxh")]
    [InlineData("Phòng VH-XH", "vhxh")]
    [InlineData("TT PVHCC", "pvhcc")]
    [InlineData("Trung tâm phục vụ Hành chính công phường", "pvhcc")]
    [InlineData("CA phường", "ca")]
    [InlineData("phòng kinh tế", "kt")]
    [InlineData("kinh tế", "kt")]
    [InlineData("Phòng Kinh tế - Hạ tầng và Đô thị", "kt")]
    public void A_written_name_maps_to_its_directory_unit(string written, string key) =>
        Assert.Equal(key, _matcher.Match(written)?.Key);

    [Theory]
    [InlineData("Trung tâm")]
    [InlineData("Ban Chỉ huy Quân sự phường")]
    [InlineData("")]
    public void An_unknown_or_ambiguous_name_maps_to_nothing(string written) =>
        Assert.Null(_matcher.Match(written));

    [Theory]
    [InlineData("Văn Hoá", "van hoa")]
    [InlineData("Đô thị & Xây dựng", "do thi xay dung")]
    [InlineData("  Phòng   Kinh tế, ", "phong kinh te")]
    public void Fold_drops_accents_case_and_punctuation(string s, string expected) =>
        Assert.Equal(expected, ChatBot.Core.Common.Fold.Key(s));

    [Fact]
    public void The_parser_sets_keys_and_reports_names_it_could_not_map()
    {
        const string text = "Kết luận như sau:\n\n1. Phòng VH-XH\n\n- Rà soát danh sách hộ nghèo, phối hợp với CA phường.\n\n2. Ban Chỉ huy Quân sự phường\n\n- Xây dựng kế hoạch huấn luyện dân quân.\n";
        var notice = NoticeParser.Parse(text, new ParseOptions { Directory = Ward });
        Assert.Equal("vhxh", notice.Tasks[0].UnitKey);
        Assert.Equal(["ca"], notice.Tasks[0].CooperatingKeys);
        Assert.Null(notice.Tasks[1].UnitKey);
        Assert.Contains("Ban Chỉ huy Quân sự phường", notice.UnmatchedUnits);
    }
}
