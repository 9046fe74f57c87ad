using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Machine exports and pasted tables that read no task on main 0ead38b (session 28, parser17a; docs/PARSER.md "Exports and
/// box tables"): a JSON, XML or iCalendar export of tasks, a table drawn with box characters. Every row is an invented
/// document (other units, places and dates than the corpus); expected is one line per task: unit | text | deadline |
/// recurrence ("-" for none).
/// </summary>
public class LayoutExportKindsTests
{
    private static string[] Lines(ParsedNotice notice) =>
        notice.Tasks.Select(t => $"{t.Unit ?? "null"} | {t.Text} | {t.Deadline?.ToString("yyyy-MM-dd") ?? "-"} | {t.Recurrence?.ToString() ?? "-"}").ToArray();

    private static void AssertTasks(string kind, string text, string[] expected)
    {
        var got = Lines(NoticeParser.Parse(text));
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected\n    {string.Join("\n    ", expected)}\n  got\n    {string.Join("\n    ", got)}");
    }

    public static TheoryData<string, string, string[]> Exports => new()
    {
        {
            "a JSON export, pretty-printed: snake_case keys, an ISO date, a partner key, a done status",
            "{\n" +
            "  \"tieu_de\": \"Danh sách nhiệm vụ tháng 8/2027 - phường Tân Hưng\",\n" +
            "  \"nhiem_vu\": [\n" +
            "    {\"stt\": 1, \"noi_dung\": \"Rà soát hộ nghèo phát sinh trên địa bàn\", \"don_vi\": \"Phòng VH-XH\", \"han\": \"15/8/2027\"},\n" +
            "    {\"stt\": 2, \"noi_dung\": \"Kiểm tra an toàn phòng cháy tại các cơ sở karaoke\", \"don_vi\": \"Công an phường\", \"han\": \"2027-08-20\", \"phoi_hop\": \"Phòng Kinh tế\"},\n" +
            "    {\"stt\": 3, \"noi_dung\": \"Gửi báo cáo sơ kết công tác dân vận\", \"don_vi\": \"Văn phòng HĐND và UBND phường\", \"han\": \"05/8/2027\", \"trang_thai\": \"Hoàn thành\"}\n" +
            "  ]\n" +
            "}\n",
            [
                "Phòng Văn hóa - Xã hội | Rà soát hộ nghèo phát sinh trên địa bàn | 2027-08-15 | -",
                "Công an phường | Kiểm tra an toàn phòng cháy tại các cơ sở karaoke | 2027-08-20 | -",
            ]
        },
        {
            "a JSON array on one line, camelCase keys",
            "[{\"noiDung\":\"Tổ chức tiêm vắc xin sởi cho trẻ dưới 5 tuổi\",\"donViThucHien\":\"Trạm Y tế phường\",\"hanXuLy\":\"10/9/2027\"},{\"noiDung\":\"Vận động hội viên tham gia hiến máu tình nguyện\",\"donViThucHien\":\"Hội Chữ thập đỏ phường\",\"hanXuLy\":\"25/9/2027\"}]\n",
            [
                "Trạm Y tế phường | Tổ chức tiêm vắc xin sởi cho trẻ dưới 5 tuổi | 2027-09-10 | -",
                "Hội Chữ thập đỏ phường | Vận động hội viên tham gia hiến máu tình nguyện | 2027-09-25 | -",
            ]
        },
        {
            "a JSON export grouped by unit: the tasks nested under each unit inherit it; English keys",
            "[\n" +
            "  {\"unit\": \"Công an xã\", \"tasks\": [\n" +
            "    {\"title\": \"Tuần tra bảo đảm an ninh lễ hội làng Phú Mỹ\", \"due\": \"2027-02-14\"},\n" +
            "    {\"title\": \"Rà soát người nước ngoài tạm trú tại các nhà nghỉ\", \"due\": \"2027-02-20\"}\n" +
            "  ]},\n" +
            "  {\"unit\": \"Ban Chỉ huy Quân sự xã\", \"tasks\": [\n" +
            "    {\"title\": \"Tổ chức lễ giao nhận quân năm 2027\", \"due\": \"2027-02-25\", \"status\": \"open\"}\n" +
            "  ]}\n" +
            "]\n",
            [
                "Công an xã | Tuần tra bảo đảm an ninh lễ hội làng Phú Mỹ | 2027-02-14 | -",
                "Công an xã | Rà soát người nước ngoài tạm trú tại các nhà nghỉ | 2027-02-20 | -",
                "Ban Chỉ huy Quân sự xã | Tổ chức lễ giao nhận quân năm 2027 | 2027-02-25 | -",
            ]
        },
        {
            "an XML export: one element per task, a leaf per field, an entity in a name",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
            "<DanhSachNhiemVu>\n" +
            "  <NhiemVu>\n" +
            "    <NoiDung>Kiểm tra việc chấp hành quy định trật tự đô thị tuyến Nguyễn Trãi</NoiDung>\n" +
            "    <DonVi>Phòng Kinh tế, Hạ tầng &amp; Đô thị</DonVi>\n" +
            "    <ThoiHan>12/10/2027</ThoiHan>\n" +
            "  </NhiemVu>\n" +
            "  <NhiemVu>\n" +
            "    <NoiDung>Lập danh sách thanh niên trong độ tuổi nhập ngũ năm 2028</NoiDung>\n" +
            "    <DonVi>Ban Chỉ huy Quân sự phường</DonVi>\n" +
            "    <ThoiHan>2027-10-30</ThoiHan>\n" +
            "  </NhiemVu>\n" +
            "</DanhSachNhiemVu>\n",
            [
                "Phòng Kinh tế, Hạ tầng và Đô thị | Kiểm tra việc chấp hành quy định trật tự đô thị tuyến Nguyễn Trãi | 2027-10-12 | -",
                "Ban Chỉ huy Quân sự phường | Lập danh sách thanh niên trong độ tuổi nhập ngũ năm 2028 | 2027-10-30 | -",
            ]
        },
        {
            "an iCalendar export: VTODO with DUE and the unit in DESCRIPTION, a weekly RRULE, a completed one left out",
            "BEGIN:VCALENDAR\n" +
            "VERSION:2.0\n" +
            "PRODID:-//UBND xa Dong Son//Lich cong tac//VI\n" +
            "BEGIN:VTODO\n" +
            "SUMMARY:Rà soát hồ sơ hỗ trợ người lao động mất việc làm\n" +
            "DUE;VALUE=DATE:20271105\n" +
            "DESCRIPTION:Đơn vị thực hiện: Phòng Văn hóa - Xã hội\n" +
            "STATUS:NEEDS-ACTION\n" +
            "END:VTODO\n" +
            "BEGIN:VTODO\n" +
            "SUMMARY:Kiểm tra vệ sinh an toàn thực phẩm bếp ăn trường học\n" +
            "DESCRIPTION:Trạm Y tế xã\n" +
            "RRULE:FREQ=WEEKLY;BYDAY=FR\n" +
            "END:VTODO\n" +
            "BEGIN:VTODO\n" +
            "SUMMARY:Nộp báo cáo quyết toán quý III\n" +
            "DUE;VALUE=DATE:20271015\n" +
            "DESCRIPTION:Đơn vị thực hiện: Văn phòng HĐND và UBND xã\n" +
            "STATUS:COMPLETED\n" +
            "END:VTODO\n" +
            "END:VCALENDAR\n",
            [
                "Phòng Văn hóa - Xã hội | Rà soát hồ sơ hỗ trợ người lao động mất việc làm | 2027-11-05 | -",
                "Trạm Y tế xã | Kiểm tra vệ sinh an toàn thực phẩm bếp ăn trường học | - | Weekly",
            ]
        },
        {
            "an e-mail with a table drawn in box characters: a border under each row, a cell wrapped onto a second line",
            "From: vanphong@phuongtanan.gov.vn\n" +
            "Subject: Phân công việc tuần 51\n\n" +
            "Kính gửi các đồng chí,\n\n" +
            "┌─────┬──────────────────────────────────────┬──────────────────────┬────────────┐\n" +
            "│ STT │ Nội dung                             │ Đơn vị               │ Thời hạn   │\n" +
            "├─────┼──────────────────────────────────────┼──────────────────────┼────────────┤\n" +
            "│ 1   │ Rà soát danh sách cử tri bổ sung     │ Công an phường       │ 18/12/2027 │\n" +
            "├─────┼──────────────────────────────────────┼──────────────────────┼────────────┤\n" +
            "│ 2   │ Chuẩn bị hội trường và âm thanh cho  │ Văn phòng HĐND và    │ 20/12/2027 │\n" +
            "│     │ buổi tiếp xúc cử tri                 │ UBND phường          │            │\n" +
            "└─────┴──────────────────────────────────────┴──────────────────────┴────────────┘\n\n" +
            "Trân trọng.\n",
            [
                "Công an phường | Rà soát danh sách cử tri bổ sung | 2027-12-18 | -",
                "Văn phòng HĐND và UBND phường | Chuẩn bị hội trường và âm thanh cho buổi tiếp xúc cử tri | 2027-12-20 | -",
            ]
        },
        {
            "a box table in double lines with no border between rows",
            "Bảng phân công trực Tết Nguyên đán 2028\n\n" +
            "╔════╦═════════════════════════════════════╦═══════════════════╦═══════════╗\n" +
            "║ TT ║ Công việc                           ║ Đơn vị chủ trì    ║ Hạn       ║\n" +
            "╠════╬═════════════════════════════════════╬═══════════════════╬═══════════╣\n" +
            "║ 1  ║ Kiểm tra công tác phòng cháy chợ hoa ║ Công an phường    ║ 20/01/2028 ║\n" +
            "║ 2  ║ Thăm hỏi gia đình chính sách         ║ Phòng VH-XH       ║ 22/01/2028 ║\n" +
            "╚════╩═════════════════════════════════════╩═══════════════════╩═══════════╝\n",
            [
                "Công an phường | Kiểm tra công tác phòng cháy chợ hoa | 2028-01-20 | -",
                "Phòng Văn hóa - Xã hội | Thăm hỏi gia đình chính sách | 2028-01-22 | -",
            ]
        },
        {
            "an HTML table pasted as markup: the first row's cells are the header, the others rows by position",
            "<table>\n" +
            "  <tr><th>STT</th><th>Nội dung công việc</th><th>Đơn vị chủ trì</th><th>Thời hạn</th></tr>\n" +
            "  <tr><td>1</td><td>Rà soát điểm tập kết rác tự phát ven kênh Xáng</td><td>Phòng Kinh tế</td><td>05/4/2028</td></tr>\n" +
            "  <tr><td>2</td><td>Tuyên truyền phòng chống đuối nước cho học sinh</td><td>Đoàn Thanh niên phường</td><td>15/4/2028</td></tr>\n" +
            "</table>\n",
            [
                "Phòng Kinh tế | Rà soát điểm tập kết rác tự phát ven kênh Xáng | 2028-04-05 | -",
                "Đoàn Thanh niên phường | Tuyên truyền phòng chống đuối nước cho học sinh | 2028-04-15 | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void An_export_or_a_box_table_is_read_as_a_task_table(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);

    public static TheoryData<string, string, string[]> Guards => new()
    {
        {
            "a log whose lines open with a bracketed stamp is no JSON; a JSON of settings is no task",
            "NHẬT KÝ ĐIỀU HÀNH — UBND XÃ HÒA SƠN\n" +
            "[02/6/2027 08:40] Chủ tịch UBND xã: giao Phòng Văn hóa - Xã hội rà soát học sinh nghỉ học, hạn 10/6/2027.\n" +
            "[03/6/2027 14:10] Trạm Y tế xã phun khử khuẩn khu chợ tạm, báo cáo trước 05/6/2027.\n" +
            "{\"phien_ban\": \"2.1\", \"ngon_ngu\": \"vi\", \"so_ban_ghi\": 12}\n",
            [
                "Phòng Văn hóa - Xã hội | giao Phòng Văn hóa - Xã hội rà soát học sinh nghỉ học, hạn 10/6/2027. | 2027-06-10 | -",
                "Trạm Y tế xã | Trạm Y tế xã phun khử khuẩn khu chợ tạm, báo cáo trước 05/6/2027. | 2027-06-05 | -",
            ]
        },
        {
            "a box table of a meeting's schedule (no task columns) gives no task",
            "┌───────┬──────────────────────────┬──────────────────────┐\n" +
            "│ Giờ   │ Hoạt động                │ Địa điểm             │\n" +
            "├───────┼──────────────────────────┼──────────────────────┤\n" +
            "│ 07h30 │ Đón tiếp đại biểu        │ Hội trường UBND xã   │\n" +
            "│ 08h00 │ Khai mạc hội nghị        │ Hội trường UBND xã   │\n" +
            "└───────┴──────────────────────────┴──────────────────────┘\n",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Guards))]
    public void What_is_no_export_of_tasks_stays_out(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);
}
