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
        var text = Extract(content, fileName);
        return (text, Parse(text, directory));
    }

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

    /// <summary>Words the clerk gives as tasks of a notice (<see cref="TypedTasks"/>), with the ward's today and directory.</summary>
    public IReadOnlyList<ParsedTask> ReadTyped(string text, IReadOnlyList<DirectoryUnit>? directory) =>
        TypedTasks.Read(text, ParseOptions.ForWard(clock.Today, directory));

    /// <summary>What the parser reads in an extracted text, with the ward's today and directory.</summary>
    public ParsedNotice Parse(string text, IReadOnlyList<DirectoryUnit>? directory)
    {
        try
        {
            return NoticeParser.Parse(text, ParseOptions.ForWard(clock.Today, directory));
        }
        catch (NoticeReadException ex)
        {
            throw new UserFacingException(ex.Message);
        }
    }
}
