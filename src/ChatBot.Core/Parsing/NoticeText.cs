using System.Text;

namespace ChatBot.Core.Parsing;

/// <summary>Turns the bytes of an uploaded file (.txt/.md, .docx, .pdf with a text layer) into notice text.</summary>
public static class NoticeText
{
    /// <exception cref="NoticeReadException">The file is empty, too large, binary, damaged or has no text.</exception>
    public static string Extract(ReadOnlySpan<byte> content, string fileName, ExtractionLimits? limits = null)
    {
        limits ??= ExtractionLimits.Default;
        if (content.Length == 0) throw new NoticeReadException("Tệp rỗng: không có nội dung để đọc.");
        if (content.Length > limits.MaxFileBytes)
            throw new NoticeReadException($"Tệp quá lớn ({content.Length / (1024 * 1024.0):0.#} MB); giới hạn là {limits.MaxFileBytes / (1024 * 1024.0):0.#} MB.");
        var ext = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var isZip = content.StartsWith("PK\u0003\u0004"u8);
        var isPdf = content.StartsWith("%PDF"u8);
        string text = ext switch
        {
            ".docx" when isZip => DocxText.Extract(content.ToArray(), limits),
            ".docx" => throw new NoticeReadException("Tệp .docx bị hỏng hoặc không phải tài liệu Word (.docx)."),
            ".pdf" when isPdf => PdfText.Extract(content.ToArray(), limits),
            ".pdf" => throw new NoticeReadException("Tệp .pdf bị hỏng hoặc không phải tài liệu PDF."),
            ".doc" => throw new NoticeReadException("Định dạng Word cũ (.doc) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc .pdf."),
            _ when isPdf => PdfText.Extract(content.ToArray(), limits),
            _ when isZip => DocxText.Extract(content.ToArray(), limits),
            _ => PlainText(content),
        };
        if (text.Length > limits.MaxTextChars)
            throw new NoticeReadException($"Văn bản quá dài ({text.Length:N0} ký tự); giới hạn là {limits.MaxTextChars:N0} ký tự.");
        if (string.IsNullOrWhiteSpace(text))
            throw new NoticeReadException(isPdf ? "Tệp PDF không có lớp văn bản (có thể là bản scan); cần bản PDF có chữ hoặc tệp .docx." : "Tệp rỗng: không có nội dung để đọc.");
        return text;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string PlainText(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8)) content = content[3..];
        else if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE) return Encoding.Unicode.GetString(content[2..]);
        else if (content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(content[2..]);
        var probe = content[..Math.Min(content.Length, 64 * 1024)];
        var controls = 0;
        foreach (var b in probe)
        {
            if (b == 0) throw new NoticeReadException("Tệp không phải văn bản (tệp nhị phân); hãy gửi .txt, .md, .docx hoặc .pdf.");
            if (b < 32 && b is not (9 or 10 or 13 or 12)) controls++;
        }
        if (controls > probe.Length / 20) throw new NoticeReadException("Tệp không phải văn bản (tệp nhị phân); hãy gửi .txt, .md, .docx hoặc .pdf.");
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            throw new NoticeReadException("Tệp văn bản không dùng mã UTF-8 (có thể là bảng mã cũ TCVN3/VNI); hãy lưu lại với mã UTF-8.", ex);
        }
    }
}
