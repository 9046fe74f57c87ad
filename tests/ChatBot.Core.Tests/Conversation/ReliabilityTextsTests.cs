using ChatBot.Core.Conversation;

namespace ChatBot.Core.Tests.Conversation;

/// <summary>What the bot says when a message was set aside or invite codes were guessed (Texts.Reliability.cs), whole.</summary>
public sealed class ReliabilityTextsTests
{
    private static readonly DateTimeOffset Until = new(2026, 6, 1, 8, 20, 0, TimeSpan.FromHours(7));

    [Fact]
    public void The_ward_time_is_hour_and_date() => Assert.Equal("08:20 ngày 01/06/2026", Texts.When(Until));

    [Fact]
    public void A_message_set_aside_is_told_to_the_clerks_with_an_excerpt()
    {
        Assert.Equal(
            "⚠️ Tin nhắn của <b>Nguyễn Văn &lt;A&gt;</b> (Zalo) chưa xử lý được sau 5 lần thử và đã được lưu lại: «#12 xong &amp; gửi».\n" +
            "Quản trị viên xử lý lại bằng lệnh <code>inbox retry</code>.",
            Texts.SetAsideForClerk("Nguyễn Văn <A>", "zalo", "#12 xong & gửi", 5));
        Assert.Equal(
            "⚠️ Tin nhắn của <b>người dùng chưa liên kết</b> (viber) chưa xử lý được sau 1 lần thử và đã được lưu lại.\n" +
            "Quản trị viên xử lý lại bằng lệnh <code>inbox retry</code>.",
            Texts.SetAsideForClerk(null, "viber", " ", 1));
        var longText = "dòng một\r\n" + new string('x', 200);
        var told = Texts.SetAsideForClerk("A", "telegram", longText, 3);
        Assert.Contains("(Telegram)", told);
        Assert.Contains("«dòng một " + new string('x', 120 - "dòng một ".Length) + "…»", told);
        var exact = new string('y', 120);
        Assert.Contains("«" + exact + "»", Texts.SetAsideForClerk("A", "sim", exact, 2));
        Assert.Contains("(trình mô phỏng)", Texts.SetAsideForClerk("A", "sim", null, 2));
        Assert.StartsWith("Xin lỗi, tin nhắn này chưa xử lý được", Texts.SetAside);
    }

    [Fact]
    public void Too_many_wrong_codes_lock_one_chat_or_everyone()
    {
        Assert.Equal("⛔ Có quá nhiều lần nhập sai mã mời, việc liên kết tài khoản đang tạm khóa. Xin thử lại sau 08:20 ngày 01/06/2026.",
            Texts.CodeLockedOut(Until, everyone: true));
        Assert.Equal("⛔ Bạn đã nhập sai mã mời quá nhiều lần. Xin thử lại sau 08:20 ngày 01/06/2026.",
            Texts.CodeLockedOut(Until, everyone: false));
        Assert.Equal("⚠️ Có 7 lần nhập sai mã mời trong 15 phút qua; mọi việc liên kết tạm khóa đến 08:20 ngày 01/06/2026." +
                     " Mã mời của phường vẫn an toàn. Nếu cán bộ nào không liên kết được, xin cấp mã mới.",
            Texts.WrongCodesForClerk(7, TimeSpan.FromMinutes(15), Until, everyone: true));
        Assert.Equal("⚠️ Có 3 lần nhập sai mã mời trong 10 phút qua từ cùng một tài khoản chat; tài khoản đó bị tạm khóa đến 08:20 ngày 01/06/2026." +
                     " Mã mời của phường vẫn an toàn. Nếu cán bộ nào không liên kết được, xin cấp mã mới.",
            Texts.WrongCodesForClerk(3, TimeSpan.FromMinutes(10), Until, everyone: false));
    }
}
