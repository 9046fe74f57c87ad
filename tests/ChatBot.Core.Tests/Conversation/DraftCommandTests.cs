using ChatBot.Core.Conversation;

namespace ChatBot.Core.Tests.Conversation;

/// <summary>The clerk's corrections as typed: /sua N donvi|han, /xoa N, /gan N k|moi|TÊN, /xemtiep DOC TRANG — and the
/// hint for each when written wrong.</summary>
public sealed class DraftCommandTests
{
    private static readonly DateOnly Today = new(2026, 6, 12);

    private static Command Parse(string text) => CommandParser.Parse(text, Today);

    [Theory]
    [InlineData("/sua 12 donvi Phòng Tư pháp", "Phòng Tư pháp")]
    [InlineData("/sửa 12 đơn vị: Phòng Tư pháp", "Phòng Tư pháp")]
    [InlineData("/sua #12 dv Công an phường", "Công an phường")]
    [InlineData("/SUA@PhuongBot 12 Đơn vị - Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("/correct 12 unit Ban CHQS", "Ban CHQS")]
    public void Sua_donvi_names_another_unit(string text, string unit) =>
        Assert.Equal(new Command.CorrectUnit(12, unit), Parse(text));

    [Theory]
    [InlineData("/sua 12 han 30/06/2026", "2026-06-30")]
    [InlineData("/sửa 12 hạn 30/6", "2026-06-30")]
    [InlineData("/sua 12 hạn đến 5/7/2026", "2026-07-05")]
    [InlineData("/sua 12 hạn mới: 15-7-26", "2026-07-15")]
    [InlineData("/sua 12 han ngay 1/8", "2026-08-01")]
    [InlineData("/sua 12 han 10/1", "2027-01-10")] // without a year, the next such date that is not long past
    [InlineData("/sua 12 deadline 1/6/2026", "2026-06-01")] // a past date is the service's to refuse, with today named
    public void Sua_han_gives_another_deadline(string text, string date) =>
        Assert.Equal(new Command.CorrectDeadline(12, DateOnly.Parse(date)), Parse(text));

    [Theory]
    [InlineData("/sua")]
    [InlineData("/sua 12")]
    [InlineData("/sua abc han 30/6")]
    [InlineData("/sua 12 30/6")]
    [InlineData("/sua 12 noidung Làm khác")]
    [InlineData("/sua 12 donvi")]
    [InlineData("/sua 12 đơn vị :")]
    [InlineData("/sua 12 han")]
    [InlineData("/sua 12 han 30/6 1/7")]
    public void A_correction_written_wrong_says_how_to_write_it(string text) =>
        Assert.Equal(new Command.Malformed(CommandParser.CorrectionHint), Parse(text));

    [Theory]
    [InlineData("/sua 12 han 31/6")]
    [InlineData("/sua 12 han mai")]
    public void A_date_that_is_no_date_is_named(string text)
    {
        var hint = Assert.IsType<Command.Malformed>(Parse(text)).Hint;
        Assert.StartsWith("Ngày «", hint);
        Assert.EndsWith("» không đúng. Ví dụ: /sua 12 han 30/06/2026.", hint);
    }

    [Fact]
    public void A_date_hint_escapes_what_was_typed() =>
        Assert.Equal("Ngày «&lt;b&gt;» không đúng. Ví dụ: /sua 3 han 30/06/2026.", Assert.IsType<Command.Malformed>(Parse("/sua 3 han <b>")).Hint);

    [Theory]
    [InlineData("/xoa 12")]
    [InlineData("/xóa #12")]
    [InlineData("/drop 12")]
    public void Xoa_drops_one_task(string text) => Assert.Equal(new Command.DropTask(12), Parse(text));

    [Theory]
    [InlineData("/them 7 Rà soát hộ nghèo", 7, "Rà soát hộ nghèo")]
    [InlineData("/thêm #7 Phòng Tư pháp rà soát, xong trước 30/6", 7, "Phòng Tư pháp rà soát, xong trước 30/6")]
    [InlineData("/THEMNV@PhuongBot 7 Rà soát", 7, "Rà soát")]
    [InlineData("/add 7\n1. In tờ rơi.\n2. Dọn chợ.", 7, "1. In tờ rơi.\n2. Dọn chợ.")]
    public void Them_adds_a_task_to_a_draft(string text, int doc, string words) => Assert.Equal(new Command.AddTask(doc, words), Parse(text));

    [Theory]
    [InlineData("/them")]
    [InlineData("/them 7")]
    [InlineData("/them Rà soát hộ nghèo")]
    [InlineData("/them 0 Rà soát")]
    public void Them_written_wrong_says_how(string text) => Assert.Equal(new Command.Malformed(CommandParser.AddHint), Parse(text));

    [Theory]
    [InlineData("/xoa")]
    [InlineData("/xoa 12 13")]
    [InlineData("/xoa muoi")]
    public void Xoa_written_wrong_says_how(string text) => Assert.Equal(new Command.Malformed(CommandParser.DropHint), Parse(text));

    [Theory]
    [InlineData("/gan 12 2", 2, false, null)]
    [InlineData("/gán 12 moi", null, true, null)]
    [InlineData("/gan 12 tạo mới", null, true, null)]
    [InlineData("/gan 12 Phòng Tư pháp", null, false, "Phòng Tư pháp")]
    public void Gan_answers_the_unit_question(string text, int? option, bool create, string? unit) =>
        Assert.Equal(new Command.MapUnit(12, option, create, unit), Parse(text));

    [Theory]
    [InlineData("/gan")]
    [InlineData("/gan 12")]
    [InlineData("/gan 12 0")]
    [InlineData("/gan 12 21")]
    public void Gan_written_wrong_says_how(string text) => Assert.Equal(new Command.Malformed(CommandParser.MappingHint), Parse(text));

    [Theory]
    [InlineData("/xemtiep 7 2", 7, 2)]
    [InlineData("/xemtiep 7", 7, 1)]
    [InlineData("/vanban 7", 7, 1)]
    public void Xemtiep_shows_a_page_of_a_notice(string text, int doc, int page) =>
        Assert.Equal(new Command.ShowDocument(doc, page), Parse(text));

    [Theory]
    [InlineData("/xemtiep")]
    [InlineData("/xemtiep 7 0")]
    [InlineData("/xemtiep 7 hai")]
    public void Xemtiep_written_wrong_says_how(string text) => Assert.IsType<Command.Malformed>(Parse(text));

    [Fact]
    public void Help_for_a_clerk_names_the_corrections_and_staff_help_does_not()
    {
        Assert.Contains("/sua SỐ donvi TÊN · /sua SỐ han dd/MM/yyyy · /xoa SỐ", Texts.Help(Core.Directory.Role.Clerk));
        Assert.DoesNotContain("/sua", Texts.Help(Core.Directory.Role.Staff));
    }
}
