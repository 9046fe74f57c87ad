using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 20: a task table in a PDF whose cells wrap (the row number and one-line cells centred between the wrapped
/// lines, headers centred over left-aligned cells) is rebuilt as "| … |" rows; task tables whose deadline cell says
/// "Hằng ngày" are data, not a second header, and daily.
/// </summary>
public class PdfTableTests
{
    private static readonly (string, double, double)[] Table =
    [
        ("II. NHIEM VU VA PHAN CONG", 50, 730),
        ("TT", 50, 700), ("Nhiem vu", 120, 700), ("Chu tri", 300, 700), ("Phoi hop", 390, 700), ("Hoan thanh", 480, 700),
        ("Kiem tra an toan PCCC tai cho", 80, 680), ("Cong an", 280, 680),
        ("1", 55, 675), ("Ban Quan ly cho", 380, 675), ("30/11/2026", 470, 675),
        ("Cam Pha va 02 trung tam", 80, 670), ("phuong", 280, 670),
        ("Ra soat phuong an chua chay", 80, 640), ("Truong cac", 280, 640), ("Thang", 470, 640),
        ("2", 55, 635), ("Cong an phuong", 380, 635),
        ("va cuu nan, cuu ho", 80, 630), ("khu pho", 280, 630), ("12/2026", 470, 630),
        ("III. TO CHUC THUC HIEN", 50, 590),
    ];

    [Fact]
    public void A_table_with_wrapped_cells_is_read_row_by_row()
    {
        var lines = NoticeText.Extract(TestPdf.Build(Table), "ke-hoach.pdf").Split('\n');
        Assert.Contains("| TT | Nhiem vu | Chu tri | Phoi hop | Hoan thanh |", lines);
        Assert.Contains("| 1 | Kiem tra an toan PCCC tai cho Cam Pha va 02 trung tam | Cong an phuong | Ban Quan ly cho | 30/11/2026 |", lines);
        Assert.Contains("| 2 | Ra soat phuong an chua chay va cuu nan, cuu ho | Truong cac khu pho | Cong an phuong | Thang 12/2026 |", lines);
        Assert.Contains("III. TO CHUC THUC HIEN", lines);
    }

    [Fact]
    public void Lines_without_a_task_table_header_stay_lines()
    {
        var text = NoticeText.Extract(TestPdf.Build(("TT", 50, 700), ("Ho va ten", 120, 700), ("Dia chi", 300, 700), ("1", 55, 680), ("Nguyen Van A", 120, 680), ("To 5", 300, 680)), "ds.pdf");
        Assert.DoesNotContain("|", text);
    }

    [Fact]
    public void A_daily_row_is_data_and_the_rows_after_it_keep_their_columns()
    {
        var n = NoticeParser.Parse("KẾ HOẠCH\n\nII. NHIỆM VỤ\n\n| TT | Nhiệm vụ | Chủ trì | Phối hợp | Hoàn thành |\n" +
            "| 1 | Phát thanh nội dung tuyên truyền phòng cháy | TT DVSNC phường | Công an phường | Hằng ngày |\n" +
            "| 2 | Tổ chức diễn tập chữa cháy | Công an phường | Ban Quản lý chợ | 30/6/2026 |\n");
        Assert.Equal(
            [("Trung tâm Dịch vụ sự nghiệp công phường", (Recurrence?)Recurrence.Periodic), ("Công an phường", null)],
            n.Tasks.Select(t => (t.Unit, t.Recurrence)).ToArray());
    }
}
