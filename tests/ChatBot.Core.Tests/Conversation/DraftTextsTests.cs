using ChatBot.Core.Conversation;

namespace ChatBot.Core.Tests.Conversation;

/// <summary>The draft summary as the clerk reads it: task numbers, units in the notice's order, the deadlines that make
/// no sense, pages; the unknown-unit question; the warning before confirming.</summary>
public sealed class DraftTextsTests
{
    private static readonly DateOnly Today = new(2026, 6, 12);

    private static DraftSheet Sheet(bool assigned = false, params DraftLine[] lines) =>
        new(7, "Thông báo số 15/TB-UBND ngày 02/06/2026", assigned, new DateOnly(2026, 6, 2), lines);

    [Fact]
    public void The_summary_shows_each_task_with_its_number_grouped_by_unit_in_the_notice_order()
    {
        var (text, buttons) = DraftTexts.Page(Sheet(false,
            new(21, "Rà soát công trình", "Phòng Kinh tế", true, new(2026, 6, 30)),
            new(22, "Không ghi ai làm", null, false, null),
            new(23, "Tổ chức <Ngày hội>", "Phòng Tư pháp", false, new(2026, 7, 5)),
            new(24, "Hoàn thiện hồ sơ", "Phòng Kinh tế", true, null)), 1, Today);
        Assert.Equal("""
            📄 <b>Thông báo số 15/TB-UBND ngày 02/06/2026</b>
            4 nhiệm vụ, 2 đơn vị, 2 có hạn; 1 không ghi đơn vị; 1 đơn vị chưa có trong danh bạ

            <b>Phòng Kinh tế</b>
            • <b>#21</b> Rà soát công trình — hạn 30/06/2026
            • <b>#24</b> Hoàn thiện hồ sơ — không ghi hạn

            <b>Phòng Tư pháp</b> ⚠️ chưa có trong danh bạ
            • <b>#23</b> Tổ chức &lt;Ngày hội&gt; — hạn 05/07/2026

            <b>Chưa xác định đơn vị</b>
            • <b>#22</b> Không ghi ai làm — không ghi hạn

            Sửa: <code>/sua SỐ donvi TÊN ĐƠN VỊ</code> · <code>/sua SỐ han dd/MM/yyyy</code> · <code>/xoa SỐ</code> · Thiếu nhiệm vụ: <code>/them 7 nội dung</code>
            Xác nhận để giao và gửi cho các đơn vị: <code>/xacnhan 7</code> · Bỏ: <code>/bo 7</code>
            """.ReplaceLineEndings("\n"), text);
        Assert.Equal(TaskTexts.DocumentButtons(7), buttons);
    }

    [Fact]
    public void Deadlines_before_the_notice_or_already_past_are_warned_about()
    {
        var (text, _) = DraftTexts.Page(Sheet(false,
            new(1, "Trước ngày văn bản", "A", true, new(2026, 5, 20)),
            new(2, "Đã qua", "A", true, new(2026, 6, 10)),
            new(3, "Còn hạn", "A", true, new(2026, 6, 12))), 1, Today);
        Assert.Contains("\n⚠️ Hạn trước ngày của văn bản (02/06/2026): #1 (20/05/2026)\n⚠️ Hạn đã qua (hôm nay 12/06/2026): #2 (10/06/2026)\n" +
                        "Kiểm tra với văn bản gốc; sửa: <code>/sua SỐ han dd/MM/yyyy</code>.", text);
        Assert.Contains("• <b>#2</b> Đã qua — hạn 10/06/2026 ⚠️ đã qua", text);
        Assert.Contains("• <b>#3</b> Còn hạn — hạn 12/06/2026\n", text);
    }

    [Fact]
    public void Parts_of_the_notice_not_read_are_warned_about_on_the_first_page_of_a_draft_only()
    {
        var lines = Enumerable.Range(1, 25).Select(i => new DraftLine(i, $"Việc {i}", "A", true, null)).ToArray();
        var sheet = Sheet(false, lines) with { SkippedParts = 2 };
        Assert.StartsWith("📄 <b>Thông báo số 15/TB-UBND ngày 02/06/2026</b>\n25 nhiệm vụ, 1 đơn vị, 0 có hạn\n" + Texts.SkippedParts(2) + "\n",
            DraftTexts.Page(sheet, 1, Today).Text);
        Assert.Contains("⚠️ 2 phần văn bản không đọc được", Texts.SkippedParts(2));
        Assert.DoesNotContain("không đọc được", DraftTexts.Page(sheet, 2, Today).Text);
        Assert.DoesNotContain("không đọc được", DraftTexts.Page(sheet with { Assigned = true }, 1, Today).Text);
        Assert.DoesNotContain("không đọc được", DraftTexts.Page(sheet with { SkippedParts = 0 }, 1, Today).Text);
    }

    [Fact]
    public void An_assigned_notice_is_shown_without_warnings_or_confirmation()
    {
        var (text, buttons) = DraftTexts.Page(Sheet(true, new DraftLine(2, "Đã qua", "A", true, new(2026, 6, 10))), 1, Today);
        Assert.StartsWith("📄 <b>Thông báo số 15/TB-UBND ngày 02/06/2026</b> — đã giao\n", text);
        Assert.DoesNotContain("⚠️", text);
        Assert.DoesNotContain("/xacnhan", text);
        Assert.Empty(buttons);
    }

    [Fact]
    public void A_long_notice_is_paged_with_a_button_and_a_command_to_go_on()
    {
        var lines = Enumerable.Range(1, 45).Select(i => new DraftLine(100 + i, $"Việc {i}", "A", true, null)).ToArray();
        var sheet = Sheet(false, lines);
        Assert.Equal(3, DraftTexts.Pages(sheet));
        var (first, firstButtons) = DraftTexts.Page(sheet, 1, Today);
        Assert.Contains("• <b>#120</b> Việc 20", first);
        Assert.DoesNotContain("#121", first);
        Assert.Contains("Trang 1/3 — xem tiếp: <code>/xemtiep 7 2</code>", first);
        Assert.Equal("dp:7:2", firstButtons[^1][0].Data);
        var (last, lastButtons) = DraftTexts.Page(sheet, 3, Today);
        Assert.Contains("• <b>#145</b> Việc 45", last);
        Assert.Contains("Trang 3/3\n", last);
        Assert.DoesNotContain(lastButtons, row => row.Any(b => b.Data.StartsWith("dp:")));
        Assert.Throws<ArgumentOutOfRangeException>(() => DraftTexts.Page(sheet, 4, Today));
    }

    [Fact]
    public void The_unit_question_numbers_the_choices_the_same_way_buttons_and_gan_read_them()
    {
        var (text, buttons) = DraftTexts.Question(new UnitQuestion("Phòng Quản lý đô thị", [23, 25], [(4, "Phòng Kinh tế, Hạ tầng và Đô thị"), (9, "Công an phường")]));
        Assert.Equal("""
            ❓ «Phòng Quản lý đô thị» chưa có trong danh bạ (2 nhiệm vụ: #23, #25). Là đơn vị nào?
            1. Phòng Kinh tế, Hạ tầng và Đô thị — <code>/gan 23 1</code>
            2. Công an phường — <code>/gan 23 2</code>
            3. Tạo đơn vị mới «Phòng Quản lý đô thị» — <code>/gan 23 moi</code>
            Chọn một đơn vị có sẵn thì «Phòng Quản lý đô thị» được lưu là tên gọi khác của đơn vị đó (lần sau tự nhận ra); các nhiệm vụ cùng tên đi theo.
            """.ReplaceLineEndings("\n"), text);
        Assert.Equal(["um:23:4", "um:23:9", "uc:23:new"], buttons.Select(r => Assert.Single(r).Data));
        Assert.Contains("/gan 23 TÊN ĐƠN VỊ", DraftTexts.Question(new UnitQuestion("Phòng Tư pháp", [23], [])).Text);
    }

    [Fact]
    public void Before_confirming_it_says_who_gets_nothing_and_offers_to_go_ahead()
    {
        var (text, buttons) = DraftTexts.AskBeforeConfirm(7, [(23, "«Phòng Tư pháp» chưa có trong danh bạ"), (25, "«Phòng Tư pháp» chưa có trong danh bạ"), (26, "Phòng Kinh tế chưa có ai liên kết")]);
        Assert.Equal("⚠️ Nếu giao bây giờ, 3 nhiệm vụ sẽ không đến được ai:\n• «Phòng Tư pháp» chưa có trong danh bạ: #23, #25\n• Phòng Kinh tế chưa có ai liên kết: #26\n" +
                     "Sửa trước (<code>/sua SỐ donvi TÊN ĐƠN VỊ</code>), hoặc vẫn giao: gửi lại <code>/xacnhan 7</code> hay bấm «Vẫn giao».", text);
        Assert.Equal(["doc:7:go", "doc:7:no"], Assert.Single(buttons).Select(b => b.Data));
    }

    [Fact]
    public void Long_lists_are_cut_with_a_count() =>
        Assert.Equal("#1, #2, #3, #4, #5, #6, #7, #8 và 2 nhiệm vụ khác", DraftTexts.List(Enumerable.Range(1, 10).Select(i => $"#{i}").ToList(), "nhiệm vụ"));
}
