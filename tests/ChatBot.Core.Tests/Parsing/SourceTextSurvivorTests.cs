using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Mutation survivors of <c>SourceText</c> (session 28, mut17): line breaks, furniture lines, and the way back from a
/// column of a cleaned line to the character of the original it came from (spans and evidence).
/// </summary>
public class SourceTextSurvivorTests
{
    [Fact]
    public void A_lone_carriage_return_ends_a_line_like_a_line_feed()
    {
        // Old Mac line breaks (a text pasted from an old editor): "\r" alone, "\r\n" together, "\n" alone.
        var s = new SourceText("Số: 12/TB-UBND\rHòa Bình, ngày 05 tháng 6 năm 2026\r\nTHÔNG BÁO\nKết luận");
        Assert.Equal(["Số: 12/TB-UBND", "Hòa Bình, ngày 05 tháng 6 năm 2026", "THÔNG BÁO", "Kết luận"], s.Lines);
    }

    [Fact]
    public void A_line_of_spaces_is_a_paragraph_break_and_a_page_number_is_furniture()
    {
        var s = new SourceText("1. Phòng Tư pháp rà soát hồ sơ.\n   \n- 3 -\n2. Công an phường tuần tra.");
        Assert.Equal([false, false, true, false], s.Furniture);
    }

    [Fact]
    public void The_last_line_is_read_back_as_written()
    {
        var s = new SourceText("THÔNG BÁO\n☐ Rà soát hồ sơ đất đai");
        Assert.Equal("☐ Rà soát hồ sơ đất đai", s.RawLine(2).ToString());
        Assert.Equal("", s.RawLine(3).ToString());
        Assert.Equal("", s.RawLine(0).ToString());
    }

    [Fact]
    public void Lines_outside_the_text_point_at_its_ends()
    {
        const string text = "THÔNG BÁO\nGiao Phòng Tư pháp";
        var s = new SourceText(text);
        Assert.Equal(0, s.Offset(0, 3));
        Assert.Equal(text.Length, s.Offset(3, 0));
        Assert.Equal(10 + 5, s.Offset(2, 5)); // the last line itself is inside: "Phòng"
    }

    [Fact]
    public void A_column_past_the_line_s_end_stops_at_that_end()
    {
        var s = new SourceText("Giao Phòng Tư pháp\nrà soát");
        Assert.Equal(18, s.Offset(1, 99));
        Assert.Equal(0, s.Offset(1, -4));
    }

    [Fact]
    public void A_page_number_line_points_at_its_start()
    {
        var s = new SourceText("Rà soát hồ sơ.\n- 3 -\nTiếp tục");
        Assert.Equal(15, s.Offset(2, 0));
    }

    [Theory]
    [InlineData("Giao **Phòng Tư pháp** rà soát", 5, 7)]       // the char itself, not the one after the marks before it
    [InlineData("**Phòng Tư pháp**", 13, 15)]                   // the end of the cleaned line: after its last char
    [InlineData("Hoàn thành trước ngày **30/11/2026**", 26, 28)] // the second "1" of "11" is not the first one again
    [InlineData("**Phòng Văn hoá**", 12, 14)]                   // "hoá" cleaned to "hóa": the "a" is the raw "á"
    [InlineData("-Lưu:VT.", 6, 5)]                             // a space the cleaner inserted ("-Lưu" → "- Lưu")
    [InlineData("“Ngày hội Đại đoàn kết”", 1, 1)]               // curly quotes written straight
    [InlineData("◦ Rà soát hồ sơ", 2, 2)]                       // a hollow sub-bullet read as "+"
    [InlineData("👉 Phòng Tư pháp rà soát hồ sơ", 2, 3)]         // an emoji bullet (two UTF-16 units) read as "-"
    public void A_column_of_a_cleaned_line_points_at_the_char_it_came_from(string raw, int column, int offset)
    {
        var s = new SourceText(raw);
        Assert.Equal(offset, s.Offset(1, column));
    }
}
