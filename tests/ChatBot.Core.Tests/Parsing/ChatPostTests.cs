using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 21 (parser7): a conclusion posted in a chat group (Zalo, Facebook, Telegram): no header, a title line with an
/// emoji, one line per unit opened by an emoji bullet (👉, ✅, 🔹, ➡️, ▶️, ✔️ …). Each bullet line is a task of the unit it
/// names before its colon. Invented posts, several emoji and wordings.
/// </summary>
public class ChatPostTests
{
    private static string Describe(ParsedNotice n) => string.Join(" | ", n.Tasks.Select(t => $"[{t.Unit}; {t.Deadline}] {t.Text}"));

    public static TheoryData<string, string[]> Posts => new()
    {
        {
            "Văn phòng UBND phường · 09/3/2026 08:15\n\n📢 KẾT LUẬN GIAO BAN SÁNG THỨ HAI 09/3/2026\n\n" +
            "👉 Phòng VH-XH: rà soát danh sách hộ nghèo cần hỗ trợ, gửi VP trước 13/3/2026.\n" +
            "👉 CA phường: tăng cường tuần tra khu vực chợ đêm.\n" +
            "👉 TT PVHCC: báo cáo số hồ sơ trễ hạn trong tuần.\n\n" +
            "📌 Lịch: sáng thứ Năm 12/3, đ/c Chủ tịch tiếp công dân tại trụ sở.\nĐề nghị các đ/c thả tim xác nhận đã nhận thông tin.\n",
            ["Phòng Văn hóa - Xã hội", "Công an phường", "Trung tâm Phục vụ hành chính công"]
        },
        {
            "[Nhóm Zalo Ban chỉ đạo phường]\n🔴 THÔNG BÁO NHANH\n" +
            "✅ Trạm Y tế phường: phun thuốc diệt muỗi tại tổ dân phố 3 trong tuần này.\n" +
            "✅ Đoàn TN phường: ra quân dọn vệ sinh kênh thoát nước sáng Chủ nhật.\n" +
            "🗓 Thời gian họp tiếp theo: 14h ngày 20/3.\nCác đồng chí đọc xong bấm like để xác nhận nhé.\n",
            ["Trạm Y tế phường", "Đoàn Thanh niên phường"]
        },
        {
            "Kết luận buổi làm việc chiều nay (đ/c Chủ tịch chủ trì):\n" +
            "🔹 Phòng KT, HT&ĐT - lập hồ sơ xử lý công trình sai phép tại ngõ 12, xong trước 20/3/2026.\n" +
            "➡️ BCH Quân sự phường: chuẩn bị lực lượng trực lễ hội.\n" +
            "▶️ Các đơn vị: cập nhật tiến độ nhiệm vụ lên phần mềm trước 16h thứ Sáu.\n",
            ["Phòng Kinh tế, Hạ tầng và Đô thị", "Ban Chỉ huy Quân sự phường", "Các đơn vị"]
        },
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public void Each_emoji_bullet_of_a_chat_post_is_a_task_of_its_unit(string post, string[] units)
    {
        var n = NoticeParser.Parse(post);
        Assert.True(units.SequenceEqual(n.Tasks.Select(t => t.Unit)), Describe(n));
    }
}
