using System.Text.RegularExpressions;
using ChatBot.Core.Common;
using ChatBot.Core.Directory;
using ChatBot.Core.Parsing;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Inbound;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web;

/// <summary>The result of confirming a draft: assigned, or held back because some tasks would reach nobody.</summary>
public sealed record ConfirmResult(bool Assigned, string Message, IReadOnlyList<Unreached> Unreached);

/// <summary>The clerk's corrections of a draft before it is confirmed: unit (learning the written name as an alias),
/// deadline, recurrence, text, split, merge, drop, a task the parser missed added — each kept in the task's history — and
/// the confirmation itself, which goes through <see cref="ImportService.AssignAsync"/>. The desk's review page and chat
/// (/sua, /xoa, /them, /gan, /xacnhan) both call these. Like every service here it never saves: the caller's unit of work does (the page's post, the
/// inbound message); the answers are plain text, for a page or (escaped) a chat.</summary>
public sealed partial class DraftEditor(ChatBotDb db, DirectoryService directory, ImportService imports, NoticeReader reader, DraftReach reach, UnitOfWork unitOfWork, WardClock clock)
{
    /// <param name="unitId">The unit chosen in the directory; null for none.</param>
    /// <param name="createUnit">Create a unit named as the notice wrote it, and assign it.</param>
    /// <param name="learnAlias">Save the written name as another name of the chosen unit; other tasks of the draft with that name follow.</param>
    public async Task<string> SetUnitAsync(int wardId, int number, int? unitId, bool createUnit, bool learnAlias, Actor actor, CancellationToken ct)
    {
        var task = await DraftTaskAsync(wardId, number, ct);
        var ward = await db.Wards.FirstAsync(w => w.Id == wardId, ct);
        var written = task.UnitName?.Trim();
        Unit? unit;
        if (createUnit)
        {
            if (string.IsNullOrEmpty(written)) throw new UserFacingException("Văn bản không ghi tên đơn vị để tạo.");
            unit = await directory.AddUnitAsync(ward, written, [], ct);
        }
        else if (unitId is { } id)
            unit = await db.Units.Include(u => u.Aliases).FirstOrDefaultAsync(u => u.Id == id && u.WardId == wardId, ct)
                ?? throw new UserFacingException("Không có đơn vị này trong danh bạ của phường.");
        else unit = null;

        var now = clock.UtcNow;
        var before = task.UnitId is { } old ? await db.Units.Where(u => u.Id == old).Select(u => u.Name).FirstAsync(ct) : written ?? "chưa xác định";
        task.UnitId = unit?.Id;
        task.Unit = unit; // a unit created just now has its number only when saved
        task.Correct("unit", before, unit?.Name ?? "chưa xác định", actor, now);
        var message = unit is null ? $"#{task.Id}: bỏ đơn vị chủ trì." : $"#{task.Id} giao cho {unit.Name}.";

        if (learnAlias && unit is not null && !createUnit && !string.IsNullOrEmpty(written) && !Names(unit).Contains(Fold.Key(written)))
        {
            var clash = await db.Units.Include(u => u.Aliases).Where(u => u.WardId == wardId && u.Id != unit.Id).ToListAsync(ct);
            if (clash.FirstOrDefault(u => Names(u).Contains(Fold.Key(written))) is { } other)
                throw new UserFacingException($"«{written}» đã là tên gọi của {other.Name}; không thể thêm cho {unit.Name}.");
            unit.Aliases.Add(new UnitAlias { Alias = written });
            message += $" Đã lưu «{written}» là tên gọi khác của {unit.Name}: lần sau tự nhận ra.";
        }
        if (unit is not null && !string.IsNullOrEmpty(written) && (learnAlias || createUnit))
        {
            var key = Fold.Key(written);
            var same = (await db.Tasks.Where(t => t.DocumentId == task.DocumentId && t.Id != task.Id && t.UnitId == null && t.UnitName != null).ToListAsync(ct))
                .Where(t => Fold.Key(t.UnitName) == key).ToList();
            foreach (var t in same)
            {
                t.UnitId = unit.Id;
                t.Unit = unit;
                t.Correct("unit", t.UnitName, unit.Name, actor, now);
            }
            if (same.Count > 0) message += $" {same.Count} nhiệm vụ khác cùng tên cũng được giao cho {unit.Name}.";
        }
        return message;
    }

    public async Task<string> SetDeadlineAsync(int wardId, int number, DateOnly? deadline, Actor actor, CancellationToken ct)
    {
        var task = await DraftTaskAsync(wardId, number, ct);
        if (task.Deadline == deadline) return $"Hạn của #{task.Id} không đổi.";
        TaskChanges.RefusePast(deadline, clock.Today);
        var old = task.Deadline;
        task.Deadline = deadline;
        task.OriginalDeadline = deadline; // before assignment the deadline is the notice's own
        task.Correct("deadline", TaskChanges.Date(old), TaskChanges.Date(deadline), actor, clock.UtcNow);
        return $"#{task.Id}: hạn {TaskChanges.Date(old)} → {TaskChanges.Date(deadline)}.";
    }

    public async Task<string> SetRecurrenceAsync(int wardId, int number, Recurrence? recurrence, Actor actor, CancellationToken ct)
    {
        var task = await DraftTaskAsync(wardId, number, ct);
        if (task.Recurrence == recurrence) return $"#{task.Id}: định kỳ không đổi.";
        var old = task.Recurrence;
        task.Recurrence = recurrence;
        task.Correct("recurrence", RecurrenceText(old), RecurrenceText(recurrence), actor, clock.UtcNow);
        return $"#{task.Id}: định kỳ {RecurrenceText(old)} → {RecurrenceText(recurrence)}.";
    }

    public async Task<string> SetTextAsync(int wardId, int number, string? text, Actor actor, CancellationToken ct)
    {
        var task = await DraftTaskAsync(wardId, number, ct);
        text = CleanText(text);
        if (text == task.Text) return $"#{task.Id}: nội dung không đổi.";
        var old = task.Text;
        task.Text = text;
        task.Correct("text", old, text, actor, clock.UtcNow);
        return $"#{task.Id}: đã sửa nội dung.";
    }

    /// <summary>Splits the text at blank lines: the first part stays, each other part becomes a new task with the same unit and deadline.</summary>
    public async Task<string> SplitAsync(int wardId, int number, string? text, Actor actor, CancellationToken ct)
    {
        var task = await DraftTaskAsync(wardId, number, ct);
        var parts = BlankLine().Split((text ?? "").Replace("\r\n", "\n")).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) throw new UserFacingException("Để tách, xin để một dòng trống giữa các phần.");
        parts = parts.Select(CleanText).ToList();
        var siblings = await db.Tasks.Where(t => t.DocumentId == task.DocumentId && t.Ordinal > task.Ordinal).ToListAsync(ct);
        foreach (var s in siblings) s.Ordinal += parts.Count - 1;
        var now = clock.UtcNow;
        var old = task.Text;
        task.Text = parts[0];
        var added = parts.Skip(1).Select((p, i) => new WorkTask
        {
            WardId = task.WardId, DocumentId = task.DocumentId, UnitId = task.UnitId, UnitName = task.UnitName, Cooperating = task.Cooperating,
            Text = p, Section = task.Section, Ordinal = task.Ordinal + 1 + i, Deadline = task.Deadline, OriginalDeadline = task.OriginalDeadline,
            Recurrence = task.Recurrence, Urgent = task.Urgent, Supervisor = task.Supervisor, Status = WorkStatus.New, CreatedAt = now,
            SourceStart = task.SourceStart, SourceLength = task.SourceLength, UnitEvidence = task.UnitEvidence, DeadlineEvidence = task.DeadlineEvidence,
        }).ToList();
        db.Tasks.AddRange(added);
        await unitOfWork.FlushAsync(ct); // the new tasks' numbers, for their history and the answer
        task.Correct("split", old, string.Join(", ", added.Select(a => $"#{a.Id}")), actor, now);
        foreach (var a in added) a.Correct("split", $"#{task.Id}", a.Text, actor, now);
        return $"Đã tách #{task.Id} thành {parts.Count} nhiệm vụ: #{task.Id}, {string.Join(", ", added.Select(a => $"#{a.Id}"))}.";
    }

    /// <summary>Joins the task with the next one of the notice: texts one after the other; unit and deadline of the first (else the second's).</summary>
    public async Task<string> MergeWithNextAsync(int wardId, int number, Actor actor, CancellationToken ct)
    {
        var task = await DraftTaskAsync(wardId, number, ct);
        var next = await db.Tasks.Where(t => t.DocumentId == task.DocumentId && t.Ordinal > task.Ordinal).OrderBy(t => t.Ordinal).ThenBy(t => t.Id).FirstOrDefaultAsync(ct)
            ?? throw new UserFacingException($"#{task.Id} là nhiệm vụ cuối, không có nhiệm vụ sau để gộp.");
        var old = task.Text;
        task.Text = $"{task.Text}\n{next.Text}";
        task.UnitId ??= next.UnitId;
        task.UnitName ??= next.UnitName;
        task.Cooperating ??= next.Cooperating;
        if (task.Deadline is null) { task.Deadline = next.Deadline; task.OriginalDeadline = next.OriginalDeadline; }
        task.Recurrence ??= next.Recurrence;
        task.Urgent |= next.Urgent;
        if (task.SourceStart is { } a && task.SourceLength is { } al && next.SourceStart is { } b && next.SourceLength is { } bl)
        {
            var start = Math.Min(a, b);
            task.SourceStart = start;
            task.SourceLength = Math.Max(a + al, b + bl) - start;
        }
        task.UnitEvidence ??= next.UnitEvidence;
        task.DeadlineEvidence ??= next.DeadlineEvidence;
        task.Correct("merge", old, $"gộp #{next.Id}: {next.Text}", actor, clock.UtcNow);
        db.Tasks.Remove(next);
        return $"Đã gộp #{next.Id} vào #{task.Id}.";
    }

    /// <summary>Adds to a draft a task its notice gives and the parser missed (the desk's «Thêm nhiệm vụ», chat's /them).
    /// What the clerk does not set is read from the words typed as the items of a notice (<see cref="TypedTasks"/>), against
    /// the ward's directory: «Phòng Văn hóa - Xã hội rà soát …, hoàn thành trước ngày 30/6/2026» brings its unit and deadline. A
    /// pasted passage in which the parser finds several tasks adds each of them (only when nothing was set by hand).
    /// Each new task takes its place in the notice's order where its words are found in the notice, else at the end.</summary>
    /// <param name="unitId">A unit chosen in the directory; null: read from the text.</param>
    /// <param name="deadline">A deadline chosen; null: read from the text.</param>
    public async Task<string> AddAsync(int wardId, int documentId, string? text, int? unitId, DateOnly? deadline, Recurrence? recurrence, Actor actor, CancellationToken ct)
    {
        var doc = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && d.WardId == wardId, ct)
            ?? throw new UserFacingException($"Không có văn bản #{documentId}.");
        if (doc.State != DocumentState.Draft)
            throw new UserFacingException($"Văn bản #{documentId} đã được giao: không thêm nhiệm vụ vào văn bản đã giao.");
        text = CleanText(text);
        var units = await db.Units.Include(u => u.Aliases).Where(u => u.WardId == wardId).ToListAsync(ct);
        Unit? chosen = null;
        if (unitId is { } id)
            chosen = units.FirstOrDefault(u => u.Id == id) ?? throw new UserFacingException("Không có đơn vị này trong danh bạ của phường.");
        TaskChanges.RefusePast(deadline, clock.Today);

        var read = reader.ReadTyped(text, UnitLookup.Directory(units));
        var byHand = unitId is not null || deadline is not null || recurrence is not null;
        var items = read.Count > 1 && !byHand ? read.Select(t => (Text: t.Text, Read: t)).ToList() : [(Text: text, Read: read[0])];

        var tasks = await db.Tasks.Where(t => t.DocumentId == doc.Id).OrderBy(t => t.Ordinal).ThenBy(t => t.Id).ToListAsync(ct);
        var now = clock.UtcNow;
        var added = new List<WorkTask>();
        foreach (var (words, t) in items)
        {
            var ordinal = OrdinalFor(doc.Text, words, tasks);
            foreach (var later in tasks.Where(x => x.Ordinal >= ordinal)) later.Ordinal++;
            var due = deadline ?? t.Deadline;
            var task = new WorkTask
            {
                WardId = wardId, DocumentId = doc.Id, Text = words, Ordinal = ordinal, Status = WorkStatus.New, CreatedAt = now,
                UnitId = chosen?.Id ?? (t.UnitKey is { } k && int.TryParse(k, out var uid) ? uid : null),
                UnitName = chosen?.Name ?? t.Unit,
                Cooperating = t.Cooperating is { Count: > 0 } co ? string.Join("\n", co) : null,
                Deadline = due, OriginalDeadline = due, Recurrence = recurrence ?? t.Recurrence, Urgent = t.Urgent,
                Supervisor = t.Supervisor, UnitEvidence = chosen is null ? ImportService.EvidenceWords(t.UnitEvidence) : null,
                DeadlineEvidence = deadline is null ? ImportService.EvidenceWords(t.DeadlineEvidence) : null,
            };
            db.Tasks.Add(task);
            tasks.Insert(tasks.FindIndex(x => x.Ordinal > ordinal) is var at and >= 0 ? at : tasks.Count, task);
            added.Add(task);
        }
        await unitOfWork.FlushAsync(ct); // the new tasks' numbers, for their history and the answer
        foreach (var a in added) a.Correct("add", null, a.Text, actor, now);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        return string.Join(" ", added.Select(a =>
            $"Đã thêm #{a.Id} vào văn bản #{doc.Id}: " +
            (a.UnitId is { } u ? names[u] : a.UnitName is { } w ? $"«{w}» (chưa có trong danh bạ)" : "chưa xác định đơn vị") +
            (a.Deadline is { } d ? $", hạn {TaskChanges.Date(d)}" : ", không ghi hạn") +
            (a.Recurrence is { } r ? $", {RecurrenceText(r)}" : "") + "."));
    }

    /// <summary>Where a task whose words are found in the notice's text stands among the draft's tasks (after the last one
    /// that starts before it); the end of the draft when its words are not found or the tasks have no place.</summary>
    private static int OrdinalFor(string? noticeText, string words, IReadOnlyList<WorkTask> tasks)
    {
        var end = tasks.Count == 0 ? 1 : tasks.Max(t => t.Ordinal) + 1;
        var probe = words.Split('\n')[0].Trim();
        if (string.IsNullOrEmpty(noticeText) || probe.Length < 12) return end;
        var at = noticeText.IndexOf(probe.Length > 60 ? probe[..60] : probe, StringComparison.Ordinal);
        if (at < 0 || tasks.All(t => t.SourceStart is null)) return end;
        var before = tasks.LastOrDefault(t => t.SourceStart is { } s && s <= at);
        return before is null ? tasks.Min(t => t.Ordinal) : before.Ordinal + 1;
    }

    /// <summary>Drops a line the parser took for a task; the rest of the draft stays.</summary>
    public async Task<string> DropAsync(int wardId, int number, CancellationToken ct)
    {
        var task = await DraftTaskAsync(wardId, number, ct);
        var left = await db.Tasks.CountAsync(t => t.DocumentId == task.DocumentId, ct);
        if (left <= 1)
            throw new UserFacingException($"#{task.Id} là nhiệm vụ cuối cùng của văn bản; muốn bỏ cả văn bản: «Bỏ văn bản» (trong chat: /bo {task.DocumentId}).");
        db.Tasks.Remove(task);
        return $"Đã bỏ #{task.Id} (không phải nhiệm vụ).";
    }

    /// <summary>Confirms the draft through <see cref="ImportService.AssignAsync"/>. When some tasks would reach nobody it first
    /// says who and assigns nothing; a second confirmation with the same tasks unreached (or <paramref name="anyway"/>) goes ahead.
    /// The answer never claims a task reached someone when it did not.</summary>
    public async Task<ConfirmResult> ConfirmAsync(int wardId, int documentId, bool anyway, Actor actor, CancellationToken ct)
    {
        var doc = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && d.WardId == wardId, ct)
            ?? throw new UserFacingException($"Không có văn bản #{documentId}.");
        if (doc.State == DocumentState.Assigned) return new ConfirmResult(true, $"Văn bản #{doc.Id} đã được giao rồi.", []);
        var unreached = await reach.UnreachedAsync(doc.Id, ct);
        var asked = AskedFor(unreached);
        if (unreached.Count > 0 && !anyway && doc.ConfirmAskedFor != asked)
        {
            doc.ConfirmAskedFor = asked;
            return new ConfirmResult(false, $"{unreached.Count} nhiệm vụ sẽ không đến được ai. Xem danh sách bên dưới, sửa, hoặc vẫn giao.", unreached);
        }
        await imports.AssignAsync(doc, actor, ct);
        doc.ConfirmAskedFor = null;
        var tasks = await db.Tasks.Where(t => t.DocumentId == doc.Id).Select(t => new { t.Id, t.UnitId }).ToListAsync(ct);
        var nobody = unreached.Select(u => u.Number).ToHashSet();
        var reached = tasks.Where(t => !nobody.Contains(t.Id)).ToList();
        var units = reached.Select(t => t.UnitId).Distinct().Count();
        if (unreached.Count == 0) return new ConfirmResult(true, $"Đã giao {tasks.Count} nhiệm vụ cho {units} đơn vị.", []);
        var who = string.Join("; ", unreached.GroupBy(u => u.Reason).Select(g =>
            $"{g.Key}: {Core.Conversation.DraftTexts.List(g.Select(u => $"#{u.Number}").ToList(), "nhiệm vụ")}"));
        return new ConfirmResult(true, (reached.Count == 0
            ? $"Đã giao {tasks.Count} nhiệm vụ nhưng chưa nhiệm vụ nào đến được ai"
            : $"Đã giao {tasks.Count} nhiệm vụ: {reached.Count} đã gửi tới {units} đơn vị; {unreached.Count} chưa đến được ai") + $" — {who}.", unreached);
    }

    /// <summary>Who would get nothing, as a short stable key: the confirmation asked about exactly these.</summary>
    private static string AskedFor(IReadOnlyList<Unreached> unreached) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\n", unreached.Select(u => $"{u.Number}:{u.Reason}")))));

    public async Task<string> DiscardAsync(int wardId, int documentId, CancellationToken ct)
    {
        var doc = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && d.WardId == wardId, ct)
            ?? throw new UserFacingException($"Không có văn bản #{documentId}.");
        imports.Cancel(doc);
        return $"Đã bỏ văn bản #{documentId}; không nhiệm vụ nào được giao.";
    }

    /// <summary>A notice sent again while its draft is open: the names the directory knows by now (a unit added, an alias
    /// learnt since) are matched, so the draft shown is today's, not the one read at first. Returns how many tasks moved.</summary>
    public async Task<int> RematchUnitsAsync(NoticeDocument doc, Actor actor, CancellationToken ct)
    {
        if (doc.State != DocumentState.Draft) return 0;
        var open = await db.Tasks.Where(t => t.DocumentId == doc.Id && t.UnitId == null && t.UnitName != null).ToListAsync(ct);
        if (open.Count == 0) return 0;
        var units = await db.Units.Include(u => u.Aliases).Where(u => u.WardId == doc.WardId).ToListAsync(ct);
        var matcher = new UnitNameMatcher(UnitLookup.Directory(units));
        var now = clock.UtcNow;
        var moved = 0;
        foreach (var t in open)
        {
            if (matcher.Match(t.UnitName) is not { } found || units.FirstOrDefault(u => u.Id.ToString() == found.Key) is not { } unit) continue;
            t.UnitId = unit.Id;
            t.Correct("unit", t.UnitName, unit.Name, actor, now);
            moved++;
        }
        return moved;
    }

    private async Task<WorkTask> DraftTaskAsync(int wardId, int number, CancellationToken ct)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == number && t.WardId == wardId, ct)
            ?? throw new UserFacingException($"Không có nhiệm vụ #{number}.");
        var state = await db.Documents.Where(d => d.Id == task.DocumentId).Select(d => d.State).FirstAsync(ct);
        if (task.AssignedAt is not null || state != DocumentState.Draft)
            throw new UserFacingException($"Nhiệm vụ #{number} đã được giao: đổi đơn vị hoặc hạn ở trang của nhiệm vụ.");
        return task;
    }

    private static HashSet<string> Names(Unit u) => [u.Key, Fold.Key(u.Name), .. u.Aliases.Select(a => Fold.Key(a.Alias))];

    private static string CleanText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new UserFacingException("Nội dung nhiệm vụ không được để trống.")
        : text.Length > 4000 ? throw new UserFacingException("Nội dung nhiệm vụ quá dài (tối đa 4000 ký tự).")
        : text.Replace("\r\n", "\n").Trim();

    public static string RecurrenceText(Recurrence? r) => r is { } x ? Core.Conversation.TaskTexts.RecurrenceText(x) : "không";

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();
}
