using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Core.Parsing;

/// <summary>Reads a .docx: paragraphs with their list numbering rendered ("1.", "2.1.", "a)", "-"), tables as "| a | b |" rows.</summary>
internal static class DocxText
{
    public static string Extract(byte[] bytes, ExtractionLimits limits)
    {
        CheckZip(bytes, limits);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var doc = WordprocessingDocument.Open(stream, false);
            var body = doc.MainDocumentPart?.Document?.Body ?? throw new NoticeReadException("Tệp .docx không có nội dung văn bản.");
            var numbering = new Numbering(doc.MainDocumentPart!.NumberingDefinitionsPart?.Numbering);
            var sb = new StringBuilder();
            foreach (var el in body.Elements())
            {
                if (sb.Length > limits.MaxTextChars) break;
                switch (el)
                {
                    case Paragraph p:
                        var text = ParagraphText(p);
                        if (text.Length == 0) { sb.Append('\n'); break; }
                        sb.Append(numbering.Prefix(p)).Append(text).Append("\n\n");
                        break;
                    case Table t:
                        sb.Append('\n');
                        var above = new Dictionary<int, string>(); // grid column → the text of the cell a vertical merge continues
                        foreach (var row in t.Elements<TableRow>())
                        {
                            var cells = new List<string>();
                            var col = 0;
                            foreach (var c in row.Elements<TableCell>())
                            {
                                var props = c.TableCellProperties;
                                var span = Math.Clamp(props?.GridSpan?.Val?.Value ?? 1, 1, 64);
                                var merge = props?.VerticalMerge;
                                var cellText = string.Join(" ", c.Elements<Paragraph>().Select(ParagraphText).Where(x => x.Length > 0)).Replace('|', '/');
                                // A cell merged over rows (vMerge) is written once, in its first row; the rows it spans read it too.
                                if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
                                    cellText = above.GetValueOrDefault(col, "");
                                above[col] = cellText;
                                cells.Add(cellText);
                                for (var k = 1; k < span; k++) { above[col + k] = ""; cells.Add(""); } // a cell spanning columns keeps the columns in place
                                col += span;
                            }
                            sb.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
                        }
                        sb.Append('\n');
                        break;
                }
            }
            return sb.ToString();
        }
        catch (NoticeReadException) { throw; }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException or OpenXmlPackageException or InvalidOperationException or ArgumentException or NotSupportedException or FileFormatException)
        {
            throw new NoticeReadException("Tệp .docx bị hỏng, không đọc được.", ex);
        }
    }

    // Zip-bomb guard: declared sizes first, then real inflated bytes, both against one budget, before the SDK reads anything.
    private static void CheckZip(byte[] bytes, ExtractionLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > 5000) throw new NoticeReadException("Tệp .docx bất thường (quá nhiều thành phần); không đọc.");
            var declared = zip.Entries.Sum(e => e.Length);
            if (declared > limits.MaxUncompressedBytes) throw new NoticeReadException("Tệp .docx giải nén quá lớn (nghi ngờ zip bomb); không đọc.");
            var budget = limits.MaxUncompressedBytes;
            var xmlBudget = limits.MaxXmlBytes;
            var buffer = new byte[81920];
            foreach (var e in zip.Entries)
            {
                // What the SDK may turn into a tree in memory is XML, whatever the part is named: judged by its first bytes
                // (pictures never start with '<').
                bool? xml = null;
                using var s = e.Open();
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    xml ??= LooksLikeXml(buffer.AsSpan(0, n));
                    budget -= n;
                    if (budget < 0) throw new NoticeReadException("Tệp .docx giải nén quá lớn (nghi ngờ zip bomb); không đọc.");
                    if (xml == true && (xmlBudget -= n) < 0)
                        throw new NoticeReadException($"Nội dung chữ của tệp .docx quá lớn (trên {limits.MaxXmlBytes / (1024 * 1024)} MB khi giải nén); không đọc. Xin gửi văn bản ngắn hơn hoặc tách thành nhiều tệp.");
                }
            }
        }
        catch (NoticeReadException) { throw; }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException or System.Xml.XmlException)
        {
            throw new NoticeReadException("Tệp .docx bị hỏng hoặc không phải tài liệu Word (.docx).", ex);
        }
    }

    private static bool LooksLikeXml(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith("\uFEFF"u8)) start = start[3..];
        start = start.TrimStart(" \t\r\n"u8);
        return start.Length > 0 && start[0] == (byte)'<';
    }

    private static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var node in p.Descendants())
        {
            switch (node)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append(' '); break;
                case Break or CarriageReturn: sb.Append(' '); break;
            }
        }
        return sb.ToString().Trim();
    }

    /// <summary>Renders Word list numbering: counters per list and level, reset below the level that advanced.</summary>
    private sealed class Numbering(DocumentFormat.OpenXml.Wordprocessing.Numbering? part)
    {
        private readonly Dictionary<int, int[]> _counters = [];

        public string Prefix(Paragraph p)
        {
            var np = p.ParagraphProperties?.NumberingProperties;
            var numId = np?.NumberingId?.Val?.Value;
            if (numId is null or 0 || part is null) return "";
            var ilvl = np!.NumberingLevelReference?.Val?.Value ?? 0;
            var instance = part.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var absId = instance?.AbstractNumId?.Val?.Value;
            var abs = part.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == absId);
            var levels = abs?.Elements<Level>().ToList() ?? [];
            var level = levels.FirstOrDefault(l => l.LevelIndex?.Value == ilvl);
            if (level is null) return "- ";
            var format = level.NumberingFormat?.Val?.Value;
            if (format == NumberFormatValues.Bullet) return ilvl == 0 ? "- " : "+ ";
            if (!_counters.TryGetValue(absId ?? -1, out var counters)) _counters[absId ?? -1] = counters = new int[9];
            var lv = Math.Clamp(ilvl, 0, 8);
            counters[lv]++;
            for (var i = lv + 1; i < 9; i++) counters[i] = 0;
            var pattern = level.LevelText?.Val?.Value ?? "%1.";
            for (var i = 0; i <= lv; i++)
            {
                var fmt = levels.FirstOrDefault(l => l.LevelIndex?.Value == i)?.NumberingFormat?.Val?.Value;
                var start = levels.FirstOrDefault(l => l.LevelIndex?.Value == i)?.StartNumberingValue?.Val?.Value ?? 1;
                pattern = pattern.Replace("%" + (i + 1), Format(Math.Max(counters[i], 1) + start - 1, fmt), StringComparison.Ordinal);
            }
            return pattern.Trim() + " ";
        }

        private static string Format(int n, NumberFormatValues? fmt)
        {
            if (fmt == NumberFormatValues.LowerLetter) return ((char)('a' + (n - 1) % 26)).ToString();
            if (fmt == NumberFormatValues.UpperLetter) return ((char)('A' + (n - 1) % 26)).ToString();
            if (fmt == NumberFormatValues.UpperRoman) return Roman(n);
            if (fmt == NumberFormatValues.LowerRoman) return Roman(n).ToLowerInvariant();
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private static string Roman(int n)
        {
            string[] r = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];
            return n < r.Length ? r[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
