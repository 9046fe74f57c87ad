using ChatBot.Core.Conversation;

namespace ChatBot.Core.Tests.Conversation;

/// <summary>A pasted notice is recognised by the signs of the official form, not by length alone, and never a command or
/// an everyday message — however long, however many numbered lines.</summary>
public sealed class PastedNoticeTests
{
    private static string File(string name) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    [Theory]
    [InlineData("cong_van.txt")]
    [InlineData("giao_inline_roman.txt")]
    [InlineData("unit_colon_markdown.md")]
    [InlineData("phu_luc_bang.md")]
    [InlineData("ket_luan_text_layer.source.txt")]
    public void Whole_notices_and_letters_are_pasted_notices(string file) => Assert.True(PastedNotice.Looks(File(file)), $"score {PastedNotice.Score(File(file))}");

    [Fact]
    public void A_cong_van_that_speaks_of_progress_is_a_notice_not_a_question()
    {
        var text = """
            UBND PHƯỜNG HÒA AN
            Số: 88/UBND-VP
            V/v báo cáo tiến độ thực hiện nhiệm vụ quý III
            Kính gửi: Các phòng, ban thuộc UBND phường.
            Đề nghị các đơn vị báo cáo tiến độ thực hiện các nhiệm vụ được giao tại Thông báo số 15/TB-UBND, gửi về Văn phòng trước ngày 25/9/2026.
            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            """;
        Assert.True(PastedNotice.Looks(text));
    }

    [Theory]
    [InlineData("/tiendo")]
    [InlineData("#12 xong")]
    [InlineData("tiến độ các phòng thế nào?")]
    public void Short_messages_are_never_notices(string text) => Assert.Equal(0, PastedNotice.Score(text));

    [Fact]
    public void A_long_question_with_a_numbered_list_is_not_a_notice()
    {
        var text = """
            Chào anh, cho em hỏi mấy việc về tiến độ tuần này:
            1. Phòng Kinh tế đã xong việc rà soát công trình chưa ạ?
            2. Việc hộ nghèo bên Văn hóa - Xã hội có cần gia hạn không?
            3. Em cần gửi báo cáo cho lãnh đạo trước thứ sáu, anh xem giúp em nhé.
            Cảm ơn anh nhiều, có gì anh nhắn lại em sau cũng được ạ, em đang ở ngoài phường.
            """;
        Assert.True(text.Length >= PastedNotice.MinLength);
        Assert.False(PastedNotice.Looks(text), $"score {PastedNotice.Score(text)}");
    }

    [Fact]
    public void A_long_command_is_a_command() =>
        Assert.Equal(0, PastedNotice.Score("/sua 12 donvi " + File("cong_van.txt")));

    [Fact]
    public void Length_alone_is_not_enough() => Assert.False(PastedNotice.Looks(string.Join('\n', Enumerable.Repeat("xin chào các anh chị trong phường", 80))));
}
