using ChatBot.Channels.Simulator;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Inbound;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Conversation;

/// <summary>Each handler's answers word for word, and the refusals that change nothing (real host, real SQLite, sim channel).</summary>
public sealed class UseCaseTests : IAsyncLifetime
{
    private readonly ChatBotApp _app = new(new() { ["Outbox:Enabled"] = "false" });
    private TestWard _ward = null!;

    public async Task InitializeAsync()
    {
        _ward = new TestWard(_app);
        await _ward.SeedAsync();
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    private async Task<WorkTask> TaskAsync(string textStart) => (await _ward.TasksAsync()).First(t => t.Text.StartsWith(textStart));

    private async Task<string> One(string chat, string text) => Assert.Single(await _ward.SendAsync(chat, text)).Text;

    // ---- link and account

    [Fact]
    public async Task Linking_greets_with_name_role_unit_and_ward_and_records_who_used_the_invite()
    {
        var inbox = await _ward.InboxAsync("kinhte");
        Assert.Equal("✅ Đã liên kết tài khoản: <b>Trưởng phòng Kinh tế</b> — Trưởng/Phó đơn vị, Phòng Kinh tế, Hạ tầng và Đô thị, An Bình.\n\n" + Texts.Help(Role.Head),
            inbox[0].Text);
        Assert.StartsWith("✅ Đã liên kết tài khoản: <b>Chủ tịch Trần An</b> — Lãnh đạo, An Bình.", (await _ward.InboxAsync("leader"))[0].Text);
        var invites = await _app.WithDb(db => db.Invites.ToListAsync());
        var officials = await _app.WithDb(db => db.Officials.ToDictionaryAsync(o => o.Id, o => o.Name));
        Assert.All(invites, i => Assert.Equal(i.Name, officials[i.OfficialId!.Value]));
    }

    [Fact]
    public async Task An_unlinked_chat_may_link_with_the_bare_code_and_gets_the_short_help()
    {
        Assert.Equal(Texts.HelpUnlinked, await One("moi", "/help"));
        Assert.Equal(Texts.NotLinked, await One("moi", "xin chào"));
        string code;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Storage.ChatBotDb>();
            (_, code) = await scope.ServiceProvider.GetRequiredService<Directory.DirectoryService>()
                .CreateInviteAsync(await db.Wards.FirstAsync(), null, Role.Clerk, "Văn thư", default);
            await db.SaveChangesAsync();
        }
        Assert.StartsWith("✅ Đã liên kết tài khoản: <b>Văn thư</b> — Văn phòng", await One("moi", code.ToLowerInvariant()));
        Assert.Equal(Texts.Help(Role.Clerk), await One("moi", "/help"));
        Assert.Equal("Mã mời này đã được sử dụng. Xin liên hệ Văn phòng để nhận mã mới.", await One("khac", $"/start {code}"));
    }

    [Fact]
    public async Task Choosing_the_push_channel_needs_an_account_there()
    {
        Assert.Equal("Kênh nhận nhiệm vụ: <b>tất cả kênh đã liên kết</b>. Đổi: /kenh zalo hoặc /kenh telegram.", await One("kinhte", "/kenh"));
        Assert.Equal("Bạn chưa liên kết Zalo. Xin liên kết bằng mã mời trên Zalo trước.", await One("kinhte", "/kenh zalo"));
        Assert.Equal("Kênh không hợp lệ. Dùng: /kenh zalo, /kenh telegram hoặc /kenh tat ca.", await One("kinhte", "/kenh viber"));
        Assert.Equal("Đã chọn nhận nhiệm vụ qua <b>trình mô phỏng</b>. Bạn vẫn trả lời được từ mọi kênh.", await One("kinhte", "/kenh mô phỏng"));
        Assert.Equal("sim", await _app.WithDb(db => db.Officials.Where(o => o.Name == "Trưởng phòng Kinh tế").Select(o => o.PreferredChannel).SingleAsync()));
        Assert.Equal("Kênh nhận nhiệm vụ: <b>trình mô phỏng</b>. Đổi: /kenh zalo hoặc /kenh telegram.", await One("kinhte", "/kenh"));
        Assert.Equal("Đã chọn nhận nhiệm vụ qua <b>tất cả kênh đã liên kết</b>. Bạn vẫn trả lời được từ mọi kênh.", await One("kinhte", "/kenh tat ca"));
        Assert.Null(await _app.WithDb(db => db.Officials.Where(o => o.Name == "Trưởng phòng Kinh tế").Select(o => o.PreferredChannel).SingleAsync()));
    }

    [Fact]
    public async Task Writing_again_after_blocking_the_bot_turns_the_account_back_on()
    {
        await _app.WithDb(db => db.ChatAccounts.Where(a => a.ChatId == "vanhoa").ExecuteUpdateAsync(s => s.SetProperty(a => a.Active, false)));
        await _ward.SendAsync("vanhoa", "/viec");
        Assert.True(await _app.WithDb(db => db.ChatAccounts.Where(a => a.ChatId == "vanhoa").Select(a => a.Active).SingleAsync()));
    }

    [Fact]
    public async Task A_picture_gets_a_request_for_text_in_a_private_chat_and_silence_in_a_group()
    {
        Assert.Equal(Texts.OnlyText, Assert.Single(await _ward.SendAsync("kinhte", null, unsupported: true)).Text);
        Assert.Empty(await _ward.SendAsync("kinhte", null, group: true, unsupported: true));
        Assert.Equal(InboundStatus.Handled, _ward.LastOutcome!.Status);
    }

    // ---- status

    [Fact]
    public async Task A_status_answers_with_the_task_as_it_now_stands()
    {
        var task = await TaskAsync("Hoàn thiện hồ sơ");
        Assert.Equal($"✅ Đã cập nhật <b>#{task.Id}</b>: Đang làm 60%.", await One("kinhte", $"#{task.Id} đang làm 60%"));
        Assert.Equal("Xin ghi số nhiệm vụ, ví dụ: #12 xong — hoặc số thứ tự trong danh sách /viec, ví dụ: 1 xong.", await One("kinhte", "đang làm 70%"));
        Assert.Equal("Tin nhắn bạn trả lời không gắn với nhiệm vụ nào. Xin ghi số nhiệm vụ, ví dụ: #12 xong.",
            Assert.Single(await _ward.SendAsync("kinhte", "xong", replyTo: "nope")).Text);
        Assert.Equal(60, (await TaskAsync("Hoàn thiện hồ sơ")).Percent);
    }

    [Fact]
    public async Task Blocked_tells_the_clerks_once_not_again_while_it_stays_blocked()
    {
        var task = await TaskAsync("Rà soát danh sách hộ nghèo");
        await _ward.SendAsync("vanhoa", $"#{task.Id} vướng: chưa có kinh phí");
        await _ward.SendAsync("vanhoa", $"#{task.Id} vướng: vẫn chưa có kinh phí");

        var alert = Assert.Single(await _ward.InboxAsync("clerk"), m => m.TaskId == task.Id);
        Assert.Equal($"⚠️ <b>#{task.Id}</b> vướng mắc (Phòng Văn hóa - Xã hội): chưa có kinh phí\nRà soát danh sách hộ nghèo, hoàn thành trước ngày 20/6/2026.", alert.Text);
        Assert.DoesNotContain(await _ward.InboxAsync("leader"), m => m.TaskId == task.Id);
        Assert.Equal("vẫn chưa có kinh phí", (await TaskAsync("Rà soát danh sách hộ nghèo")).BlockedReason);
    }

    [Fact]
    public async Task Buttons_update_ask_for_reasons_and_refuse_what_this_bot_never_made()
    {
        var task = await TaskAsync("Tổ chức Ngày hội");
        foreach (var (data, status, raw) in new[] { ("prog", WorkStatus.InProgress, "Đang làm"), ("done", WorkStatus.Done, "Hoàn thành") })
        {
            await _ward.SendAsync("vanhoa", null, callback: $"st:{task.Id}:{data}");
            Assert.Equal(status, (await TaskAsync("Tổ chức Ngày hội")).Status);
            Assert.True(await _app.WithDb(db => db.TaskHistory.AnyAsync(h => h.TaskId == task.Id && h.RawText == $"[nút] {raw} #{task.Id}")));
        }
        var other = await TaskAsync("Rà soát danh sách hộ nghèo");
        Assert.Equal($"Xin gõ nội dung vướng mắc, ví dụ: <code>#{other.Id} vướng: chưa có kinh phí</code>",
            Assert.Single(await _ward.SendAsync("vanhoa", null, callback: $"st:{other.Id}:block")).Text);
        Assert.Equal($"Gõ: #{other.Id} vướng: lý do", _ward.LastOutcome!.Toast);
        Assert.Equal(WorkStatus.New, (await TaskAsync("Rà soát danh sách hộ nghèo")).Status);
        Assert.Equal(Texts.ButtonGone, Assert.Single(await _ward.SendAsync("vanhoa", null, callback: "st:1:nope")).Text);
        Assert.Equal((InboundStatus.Refused, Texts.ButtonGone), (_ward.LastOutcome!.Status, _ward.LastOutcome.Toast));
        Assert.Equal(Texts.NotLinked, Assert.Single(await _ward.SendAsync("la", null, callback: $"st:{other.Id}:done")).Text);
    }

    // ---- extensions

    [Fact]
    public async Task An_extension_is_refused_for_a_closed_task_an_earlier_date_or_a_second_request()
    {
        var task = await TaskAsync("Hoàn thiện hồ sơ");
        Assert.Equal("Hạn hiện tại là 30/06/2026; ngày xin gia hạn phải sau ngày đó.", await One("kinhte", $"/giahan {task.Id} 30/6"));
        Assert.StartsWith($"Đã gửi đề nghị gia hạn <b>#{task.Id}</b> đến 15/07/2026 tới lãnh đạo.", await One("kinhte", $"/giahan {task.Id} 15/7 thiếu hồ sơ"));
        Assert.Equal($"Nhiệm vụ #{task.Id} đang chờ lãnh đạo duyệt một đề nghị gia hạn.", await One("kinhte", $"/giahan {task.Id} 20/7"));
        var request = (await _ward.InboxAsync("leader")).Last();
        Assert.Equal($"🕑 <b>Xin gia hạn #{task.Id}</b> — Phòng Kinh tế, Hạ tầng và Đô thị\nHoàn thiện hồ sơ cấp phép bến thủy nội địa, hoàn thành trước ngày 30/6/2026.\n" +
                     "Hạn hiện tại: 30/06/2026 → đề nghị: <b>15/07/2026</b>\nLý do: thiếu hồ sơ\nNgười đề nghị: Trưởng phòng Kinh tế\n" +
                     $"Duyệt: <code>/duyet {task.Id}</code> · Từ chối: <code>/tuchoi {task.Id} lý do</code>", request.Text);
        Assert.Equal(TaskTexts.ExtensionButtons(task.Id).SelectMany(r => r).Select(b => b.Data), ChatBot.Channels.Simulator.SimulatorApi.ParseButtons(request.Buttons).SelectMany(r => r).Select(b => b.Data));

        var done = await TaskAsync("Rà soát toàn bộ");
        await _ward.SendAsync("kinhte", $"#{done.Id} xong");
        Assert.Equal($"Nhiệm vụ #{done.Id} đã hoàn thành, không cần gia hạn.", await One("kinhte", $"/giahan {done.Id} 20/7"));
        Assert.Equal(1, await _app.WithDb(db => db.Extensions.CountAsync()));
    }

    [Fact]
    public async Task A_leader_decides_by_button_refusing_asks_for_a_reason_and_approving_tells_the_unit()
    {
        var task = await TaskAsync("Hoàn thiện hồ sơ");
        await _ward.SendAsync("kinhte", $"/giahan {task.Id} 15/7 thiếu hồ sơ");

        Assert.Equal($"Xin gõ lý do: <code>/tuchoi {task.Id} lý do</code>", Assert.Single(await _ward.SendAsync("leader", null, callback: $"ext:{task.Id}:no")).Text);
        Assert.Equal($"Gõ: /tuchoi {task.Id} lý do", _ward.LastOutcome!.Toast);
        Assert.Equal($"Đã duyệt gia hạn #{task.Id} đến 15/07/2026.", Assert.Single(await _ward.SendAsync("leader", null, callback: $"ext:{task.Id}:ok")).Text);
        Assert.Equal($"✅ Lãnh đạo đã <b>duyệt gia hạn #{task.Id}</b> đến <b>15/07/2026</b> (hạn cũ 30/06/2026).", (await _ward.InboxAsync("kinhte")).Last().Text);
        var saved = await TaskAsync("Hoàn thiện hồ sơ");
        Assert.Equal((new DateOnly(2026, 7, 15), new DateOnly(2026, 6, 30)), (saved.Deadline!.Value, saved.OriginalDeadline!.Value));
        var request = await _app.WithDb(db => db.Extensions.SingleAsync());
        Assert.Equal((ExtensionState.Approved, _app.Clock.GetUtcNow()), (request.State, request.DecidedAt!.Value));
    }

    [Fact]
    public async Task A_refusal_keeps_the_deadline_and_the_reason_in_the_history()
    {
        var task = await TaskAsync("Hoàn thiện hồ sơ");
        await _ward.SendAsync("kinhte", $"/giahan {task.Id} 15/7");
        Assert.Equal($"Đã từ chối gia hạn #{task.Id}.", await One("leader", $"/tuchoi {task.Id} cần xong đúng hạn"));
        Assert.Equal($"❌ Lãnh đạo <b>không duyệt gia hạn #{task.Id}</b>. Hạn vẫn là 30/06/2026.\nLý do: cần xong đúng hạn", (await _ward.InboxAsync("kinhte")).Last().Text);
        var request = await _app.WithDb(db => db.Extensions.SingleAsync());
        Assert.Equal((ExtensionState.Refused, "cần xong đúng hạn"), (request.State, request.DecisionNote));
        Assert.True(await _app.WithDb(db => db.TaskHistory.AnyAsync(h => h.TaskId == task.Id && h.Field == "extension-refused" && h.NewValue == "cần xong đúng hạn")));
    }

    [Fact]
    public async Task A_clerk_who_asked_for_more_time_hears_the_decision_too_and_the_unit_once()
    {
        var task = await TaskAsync("Hoàn thiện hồ sơ");
        await _ward.SendAsync("clerk", $"/giahan {task.Id} 15/7 chờ hồ sơ");
        await _ward.SendAsync("leader", $"/duyet {task.Id}");

        var decision = $"✅ Lãnh đạo đã <b>duyệt gia hạn #{task.Id}</b> đến <b>15/07/2026</b> (hạn cũ 30/06/2026).";
        Assert.Single(await _ward.InboxAsync("clerk"), m => m.Text == decision);
        Assert.Single(await _ward.InboxAsync("kinhte"), m => m.Text == decision);
        var request = await _app.WithDb(db => db.Extensions.SingleAsync());
        Assert.Equal(await _app.WithDb(db => db.Officials.Where(o => o.Name == "Văn phòng Lê Bình").Select(o => o.Id).SingleAsync()), request.RequestedByOfficialId);
    }

    [Fact]
    public async Task A_request_without_linked_leaders_is_kept_for_the_office()
    {
        await _app.WithDb(db => db.ChatAccounts.Where(a => a.ChatId == "leader").ExecuteDeleteAsync());
        var task = await TaskAsync("Hoàn thiện hồ sơ");
        Assert.Equal($"Đã ghi đề nghị gia hạn <b>#{task.Id}</b>; hiện chưa có lãnh đạo nào liên kết để duyệt, Văn phòng sẽ theo dõi.",
            await One("kinhte", $"/giahan {task.Id} 15/7"));
    }

    // ---- questions

    [Fact]
    public async Task A_task_in_detail_shows_its_card_pending_extension_and_history_in_ward_time()
    {
        var task = await TaskAsync("Hoàn thiện hồ sơ");
        await _ward.SendAsync("kinhte", $"#{task.Id} đang làm 30%");
        await _ward.SendAsync("kinhte", $"/giahan {task.Id} 15/7 thiếu hồ sơ");

        var detail = Assert.Single(await _ward.SendAsync("kinhte", $"/viec {task.Id}"));
        Assert.Equal(task.Id, detail.TaskId);
        Assert.Contains("Trạng thái: Đang làm 30%", detail.Text);
        Assert.Contains("\nĐang xin gia hạn đến 15/07/2026", detail.Text);
        Assert.Contains("\n\n<b>Lịch sử</b>\n• 01/06 08:00 Trưởng phòng Kinh tế (trình mô phỏng): Mới giao → Đang làm 30%", detail.Text);
        Assert.Contains("\n• 01/06 08:00 Trưởng phòng Kinh tế (trình mô phỏng): xin gia hạn đến 15/07/2026", detail.Text);
        Assert.True(detail.Text.IndexOf("): Mới giao → Đang làm 30%") < detail.Text.IndexOf("): xin gia hạn đến 15/07/2026"), "history runs oldest first");
        Assert.DoesNotContain("assigned", detail.Text);
        Assert.NotNull(detail.Buttons);

        var fresh = Assert.Single(await _ward.SendAsync("kinhte", $"/viec {(await TaskAsync("Tăng cường")).Id}"));
        Assert.Contains("\nTrạng thái: Mới giao", fresh.Text);
        Assert.DoesNotContain("Lịch sử", fresh.Text);
        await _ward.SendAsync("kinhte", $"#{task.Id} xong");
        Assert.Null(Assert.Single(await _ward.SendAsync("kinhte", $"/viec {task.Id}")).Buttons);
    }

    [Fact]
    public async Task Lists_name_their_scope_and_say_so_when_empty()
    {
        Assert.StartsWith("📌 <b>Việc đang mở</b> — Phòng Văn hóa - Xã hội: 2\n1. <b>#", await One("vanhoa", "/viec"));
        Assert.StartsWith("📌 <b>Việc đang mở</b> — toàn phường: 5\n", await One("leader", "/viec"));
        Assert.EndsWith("\n\nCập nhật: <code>#SỐ xong</code> hoặc <code>SỐ_THỨ_TỰ xong</code>; chi tiết: <code>/viec SỐ</code>.", await One("leader", "/viec"));
        Assert.Contains(" · Phòng Kinh tế, Hạ tầng và Đô thị · ", await One("leader", "/viec"));
        Assert.DoesNotContain(" · Phòng Văn hóa - Xã hội · ", await One("vanhoa", "/viec"));
        Assert.Equal("✅ Việc quá hạn — Phòng Văn hóa - Xã hội: không có nhiệm vụ nào.", await One("vanhoa", "/quahan"));
        Assert.Equal("✅ Việc quá hạn — toàn phường: không có nhiệm vụ nào.", await One("leader", "qua han"));
        Assert.Equal("✅ Việc đến hạn trong 2 ngày tới (01/06–03/06) — toàn phường: không có nhiệm vụ nào.", await One("leader", "/sapden 2"));
        Assert.StartsWith("📅 <b>Việc đến hạn trong 5 ngày tới (01/06–06/06)</b> — Phòng Văn hóa - Xã hội: 1\n1. <b>#", await One("vanhoa", "/sapden 5"));
        foreach (var t in (await _ward.TasksAsync()).Where(t => t.UnitId == _ward.CultureId))
            await _ward.SendAsync("vanhoa", $"#{t.Id} xong");
        Assert.Equal("✅ Việc đang mở — Phòng Văn hóa - Xã hội: không có nhiệm vụ nào.", await One("vanhoa", "/viec"));
    }

    [Fact]
    public async Task Overdue_for_one_unit_names_the_unit_and_lists_without_the_unit_column()
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 12, 9, 0, 0, TimeSpan.FromHours(7)));
        var answer = await One("leader", "/quahan VH-XH");
        Assert.StartsWith("⏰ <b>Việc quá hạn của Phòng Văn hóa - Xã hội</b>: 1\n1. <b>#", answer);
        Assert.DoesNotContain(" · Phòng Văn hóa - Xã hội · ", answer);
        Assert.Contains(" · Phòng Kinh tế, Hạ tầng và Đô thị · ", await One("leader", "/quahan"));
        Assert.StartsWith("⏰ <b>Việc quá hạn của Phòng Kinh tế, Hạ tầng và Đô thị</b>: 1", await One("kinhte", "/quahan kinh tế"));
    }

    [Fact]
    public async Task Progress_totals_the_units_and_says_so_before_anything_is_assigned()
    {
        Assert.Equal("📊 <b>Tiến độ thực hiện nhiệm vụ</b> — toàn phường (xong / đang làm / quá hạn / tổng)\n• Phòng Kinh tế, Hạ tầng và Đô thị: 0 / 0 / 0 / 3\n" +
                     "• Phòng Văn hóa - Xã hội: 0 / 0 / 0 / 2\n<b>Tổng</b>: 0 xong, 0 đang làm, 0 quá hạn / 5 nhiệm vụ.", await One("leader", "/tiendo"));
        await _app.WithDb(db => db.Tasks.ExecuteUpdateAsync(s => s.SetProperty(t => t.AssignedAt, (DateTimeOffset?)null)));
        Assert.Equal("Tiến độ thực hiện nhiệm vụ — toàn phường: chưa có nhiệm vụ nào được giao.", await One("leader", "/tiendo"));
        Assert.Equal("Không có nhiệm vụ #1. Gõ /viec để xem danh sách.", await One("leader", "/viec 1"));
    }

    // ---- documents

    [Fact]
    public async Task A_clerk_uploads_a_notice_and_only_a_readable_file_from_a_clerk_or_leader_is_taken()
    {
        var files = _app.Services.GetRequiredService<SimulatorFiles>();
        var notice = System.Text.Encoding.UTF8.GetBytes(TestWard.Notice.Replace("15/TB-UBND", "18/TB-UBND"));
        InboundFile File(string name, byte[] bytes, long? size = null) => new(files.Put(bytes), name, "text/plain", size ?? bytes.Length);

        Assert.Equal("Chỉ Văn phòng HĐND và UBND (hoặc lãnh đạo) mới gửi văn bản để tạo nhiệm vụ.",
            Assert.Single(await _ward.SendAsync("kinhte", null, file: File("tb.txt", notice))).Text);
        Assert.Equal("Không đọc được tệp \"anh.jpg\". Xin gửi tệp .docx, .pdf (có lớp chữ) hoặc .txt.",
            Assert.Single(await _ward.SendAsync("clerk", null, file: File("anh.jpg", notice))).Text);
        Assert.Equal("Tệp quá lớn (25 MB). Giới hạn là 20 MB.",
            Assert.Single(await _ward.SendAsync("clerk", null, file: File("tb.txt", notice, 25L * 1024 * 1024))).Text);
        Assert.Equal("Không tìm thấy tệp (có thể đã quá cũ). Xin gửi lại tệp.",
            Assert.Single(await _ward.SendAsync("clerk", null, file: new InboundFile("gone", "tb.txt", null, 10))).Text);
        Assert.Equal(1, await _app.WithDb(db => db.Documents.CountAsync()));

        var summary = Assert.Single(await _ward.SendAsync("clerk", null, file: File("TB 18.txt", notice)));
        var doc = await _app.WithDb(db => db.Documents.OrderBy(d => d.Id).LastAsync());
        Assert.StartsWith("📄 <b>Thông báo số 18/TB-UBND ngày 02/06/2026</b>\n5 nhiệm vụ, 2 đơn vị, 4 có hạn\n\n<b>Phòng Kinh tế, Hạ tầng và Đô thị</b>\n• <b>#", summary.Text);
        Assert.Contains("</b> Rà soát toàn bộ", summary.Text);
        Assert.EndsWith($"\nXác nhận để giao và gửi cho các đơn vị: <code>/xacnhan {doc.Id}</code> · Bỏ: <code>/bo {doc.Id}</code>", summary.Text);
        Assert.Contains(" — hạn 10/06/2026", summary.Text);
        Assert.Equal(("TB 18.txt", DocumentState.Draft), (doc.FileName, doc.State));
        Assert.Equal(TaskTexts.DocumentButtons(doc.Id).SelectMany(r => r).Select(b => b.Data), SimulatorApi.ParseButtons(summary.Buttons).SelectMany(r => r).Select(b => b.Data));

        Assert.Equal("✅ Đã giao 5 nhiệm vụ cho 2 đơn vị.", Assert.Single(await _ward.SendAsync("clerk", null, callback: $"doc:{doc.Id}:ok")).Text);
        Assert.Equal($"Văn bản #{doc.Id} đã được giao rồi.", await One("clerk", $"/xacnhan {doc.Id}"));
        Assert.Equal("Văn bản đã giao, không hủy được.", await One("clerk", $"/bo {doc.Id}"));
    }

    [Fact]
    public async Task A_draft_can_be_dropped_by_button_and_a_missing_draft_is_named()
    {
        Assert.Equal("Không có văn bản nào đang chờ xác nhận.", await One("clerk", "/xacnhan"));
        Assert.Equal("Không có văn bản #999.", await One("leader", "/bo 999"));
        var pasted = TestWard.Notice.Replace("15/TB-UBND", "19/TB-UBND").Replace("Phòng Văn hóa - Xã hội", "Phòng Tư pháp");
        var summary = (await _ward.SendAsync("clerk", pasted))[0].Text;
        Assert.Contains("\n<b>Phòng Tư pháp</b> ⚠️ chưa có trong danh bạ", summary);
        var doc = await _app.WithDb(db => db.Documents.OrderBy(d => d.Id).LastAsync());
        Assert.Equal($"Đã bỏ văn bản #{doc.Id}; không nhiệm vụ nào được giao.", Assert.Single(await _ward.SendAsync("clerk", null, callback: $"doc:{doc.Id}:no")).Text);
        Assert.False(await _app.WithDb(db => db.Documents.AnyAsync(d => d.Id == doc.Id)));
        Assert.Equal(0, await _app.WithDb(db => db.Tasks.CountAsync(t => t.DocumentId == doc.Id)));
    }

    [Fact]
    public async Task Confirming_a_draft_with_an_unknown_unit_says_who_got_nothing()
    {
        var pasted = TestWard.Notice.Replace("15/TB-UBND", "20/TB-UBND").Replace("Phòng Văn hóa - Xã hội", "Phòng Tư pháp");
        await _ward.SendAsync("clerk", pasted);
        Assert.StartsWith("⚠️ Nếu giao bây giờ, 2 nhiệm vụ sẽ không đến được ai:\n• «Phòng Tư pháp» chưa có trong danh bạ: #", await One("clerk", "/xacnhan"));
        Assert.StartsWith("✅ Đã giao 5 nhiệm vụ: 3 đã gửi tới 1 đơn vị; 2 chưa đến được ai — «Phòng Tư pháp» chưa có trong danh bạ: #",
            await One("clerk", "/xacnhan"));
        Assert.Contains("Chỉ Văn phòng HĐND và UBND (hoặc lãnh đạo) mới xác nhận văn bản.", await One("vanhoa", "/bo"));
    }

    [Fact]
    public async Task A_short_or_staff_text_is_not_taken_for_a_pasted_notice()
    {
        Assert.Equal("Chỉ Văn phòng HĐND và UBND (hoặc lãnh đạo) mới gửi văn bản để tạo nhiệm vụ.", await One("vanhoa", TestWard.Notice.Replace("15/TB-UBND", "21/TB-UBND")));
        Assert.Equal(Texts.NotUnderstood, await One("clerk", new string('x', 400)));
        Assert.Equal(1, await _app.WithDb(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task A_head_gets_the_report_of_the_unit_and_staff_get_none()
    {
        var report = Assert.Single(await _ward.SendAsync("kinhte", "/baocao"));
        Assert.Equal(("📎 Báo cáo tiến độ nhiệm vụ ngày 01/06/2026", "bao-cao-tien-do-2026-06-01.xlsx"), (report.Text, report.AttachmentName));
        var chart = Assert.Single(await _ward.SendAsync("vanhoa", "/bieudo"));
        Assert.Equal(("📊 Tiến độ theo đơn vị ngày 01/06/2026", "bieu-do-2026-06-01.png"), (chart.Text, chart.AttachmentName));
        Assert.Equal("Báo cáo dành cho lãnh đạo, Văn phòng và trưởng đơn vị.", await One("vanhoa", "/baocao"));
    }
}
