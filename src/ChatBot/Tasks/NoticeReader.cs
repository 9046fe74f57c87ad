using ChatBot.Core.Common;
using ChatBot.Core.Parsing;
using ChatBot.Directory;
using Microsoft.Extensions.Options;

namespace ChatBot.Tasks;

/// <summary>
/// The one place the host reads a notice: bytes of a file → parsed notice, or a Vietnamese refusal. The chat upload,
/// <c>import</c> and <c>parse</c> (with or without <c>--ward</c>) all come through here, so what the scorer measures
/// is what creates tasks: same extraction limits, same options (<see cref="ParseOptions.ForWard"/>: the ward's today
/// for dates the notice gives no year to, the ward's directory when there is one).
/// </summary>
public sealed class NoticeReader(IOptions<ParsingOptions> parsing, WardClock clock)
{
    public ExtractionLimits Limits { get; } = parsing.Value.Limits();

    public ParsedNotice Read(byte[] content, string fileName, IReadOnlyList<DirectoryUnit>? directory) =>
        ReadWithText(content, fileName, directory).Notice;

    /// <summary>The text extracted from the file and what the parser read in it; the tasks' spans and evidence index into that text.</summary>
    public (string Text, ParsedNotice Notice) ReadWithText(byte[] content, string fileName, IReadOnlyList<DirectoryUnit>? directory)
    {
        try
        {
            var text = NoticeText.Extract(content, fileName, Limits);
            return (text, NoticeParser.Parse(text, ParseOptions.ForWard(clock.Today, directory)));
        }
        catch (NoticeReadException ex)
        {
            throw new UserFacingException(ex.Message);
        }
    }
}
