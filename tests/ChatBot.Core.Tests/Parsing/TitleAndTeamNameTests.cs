using ChatBot.Core.Parsing;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 20, unit words: plural holders written "Các đ/c …", delegates ("đại biểu"), teams named by their work ("Đội dân
/// phòng"), team leaders who stand for their team ("Đội trưởng Đội …"), and abbreviations of offices and youth unions.
/// </summary>
public class TitleAndTeamNameTests
{
    private static string? Written(string sentence) => UnitGrammar.Read(sentence, VietnameseText.LowerInvariant(sentence), 0)?.Name;

    [Theory]
    [InlineData("Các đ/c PCT UBND phường theo lĩnh vực phụ trách kiểm tra tiến độ.", "Các đ/c PCT UBND phường")]
    [InlineData("Các đại biểu HĐND phường dành thời gian nghiên cứu tài liệu.", "Các đại biểu HĐND phường")]
    [InlineData("Đội dân phòng các tổ dân phố duy trì tập luyện phương án chữa cháy.", "Đội dân phòng các tổ dân phố")]
    [InlineData("đội dân phòng khu phố 3 trực đêm.", "Đội dân phòng khu phố 3")]
    public void A_holder_a_delegate_or_a_team_is_read_up_to_its_verb(string sentence, string written) =>
        Assert.Equal(written, Written(sentence));

    [Theory]
    [InlineData("các đại biểu dự họp thống nhất cao.")] // delegates of nothing named are no addressee
    [InlineData("đội viên tham gia tập huấn.")] // a member, not the team
    public void A_look_alike_is_no_unit(string sentence) =>
        Assert.Null(Written(sentence));

    [Theory]
    [InlineData("Công chức VP-TK", "Công chức Văn phòng - Thống kê")]
    [InlineData("Đoàn TN xã", "Đoàn Thanh niên xã")]
    [InlineData("Các đ/c PCT UBND phường", "Các Phó Chủ tịch UBND phường")]
    public void An_abbreviation_is_spelled_out(string written, string canonical) =>
        Assert.Equal(canonical, UnitNames.Canonical(written, "phường", Abbreviations.BuiltIn));

    [Theory]
    [InlineData("3. Đề nghị Đội trưởng Đội Thuế liên phường số 3 phân công cán bộ bám sát từng tổ dân phố.", "Đội Thuế liên phường số 3")]
    [InlineData("3. Phó Đội trưởng Đội Quản lý trật tự đô thị phường tổ chức tuần tra.", "Đội Quản lý trật tự đô thị phường")]
    public void A_team_leader_stands_for_the_team(string item, string unit) =>
        Assert.Equal(unit, NoticeParser.Parse("THÔNG BÁO\n\nUBND phường yêu cầu:\n\n" + item + "\n").Tasks.Single().Unit);
}
