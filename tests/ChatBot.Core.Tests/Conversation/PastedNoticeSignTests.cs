using ChatBot.Core.Conversation;

namespace ChatBot.Core.Tests.Conversation;

/// <summary>Each sign of the official form weighs exactly what <see cref="PastedNotice"/> gives it: one sign line added to
/// everyday prose that has none (score 0), and the exact score asserted — several wordings a sign, and the edges (the
/// title's case and length, two numbered items, 1 500 characters, 200 characters).</summary>
public sealed class PastedNoticeSignTests
{
    /// <summary>Everyday prose without any sign, 3 lines, ≥ 200 characters and far below 1 500.</summary>
    private const string Prose = """
        Chào các anh chị, hôm nay trời mưa nên buổi họp giao ban chuyển sang chiều thứ năm.
        Mọi người nhớ mang theo sổ ghi chép và đến đúng giờ giúp em, cảm ơn các anh chị nhiều.
        Có gì cần trao đổi thêm thì nhắn riêng cho em trong nhóm này nhé.
        """;

    [Theory]
    [InlineData("", 0)]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 2)]
    [InlineData("Cộng hòa xã hội chủ nghĩa Việt Nam", 2)]
    [InlineData("Độc lập - Tự do - Hạnh phúc", 2)]
    [InlineData("ĐỘC LẬP – TỰ DO – HẠNH PHÚC", 2)]
    [InlineData("Số: 15/TB-UBND", 2)]
    [InlineData("So 7/KH-UBND", 2)]
    [InlineData("SỐ: 123 / UBND-VP", 2)]
    [InlineData("Nơi nhận:", 2)]
    [InlineData("NƠI NHẬN:", 2)]
    [InlineData("Kính gửi: Các phòng, ban thuộc UBND phường.", 1)]
    [InlineData("KÍNH GỬI: Văn phòng", 1)]
    [InlineData("ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN", 1)]
    [InlineData("UBND PHƯỜNG HÒA AN", 1)]
    [InlineData("HỘI ĐỒNG NHÂN DÂN PHƯỜNG", 1)]
    [InlineData("THÔNG BÁO", 1)]
    [InlineData("CÔNG VĂN", 1)]
    [InlineData("KẾ HOẠCH TRIỂN KHAI", 1)]
    [InlineData("QUYẾT ĐỊNH", 1)]
    [InlineData("CHỈ THỊ", 1)]
    [InlineData("BÁO CÁO", 1)]
    [InlineData("TỜ TRÌNH", 1)]
    [InlineData("KẾT LUẬN", 1)]
    [InlineData("THÔNG BÁO về việc họp giao ban", 1)] // only the first eight letters must be capitals
    [InlineData("Thông báo", 0)]                     // a kind written in lower case is no title
    [InlineData("KẾ HOẠCh", 0)]                      // one small letter among the first eight
    [InlineData("THÔNG BÁOX", 0)]                    // the kind must be the whole first word(s)
    [InlineData("1. Rà soát hộ nghèo", 0)]           // one numbered item is no list
    [InlineData("1. Rà soát hộ nghèo\n2. Báo cáo kết quả", 1)]
    [InlineData("a) Rà soát\nb) Báo cáo\nc) Lưu hồ sơ", 1)]
    [InlineData("II. Nhiệm vụ\n- Rà soát", 1)]
    [InlineData("Số: 88/UBND-VP\nKính gửi: Các phòng\nNơi nhận:", 5)]
    public void Each_sign_weighs_its_exact_score(string lines, int score) =>
        Assert.Equal(score, PastedNotice.Score(lines + "\n" + Prose));

    [Fact]
    public void A_sign_line_counts_wherever_it_stands()
    {
        Assert.Equal(2, PastedNotice.Score(Prose + "\nNơi nhận:\n- Lưu: VT."));
        Assert.Equal(1, PastedNotice.Score(Prose + "\nTHÔNG BÁO"));
    }

    [Fact]
    public void A_title_longer_than_120_characters_is_a_sentence_not_a_title()
    {
        var title = "THÔNG BÁO " + new string('A', 110);
        Assert.Equal(120, title.Length);
        Assert.Equal(1, PastedNotice.Score(title + "\n" + Prose));
        Assert.Equal(0, PastedNotice.Score(title + "A\n" + Prose));
    }

    [Fact]
    public void Length_from_1500_characters_weighs_one()
    {
        var filler = Prose + new string('x', 1500 - Prose.Length);
        Assert.Equal(1500, filler.Length);
        Assert.Equal(1, PastedNotice.Score(filler));
        Assert.Equal(0, PastedNotice.Score(filler[..^1]));
    }

    [Fact]
    public void From_200_characters_a_text_is_weighed()
    {
        var text = "Nơi nhận:\nKính gửi: Văn phòng\n";
        text += new string('x', PastedNotice.MinLength - text.Length);
        Assert.Equal(3, PastedNotice.Score(text));
        Assert.True(PastedNotice.Looks(text));
        Assert.Equal(0, PastedNotice.Score(text[..^1]));
        Assert.Equal(0, PastedNotice.Score(null));
        Assert.False(PastedNotice.Looks(null));
    }

    [Fact]
    public void The_threshold_is_three()
    {
        Assert.False(PastedNotice.Looks("Nơi nhận:\n" + Prose));                    // 2
        Assert.True(PastedNotice.Looks("Nơi nhận:\nKính gửi: Văn phòng\n" + Prose)); // 3
    }
}
