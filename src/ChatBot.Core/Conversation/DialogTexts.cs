using ChatBot.Core.Tasks;

namespace ChatBot.Core.Conversation;

/// <summary>The sentences of the clarifying dialogs: a pick among readings, a reopening or backward move to confirm, the
/// turns of a bare extension request, the reason of a difficulty. Numbered options work on every channel; where the channel
/// has buttons the same options come as buttons too.</summary>
public static class DialogTexts
{
    public const string Cancelled = "Đã bỏ qua, không thay đổi gì.";
    public const string NoPaging = "Không có danh sách nào đang xem dở. Gõ /quahan, /sapden hoặc hỏi lại.";
    public const string DialogGone = "Câu hỏi này đã hết hạn hoặc đã được trả lời. Xin gửi lại nội dung.";

    /// <summary>"#12", "#12, #13": the tasks in bold.</summary>
    public static string Tasks(IEnumerable<int> ids) => string.Join(", ", ids.Select(i => $"<b>#{i}</b>"));

    /// <summary>"1 = xong, 2 = đang làm, 3 = vướng".</summary>
    public static string Numbered(IReadOnlyList<string> labels) =>
        string.Join(", ", labels.Select((l, i) => $"{i + 1} = {TaskTexts.Esc(l)}"));

    private static string Answer(bool buttons) => buttons ? "Trả lời bằng số hoặc bấm nút." : "Trả lời bằng số.";

    /// <summary>An unsure reading: "Anh/chị muốn báo #12 (hiện: Mới giao): 1 = xong, 2 = đang làm? Trả lời bằng số."</summary>
    public static string Choose(string tasks, string? current, IReadOnlyList<string> labels, bool buttons) =>
        $"🤔 Anh/chị muốn báo {tasks}{(current is null ? "" : $" (hiện: {TaskTexts.Esc(current)})")}: {Numbered(labels)}? {Answer(buttons)}";

    /// <summary>A done task asked to go back to work: "Nhiệm vụ #5 đã hoàn thành. Mở lại và ghi «đang làm 50%»? 1 = mở lại, 2 = giữ hoàn thành."</summary>
    public static string Reopen(string tasks, string change, bool buttons) =>
        $"Nhiệm vụ {tasks} đã hoàn thành. Mở lại và ghi «{TaskTexts.Esc(change)}»? 1 = mở lại, 2 = giữ hoàn thành. {Answer(buttons)}";

    /// <summary>A move backwards ("đã nhận" on a task in progress).</summary>
    public static string Backward(string tasks, string current, string change, bool buttons) =>
        $"Nhiệm vụ {tasks} đang ở trạng thái «{TaskTexts.Esc(current)}». Chuyển về «{TaskTexts.Esc(change)}»? 1 = chuyển, 2 = giữ nguyên. {Answer(buttons)}";

    public static string AskBlockedReason(string tasks) =>
        $"Vướng mắc gì ạ? Xin gõ nội dung vướng mắc của {tasks} (gõ «hủy» để thôi).";

    public static string AskDate(string tasks) =>
        $"Gia hạn {tasks} đến ngày nào? (ví dụ: 20/7, thứ Sáu tuần sau, cuối tháng, thêm 5 ngày — gõ «hủy» để thôi)";

    public static string PastDate(DateOnly date, string tasks) =>
        $"Ngày {TaskTexts.Date(date)} đã qua. Gia hạn {tasks} đến ngày nào?";

    public const string NotADate = "Chưa hiểu ngày. Xin ghi ngày như 20/7, thứ Sáu tuần sau, cuối tháng hoặc thêm 5 ngày — hoặc gõ «hủy» để thôi.";

    public static string ConfirmDate(string tasks, DateOnly date, bool buttons) =>
        $"Gia hạn {tasks} đến <b>{Weekday(date)} {TaskTexts.Date(date)}</b> — đúng không? 1 = đúng, 2 = chọn ngày khác. {Answer(buttons)}";

    public static string AskReason(string tasks) => $"Lý do xin gia hạn {tasks}? (gõ «bỏ qua» nếu không ghi lý do)";

    public static string ExtensionCancelled(string tasks) => $"Đã thôi xin gia hạn {tasks}. Khi cần, gõ: <code>xin gia hạn</code> trả lời tin nhắn nhiệm vụ, hoặc /giahan SỐ NGÀY lý do.";

    public static string ExtensionGaveUp(string tasks) => $"Chưa hiểu ngày nên chưa gửi đề nghị gia hạn {tasks}. Có thể gõ: /giahan SỐ NGÀY lý do (ví dụ /giahan 12 20/7 chờ kinh phí).";

    /// <summary>"thứ Sáu", "Chủ nhật".</summary>
    public static string Weekday(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => "thứ Hai",
        DayOfWeek.Tuesday => "thứ Ba",
        DayOfWeek.Wednesday => "thứ Tư",
        DayOfWeek.Thursday => "thứ Năm",
        DayOfWeek.Friday => "thứ Sáu",
        DayOfWeek.Saturday => "thứ Bảy",
        _ => "Chủ nhật",
    };

    /// <summary>A reading as an option: "xong", "đang làm 60%", "vướng (chưa có kinh phí)".</summary>
    public static string Label(WorkStatus status, int? percent, string? reason) =>
        new Understanding.StatusChange(status, percent, reason).Label + (status == WorkStatus.Blocked && !string.IsNullOrWhiteSpace(reason) ? $" ({Cut(reason, 40)})" : "");

    /// <summary>The options as buttons (three to a row) and "Không phải" (change nothing).</summary>
    public static IReadOnlyList<IReadOnlyList<ChatButton>> Buttons(int dialogId, IReadOnlyList<string> labels, string? none = "Không phải")
    {
        var rows = new List<IReadOnlyList<ChatButton>>();
        var buttons = labels.Select((l, i) => new ChatButton($"{i + 1}. {Cut(l, 30)}", ButtonData.Encode(new ButtonAction.Pick(dialogId, i + 1)))).ToList();
        for (var i = 0; i < buttons.Count; i += 3) rows.Add(buttons.Skip(i).Take(3).ToList());
        if (none is not null) rows.Add([new ChatButton(none, ButtonData.Encode(new ButtonAction.Pick(dialogId, 0)))]);
        return rows;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";
}
