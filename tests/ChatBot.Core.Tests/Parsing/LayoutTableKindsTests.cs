using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 25 (parser12a), kind 1: tables grouped by unit rows. A group row (a roman numeral or a capital letter, its title
/// spanning the row: "A | PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ") is no task; the unit it names, and a deadline written in it,
/// go to the empty unit and deadline cells of the rows under it, until the next group row. A row that names its own unit
/// keeps it. A PDF table's header whose "TT" sits close to the next header cell still opens the table (and so is never a
/// task). Invented notices, several wordings per kind.
/// </summary>
public class LayoutTableKindsTests
{
    private const string Header = "Số: 214/TB-UBND\n\nHòa Bình, ngày 14 tháng 9 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND phường\n\n";

    private static ParsedNotice Parse(string body) => NoticeParser.Parse(Header + body);

    private static string Describe(ParsedNotice n) => string.Join(" | ", n.Tasks.Select(t => $"[{t.Unit}; {t.Deadline:yyyy-MM-dd}; {t.Recurrence}] {t.Text}"));

    // (Case aside: a name read from a title in capitals is shown in sentence case, "Phòng văn hóa - xã hội".)
    private static string[] Read(ParsedNotice n) => n.Tasks.Select(t => $"{t.Unit}; {t.Deadline:yyyy-MM-dd}".ToLowerInvariant()).ToArray();

    public static TheoryData<string, string[]> GroupedByUnit => new()
    {
        {
            // Capital letters, titles in capitals, the unit column empty under each group.
            "| TT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời hạn |\n|---|---|---|---|\n" +
            "| A | PHÒNG VĂN HÓA - XÃ HỘI | | |\n" +
            "| 1 | Rà soát danh sách trẻ em có hoàn cảnh đặc biệt | | 30/9/2026 |\n" +
            "| 2 | Tổ chức giải cầu lông phong trào | | Tháng 10/2026 |\n" +
            "| B | TRẠM Y TẾ PHƯỜNG | | |\n" +
            "| 3 | Phun hóa chất diệt muỗi tại các tổ dân phố có ổ dịch | | 20/9/2026 |\n",
            ["Phòng Văn hóa - Xã hội; 2026-09-30", "Phòng Văn hóa - Xã hội; 2026-10-31", "Trạm Y tế phường; 2026-09-20"]
        },
        {
            // Roman numerals with a dot, an abbreviated unit as the title; a row naming its own unit keeps it.
            "| STT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n" +
            "| I. | Phòng KT, HT&ĐT | | |\n" +
            "| 1 | Lập hồ sơ đề xuất cải tạo vỉa hè tuyến đường Lê Lợi | | Quý IV/2026 |\n" +
            "| 2 | Kiểm tra trật tự xây dựng tại khu tái định cư | Đội QLTTĐT | 15/10/2026 |\n" +
            "| II. | Công an phường | | |\n" +
            "| 3 | Rà soát người nước ngoài tạm trú trên địa bàn | | 31/10/2026 |\n",
            ["Phòng Kinh tế, Hạ tầng và Đô thị; 2026-12-31", "Đội Quản lý trật tự đô thị; 2026-10-15", "Công an phường; 2026-10-31"]
        },
        {
            // The group row gives the deadline too; a row's own deadline wins.
            "| TT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn |\n|---|---|---|---|\n" +
            "| I | Trung tâm Phục vụ hành chính công | | Trước 15/11/2026 |\n" +
            "| 1 | Bố trí quầy tiếp nhận hồ sơ đất đai riêng | | |\n" +
            "| 2 | Niêm yết công khai thủ tục hành chính mới | | 30/10/2026 |\n" +
            "| II | Văn phòng HĐND và UBND phường | | |\n" +
            "| 3 | Tổng hợp báo cáo kết quả thực hiện gửi Chủ tịch UBND phường | | 20/11/2026 |\n",
            ["Trung tâm Phục vụ hành chính công; 2026-11-15", "Trung tâm Phục vụ hành chính công; 2026-10-30", "Văn phòng HĐND và UBND phường; 2026-11-20"]
        },
        {
            // A group row whose title is a topic names no unit: the rows keep their own cells, and the next group does
            // not inherit the unit of the one before.
            "| TT | Nội dung | Chủ trì | Hạn hoàn thành |\n|---|---|---|---|\n" +
            "| A | ĐOÀN THANH NIÊN PHƯỜNG | | |\n" +
            "| 1 | Ra quân làm sạch bờ hồ Văn Quán | | 27/9/2026 |\n" +
            "| B | CÔNG TÁC TỔNG HỢP | | |\n" +
            "| 2 | Báo cáo kết quả thực hiện Kế hoạch | Văn phòng HĐND và UBND phường | 05/10/2026 |\n" +
            "| 3 | Tổng hợp kiến nghị của cử tri | | 10/10/2026 |\n",
            ["Đoàn Thanh niên phường; 2026-09-27", "Văn phòng HĐND và UBND phường; 2026-10-05", "; 2026-10-10"]
        },
    };

    [Theory]
    [MemberData(nameof(GroupedByUnit))]
    public void An_empty_cell_under_a_group_row_takes_the_group_rows_unit_and_deadline(string table, string[] expected)
    {
        var n = Parse(table);
        Assert.True(Read(n).SequenceEqual(expected.Select(e => e.ToLowerInvariant())), Describe(n));
    }

    public static TheoryData<string, string[]> ScheduleWithLeaders => new()
    {
        {
            "| Ngày | Nội dung công việc | Lãnh đạo chủ trì | Đơn vị chuẩn bị | Thành phần |\n|---|---|---|---|---|\n" +
            "| 07/12/2026 | Giao ban lãnh đạo UBND phường đầu tuần | Chủ tịch | | Các PCT |\n" +
            "| 08/12/2026 | Kiểm tra công tác phòng cháy tại chợ Hôm | PCT Nguyễn Văn Long | Công an phường | Ban Quản lý chợ |\n" +
            "| 10/12/2026 | Tiếp công dân định kỳ | Chủ tịch | | Đại diện các phòng |\n",
            ["Công an phường; 2026-12-08"]
        },
        {
            // The leader's column after the unit's: the unit column is still the one that names units.
            "| Thời gian | Nội dung | Đơn vị thực hiện | Lãnh đạo phụ trách |\n|---|---|---|---|\n" +
            "| 14/12/2026 | Họp Ban Chỉ đạo phổ cập giáo dục | Phòng VH-XH | PCT Trần Thu Hà |\n" +
            "| 15/12/2026 | Làm việc với Đảng ủy phường về công tác cán bộ | | Chủ tịch UBND phường |\n" +
            "| 16/12/2026 | Ra quân xử lý lấn chiếm vỉa hè | Đội QLTTĐT | PCT Trần Thu Hà |\n",
            ["Phòng Văn hóa - Xã hội; 2026-12-14", "Đội Quản lý trật tự đô thị; 2026-12-16"]
        },
        {
            "| STT | Ngày | Nội dung | Lãnh đạo dự | Cơ quan chuẩn bị |\n|---|---|---|---|---|\n" +
            "| 1 | 03/12/2026 | Dự Hội nghị tổng kết của Quận | Chủ tịch | |\n" +
            "| 2 | 04/12/2026 | Duyệt phương án bảo đảm an ninh dịp Tết | Chủ tịch | Công an phường |\n",
            ["Công an phường; 2026-12-04"]
        },
    };

    [Theory]
    [MemberData(nameof(ScheduleWithLeaders))]
    public void A_schedule_row_with_only_a_leader_is_an_appointment_not_a_task(string table, string[] expected)
    {
        var n = Parse(table);
        Assert.True(Read(n).SequenceEqual(expected.Select(e => e.ToLowerInvariant())), Describe(n));
    }

    [Theory]
    [InlineData("Thứ Ba 08/12", "2026-12-08")]
    [InlineData("Sáng thứ Năm, 10/12/2026", "2026-12-10")]
    [InlineData("Thứ 6 (11/12)", "2026-12-11")]
    [InlineData("CN 13/12", "2026-12-13")]
    [InlineData("Chiều Thứ Hai - 14/12", "2026-12-14")]
    [InlineData("Thứ Hai, ngày 14/12/2026", "2026-12-14")]
    // Guards: no weekday, the cell reads as before.
    [InlineData("Ngày 30/12/2026", "2026-12-30")]
    [InlineData("Năm 2026", "")] // (no date in a bare year cell, as before)
    [InlineData("Tháng 12/2026", "2026-12-31")]
    public void A_schedule_day_cell_with_its_weekday_dates_the_row(string day, string date)
    {
        var n = Parse("| Ngày | Nội dung công việc | Lãnh đạo chủ trì | Đơn vị chuẩn bị |\n|---|---|---|---|\n" +
                      $"| {day} | Kiểm tra công tác phòng cháy tại chợ Hôm | PCT Nguyễn Văn Long | Công an phường |\n");
        Assert.True(Read(n).SequenceEqual([$"công an phường; {date}"]), Describe(n));
    }

    public static TheoryData<string, string, string, string, string> NarrowNumberColumns => new()
    {
        // "TT"/"STT" in a narrow column: the next header starts closer than a word gap of the header's first word.
        { "TT", "Noi dung nhiem vu", "Don vi thuc hien", "Thoi han", "| TT | Noi dung nhiem vu | Don vi thuc hien | Thoi han |" },
        { "STT", "Noi dung cong viec", "Don vi chu tri", "Thoi gian", "| STT | Noi dung cong viec | Don vi chu tri | Thoi gian |" },
        { "TT", "Nhiem vu", "Co quan thuc hien", "Hoan thanh", "| TT | Nhiem vu | Co quan thuc hien | Hoan thanh |" },
    };

    [Theory]
    [MemberData(nameof(NarrowNumberColumns))]
    public void A_pdf_header_with_a_narrow_number_column_opens_the_table(string number, string text, string unit, string deadline, string header)
    {
        var numberRight = 50 + number.Length * 6.2; // Helvetica 10: "T" ≈ 6.1 wide, "S" ≈ 6.7
        var pdf = TestPdf.Build(
            (number, 50, 700), (text, numberRight + 5, 700), (unit, 300, 700), (deadline, 450, 700),
            ("A", 50, 680), ("PHONG KINH TE", numberRight + 5, 680),
            ("Tham dinh ho so cap phep sua chua", numberRight + 5, 660),
            ("1", 52, 655), ("30/8/2026", 450, 655),
            ("nha tap the khu C", numberRight + 5, 650),
            ("Lap danh muc cac tuyen ngo", numberRight + 5, 625), ("Doi QLTTDT", 300, 625),
            ("2", 52, 620), ("Thang 9/2026", 450, 620),
            ("can cai tao thoat nuoc", numberRight + 5, 615),
            ("Van phong thong bao de cac don vi biet, thuc hien./.", 50, 580));
        var lines = NoticeText.Extract(pdf, "ket-luan.pdf").Split('\n');
        Assert.True(lines.Contains(header), string.Join("\n", lines));
        Assert.True(lines.Contains("| A | PHONG KINH TE |  |  |"), string.Join("\n", lines));
        Assert.True(lines.Contains("| 1 | Tham dinh ho so cap phep sua chua nha tap the khu C |  | 30/8/2026 |"), string.Join("\n", lines));
        Assert.True(lines.Contains("| 2 | Lap danh muc cac tuyen ngo can cai tao thoat nuoc | Doi QLTTDT | Thang 9/2026 |"), string.Join("\n", lines));
    }

    public static TheoryData<(string, double, double)[], string> WrappedHeaders => new()
    {
        {
            // Header cells wrapped onto a second line under the first.
            [("TT", 50, 700), ("Noi dung", 80, 700), ("Don vi", 300, 700), ("Thoi", 450, 700),
             ("nhiem vu", 80, 690), ("thuc hien", 300, 690), ("han", 450, 690)],
            "| TT | Noi dung nhiem vu | Don vi thuc hien | Thoi han |"
        },
        {
            // "TT" centred between the two lines of the other headers.
            [("Noi dung", 80, 705), ("Don vi", 300, 705), ("Thoi gian", 450, 705),
             ("TT", 50, 700),
             ("cong viec", 80, 695), ("chu tri", 300, 695), ("hoan thanh", 450, 695)],
            "| TT | Noi dung cong viec | Don vi chu tri | Thoi gian hoan thanh |"
        },
        {
            // Three header lines, "STT" on the first.
            [("STT", 50, 710), ("Noi dung", 80, 710), ("Co quan", 300, 710), ("Thoi", 450, 710),
             ("nhiem vu", 80, 700), ("chu tri", 300, 700), ("gian", 450, 700),
             ("thuc hien", 300, 690), ("thuc hien", 450, 690)],
            "| STT | Noi dung nhiem vu | Co quan chu tri thuc hien | Thoi gian thuc hien |"
        },
    };

    [Theory]
    [MemberData(nameof(WrappedHeaders))]
    public void A_pdf_header_wrapped_over_several_lines_still_opens_the_table((string, double, double)[] header, string expected)
    {
        var pdf = TestPdf.Build([.. header,
            ("Ra soat ho ngheo tren dia ban", 80, 660), ("Phong VH-XH", 300, 660), ("30/9/2026", 450, 660),
            ("1", 52, 655),
            ("cac to dan pho", 80, 650),
            ("Tuan tra ban dem", 80, 625), ("Cong an phuong", 300, 625),
            ("2", 52, 620), ("Thang 10/2026", 450, 620),
            ("Van phong thong bao de cac don vi biet, thuc hien./.", 50, 580)]);
        var lines = NoticeText.Extract(pdf, "ke-hoach.pdf").Split('\n');
        Assert.True(lines.Contains(expected), string.Join("\n", lines));
        Assert.True(lines.Contains("| 1 | Ra soat ho ngheo tren dia ban cac to dan pho | Phong VH-XH | 30/9/2026 |"), string.Join("\n", lines));
        Assert.True(lines.Contains("| 2 | Tuan tra ban dem | Cong an phuong | Thang 10/2026 |"), string.Join("\n", lines));
    }
}
