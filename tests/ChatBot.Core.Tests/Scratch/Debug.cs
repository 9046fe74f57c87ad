using ChatBot.Core.Parsing;
using ChatBot.Core.Parsing.Layout;
using ChatBot.Core.Parsing.Tasks;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Scratch;

public class Debug(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("DBG_FILE");
        if (path is null) return;
        var text = File.ReadAllText(path);
        var source = new SourceText(text);
        var blocks = NoticeSegmenter.Segment(source.Lines, source.Furniture);
        var start = DocumentRegions.BodyStart(blocks);
        output.WriteLine($"body start {start}");
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var a = Addressees.Leading(b.Content, b.Lower);
            output.WriteLine($"{i} {b.Kind} [{b.Style}] lead={a.Lead?.Name} via={a.ViaDirectiveVerb} label={a.LabelOnly} stmt={a.Statement} | {b.Content[..Math.Min(90, b.Content.Length)]}");
        }
    }
}
