using System.Text.RegularExpressions;
using ChatBot.Core.Directory;

namespace ChatBot.Core.Conversation;

/// <summary>The bot's fixed sentences, all Vietnamese.</summary>
public static partial class Texts
{
    public const string NotLinked =
        "Tài khoản này chưa được liên kết. Xin gửi <code>/start MÃ_MỜI</code> với mã Văn phòng HĐND và UBND đã cấp cho bạn.";

    public const string HelpUnlinked =
        "Chào bạn! Tôi là trợ lý theo dõi nhiệm vụ của UBND phường.\nĐể bắt đầu, gửi <code>/start MÃ_MỜI</code> (mã do Văn phòng cấp).";

    public const string NotUnderstood = "Xin lỗi, tôi chưa hiểu yêu cầu. Gõ /help để xem các lệnh.";

    /// <summary>A bare status ("xong") that answers no task message.</summary>
    public const string AskTaskNumberOrListItem =
        "Xin ghi số nhiệm vụ, ví dụ: #12 xong — hoặc số thứ tự trong danh sách /viec, ví dụ: 1 xong.";

    /// <summary>A status for "the task replied to" without a reply (another reader may produce one).</summary>
    public const string AskTaskNumberOrReply = "Xin ghi số nhiệm vụ, ví dụ: #12 xong — hoặc trả lời đúng tin nhắn của nhiệm vụ.";

    public const string ButtonGone = "Nút này không còn dùng được.";

    /// <summary>Two people changed the same task at once; this message lost the race and changed nothing.</summary>
    public const string ChangedMeanwhile = "Nhiệm vụ vừa được người khác cập nhật. Xin gửi lại.";

    /// <summary>The toast of a button press whose handling failed (the press is delivered again).</summary>
    public const string HandlingFailed = "Có lỗi khi xử lý, vui lòng thử lại.";

    /// <summary>The answer to a picture, sticker or voice message on a channel that reads only text (Zalo).</summary>
    public const string OnlyText =
        "Hiện tôi chỉ đọc được tin nhắn chữ. Anh/chị vui lòng gõ nội dung, ví dụ: #12 xong, #12 đang làm 60% hoặc /help để xem các lệnh.";

    /// <summary>Parts of a notice the parser gave up on (<see cref="Parsing.ParsedNotice.Skipped"/>): their tasks are missing.</summary>
    public static string SkippedParts(int parts) => $"⚠️ {parts} phần văn bản không đọc được: xin đối chiếu với bản gốc, có thể thiếu nhiệm vụ.";

    public static string Help(Role role)
    {
        var lines = new List<string>
        {
            "<b>Các lệnh</b>",
            "/viec — việc đang mở của đơn vị",
            "/viec SỐ — chi tiết và lịch sử một nhiệm vụ",
            "#SỐ xong · #SỐ đang làm 60% · #SỐ vướng: lý do · #SỐ đã nhận — cập nhật (hoặc trả lời tin nhắn nhiệm vụ)",
            "/giahan SỐ NGÀY lý do — xin gia hạn (ví dụ /giahan 12 20/7 chờ kinh phí)",
            "/quahan [đơn vị] — việc quá hạn",
            "/sapden [số ngày] — việc sắp đến hạn",
            "/tiendo — tiến độ theo đơn vị",
            "/kenh zalo|telegram — chọn kênh nhận nhiệm vụ",
            "/huy — hủy liên kết",
        };
        if (role is Role.Leader) lines.Insert(6, "/duyet SỐ · /tuchoi SỐ lý do — duyệt hoặc từ chối gia hạn");
        if (role is Role.Leader or Role.Clerk) lines.Add("/baocao — bảng Excel · /bieudo — biểu đồ");
        if (role is Role.Clerk or Role.Leader)
        {
            lines.Add("Gửi tệp .docx/.pdf/.txt (hoặc dán nội dung) thông báo kết luận để tạo nhiệm vụ.");
            lines.Add("/sua SỐ donvi TÊN · /sua SỐ han dd/MM/yyyy · /xoa SỐ — sửa nhiệm vụ của văn bản (trước hoặc sau khi giao)");
            lines.Add("/them SỐ_VĂN_BẢN nội dung — thêm nhiệm vụ văn bản có mà danh sách thiếu (trước khi giao)");
        }
        lines.Add("Có thể gõ không dấu, ví dụ: #12 da xong, qua han.");
        return string.Join("\n", lines);
    }

    public static string? ChannelName(string? channel) => channel switch
    {
        "zalo" => "Zalo",
        "telegram" => "Telegram",
        "sim" => "trình mô phỏng",
        _ => null,
    };

    /// <summary>Markup removed, entities decoded: for toasts and channels without HTML.</summary>
    public static string Plain(string html)
    {
        var s = Tags().Replace(html, "");
        s = System.Net.WebUtility.HtmlDecode(s);
        return s.Length > 190 ? s[..190] + "…" : s;
    }

    [GeneratedRegex("<[^>]{1,40}>")]
    private static partial Regex Tags();
}
