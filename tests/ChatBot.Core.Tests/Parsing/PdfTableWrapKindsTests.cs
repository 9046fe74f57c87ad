using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 25 (issue 9, fresh5's PDF tracking table): when two header cells sit closer than the reader's gap ("Don vi thuc
/// hien" right against "Thoi han"), the second header, which opens with a capital column word (Thời hạn/gian, Tình
/// trạng, Ghi chú), is a column of its own; else the unit cell that wraps onto a second line is mixed with the deadline
/// beside it ("Phong KT, 31/10/2026 HT&DT").
/// </summary>
public class PdfTableWrapKindsTests
{
    public static TheoryData<string, double, string, string, string> Headers => new()
    {
        // unit header, where the close header after it starts (a few points past the unit header's end), the third header, the row expected
        { "Don vi thuc hien", 356, "Thoi han", "Tinh trang", "| 1 | Ra soat cam moc dat cong | Phong KT, HT&DT | 31/10/2026 | Dang lam |" },
        { "Don vi chu tri", 344.4, "Thoi gian", "Ghi chu", "| 1 | Ra soat cam moc dat cong | Phong KT, HT&DT | 31/10/2026 | Dang lam |" },
        { "Co quan chu tri", 351.5, "Thoi han", "Ket qua", "| 1 | Ra soat cam moc dat cong | Phong KT, HT&DT | 31/10/2026 | Dang lam |" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void A_close_header_cell_opening_a_column_word_is_a_column_and_the_wrapped_cell_stays_whole(string unitHead, double x, string closeHead, string third, string expected)
    {
        // The unit header ends a few points before the close header: less than the gap that splits header cells.
        var text = NoticeText.Extract(TestPdf.Build(
            ("DANH MUC NHIEM VU", 50, 730),
            ("STT", 50, 700), ("Nhiem vu", 100, 700), (unitHead, 280, 700), (closeHead, x, 700), (third, x + 80, 700),
            ("Phong KT,", 280, 680),
            ("1", 55, 675), ("Ra soat cam moc dat cong", 100, 675), ("31/10/2026", x, 675), ("Dang lam", x + 80, 675),
            ("HT&DT", 280, 670),
            ("Van phong thong bao de cac don vi biet.", 50, 630)), "bang.pdf").Split('\n');
        Assert.True(text.Contains(expected), string.Join("\n", text));
    }
}
