using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 26 (issue 9, fresh6's table layouts, by kind): a responsibility matrix (one column per unit, "C"/"P"/"x" in the
/// cells, a legend), a reminder's old and new deadline columns, a Gantt table of ticked months, a task list exported as CSV.
/// Every row is an invented document in its own wording; expected is one line per task:
/// unit [cooperating; …] | text | deadline | recurrence ("-" for none).
/// </summary>
public class TableExportKindsTests
{
    private static string[] Lines(ParsedNotice notice) =>
        notice.Tasks.Select(t => $"{t.Unit ?? "null"} [{string.Join("; ", t.Cooperating)}] | {t.Text} | {t.Deadline?.ToString("yyyy-MM-dd") ?? "-"} | {t.Recurrence?.ToString() ?? "-"}").ToArray();

    private static void AssertTasks(string kind, string text, string[] expected)
    {
        var got = Lines(NoticeParser.Parse(text));
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected\n    {string.Join("\n    ", expected)}\n  got\n    {string.Join("\n    ", got)}");
    }

    public static TheoryData<string, string, string[]> Matrices => new()
    {
        {
            "C/P cells under abbreviated unit columns, the legend after the table spells them out",
            "UBND PHƯỜNG AN KHÁNH\nSố: 41/TB-UBND\n\nTHÔNG BÁO\nPhân công khắc phục tồn tại sau kiểm tra công vụ\n\n" +
            "| STT | Nội dung | Hạn | VP | P.KT | CA phường | TT DVSNC |\n" +
            "|---|---|---|---|---|---|---|\n" +
            "| 1 | Chỉnh trang bảng niêm yết thủ tục hành chính | 20/11/2026 | C | | | P |\n" +
            "| 2 | Rà soát hồ sơ đăng ký tạm trú quá hạn | 30/11/2026 | P | | C | |\n" +
            "| 3 | Sửa chữa hệ thống loa truyền thanh khu phố 2 | 15/12/2026 | | P | | C |\n\n" +
            "Chú thích: VP - Văn phòng HĐND và UBND phường; P.KT - Phòng Kinh tế, Hạ tầng và Đô thị; CA phường - Công an phường; TT DVSNC - Trung tâm Dịch vụ sự nghiệp công phường.\n",
            [
                "Văn phòng HĐND và UBND phường [Trung tâm Dịch vụ sự nghiệp công phường] | Chỉnh trang bảng niêm yết thủ tục hành chính | 2026-11-20 | -",
                "Công an phường [Văn phòng HĐND và UBND phường] | Rà soát hồ sơ đăng ký tạm trú quá hạn | 2026-11-30 | -",
                "Trung tâm Dịch vụ sự nghiệp công phường [Phòng Kinh tế, Hạ tầng và Đô thị] | Sửa chữa hệ thống loa truyền thanh khu phố 2 | 2026-12-15 | -",
            ]
        },
        {
            "'x' marks under unit columns named in full: the one ticked leads, a second tick cooperates; no deadline column",
            "KẾ HOẠCH\nPhân công trực Tết Nguyên đán 2027\n\n" +
            "| TT | Công việc | Công an phường | Trạm Y tế phường | Ban Chỉ huy Quân sự phường |\n" +
            "| 1 | Tuần tra đêm giao thừa tại các tuyến phố chính | x | | x |\n" +
            "| 2 | Trực cấp cứu suốt ngày đêm tại trạm | | x | |\n",
            [
                "Công an phường [Ban Chỉ huy Quân sự phường] | Tuần tra đêm giao thừa tại các tuyến phố chính | - | -",
                "Trạm Y tế phường [] | Trực cấp cứu suốt ngày đêm tại trạm | - | -",
            ]
        },
        {
            "'CT'/'PH' cells, a 'Thời gian' column, no legend: the column codes are read as abbreviations",
            "Bảng phân công nhiệm vụ chuyển đổi số quý I/2027\n\n" +
            "| STT | Nhiệm vụ | Thời gian | VP HĐND-UBND | Phòng VH-XH | TT PVHCC |\n" +
            "| 1 | Số hóa hồ sơ hộ tịch giai đoạn 2015 - 2018 | Tháng 02/2027 | PH | | CT |\n" +
            "| 2 | Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng | Hằng tháng | | CT | PH |\n",
            [
                "Trung tâm Phục vụ hành chính công [Văn phòng HĐND và UBND phường] | Số hóa hồ sơ hộ tịch giai đoạn 2015 - 2018 | 2027-02-28 | -",
                "Phòng Văn hóa - Xã hội [Trung tâm Phục vụ hành chính công] | Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng | - | Monthly",
            ]
        },
        {
            "'TH' (thực hiện) leads and '○' cooperates under columns named by the dictionary's short names",
            "Phân công nhiệm vụ tuần 12/2027\n\n" +
            "| TT | Nội dung | Thời hạn | CA phường | BCH Quân sự | Trạm Y tế |\n" +
            "| 1 | Diễn tập phương án chữa cháy khu chợ | 25/3/2027 | TH | ○ | ○ |\n",
            [
                "Công an phường [Ban Chỉ huy Quân sự; Trạm Y tế] | Diễn tập phương án chữa cháy khu chợ | 2027-03-25 | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Matrices))]
    public void A_responsibility_matrix_gives_the_C_column_the_lead_and_the_P_columns_the_partners(string kind, string text, string[] expected) =>
        AssertTasks(kind, text, expected);

    [Fact]
    public void Two_abbreviated_columns_that_name_no_unit_make_no_matrix()
    {
        // A supplies list's "SL" (quantity) and "ĐVT" (unit of measure) are capitals but no unit: its rows are no tasks.
        AssertTasks("supplies list", "KẾ HOẠCH\nMua sắm trang thiết bị năm 2027\n\n| TT | Nội dung | SL | ĐVT |\n| 1 | Bàn làm việc | 10 | cái |\n| 2 | Ghế xoay | 12 | cái |\n", []);
    }

    public static TheoryData<string, string, string[]> Reminders => new()
    {
        {
            "'Hạn đã giao' then 'Hạn mới', columns numbered (1)…(5) under the header",
            "VĂN PHÒNG HĐND VÀ UBND PHƯỜNG\nV/v đôn đốc nhiệm vụ quá hạn\n\n" +
            "| STT | Nhiệm vụ | Đơn vị chủ trì | Hạn đã giao | Hạn mới |\n" +
            "| (1) | (2) | (3) | (4) | (5) |\n" +
            "| 1 | Quyết toán kinh phí sửa chữa nhà văn hóa tổ 5 | Phòng KT, HT&ĐT | 15/8/2026 | 05/10/2026 |\n" +
            "| 2 | Cập nhật hồ sơ người có công | Phòng VH-XH | 30/8/2026 | 12/10/2026 |\n",
            [
                "Phòng Kinh tế, Hạ tầng và Đô thị [] | Quyết toán kinh phí sửa chữa nhà văn hóa tổ 5 | 2026-10-05 | -",
                "Phòng Văn hóa - Xã hội [] | Cập nhật hồ sơ người có công | 2026-10-12 | -",
            ]
        },
        {
            "the new column first ('Gia hạn đến'), the old one after it ('Hạn cũ'): the new one still counts",
            "Danh mục nhiệm vụ chậm tiến độ\n\n" +
            "| TT | Nội dung công việc | Đơn vị thực hiện | Gia hạn đến | Hạn cũ |\n" +
            "| 1 | Lắp camera an ninh tại ngã tư Lê Lợi | Công an phường | 20/11/2026 | 30/9/2026 |\n",
            [
                "Công an phường [] | Lắp camera an ninh tại ngã tư Lê Lợi | 2026-11-20 | -",
            ]
        },
        {
            "'Thời hạn mới' before 'Thời hạn đã giao'",
            "Theo dõi nhiệm vụ tháng 11/2026\n\n" +
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn mới | Thời hạn đã giao |\n" +
            "| 1 | Tổng hợp danh sách hộ cận nghèo | Phòng Văn hóa - Xã hội | 25/11/2026 | 01/11/2026 |\n",
            [
                "Phòng Văn hóa - Xã hội [] | Tổng hợp danh sách hộ cận nghèo | 2026-11-25 | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Reminders))]
    public void A_reminder_table_takes_the_new_deadline_column(string kind, string text, string[] expected) =>
        AssertTasks(kind, text, expected);

    public static TheoryData<string, string, string[]> Gantts => new()
    {
        {
            "T3…T7 ticked 'x': due at the end of the last ticked month, the notice's year; a note says how often",
            "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HÒA\nSố: 08/KH-UBND        Đông Hòa, ngày 10 tháng 02 năm 2027\n\nKẾ HOẠCH\nChỉnh trang đô thị năm 2027\n\n" +
            "| TT | Nội dung | Đơn vị chủ trì | T3 | T4 | T5 | T6 | T7 | Ghi chú |\n" +
            "| 1 | Khảo sát cây xanh trên các tuyến đường | Phòng KT, HT&ĐT | x | x | | | | |\n" +
            "| 2 | Ra quân dọn vệ sinh kênh rạch | Đoàn Thanh niên phường | | x | x | x | | Sáng Chủ nhật hằng tuần |\n" +
            "| 3 | Sơn lại vạch kẻ đường khu dân cư | Ban Quản lý dự án phường | | | | x | x | |\n",
            [
                "Phòng Kinh tế, Hạ tầng và Đô thị [] | Khảo sát cây xanh trên các tuyến đường | 2027-04-30 | -",
                "Đoàn Thanh niên phường [] | Ra quân dọn vệ sinh kênh rạch | 2027-06-30 | Weekly",
                "Ban Quản lý dự án phường [] | Sơn lại vạch kẻ đường khu dân cư | 2027-07-31 | -",
            ]
        },
        {
            "'Tháng 11' … 'Tháng 1' columns run into the next year; '✓' ticks",
            "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN\nSố: 77/KH-UBND        Tân An, ngày 20 tháng 10 năm 2026\n\nKẾ HOẠCH\nChuẩn bị Tết Nguyên đán\n\n" +
            "| STT | Nhiệm vụ | Đơn vị | Tháng 11 | Tháng 12 | Tháng 1 |\n" +
            "| 1 | Rà soát hộ nghèo để tặng quà Tết | Phòng VH-XH | ✓ | ✓ | |\n" +
            "| 2 | Trang trí đường hoa xuân | Trung tâm Dịch vụ sự nghiệp công phường | | ✓ | ✓ |\n",
            [
                "Phòng Văn hóa - Xã hội [] | Rà soát hộ nghèo để tặng quà Tết | 2026-12-31 | -",
                "Trung tâm Dịch vụ sự nghiệp công phường [] | Trang trí đường hoa xuân | 2027-01-31 | -",
            ]
        },
        {
            "month columns that write their year ('T5/2027'), ticked 'X'",
            "Tiến độ thực hiện đề án\n\n" +
            "| TT | Công việc | Đơn vị chủ trì | T5/2027 | T6/2027 | T7/2027 |\n" +
            "| 1 | Lập hồ sơ mời thầu cải tạo chợ | Ban Quản lý dự án phường | X | X | |\n",
            [
                "Ban Quản lý dự án phường [] | Lập hồ sơ mời thầu cải tạo chợ | 2027-06-30 | -",
            ]
        },
        {
            "quarter columns 'Quý I' … 'Quý IV' ticked '■': due at the end of the last ticked quarter",
            "ỦY BAN NHÂN DÂN PHƯỜNG BÌNH MINH\nSố: 05/KH-UBND        Bình Minh, ngày 08 tháng 01 năm 2027\n\nKẾ HOẠCH\nCải cách hành chính năm 2027\n\n" +
            "| TT | Nội dung | Đơn vị chủ trì | Quý I | Quý II | Quý III | Quý IV |\n" +
            "| 1 | Rà soát thủ tục hành chính thuộc thẩm quyền phường | Văn phòng HĐND và UBND phường | ■ | ■ | | |\n" +
            "| 2 | Khảo sát sự hài lòng của người dân | Phòng Văn hóa - Xã hội | | | ■ | |\n",
            [
                "Văn phòng HĐND và UBND phường [] | Rà soát thủ tục hành chính thuộc thẩm quyền phường | 2027-06-30 | -",
                "Phòng Văn hóa - Xã hội [] | Khảo sát sự hài lòng của người dân | 2027-09-30 | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Gantts))]
    public void A_gantt_table_is_due_at_the_end_of_its_last_ticked_month(string kind, string text, string[] expected) =>
        AssertTasks(kind, text, expected);

    public static TheoryData<string, string, string[]> Exports => new()
    {
        {
            "';' fields, quoted texts with commas, '#' comment lines, a 'Hoàn thành' row is no task, 'Lặp lại' is the recurrence",
            "# Danh sách nhiệm vụ xuất ngày 02/11/2026\n" +
            "STT;Nội dung;Đơn vị chủ trì;Phối hợp;Hạn hoàn thành;Lặp lại;Trạng thái\n" +
            "1;\"Kiểm tra, xử lý lấn chiếm vỉa hè tuyến Trần Phú\";Đội QLTTĐT;CA phường;15/11/2026;;Đang thực hiện\n" +
            "2;\"Báo cáo công tác dân vận\";VP HĐND-UBND;;;Hằng tháng;Chưa thực hiện\n" +
            "3;\"Treo băng rôn ngày Pháp luật\";TT DVSNC;;09/11/2026;;Hoàn thành\n" +
            "4;\"Rà soát, cập nhật danh sách đối tượng bảo trợ xã hội\";Phòng VH-XH;;20/11/2026;;Quá hạn\n" +
            "# Tổng: 4\n",
            [
                "Đội Quản lý trật tự đô thị [Công an phường] | Kiểm tra, xử lý lấn chiếm vỉa hè tuyến Trần Phú | 2026-11-15 | -",
                "Văn phòng HĐND và UBND phường [] | Báo cáo công tác dân vận | - | Monthly",
                "Phòng Văn hóa - Xã hội [] | Rà soát, cập nhật danh sách đối tượng bảo trợ xã hội | 2026-11-20 | -",
            ]
        },
        {
            "',' fields with quotes, a 'Tần suất' column, 'Xong' done",
            "Nhiem_vu_thang_12.csv\n" +
            "TT,Công việc,Đơn vị thực hiện,Thời hạn,Tần suất,Tình trạng\n" +
            "1,\"Tuyên truyền phòng cháy, chữa cháy mùa khô\",Công an phường,,Thứ Hai hằng tuần,Đang làm\n" +
            "2,\"Nghiệm thu công trình thoát nước tổ 7\",Phòng KT,10/12/2026,,Xong\n" +
            "3,\"Lập danh sách tân binh năm 2027\",BCH Quân sự phường,18/12/2026,,Chưa làm\n",
            [
                "Công an phường [] | Tuyên truyền phòng cháy, chữa cháy mùa khô | - | Weekly",
                "Ban Chỉ huy Quân sự phường [] | Lập danh sách tân binh năm 2027 | 2026-12-18 | -",
            ]
        },
        {
            "';' fields, no quotes, a task code column and a source column",
            "Mã;Nhiệm vụ;Chủ trì;Hạn;Nguồn;Trạng thái\n" +
            "NV-01;Kiểm tra vệ sinh an toàn thực phẩm bếp ăn tập thể;Trạm Y tế phường;25/11/2026;TB 12/TB-UBND;Chưa thực hiện\n" +
            "NV-02;Chuẩn bị hội trường họp cử tri;Văn phòng HĐND và UBND phường;28/11/2026;KH 30/KH-UBND;Đã hoàn thành\n",
            [
                "Trạm Y tế phường [] | Kiểm tra vệ sinh an toàn thực phẩm bếp ăn tập thể | 2026-11-25 | -",
            ]
        },
        {
            "quoted header fields, 'Tiêu đề' and 'Người phụ trách' columns, 'Hạn xử lý'",
            "\"STT\",\"Tiêu đề\",\"Người phụ trách\",\"Hạn xử lý\",\"Tình trạng\"\n" +
            "\"1\",\"Gửi báo cáo tổng kết công tác dân vận năm 2026\",\"Văn phòng HĐND và UBND phường\",\"20/12/2026\",\"Đang xử lý\"\n" +
            "\"2\",\"Kiểm tra phòng cháy tại các nhà trọ\",\"Công an phường\",\"22/12/2026\",\"Hoàn thành\"\n",
            [
                "Văn phòng HĐND và UBND phường [] | Gửi báo cáo tổng kết công tác dân vận năm 2026 | 2026-12-20 | -",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void A_delimited_export_is_read_as_a_task_table(string kind, string text, string[] expected) =>
        AssertTasks(kind, text, expected);

    [Fact]
    public void A_pdf_table_with_its_columns_numbered_under_the_header_is_read()
    {
        // "Han da" over "giao" wraps the header onto three lines around "STT"; "(1)" … "(5)" under it, "(4)" set lower.
        var text = NoticeText.Extract(TestPdf.Build(
            ("DANH MUC NHIEM VU QUA HAN", 50, 760),
            ("Han da", 380, 712),
            ("STT", 50, 700), ("Nhiem vu", 100, 700), ("Don vi chu tri", 260, 700), ("Han moi", 460, 700),
            ("giao", 380, 688),
            ("(1)", 52, 676), ("(2)", 110, 676), ("(3)", 270, 676), ("(5)", 465, 676),
            ("(4)", 385, 666),
            ("1", 55, 640), ("Sua chua duong ngo 15", 100, 640), ("Phong KT", 260, 640), ("31/8/2026", 380, 640), ("10/10/2026", 460, 640),
            ("2", 55, 610), ("Cap nhat du lieu dan cu", 100, 610), ("CA phuong", 260, 610), ("20/9/2026", 380, 610), ("15/10/2026", 460, 610),
            ("Van phong thong bao de cac don vi biet.", 50, 560)), "don-doc.pdf").Split('\n');
        Assert.True(text.Contains("| 1 | Sua chua duong ngo 15 | Phong KT | 31/8/2026 | 10/10/2026 |"), string.Join("\n", text));
        Assert.True(text.Contains("| 2 | Cap nhat du lieu dan cu | CA phuong | 20/9/2026 | 15/10/2026 |"), string.Join("\n", text));
    }
}
