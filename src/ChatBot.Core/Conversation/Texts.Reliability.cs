using System.Globalization;

namespace ChatBot.Core.Conversation;

/// <summary>What the bot says when something failed on its side, and the invite-code guard.</summary>
public static partial class Texts
{
    /// <summary>To the sender of a message that failed again and again and was set aside for the office.</summary>
    public const string SetAside =
        "Xin lỗi, tin nhắn này chưa xử lý được do lỗi của hệ thống. Tin nhắn đã được lưu lại và Văn phòng đã được báo; anh/chị không cần gửi lại.";

    /// <summary>To the clerks: a message that could not be handled was set aside.</summary>
    public static string SetAsideForClerk(string? sender, string channel, string? text, int attempts) =>
        $"⚠️ Tin nhắn của <b>{TaskTexts.Esc(sender ?? "người dùng chưa liên kết")}</b> ({ChannelName(channel) ?? channel}) chưa xử lý được " +
        $"sau {attempts} lần thử và đã được lưu lại" + (string.IsNullOrWhiteSpace(text) ? "." : $": «{TaskTexts.Esc(Excerpt(text))}».") +
        "\nQuản trị viên xử lý lại bằng lệnh <code>inbox retry</code>.";

    /// <summary>A chat (or the whole bot) tried too many wrong invite codes: no code is checked before this moment.</summary>
    public static string CodeLockedOut(DateTimeOffset until, bool everyone) =>
        (everyone
            ? "⛔ Có quá nhiều lần nhập sai mã mời, việc liên kết tài khoản đang tạm khóa."
            : "⛔ Bạn đã nhập sai mã mời quá nhiều lần.") + $" Xin thử lại sau {When(until)}.";

    /// <summary>To the clerks, once per burst of wrong codes.</summary>
    public static string WrongCodesForClerk(int failures, TimeSpan window, DateTimeOffset lockedUntil, bool everyone) =>
        $"⚠️ Có {failures} lần nhập sai mã mời trong {window.TotalMinutes:0} phút qua" +
        (everyone ? $"; mọi việc liên kết tạm khóa đến {When(lockedUntil)}." : $" từ cùng một tài khoản chat; tài khoản đó bị tạm khóa đến {When(lockedUntil)}.") +
        " Mã mời của phường vẫn an toàn. Nếu cán bộ nào không liên kết được, xin cấp mã mới.";

    /// <summary>"08:20 ngày 01/06/2026" in the ward's time (the instant is already in that offset).</summary>
    public static string When(DateTimeOffset at) => at.ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length > 120 ? flat[..120] + "…" : flat;
    }
}
