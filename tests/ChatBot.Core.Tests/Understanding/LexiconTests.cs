using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Officials' chat spellings read as the words they stand for (notation of <see cref="CaseTable"/>): each
/// abbreviation in a reply that means something else without it, telex typed without a Vietnamese keyboard,
/// repeated letters and words typed without a space.
/// </summary>
public class LexiconTests
{
    private const string Spellings = """
        [reply=12] ko xong được                           => unsure blocked|progress
        [reply=12] k xong được                            => unsure blocked|progress
        [reply=12] kh xong được                           => unsure blocked|progress
        [reply=12] khg xong được                          => unsure blocked|progress
        [reply=12] kg xong được                           => unsure blocked|progress
        [reply=12] hok xong được                          => unsure blocked|progress
        [reply=12] khum xong được                         => unsure blocked|progress
        [reply=12] chx xong                               => progress
        [reply=12] không xong dc                          => unsure blocked|progress
        [reply=12] không xong dx                          => unsure blocked|progress
        [reply=12] em làm r                               => unsure done|progress
        [reply=12] em làm rui                             => unsure done|progress
        [reply=12] em làm ruj                             => unsure done|progress
        [reply=12] em làm roai                            => unsure done|progress
        [reply=12] xog                                    => done
        [reply=12] xg                                     => done
        [reply=12] xonh                                   => done
        [reply=12] xomg                                   => done
        [reply=12] dag làm                                => progress
        [reply=12] dg làm                                 => progress
        [reply=12] đang lm                                => progress
        e nhận ạ                                          => ack @-
        #12 vs #13 xong                                   => done @12,13
        #13 còn vướng j                                   => q task=13
        [reply=12] ht                                     => done
        [reply=12] em đã bc                               => unsure done|progress
        [reply=12] oke anh                                => ack
        [reply=12] okie anh                               => ack
        [reply=12] okay anh                               => ack
        [reply=12] oki anh                                => ack
        [reply=12] okela anh                              => ack
        [reply=12] okei anh                               => ack
        [reply=12] uk                                     => ack
        [reply=12] uh                                     => ack
        [reply=12] u                                      => ack
        #13 ntn rồi                                       => q task=13
        #13 được bn rồi                                   => q task=13
        [leader] việc qh                                  => q overdue
        [leader] việc đến hạn hnay                        => q duesoon win=2026-07-08..2026-07-08
        [leader] việc quá hạn hqua                        => q overdue win=2026-07-07..2026-07-07
        [reply=12] hoafn thafnh                           => done
        [reply=12] ddang lafm                             => progress
        [reply=12] daxong                                 => done
        [reply=12] xongggg                                => done
        [reply=12] danglam                                => progress
        """;

    public static TheoryData<string> Lines() => [.. CaseTable.Lines(Spellings)];

    [Theory, MemberData(nameof(Lines))]
    public void A_chat_spelling_reads_as_the_word_it_stands_for(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }

    [Fact]
    public void Cn_is_sunday() =>
        Assert.Equal("2026-07-12", DateReaderTests.Show(ReplyUnderstander.ReadDate("cn", new UnderstandingContext(CaseTable.Today))));
}
