using ChatBot.Core.Parsing;

namespace ChatBot.Tasks;

/// <summary>The one place the host calls the parser: bytes of a file → parsed notice (throws UserFacingException).</summary>
public sealed class NoticeReader
{
    public ParsedNotice Read(byte[] content, string fileName, IReadOnlyList<DirectoryUnit> directory) =>
        throw new NotImplementedException("parser lands with the parser branch");
}
