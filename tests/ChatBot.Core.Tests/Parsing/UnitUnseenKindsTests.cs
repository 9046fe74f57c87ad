using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Units the parser missed on notices it never saw (session 29, the blind sets' unit accuracy 0.79-0.88): a leader with a
/// party title and the chair's who is asked to direct a unit, bodies named the way a speaker names them, a briefing or chat
/// written with lower-case unit labels and mentions, and a calendar export whose unit sits in a field of its own. Every row
/// is an invented notice in several wordings (other units, places, dates than the corpus); expected is each task's lead unit
/// ("null" for none), in order.
/// </summary>
public class UnitUnseenKindsTests
{
    private const string Party = "ĐẢNG BỘ PHƯỜNG HÒA MINH\nSố 57-TB/ĐU\nHòa Minh, ngày 14 tháng 9 năm 2026\n\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG\n\n";
    private const string Ward = "Số: 61/TB-UBND\nTân Hòa, ngày 05 tháng 10 năm 2026\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND phường tại hội nghị sơ kết quý III\n\n";

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "a leader with a party title and the chair's, asked to direct a unit: the directed unit leads",
            Party +
            "1. Giao đồng chí Phó Bí thư, Chủ tịch UBND phường chỉ đạo Phòng Văn hóa - Xã hội rà soát danh sách hộ nghèo trước ngày 30/10/2026.\n\n" +
            "2. Đề nghị đồng chí Phó Bí thư Đảng ủy, Chủ tịch UBND phường chỉ đạo Trạm Y tế phường tổ chức tiêm vắc xin cho trẻ em trong tháng 11/2026.\n\n" +
            "3. Giao đồng chí Bí thư Đảng ủy, Phó Chủ tịch UBND phường chỉ đạo Đội Quản lý trật tự đô thị phường ra quân lập lại trật tự vỉa hè.\n",
            ["Phòng Văn hóa - Xã hội", "Trạm Y tế phường", "Đội Quản lý trật tự đô thị phường"]
        },
        {
            "the same leader after a topic label and a speaker",
            Party +
            "1. Về trật tự xây dựng: Ban Thường vụ đề nghị đồng chí Phó Bí thư, Chủ tịch UBND phường chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra các công trình sai phép trong quý IV/2026.\n",
            ["Phòng Kinh tế, Hạ tầng và Đô thị"]
        },
        {
            "the party committee speaking without its name ('Ban Thường vụ đề nghị …') orders the unit after it",
            Party +
            "1. Về công tác dân vận: Ban Thường vụ đề nghị Ủy ban MTTQ Việt Nam phường tổ chức đối thoại với Nhân dân trong quý IV/2026.\n\n" +
            "2. Về an ninh: Ban Thường vụ đề nghị đồng chí Chủ tịch UBND phường chỉ đạo Công an phường rà soát các cơ sở kinh doanh có điều kiện.\n",
            ["Ủy ban MTTQ Việt Nam phường", "Công an phường"]
        },
        {
            "bodies named as a speaker names them: the officers of a body, the plain Office, the Front",
            Ward +
            "1. Các đồng chí Công an phường cần nắm chắc tình hình an ninh tại các khu trọ trước ngày 15/10/2026.\n\n" +
            "2. Văn phòng chuẩn bị dự thảo báo cáo tổng kết năm, gửi trước ngày 20/11/2026.\n\n" +
            "3. Mặt trận và các đoàn thể phường vận động Quỹ Vì người nghèo trong tháng 11/2026.\n\n" +
            "4. Các đồng chí Ban Chỉ huy Quân sự phường hoàn thành sơ tuyển công dân nhập ngũ.\n\n" +
            "5. Mặt trận phường phối hợp với các tổ dân phố tổ chức Ngày hội Đại đoàn kết.\n\n" +
            "6. Đối với anh em Quân sự: hoàn thành kế hoạch huấn luyện dân quân trong tháng 12/2026.\n",
            ["Công an phường", "Văn phòng HĐND và UBND phường", "Ủy ban MTTQ Việt Nam", "Ban Chỉ huy Quân sự phường", "Ủy ban MTTQ Việt Nam phường", "Ban Chỉ huy Quân sự phường"]
        },
        {
            "a briefing written with lower-case unit labels and a mention",
            "**Giao ban tuần 41 - phường Hòa Phú**\n\n" +
            "- vp: tổng hợp lịch công tác tuần, gửi các bộ phận trước thứ Hai.\n" +
            "- p.kt: rà soát các công trình xây dựng trái phép trên tuyến đường Lê Lợi.\n" +
            "- ca phường: tăng cường tuần tra khu vực chợ đêm.\n" +
            "- tt pvhcc: báo cáo số hồ sơ trễ hạn trước ngày 12/10/2026.\n" +
            "- bch qs: hoàn thành danh sách thanh niên đủ tuổi nhập ngũ.\n" +
            "- đtn: tổ chức ra quân dọn vệ sinh bờ sông vào Chủ nhật.\n" +
            "- @p.vhxh rà soát danh sách hộ nghèo, gửi trước ngày 20/10/2026.\n",
            ["Văn phòng HĐND và UBND phường", "Phòng Kinh tế", "Công an phường", "Trung tâm Phục vụ hành chính công", "Ban Chỉ huy Quân sự phường", "Đoàn Thanh niên", "Phòng Văn hóa - Xã hội"]
        },
        {
            "'CAP' / 'CAX' are the ward's and the commune's police",
            Ward +
            "1. CAP: triển khai tuần tra bảo đảm an ninh trật tự dịp Tết Dương lịch.\n\n" +
            "2. Giao CAX phối hợp với Ban Chỉ huy Quân sự xã kiểm tra các điểm kinh doanh pháo.\n",
            ["Công an phường", "Công an xã"]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_gives_the_task_its_unit(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(body);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }

    public static TheoryData<string, string, string[]> Calendars => new()
    {
        {
            "the unit in ATTENDEE (the chair first), a labelled line of DESCRIPTION, CATEGORIES, ORGANIZER",
            "BEGIN:VCALENDAR\nVERSION:2.0\n" +
            "BEGIN:VTODO\nSUMMARY:Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng\nDUE:20261030\n" +
            "ATTENDEE;CN=Văn phòng HĐND và UBND phường;ROLE=REQ-PARTICIPANT:mailto:vp@phuong.gov.vn\n" +
            "ATTENDEE;CN=Phòng Kinh tế, Hạ tầng và Đô thị;ROLE=CHAIR:mailto:kt@phuong.gov.vn\nEND:VTODO\n" +
            "BEGIN:VTODO\nSUMMARY:Tổ chức tiêm vắc xin sởi cho trẻ dưới 5 tuổi\nDUE:20261115\n" +
            "DESCRIPTION:Triển khai theo kế hoạch của Trung tâm Y tế.\\nĐơn vị: Trạm Y tế phường\\nGhi chú: báo cáo hằng tuần\nEND:VTODO\n" +
            "BEGIN:VTODO\nSUMMARY:Kiểm tra an toàn phòng cháy tại các nhà trọ\nDUE:20261120\nCATEGORIES:Công an phường,An ninh\nEND:VTODO\n" +
            "BEGIN:VEVENT\nSUMMARY:Chuẩn bị hội nghị đối thoại với nhân dân\nDUE:20261124\n" +
            "ORGANIZER;CN=\"Văn phòng HĐND và UBND phường\":mailto:vp@phuong.gov.vn\nEND:VEVENT\n" +
            "END:VCALENDAR\n",
            ["Phòng Kinh tế, Hạ tầng và Đô thị", "Trạm Y tế phường", "Công an phường", "Văn phòng HĐND và UBND phường"]
        },
    };

    [Theory]
    [MemberData(nameof(Calendars))]
    public void A_calendar_export_gives_each_task_the_unit_its_fields_name(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(body);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }
}
