using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 25 (issue 9, fresh5's tracking table): a task table with a status column ("Tình trạng", "Trạng thái", "Kết quả
/// thực hiện"): a row whose status says the work is done ("Đã hoàn thành", "Đã thực hiện xong") is no task.
/// </summary>
public class TableStatusKindsTests
{
    public static TheoryData<string, string, string> Tables => new()
    {
        { "Tình trạng", "Đã hoàn thành", "Đang thực hiện" },
        { "Trạng thái", "đã hoàn thành (100%)", "Giao mới" },
        { "Kết quả thực hiện", "Đã thực hiện xong", "Chưa thực hiện" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_row_whose_status_says_done_is_no_task(string statusHead, string done, string open)
    {
        var n = NoticeParser.Parse("THÔNG BÁO\n\nDANH MỤC NHIỆM VỤ THEO DÕI\n\n" +
            $"| STT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn | {statusHead} |\n" +
            $"| 1 | Sửa chữa nhà văn hóa tổ dân phố 3 | Phòng Kinh tế, Hạ tầng và Đô thị | 15/10/2026 | {done} |\n" +
            $"| 2 | Rà soát hộ nghèo cuối năm | Phòng Văn hóa - Xã hội | 30/11/2026 | {open} |\n");
        Assert.Equal(["Rà soát hộ nghèo cuối năm"], n.Tasks.Select(t => t.Text).ToArray());
    }
}
