using ChatBot.Core.Reminders;

namespace ChatBot.Core.Tests.Reminders;

/// <summary>The morning digest as the leaders and the clerks read it, line for line.</summary>
public sealed class DigestFormatterTests
{
    private static readonly DateOnly Monday = new(2026, 6, 15);

    // 80 characters: shown whole. 81: cut to 79 and an ellipsis.
    private const string Text80 = "Rà soát thống kê các công trình xây dựng không phép trên địa bàn tổ dân phố số 3";
    private const string Text81 = "Tuyên truyền, vận động nhân dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện";

    private static DigestData Busy() => new("Phường Bạch Đằng", Monday,
        [
            new("Phòng Văn hóa - Xã hội", 2, 1, 0),
            new("Công an phường", 3, 0, 0),
            new("Phòng Kinh tế", 5, 0, 2),
            new("Đội Trật tự đô thị", 0, 0, 0),
            new("Ban Chỉ huy Quân sự", 1, 1, 0),
            new("Trạm Y tế", 2, 2, 1),
        ],
        [
            new(42, "Việc thứ sáu", "Phòng Kinh tế", new(2026, 6, 14)),
            new(40, Text81, null, new(2026, 6, 10)),
            new(8, "Kiểm tra an toàn thực phẩm", "Trạm Y tế", new(2026, 6, 5)),
            new(41, "  Báo cáo  ", "", new(2026, 6, 12)),
            new(31, "Lập danh sách hộ nghèo\nnăm 2026", "Phòng Văn hóa - Xã hội", new(2026, 6, 1)),
            new(5, Text80, "Phòng Kinh tế", new(2026, 6, 5)),
        ],
        [
            new(12, "Trạm Y tế", new(2026, 6, 16), new(2026, 6, 30), "chờ kinh phí <cấp bổ sung>"),
            new(9, null, null, new(2026, 7, 15), null),
        ]);

    private const string Rest = """


        <b>Quá hạn nhiều nhất</b>
        1. #31 Phòng Văn hóa - Xã hội — Lập danh sách hộ nghèo năm 2026 — quá hạn 14 ngày (hạn 01/06/2026)
        2. #5 Phòng Kinh tế — Rà soát thống kê các công trình xây dựng không phép trên địa bàn tổ dân phố số 3 — quá hạn 10 ngày (hạn 05/06/2026)
        3. #8 Trạm Y tế — Kiểm tra an toàn thực phẩm — quá hạn 10 ngày (hạn 05/06/2026)
        4. #40 Tuyên truyền, vận động nhân dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguy… — quá hạn 5 ngày (hạn 10/06/2026)
        5. #41 Báo cáo — quá hạn 3 ngày (hạn 12/06/2026)

        <b>Đề nghị gia hạn chờ duyệt</b>
        • #9: → 15/07/2026 (/duyet 9 · /tuchoi 9 lý do)
        • #12 Trạm Y tế: 16/06/2026 → 30/06/2026 — chờ kinh phí &lt;cấp bổ sung&gt; (/duyet 12 · /tuchoi 12 lý do)
        """;

    // Both digests count every unit; the unit lines: most overdue first, then most due this week, then by name.
    private const string Totals = """
        Tổng: 13 việc đang mở · 4 đến hạn tuần này · 3 quá hạn

        <b>Theo đơn vị</b> <i>(đang mở / đến hạn tuần này / quá hạn)</i>
        • Phòng Kinh tế: 5 / 0 / 2
        • Trạm Y tế: 2 / 2 / 1
        • Ban Chỉ huy Quân sự: 1 / 1 / 0
        • Phòng Văn hóa - Xã hội: 2 / 1 / 0
        """;

    [Fact]
    public void Leaders_see_the_units_needing_attention_worst_first_then_the_five_oldest_overdue_and_pending_extensions() =>
        Assert.Equal("☀️ <b>Bản tin sáng 15/06/2026 — Phường Bạch Đằng</b>\n" + Totals
            + "\n<i>Các đơn vị khác không có việc quá hạn hoặc đến hạn tuần này.</i>" + Rest, DigestFormatter.ForLeaders(Busy()));

    [Fact]
    public void Clerks_see_every_unit_with_open_work_and_no_footnote() =>
        Assert.Equal("☀️ <b>Bản tin sáng toàn phường 15/06/2026 — Phường Bạch Đằng</b>\n" + Totals
            + "\n• Công an phường: 3 / 0 / 0" + Rest, DigestFormatter.ForClerks(Busy()));

    [Fact]
    public void A_quiet_day_says_there_is_nothing_overdue_and_nothing_to_approve()
    {
        var quiet = new DigestData("Phường <Hạ Long>", Monday, [new("Công an phường", 3, 0, 0)], [], []);
        Assert.Equal("""
            ☀️ <b>Bản tin sáng 15/06/2026 — Phường &lt;Hạ Long&gt;</b>
            Tổng: 3 việc đang mở · 0 đến hạn tuần này · 0 quá hạn

            <b>Quá hạn nhiều nhất</b>
            Không có việc quá hạn.

            <b>Đề nghị gia hạn chờ duyệt</b>
            Không có.
            """, DigestFormatter.ForLeaders(quiet));
    }

    [Fact]
    public void When_every_unit_needs_attention_the_leaders_get_no_footnote()
    {
        var all = new DigestData("Phường Bạch Đằng", Monday, [new("Phòng Kinh tế", 5, 0, 2), new("Trạm Y tế", 1, 1, 0)], [], []);
        var text = DigestFormatter.ForLeaders(all);
        Assert.Contains("• Trạm Y tế: 1 / 1 / 0\n\n<b>Quá hạn nhiều nhất</b>", text);
        Assert.DoesNotContain("Các đơn vị khác", text);
    }

    [Theory]
    [InlineData("2026-06-15", "2026-06-21")] // Monday
    [InlineData("2026-06-20", "2026-06-21")] // Saturday
    [InlineData("2026-06-21", "2026-06-21")] // Sunday: the week ends today
    [InlineData("2026-06-22", "2026-06-28")]
    public void Due_this_week_runs_to_sunday(string today, string sunday) =>
        Assert.Equal(DateOnly.Parse(sunday), DigestFormatter.EndOfWeek(DateOnly.Parse(today)));
}
