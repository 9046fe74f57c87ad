using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace ChatBot.Reports;

/// <summary>Adds to a MiniExcel workbook what MiniExcel 1.x cannot write per row: merged title and unit rows, and
/// conditional formats that make the title and header bold, shade unit rows and mark overdue rows red. The sheet is
/// copied as a stream with the additions inserted after its rows, so a 100 000-row sheet costs no more memory than a small one.</summary>
public static partial class XlsxMarking
{
    private const string Sheet = "xl/worksheets/sheet1.xml";
    private const string Styles = "xl/styles.xml";
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Formats added to the styles, in this order (their ids follow any the workbook already has).</summary>
    private static readonly XElement[] Formats =
    [
        Dxf(bold: true, fill: null, color: null),            // title rows
        Dxf(bold: true, fill: "FFD9E1F2", color: null),      // header row
        Dxf(bold: true, fill: "FFEDEDED", color: null),      // unit rows
        Dxf(bold: false, fill: "FFFFE1E1", color: "FF9C0006"), // overdue rows
    ];

    public static async Task ApplyAsync(Stream source, Stream output, SheetMarks marks, int columns, CancellationToken ct)
    {
        await using var marked = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true))
        using (var zip = new ZipArchive(marked, ZipArchiveMode.Create, leaveOpen: true))
        {
            var firstDxf = 0;
            if (input.GetEntry(Styles) is { } styles)
            {
                using var s = styles.Open();
                var doc = XDocument.Load(s);
                firstDxf = AddFormats(doc);
                using var w = zip.CreateEntry(Styles, CompressionLevel.Fastest).Open();
                doc.Save(w, SaveOptions.DisableFormatting);
            }
            foreach (var entry in input.Entries)
            {
                ct.ThrowIfCancellationRequested();
                if (entry.FullName == Styles) continue;
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry.FullName == Sheet) CopyInserting(from, to, marks, columns, firstDxf);
                else from.CopyTo(to);
            }
        }
        marked.Position = 0;
        await marked.CopyToAsync(output, ct);
    }

    /// <summary>Adds the formats to &lt;dxfs&gt; (creating it in its schema position); returns the id of the first.</summary>
    private static int AddFormats(XDocument doc)
    {
        var root = doc.Root!;
        var dxfs = root.Element(Main + "dxfs");
        if (dxfs is null)
        {
            dxfs = new XElement(Main + "dxfs");
            var before = root.Elements().LastOrDefault(e => e.Name.LocalName is "numFmts" or "fonts" or "fills" or "borders" or "cellStyleXfs" or "cellXfs" or "cellStyles");
            if (before is null) root.AddFirst(dxfs); else before.AddAfterSelf(dxfs);
        }
        var first = dxfs.Elements(Main + "dxf").Count();
        foreach (var f in Formats) dxfs.Add(new XElement(f));
        dxfs.SetAttributeValue("count", first + Formats.Length);
        return first;
    }

    private static XElement Dxf(bool bold, string? fill, string? color)
    {
        var dxf = new XElement(Main + "dxf");
        if (bold || color is not null)
            dxf.Add(new XElement(Main + "font", bold ? new XElement(Main + "b") : null, color is null ? null : new XElement(Main + "color", new XAttribute("rgb", color))));
        if (fill is not null)
            dxf.Add(new XElement(Main + "fill", new XElement(Main + "patternFill", new XElement(Main + "bgColor", new XAttribute("rgb", fill)))));
        return dxf;
    }

    /// <summary>Streams the sheet, inserting merges, formats and page setup right after &lt;/sheetData&gt; (their place in the schema).
    /// MiniExcel 1.47.1 without an autofilter writes its (empty) &lt;drawing&gt; inside &lt;sheetData&gt;, which Excel's schema
    /// forbids: it is moved to the end, where it belongs.</summary>
    private static void CopyInserting(Stream from, Stream to, SheetMarks marks, int columns, int firstDxf)
    {
        using var reader = new StreamReader(from, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 65536);
        using var writer = new StreamWriter(to, new UTF8Encoding(false), 65536);
        var buffer = new char[65536];
        var pending = new StringBuilder();
        var done = false;
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (done) { writer.Write(buffer, 0, n); continue; }
            pending.Append(buffer, 0, n);
            var text = pending.ToString();
            foreach (var prefix in new[] { "x:", "" })
            {
                var marker = $"</{prefix}sheetData>";
                var at = text.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0) continue;
                var rows = text[..at];
                var drawing = DrawingAtEnd().Match(rows);
                if (drawing.Success) rows = rows[..drawing.Index];
                var rest = text[(at + marker.Length)..];
                var end = rest.LastIndexOf($"</{prefix}worksheet>", StringComparison.Ordinal);
                writer.Write(rows);
                writer.Write(marker);
                writer.Write(Additions(prefix, marks, columns, firstDxf));
                if (drawing.Success && end >= 0) rest = rest[..end] + drawing.Value + rest[end..];
                else if (drawing.Success) writer.Write(drawing.Value);
                writer.Write(rest);
                pending.Clear();
                done = true;
                break;
            }
            if (done) continue;
            // Keep a tail long enough to hold a marker split across two reads, and the drawing element before it.
            const int keep = 512;
            if (pending.Length > keep)
            {
                writer.Write(text.AsSpan(0, text.Length - keep));
                pending.Remove(0, text.Length - keep);
            }
        }
        if (!done) writer.Write(pending.ToString());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<(x:)?drawing\s[^>]*/>\s*$")]
    private static partial System.Text.RegularExpressions.Regex DrawingAtEnd();

    private static string Additions(string p, SheetMarks marks, int columns, int firstDxf)
    {
        var last = Column(columns);
        var sb = new StringBuilder();
        var merges = new List<string> { $"A1:{last}1", $"A2:{last}2", $"A3:{last}3" };
        merges.AddRange(marks.GroupRows.Select(r => $"B{r}:{last}{r}"));
        sb.Append($"<{p}mergeCells count=\"{merges.Count}\">");
        foreach (var m in merges) sb.Append($"<{p}mergeCell ref=\"{m}\"/>");
        sb.Append($"</{p}mergeCells>");
        var priority = 0;
        void Rule(string sqref, int dxf, string formula) =>
            sb.Append($"<{p}conditionalFormatting sqref=\"{sqref}\"><{p}cfRule type=\"expression\" dxfId=\"{firstDxf + dxf}\" priority=\"{++priority}\">" +
                      $"<{p}formula>{System.Security.SecurityElement.Escape(formula)}</{p}formula></{p}cfRule></{p}conditionalFormatting>");
        Rule($"A1:{last}3", 0, "TRUE");
        Rule($"A{ProgressWorkbook.HeaderRow}:{last}{ProgressWorkbook.HeaderRow}", 1, "TRUE");
        if (marks.GroupRows.Count > 0) Rule(string.Join(' ', marks.GroupRows.Select(r => $"A{r}:{last}{r}")), 2, "TRUE");
        var firstData = ProgressWorkbook.HeaderRow + 1;
        if (marks.LastRow >= firstData)
            Rule($"A{firstData}:{last}{marks.LastRow}", 3, $"LEFT(${last}{firstData},{StatusWords.Overdue.Length})=\"{StatusWords.Overdue}\"");
        sb.Append($"<{p}pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>");
        sb.Append($"<{p}pageSetup paperSize=\"9\" orientation=\"landscape\"/>");
        return sb.ToString();
    }

    private static string Column(int index) => ((char)('A' + index - 1)).ToString();
}
