using ChatBot.Core.Parsing;
using ChatBot.Directory;

namespace ChatBot.Tasks;

/// <summary>
/// The one place the host reads a notice: bytes of a file → parsed notice, or a Vietnamese refusal. The chat upload,
/// <c>import</c> and <c>parse</c> (with or without <c>--ward</c>) all come through here, so what the scorer measures
/// is what creates tasks: same extraction limits, same options (<see cref="ParseOptions.ForWard"/>: the ward's today
/// for dates the notice gives no year to, the ward's directory when there is one).
/// </summary>
public sealed class NoticeReader(IConfiguration config, TimeProvider clock)
{
    public ExtractionLimits Limits { get; } = new()
    {
        MaxFileBytes = long.TryParse(config["Parsing:MaxFileBytes"], out var max) ? max : ExtractionLimits.Default.MaxFileBytes,
    };

    public ParsedNotice Read(byte[] content, string fileName, IReadOnlyList<DirectoryUnit>? directory)
    {
        try
        {
            var text = NoticeText.Extract(content, fileName, Limits);
            return NoticeParser.Parse(text, ParseOptions.ForWard(VnClock.Today(clock), directory));
        }
        catch (NoticeReadException ex)
        {
            throw new UserFacingException(ex.Message);
        }
    }
}
