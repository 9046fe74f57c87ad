using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Outbox;

namespace ChatBot.Conversation;

public sealed partial class ConversationService
{
    private async Task<InboundResult> ReportAsync(Official me, CancellationToken ct)
    {
        if (me.Role is not (Role.Leader or Role.Clerk or Role.Head)) throw new UserFacingException("Báo cáo dành cho lãnh đạo, Văn phòng và trưởng đơn vị.");
        var bytes = await reports.ExcelAsync(me, ct);
        notifier.ToChat(_in.Channel, _in.ChatId, new Outgoing($"📎 Báo cáo tiến độ nhiệm vụ ngày {TaskTexts.Date(_today)}")
        {
            Attachment = bytes, AttachmentName = $"bao-cao-tien-do-{_today:yyyy-MM-dd}.xlsx", AttachmentKind = "document",
        });
        return InboundResult.None;
    }

    private async Task<InboundResult> ChartAsync(Official me, CancellationToken ct)
    {
        var png = await reports.ChartAsync(me, ct);
        notifier.ToChat(_in.Channel, _in.ChatId, new Outgoing($"📊 Tiến độ theo đơn vị ngày {TaskTexts.Date(_today)}")
        {
            Attachment = png, AttachmentName = $"bieu-do-{_today:yyyy-MM-dd}.png", AttachmentKind = "photo",
        });
        return InboundResult.None;
    }
}
