using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// The fallback for layouts no reader knows (issue 9, session 27, docs/PARSER.md "Records no reader knows"): a part of a
/// notice that gave no task is read record by record, each field classified by what it holds (an action, a unit, a
/// deadline). Every row is an invented notice in a layout of its own (none copied from a corpus set), each seen yielding
/// no task on main 1d4b118 first. Expected: one line per task, unit | text | deadline | recurrence ("-" for none).
/// </summary>
public class RecordFallbackTests
{
    private static string[] Lines(ParsedNotice notice) =>
        notice.Tasks.Select(t => $"{t.Unit ?? "null"} | {t.Text} | {t.Deadline?.ToString("yyyy-MM-dd") ?? "-"} | {t.Recurrence?.ToString() ?? "-"}").ToArray();

    private static void AssertTasks(string kind, string text, string[] expected)
    {
        var got = Lines(NoticeParser.Parse(text));
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected\n    {string.Join("\n    ", expected)}\n  got\n    {string.Join("\n    ", got)}");
    }

    public static TheoryData<string, string, string[]> Records => new()
    {
        {
            "a spreadsheet pasted with runs of spaces, column names no reader knows",
            "UBND PHƯỜNG AN KHÁNH\nBẢNG THEO DÕI CÔNG VIỆC THÁNG 3/2027\n\n" +
            "TT    Việc phải làm                                  Bộ phận phụ trách      Ngày cuối\n" +
            "1     Lập danh sách đối tượng bảo trợ xã hội quý II    Phòng VH-XH            15/3/2027\n" +
            "2     Kiểm tra giấy phép xây dựng tại khu tái định cư  Phòng KT-HT-ĐT         22/3/2027\n" +
            "3     Tuần tra bảo vệ lễ hội đình An Khánh             Công an phường         08/3/2027\n",
            [
                "Phòng Văn hóa - Xã hội | Lập danh sách đối tượng bảo trợ xã hội quý II | 2027-03-15 | -",
                "Phòng Kinh tế, Hạ tầng và Đô thị | Kiểm tra giấy phép xây dựng tại khu tái định cư | 2027-03-22 | -",
                "Công an phường | Tuần tra bảo vệ lễ hội đình An Khánh | 2027-03-08 | -",
            ]
        },
        {
            "a markdown table whose header names no known column; a done row and the header stay out",
            "### Sổ theo dõi chỉ đạo của Chủ tịch UBND xã Tân Lập (tháng 4/2027)\n\n" +
            "| Mã | Ý kiến chỉ đạo | Nơi xử lý | Kỳ hạn | Tình trạng |\n|---|---|---|---|---|\n" +
            "| CĐ-14 | Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao | Phòng Kinh tế | 20/4/2027 | Đang làm |\n" +
            "| CĐ-15 | Tổ chức tập huấn phòng cháy cho hộ kinh doanh | Công an xã | 25/4/2027 | Chưa làm |\n" +
            "| CĐ-16 | Báo cáo kết quả thu quỹ phòng, chống thiên tai | Văn phòng HĐND và UBND xã | 10/4/2027 | Đã hoàn thành |\n",
            [
                "Phòng Kinh tế | Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao | 2027-04-20 | -",
                "Công an xã | Tổ chức tập huấn phòng cháy cho hộ kinh doanh | 2027-04-25 | -",
            ]
        },
        {
            "records of 'Key: value' lines with labels no reader knows, one blank line apart",
            "PHƯỜNG BÌNH MINH — PHÂN VIỆC SAU HỌP GIAO BAN 09/3/2027\n\n" +
            "Đầu việc: Cập nhật dữ liệu dân cư cho 12 hộ mới chuyển đến\n" +
            "Ai làm: Công an phường\n" +
            "Xong trước: 16/3/2027\n\n" +
            "Đầu việc: Chuẩn bị phòng họp trực tuyến cho buổi tiếp xúc cử tri\n" +
            "Ai làm: Trung tâm Dịch vụ sự nghiệp công phường\n" +
            "Xong trước: 12/3/2027\n",
            [
                "Công an phường | Cập nhật dữ liệu dân cư cho 12 hộ mới chuyển đến | 2027-03-16 | -",
                "Trung tâm Dịch vụ sự nghiệp công phường | Chuẩn bị phòng họp trực tuyến cho buổi tiếp xúc cử tri | 2027-03-12 | -",
            ]
        },
        {
            "a log of the chairman's instructions: time stamps, a speaker's label, the unit and the deadline in the line",
            "NHẬT KÝ ĐIỀU HÀNH — UBND XÃ HÒA SƠN\n" +
            "[02/6/2027 08:40] Chủ tịch UBND xã: giao Phòng Văn hóa - Xã hội rà soát học sinh nghỉ học, hạn 10/6/2027.\n" +
            "[02/6/2027 09:05] Phó Chủ tịch Đinh Văn Lực: Ban Chỉ huy Quân sự xã kiểm tra trang bị cứu hộ trước 08/6/2027.\n" +
            "[03/6/2027 14:10] Trạm Y tế xã phun khử khuẩn khu chợ tạm, báo cáo trước 05/6/2027.\n",
            [
                "Phòng Văn hóa - Xã hội | giao Phòng Văn hóa - Xã hội rà soát học sinh nghỉ học, hạn 10/6/2027. | 2027-06-10 | -",
                "Ban Chỉ huy Quân sự xã | Ban Chỉ huy Quân sự xã kiểm tra trang bị cứu hộ trước 08/6/2027. | 2027-06-08 | -",
                "Trạm Y tế xã | Trạm Y tế xã phun khử khuẩn khu chợ tạm, báo cáo trước 05/6/2027. | 2027-06-05 | -",
            ]
        },
        {
            "an exported list: ids, fields cut by ' | ' with a compound's dash kept, a status column",
            "Trích xuất từ phần mềm điều hành - ngày 14/5/2027\n" +
            "#311 | Tổng hợp báo cáo kinh tế - xã hội 6 tháng đầu năm | Văn phòng HĐND và UBND phường | 05/6/2027 | Mới\n" +
            "#312 | Thẩm định hồ sơ hỗ trợ nhà ở cho hộ nghèo | Phòng Văn hóa - Xã hội | 30/5/2027 | Đang xử lý\n" +
            "#309 | Đôn đốc thu thuế phi nông nghiệp | Phòng Kinh tế, Hạ tầng và Đô thị | 20/5/2027 | Đã xong\n",
            [
                "Văn phòng HĐND và UBND phường | Tổng hợp báo cáo kinh tế - xã hội 6 tháng đầu năm | 2027-06-05 | -",
                "Phòng Văn hóa - Xã hội | Thẩm định hồ sơ hỗ trợ nhà ở cho hộ nghèo | 2027-05-30 | -",
            ]
        },
        {
            "nested bullets: a bare unit over the work indented under it",
            "Ghi nhanh kết luận họp ngày 21/9/2027\n\n" +
            "- Trạm Y tế phường\n" +
            "    - Giám sát ổ dịch sốt xuất huyết tổ dân phố 7, xong trước 28/9/2027\n" +
            "    - Tuyên truyền diệt lăng quăng tại các hộ gia đình trong tháng 10/2027\n" +
            "- Đoàn Thanh niên phường\n" +
            "    - Ra quân thu gom vật dụng chứa nước đọng trước 30/9/2027\n",
            [
                "Trạm Y tế phường | Giám sát ổ dịch sốt xuất huyết tổ dân phố 7, xong trước 28/9/2027 | 2027-09-28 | -",
                "Trạm Y tế phường | Tuyên truyền diệt lăng quăng tại các hộ gia đình trong tháng 10/2027 | 2027-10-31 | -",
                "Đoàn Thanh niên phường | Ra quân thu gom vật dụng chứa nước đọng trước 30/9/2027 | 2027-09-30 | -",
            ]
        },
        {
            "lines cut by arrows and by em dashes: the unit first, the work, the deadline last",
            "Phân công sau kiểm tra thực địa ngày 04/8/2027:\n" +
            "Công an phường → lập biên bản các trường hợp lấn chiếm vỉa hè (hạn 11/8/2027)\n" +
            "Phòng KT, HT&ĐT — Khảo sát hiện trạng cống thoát nước tuyến Trần Phú — 18/8/2027\n",
            [
                "Công an phường | lập biên bản các trường hợp lấn chiếm vỉa hè (hạn 11/8/2027) | 2027-08-11 | -",
                "Phòng Kinh tế, Hạ tầng và Đô thị | Khảo sát hiện trạng cống thoát nước tuyến Trần Phú | 2027-08-18 | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_no_reader_knows_is_read_by_its_fields(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);

    /// <summary>Session 28 (parser17a): the unit and the deadline of a record, where a block names them once or a column
    /// says how often; every row seen giving no unit, no date or no recurrence on main 0ead38b first.</summary>
    public static TheoryData<string, string, string[]> UnitsAndDeadlines => new()
    {
        {
            "a table's group rows name the unit of the rows under them (a roman numeral, or the cell alone)",
            "Theo dõi việc tháng 5/2027 — xã Phước Hòa\n\n" +
            "| # | Việc | Ngày cuối |\n|---|---|---|\n" +
            "| I | Phòng Văn hóa - Xã hội | |\n" +
            "| 1 | Lập danh sách học sinh có hoàn cảnh khó khăn | 12/5/2027 |\n" +
            "| 2 | Kiểm tra điểm vui chơi cho trẻ em | 18/5/2027 |\n" +
            "| | Công an xã | |\n" +
            "| 3 | Tuần tra bảo vệ kỳ thi tuyển sinh lớp 10 | 25/5/2027 |\n",
            [
                "Phòng Văn hóa - Xã hội | Lập danh sách học sinh có hoàn cảnh khó khăn | 2027-05-12 | -",
                "Phòng Văn hóa - Xã hội | Kiểm tra điểm vui chơi cho trẻ em | 2027-05-18 | -",
                "Công an xã | Tuần tra bảo vệ kỳ thi tuyển sinh lớp 10 | 2027-05-25 | -",
            ]
        },
        {
            "a unit alone on a line over records cut by ' | ', blank lines between the groups",
            "GHI CHÚ PHÂN VIỆC SAU HỌP NGÀY 14/6/2027\n\n" +
            "Ban Chỉ huy Quân sự phường\n" +
            "Kiểm tra kho vũ khí của lực lượng dân quân | 22/6/2027\n" +
            "Rà soát nam công dân đủ 17 tuổi | 28/6/2027\n\n" +
            "Hội Liên hiệp Phụ nữ phường\n" +
            "Vận động hội viên tham gia mô hình tiết kiệm | 30/6/2027\n",
            [
                "Ban Chỉ huy Quân sự phường | Kiểm tra kho vũ khí của lực lượng dân quân | 2027-06-22 | -",
                "Ban Chỉ huy Quân sự phường | Rà soát nam công dân đủ 17 tuổi | 2027-06-28 | -",
                "Hội Liên hiệp Phụ nữ phường | Vận động hội viên tham gia mô hình tiết kiệm | 2027-06-30 | -",
            ]
        },
        {
            "a unit given once by its label beside the title, for the exported records under it",
            "Danh sách việc giao — Đơn vị: Phòng Kinh tế, Hạ tầng và Đô thị\n\n" +
            "#1 | Kiểm tra công trình xây dựng không phép tại tổ 4 | 10/7/2027\n" +
            "#2 | Rà soát hệ thống chiếu sáng công cộng tuyến Hùng Vương | 14/7/2027\n",
            [
                "Phòng Kinh tế, Hạ tầng và Đô thị | Kiểm tra công trình xây dựng không phép tại tổ 4 | 2027-07-10 | -",
                "Phòng Kinh tế, Hạ tầng và Đô thị | Rà soát hệ thống chiếu sáng công cộng tuyến Hùng Vương | 2027-07-14 | -",
            ]
        },
        {
            "a recurring report's column: 'Hằng tuần', 'Định kỳ tháng', 'Mỗi quý' say how often, in any column",
            "Trích xuất phần mềm giao việc - ngày 02/3/2027\n" +
            "#41 | Tổng hợp số liệu biến động dân cư | Văn phòng HĐND và UBND xã | Hằng tuần\n" +
            "#42 | Báo cáo tình hình an ninh trật tự | Định kỳ tháng | Công an xã\n" +
            "#43 | Mỗi quý | Cập nhật cơ sở dữ liệu hộ nghèo | Phòng VH-XH\n",
            [
                "Văn phòng HĐND và UBND xã | Tổng hợp số liệu biến động dân cư | - | Weekly",
                "Công an xã | Báo cáo tình hình an ninh trật tự | - | Monthly",
                "Phòng Văn hóa - Xã hội | Cập nhật cơ sở dữ liệu hộ nghèo | - | Quarterly",
            ]
        },
        {
            "a date field written last after a dash in lines the reader read as tasks: the deadline, and no part of the text",
            "PHÂN CÔNG SAU GIAO BAN NGÀY 03/5/2027\n\n" +
            "1. Phòng Kinh tế:\n" +
            "- Rà soát các hộ kinh doanh chưa đăng ký thuế — 12/5/2027\n" +
            "- Kiểm tra an toàn thực phẩm tại chợ Bàu Sen — 15/5\n" +
            "2. Trạm Y tế phường:\n" +
            "- Phun hóa chất diệt muỗi tổ dân phố 5 | 10/5/2027\n",
            [
                "Phòng Kinh tế | Rà soát các hộ kinh doanh chưa đăng ký thuế | 2027-05-12 | -",
                "Phòng Kinh tế | Kiểm tra an toàn thực phẩm tại chợ Bàu Sen | 2027-05-15 | -",
                "Trạm Y tế phường | Phun hóa chất diệt muỗi tổ dân phố 5 | 2027-05-10 | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(UnitsAndDeadlines))]
    public void A_record_takes_the_unit_its_block_names_and_the_date_or_frequency_of_any_field(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);

    public static TheoryData<string, string, string[]> Guards => new()
    {
        {
            "a schedule with unknown column names: times, places and attendees are no task",
            "LỊCH HỘI NGHỊ TỔNG KẾT NĂM 2027\n\n" +
            "| Giờ | Hoạt động | Nơi diễn ra |\n|---|---|---|\n" +
            "| 07h30 | Đón tiếp đại biểu | Hội trường UBND phường |\n" +
            "| 08h00 | Khai mạc, báo cáo tổng kết | Hội trường UBND phường |\n",
            []
        },
        {
            "a notice the reader reads: its purpose and target lines stay out, nothing is read twice",
            "KẾ HOẠCH\nTổ chức Tết Trồng cây năm 2027\n\n" +
            "I. MỤC ĐÍCH, YÊU CẦU\n" +
            "- Nâng cao ý thức bảo vệ môi trường, trồng ít nhất 500 cây xanh trước 30/3/2027.\n" +
            "II. TỔ CHỨC THỰC HIỆN\n" +
            "1. Phòng Kinh tế, Hạ tầng và Đô thị chuẩn bị cây giống, xong trước 10/3/2027.\n" +
            "2. Đoàn Thanh niên phường tổ chức lễ ra quân ngày 15/3/2027.\n",
            [
                "Phòng Kinh tế, Hạ tầng và Đô thị | Phòng Kinh tế, Hạ tầng và Đô thị chuẩn bị cây giống, xong trước 10/3/2027. | 2027-03-10 | -",
                "Đoàn Thanh niên phường | Đoàn Thanh niên phường tổ chức lễ ra quân ngày 15/3/2027. | - | -",
            ]
        },
        {
            "a done line ('☑ … — đã xong ngày …', '… | Đã hoàn thành ngày …') is no task, though its date reads as a field",
            "NHẮC VIỆC TUẦN 49 — PHƯỜNG AN HẢI\n\n" +
            "☐ Trạm Y tế phường phun hóa chất diệt muỗi tổ dân phố 3 — hạn: 04/12/2026\n" +
            "☑ Kiểm tra hệ thống cống thoát nước tuyến Lê Duẩn — đã xong ngày 28/11/2026\n" +
            "#77 | Rà soát hồ sơ hộ nghèo | Phòng VH-XH | Đã hoàn thành ngày 30/11/2026\n",
            [
                "Trạm Y tế phường | Trạm Y tế phường phun hóa chất diệt muỗi tổ dân phố 3 | 2026-12-04 | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Guards))]
    public void What_is_no_record_of_work_stays_out(string kind, string text, string[] expected) => AssertTasks(kind, text, expected);
}
