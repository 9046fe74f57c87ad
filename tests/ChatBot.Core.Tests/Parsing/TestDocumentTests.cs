using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>Whole fictional notices in other layouts than the seeds (files under TestData/).</summary>
public class TestDocumentTests
{
    private static ParsedNotice Parse(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", file);
        return NoticeParser.Parse(NoticeText.Extract(File.ReadAllBytes(path), path));
    }

    private static (string? Unit, string? Deadline, Recurrence? Recurrence) Row(ParsedTask t) =>
        (t.Unit, t.Deadline?.ToString("yyyy-MM-dd"), t.Recurrence);

    [Fact]
    public void A_notice_with_roman_sections_and_inline_giao_reads_every_directive()
    {
        var n = Parse("giao_inline_roman.txt");
        Assert.Equal(("thong_bao", "TB-UBND", "142"), (n.Document.Kind, n.Document.Symbol, n.Document.Number));
        Assert.Equal(new DateOnly(2026, 3, 12), n.Document.IssuedOn);
        Assert.Equal(new DateOnly(2026, 3, 10), n.Document.MeetingOn);
        Assert.Equal(("Lê Văn Thành", "Đỗ Minh Quân"), (n.Document.ChairedBy, n.Document.SignedBy));
        Assert.Equal(
        [
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "2026-03-31", null),
            ("Trung tâm Phục vụ hành chính công", "2026-03-25", null),
            ("Phòng Văn hóa - Xã hội", "2026-04-30", null),
            (null, null, null),
            ("Phòng Văn hóa - Xã hội", "2026-03-31", null),
            ("Các Phó Chủ tịch UBND phường", null, null),
            ("Văn phòng HĐND và UBND phường", null, Recurrence.Monthly),
        ], n.Tasks.Select(Row).ToArray<(string?, string?, Recurrence?)>());
        Assert.Equal(["Công an phường"], n.Tasks[0].Cooperating);
        Assert.True(n.Tasks[2].Urgent);
        Assert.Equal("Phó Chủ tịch UBND phường Phạm Thu Hà", n.Tasks[4].Supervisor);
    }

    [Fact]
    public void A_converted_markdown_notice_with_unit_colon_paragraphs_and_crlf_reads_cleanly()
    {
        var n = Parse("unit_colon_markdown.md");
        Assert.Equal(("Hòa Bình", "Trịnh Thị Mai", "Hoàng Văn Nam"), (n.Document.Place, n.Document.ChairedBy, n.Document.SignedBy));
        Assert.Equal(
        [
            ("Văn phòng HĐND và UBND phường", null, Recurrence.Weekly),
            ("Phòng Văn hóa - Xã hội", "2026-06-30", null),
            ("Trung tâm Phục vụ hành chính công", "2026-04-20", null),
            ("Công an phường", "2026-05-15", null),
            ("Phòng Kinh tế", "2026-05-31", null),
        ], n.Tasks.Select(Row).ToArray<(string?, string?, Recurrence?)>());
        Assert.Contains("học sinh trung học cơ sở", n.Tasks[3].Text);
    }

    [Fact]
    public void A_task_table_appendix_gives_one_task_per_row()
    {
        var n = Parse("phu_luc_bang.md");
        Assert.Equal("ke_hoach", n.Document.Kind);
        Assert.Equal(
        [
            ("Phòng Văn hóa - Xã hội", "2026-06-05", null),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "2026-06-30", null),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "2026-09-30", null),
            ("Văn phòng HĐND và UBND phường", null, Recurrence.Monthly),
        ], n.Tasks.Select(Row).ToArray<(string?, string?, Recurrence?)>());
        Assert.Equal(["Công an phường", "Đoàn Thanh niên phường"], n.Tasks[1].Cooperating);
        Assert.Equal("3", n.Tasks[2].Section);
    }

    [Fact]
    public void A_cong_van_reads_its_subject_and_the_bullets_after_the_request()
    {
        var n = Parse("cong_van.txt");
        Assert.Equal(("cong_van", "UBND-VP", "215"), (n.Document.Kind, n.Document.Symbol, n.Document.Number));
        Assert.Equal("triển khai công tác phòng cháy, chữa cháy mùa hanh khô năm 2026", n.Document.Subject);
        Assert.Equal(
        [
            ("Công an phường", "2026-10-15", null),
            ("Trung tâm Dịch vụ sự nghiệp công", null, Recurrence.Weekly),
            ("Phòng Văn hóa - Xã hội", "2026-09-30", null),
            ("Văn phòng HĐND và UBND phường", "2026-09-30", null),
        ], n.Tasks.Select(Row).ToArray<(string?, string?, Recurrence?)>());
    }

    [Fact]
    public void A_pdf_with_an_embedded_vietnamese_font_reads_like_its_text()
    {
        var n = Parse("ket_luan_text_layer.pdf");
        Assert.Equal(("thong_bao", "31"), (n.Document.Kind, n.Document.Number));
        Assert.Equal(
        [
            ("Phòng Kinh tế, Hạ tầng và Đô thị", null, null),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "2026-06-30", null),
            ("Công an phường", null, Recurrence.Weekly),
        ], n.Tasks.Select(Row).ToArray<(string?, string?, Recurrence?)>());
    }
}
