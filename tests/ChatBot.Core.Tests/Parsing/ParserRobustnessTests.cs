using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>Shapes of real notices that once made the parser throw. Each row is a wording of the shape, not a corpus line.</summary>
public class ParserRobustnessTests
{
    // A bullet whose first sentence has no unit and whose next sentence lists units after a colon ("Thành phần … gồm: X, Y"):
    // the block's leading unit lies beyond the first sentence, and looking for "… như: <item>" after it ran past that
    // sentence's end (ArgumentOutOfRangeException in TaskReader.EnumerationStart, fresh4 510).
    [Theory]
    [InlineData("- Tổ chức hội nghị quán triệt kế hoạch. Thành phần mời dự gồm: Thường trực Đảng ủy, Trạm Y tế, các trường học trên địa bàn.")]
    [InlineData("- Chuẩn bị hội trường cho buổi lễ. Khách mời gồm: Ban Thường vụ Đảng ủy, Công an phường và đại diện các tổ dân phố.")]
    [InlineData("- Họp triển khai công tác tháng. Tham dự gồm: Văn phòng HĐND và UBND phường, Phòng Văn hóa - Xã hội, các hội đoàn thể.")]
    public void A_bullet_whose_units_come_after_its_first_sentence_is_read_without_throwing(string bullet)
    {
        var text = string.Join("\n\n", "UBND phường An Bình xây dựng kế hoạch tổ chức Ngày hội đọc sách năm 2026 với các nội dung sau:",
            bullet, "- Giao Phòng Văn hóa - Xã hội chuẩn bị sách và gian trưng bày; hoàn thành trước ngày 20/4/2026.");

        var notice = NoticeParser.Parse(text, new ParseOptions { DefaultYear = 2026 });

        Assert.Contains(notice.Tasks, t => t.Text.StartsWith("Giao Phòng Văn hóa", StringComparison.Ordinal));
    }
}
