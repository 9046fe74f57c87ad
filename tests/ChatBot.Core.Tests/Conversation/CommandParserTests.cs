using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;

namespace ChatBot.Core.Tests.Conversation;

/// <summary>Chat text → command, as officials type it: slash commands and their ASCII aliases, "#12 xong" with or
/// without diacritics, list items, free-text questions and the hints of a malformed command.</summary>
public sealed class CommandParserTests
{
    private static readonly DateOnly Today = new(2026, 6, 12);

    private static Command Parse(string text) => CommandParser.Parse(text, Today);

    [Theory]
    [InlineData("/start ABCD2345", "ABCD2345")]
    [InlineData("/batdau  abcd-2345 ", "abcd-2345")]
    [InlineData("/lienket@PhuongBot XYZ", "XYZ")]
    public void Start_with_a_code_links(string text, string code) =>
        Assert.Equal(new Command.Link(code), Parse(text));

    [Theory]
    [InlineData("/start")]
    [InlineData("/help")]
    [InlineData("/huongdan")]
    [InlineData("/trogiup")]
    [InlineData("/HELP@PhuongBot")]
    [InlineData("help")]
    [InlineData("hướng dẫn")]
    [InlineData("tro giup")]
    [InlineData("giúp")]
    [InlineData("menu")]
    public void Help_in_its_spellings(string text) => Assert.IsType<Command.Help>(Parse(text));

    [Theory]
    [InlineData("/viec")]
    [InlineData("/nhiemvu")]
    [InlineData("/tasks")]
    [InlineData("/việc")]
    [InlineData("việc")]
    [InlineData("viec cua toi")]
    [InlineData("nhiệm vụ của tôi")]
    [InlineData("danh sách việc")]
    [InlineData("việc của tôi hôm nay")]
    public void My_tasks(string text) => Assert.IsType<Command.MyTasks>(Parse(text));

    [Theory]
    [InlineData("/viec 12", 12)]
    [InlineData("/viec #7", 7)]
    [InlineData("/nhiemvu 300 chi tiết", 300)]
    public void One_task_by_number(string text, int id) => Assert.Equal(new Command.ShowTask(id), Parse(text));

    [Theory]
    [InlineData("/viec abc", "Cách dùng: /viec hoặc /viec SỐ (ví dụ /viec 12).")]
    [InlineData("/viec 0", "Cách dùng: /viec hoặc /viec SỐ (ví dụ /viec 12).")]
    [InlineData("/viec -3", "Cách dùng: /viec hoặc /viec SỐ (ví dụ /viec 12).")]
    [InlineData("/sapden abc", "Cách dùng: /sapden SỐ_NGÀY (ví dụ /sapden 7).")]
    [InlineData("/sapden 367", "Cách dùng: /sapden SỐ_NGÀY (ví dụ /sapden 7).")]
    [InlineData("/capnhat", "Cách dùng: /capnhat SỐ trạng thái (ví dụ /capnhat 12 đang làm 60%).")]
    [InlineData("/capnhat 12 ăn cơm", "Chưa hiểu trạng thái. Ví dụ: /capnhat 12 xong, /capnhat 12 đang làm 60%, /capnhat 12 vướng: lý do.")]
    [InlineData("/giahan", "Cách dùng: /giahan SỐ NGÀY lý do (ví dụ /giahan 12 20/7 chờ kinh phí).")]
    [InlineData("/giahan 12", "Cách dùng: /giahan SỐ NGÀY lý do (ví dụ /giahan 12 20/7 chờ kinh phí).")]
    [InlineData("/giahan 12 mai", "Cách dùng: /giahan SỐ NGÀY lý do (ví dụ /giahan 12 20/7 chờ kinh phí).")]
    [InlineData("/giahan 12 31/2", "Cách dùng: /giahan SỐ NGÀY lý do (ví dụ /giahan 12 20/7 chờ kinh phí).")]
    [InlineData("/duyet", "Cách dùng: /duyet SỐ (ví dụ /duyet 12).")]
    [InlineData("/tuchoi x", "Cách dùng: /tuchoi SỐ lý do.")]
    [InlineData("#12 ăn cơm", "Chưa hiểu trạng thái. Ví dụ: #12 xong, #12 đang làm 60%, #12 vướng: lý do.")]
    [InlineData("#12 gia hạn sau", "Cách dùng: /giahan 12 NGÀY lý do (ví dụ /giahan 12 20/7 chờ kinh phí).")]
    public void A_command_with_wrong_arguments_says_how_to_write_it(string text, string hint) =>
        Assert.Equal(new Command.Malformed(hint), Parse(text));

    [Theory]
    [InlineData("/quahan", null)]
    [InlineData("/overdue", null)]
    [InlineData("/quahan kinh tế", "kinh tế")]
    [InlineData("việc quá hạn", null)]
    [InlineData("qua han", null)]
    [InlineData("Trễ hạn", null)]
    [InlineData("việc chậm tiến độ", null)]
    [InlineData("việc quá hạn của phòng kinh tế", "phong kinh te")]
    [InlineData("quá hạn thuộc công an", "cong an")]
    [InlineData("viec qua han o van phong", "van phong")]
    public void Overdue_with_or_without_a_unit(string text, string? unit) => Assert.Equal(new Command.Overdue(unit), Parse(text));

    [Theory]
    [InlineData("/sapden", 7)]
    [InlineData("/sapden 3", 3)]
    [InlineData("/saphethan 366", 366)]
    [InlineData("/duesoon 1", 1)]
    [InlineData("sắp đến hạn", 7)]
    [InlineData("việc sắp hết hạn 10 ngày", 10)]
    [InlineData("sap toi han", 7)]
    [InlineData("sắp đến", 7)]
    [InlineData("sắp đến hạn 400 ngày", 7)]
    public void Due_soon_with_a_number_of_days(string text, int days) => Assert.Equal(new Command.DueSoon(days), Parse(text));

    [Theory]
    [InlineData("/tiendo")]
    [InlineData("/progress")]
    [InlineData("tiến độ")]
    [InlineData("thống kê tuần này")]
    public void Progress(string text) => Assert.IsType<Command.Progress>(Parse(text));

    [Theory]
    [InlineData("/baocao", typeof(Command.Report))]
    [InlineData("/excel", typeof(Command.Report))]
    [InlineData("/report", typeof(Command.Report))]
    [InlineData("báo cáo", typeof(Command.Report))]
    [InlineData("xuất báo cáo", typeof(Command.Report))]
    [InlineData("gửi báo cáo excel nhé", typeof(Command.Report))]
    [InlineData("/bieudo", typeof(Command.Chart))]
    [InlineData("/chart", typeof(Command.Chart))]
    [InlineData("xem biểu đồ", typeof(Command.Chart))]
    [InlineData("/huy", typeof(Command.Unlink))]
    [InlineData("/unlink", typeof(Command.Unlink))]
    [InlineData("/huylienket", typeof(Command.Unlink))]
    [InlineData("/huy_lien_ket", typeof(Command.Unlink))]
    public void Reports_charts_and_unlinking(string text, Type type) => Assert.IsType(type, Parse(text));

    [Theory]
    [InlineData("/kenh", null)]
    [InlineData("/kenh Zalo", "zalo")]
    [InlineData("/channel tất cả", "tat ca")]
    public void Preferred_channel(string text, string? channel) => Assert.Equal(new Command.PreferChannel(channel), Parse(text));

    [Theory]
    [InlineData("/xacnhan", null, true)]
    [InlineData("/xacnhan 4", 4, true)]
    [InlineData("/giao 4", 4, true)]
    [InlineData("/confirm", null, true)]
    [InlineData("/bo", null, false)]
    [InlineData("/bo 9", 9, false)]
    [InlineData("/huyvb 9", 9, false)]
    [InlineData("/discard", null, false)]
    public void Confirming_or_discarding_a_draft(string text, int? id, bool confirm) =>
        Assert.Equal(confirm ? new Command.ConfirmDocument(id) : new Command.DiscardDocument(id), Parse(text));

    [Theory]
    [InlineData("#12 xong", WorkStatus.Done, null, null)]
    [InlineData("#12 da xong", WorkStatus.Done, null, null)]
    [InlineData("#12 đã hoàn thành", WorkStatus.Done, null, null)]
    [InlineData("# 12: hoàn thành", WorkStatus.Done, null, null)]
    [InlineData("#12 - done", WorkStatus.Done, null, null)]
    [InlineData("#12 ok xong", WorkStatus.Done, null, null)]
    [InlineData("#12 đang làm", WorkStatus.InProgress, null, null)]
    [InlineData("#12 dang lam 60%", WorkStatus.InProgress, 60, null)]
    [InlineData("#12 đang thực hiện 35 %", WorkStatus.InProgress, 35, null)]
    [InlineData("#12 đang triển khai", WorkStatus.InProgress, null, null)]
    [InlineData("#12 đang xử lý", WorkStatus.InProgress, null, null)]
    [InlineData("#12 tiếp tục", WorkStatus.InProgress, null, null)]
    [InlineData("#12 80%", WorkStatus.InProgress, 80, null)]
    [InlineData("#12 60% rồi", WorkStatus.InProgress, 60, null)]
    [InlineData("#12 vướng thiếu người", WorkStatus.Blocked, null, "thiếu người")]
    [InlineData("#12 100%", WorkStatus.Done, 100, null)]
    [InlineData("#12 vướng: chưa có kinh phí", WorkStatus.Blocked, null, "chưa có kinh phí")]
    [InlineData("#12 vướng mắc thiếu người", WorkStatus.Blocked, null, "thiếu người")]
    [InlineData("#12 khó khăn mặt bằng", WorkStatus.Blocked, null, "mặt bằng")]
    [InlineData("#12 bị vướng đất đai", WorkStatus.Blocked, null, "đất đai")]
    [InlineData("#12 vuong", WorkStatus.Blocked, null, null)]
    [InlineData("#12 vướng:", WorkStatus.Blocked, null, null)]
    [InlineData("#12 đã nhận", WorkStatus.Acknowledged, null, null)]
    [InlineData("#12 nhận", WorkStatus.Acknowledged, null, null)]
    [InlineData("#12 đã tiếp nhận", WorkStatus.Acknowledged, null, null)]
    [InlineData("/capnhat 12 xong", WorkStatus.Done, null, null)]
    [InlineData("/update 12 vướng: chờ ý kiến", WorkStatus.Blocked, null, "chờ ý kiến")]
    public void A_status_update_for_a_numbered_task(string text, WorkStatus status, int? percent, string? reason) =>
        Assert.Equal(new Command.Update(12, status, percent, reason), Parse(text));

    [Theory]
    [InlineData("2 xong", 2, WorkStatus.Done)]
    [InlineData("3. đang làm", 3, WorkStatus.InProgress)]
    [InlineData("1) da nhan", 1, WorkStatus.Acknowledged)]
    public void A_list_item_number_with_a_status(string text, int index, WorkStatus status) =>
        Assert.Equal(new Command.Update(null, status, null, null, index), Parse(text));

    [Theory]
    [InlineData("2 ngày nữa em làm")]
    [InlineData("2026 là năm bản lề")]
    [InlineData("xin chào bot")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/lenhla")]
    [InlineData("#12 nhanh lên")]
    [InlineData("#12 xongxuôi")]
    public void Anything_else_is_unknown_or_asks_again(string text) =>
        Assert.True(Parse(text) is Command.Unknown { Text: var t } ? t == text.Trim() : Parse(text) is Command.Malformed, $"{Parse(text)}");

    [Fact]
    public void A_bare_status_is_read_only_when_asked_for()
    {
        Assert.Equal(new Command.Update(null, WorkStatus.InProgress, 60, null), CommandParser.StatusOf(" đang làm 60% ", null));
        Assert.Equal(new Command.Update(5, WorkStatus.Done, null, null), CommandParser.StatusOf("- xong", 5));
        Assert.Null(CommandParser.StatusOf("cảm ơn", null));
        Assert.Null(CommandParser.StatusOf("làm 50% rồi nhưng còn chờ", null));
    }

    [Theory]
    [InlineData("/giahan 12 20/7 chờ kinh phí", "2026-07-20", "chờ kinh phí")]
    [InlineData("/giahan 12 20/07/2026", "2026-07-20", null)]
    [InlineData("/extend 12 5-8-26 thiếu hồ sơ", "2026-08-05", "thiếu hồ sơ")]
    [InlineData("/giahan #12 1.9", "2026-09-01", null)]
    [InlineData("#12 xin gia hạn đến 20/7, chờ kinh phí", "2026-07-20", "chờ kinh phí")]
    [InlineData("#12 gia han 30/6", "2026-06-30", null)]
    public void An_extension_request_with_its_new_date_and_reason(string text, string date, string? reason) =>
        Assert.Equal(new Command.RequestExtension(12, DateOnly.Parse(date), reason), Parse(text));

    [Theory]
    [InlineData("/duyet 12")]
    [InlineData("/approve 12")]
    [InlineData("/dongy 12")]
    public void Approving_an_extension(string text) => Assert.Equal(new Command.Approve(12), Parse(text));

    [Theory]
    [InlineData("/tuchoi 12 cần xong đúng hạn", "cần xong đúng hạn")]
    [InlineData("/refuse 12", null)]
    [InlineData("/khongduyet 12 không", "không")]
    public void Refusing_an_extension(string text, string? reason) => Assert.Equal(new Command.Refuse(12, reason), Parse(text));

    [Theory]
    [InlineData("20/7", "2026-06-12", "2026-07-20")]
    [InlineData("20/07/2027", "2026-06-12", "2027-07-20")]
    [InlineData("1/1/27", "2026-06-12", "2027-01-01")]
    [InlineData("15/1", "2026-12-20", "2027-01-15")]
    [InlineData("1/6", "2026-06-12", "2026-06-01")]
    [InlineData("13/4", "2026-06-12", "2026-04-13")]
    [InlineData("12/4", "2026-06-12", "2027-04-12")]
    [InlineData("15/12", "2026-06-12", "2026-12-15")]
    [InlineData("31/1", "2026-12-20", "2027-01-31")]
    public void A_date_without_a_year_is_the_next_one_not_long_past(string s, string today, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), CommandParser.ParseDate(s, DateOnly.Parse(today)));

    [Theory]
    [InlineData("32/1")]
    [InlineData("0/5")]
    [InlineData("5/13")]
    [InlineData("5/0")]
    [InlineData("29/2/2026")]
    [InlineData("hôm nay")]
    [InlineData("5/6/202")]
    public void A_date_that_does_not_exist_is_not_read(string s) => Assert.Null(CommandParser.ParseDate(s, Today));
}
