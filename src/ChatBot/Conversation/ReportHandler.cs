using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Outbox;
using ChatBot.Reports;
using ChatBot.Tasks;

namespace ChatBot.Conversation;

/// <summary>/baocao (the Excel progress table) and /bieudo (a PNG chart), of what the asker may see.</summary>
public sealed class ReportHandler(ReportBuilder reports)
{
    public async Task ExcelAsync(ChatContext ctx, CancellationToken ct)
    {
        if (ctx.Me.Role is not (Role.Leader or Role.Clerk or Role.Head)) throw new UserFacingException("Báo cáo dành cho lãnh đạo, Văn phòng và trưởng đơn vị.");
        var bytes = await reports.ExcelAsync(ctx.Me, ct);
        ctx.Reply.Send(new Outgoing($"📎 Báo cáo tiến độ nhiệm vụ ngày {TaskTexts.Date(ctx.Today)}")
        {
            Attachment = bytes, AttachmentName = $"bao-cao-tien-do-{ctx.Today:yyyy-MM-dd}.xlsx", AttachmentKind = "document",
        });
    }

    public async Task ChartAsync(ChatContext ctx, CancellationToken ct)
    {
        var png = await reports.ChartAsync(ctx.Me, ct);
        ctx.Reply.Send(new Outgoing($"📊 Tiến độ theo đơn vị ngày {TaskTexts.Date(ctx.Today)}")
        {
            Attachment = png, AttachmentName = $"bieu-do-{ctx.Today:yyyy-MM-dd}.png", AttachmentKind = "photo",
        });
    }
}
