using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Mutation survivors of <c>NoticeNormalizer</c> (session 28, mut17): what a pasted, exported or chatted line brings with
/// it — tab-separated rows, HTML breaks, markdown marks, bullets of every font, invisible characters, rules and page
/// numbers, pictographs — and what the cleaned line must be.
/// </summary>
public class NormalizerSurvivorTests
{
    [Theory]
    // A row of a table pasted from a spreadsheet, cells separated by tabs (three cells: two tabs are enough).
    [InlineData("1\tRà soát hồ sơ đất đai\tPhòng Tư pháp", "| 1 | Rà soát hồ sơ đất đai | Phòng Tư pháp |")]
    [InlineData("\t\t", "")]                                             // an empty row of that table
    // An HTML line break inside a markdown table's cell, in all three spellings.
    [InlineData("| Số: 45/KH-UBND<br />V/v tổ chức Ngày hội | Cẩm Lệ |", "| Số: 45/KH-UBND V/v tổ chức Ngày hội | Cẩm Lệ |")]
    [InlineData("| Số: 45/KH-UBND<br/>V/v tổ chức Ngày hội | Cẩm Lệ |", "| Số: 45/KH-UBND V/v tổ chức Ngày hội | Cẩm Lệ |")]
    [InlineData("| Số: 45/KH-UBND<BR>V/v tổ chức Ngày hội | Cẩm Lệ |", "| Số: 45/KH-UBND V/v tổ chức Ngày hội | Cẩm Lệ |")]
    public void Table_rows_and_line_breaks_pasted_from_elsewhere(string line, string expected) =>
        Assert.Equal(expected, NoticeNormalizer.CleanLine(line));

    [Theory]
    [InlineData("* Rà soát hồ sơ đất đai", "- Rà soát hồ sơ đất đai")]            // a markdown "* item"
    [InlineData("> Giao Phòng Tư pháp rà soát", "Giao Phòng Tư pháp rà soát")]   // a quoted line of a chat
    [InlineData("`Phòng Tư pháp` rà soát", "Phòng Tư pháp rà soát")]            // code marks
    [InlineData("– Rà soát hồ sơ", "- Rà soát hồ sơ")]                          // an en dash
    [InlineData("— Rà soát hồ sơ", "- Rà soát hồ sơ")]                          // an em dash
    [InlineData("· Rà soát hồ sơ", "- Rà soát hồ sơ")]                          // a middle dot
    [InlineData("○ Rà soát hồ sơ", "- Rà soát hồ sơ")]                          // a white circle
    [InlineData("•Rà soát hồ sơ", "- Rà soát hồ sơ")]                           // bullets glued to the item
    [InlineData("\uF0B7Rà soát hồ sơ", "- Rà soát hồ sơ")]                      // Word's Symbol-font bullets
    [InlineData("\uF0A7Rà soát hồ sơ", "- Rà soát hồ sơ")]
    [InlineData("▪Rà soát hồ sơ", "- Rà soát hồ sơ")]
    [InlineData("‣ Rà soát hồ sơ", "+ Rà soát hồ sơ")]                          // hollow sub-bullets
    [InlineData("⁃ Rà soát hồ sơ", "+ Rà soát hồ sơ")]
    [InlineData("-Rà soát hồ sơ", "- Rà soát hồ sơ")]                           // a dash glued to the item
    public void Bullets_and_marks_of_every_source(string line, string expected) =>
        Assert.Equal(expected, NoticeNormalizer.CleanLine(line));

    [Theory]
    [InlineData("\uFEFFTHÔNG BÁO", "THÔNG BÁO")]                                 // a byte-order mark opening a file
    [InlineData("Rà\u200B soát hồ sơ", "Rà soát hồ sơ")]                        // zero-width chars copied from a web page
    [InlineData("Rà soát\u200C hồ sơ", "Rà soát hồ sơ")]
    [InlineData("Rà soát\u200D hồ sơ", "Rà soát hồ sơ")]
    [InlineData("Phòng\u00A0Tư pháp", "Phòng Tư pháp")]                          // no-break spaces
    [InlineData("ngày\u20077/12", "ngày 7/12")]
    [InlineData("ngày\u202F7/12", "ngày 7/12")]
    [InlineData("Ngày hội \u201CĐại đoàn kết\u201D", "Ngày hội \"Đại đoàn kết\"")] // curly quotes
    [InlineData("Rà soát\u000Bhồ sơ", "Rà soát hồ sơ")]                         // Word's manual line break (vertical tab)
    public void Invisible_and_typographic_characters_are_plain_text(string line, string expected) =>
        Assert.Equal(expected, NoticeNormalizer.CleanLine(line));

    [Theory]
    [InlineData("---")]
    [InlineData("______")]
    [InlineData("=====")]
    [InlineData("———")]
    [InlineData("–––")]
    [InlineData("- - - - -")]
    [InlineData("..........")]
    [InlineData("– 3 –")]
    [InlineData("TRANG 3")]
    [InlineData("Trang 105/120")]
    public void Rules_and_page_numbers_are_no_text(string line) =>
        Assert.Equal("", NoticeNormalizer.CleanLine(line));

    [Theory]
    [InlineData("→ Phòng Tư pháp rà soát hồ sơ", "- Phòng Tư pháp rà soát hồ sơ")]           // an arrow
    [InlineData("⭐ Phòng Tư pháp rà soát hồ sơ", "- Phòng Tư pháp rà soát hồ sơ")]          // a star
    [InlineData("✅✅ Phòng Tư pháp rà soát hồ sơ", "- Phòng Tư pháp rà soát hồ sơ")]        // pictographs in a row
    [InlineData("⭐⭐⭐", "")]                                                          // a row of them, no text
    [InlineData("📢 TIN MỚI", "📢 TIN MỚI")]                                            // a post's title: six capitals
    [InlineData("📢 THÔNG BÁO NHANH", "📢 THÔNG BÁO NHANH")]
    [InlineData("🗓 Thời gian: 14 giờ ngày 05/12", "Thời gian: 14 giờ ngày 05/12")]       // information labels
    [InlineData("📍 Địa điểm: Hội trường UBND phường", "Địa điểm: Hội trường UBND phường")]
    [InlineData("📝 Ghi chú: mang theo tài liệu", "Ghi chú: mang theo tài liệu")]
    [InlineData("📋 Thông tin liên hệ: đồng chí Hòa", "Thông tin liên hệ: đồng chí Hòa")]
    [InlineData("🔜 Họp tiếp: thứ Hai tuần sau", "Họp tiếp: thứ Hai tuần sau")]
    [InlineData("🔜 Cuộc họp tiếp theo: thứ Hai tuần sau", "Cuộc họp tiếp theo: thứ Hai tuần sau")]
    [InlineData("📌 Lịch: sáng thứ Hai", "Lịch: sáng thứ Hai")]
    [InlineData("🗓 Thời gian tổ chức hội nghị tổng kết năm: 8 giờ", "Thời gian tổ chức hội nghị tổng kết năm: 8 giờ")] // a label's colon at 39
    [InlineData("𝐊ế𝐭 𝐥𝐮ậ𝐧 cuộc họp", "𝐊ế𝐭 𝐥𝐮ậ𝐧 cuộc họp")]                                  // bold letters of a post: no pictograph
    public void Pictographs_opening_a_chat_post_s_line(string line, string expected) =>
        Assert.Equal(expected, NoticeNormalizer.CleanLine(line));
}
