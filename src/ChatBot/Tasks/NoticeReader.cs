using ChatBot.Core.Common;
using ChatBot.Core.Parsing;
using ChatBot.Directory;

namespace ChatBot.Tasks;

/// <summary>The one place the host calls the parser: bytes of a file → parsed notice, or a Vietnamese refusal.</summary>
public sealed class NoticeReader(IConfiguration config, WardClock clock)
{
    public ExtractionLimits Limits { get; } = new()
    {
        MaxFileBytes = long.TryParse(config["Parsing:MaxFileBytes"], out var max) ? max : ExtractionLimits.Default.MaxFileBytes,
    };

    public ParsedNotice Read(byte[] content, string fileName, IReadOnlyList<DirectoryUnit> directory)
    {
        try
        {
            var text = NoticeText.Extract(content, fileName, Limits);
            return NoticeParser.Parse(text, new ParseOptions { Directory = directory, DefaultYear = clock.Today.Year });
        }
        catch (NoticeReadException ex)
        {
            throw new UserFacingException(ex.Message);
        }
    }
}
