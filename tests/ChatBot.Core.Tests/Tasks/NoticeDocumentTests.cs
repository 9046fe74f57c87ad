using ChatBot.Core.Tasks;

namespace ChatBot.Core.Tests.Tasks;

/// <summary>The short name a notice goes by in every message (reminders' "Nguồn:", cards, lists).</summary>
public sealed class NoticeDocumentTests
{
    private static string Title(string? kind, string? number, string? symbol, string? issued, string? meeting, string? subject) =>
        new NoticeDocument
        {
            ContentHash = "h", FileName = "f.docx", Kind = kind, Number = number, Symbol = symbol, Subject = subject,
            IssuedOn = issued is null ? null : DateOnly.Parse(issued), MeetingOn = meeting is null ? null : DateOnly.Parse(meeting),
        }.Title();

    [Theory]
    [InlineData("thong_bao", "12", "TB-UBND", "2026-06-03", "2026-06-01", "Kết luận giao ban", "Thông báo số 12/TB-UBND ngày 03/06/2026")]
    [InlineData("cong_van", null, "UBND-VP", null, "2026-06-02", null, "Công văn UBND-VP ngày 02/06/2026")]
    [InlineData("ke_hoach", "5", null, "2026-06-03", null, "Tổng vệ sinh môi trường", "Kế hoạch: Tổng vệ sinh môi trường")]
    [InlineData("quyet_dinh", null, null, "2026-06-03", null, "", "Quyết định ngày 03/06/2026")]
    [InlineData(null, "7", "QĐ-UBND", null, null, "Thành lập tổ công tác", "Văn bản số 7/QĐ-UBND")]
    [InlineData("to_trinh", null, null, null, null, null, "Văn bản")]
    public void A_notice_is_named_by_kind_number_and_date_or_else_by_its_subject(
        string? kind, string? number, string? symbol, string? issued, string? meeting, string? subject, string expected) =>
        Assert.Equal(expected, Title(kind, number, symbol, issued, meeting, subject));

    [Fact]
    public void A_new_document_is_a_draft_with_no_text_and_no_tasks()
    {
        var d = new NoticeDocument { ContentHash = "h", FileName = "f.txt" };
        Assert.Equal((DocumentState.Draft, "", 0, 0), (d.State, d.Text, d.Tasks.Count, d.Original.Length));
    }
}
