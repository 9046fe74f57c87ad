using ChatBot.Core.Common;
using ChatBot.Core.Parsing;
using ChatBot.Directory;
using Microsoft.Extensions.Options;

namespace ChatBot.Tasks;

/// <summary>The one place the host calls the parser: bytes of a file → its text → parsed notice, or a Vietnamese refusal.</summary>
public sealed class NoticeReader(IOptions<ParsingOptions> parsing, WardClock clock)
{
    public ExtractionLimits Limits { get; } = parsing.Value.Limits();

    public ParsedNotice Read(byte[] content, string fileName, IReadOnlyList<DirectoryUnit> directory) =>
        Parse(Extract(content, fileName), directory);

    /// <summary>The text of a .docx, .pdf (text layer), .txt or .md file.</summary>
    public string Extract(byte[] content, string fileName)
    {
        try
        {
            return NoticeText.Extract(content, fileName, Limits);
        }
        catch (NoticeReadException ex)
        {
            throw new UserFacingException(ex.Message);
        }
    }

    public ParsedNotice Parse(string text, IReadOnlyList<DirectoryUnit> directory)
    {
        try
        {
            return NoticeParser.Parse(text, new ParseOptions { Directory = directory, DefaultYear = clock.Today.Year });
        }
        catch (NoticeReadException ex)
        {
            throw new UserFacingException(ex.Message);
        }
    }
}
