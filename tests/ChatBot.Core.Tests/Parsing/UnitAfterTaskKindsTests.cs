using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// The unit written AFTER the task (issue 9; the kinds of fresh5's misses, session 25; "(Giao: X)" was read already): an
/// em dash "— X thực hiện", a clause "…; X chủ trì/chuẩn bị …" when the task named no unit before it, and the
/// "Trách nhiệm: X. Thời hạn: …" / "Đơn vị: X" line of minutes under the item. Every row is an invented notice in several
/// wordings; expected is each task's canonical lead unit ("null" for none).
/// </summary>
public class UnitAfterTaskKindsTests
{
    private const string Header = "Số: 71/TB-UBND\n\nTân Mai, ngày 04 tháng 5 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND phường như sau:\n\n";

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "an em dash before 'X thực hiện' / 'X chủ trì, Y phối hợp', plain or in markdown italics",
            "1. Sửa chữa hệ thống đèn chiếu sáng trong ngõ 12 trước ngày 15/6/2026 — Phòng Kinh tế, Hạ tầng và Đô thị thực hiện.\n\n" +
            "2. Tuyên truyền về phòng chống đuối nước cho học sinh trong dịp hè. — *Trung tâm Văn hóa - Thể thao phường thực hiện*\n\n" +
            "3. Tổ chức diễn tập phương án chữa cháy tại khu tập thể cũ — Công an phường chủ trì, Ban Chỉ huy quân sự phường phối hợp.\n",
            ["Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Văn hóa - Thể thao phường", "Công an phường"]
        },
        {
            "a clause after ';' whose subject is a unit gives the unit when the item named none before",
            "1. Tổ chức hội nghị tập huấn cho tổ trưởng tổ dân phố vào tháng 7/2026; Văn phòng HĐND và UBND phường chuẩn bị tài liệu, hội trường.\n\n" +
            "2. Phát động giải chạy vì sức khỏe cộng đồng nhân dịp Quốc khánh; Phòng Văn hóa - Xã hội chủ trì.\n\n" +
            "3. Hoàn thành chỉnh trang vườn hoa trước ngày 30/8/2026; Trung tâm Dịch vụ sự nghiệp công thực hiện, báo cáo kết quả.\n",
            ["Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ sự nghiệp công"]
        },
        {
            "minutes: a 'Trách nhiệm: X. Thời hạn: …' or 'Đơn vị: X' line under the item names its unit",
            "1. Hoàn thiện hồ sơ đề nghị công nhận tổ dân phố văn hóa.\n   Trách nhiệm: Phòng Văn hóa - Xã hội. Thời hạn: trước ngày 10/8/2026.\n" +
            "2. Rà soát các cơ sở kinh doanh karaoke trên địa bàn.\n   Trách nhiệm: Công an phường; phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị.\n" +
            "3. Cập nhật bản đồ số các điểm ngập úng.\n   Đơn vị: Trung tâm Dịch vụ sự nghiệp công. Thời hạn: trong tháng 9/2026.\n" +
            "4. Chuẩn bị khánh tiết cho hội nghị tổng kết.\n   Trách nhiệm thuộc về: Văn phòng HĐND và UBND phường.\n",
            ["Phòng Văn hóa - Xã hội", "Công an phường", "Trung tâm Dịch vụ sự nghiệp công", "Văn phòng HĐND và UBND phường"]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_unit_written_after_the_task_is_its_lead(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(Header + body);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }

    public static TheoryData<string, string, string[]> Minutes => new()
    {
        {
            "minutes under a capitals heading: each item followed by its 'Trách nhiệm:' line is a task of that unit",
            "ỦY BAN NHÂN DÂN PHƯỜNG TÂN MAI\n\nBIÊN BẢN HỌP\nVề việc tổ chức Tết Trung thu cho thiếu nhi\n\n" +
            "Thời gian: 08 giờ 30, ngày 14/8/2026\nChủ trì: Ông Trần Văn Bình - Chủ tịch UBND phường\n\nKẾT LUẬN CỦA CHỦ TRÌ\n" +
            "1. Lập danh sách thiếu nhi có hoàn cảnh khó khăn để tặng quà.\n   Trách nhiệm: Phòng Văn hóa - Xã hội. Thời hạn: trước ngày 25/8/2026.\n" +
            "2. Trang trí sân khấu và khu vui chơi tại nhà văn hóa phường.\n   Trách nhiệm: Trung tâm Dịch vụ sự nghiệp công; phối hợp: Đoàn Thanh niên phường.\n" +
            "3. Bảo đảm an ninh trật tự trong đêm hội.\n   Đơn vị: Công an phường.\n",
            ["Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ sự nghiệp công", "Công an phường"]
        },
        {
            "items under a capitals heading whose unit trails them ('— X thực hiện', '(Giao: X)') are tasks",
            "ỦY BAN NHÂN DÂN PHƯỜNG TÂN MAI\n\nBIÊN BẢN HỌP\n\nÝ KIẾN KẾT LUẬN\n" +
            "1. Rà soát các điểm tập kết rác tự phát trên địa bàn — Đội Quản lý trật tự đô thị phường thực hiện.\n" +
            "2. Hoàn thành việc cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi (Giao: Công an phường).\n",
            ["Đội Quản lý trật tự đô thị phường", "Công an phường"]
        },
        {
            "an item that opens with a verb the reader does not take for an order is still a task when its unit follows it",
            "ỦY BAN NHÂN DÂN PHƯỜNG TÂN MAI\n\nBIÊN BẢN HỌP\n\nKẾT LUẬN CỦA CHỦ TRÌ\n" +
            "1. Hoàn chỉnh kịch bản chương trình văn nghệ chào mừng Quốc khánh.\n   Trách nhiệm: Phòng Văn hóa - Xã hội.\n" +
            "2. Lắp đặt hệ thống loa, đèn tại sân khấu; dọn dẹp khuôn viên trước buổi lễ.\n   Đơn vị: Trung tâm Dịch vụ sự nghiệp công. Thời hạn: trước ngày 30/8/2026.\n" +
            "3. Sửa sang lại cổng chào của phường — Phòng Kinh tế, Hạ tầng và Đô thị thực hiện.\n" +
            "4. Niêm yết công khai danh sách hộ được hỗ trợ (Giao: Văn phòng HĐND và UBND phường).\n",
            ["Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ sự nghiệp công", "Phòng Kinh tế, Hạ tầng và Đô thị", "Văn phòng HĐND và UBND phường"]
        },
    };

    [Theory]
    [MemberData(nameof(Minutes))]
    public void Minutes_items_with_their_unit_after_them_are_tasks(string kind, string text, string[] expected)
    {
        var notice = NoticeParser.Parse(text);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }
}
