using ChatBot.Channels.Simulator;
using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Conversation;

/// <summary>Free-text replies through the real pipeline with the reply understander plugged in: ask when unsure (buttons here,
/// numbered options on Zalo), several tasks in one reply, a reopening confirmed, the bare "xin gia hạn" dialog, photos and
/// files as proof of work, questions with a time window, a long answer paged.</summary>
public sealed class RepliesTests : IAsyncLifetime
{
    private readonly ChatBotApp _app = new(new()
    {
        ["Outbox:Enabled"] = "false", ["Reminders:Enabled"] = "false", ["Simulator:SeedDemo"] = "false",
        ["Conversation:MaxProofBytes"] = "4096", ["Conversation:PageSize"] = "20", ["Conversation:MaxAnswerParts"] = "1",
    });
    private TestWard _ward = null!;

    public async Task InitializeAsync()
    {
        _ = _app.Services;
        _ward = new TestWard(_app);
        await _ward.SeedAsync();
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    private async Task<WorkTask> TaskAsync(string textStart) => (await _ward.TasksAsync()).First(t => t.Text.StartsWith(textStart));

    private static List<ChatButton> Buttons(global::ChatBot.Outbox.OutboxMessage m) => [.. SimulatorApi.ParseButtons(m.Buttons).SelectMany(r => r)];

    // ---- ask when unsure

    [Fact]
    public async Task An_unsure_reply_offers_its_readings_as_buttons_and_changes_nothing_until_one_is_pressed()
    {
        var task = await TaskAsync("Rà soát danh sách hộ nghèo");
        var ask = Assert.Single(await _ward.SendAsync("vanhoa", $"#{task.Id} đã triển khai"));

        Assert.Contains("1 = xong, 2 = đang làm", ask.Text);
        Assert.Contains("bấm nút", ask.Text);
        Assert.Equal(WorkStatus.New, (await TaskAsync("Rà soát danh sách hộ nghèo")).Status);
        var buttons = Buttons(ask);
        Assert.Equal([1, 2, 0], buttons.Select(b => Assert.IsType<ButtonAction.Pick>(ButtonData.Decode(b.Data)).Option));

        var done = Assert.Single(await _ward.SendAsync("vanhoa", null, callback: buttons[1].Data));
        Assert.Equal($"✅ Đã cập nhật <b>#{task.Id}</b>: Đang làm.", done.Text);
        Assert.Equal(WorkStatus.InProgress, (await TaskAsync("Rà soát danh sách hộ nghèo")).Status);
        var history = await _app.WithDb(db => db.TaskHistory.SingleAsync(h => h.TaskId == task.Id && h.Field == "status"));
        Assert.Equal($"#{task.Id} đã triển khai [chọn: đang làm]", history.RawText);

        // The question is answered: the same button (or the other one) changes nothing any more.
        Assert.Equal(DialogTexts.DialogGone, Assert.Single(await _ward.SendAsync("vanhoa", null, callback: buttons[0].Data)).Text);
        Assert.Equal(WorkStatus.InProgress, (await TaskAsync("Rà soát danh sách hộ nghèo")).Status);
    }

    [Fact]
    public async Task A_typed_number_answers_the_question_and_zero_or_something_else_changes_nothing()
    {
        var task = await TaskAsync("Tổ chức Ngày hội");
        await _ward.SendAsync("vanhoa", $"#{task.Id} đã triển khai");
        Assert.StartsWith(DialogTexts.Cancelled, await _ward.AskAsync("vanhoa", "0"));
        Assert.Equal(WorkStatus.New, (await TaskAsync("Tổ chức Ngày hội")).Status);

        // A different message ends the question and is read as usual: "1" is then not a pick.
        await _ward.SendAsync("vanhoa", $"#{task.Id} đã triển khai");
        Assert.Contains("Việc đang mở", await _ward.AskAsync("vanhoa", "/viec"));
        Assert.Equal(WorkStatus.New, (await TaskAsync("Tổ chức Ngày hội")).Status);

        await _ward.SendAsync("vanhoa", $"#{task.Id} đã triển khai");
        Assert.Equal($"✅ Đã cập nhật <b>#{task.Id}</b>: Hoàn thành.", await _ward.AskAsync("vanhoa", "1 ạ"));
        Assert.Equal(WorkStatus.Done, (await TaskAsync("Tổ chức Ngày hội")).Status);
    }

    [Fact]
    public async Task A_done_task_is_reopened_only_when_the_official_confirms()
    {
        var task = await TaskAsync("Rà soát danh sách hộ nghèo");
        await _ward.SendAsync("vanhoa", $"#{task.Id} xong");

        var ask = Assert.Single(await _ward.SendAsync("vanhoa", $"#{task.Id} đang làm 50%"));
        Assert.Contains("đã hoàn thành. Mở lại và ghi «đang làm 50%»? 1 = mở lại, 2 = giữ hoàn thành", ask.Text);
        Assert.Equal(WorkStatus.Done, (await TaskAsync("Rà soát danh sách hộ nghèo")).Status);
        Assert.Equal(DialogTexts.Cancelled, await _ward.AskAsync("vanhoa", "2"));
        Assert.Equal(WorkStatus.Done, (await TaskAsync("Rà soát danh sách hộ nghèo")).Status);

        await _ward.SendAsync("vanhoa", $"#{task.Id} đang làm 50%");
        Assert.Equal($"✅ Đã cập nhật <b>#{task.Id}</b>: Đang làm 50%.", await _ward.AskAsync("vanhoa", "có"));
        var saved = await TaskAsync("Rà soát danh sách hộ nghèo");
        Assert.Equal((WorkStatus.InProgress, 50), (saved.Status, saved.Percent));
    }

    // ---- several tasks in one reply

    [Fact]
    public async Task Several_tasks_in_one_reply_are_each_updated_and_answered_in_one_message()
    {
        var a = await TaskAsync("Rà soát toàn bộ");
        var b = await TaskAsync("Hoàn thiện hồ sơ");
        var c = await TaskAsync("Tăng cường");
        var answer = Assert.Single(await _ward.SendAsync("kinhte", $"#{a.Id} #{b.Id} xong"));
        Assert.Equal($"✅ Đã cập nhật <b>#{a.Id}</b>: Hoàn thành.\n✅ Đã cập nhật <b>#{b.Id}</b>: Hoàn thành.", answer.Text);

        await _ward.SendAsync("kinhte", $"#{c.Id} xong, #{a.Id} đã xong");
        Assert.Equal(WorkStatus.Done, (await TaskAsync("Tăng cường")).Status);

        // Items of the last list: "1, 2 xong" on the culture unit's list.
        var list = await _ward.AskAsync("vanhoa", "/viec");
        Assert.Contains("\n2. ", list);
        await _ward.SendAsync("vanhoa", "1, 2 đã xong");
        Assert.All((await _ward.TasksAsync()).Where(t => t.UnitId == _ward.CultureId), t => Assert.Equal(WorkStatus.Done, t.Status));

        // A task the writer cannot see is refused on its own line; the others still count.
        var mixed = await _ward.AskAsync("kinhte", $"#{a.Id} đang làm 20%, #{(await TaskAsync("Tổ chức Ngày hội")).Id} xong");
        Assert.Contains("⚠️", mixed);
        Assert.Contains("mở lại", mixed); // #a was done: reopening it is asked, not done
        Assert.Equal(WorkStatus.Done, (await TaskAsync("Rà soát toàn bộ")).Status);
    }

    // ---- the bare extension dialog

    [Fact]
    public async Task A_bare_request_for_more_time_asks_the_date_then_the_reason_and_files_it_once()
    {
        var task = await TaskAsync("Rà soát danh sách hộ nghèo");
        Assert.Equal($"Gia hạn <b>#{task.Id}</b> đến ngày nào? (ví dụ: 20/7, thứ Sáu tuần sau, cuối tháng, thêm 5 ngày — gõ «hủy» để thôi)",
            await _ward.AskAsync("vanhoa", $"#{task.Id} xin gia hạn"));
        Assert.Equal(DialogTexts.NotADate, await _ward.AskAsync("vanhoa", "để em hỏi lại"));
        Assert.Equal($"Lý do xin gia hạn <b>#{task.Id}</b>? (gõ «bỏ qua» nếu không ghi lý do)", await _ward.AskAsync("vanhoa", "thêm 5 ngày"));
        Assert.Equal(0, await _app.WithDb(db => db.Extensions.CountAsync()));

        await _ward.SendAsync("vanhoa", "chờ kinh phí bổ sung");
        var request = await _app.WithDb(db => db.Extensions.SingleAsync());
        Assert.Equal((task.Id, new DateOnly(2026, 6, 25), "chờ kinh phí bổ sung"), (request.TaskId, request.RequestedDeadline, request.Reason));
        Assert.Contains(await _ward.InboxAsync("leader"), m => m.Text.Contains("gia hạn") && m.TaskId == task.Id);
        // The dialog is over: the next words are read as usual.
        Assert.Equal(Texts.NotUnderstood, await _ward.AskAsync("vanhoa", "chờ kinh phí bổ sung"));
    }

    [Fact]
    public async Task A_bare_request_replying_to_the_task_message_can_be_cancelled_and_a_past_date_is_asked_again()
    {
        var task = await TaskAsync("Tổ chức Ngày hội");
        var card = (await _ward.InboxAsync("vanhoa")).First(m => m.TaskId == task.Id);
        await _app.WithDb(db => db.Outbox.Where(o => o.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.PlatformMessageId, "777")));

        Assert.StartsWith($"Gia hạn <b>#{task.Id}</b> đến ngày nào?", Assert.Single(await _ward.SendAsync("vanhoa", "xin gia hạn ạ", replyTo: "777")).Text);
        Assert.StartsWith("Ngày 20/05/2026 đã qua.", await _ward.AskAsync("vanhoa", "20/5"));
        Assert.StartsWith($"Đã thôi xin gia hạn <b>#{task.Id}</b>.", await _ward.AskAsync("vanhoa", "hủy"));
        Assert.Equal(0, await _app.WithDb(db => db.Extensions.CountAsync()));
    }

    // ---- proof of work

    private InboundFile Upload(byte[] bytes, string name, bool photo) =>
        new(_app.Services.GetRequiredService<SimulatorFiles>().Put(bytes), name, photo ? "image/jpeg" : "application/pdf", bytes.Length, photo);

    [Fact]
    public async Task A_photo_with_done_in_its_caption_is_kept_as_proof_and_the_task_is_done()
    {
        var task = await TaskAsync("Tổ chức Ngày hội");
        var photo = Enumerable.Range(0, 3000).Select(i => (byte)i).ToArray();
        var answers = await _ward.SendAsync("vanhoa", $"#{task.Id} xong ạ", file: Upload(photo, "anh.jpg", photo: true));

        Assert.Equal([$"📎 Đã lưu minh chứng cho <b>#{task.Id}</b>: anh.jpg (3 KB).", $"✅ Đã cập nhật <b>#{task.Id}</b>: Hoàn thành."],
            answers.Select(a => a.Text));
        var kept = await _app.WithDb(db => db.TaskAttachments.SingleAsync());
        Assert.Equal((task.Id, "anh.jpg", 3000L, "Chuyên viên Văn hóa"), (kept.TaskId, kept.FileName, kept.Size, kept.ActorName));
        Assert.Equal(photo, kept.Content);
        Assert.Equal(WorkStatus.Done, (await TaskAsync("Tổ chức Ngày hội")).Status);

        var card = await _ward.AskAsync("leader", $"/viec {task.Id}");
        Assert.Contains("<b>Minh chứng</b> (1;", card);
        Assert.Contains("📎 anh.jpg (3 KB) — Chuyên viên Văn hóa", card);
        Assert.Contains("gửi minh chứng anh.jpg (3 KB)", card);
    }

    [Fact]
    public async Task A_file_answering_a_task_message_is_proof_and_a_too_large_or_unplaced_one_is_refused_and_nothing_kept()
    {
        var task = await TaskAsync("Rà soát danh sách hộ nghèo");
        var card = (await _ward.InboxAsync("vanhoa")).First(m => m.TaskId == task.Id);
        await _app.WithDb(db => db.Outbox.Where(o => o.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.PlatformMessageId, "888")));

        var big = new byte[5000];
        Assert.StartsWith("Tệp quá lớn (5 KB). Minh chứng tối đa", Assert.Single(await _ward.SendAsync("vanhoa", null, replyTo: "888", file: Upload(big, "bao-cao.pdf", photo: false))).Text);
        Assert.StartsWith("Ảnh/tệp này là minh chứng cho nhiệm vụ nào?", Assert.Single(await _ward.SendAsync("vanhoa", null, file: Upload([1, 2, 3], "anh.jpg", photo: true))).Text);
        Assert.Equal(0, await _app.WithDb(db => db.TaskAttachments.CountAsync()));

        Assert.Equal($"📎 Đã lưu minh chứng cho <b>#{task.Id}</b>: bao-cao.pdf (1 KB).",
            Assert.Single(await _ward.SendAsync("vanhoa", null, replyTo: "888", file: Upload([1, 2, 3], "bao-cao.pdf", photo: false))).Text);
        Assert.Equal(WorkStatus.New, (await TaskAsync("Rà soát danh sách hộ nghèo")).Status); // a file alone says nothing about the status
        Assert.Equal(1, await _app.WithDb(db => db.TaskHistory.CountAsync(h => h.TaskId == task.Id && h.Field == "attachment")));
    }

    // ---- questions

    [Fact]
    public async Task A_question_with_a_time_window_is_answered_saying_what_was_understood()
    {
        var answer = await _ward.AskAsync("leader", "tuần này có những việc gì đến hạn?");
        Assert.StartsWith("📅 <b>Việc đến hạn trong tuần này (01/06–07/06)</b> — toàn phường: 1\n1. <b>#", answer);
        Assert.Contains("Tổ chức Ngày hội", answer);

        var unit = await _ward.AskAsync("leader", "phòng kinh tế có việc nào quá hạn không");
        Assert.Equal("✅ Việc quá hạn của Phòng Kinh tế, Hạ tầng và Đô thị: không có nhiệm vụ nào.", unit);
    }

    [Fact]
    public async Task A_unit_name_learnt_since_the_last_message_is_understood_by_the_next_question()
    {
        // The router reads the ward's unit names and aliases for every message: an alias added or a unit renamed elsewhere
        // (the desk, the CLI, another instance — here straight into the database) counts at once, not after a cache expires.
        // The names below have no "phòng"/"ban" before them: only the ward's own list tells that they are units.
        const string alias = "bình minh có việc nào quá hạn không", renamed = "sao mai có việc nào quá hạn không";
        Assert.DoesNotContain("Phòng Kinh tế", await _ward.AskAsync("leader", alias));
        Assert.DoesNotContain("Sao Mai", await _ward.AskAsync("leader", renamed));

        await _app.WithDb(async db =>
        {
            db.UnitAliases.Add(new global::ChatBot.Core.Directory.UnitAlias { UnitId = _ward.EconomyId, Alias = "Bình Minh" });
            (await db.Units.SingleAsync(u => u.Id == _ward.CultureId)).Name = "Sao Mai";
            return await db.SaveChangesAsync();
        });
        Assert.Equal("✅ Việc quá hạn của Phòng Kinh tế, Hạ tầng và Đô thị: không có nhiệm vụ nào.", await _ward.AskAsync("leader", alias));
        Assert.Contains("Việc quá hạn của Sao Mai", await _ward.AskAsync("leader", renamed));
    }

    [Fact]
    public async Task A_long_overdue_list_is_summarised_per_unit_and_shown_a_page_at_a_time()
    {
        var culture = await TaskAsync("Rà soát danh sách hộ nghèo");
        await _app.WithDb(async db =>
        {
            for (var i = 0; i < 45; i++)
                db.Tasks.Add(new WorkTask
                {
                    WardId = culture.WardId, DocumentId = culture.DocumentId, UnitId = i % 3 == 0 ? _ward.EconomyId : _ward.CultureId,
                    Text = $"Việc tồn đọng số {i + 1}", Deadline = new DateOnly(2026, 5, 1).AddDays(i % 20), Status = WorkStatus.New,
                    CreatedAt = DateTimeOffset.UnixEpoch, AssignedAt = DateTimeOffset.UnixEpoch,
                });
            return await db.SaveChangesAsync();
        });

        var first = await _ward.AskAsync("leader", "/quahan");
        Assert.StartsWith("⏰ <b>Việc quá hạn</b> — toàn phường: 45 nhiệm vụ — nhiều, nên gửi tóm tắt và từng phần.\n<b>Theo đơn vị</b>\n• Phòng Văn hóa - Xã hội: 30\n• Phòng Kinh tế, Hạ tầng và Đô thị: 15", first);
        Assert.Contains("\n20. ", first);
        Assert.DoesNotContain("\n21. ", first);
        Assert.Contains("Gõ <code>xem tiếp</code> để xem 20 việc tiếp theo (21–40)", first);

        var second = await _ward.AskAsync("leader", "xem tiếp");
        Assert.StartsWith("⏰ <b>Việc quá hạn</b> — việc 21–40 / 45\n21. ", second);
        var third = await _ward.AskAsync("leader", "xem tiep");
        Assert.Contains("\n45. ", third);
        Assert.Contains("Đã hết danh sách.", third);
        Assert.Equal(DialogTexts.NoPaging, await _ward.AskAsync("leader", "xem tiếp"));

        // Item numbers go on across pages: "41 xong" is the 41st task shown.
        var listed = await _app.WithDb(db => db.ChatAccounts.SingleAsync(a => a.ChatId == "leader"));
        Assert.Equal(45, listed.LastListTaskIds!.Split(',').Length);
    }
}
