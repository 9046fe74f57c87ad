using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ChatBot.Core.Parsing;

/// <summary>Reads the text layer of a PDF: words grouped into lines, lines into paragraphs by vertical gaps.</summary>
internal static class PdfText
{
    public static string Extract(byte[] bytes, ExtractionLimits limits)
    {
        try
        {
            using var doc = PdfDocument.Open(bytes);
            if (doc.NumberOfPages > limits.MaxPdfPages)
                throw new NoticeReadException($"Tệp PDF quá nhiều trang ({doc.NumberOfPages}); giới hạn là {limits.MaxPdfPages} trang.");
            var sb = new StringBuilder();
            foreach (var page in doc.GetPages())
            {
                AppendPage(sb, page);
                sb.Append("\n\n");
                if (sb.Length > limits.MaxTextChars) break;
            }
            return sb.ToString();
        }
        catch (NoticeReadException) { throw; }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new NoticeReadException("Tệp .pdf bị hỏng hoặc không đọc được.", ex);
        }
    }

    private static void AppendPage(StringBuilder sb, Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0) return;
        var lines = new List<(double Bottom, double Height, List<Word> Words)>();
        foreach (var w in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var h = Math.Max(w.BoundingBox.Height, 1);
            var line = lines.FindLastIndex(l => Math.Abs(l.Bottom - w.BoundingBox.Bottom) < Math.Max(l.Height, h) * 0.5);
            if (line >= 0) lines[line].Words.Add(w);
            else lines.Add((w.BoundingBox.Bottom, h, [w]));
        }
        var heights = lines.Select(l => l.Height).Order().ToList();
        var typical = heights[heights.Count / 2];
        double? prevBottom = null;
        for (var li = 0; li < lines.Count; li++)
        {
            var (bottom, _, lineWords) = lines[li];
            // A task table drawn with wrapped cells: its rows are rebuilt from the header's columns ("| 1 | … | … |").
            if (PdfTable.TryRead(lines, li, typical) is { } table)
            {
                if (prevBottom is not null) sb.Append("\n\n");
                sb.Append(table.Text);
                li = table.NextLine - 1;
                prevBottom = lines[li].Bottom;
                continue;
            }
            var text = string.Join(" ", lineWords.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
            if (prevBottom is { } pb)
            {
                var gap = pb - bottom;
                var startsItem = text.Length > 1 && (text[0] is '-' or '+' or '•' || char.IsDigit(text[0]) || char.IsUpper(text[0]) && text.Length > 1 && text[1] is '.' or ')');
                sb.Append(gap > typical * 1.9 || startsItem ? "\n\n" : "\n");
            }
            sb.Append(text);
            prevBottom = bottom;
        }
    }
}
