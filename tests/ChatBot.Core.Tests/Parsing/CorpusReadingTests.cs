using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Every document of the seed and development corpora (tests/corpus, in every format: .txt, .md, .docx, .pdf) is
/// extracted and parsed without an exception or a crash (a .docx whose header and appendix are tables once overflowed
/// the stack of the earlier parser). Accuracy is the scorer's job (scripts/test.sh step 4), not this test's.
/// </summary>
public class CorpusReadingTests
{
    private static string? CorpusDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.Directory.Exists(Path.Combine(dir.FullName, "tests", "corpus"))) return Path.Combine(dir.FullName, "tests", "corpus");
        return null;
    }

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        var root = CorpusDir() ?? throw new InvalidOperationException("tests/corpus not found above the test output folder");
        foreach (var set in (string[])["seeds", "dev"])
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(root, set)).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order())
                data.Add(Path.Combine(set, Path.GetFileName(file)));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_corpus_document_is_read_without_failing(string file)
    {
        var path = Path.Combine(CorpusDir()!, file);
        var text = NoticeText.Extract(File.ReadAllBytes(path), path, ExtractionLimits.Default);
        var notice = NoticeParser.Parse(text, new ParseOptions { DefaultYear = 2026 });
        Assert.NotEmpty(text);
        Assert.All(notice.Tasks, t => Assert.InRange(t.Source.End, t.Source.Start, text.Length));
    }
}
