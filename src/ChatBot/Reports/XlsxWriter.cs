using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ChatBot.Reports;

/// <summary>The cell formats of the workbook (ids into styles.xml's cellXfs, in this order).</summary>
public enum XlsxStyle { Default = 0, Title = 1, Header = 2, Group = 3, Text = 4, Date = 5, Number = 6 }

/// <summary>Writes a one-sheet .xlsx in a single forward pass: the fixed parts (content types, relationships, workbook,
/// styles) first, then the sheet row by row straight into its zip entry, then merged cells and one conditional format.
/// Nothing is buffered but the few merged ranges, so memory stays flat whatever the number of rows.
/// Why not a library: MiniExcel 1.x cannot style rows (it took a second pass copying the whole zip), and the Open XML
/// SDK's packaging keeps every part it writes in memory until the package is closed on .NET
/// (dotnet/Open-XML-SDK#807, dotnet/runtime#1544) — 60–80 MB of sheet XML at 100 000 rows. The XML here is small and
/// fixed; the host test validates every file against the Open XML schema with the SDK's validator.</summary>
public sealed class XlsxWriter : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly int SerialZero = new DateOnly(1899, 12, 30).DayNumber;
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.None, CloseOutput = true, CheckCharacters = true,
    };

    private readonly ZipArchive _zip;
    private readonly XmlWriter _xml;
    private readonly int _columns;
    private string _row = "";
    private bool _finished;

    public XlsxWriter(Stream output, string sheetName, IReadOnlyList<double> widths, int frozenRows)
    {
        _columns = widths.Count;
        if (_columns is < 1 or > 26) throw new ArgumentOutOfRangeException(nameof(widths), "1 to 26 columns");
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """);
        Part("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Part("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """);
        Part("xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="{Rel}"><bookViews><workbookView/></bookViews><sheets><sheet name="{System.Security.SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Part("xl/styles.xml", Styles);

        _xml = XmlWriter.Create(_zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), Settings);
        _xml.WriteStartDocument(true);
        _xml.WriteStartElement("worksheet", Main);
        _xml.WriteAttributeString("xmlns", "r", null, Rel);
        _xml.WriteStartElement("sheetViews", Main);
        _xml.WriteStartElement("sheetView", Main);
        _xml.WriteAttributeString("workbookViewId", "0");
        if (frozenRows > 0)
        {
            var topLeft = $"A{frozenRows + 1}";
            _xml.WriteStartElement("pane", Main);
            _xml.WriteAttributeString("ySplit", frozenRows.ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("topLeftCell", topLeft);
            _xml.WriteAttributeString("activePane", "bottomLeft");
            _xml.WriteAttributeString("state", "frozen");
            _xml.WriteEndElement();
            _xml.WriteStartElement("selection", Main);
            _xml.WriteAttributeString("pane", "bottomLeft");
            _xml.WriteAttributeString("activeCell", topLeft);
            _xml.WriteAttributeString("sqref", topLeft);
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteStartElement("cols", Main);
        for (var i = 0; i < widths.Count; i++)
        {
            _xml.WriteStartElement("col", Main);
            _xml.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customWidth", "1");
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
        _xml.WriteStartElement("sheetData", Main);
    }

    /// <summary>"A".."Z" for column 1..26.</summary>
    public static string Column(int column) => ((char)('A' + column - 1)).ToString();

    public void StartRow(int row)
    {
        _row = row.ToString(CultureInfo.InvariantCulture);
        _xml.WriteStartElement("row", Main);
        _xml.WriteAttributeString("r", _row);
    }

    public void EndRow() => _xml.WriteEndElement();

    /// <summary>A text cell (an empty one keeps its style: borders and fills run across the table).</summary>
    public void Text(int column, string? value, XlsxStyle style)
    {
        StartCell(column, style, value is null ? null : "str");
        if (value is not null) _xml.WriteElementString("v", Main, Clean(value));
        _xml.WriteEndElement();
    }

    public void Number(int column, int value, XlsxStyle style)
    {
        StartCell(column, style, "n");
        _xml.WriteStartElement("v", Main);
        _xml.WriteValue(value);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>A real date: the day's serial number, shown through a date format.</summary>
    public void Date(int column, DateOnly? value, XlsxStyle style)
    {
        if (value is not { } d) { Text(column, null, style); return; }
        Number(column, d.DayNumber - SerialZero, style);
    }

    private void StartCell(int column, XlsxStyle style, string? type)
    {
        _xml.WriteStartElement("c", Main);
        _xml.WriteStartAttribute("r");
        _xml.WriteString(Letters[column]);
        _xml.WriteString(_row);
        _xml.WriteEndAttribute();
        if (style != XlsxStyle.Default) _xml.WriteAttributeString("s", ((int)style).ToString(CultureInfo.InvariantCulture));
        if (type is not null) _xml.WriteAttributeString("t", type);
    }

    /// <summary>Closes the rows, then writes the merged ranges, one highlight rule (the red of styles.xml's only
    /// differential format) over <paramref name="highlightRange"/>, and an A4 landscape page.</summary>
    public void Finish(IReadOnlyCollection<string> merges, string? highlightRange, string? highlightFormula)
    {
        _xml.WriteEndElement(); // sheetData
        if (merges.Count > 0)
        {
            _xml.WriteStartElement("mergeCells", Main);
            _xml.WriteAttributeString("count", merges.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var m in merges)
            {
                _xml.WriteStartElement("mergeCell", Main);
                _xml.WriteAttributeString("ref", m);
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }
        if (highlightRange is not null && highlightFormula is not null)
        {
            _xml.WriteStartElement("conditionalFormatting", Main);
            _xml.WriteAttributeString("sqref", highlightRange);
            _xml.WriteStartElement("cfRule", Main);
            _xml.WriteAttributeString("type", "expression");
            _xml.WriteAttributeString("dxfId", "0");
            _xml.WriteAttributeString("priority", "1");
            _xml.WriteElementString("formula", Main, highlightFormula);
            _xml.WriteEndElement();
            _xml.WriteEndElement();
        }
        _xml.WriteStartElement("pageMargins", Main);
        foreach (var (name, value) in new[] { ("left", "0.4"), ("right", "0.4"), ("top", "0.5"), ("bottom", "0.5"), ("header", "0.3"), ("footer", "0.3") })
            _xml.WriteAttributeString(name, value);
        _xml.WriteEndElement();
        _xml.WriteStartElement("pageSetup", Main);
        _xml.WriteAttributeString("paperSize", "9");
        _xml.WriteAttributeString("orientation", "landscape");
        _xml.WriteEndElement();
        _xml.WriteEndElement(); // worksheet
        _xml.WriteEndDocument();
        _xml.Dispose();
        _zip.Dispose();
        _finished = true;
    }

    public void Dispose()
    {
        if (_finished) return;
        _xml.Dispose();
        _zip.Dispose();
    }

    private static readonly string[] Letters = [.. Enumerable.Range(0, 27).Select(i => i == 0 ? "" : Column(i))];

    /// <summary>Drops the characters XML 1.0 cannot carry (control characters a Word file may hold); Excel would refuse the file.</summary>
    internal static string Clean(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (XmlConvert.IsXmlChar(s[i])) continue;
            if (i + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[i + 1], s[i])) { i++; continue; }
            var sb = new StringBuilder(s.Length);
            for (var j = 0; j < s.Length; j++)
            {
                if (XmlConvert.IsXmlChar(s[j])) sb.Append(s[j]);
                else if (j + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[j + 1], s[j])) { sb.Append(s, j, 2); j++; }
            }
            return sb.ToString();
        }
        return s;
    }

    private void Part(string name, string xml)
    {
        using var w = new StreamWriter(_zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        w.Write(xml);
    }

    /// <summary>Calibri 11; bold titles; the header bold on blue, unit rows bold on grey, all table cells with thin borders,
    /// wrapped and top-aligned; dates dd/MM/yyyy; one differential format (dark red on pink) for the highlight rule.</summary>
    private const string Styles = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/MM/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEDEDED"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFE1E1"/></patternFill></fill></dxf></dxfs></styleSheet>
        """;
}
