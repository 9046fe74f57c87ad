using System.Text;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;
using ChatBot.Directory;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Conversation;

/// <summary>Questions, typed as commands (/viec, /viec SỐ, /quahan [đơn vị], /sapden [ngày], /tiendo) or in words
/// ("tuần này phòng kinh tế có việc nào đến hạn không?"): always within what the asker may see, and the answer starts with
/// what was understood. A list that would take more than Conversation:MaxAnswerParts messages is summarised per unit and
/// shown a page at a time ("xem tiếp"). Lists read only the columns they show.</summary>
public sealed class QuestionHandler(ChatBotDb db, TaskQueries queries, DirectoryService directory, WardClock clock, DialogStore dialogs,
    IOptions<ConversationOptions> options)
{
    public Task MyTasksAsync(ChatContext ctx, CancellationToken ct) => AnswerAsync(ctx, new QuestionSpec(QuestionKind.MyTasks), ct);

    public Task OverdueAsync(ChatContext ctx, string? unit, CancellationToken ct) => AnswerAsync(ctx, new QuestionSpec(QuestionKind.Overdue, unit), ct);

    public Task DueSoonAsync(ChatContext ctx, int days, CancellationToken ct) =>
        AnswerAsync(ctx, new QuestionSpec(QuestionKind.DueSoon, Window: DateWindow.NextDays(ctx.Today, days)), ct);

    public Task ProgressAsync(ChatContext ctx, CancellationToken ct) => AnswerAsync(ctx, new QuestionSpec(QuestionKind.Progress), ct);

    public async Task ShowTaskAsync(ChatContext ctx, int id, CancellationToken ct)
    {
        var task = await queries.VisibleTaskAsync(ctx.Me, id, ct);
        var history = await db.TaskHistory.AsNoTracking().Where(h => h.TaskId == id).OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync(ct);
        var sb = new StringBuilder(TaskTexts.Card(task, ctx.Today, await queries.DocumentTitleAsync(task, ct), task.Unit?.Name ?? task.UnitName));
        if (task.Status == WorkStatus.New) sb.Append("\nTrạng thái: ").Append(WorkStatus.New.Vietnamese());
        var pending = await db.Extensions.AsNoTracking().FirstOrDefaultAsync(e => e.TaskId == id && e.State == ExtensionState.Pending, ct);
        if (pending is not null) sb.Append($"\nĐang xin gia hạn đến {TaskTexts.Date(pending.RequestedDeadline)}");
        var proofs = await db.TaskAttachments.AsNoTracking().Where(a => a.TaskId == id).OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new { a.FileName, a.Size, a.At, a.ActorName }).ToListAsync(ct);
        if (proofs.Count > 0)
        {
            sb.Append($"\n\n<b>Minh chứng</b> ({proofs.Count}; tải về trên bàn làm việc: /web)");
            foreach (var p in proofs)
                sb.Append($"\n📎 {TaskTexts.Esc(p.FileName)} ({ProofHandler.Size(p.Size)}) — {TaskTexts.Esc(p.ActorName ?? "")}, {clock.ToLocal(p.At):dd/MM HH:mm}");
        }
        var shown = history.Where(h => h.Field != "assigned").ToList();
        if (shown.Count > 0)
        {
            sb.Append("\n\n<b>Lịch sử</b>");
            foreach (var h in shown)
                sb.Append($"\n• {clock.ToLocal(h.At):dd/MM HH:mm} {TaskTexts.Esc(h.ActorName ?? "")} ({Texts.ChannelName(h.Channel) ?? h.Channel}): " +
                          $"{TaskTexts.Esc(HistoryText(h))}");
        }
        ctx.Reply.Say(sb.ToString(), task.Status.IsOpen() ? TaskTexts.StatusButtons(task.Id) : null, task.Id);
    }

    private static string HistoryText(TaskHistory h) => h.Field switch
    {
        "status" => $"{h.OldValue} → {h.NewValue}",
        "deadline" => $"hạn {h.OldValue} → {h.NewValue}",
        "extension-request" => $"xin gia hạn đến {h.NewValue}",
        "extension-refused" => $"từ chối gia hạn {h.NewValue}",
        "occurrence" => $"báo cáo kỳ {h.NewValue}",
        "attachment" => $"gửi minh chứng {h.NewValue}",
        _ => $"{h.Field}: {h.OldValue} → {h.NewValue}",
    };

    /// <summary>What a question may see, narrowed to the unit and document asked about, and how to name it.</summary>
    private sealed record Scope(IQueryable<WorkTask> Tasks, string Description, string? Who, bool OneUnit);

    /// <summary>Answers a question: the description of what was understood first, then the list or the counts.</summary>
    public async Task AnswerAsync(ChatContext ctx, QuestionSpec spec, CancellationToken ct)
    {
        var scope = await ScopeAsync(ctx, spec, ct);
        if (spec.Kind == QuestionKind.Progress) { await ProgressAnswerAsync(ctx, scope, spec, ct); return; }
        var q = Filter(scope.Tasks, spec, ctx.Today);
        var count = await q.CountAsync(ct);
        var head = $"{Icon(spec.Kind)} <b>{TaskTexts.Esc(scope.Description)}</b>{(scope.Who is null ? "" : $" — {TaskTexts.Esc(scope.Who)}")}";
        if (count == 0)
        {
            ctx.Reply.Say($"✅ {TaskTexts.Esc(scope.Description)}{(scope.Who is null ? "" : $" — {TaskTexts.Esc(scope.Who)}")}: không có nhiệm vụ nào.");
            return;
        }
        var budget = options.Value.MaxAnswerParts * (ctx.Limits?.MaxTextLength ?? 4096) * 9 / 10;
        // A list line is at least ~60 characters: more items than fit that way are never sent whole.
        if (count <= budget / 60)
        {
            var all = await TaskQueries.PageAsync(q, 0, count, ct);
            var text = List($"{head}: {count}", all, 0, ctx.Today, !scope.OneUnit) + Footer;
            if (text.Length <= budget)
            {
                Remember(ctx, all, keep: 0);
                ctx.Reply.Say(text);
                await EndPagingAsync(ctx, ct);
                return;
            }
        }
        var size = options.Value.PageSize;
        var first = await TaskQueries.PageAsync(q, 0, size, ct);
        var sb = new StringBuilder($"{head}: {count} nhiệm vụ — nhiều, nên gửi tóm tắt và từng phần.");
        if (!scope.OneUnit)
        {
            var perUnit = await queries.CountByUnitAsync(q, ct);
            sb.Append("\n<b>Theo đơn vị</b>");
            foreach (var (unit, n) in perUnit.Take(30)) sb.Append($"\n• {TaskTexts.Esc(unit)}: {n}");
            if (perUnit.Count > 30) sb.Append($"\n• … và {perUnit.Count - 30} đơn vị khác: {perUnit.Skip(30).Sum(u => u.Count)}");
        }
        sb.Append('\n').Append(List($"\n<b>Việc 1–{first.Count}</b> (hạn sớm nhất trước)", first, 0, ctx.Today, !scope.OneUnit));
        sb.Append(MoreHint(ctx, first.Count, count, size));
        Remember(ctx, first, keep: 0);
        ctx.Reply.Say(sb.ToString());
        await dialogs.StartAsync(ctx.Account, new PagingDialog(spec, first.Count), ct);
    }

    /// <summary>"xem tiếp": the next page of the long answer this chat is reading.</summary>
    public async Task MoreAsync(ChatContext ctx, ChatDialog row, PagingDialog d, CancellationToken ct)
    {
        var scope = await ScopeAsync(ctx, d.Spec, ct);
        var q = Filter(scope.Tasks, d.Spec, ctx.Today);
        var count = await q.CountAsync(ct);
        var size = options.Value.PageSize;
        var page = await TaskQueries.PageAsync(q, d.Shown, size, ct);
        if (page.Count == 0)
        {
            dialogs.End(row);
            ctx.Reply.Say($"Đã hết danh sách «{TaskTexts.Esc(scope.Description)}» ({count} nhiệm vụ).");
            return;
        }
        var shown = d.Shown + page.Count;
        var text = List($"{Icon(d.Spec.Kind)} <b>{TaskTexts.Esc(scope.Description)}</b> — việc {d.Shown + 1}–{shown} / {count}", page, d.Shown, ctx.Today, !scope.OneUnit)
                   + MoreHint(ctx, shown, count, size);
        Remember(ctx, page, keep: d.Shown);
        ctx.Reply.Say(text);
        if (shown >= count) dialogs.End(row);
        else dialogs.Update(row, d with { Shown = shown });
    }

    /// <summary>The mark of an answer's first line: ⏰ overdue, 📅 due soon, 📊 progress, 📌 open tasks.</summary>
    private static string Icon(QuestionKind kind) => kind switch
    {
        QuestionKind.Overdue => "⏰",
        QuestionKind.DueSoon => "📅",
        QuestionKind.Progress => "📊",
        _ => "📌",
    };

    private static string MoreHint(ChatContext ctx, int shown, int count, int size)
    {
        if (shown >= count) return "\n\nĐã hết danh sách." + Footer;
        var report = ctx.Me.Role is Role.Leader or Role.Clerk or Role.Head ? "; cả danh sách trong bảng Excel: /baocao" : "";
        return $"\n\nGõ <code>xem tiếp</code> để xem {Math.Min(size, count - shown)} việc tiếp theo ({shown + 1}–{Math.Min(shown + size, count)}){report}." + Footer;
    }

    private const string Footer = "\n\nCập nhật: <code>#SỐ xong</code> hoặc <code>SỐ_THỨ_TỰ xong</code>; chi tiết: <code>/viec SỐ</code>.";

    private async Task EndPagingAsync(ChatContext ctx, CancellationToken ct)
    {
        if (await dialogs.CurrentAsync(ctx.Account, ct) is { Dialog: PagingDialog } current) dialogs.End(current.Row);
    }

    /// <summary>The tasks a question is about: open ones due in the window (due soon, my tasks), overdue ones (their deadline
    /// in the window, if one was given).</summary>
    private static IQueryable<WorkTask> Filter(IQueryable<WorkTask> q, QuestionSpec spec, DateOnly today) => spec.Kind switch
    {
        QuestionKind.Overdue => spec.Window is { } w ? TaskQueries.DueBetween(TaskQueries.Overdue(q, today), w.From, w.To) : TaskQueries.Overdue(q, today),
        QuestionKind.DueSoon => TaskQueries.DueBetween(TaskQueries.Open(q), (spec.Window ?? DateWindow.NextDays(today, 7)).From, (spec.Window ?? DateWindow.NextDays(today, 7)).To),
        _ => spec.Window is { } mw ? TaskQueries.DueBetween(TaskQueries.Open(q), mw.From, mw.To) : TaskQueries.Open(q),
    };

    private async Task ProgressAnswerAsync(ChatContext ctx, Scope scope, QuestionSpec spec, CancellationToken ct)
    {
        var q = spec.Window is { } w ? TaskQueries.DueBetween(scope.Tasks, w.From, w.To) : scope.Tasks;
        var rows = await queries.ProgressAsync(q, ctx.Today, ct);
        var who = scope.Who is null ? "" : $" — {TaskTexts.Esc(scope.Who)}";
        if (rows.Count == 0) { ctx.Reply.Say($"{TaskTexts.Esc(scope.Description)}{who}: chưa có nhiệm vụ nào được giao."); return; }
        var sb = new StringBuilder($"{Icon(spec.Kind)} <b>{TaskTexts.Esc(scope.Description)}</b>{who} (xong / đang làm / quá hạn / tổng)");
        foreach (var r in rows)
            sb.Append($"\n• {TaskTexts.Esc(r.Unit)}: {r.Done} / {r.InProgress} / {(r.Overdue > 0 ? $"<b>{r.Overdue}</b>" : "0")} / {r.Total}");
        sb.Append($"\n<b>Tổng</b>: {rows.Sum(r => r.Done)} xong, {rows.Sum(r => r.InProgress)} đang làm, {rows.Sum(r => r.Overdue)} quá hạn / {rows.Sum(r => r.Total)} nhiệm vụ.");
        if (rows.Sum(r => r.Blocked) is var blocked and > 0) sb.Append($" {blocked} đang vướng mắc.");
        // One unit or one document: its open tasks too (the first few), so the answer says what is left.
        if (scope.OneUnit || spec.Document is not null)
        {
            const int shown = 15;
            var open = TaskQueries.Open(q);
            var openCount = rows.Sum(r => r.Open);
            var first = await TaskQueries.PageAsync(open, 0, shown, ct);
            if (first.Count > 0)
            {
                sb.Append('\n').Append(List($"\n<b>Việc chưa xong</b>: {openCount}", first, 0, ctx.Today, !scope.OneUnit));
                if (openCount > first.Count) sb.Append($"\n… và {openCount - first.Count} việc khác.");
                Remember(ctx, first, keep: 0);
            }
        }
        ctx.Reply.Say(sb.ToString());
    }

    private async Task<Scope> ScopeAsync(ChatContext ctx, QuestionSpec spec, CancellationToken ct)
    {
        var me = ctx.Me;
        var q = queries.Visible(me);
        string? unitName = null;
        if (spec.Unit is { } unitText)
        {
            var unit = await directory.MatchUnitAsync(me.WardId, unitText, ct)
                ?? throw new UserFacingException($"Không tìm thấy đơn vị \"{unitText}\". Gõ đúng tên hoặc tên viết tắt, ví dụ: /quahan kinh tế.");
            if (!me.Role.SeesWholeWard() && unit.Id != me.UnitId)
                throw new UserFacingException("Bạn chỉ xem được nhiệm vụ của đơn vị mình.");
            q = q.Where(t => t.UnitId == unit.Id);
            unitName = unit.Name;
        }
        else if (spec.OwnUnit && me.UnitId is { } own)
        {
            q = q.Where(t => t.UnitId == own);
            unitName = await UnitNameAsync(own, ct);
        }
        if (spec.Document is { } doc)
        {
            var ids = await DocumentsAsync(me.WardId, doc, ct);
            if (ids.Count == 0) throw new UserFacingException($"Không tìm thấy {doc.ToString().ToLowerInvariant()}. Gõ đúng số văn bản, ví dụ: tiến độ thông báo 15.");
            q = q.Where(t => ids.Contains(t.DocumentId));
        }
        var description = spec.Kind == QuestionKind.MyTasks
            ? "Việc đang mở" + (unitName is null ? "" : $" của {unitName}") + (spec.Window is { } w ? $" có hạn {Span(w)}" : "")
            : ReplyUnderstander.Describe(spec.Kind, unitName, false, spec.Document, spec.Window);
        var who = unitName is not null ? null : me.Role.SeesWholeWard() ? "toàn phường" : await UnitNameAsync(me.UnitId, ct);
        return new Scope(q, description, who, unitName is not null || !me.Role.SeesWholeWard());
    }

    private static string Span(DateWindow w) =>
        new[] { "tuần", "tháng", "quý", "năm" }.Any(x => w.Label.StartsWith(x, StringComparison.Ordinal)) || char.IsDigit(w.Label[0]) ? $"trong {w.Label}" : w.Label;

    /// <summary>Documents of the ward with that number ("15", "15/TB-UBND", "250/UBND-VP"), of that kind when one is clear.</summary>
    private async Task<List<int>> DocumentsAsync(int wardId, DocumentRef doc, CancellationToken ct)
    {
        var slash = doc.Number.IndexOf('/');
        var number = (slash < 0 ? doc.Number : doc.Number[..slash]).Trim().TrimStart('0');
        var symbol = slash < 0 ? null : Fold.Key(doc.Number[(slash + 1)..]);
        var candidates = await db.Documents.AsNoTracking()
            .Where(d => d.WardId == wardId && d.State == DocumentState.Assigned && d.Number != null)
            .Select(d => new { d.Id, d.Number, d.Symbol }).ToListAsync(ct);
        return [.. candidates.Where(d => d.Number!.Trim().TrimStart('0') == number && (symbol is null || Fold.Key(d.Symbol) == symbol)).Select(d => d.Id)];
    }

    /// <summary>A numbered list (numbers go on from <paramref name="offset"/> across pages).</summary>
    private static string List(string title, IReadOnlyList<WorkTask> tasks, int offset, DateOnly today, bool withUnit)
    {
        var sb = new StringBuilder(title);
        for (var i = 0; i < tasks.Count; i++)
            sb.Append($"\n{offset + i + 1}. ").Append(TaskTexts.Line(tasks[i], today, withUnit ? tasks[i].UnitName ?? "Chưa xác định đơn vị" : null));
        return sb.ToString();
    }

    /// <summary>The list's task numbers are remembered so "2 xong" works on channels without buttons; a next page adds its
    /// items after the <paramref name="keep"/> already shown.</summary>
    private static void Remember(ChatContext ctx, IReadOnlyList<WorkTask> tasks, int keep)
    {
        var ids = ctx.ListedTasks.Take(keep).Concat(tasks.Select(t => t.Id));
        ctx.Account.LastListTaskIds = string.Join(',', ids);
    }

    private async Task<string> UnitNameAsync(int? unitId, CancellationToken ct) =>
        unitId is { } id ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).FirstAsync(ct) : "chưa gắn đơn vị";
}
