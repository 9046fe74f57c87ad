using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>A one-page PDF with words placed by hand, for the PDF table tests.</summary>
internal static class TestPdf
{
    /// <summary>(text, x, y) on an A4 page in Helvetica 10 (ASCII: the standard fonts have no Vietnamese letters).</summary>
    public static byte[] Build(params (string Text, double X, double Y)[] words)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var (text, x, y) in words) page.AddText(text, 10, new PdfPoint(x, y), font);
        return builder.Build();
    }
}
