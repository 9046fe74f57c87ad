using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatBot.Core.Tests.Conversation;

/// <summary>The pieces of the clarifying dialogs that are pure: short answers, the pick button, the stored dialog, and the
/// reader that puts the understander in front of the command parser.</summary>
public class DialogTests
{
    [Theory]
    [InlineData("1", 2, AnswerKind.Pick, 1)]
    [InlineData("số 2 ạ", 3, AnswerKind.Pick, 2)]
    [InlineData("chọn 3", 3, AnswerKind.Pick, 3)]
    [InlineData("phuong an 1", 2, AnswerKind.Pick, 1)]
    [InlineData("Dạ 2", 2, AnswerKind.Pick, 2)]
    [InlineData("3", 2, AnswerKind.Other, 3)]
    [InlineData("0", 2, AnswerKind.Cancel, 0)]
    [InlineData("Hủy", 0, AnswerKind.Cancel, 0)]
    [InlineData("thôi không cần", 0, AnswerKind.Cancel, 0)]
    [InlineData("Đúng rồi ạ!", 2, AnswerKind.Yes, 0)]
    [InlineData("dung", 2, AnswerKind.Yes, 0)]
    [InlineData("vâng", 2, AnswerKind.Yes, 0)]
    [InlineData("không phải", 2, AnswerKind.No, 0)]
    [InlineData("ko", 2, AnswerKind.No, 0)]
    [InlineData("bỏ qua", 0, AnswerKind.Skip, 0)]
    [InlineData("chờ kinh phí", 0, AnswerKind.Other, 0)]
    [InlineData("1 xong", 2, AnswerKind.Other, 0)]
    [InlineData("", 2, AnswerKind.Other, 0)]
    public void A_short_answer_reads_as_a_pick_yes_no_cancel_or_skip(string text, int options, AnswerKind kind, int number) =>
        Assert.Equal(new DialogAnswer(kind, number), DialogAnswer.Read(text, options));

    [Theory]
    [InlineData("xem tiếp", true)]
    [InlineData("Xem tiep a", true)]
    [InlineData("tiếp", true)]
    [InlineData("xem thêm", true)]
    [InlineData("tiếp tục làm", false)]
    public void More_is_only_a_request_for_the_next_page(string text, bool more) => Assert.Equal(more, DialogAnswer.IsMore(text));

    [Fact]
    public void A_pick_button_round_trips_and_other_data_is_not_a_pick()
    {
        var data = ButtonData.Encode(new ButtonAction.Pick(7, 2));
        Assert.Equal("pick:7:2", data);
        Assert.Equal(new ButtonAction.Pick(7, 2), ButtonData.Decode(data));
        Assert.Equal(new ButtonAction.Pick(7, 0), ButtonData.Decode("pick:7:0"));
        Assert.Null(ButtonData.Decode("pick:7:12"));
        Assert.Null(ButtonData.Decode("pick:7:x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ButtonData.Encode(new ButtonAction.Pick(7, 10)));
    }

    [Fact]
    public void The_options_come_as_buttons_three_to_a_row_with_change_nothing_last()
    {
        var rows = DialogTexts.Buttons(5, ["xong", "đang làm", "vướng (chưa có kinh phí để mua vật tư cho công trình)", "đã nhận"]);
        Assert.Equal([3, 1, 1], rows.Select(r => r.Count));
        Assert.Equal("1. xong", rows[0][0].Text);
        Assert.Equal("3. vướng (chưa có kinh phí để mu…", rows[0][2].Text);
        Assert.Equal(("Không phải", "pick:5:0"), (rows[2][0].Text, rows[2][0].Data));
        Assert.Equal("1 = xong, 2 = đang làm &lt;60%&gt;", DialogTexts.Numbered(["xong", "đang làm <60%>"]));
    }

    [Fact]
    public void A_stored_dialog_reads_back_the_same_and_unknown_text_is_dropped()
    {
        Dialog[] dialogs =
        [
            new ChoiceDialog([new ChoiceOption("xong", [new StatusAction(12, WorkStatus.Done)]), new ChoiceOption("giữ nguyên", [])], "#12 làm rồi"),
            new ExtensionDialog([12, 13], ExtensionStep.Reason, "xin gia hạn") { MoreDays = 5, WorkingDays = true, Misses = 1 },
            new ReasonDialog([4], "#4 vướng"),
            new PagingDialog(new QuestionSpec(QuestionKind.Overdue, "kinh tế", Window: new DateWindow(new(2026, 7, 6), new(2026, 7, 12), "tuần này")), 50),
        ];
        foreach (var d in dialogs)
        {
            var back = Dialog.FromJson(d.ToJson());
            Assert.NotNull(back);
            Assert.Equal(d.ToJson(), back.ToJson());
            Assert.Equal(d.GetType(), back.GetType());
        }
        Assert.Null(Dialog.FromJson("{\"kind\":\"unknown\"}"));
        Assert.Null(Dialog.FromJson("not json"));
    }

    // ---- the reader

    private static readonly UnderstandingReader Reader = new();
    private static readonly DateOnly Today = new(2026, 7, 8);

    private static Command Read(string text, int? replied = null, int list = 0, Role role = Role.Staff) =>
        Reader.Read(text, new ReadContext(Today, replied is not null) { Writer = role, RepliedTaskId = replied, ListCount = list });

    [Fact]
    public void Slash_commands_go_to_the_command_parser_and_free_text_to_the_understander()
    {
        Assert.IsType<Command.Overdue>(Read("/quahan"));
        var several = Assert.IsType<Command.SetStatus>(Read("#12 #13 xong"));
        Assert.Equal([TaskRef.Task(12), TaskRef.Task(13)], several.Tasks);
        Assert.Equal(WorkStatus.Done, several.Change.Status);
        var items = Assert.IsType<Command.SetStatus>(Read("1, 3 xong", list: 4));
        Assert.Equal([TaskRef.Item(1), TaskRef.Item(3)], items.Tasks);
        Assert.IsType<Command.AskStatus>(Read("đã triển khai", replied: 12));
        var bare = Assert.IsType<Command.Extend>(Read("xin gia hạn", replied: 12));
        Assert.Null(bare.When);
        Assert.IsType<Command.Several>(Read("#12 xong, #13 đang làm 50%"));
        var q = Assert.IsType<Command.Question>(Read("tuần này có những việc gì đến hạn", role: Role.Leader));
        Assert.Equal((QuestionKind.DueSoon, new DateOnly(2026, 7, 6), new DateOnly(2026, 7, 12)), (q.Spec.Kind, q.Spec.Window!.From, q.Spec.Window.To));
        Assert.IsType<Command.More>(Read("xem tiếp"));
    }

    [Fact]
    public void What_the_understander_leaves_gets_a_hint_or_only_a_harmless_command()
    {
        Assert.StartsWith("Chưa hiểu trạng thái. Ví dụ: #12 xong", Assert.IsType<Command.Malformed>(Read("#12 hôm qua trời mưa to")).Hint);
        Assert.IsType<Command.Unknown>(Read("chào buổi sáng"));
        // A pasted letter of many lines is not read as a reply, whatever it says.
        var letter = string.Join("\n", Enumerable.Repeat("Phòng Kinh tế đã hoàn thành việc rà soát", UnderstandingReader.MaxLines + 1));
        Assert.IsType<Command.Unknown>(Read(letter, replied: 12));
    }

    private static readonly string[] NegatedDone = ["chưa xong", "chưa hoàn thành", "vẫn chưa xong", "ko xong", "chưa làm xong", "có xong đâu", "chx xong"];
    private static readonly string[] Around = ["", "#12", "dạ", "1", "bên em", "ạ", "vì chờ kinh phí", "rồi", "được 60%", "nhé"];

    private static bool SetsDone(Command c) => c switch
    {
        Command.SetStatus s => s.Change.Status == WorkStatus.Done,
        Command.Update u => u.Status == WorkStatus.Done,
        Command.Several several => several.Parts.Any(SetsDone),
        _ => false,
    };

    [Property(MaxTest = 300)]
    public Property A_negated_done_never_becomes_a_command_that_sets_done()
    {
        var texts =
            from before in Gen.Elements(Around)
            from negated in Gen.Elements(NegatedDone)
            from after in Gen.Elements(Around)
            from replied in Gen.Elements<int?>(null, 12)
            from list in Gen.Elements(0, 3)
            select (Text: $"{before} {negated} {after}".Trim(), Replied: replied, List: list);
        return Prop.ForAll(texts.ToArbitrary(), t => (!SetsDone(Read(t.Text, t.Replied, t.List))).Label($"{t.Text} → {Read(t.Text, t.Replied, t.List)}"));
    }
}
