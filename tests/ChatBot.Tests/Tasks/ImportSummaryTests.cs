using ChatBot.Core.Tasks;
using ChatBot.Tasks;

namespace ChatBot.Tests.Tasks;

/// <summary>What the clerk reads after an import (CLI <c>import</c>, the desk's upload): the counts, and what needs a look.</summary>
public sealed class ImportSummaryTests
{
    private static ImportResult Result(int skipped, params string[] unmatched) =>
        new(new NoticeDocument { ContentHash = "h", FileName = "tb.txt", SkippedParts = skipped }, false, unmatched);

    [Fact]
    public void Parts_the_parser_gave_up_on_are_named_so_the_clerk_compares_with_the_original()
    {
        var s = Result(2).Summary();
        Assert.Contains("⚠️ 2 phần văn bản không đọc được: xin đối chiếu với bản gốc, có thể thiếu nhiệm vụ.", s);
    }

    [Fact]
    public void A_notice_read_whole_says_nothing_about_skipped_parts()
    {
        var s = Result(0, "Phòng Tư pháp").Summary();
        Assert.Equal("0 nhiệm vụ, 0 đơn vị, 0 có hạn\nĐơn vị chưa có trong danh bạ: Phòng Tư pháp", s);
    }
}
