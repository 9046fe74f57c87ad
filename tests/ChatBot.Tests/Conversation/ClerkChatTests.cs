using ChatBot.Channels.Simulator;
using ChatBot.Core.Conversation;
using ChatBot.Core.Tasks;
using ChatBot.Inbound;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Conversation;

/// <summary>The clerk's notice in chat (issue 11): corrections before and after confirming, unknown units, confirming
/// when tasks would reach nobody, pasted notices, a notice sent twice, deadlines that make no sense — through the real
/// inbound pipeline on real SQLite. Today is 01/06/2026; the seeded notice 15/TB-UBND is assigned.</summary>
public sealed class ClerkChatTests : IAsyncLifetime
{
    private readonly ChatBotApp _app = new(new() { ["Outbox:Enabled"] = "false" });
    private TestWard _ward = null!;

    public async Task InitializeAsync()
    {
        _ward = new TestWard(_app);
        await _ward.SeedAsync();
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    private async Task<string> One(string chat, string text) => Assert.Single(await _ward.SendAsync(chat, text)).Text;

    private static string Notice(string number, string? otherUnit = null) =>
        TestWard.Notice.Replace("15/TB-UBND", number).Replace("Phòng Văn hóa - Xã hội", otherUnit ?? "Phòng Văn hóa - Xã hội");

    private Task<NoticeDocument> LastDocumentAsync() => _app.WithDb(db => db.Documents.AsNoTracking().OrderBy(d => d.Id).LastAsync());

    private Task<List<WorkTask>> TasksOfAsync(int documentId) =>
        _app.WithDb(db => db.Tasks.AsNoTracking().Where(t => t.DocumentId == documentId).OrderBy(t => t.Ordinal).ToListAsync());

    /// <summary>The summary's line of task #<paramref name="id"/>.</summary>
    private static string Line(string summary, int id) => summary.Split('\n').Single(l => l.StartsWith($"• <b>#{id}</b> "));

    private static string Next(int doc) => $"\nXem lại: <code>/xemtiep {doc} 1</code> · Xác nhận: <code>/xacnhan {doc}</code>";

    // ---- corrections of a draft

    [Fact]
    public async Task A_draft_is_corrected_in_chat_and_confirmed_as_corrected()
    {
        var summary = (await _ward.SendAsync("clerk", Notice("16/TB-UBND")))[0].Text;
        var doc = await LastDocumentAsync();
        var t = await TasksOfAsync(doc.Id);
        Assert.Contains($"\n• <b>#{t[0].Id}</b> Rà soát toàn bộ", summary);
        Assert.Contains($"\n• <b>#{t[3].Id}</b> Tổ chức Ngày hội gia đình, hoàn thành trước ngày 05/6/2026. — hạn 05/06/2026", summary);

        Assert.Equal($"✏️ #{t[0].Id}: hạn 10/06/2026 → 15/06/2026." + Next(doc.Id), await One("clerk", $"/sua {t[0].Id} han 15/06/2026"));
        Assert.Equal($"✏️ #{t[2].Id} giao cho Phòng Văn hóa - Xã hội." + Next(doc.Id), await One("leader", $"/sửa {t[2].Id} đơn vị: Phòng VH-XH"));
        Assert.Equal($"✏️ Đã bỏ #{t[4].Id} (không phải nhiệm vụ)." + Next(doc.Id), await One("clerk", $"/xoa {t[4].Id}"));

        // Refusals change nothing and say why.
        Assert.Equal("Ngày 01/05/2026 đã qua (hôm nay 01/06/2026); hạn mới phải từ hôm nay trở đi.", await One("clerk", $"/sua {t[1].Id} han 1/5/2026"));
        Assert.Equal("Chỉ Văn phòng HĐND và UBND hoặc lãnh đạo mới sửa nhiệm vụ của văn bản.", await One("vanhoa", $"/sua {t[1].Id} han 1/7/2026"));
        Assert.Equal("Không có nhiệm vụ #999.", await One("clerk", "/sua 999 han 1/7/2026"));
        Assert.StartsWith("Không có đơn vị «Phòng Ngoại giao» trong danh bạ của phường.", await One("clerk", $"/sua {t[1].Id} donvi Phòng Ngoại giao"));
        Assert.Equal(CommandParser.CorrectionHint, await One("clerk", $"/sua {t[1].Id} 1/7"));

        Assert.Equal("✅ Đã giao 4 nhiệm vụ cho 2 đơn vị.", await One("clerk", $"/xacnhan {doc.Id}"));
        t = await TasksOfAsync(doc.Id);
        Assert.Equal(4, t.Count);
        Assert.Equal((new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 30)), (t[0].Deadline!.Value, t[1].Deadline!.Value));
        Assert.Equal(_ward.CultureId, t[2].UnitId);
        Assert.All(t, x => Assert.NotNull(x.AssignedAt));
        var history = await _app.WithDb(db => db.TaskHistory.AsNoTracking().Where(h => h.TaskId == t[0].Id && h.Field == "deadline").SingleAsync());
        Assert.Equal(("10/06/2026", "15/06/2026", $"/sua {t[0].Id} han 15/06/2026"), (history.OldValue, history.NewValue, history.RawText));
        // The culture unit was told of the task moved to it, with its number.
        Assert.Contains(await _ward.InboxAsync("vanhoa"), m => m.TaskId == t[2].Id);

        // Other programs read the corrected task from the CLI.
        var stdout = new StringWriter();
        Assert.Equal(0, await ChatBot.Cli.CliApp.RunAsync(["tasks", "--ward", "An Bình", "--json"], new ChatBot.Cli.CliContext(stdout, new StringWriter()) { Services = _app.Services }));
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        var rows = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("number").GetInt32());
        Assert.Equal("2026-06-15", rows[t[0].Id].GetProperty("deadline").GetString());
        Assert.Equal("Phòng Văn hóa - Xã hội", rows[t[2].Id].GetProperty("unit").GetString());
    }

    [Fact]
    public async Task After_assignment_sua_reassigns_or_changes_the_deadline_and_tells_the_unit()
    {
        var tasks = await _ward.TasksAsync();
        var papers = tasks.First(t => t.Text.StartsWith("Hoàn thiện hồ sơ"));
        var cleaning = tasks.First(t => t.Text.StartsWith("Tăng cường"));

        Assert.Equal($"✏️ Đã đổi hạn #{papers.Id}: 30/06/2026 → 15/07/2026; đã báo đơn vị.", await One("clerk", $"/sua {papers.Id} han 15/7/2026"));
        Assert.StartsWith($"📅 Hạn của nhiệm vụ <b>#{papers.Id}</b> được sửa: 30/06/2026 → <b>15/07/2026</b>.", (await _ward.InboxAsync("kinhte")).Last().Text);

        Assert.Equal($"✏️ Đã chuyển #{cleaning.Id} sang Phòng Văn hóa - Xã hội; đã báo các cán bộ liên quan.", await One("leader", $"/sua {cleaning.Id} donvi Phòng VH-XH"));
        var moved = (await _ward.InboxAsync("vanhoa")).Last();
        Assert.StartsWith("📋 <b>Nhiệm vụ chuyển đến</b> Phòng Văn hóa - Xã hội (từ Phòng Kinh tế, Hạ tầng và Đô thị):", moved.Text);
        Assert.Equal(cleaning.Id, moved.TaskId);
        Assert.StartsWith($"🔁 Nhiệm vụ <b>#{cleaning.Id}</b> đã chuyển sang <b>Phòng Văn hóa - Xã hội</b> chủ trì", (await _ward.InboxAsync("kinhte")).Last().Text);

        Assert.StartsWith($"Nhiệm vụ #{papers.Id} đã được giao, không xóa được.", await One("clerk", $"/xoa {papers.Id}"));
        var after = await _ward.TasksAsync();
        Assert.Equal(new DateOnly(2026, 7, 15), after.Single(t => t.Id == papers.Id).Deadline);
        Assert.Equal(_ward.CultureId, after.Single(t => t.Id == cleaning.Id).UnitId);
        Assert.Equal(5, after.Count);
    }

    // ---- unknown units

    [Fact]
    public async Task An_unknown_unit_is_asked_about_and_mapping_it_by_button_teaches_the_directory()
    {
        var answers = await _ward.SendAsync("clerk", Notice("17/TB-UBND", "Phòng Tư pháp"));
        var doc = await LastDocumentAsync();
        var t = await TasksOfAsync(doc.Id);
        Assert.Equal(2, answers.Count);
        Assert.Contains("\n<b>Phòng Tư pháp</b> ⚠️ chưa có trong danh bạ", answers[0].Text);
        Assert.StartsWith($"❓ «Phòng Tư pháp» chưa có trong danh bạ (2 nhiệm vụ: #{t[3].Id}, #{t[4].Id}). Là đơn vị nào?", answers[1].Text);
        var buttons = SimulatorApi.ParseButtons(answers[1].Buttons).SelectMany(r => r).Select(b => b.Data).ToList();
        Assert.Equal($"uc:{t[3].Id}:new", buttons[^1]);
        Assert.All(buttons.SkipLast(1), b => Assert.StartsWith($"um:{t[3].Id}:", b));

        Assert.Equal($"✏️ #{t[3].Id} giao cho Phòng Văn hóa - Xã hội. Đã lưu «Phòng Tư pháp» là tên gọi khác của Phòng Văn hóa - Xã hội: lần sau tự nhận ra. " +
                     "1 nhiệm vụ khác cùng tên cũng được giao cho Phòng Văn hóa - Xã hội." + Next(doc.Id),
            Assert.Single(await _ward.SendAsync("clerk", null, callback: $"um:{t[3].Id}:{_ward.CultureId}")).Text);
        Assert.All((await TasksOfAsync(doc.Id)).Skip(3), x => Assert.Equal(_ward.CultureId, x.UnitId));
        Assert.True(await _app.WithDb(db => db.UnitAliases.AnyAsync(a => a.UnitId == _ward.CultureId && a.Alias == "Phòng Tư pháp")));
        Assert.True(await _app.WithDb(db => db.TaskHistory.AnyAsync(h => h.TaskId == t[3].Id && h.RawText == "[nút] «Phòng Tư pháp» là Phòng Văn hóa - Xã hội")));

        // The next notice naming it is understood at once: no warning, no question.
        var next = Assert.Single(await _ward.SendAsync("clerk", Notice("18/TB-UBND", "Phòng Tư pháp"))).Text;
        Assert.Contains("\n<b>Phòng Văn hóa - Xã hội</b>\n", next);
        Assert.DoesNotContain("⚠️", next);
        // A button for a task that is no longer a draft's is refused.
        await _ward.SendAsync("clerk", $"/xacnhan {doc.Id}");
        Assert.StartsWith($"Nhiệm vụ #{t[3].Id} đã được giao.", Assert.Single(await _ward.SendAsync("clerk", null, callback: $"um:{t[3].Id}:{_ward.CultureId}")).Text);
    }

    [Fact]
    public async Task Gan_creates_the_unit_or_maps_a_typed_name_and_refuses_a_choice_that_was_not_offered()
    {
        await _ward.SendAsync("clerk", Notice("19/TB-UBND", "Ban Chỉ huy Quân sự phường"));
        var doc = await LastDocumentAsync();
        var t = await TasksOfAsync(doc.Id);
        Assert.StartsWith("Không có lựa chọn 9.", await One("clerk", $"/gan {t[3].Id} 9"));
        Assert.Equal($"✏️ #{t[3].Id} giao cho Ban Chỉ huy Quân sự phường. 1 nhiệm vụ khác cùng tên cũng được giao cho Ban Chỉ huy Quân sự phường." + Next(doc.Id),
            await One("clerk", $"/gan {t[3].Id} moi"));
        var unit = await _app.WithDb(db => db.Units.AsNoTracking().SingleAsync(u => u.Name == "Ban Chỉ huy Quân sự phường"));
        Assert.All((await TasksOfAsync(doc.Id)).Skip(3), x => Assert.Equal(unit.Id, x.UnitId));

        await _ward.SendAsync("clerk", Notice("20/TB-UBND", "Trung tâm Dịch vụ tổng hợp"));
        var other = await TasksOfAsync((await LastDocumentAsync()).Id);
        Assert.StartsWith($"✏️ #{other[3].Id} giao cho Phòng Kinh tế, Hạ tầng và Đô thị. Đã lưu «Trung tâm Dịch vụ tổng hợp» là tên gọi khác",
            await One("clerk", $"/gan {other[3].Id} Phòng KT"));
    }

    // ---- confirming when tasks would reach nobody

    [Fact]
    public async Task Confirming_asks_first_naming_who_gets_nothing_and_a_second_confirmation_goes_ahead()
    {
        await _ward.SendAsync("clerk", Notice("21/TB-UBND", "Phòng Tư pháp"));
        var doc = await LastDocumentAsync();
        var t = await TasksOfAsync(doc.Id);
        var ask = Assert.Single(await _ward.SendAsync("clerk", "/xacnhan"));
        Assert.Equal($"⚠️ Nếu giao bây giờ, 2 nhiệm vụ sẽ không đến được ai:\n• «Phòng Tư pháp» chưa có trong danh bạ: #{t[3].Id}, #{t[4].Id}\n" +
                     $"Sửa trước (<code>/sua SỐ donvi TÊN ĐƠN VỊ</code>), hoặc vẫn giao: gửi lại <code>/xacnhan {doc.Id}</code> hay bấm «Vẫn giao».", ask.Text);
        Assert.Equal([$"doc:{doc.Id}:go", $"doc:{doc.Id}:no"], SimulatorApi.ParseButtons(ask.Buttons).SelectMany(r => r).Select(b => b.Data));
        Assert.Equal(DocumentState.Draft, (await LastDocumentAsync()).State);
        Assert.All(await TasksOfAsync(doc.Id), x => Assert.Null(x.AssignedAt));

        // Fixing one changes who would get nothing: it asks again about the one left.
        await _ward.SendAsync("clerk", $"/sua {t[3].Id} donvi Phòng VH-XH");
        Assert.StartsWith($"⚠️ Nếu giao bây giờ, 1 nhiệm vụ sẽ không đến được ai:\n• «Phòng Tư pháp» chưa có trong danh bạ: #{t[4].Id}\n", await One("clerk", "/xacnhan"));
        Assert.Equal($"✅ Đã giao 5 nhiệm vụ: 4 đã gửi tới 2 đơn vị; 1 chưa đến được ai — «Phòng Tư pháp» chưa có trong danh bạ: #{t[4].Id}.\n" +
                     "Giao cho đơn vị khác: <code>/sua SỐ donvi TÊN ĐƠN VỊ</code> (các cán bộ được báo).", await One("clerk", "/xacnhan"));
        Assert.Equal(DocumentState.Assigned, (await LastDocumentAsync()).State);
    }

    [Fact]
    public async Task Vẫn_giao_goes_ahead_at_once_and_a_unit_nobody_linked_is_named()
    {
        await _app.WithDb(db => db.ChatAccounts.Where(a => a.ChatId == "vanhoa").ExecuteDeleteAsync());
        await _ward.SendAsync("clerk", Notice("22/TB-UBND"));
        var doc = await LastDocumentAsync();
        var t = await TasksOfAsync(doc.Id);
        // «Vẫn giao» is an answer to the warning: it assigns without asking again (here pressed straight away).
        Assert.StartsWith("✅ Đã giao 5 nhiệm vụ: 3 đã gửi tới 1 đơn vị; 2 chưa đến được ai — Phòng Văn hóa - Xã hội chưa có cán bộ nào liên kết tài khoản chat",
            Assert.Single(await _ward.SendAsync("clerk", null, callback: $"doc:{doc.Id}:go")).Text);
        Assert.True(await _app.WithDb(db => db.TaskHistory.AnyAsync(h => h.TaskId == t[0].Id && h.RawText == $"[nút] Vẫn giao văn bản #{doc.Id}")));
    }

    // ---- pasted notices and notices sent twice

    [Fact]
    public async Task A_pasted_cong_van_about_progress_is_imported_not_answered_with_the_progress_table()
    {
        const string letter = """
            UBND PHƯỜNG AN BÌNH

            Số: 31/UBND-VP
            V/v báo cáo tiến độ thực hiện nhiệm vụ quý II

            An Bình, ngày 03 tháng 6 năm 2026

            Kính gửi:
            - Phòng Kinh tế, Hạ tầng và Đô thị;
            - Phòng Văn hóa - Xã hội.

            Chủ tịch UBND phường yêu cầu các đơn vị thực hiện các nội dung sau:

            - Phòng Kinh tế, Hạ tầng và Đô thị báo cáo tiến độ thực hiện các công trình trọng điểm trên địa bàn, hoàn thành trước ngày 15/6/2026.

            - Phòng Văn hóa - Xã hội tổng hợp tiến độ chi trả trợ cấp xã hội, báo cáo trước ngày 20/6/2026.

            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            """;
        var answers = await _ward.SendAsync("clerk", letter);
        Assert.StartsWith("📄 <b>", answers[0].Text);
        Assert.DoesNotContain(answers, a => a.Text.StartsWith("📊"));
        Assert.Equal(2, await _app.WithDb(db => db.Documents.CountAsync()));
        Assert.Equal("noi-dung-dan.txt", (await LastDocumentAsync()).FileName);

        // The same letter from an official who may not import is refused, not answered as a question; a long line is no notice.
        Assert.Equal("Chỉ Văn phòng HĐND và UBND (hoặc lãnh đạo) mới gửi văn bản để tạo nhiệm vụ.", await One("vanhoa", letter.Replace("31/UBND", "32/UBND")));
        Assert.Equal(Texts.NotUnderstood, await One("clerk", new string('x', 400)));
        Assert.Equal(2, await _app.WithDb(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task A_notice_already_assigned_is_recognised_by_its_content_pasted_or_as_another_file()
    {
        var reformatted = string.Join("\r\n", TestWard.Notice.Split('\n').Select(l => "   " + l.Trim()));
        Assert.Equal($"Văn bản này đã nhập ngày 01/06/2026 (#{_ward.DocumentId}) và đã giao: Thông báo số 15/TB-UBND ngày 02/06/2026, 5 nhiệm vụ. Không tạo trùng.\n" +
                     $"Xem các nhiệm vụ: <code>/xemtiep {_ward.DocumentId} 1</code>", await One("clerk", reformatted));

        var files = _app.Services.GetRequiredService<SimulatorFiles>();
        var bytes = System.Text.Encoding.UTF8.GetBytes(TestWard.Notice + "\n\n\n");
        Assert.StartsWith($"Văn bản này đã nhập ngày 01/06/2026 (#{_ward.DocumentId}) và đã giao",
            Assert.Single(await _ward.SendAsync("leader", null, file: new InboundFile(files.Put(bytes), "TB 15 (ban sao).txt", "text/plain", bytes.Length))).Text);
        Assert.Equal(1, await _app.WithDb(db => db.Documents.CountAsync()));

        Assert.StartsWith("📄 <b>Thông báo số 15/TB-UBND ngày 02/06/2026</b> — đã giao\n5 nhiệm vụ, 2 đơn vị, 4 có hạn\n\n<b>Phòng Kinh tế, Hạ tầng và Đô thị</b>\n• <b>#",
            await One("clerk", $"/xemtiep {_ward.DocumentId}"));
        Assert.Equal("Văn bản #1 chỉ có 1 trang.".Replace("#1", $"#{_ward.DocumentId}"), await One("clerk", $"/xemtiep {_ward.DocumentId} 2"));
    }

    [Fact]
    public async Task A_draft_sent_again_is_shown_as_it_now_stands_with_names_learnt_since()
    {
        var pasted = Notice("23/TB-UBND", "Phòng Tư pháp");
        await _ward.SendAsync("clerk", pasted);
        var doc = await LastDocumentAsync();
        var t = await TasksOfAsync(doc.Id);
        await _ward.SendAsync("clerk", $"/sua {t[0].Id} han 12/06/2026");
        await _app.WithDb(async db =>
        {
            db.Units.Add(new Core.Directory.Unit { WardId = _ward.WardId, Name = "Phòng Tư pháp", Key = "phong tu phap" });
            await db.SaveChangesAsync();
        });

        var again = Assert.Single(await _ward.SendAsync("clerk", pasted.Replace("\n", "\r\n")));
        Assert.StartsWith($"Văn bản này đã nhập ngày 01/06/2026 (#{doc.Id}), đang chờ xác nhận; không tạo trùng. Bản hiện tại:\n📄 <b>Thông báo số 23/TB-UBND", again.Text);
        Assert.EndsWith(" — hạn 12/06/2026", Line(again.Text, t[0].Id));
        Assert.Contains("\n<b>Phòng Tư pháp</b>\n", again.Text);
        Assert.DoesNotContain("chưa có trong danh bạ", again.Text);
        Assert.Equal(2, await _app.WithDb(db => db.Documents.CountAsync()));
    }

    // ---- parts of a notice the parser gave up on

    /// <summary>A part the parser gives up on (made to fail on purpose through the tests' fault switch): its task is
    /// missing, so the clerk's summary says so, and keeps saying so when the draft is shown again, until it is assigned.</summary>
    [Fact]
    public async Task The_summary_warns_about_parts_of_the_notice_not_read_until_it_is_assigned()
    {
        var warning = Texts.SkippedParts(1);
        Core.Parsing.ParserFaults.FailOn = ("task", "Ngày hội gia đình");
        string summary;
        try { summary = (await _ward.SendAsync("clerk", Notice("25/TB-UBND")))[0].Text; }
        finally { Core.Parsing.ParserFaults.FailOn = null; }
        var doc = await LastDocumentAsync();
        Assert.Equal(1, doc.SkippedParts);
        Assert.Contains("\n" + warning, summary);
        Assert.DoesNotContain("Ngày hội gia đình", summary);
        Assert.Contains(warning, await One("clerk", $"/xemtiep {doc.Id} 1"));

        await _ward.SendAsync("clerk", $"/xacnhan {doc.Id}");
        await _ward.SendAsync("clerk", $"/xacnhan {doc.Id}");
        Assert.Equal(DocumentState.Assigned, (await LastDocumentAsync()).State);
        Assert.DoesNotContain(warning, await One("clerk", $"/xemtiep {doc.Id} 1"));

        var plain = (await _ward.SendAsync("clerk", Notice("26/TB-UBND")))[0].Text;
        Assert.DoesNotContain(warning, plain);
        Assert.Equal(0, (await LastDocumentAsync()).SkippedParts);
    }

    /// <summary>/them: the task of a part not read (or simply missed) is added by the clerk; its unit and deadline are read
    /// from the words typed; a pasted list adds each item; refusals change nothing.</summary>
    [Fact]
    public async Task Them_adds_a_missed_task_reading_its_unit_and_deadline_and_refuses_what_it_must()
    {
        Core.Parsing.ParserFaults.FailOn = ("task", "Ngày hội gia đình");
        try { await _ward.SendAsync("clerk", Notice("27/TB-UBND")); }
        finally { Core.Parsing.ParserFaults.FailOn = null; }
        var doc = await LastDocumentAsync();
        var before = await TasksOfAsync(doc.Id);

        var said = await One("clerk", $"/them {doc.Id} Phòng Văn hóa - Xã hội tổ chức Ngày hội gia đình, hoàn thành trước ngày 05/6/2026.");
        var added = Assert.Single(await TasksOfAsync(doc.Id), t => before.All(b => b.Id != t.Id));
        Assert.Equal($"✏️ Đã thêm #{added.Id} vào văn bản #{doc.Id}: Phòng Văn hóa - Xã hội, hạn 05/06/2026." + Next(doc.Id), said);
        Assert.Equal((_ward.CultureId, new DateOnly(2026, 6, 5)), (added.UnitId!.Value, added.Deadline!.Value));
        Assert.Equal("Phòng Văn hóa - Xã hội tổ chức Ngày hội gia đình, hoàn thành trước ngày 05/6/2026.", added.Text);
        var history = await _app.WithDb(db => db.TaskHistory.AsNoTracking().SingleAsync(h => h.TaskId == added.Id));
        Assert.Equal(("add", $"/them {doc.Id} Phòng Văn hóa - Xã hội tổ chức Ngày hội gia đình, hoàn thành trước ngày 05/6/2026."), (history.Field, history.RawText));
        Assert.Contains($"• <b>#{added.Id}</b> Phòng Văn hóa - Xã hội tổ chức Ngày hội gia đình", await One("clerk", $"/xemtiep {doc.Id} 1"));

        // A pasted list: each item a task, with its own unit and deadline.
        var count = (await TasksOfAsync(doc.Id)).Count;
        said = await One("clerk", $"/them {doc.Id}\n1. Phòng Văn hóa - Xã hội in tờ rơi tuyên truyền, hoàn thành trước ngày 15/6/2026.\n" +
                                  "2. Phòng Kinh tế, Hạ tầng và Đô thị dọn vệ sinh khu chợ, hoàn thành trước ngày 16/6/2026.");
        var two = (await TasksOfAsync(doc.Id)).Skip(count).ToList();
        Assert.Equal(2, two.Count);
        Assert.Equal([(_ward.CultureId, new DateOnly(2026, 6, 15)), (_ward.EconomyId, new DateOnly(2026, 6, 16))], two.Select(t => (t.UnitId!.Value, t.Deadline!.Value)));
        Assert.Contains($"Đã thêm #{two[1].Id} vào văn bản #{doc.Id}: Phòng Kinh tế, Hạ tầng và Đô thị, hạn 16/06/2026.", said);

        // Words with no unit or deadline are still the clerk's task.
        said = await One("leader", $"/thêm {doc.Id} Chuẩn bị hội trường");
        Assert.StartsWith("✏️ Đã thêm #", said);
        Assert.Contains("chưa xác định đơn vị, không ghi hạn.", said);

        // Refusals: nothing added.
        count = (await TasksOfAsync(doc.Id)).Count;
        Assert.Equal("Chỉ Văn phòng HĐND và UBND hoặc lãnh đạo mới sửa nhiệm vụ của văn bản.", await One("vanhoa", $"/them {doc.Id} Rà soát hộ nghèo"));
        Assert.Equal("Không có văn bản #999.", await One("clerk", "/them 999 Rà soát hộ nghèo"));
        Assert.Equal(CommandParser.AddHint, await One("clerk", $"/them {doc.Id}"));
        Assert.Equal($"Văn bản #{_ward.DocumentId} đã được giao: không thêm nhiệm vụ vào văn bản đã giao.", await One("clerk", $"/them {_ward.DocumentId} Rà soát hộ nghèo"));
        Assert.Equal(count, (await TasksOfAsync(doc.Id)).Count);
    }

    // ---- deadlines that make no sense

    [Fact]
    public async Task The_summary_warns_about_deadlines_past_or_before_the_notice()
    {
        var late = TestWard.Notice.Replace("15/TB-UBND", "24/TB-UBND").Replace("ngày 02 tháng 6 năm 2026", "ngày 04 tháng 5 năm 2026")
            .Replace("10/6/2026", "10/5/2026").Replace("30/6/2026", "30/5/2026").Replace("05/6/2026", "01/5/2026").Replace("20/6/2026", "20/7/2026");
        var summary = (await _ward.SendAsync("clerk", late))[0].Text;
        var t = await TasksOfAsync((await LastDocumentAsync()).Id);
        Assert.Contains($"\n⚠️ Hạn trước ngày của văn bản (04/05/2026): #{t[3].Id} (01/05/2026)" +
                        $"\n⚠️ Hạn đã qua (hôm nay 01/06/2026): #{t[0].Id} (10/05/2026), #{t[1].Id} (30/05/2026)" +
                        "\nKiểm tra với văn bản gốc; sửa: <code>/sua SỐ han dd/MM/yyyy</code>.", summary);
        Assert.EndsWith(" — hạn 10/05/2026 ⚠️ đã qua", Line(summary, t[0].Id));
        Assert.EndsWith(" — hạn 20/07/2026", Line(summary, t[4].Id));
        Assert.DoesNotContain($"#{t[4].Id} (20/07/2026)", summary);
    }
}
