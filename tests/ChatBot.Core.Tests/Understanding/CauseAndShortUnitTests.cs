using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Session 28 (lead): two misreadings left open in session 27. (1) After "ngày", "việc", "hôm" a toneless "do" is "đó"
/// (that), but a writer who types marks and writes "do" means "because": "xin thêm 5 ngày do thiếu người" gives the reason
/// "thiếu người", not "do thiếu người". (2) "P.KT", "P. VHXH": "P." before an abbreviation is "Phòng", in questions and in the
/// host's unit matcher (it was read as no unit at all: the whole ward's list answered a question about one unit).
/// </summary>
public class CauseAndShortUnitTests
{
    public static TheoryData<string> Causes() => [.. CaseTable.Lines("""
        [reply=12] xin gia hạn 5 ngày làm việc do khối lượng lớn      => ext +5wd "khối lượng lớn"
        [reply=12] xin gia hạn 3 ngày do thiếu người                  => ext +3d "thiếu người"
        [reply=12] cho em thêm 2 tuần do đang chờ kinh phí            => ext +14d "đang chờ kinh phí"
        [reply=12] xin lùi thêm 4 ngày do mưa bão                     => ext +4d "mưa bão"
        [reply=12] xin them 3 ngay do thieu nguoi                     => ext +3d "thieu nguoi"
        [reply=12] hôm đó em ốm nên chưa xong                         => blocked "hôm đó em ốm"
        [reply=12] việc do anh giao em đang làm                       => progress
        """)];

    public static TheoryData<string> ShortUnits() => [.. CaseTable.Lines("""
        [leader] việc của P.KT quá hạn                                => q overdue unit="P.KT"
        [leader] p.kt quá hạn gì                                      => q overdue unit="p.kt"
        [leader] P.TCKH còn việc gì chưa xong                         => q progress unit="P.TCKH"
        [leader] tiến độ của P. VHXH                                  => q progress unit="P. VHXH"
        [leader] việc quá hạn của phòng kinh tế                       => q overdue unit="phòng kinh tế"
        """)];

    /// <summary>(3) Late, answering a task (understand16 noticed "chậm, thiếu người" read as the chief's overdue question):
    /// with why in the next clause or after a cause word, blocked with that reason; alone, asked (in progress or blocked?);
    /// "tiến độ do …" is no "do đó" (therefore). From the ward's side, or with no task in view, it stays a question.</summary>
    public static TheoryData<string> Late() => [.. CaseTable.Lines("""
        [reply=12] chậm, thiếu người                                  => blocked "thiếu người"
        [reply=12] bị trễ rồi, máy in hỏng                            => blocked "máy in hỏng"
        [reply=12] hơi chậm ạ, chưa có kinh phí                       => blocked "chưa có kinh phí"
        [reply=12] chậm tiến độ do thiếu kinh phí                     => blocked "thiếu kinh phí"
        [reply=12] bị chậm tiến độ do mưa lớn                         => blocked "mưa lớn"
        [reply=12] bị chậm anh ạ                                      => unsure progress|blocked
        [reply=12] trễ rồi anh                                        => unsure progress|blocked
        [leader] việc chậm tiến độ                                    => q overdue
        [reply=12] vướng mắc do đó chưa xong                          => blocked
        """)];

    [Theory, MemberData(nameof(Late))]
    public void Late_answering_a_task_is_news_not_a_question(string line) => Expect(line);

    [Theory, MemberData(nameof(Causes))]
    public void A_plain_do_from_a_writer_who_types_marks_is_because(string line) => Expect(line);

    [Theory, MemberData(nameof(ShortUnits))]
    public void P_dot_before_an_abbreviation_is_a_unit(string line) => Expect(line);

    [Theory]
    [InlineData("P.KT", "Phòng Kinh tế")]
    [InlineData("p.kt", "Phòng Kinh tế")]
    [InlineData("P. VH-XH", "Phòng Văn hóa - Xã hội")]
    [InlineData("P.VHXH", "Phòng Văn hóa - Xã hội")]
    [InlineData("Phòng KT", "Phòng Kinh tế")]
    public void The_unit_matcher_reads_P_dot_as_Phong(string written, string expected)
    {
        var units = new[] { "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Công an phường" }
            .Select((n, i) => new DirectoryUnit((i + 1).ToString(), n, [])).ToList();
        Assert.Equal(expected, new UnitNameMatcher(units).Match(written)?.Name);
    }

    private static void Expect(string line)
    {
        if (CaseTable.Check(line) is { } problem) Assert.Fail(problem);
    }
}
