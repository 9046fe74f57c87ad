using System.IO.Compression;
using System.Text;
using ChatBot.Core.Parsing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Writer;

namespace ChatBot.Core.Tests.Parsing;

public class DocumentExtractionTests
{
    // A Word notice built in code: decimal list numbering for unit headings, bullets for tasks, and a task table.
    private static byte[] BuildDocx()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new AbstractNum(
                    new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "-" }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
            Paragraph P(string text, int? numId = null)
            {
                var p = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                if (numId is { } id)
                    p.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = id })));
                return p;
            }
            TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))));
            main.Document = new Document(new Body(
                P("Số: 09/TB-UBND"),
                P("Gia Viên, ngày 02 tháng 7 năm 2026"),
                P("THÔNG BÁO"),
                P("Đồng chí Chủ tịch UBND phường kết luận như sau:"),
                P("Phòng Văn hóa - Xã hội", 1),
                P("Rà soát danh sách người có công, hoàn thành trước ngày 20/7/2026.", 2),
                P("Công an phường", 1),
                P("Hằng tuần báo cáo tình hình an ninh trật tự.", 2),
                P("Trên đây là kết luận của Chủ tịch UBND phường./."),
                P("PHỤ LỤC"),
                new Table(
                    Row("STT", "Nội dung", "Đơn vị chủ trì", "Phối hợp", "Thời gian hoàn thành"),
                    Row("1", "Sửa chữa hệ thống loa truyền thanh", "Trung tâm Dịch vụ sự nghiệp công", "Phòng Văn hóa - Xã hội", "Trong tháng 8/2026"))));
        }
        return ms.ToArray();
    }

    [Fact]
    public void A_docx_renders_list_numbering_and_tables_into_tasks()
    {
        var text = NoticeText.Extract(BuildDocx(), "thong-bao.docx");
        Assert.Contains("1. Phòng Văn hóa - Xã hội", text);
        Assert.Contains("2. Công an phường", text);
        Assert.Contains("| STT | Nội dung |", text);
        var n = NoticeParser.Parse(text);
        Assert.Equal(
            [("Phòng Văn hóa - Xã hội", (DateOnly?)new DateOnly(2026, 7, 20)), ("Công an phường", null), ("Trung tâm Dịch vụ sự nghiệp công", new DateOnly(2026, 8, 31))],
            n.Tasks.Select(t => (t.Unit, t.Deadline)).ToArray<(string?, DateOnly?)>());
        Assert.Equal(Recurrence.Weekly, n.Tasks[1].Recurrence);
    }

    [Fact]
    public void A_docx_that_is_not_a_zip_is_refused_with_a_vietnamese_message()
    {
        var ex = Assert.Throws<NoticeReadException>(() => NoticeText.Extract("không phải zip"u8.ToArray(), "a.docx"));
        Assert.Contains(".docx", ex.Message);
    }

    [Fact]
    public void A_docx_that_inflates_beyond_the_limit_is_refused_before_it_is_read()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 30; i++) s.Write(zeros);
        }
        var limits = ExtractionLimits.Default with { MaxUncompressedBytes = 10 * 1024 * 1024 };
        var ex = Assert.Throws<NoticeReadException>(() => NoticeText.Extract(ms.ToArray(), "bom.docx", limits));
        Assert.Contains("zip bomb", ex.Message);
    }

    // Bounded memory: the XML the SDK turns into a tree is capped far below the zip-bomb guard; pictures do not count.
    private static byte[] WithEntry(byte[] docx, string name, int bytes, bool random, bool xml = false)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            var data = new byte[bytes];
            if (random) new Random(7).NextBytes(data); else Array.Fill(data, (byte)' ');
            if (xml) "<x>"u8.CopyTo(data);
            s.Write(data);
        }
        return ms.ToArray();
    }

    [Fact]
    public void A_docx_whose_xml_would_fill_memory_is_refused_while_a_large_picture_is_read()
    {
        var limits = ExtractionLimits.Default with { MaxXmlBytes = 1024 * 1024 };
        var picture = WithEntry(BuildDocx(), "word/media/image9.png", 3 * 1024 * 1024, random: true);
        Assert.Contains("Phòng Văn hóa - Xã hội", NoticeText.Extract(picture, "anh.docx", limits));

        var bigXml = WithEntry(BuildDocx(), "word/extra.xml", 2 * 1024 * 1024, random: false, xml: true);
        var ex = Assert.Throws<NoticeReadException>(() => NoticeText.Extract(bigXml, "dai.docx", limits));
        Assert.Contains("quá lớn", ex.Message);
    }

    [Fact]
    public void Xml_counts_by_what_it_is_not_by_its_name()
    {
        var limits = ExtractionLimits.Default with { MaxXmlBytes = 1024 * 1024 };
        var disguised = WithEntry(BuildDocx(), "word/media/image9.png", 2 * 1024 * 1024, random: false, xml: true);
        var ex = Assert.Throws<NoticeReadException>(() => NoticeText.Extract(disguised, "a.docx", limits));
        Assert.Contains("quá lớn", ex.Message);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_refused()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var ex = Assert.Throws<NoticeReadException>(() => NoticeText.Extract(builder.Build(), "scan.pdf"));
        Assert.Contains("không có lớp văn bản", ex.Message);
    }

    [Theory]
    [InlineData(new byte[0], "a.txt", "rỗng")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01 }, "a.txt", "nhị phân")]
    [InlineData(new byte[] { 0xC3, 0x28, 0x41, 0x42 }, "a.txt", "UTF-8")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x25 }, "a.pdf", "pdf")]
    public void Unreadable_bytes_give_one_clear_message(byte[] bytes, string name, string expected)
    {
        var ex = Assert.Throws<NoticeReadException>(() => NoticeText.Extract(bytes, name));
        Assert.Contains(expected, ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 2048));
        var ex = Assert.Throws<NoticeReadException>(() => NoticeText.Extract(bytes, "a.txt", ExtractionLimits.Default with { MaxFileBytes = 1024 }));
        Assert.Contains("quá lớn", ex.Message);
    }

    [Fact]
    public void A_utf8_text_with_bom_and_windows_line_endings_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Kết luận như sau:\r\n\r\n1. Công an phường\r\n\r\n- Tăng cường tuần tra.\r\n")).ToArray();
        var n = NoticeParser.Parse(NoticeText.Extract(bytes, "a.txt"));
        Assert.Equal("Công an phường", Assert.Single(n.Tasks).Unit);
    }
}
