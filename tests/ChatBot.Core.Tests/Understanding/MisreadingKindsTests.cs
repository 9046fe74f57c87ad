namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Misreadings found while killing mutants (session 23), by kind: a cause "vì phạm vi …" (not "vi phạm"), a range opened
/// by "từ", the chief asking whether a named unit is done ("phòng Kinh tế xong chưa"), and controls that stay as they were.
/// Case-table lines (<see cref="CaseTable"/>); today is Wednesday 08/07/2026. Seven rows were red before the fix.
/// </summary>
public class MisreadingKindsTests
{
    public static TheoryData<string> Rows() => [.. CaseTable.Lines("""
        [reply=12] chưa xong vì phạm vi rộng => blocked "phạm vi rộng"
        [reply=12] chua xong vi pham vi rong => blocked "pham vi rong"
        [reply=12] vướng vì vi phạm hành lang an toàn => blocked "vi phạm hành lang an toàn"
        [reply=12] chưa xong do địa bàn quá rộng => blocked "địa bàn quá rộng"
        [reply=12] chậm vì khối lượng lớn => blocked "khối lượng lớn"
        [reply=12] vướng do đó chưa xong => blocked
        [reply=12] vướng mặt bằng nên chưa xong => blocked "mặt bằng"
        [list=5] từ 1 đến 3 xong => done @L1,2,3
        từ #12 đến #14 xong => done @12,13,14
        [list=5] từ 2 tới 4 đang làm => progress @L2,3,4
        [reply=12] từ 20/7 em làm => none
        [leader] phòng kinh tế xong chưa => q progress unit="phòng kinh tế"
        [leader] công an phường làm xong chưa? => q progress unit="công an phường"
        [leader] trung tâm phục vụ hành chính công hoàn thành hết chưa => q progress unit="trung tâm phục vụ hành chính công"
        [leader] ban chỉ huy quân sự xong hết chưa anh => q progress unit="ban chỉ huy quân sự"
        phòng văn hóa xã hội xong không? => q progress unit="phòng văn hóa xã hội"
        [leader] tổ dân phố Hoàn Mỹ xong chưa => q progress unit="tổ dân phố Hoàn Mỹ"
        [reply=12] phòng em xong rồi => done
        [reply=12] tổ dân phố 3 làm xong rồi ạ => done
        """)];

    /// <summary>Session 25, kind 1: a hedge before "đã" ("có lẽ đã", "chưa chắc đã", "hình như đã … rồi") is still a hedge —
    /// the reply is asked [đang làm, xong] like every hedged done, never applied as Done; "chắc chắn" is no hedge.</summary>
    public static TheoryData<string> HedgedDone() => [.. CaseTable.Lines("""
        [reply=12] chưa chắc đã xong => unsure progress|done
        [reply=12] chua chac da xong a anh => unsure progress|done
        [reply=12] không chắc đã hoàn thành => unsure progress|done
        [reply=12] k chắc là đã hoàn thành hết => unsure progress|done
        [reply=12] có lẽ đã hoàn thành => unsure progress|done
        [reply=12] co le da xong roi a => unsure progress|done
        [reply=12] hình như đã xong rồi ạ => unsure progress|done
        [reply=12] em nghĩ là đã xong => unsure progress|done
        [reply=12] chắc em đã xong rồi => unsure progress|done
        [reply=12] chắc là đã hoàn thành rồi anh => unsure progress|done
        #12 có lẽ đã xong => unsure progress|done @12
        [reply=12] hình như xong rồi => unsure progress|done
        [reply=12] chắc là xong => unsure progress|done
        [reply=12] chắc xong rồi => unsure progress|done
        [reply=12] chắc chắn đã xong => done
        [reply=12] em chắc chắn là xong rồi => done
        [reply=12] không biết anh nhận chưa, em đã xong rồi => done
        [reply=12] đã xong rồi ạ => done
        """)];

    /// <summary>Session 25, kind 2: a particle or a vocative after a difficulty word ("rồi", "ạ", "nhé", "nha", "quá", "lắm",
    /// "luôn", "à", "anh") is never its reason — blocked without a reason, so the host asks "Vướng mắc gì ạ?" — and a
    /// trailing "rồi" is not part of a written reason. "kẹt" (stuck, with its diacritics) is a difficulty word.</summary>
    public static TheoryData<string> ParticleIsNoReason() => [.. CaseTable.Lines("""
        [reply=12] bế tắc rồi => blocked
        [reply=12] vướng rồi => blocked
        [reply=12] khó khăn rồi ạ => blocked
        [reply=12] gặp khó khăn rồi => blocked
        [reply=12] trở ngại rồi anh ạ => blocked
        [reply=12] tạm dừng rồi => blocked
        [reply=12] vướng rồi nha => blocked
        [reply=12] vướng lắm => blocked
        [reply=12] bế tắc luôn rồi anh => blocked
        [reply=12] vướng nhé anh => blocked
        [reply=12] vướng quá => blocked
        [reply=12] đang gặp khó khăn nhé => blocked
        [reply=12] vướng luôn à => blocked
        [reply=12] kẹt rồi ạ => blocked
        [reply=12] kẹt quá anh ơi => blocked
        [reply=12] em kẹt rồi => blocked
        #12 kẹt => blocked @12
        [reply=12] vướng kinh phí rồi => blocked "kinh phí"
        [reply=12] bị kẹt mặt bằng rồi anh => blocked "mặt bằng"
        [reply=12] vướng từ hôm qua => blocked "từ hôm qua"
        [reply=12] vướng vì dân chưa đồng thuận => blocked "dân chưa đồng thuận"
        [reply=12] vướng hồ sơ rối => blocked "hồ sơ rối"
        [reply=12] kết quả đã gửi => unsure done|progress
        [reply=12] ket qua da gui roi => unsure done|progress
        """)];

    /// <summary>Session 25, kind 3: a number with a document's suffix ("#12/TB", "nv 45/KH-UBND", "việc 7/QĐ") is a document's
    /// number, never task 12: with no task named and none replied to, the status has no task (the host asks which); replying
    /// to a task, it is that task's, as "thông báo 12 xong" is; a question about it is about the document.</summary>
    public static TheoryData<string> DocumentNumberIsNoTask() => [.. CaseTable.Lines("""
        #12/TB xong => done @-
        #12/TB-UBND đã hoàn thành => done @-
        # 45/KH-UBND đang làm => progress @-
        nv 7/QĐ xong rồi ạ => done @-
        việc 30/tb xong => done @-
        [reply=5] #12/TB xong => done @5
        [reply=5] thông báo 12 xong => done @5
        [leader] tiến độ #12/TB => q progress doc="thông báo 12/TB"
        [leader] #45/KH-UBND đến đâu rồi => q progress doc="kế hoạch 45/KH-UBND"
        #12 xong => done @12
        #12, #13 xong => done @12,13
        #12/13 xong => done @-
        """)];

    /// <summary>Session 25: "chưa kịp" / "không kịp" before "đã" and a done word ("chưa kịp báo là đã xong") — the report was
    /// late, the work is done (docs/CONVERSATION.md said so; the reader read "in progress"). "chưa kịp làm xong" stays not done.</summary>
    public static TheoryData<string> LateReportOfDone() => [.. CaseTable.Lines("""
        [reply=12] chưa kịp báo là đã xong => done
        [reply=12] em chưa kịp báo anh là đã hoàn thành rồi => done
        [reply=12] không kịp báo, nhưng đã xong rồi => done
        [reply=12] chua kip nhan tin la da xong r a => done
        [reply=12] chưa kịp hoàn thành => progress
        [reply=12] chưa kịp làm xong => progress
        [reply=12] chưa kịp làm đã phải đi họp => progress
        [reply=12] chưa kịp làm, đã báo anh rồi, mai xong => progress
        """)];

    [Theory, MemberData(nameof(LateReportOfDone))]
    public void A_late_report_of_done_work_is_done(string line) => Expect(line);

    [Theory, MemberData(nameof(Rows))]
    public void Row(string line) => Expect(line);

    [Theory, MemberData(nameof(DocumentNumberIsNoTask))]
    public void A_document_number_is_no_task(string line) => Expect(line);

    [Theory, MemberData(nameof(HedgedDone))]
    public void A_hedge_before_da_is_still_a_hedge(string line) => Expect(line);

    [Theory, MemberData(nameof(ParticleIsNoReason))]
    public void A_particle_is_never_a_reason(string line) => Expect(line);

    private static void Expect(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
