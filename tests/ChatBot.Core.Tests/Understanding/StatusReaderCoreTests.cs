namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// The status reader's word tables and rules (StatusReader.cs, StatusReader.Reasons.cs) row by row, aimed at the mutants
/// that survived session 22's run (docs/TESTING.md, "Mutation testing"): each row is a case-table line (<see cref="CaseTable"/>)
/// that only reads right while its table word or its rule is there. Several wordings a word. Today is Wednesday 08/07/2026.
/// </summary>
public class StatusReaderCoreTests
{
    /// <summary>Each word of the done, weak-done, blocked and acknowledgement tables, on its own.</summary>
    public static TheoryData<string> TableWords() => [.. CaseTable.Lines("""
        [reply=12] finish rồi => done
        [reply=12] finished => done
        [reply=12] em finish rồi ạ => done
        [reply=12] em thực hiện rồi => unsure done|progress
        [reply=12] bên em thực hiện rồi ạ => unsure done|progress
        [reply=12] triển khai rồi ạ => unsure done|progress
        [reply=12] em triển khai rồi => unsure done|progress
        [reply=12] đã nộp => unsure done|progress
        [reply=12] em đã nộp ạ => unsure done|progress
        [reply=12] nộp rồi ạ => unsure done|progress
        [reply=12] em nộp rồi => unsure done|progress
        [reply=12] xử lý rồi => unsure done|progress
        [reply=12] em xử lý rồi ạ => unsure done|progress
        [reply=12] đã giải quyết => unsure done|progress
        [reply=12] em đã giải quyết ạ => unsure done|progress
        [reply=12] máy đang trục trặc => blocked
        [reply=12] phần mềm trục trặc ạ => blocked
        [reply=12] tạm ngưng ạ => blocked
        [reply=12] công trình tạm ngưng => blocked
        [reply=12] đang kẹt => blocked
        [reply=12] việc này đang kẹt anh ạ => blocked
        [reply=12] em bế tắc quá => blocked
        [reply=12] bế tắc anh ạ => blocked
        [reply=12] gặp vấn đề => blocked
        [reply=12] em gặp vấn đề ạ => blocked
        [reply=12] ách tắc => blocked
        [reply=12] đang ách tắc ạ => blocked
        [reply=12] bị tắc => blocked
        [reply=12] hồ sơ bị tắc ạ => blocked
        [reply=12] xin nhận => ack
        [reply=12] em xin nhận ạ => ack
        [reply=12] tôi nhận => ack
        [reply=12] tôi nhận ạ => ack
        [reply=12] mình nhận nhé => ack
        [reply=12] mình nhận => ack
        """)];

    /// <summary>Markers that place a done word: almost, to come, hedged; soft difficulties asking for help.</summary>
    public static TheoryData<string> Markers() => [.. CaseTable.Lines("""
        [reply=12] suýt xong => progress
        [reply=12] suýt xong rồi anh => progress
        [reply=12] dự tính xong => progress
        [reply=12] em dự tính hoàn thành => progress
        [reply=12] hy vọng xong => progress
        [reply=12] em hy vọng hoàn thành => progress
        [reply=12] hi vọng xong => progress
        [reply=12] mong xong => progress
        [reply=12] em mong hoàn thành sớm => progress
        [reply=12] tối nay xong => progress
        [reply=12] tối nay em hoàn thành => progress
        [reply=12] có lẽ xong rồi => unsure progress|done
        [reply=12] khó xong lắm => unsure blocked|progress
        [reply=12] việc này khó xong => unsure blocked|progress
        [reply=12] xin hỗ trợ => unsure blocked|progress
        [reply=12] em xin hỗ trợ ạ => unsure blocked|progress
        [reply=12] nhờ hỗ trợ => unsure blocked|progress
        [reply=12] em nhờ hỗ trợ ạ => unsure blocked|progress
        [reply=12] xin chỉ đạo => unsure blocked|progress
        [reply=12] em xin chỉ đạo ạ => unsure blocked|progress
        [reply=12] không biết làm => unsure blocked|progress
        [reply=12] em không biết làm ạ => unsure blocked|progress
        [reply=12] chưa biết làm => unsure blocked|progress
        [reply=12] em chưa biết làm thế nào => unsure blocked|progress
        """)];

    [Theory, MemberData(nameof(TableWords))]
    public void Each_table_word_is_read(string line) => Expect(line);

    [Theory, MemberData(nameof(Markers))]
    public void Each_marker_places_its_done_word(string line) => Expect(line);

    private static void Expect(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
