using ChatBot.Core.Tasks;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Tests.Conversation;

/// <summary>The whole loop through the real ConversationService, host and SQLite database (channel-neutral).</summary>
public sealed class ConversationTests : IAsyncLifetime
{
    private readonly ChatBotApp _app = new(new() { ["Outbox:Enabled"] = "false", ["Reminders:Enabled"] = "false", ["Simulator:SeedDemo"] = "false" });
    private TestWard _ward = null!;

    public async Task InitializeAsync()
    {
        _ = _app.Services; // start the host: migrations run
        _ward = new TestWard(_app);
        await _ward.SeedAsync();
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    private async Task<WorkTask> TaskAsync(string textStart) => (await _ward.TasksAsync()).First(t => t.Text.StartsWith(textStart));

    [Fact]
    public async Task Each_official_receives_exactly_the_tasks_of_their_own_unit()
    {
        var economy = await _ward.InboxAsync("kinhte");
        var culture = await _ward.InboxAsync("vanhoa");
        var leader = await _ward.InboxAsync("leader");
        var tasks = await _ward.TasksAsync();
        var economyTasks = tasks.Where(t => t.UnitId == _ward.EconomyId).Select(t => t.Id).ToHashSet();
        var cultureTasks = tasks.Where(t => t.UnitId == _ward.CultureId).Select(t => t.Id).ToHashSet();

        Assert.Equal(3, economyTasks.Count);
        Assert.Equal(2, cultureTasks.Count);
        Assert.Equal(economyTasks, economy.Where(m => m.TaskId is not null).Select(m => m.TaskId!.Value).ToHashSet());
        Assert.Equal(cultureTasks, culture.Where(m => m.TaskId is not null).Select(m => m.TaskId!.Value).ToHashSet());
        Assert.DoesNotContain(leader, m => m.TaskId is not null);
        var card = economy.First(m => m.TaskId == tasks.First(t => t.Text.StartsWith("Rà soát toàn bộ")).Id);
        Assert.Contains("Hạn: 10/06/2026 — còn 9 ngày", card.Text);
        Assert.Contains("Nguồn: Thông báo số 15/TB-UBND", card.Text);
        Assert.Contains("st:", card.Buttons);
    }

    [Fact]
    public async Task A_reply_without_diacritics_marks_the_task_done_and_keeps_who_when_and_the_raw_text()
    {
        var task = await TaskAsync("Rà soát toàn bộ");
        var reply = await _ward.AskAsync("kinhte", $"#{task.Id} da xong");

        Assert.Contains($"#{task.Id}", reply);
        Assert.Contains("Hoàn thành", reply);
        var saved = await _app.WithDb(db => db.Tasks.Include(t => t.History).FirstAsync(t => t.Id == task.Id));
        Assert.Equal(WorkStatus.Done, saved.Status);
        var h = saved.History.Single(x => x.Field == "status");
        Assert.Equal($"#{task.Id} da xong", h.RawText);
        Assert.Equal("sim", h.Channel);
        Assert.Equal("Trưởng phòng Kinh tế", h.ActorName);
    }

    [Fact]
    public async Task An_official_of_another_unit_is_refused_politely_and_nothing_changes()
    {
        var task = await TaskAsync("Rà soát toàn bộ");
        var reply = await _ward.AskAsync("vanhoa", $"#{task.Id} xong");

        Assert.Contains("đơn vị khác", reply);
        Assert.Equal(WorkStatus.New, (await TaskAsync("Rà soát toàn bộ")).Status);
    }

    [Fact]
    public async Task Replying_to_a_task_message_updates_that_task_with_its_percent()
    {
        var task = await TaskAsync("Hoàn thiện hồ sơ cấp phép");
        var card = (await _ward.InboxAsync("kinhte")).First(m => m.TaskId == task.Id);
        await _app.WithDb(async db =>
        {
            await db.Outbox.Where(o => o.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.PlatformMessageId, "777"));
        });
        await _ward.SendAsync("kinhte", "đang làm 60%", replyTo: "777");

        var saved = await TaskAsync("Hoàn thiện hồ sơ cấp phép");
        Assert.Equal(WorkStatus.InProgress, saved.Status);
        Assert.Equal(60, saved.Percent);
    }

    [Fact]
    public async Task A_button_press_updates_the_task_and_answers_with_a_toast()
    {
        var task = await TaskAsync("Tổ chức Ngày hội");
        var answer = Assert.Single(await _ward.SendAsync("vanhoa", null, callback: $"st:{task.Id}:ack"));

        Assert.Equal(WorkStatus.Acknowledged, (await TaskAsync("Tổ chức Ngày hội")).Status);
        Assert.Equal($"✅ Đã cập nhật #{task.Id}: Đã nhận.", _ward.LastOutcome!.Toast);
        Assert.Equal($"✅ Đã cập nhật <b>#{task.Id}</b>: Đã nhận.", answer.Text);
        var history = await _app.WithDb(db => db.TaskHistory.SingleAsync(h => h.TaskId == task.Id && h.Field == "status"));
        Assert.Equal($"[nút] Đã nhận #{task.Id}", history.RawText);
    }

    [Fact]
    public async Task Blocked_needs_a_reason_and_keeps_it()
    {
        var task = await TaskAsync("Rà soát danh sách hộ nghèo");
        Assert.Contains("vướng mắc", await _ward.AskAsync("vanhoa", $"#{task.Id} vướng"));
        Assert.Equal(WorkStatus.New, (await TaskAsync("Rà soát danh sách hộ nghèo")).Status);

        await _ward.SendAsync("vanhoa", $"#{task.Id} vướng: chưa có kinh phí");
        var saved = await TaskAsync("Rà soát danh sách hộ nghèo");
        Assert.Equal(WorkStatus.Blocked, saved.Status);
        Assert.Equal("chưa có kinh phí", saved.BlockedReason);
        Assert.Contains(await _ward.InboxAsync("clerk"), m => m.Text.Contains("vướng mắc") && m.TaskId == task.Id);
    }

    [Fact]
    public async Task Late_with_a_reason_is_saved_blocked_with_that_reason_not_answered_as_a_question()
    {
        var task = await TaskAsync("Rà soát danh sách hộ nghèo");
        await _ward.SendAsync("vanhoa", $"#{task.Id} chậm, thiếu người");
        var saved = await TaskAsync("Rà soát danh sách hộ nghèo");
        Assert.Equal(WorkStatus.Blocked, saved.Status);
        Assert.Equal("thiếu người", saved.BlockedReason);
    }

    [Fact]
    public async Task The_leader_asks_what_is_overdue_in_command_and_in_free_text_and_gets_exactly_the_overdue_tasks()
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 12, 9, 0, 0, TimeSpan.FromHours(7)));
        var done = await TaskAsync("Tổ chức Ngày hội");
        await _ward.SendAsync("vanhoa", $"#{done.Id} xong");

        foreach (var question in new[] { "/quahan", "việc quá hạn", "qua han" })
        {
            var answer = await _ward.AskAsync("leader", question);
            Assert.Contains("Rà soát toàn bộ", answer);
            Assert.DoesNotContain("Tổ chức Ngày hội", answer);
            Assert.DoesNotContain("hồ sơ cấp phép", answer);
            Assert.Contains("quá hạn 2 ngày", answer);
        }
        var economyOnly = await _ward.AskAsync("leader", "việc quá hạn của phòng kinh tế");
        Assert.Contains("Rà soát toàn bộ", economyOnly);
        Assert.Contains("Phòng Kinh tế, Hạ tầng và Đô thị", economyOnly);
        Assert.Equal(economyOnly, await _ward.AskAsync("leader", "việc của P.KT quá hạn")); // "P." before an abbreviation is "Phòng"
        Assert.Contains("Không tìm thấy đơn vị", await _ward.AskAsync("leader", "/quahan phòng không có"));
    }

    [Fact]
    public async Task Staff_see_only_their_own_unit()
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 12, 9, 0, 0, TimeSpan.FromHours(7)));
        var answer = await _ward.AskAsync("vanhoa", "/quahan");
        Assert.Contains("Tổ chức Ngày hội", answer);
        Assert.DoesNotContain("Rà soát toàn bộ", answer);
        Assert.Contains("đơn vị mình", await _ward.AskAsync("vanhoa", "/quahan kinh tế"));
        var other = await TaskAsync("Rà soát toàn bộ");
        Assert.Contains("đơn vị khác", await _ward.AskAsync("vanhoa", $"/viec {other.Id}"));
    }

    [Fact]
    public async Task An_unlinked_chat_is_told_how_to_link_and_a_used_or_wrong_code_is_refused()
    {
        Assert.Contains("/start", await _ward.AskAsync("stranger", "/viec"));
        Assert.Contains("không đúng", await _ward.AskAsync("stranger", "/start ABCDEFGH"));
        Assert.Contains("chưa được liên kết", await _ward.AskAsync("stranger", "#1 xong"));
        Assert.Equal(WorkStatus.New, (await _ward.TasksAsync()).First(t => t.Id == 1).Status);
    }

    [Fact]
    public async Task Unknown_task_numbers_and_malformed_commands_get_a_clear_message()
    {
        Assert.Contains("Không có nhiệm vụ #9999", await _ward.AskAsync("kinhte", "#9999 xong"));
        Assert.Contains("Cách dùng: /giahan", await _ward.AskAsync("kinhte", "/giahan abc"));
        Assert.Contains("Cách dùng: /capnhat", await _ward.AskAsync("kinhte", "/capnhat"));
        Assert.Contains("/help", await _ward.AskAsync("kinhte", "xin chào bot"));
    }

    [Fact]
    public async Task An_extension_goes_to_the_leader_and_approval_moves_the_deadline_keeping_the_original()
    {
        var task = await TaskAsync("Rà soát toàn bộ");
        Assert.Contains("đã qua", await _ward.AskAsync("kinhte", $"/giahan {task.Id} 20/5/2026 trễ"));
        Assert.Contains("Đã gửi đề nghị", await _ward.AskAsync("kinhte", $"/giahan {task.Id} 25/6 chờ số liệu"));
        var request = (await _ward.InboxAsync("leader")).Last();
        Assert.Contains($"/duyet {task.Id}", request.Text);
        Assert.Contains("chờ số liệu", request.Text);

        Assert.Contains("Chỉ lãnh đạo", await _ward.AskAsync("clerk", $"/duyet {task.Id}"));
        await _ward.SendAsync("leader", $"/duyet {task.Id}");

        var saved = await TaskAsync("Rà soát toàn bộ");
        Assert.Equal(new DateOnly(2026, 6, 25), saved.Deadline);
        Assert.Equal(new DateOnly(2026, 6, 10), saved.OriginalDeadline);
        Assert.Contains("duyệt gia hạn", (await _ward.InboxAsync("kinhte")).Last().Text);
        var detail = await _ward.AskAsync("kinhte", $"/viec {task.Id}");
        Assert.Contains("Hạn: 25/06/2026", detail);
        Assert.Contains("gia hạn từ 10/06/2026", detail);
    }

    [Fact]
    public async Task A_refused_extension_keeps_the_deadline_and_tells_the_unit_why()
    {
        var task = await TaskAsync("Hoàn thiện hồ sơ cấp phép");
        await _ward.SendAsync("kinhte", $"/giahan {task.Id} 15/7 thiếu hồ sơ");
        await _ward.SendAsync("leader", $"/tuchoi {task.Id} cần xong đúng hạn");
        Assert.Equal(new DateOnly(2026, 6, 30), (await TaskAsync("Hoàn thiện hồ sơ cấp phép")).Deadline);
        Assert.Contains("cần xong đúng hạn", (await _ward.InboxAsync("kinhte")).Last().Text);
        Assert.Contains("không có đề nghị", await _ward.AskAsync("leader", $"/duyet {task.Id}"));
    }

    [Fact]
    public async Task Progress_counts_done_in_progress_and_overdue_per_unit()
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 12, 9, 0, 0, TimeSpan.FromHours(7)));
        await _ward.SendAsync("kinhte", $"#{(await TaskAsync("Hoàn thiện hồ sơ")).Id} dang lam 50%");
        var answer = await _ward.AskAsync("leader", "/tiendo");
        Assert.Contains("Phòng Kinh tế, Hạ tầng và Đô thị: 0 / 1 / <b>1</b> / 3", answer);
        Assert.Contains("Phòng Văn hóa - Xã hội: 0 / 0 / <b>1</b> / 2", answer);
    }

    [Fact]
    public async Task A_numbered_list_can_be_answered_by_its_item_number()
    {
        var list = await _ward.AskAsync("vanhoa", "/viec");
        Assert.Contains("1. ", list);
        await _ward.SendAsync("vanhoa", "1 xong");
        var tasks = (await _ward.TasksAsync()).Where(t => t.UnitId == _ward.CultureId).OrderBy(t => t.Deadline).ToList();
        Assert.Equal(WorkStatus.Done, tasks[0].Status);
        // A number the list does not have is a task number (the understander's rule): here one the unit cannot see, refused.
        Assert.Contains("Không có nhiệm vụ #9", await _ward.AskAsync("vanhoa", "9 xong"));
    }

    [Fact]
    public async Task A_clerk_pastes_a_notice_reviews_the_summary_and_confirms_once()
    {
        var notice = TestWard.Notice.Replace("15/TB-UBND", "16/TB-UBND").Replace("hộ nghèo", "hộ cận nghèo");
        var summary = await _ward.AskAsync("clerk", notice);
        Assert.Contains("5 nhiệm vụ, 2 đơn vị, 4 có hạn", summary);
        Assert.Contains("/xacnhan", summary);
        var before = (await _ward.TasksAsync()).Count(t => t.AssignedAt != null);

        Assert.Contains("Đã giao 5 nhiệm vụ cho 2 đơn vị", await _ward.AskAsync("clerk", "/xacnhan"));
        Assert.Equal(before + 5, (await _ward.TasksAsync()).Count(t => t.AssignedAt != null));
        Assert.Contains("không tạo trùng", await _ward.AskAsync("clerk", notice).ContinueWith(t => t.Result.ToLowerInvariant()));
        Assert.Equal(before + 5, (await _ward.TasksAsync()).Count(t => t.AssignedAt != null));
        Assert.Contains("Chỉ Văn phòng", await _ward.AskAsync("kinhte", "/xacnhan"));
    }

    [Fact]
    public async Task The_leader_gets_an_excel_report_and_a_chart_as_files()
    {
        var report = (await _ward.SendAsync("leader", "/baocao")).Single();
        Assert.Equal("document", report.AttachmentKind);
        Assert.EndsWith(".xlsx", report.AttachmentName);
        Assert.Equal((byte)'P', report.Attachment![0]); // a zip: PK
        var chart = (await _ward.SendAsync("leader", "/bieudo")).Single();
        Assert.Equal("photo", chart.AttachmentKind);
        Assert.Equal(0x89, chart.Attachment![0]); // PNG signature
        Assert.Contains("Báo cáo dành cho", await _ward.AskAsync("vanhoa", "/baocao"));
    }

    [Fact]
    public async Task Unlinking_stops_the_account_from_acting()
    {
        Assert.Contains("Đã hủy liên kết", await _ward.AskAsync("vanhoa", "/huy"));
        Assert.Contains("chưa được liên kết", await _ward.AskAsync("vanhoa", "/viec"));
    }
    [Fact]
    public async Task A_bare_status_without_a_task_number_asks_for_one_and_changes_nothing()
    {
        Assert.Contains("Xin ghi số nhiệm vụ", await _ward.AskAsync("kinhte", "xong"));
        Assert.All(await _ward.TasksAsync(), t => Assert.Equal(WorkStatus.New, t.Status));
    }

    [Fact]
    public async Task Done_on_a_recurring_task_closes_its_current_period_and_the_task_goes_on()
    {
        var task = await TaskAsync("Tăng cường kiểm tra vệ sinh");
        await _app.WithDb(async db =>
        {
            await db.Tasks.Where(t => t.Id == task.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Recurrence, Core.Parsing.Recurrence.Weekly));
            db.Occurrences.Add(new TaskOccurrence { TaskId = task.Id, DueOn = new DateOnly(2026, 6, 5) });
            await db.SaveChangesAsync();
        });

        Assert.Contains("kỳ hạn 05/06/2026", await _ward.AskAsync("kinhte", $"#{task.Id} xong"));
        Assert.NotEqual(WorkStatus.Done, (await TaskAsync("Tăng cường kiểm tra vệ sinh")).Status);
        Assert.True(await _app.WithDb(db => db.Occurrences.AnyAsync(o => o.TaskId == task.Id && o.Done)));
    }
}
