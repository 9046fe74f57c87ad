using System.Text;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>What the tokenizer does with what phones send: emoji, full-width and long dashes, line breaks,
/// decomposed diacritics, numbers too long to be a task.</summary>
public class MessageTests
{
    private const string Texts = """
        [reply=12] 👍                                     => ack
        [reply=12] 👌                                     => ack
        [reply=12] 😊                                     => none
        [reply=12] việc này hạn khi nào？                 => q task=12
        [leader] việc quá hạn của phòng văn hóa – xã hội  => q overdue unit="phòng văn hóa – xã hội"
        [leader] việc quá hạn của phòng văn hóa — xã hội  => q overdue unit="phòng văn hóa — xã hội"
        #1234567890 xong                                  => done @-
        """;

    public static TheoryData<string> Lines() => [.. CaseTable.Lines(Texts)];

    [Theory, MemberData(nameof(Lines))]
    public void A_phone_texts_symbols_read_as_their_plain_forms(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }

    [Fact]
    public void A_line_break_ends_a_clause_like_a_comma()
    {
        var several = Assert.IsType<Intent.Several>(ReplyUnderstander.Read("#12 xong\n#13 đang làm", new UnderstandingContext(CaseTable.Today)));
        Assert.Equal(2, several.Parts.Count);
        var done = Assert.IsType<Intent.Status>(several.Parts[0]);
        Assert.Equal([TaskRef.Task(12)], done.Tasks);
        Assert.Equal(WorkStatus.Done, done.Change.Status);
    }

    [Fact]
    public void Decomposed_diacritics_read_like_composed_ones()
    {
        var ctx = new UnderstandingContext(CaseTable.Today) { RepliedTask = 12 };
        var status = Assert.IsType<Intent.Status>(ReplyUnderstander.Read("đã hoàn thành".Normalize(NormalizationForm.FormD), ctx));
        Assert.Equal(WorkStatus.Done, status.Change.Status);
        var unit = Assert.IsType<Intent.Question>(ReplyUnderstander.Read("việc quá hạn của phòng tư pháp".Normalize(NormalizationForm.FormD), ctx with { Writer = Role.Leader }));
        Assert.Equal("phòng tư pháp", unit.Unit);
    }
}
