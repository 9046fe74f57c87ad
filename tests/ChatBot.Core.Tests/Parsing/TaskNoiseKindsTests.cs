using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Lines that are not tasks (issue 9; the kinds of fresh4's extra tasks, session 25): a heading in capitals that names the
/// leader whose opinions follow, with the leader's name in brackets; the schedule lines of a week ("Thứ Ba 10/11: …"); an
/// attendee list inside an item ("Thành phần … gồm: X, Y", neither a task nor the item's unit); a note under a programme
/// ("Ghi chú: …"); a programme table's rows that no unit prepares (the leaders' own briefing, citizen reception). Every row
/// is an invented notice in several wordings; expected is each task's lead unit ("null" for none), in order.
/// </summary>
public class TaskNoiseKindsTests
{
    private const string Header = "Số: 48/TB-UBND\n\nHòa Lợi, ngày 12 tháng 4 năm 2026\n\nTHÔNG BÁO\n\n";

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "a heading in capitals naming a leader, the name in brackets: a heading, and no unit for the items under it",
            "Sau khi nghe các đơn vị báo cáo, lãnh đạo UBND phường có ý kiến chỉ đạo như sau:\n\n" +
            "I. Ý KIẾN CỦA ĐỒNG CHÍ CHỦ TỊCH UBND PHƯỜNG\n- Văn phòng HĐND và UBND phường chuẩn bị nội dung phiên họp thường kỳ.\n\n" +
            "II. Ý KIẾN CỦA ĐỒNG CHÍ PHÓ CHỦ TỊCH PHỤ TRÁCH VĂN HÓA - XÃ HỘI VÀ GIÁO DỤC (đ/c Trần Văn Nam)\n" +
            "- Trạm Y tế phường tổ chức tiêm vắc xin cho trẻ em.\n- Rà soát danh sách trẻ chưa tiêm đủ mũi.\n\n" +
            "III. Ý KIẾN CỦA ĐỒNG CHÍ PHÓ CHỦ TỊCH PHỤ TRÁCH KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ (đồng chí Lê Thị Hoa)\n" +
            "- Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra các công trình xây dựng.\n",
            ["Văn phòng HĐND và UBND phường", "Trạm Y tế phường", "null", "Phòng Kinh tế, Hạ tầng và Đô thị"]
        },
        {
            "the schedule lines of a week (a weekday, a date, a colon) are appointments",
            "I. NHIỆM VỤ TRONG TUẦN\n- Phòng Văn hóa - Xã hội tổng hợp danh sách hộ nghèo.\n\n" +
            "II. LỊCH CÔNG TÁC TUẦN 16\n- Thứ Hai 13/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n" +
            "- Thứ Tư 15/4: Đoàn kiểm tra của quận làm việc về công tác chuyển đổi số.\n- Sáng thứ Sáu (17/4): Giao ban khối kinh tế.\n" +
            "- Chủ nhật, ngày 19/4: Lãnh đạo UBND phường dự Ngày hội đại đoàn kết tại tổ dân phố 3.\n",
            ["Phòng Văn hóa - Xã hội"]
        },
        {
            "an attendee list inside an item is neither a task nor the item's unit",
            "Phường Hòa Lợi triển khai Ngày hội năm 2026\n\n" +
            "Thực hiện ý kiến chỉ đạo của UBND quận, UBND phường Hòa Lợi xây dựng Kế hoạch tổ chức Ngày hội năm 2026 trên địa bàn phường, với các nội dung chính như sau:\n\n" +
            "- Tổ chức cuộc họp để quán triệt, triển khai kế hoạch. Thành phần mời tham dự gồm: Thường trực Đảng ủy, Trạm Y tế, Hội Nông dân, Đoàn Thanh niên, các chi hội khác.\n\n" +
            "- Tổ chức buổi gặp mặt các tình nguyện viên. Thành phần gồm: Công an phường, Trạm Y tế phường, Hội Cựu chiến binh, các tổ dân phố.\n\n" +
            "- Phòng Văn hóa - Xã hội xây dựng kịch bản buổi lễ. Thành phần dự lễ: Thường trực HĐND phường, các đoàn thể, đại diện các hộ gia đình.\n",
            ["null", "null", "Phòng Văn hóa - Xã hội"]
        },
        {
            "a note under a programme is no task",
            "Chủ tịch UBND phường kết luận như sau:\n\n1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\n" +
            "Ghi chú: Lịch có thể thay đổi. Các đơn vị được giao chuẩn bị chủ động phối hợp để thực hiện đúng thời gian.\n\n" +
            "Ghi chú : Các phòng, đơn vị thường xuyên theo dõi lịch trên hệ thống quản lý văn bản.\n",
            ["Trạm Y tế phường"]
        },
        {
            "a programme table's rows that no unit prepares are appointments",
            "| Ngày | Nội dung công việc | Lãnh đạo chủ trì | Đơn vị chuẩn bị | Thành phần |\n" +
            "| Thứ Hai 06/4 | Giao ban Thường trực UBND phường | Chủ tịch |  | Các PCT |\n" +
            "| Thứ Ba 07/4 | Kiểm tra an toàn thực phẩm tại các trường mầm non | PCT Lê Văn Tâm | Trạm Y tế phường | Phòng VH-XH |\n" +
            "| Thứ Năm 09/4 | Tiếp công dân định kỳ | Chủ tịch |  | Đại diện các phòng |\n" +
            "| Thứ Sáu 10/4 | Họp Ban Chỉ đạo giảm nghèo | PCT Lê Văn Tâm | Phòng VH-XH | Thành viên Ban Chỉ đạo |\n",
            ["Trạm Y tế phường", "Phòng Văn hóa - Xã hội"]
        },
        {
            "outside a schedule heading, a weekday line whose subject is one of the ward's units stays a task; a visit or a leader's is not",
            "Chủ tịch UBND phường kết luận như sau:\n\n- Thứ Hai 13/4: Phòng Văn hóa - Xã hội tổ chức tập huấn cho cán bộ.\n" +
            "- Thứ Tư 15/4: Đoàn công tác của quận làm việc về chuyển đổi số.\n- Thứ Năm 16/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n",
            ["Phòng Văn hóa - Xã hội"]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_line_that_is_no_task_yields_none(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(Header + body);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }
}
