namespace ChatBot.Core.Parsing;

/// <summary>The file cannot be read as a notice; the message is Vietnamese and meant for the user.</summary>
public sealed class NoticeReadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Size limits applied while reading a file (configuration section <c>Parsing</c>).</summary>
public sealed record ExtractionLimits
{
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Characters of text kept from any document.</summary>
    public int MaxTextChars { get; init; } = 10_000_000;

    /// <summary>Total uncompressed bytes a .docx may expand to (zip-bomb guard).</summary>
    public long MaxUncompressedBytes { get; init; } = 100 * 1024 * 1024;

    /// <summary>Uncompressed bytes of a .docx's XML parts (the document, numbering, styles …): the SDK builds them into a
    /// tree in memory, several times their size, while pictures are never loaded. A notice of a hundred pages is a few MB.</summary>
    public long MaxXmlBytes { get; init; } = 10 * 1024 * 1024;

    public int MaxPdfPages { get; init; } = 500;

    public static ExtractionLimits Default { get; } = new();
}
