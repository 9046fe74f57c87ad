using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>Each task points back into the text the parser read: its own span, and the words its unit and deadline came from.</summary>
public class SpanTests
{
    private const string Notice =
        "Số: 12/TB-UBND\r\n\r\nHòa Bình, ngày 05 tháng 6 năm 2026\r\n\r\nTHÔNG BÁO\r\n\r\nChủ tịch UBND phường kết luận như sau:\r\n\r\n" +
        "## **1. Văn phòng HĐND & UBND phường**\r\n\r\n" +
        "- Tổng hợp kiến nghị cử tri, hoàn thành trước ngày 30/6/2026.\r\n\r\n" +
        "•\tRà soát quy chế làm việc của UBND phường.\r\n\r\n" +
        "2. Tổ chức lớp bồi dưỡng kỹ năng số. Giao Phòng Văn hóa - Xã hội chủ trì thực hiện, xong trước ngày 20/7.\r\n";

    [Fact]
    public void A_task_s_span_covers_its_text_in_the_original()
    {
        var notice = NoticeParser.Parse(Notice);
        foreach (var t in notice.Tasks)
        {
            var raw = Notice[t.Source.Start..t.Source.End];
            Assert.StartsWith(t.Text[..12], raw, StringComparison.Ordinal);
            Assert.EndsWith(t.Text[^6..], raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_unit_evidence_is_the_heading_the_unit_came_from()
    {
        var task = NoticeParser.Parse(Notice).Tasks[0];
        Assert.Equal("Văn phòng HĐND & UBND phường", task.UnitEvidence!.Text);
        Assert.Equal(task.UnitEvidence.Text, Notice[task.UnitEvidence.Span.Start..task.UnitEvidence.Span.End]);
        Assert.Equal(9, task.UnitEvidence.Span.LineStart); // the heading line, above the task
        Assert.Equal("Văn phòng HĐND và UBND phường", task.Unit);
        Assert.Equal("Văn phòng HĐND & UBND phường", task.UnitWritten);
    }

    [Fact]
    public void The_deadline_evidence_is_the_cued_date()
    {
        var task = NoticeParser.Parse(Notice).Tasks[0];
        Assert.Equal("hoàn thành trước ngày 30/6/2026", task.DeadlineEvidence!.Text);
        Assert.Equal(task.DeadlineEvidence.Text, Notice[task.DeadlineEvidence.Span.Start..task.DeadlineEvidence.Span.End]);
    }

    [Fact]
    public void A_unit_from_a_following_sentence_points_at_that_sentence()
    {
        var task = NoticeParser.Parse(Notice).Tasks[^1];
        Assert.Equal("Phòng Văn hóa - Xã hội", task.Unit);
        Assert.Equal(task.UnitEvidence!.Text, Notice[task.UnitEvidence.Span.Start..task.UnitEvidence.Span.End]);
        Assert.Equal(new DateOnly(2026, 7, 20), task.Deadline);
        Assert.Equal("xong trước ngày 20/7", task.DeadlineEvidence!.Text);
    }

    [Fact]
    public void A_bullet_written_with_a_tab_maps_back_to_its_line()
    {
        var task = NoticeParser.Parse(Notice).Tasks[1];
        Assert.Equal("Rà soát quy chế làm việc của UBND phường.", task.Text);
        Assert.Equal(13, task.Source.LineStart);
        Assert.Equal("Rà soát quy chế làm việc của UBND phường.", Notice[task.Source.Start..task.Source.End]);
    }

    [Fact]
    public void Units_are_listed_once_with_written_and_canonical_names_and_unmatched_ones_reported()
    {
        var ward = new[] { new DirectoryUnit("1", "Văn phòng HĐND và UBND phường", ["VP"]) };
        var notice = NoticeParser.Parse(Notice, new ParseOptions { Directory = ward });
        Assert.Equal("1", notice.Tasks[0].UnitKey);
        Assert.Contains(notice.Units, u => u.Written == "Văn phòng HĐND & UBND phường" && u.Key == "1");
        Assert.Equal(["Phòng Văn hóa - Xã hội"], notice.UnmatchedUnits);
        Assert.Equal("Phòng Văn hóa - Xã hội", notice.Tasks[^1].Unit); // unmatched: kept, never dropped to null
    }
}
