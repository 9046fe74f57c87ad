using ChatBot.Core.Directory;
using ChatBot.Core.Parsing;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// A unit in the chief's question comes back as typed (docs/CONVERSATION.md, "Blind set 5": units as typed); the host's
/// directory matcher resolves it. Each typed form of blind set 5's questions, in invented questions, is read and then
/// matched against a ward's directory.
/// </summary>
public class TypedUnitsResolveTests
{
    private static readonly UnitNameMatcher Matcher = new(
    [
        new("kt", "Phòng Kinh tế", []),
        new("vhxh", "Phòng Văn hóa - Xã hội", []),
        new("vp", "Văn phòng HĐND và UBND phường", ["Văn phòng"]),
        new("bchqs", "Ban Chỉ huy Quân sự phường", []),
        new("ca", "Công an phường", []),
        new("tdp7", "Tổ dân phố 7", []),
        new("tdp3", "Tổ dân phố 3", []),
    ]);

    private static readonly UnderstandingContext Chief = new(new DateOnly(2026, 9, 10)) { Writer = Role.Leader };

    [Theory]
    [InlineData("P.KT có việc nào quá hạn không", "P.KT", "kt")]
    [InlineData("P.VHXH tới đâu rồi", "P.VHXH", "vhxh")]
    [InlineData("tdp 7 xong chưa em", "tdp 7", "tdp7")]
    [InlineData("tdp 3 có việc nào trễ hạn không", "tdp 3", "tdp3")]
    [InlineData("vp ubnd phường làm tới đâu rồi", "vp ubnd phường", "vp")]
    [InlineData("ban chỉ huy qs phường có việc nào quá hạn không", "ban chỉ huy qs phường", "bchqs")]
    public void A_typed_unit_is_returned_as_typed_and_the_host_resolves_it(string question, string typed, string key)
    {
        var q = Assert.IsType<Intent.Question>(ReplyUnderstander.Read(question, Chief));
        Assert.Equal(typed, q.Unit);
        Assert.Equal(key, Matcher.Match(q.Unit)?.Key);
    }

    /// <summary>The host resolves the police typed short, though the understander leaves "ca phường" (maybe "cả phường").</summary>
    [Theory]
    [InlineData("ca phường", "ca")]
    [InlineData("CA phường", "ca")]
    [InlineData("P.KT", "kt")]
    [InlineData("tdp 7", "tdp7")]
    public void The_matcher_resolves_each_typed_form(string typed, string key) =>
        Assert.Equal(key, Matcher.Match(typed)?.Key);
}
