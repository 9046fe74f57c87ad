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

    /// <summary>Every letter and digit of a cleaned line points at a raw char that folds the same — also after a space or a
    /// cell bar the cleaner inserted (mut17: "•Tăng cường tuần tra" pointed "Tăng" at "tuần", and every cell of a
    /// tab-separated row after the first at the wrong place).</summary>
    [Theory]
    [InlineData("•Tăng cường tuần tra vào ban đêm.")]
    [InlineData("-Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("👉Phòng Kinh tế kiểm tra các hộ kinh doanh")]
    [InlineData("◦Rà soát danh sách hộ nghèo năm 2026")]
    [InlineData("1\tRà soát hồ sơ\tPhòng Tư pháp\t30/6/2026")]
    [InlineData("STT\tNội dung\tĐơn vị thực hiện")]
    [InlineData("Giao **Phòng Tư pháp** rà soát, hoàn thành trước   ngày 30/6")]
    [InlineData("- Phòng Văn hoá - Xã hội tổ chức hội thi")]
    public void Every_letter_of_a_cleaned_line_points_at_the_same_letter_of_the_raw_one(string written)
    {
        var raw = written.Replace("\\t", "\t", StringComparison.Ordinal);
        var s = new SourceText(raw);
        var clean = s.Lines[0];
        for (var col = 0; col < clean.Length; col++)
        {
            if (!char.IsLetterOrDigit(clean[col])) continue;
            var at = s.Offset(1, col);
            Assert.True(at < raw.Length && ChatBot.Core.Common.Fold.Char(raw[at]) == ChatBot.Core.Common.Fold.Char(clean[col]),
                $"column {col} '{clean[col]}' of \"{clean}\" points at {at} of \"{raw}\"");
        }
    }
}
