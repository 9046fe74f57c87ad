using System.Text;

namespace ChatBot.Core.Conversation;

/// <summary>One task of a notice as its summary shows it.</summary>
/// <param name="Number">The task's number (#N), the one it keeps once assigned.</param>
/// <param name="Unit">The directory unit's name when known, else the name the notice wrote; null when it wrote none.</param>
/// <param name="UnitKnown">Whether <paramref name="Unit"/> is a unit of the directory.</param>
public sealed record DraftLine(int Number, string Text, string? Unit, bool UnitKnown, DateOnly? Deadline);

/// <summary>A notice's tasks in document order, with what the summary says about the notice itself.</summary>
/// <param name="NoticeDate">The notice's own date (issued, else the meeting's): a deadline before it makes no sense.</param>
/// <param name="SkippedParts">Parts of the notice the parser gave up on: their tasks are missing from the sheet.</param>
public sealed record DraftSheet(int DocumentId, string Title, bool Assigned, DateOnly? NoticeDate, IReadOnlyList<DraftLine> Tasks, int SkippedParts = 0);

/// <summary>A unit name the notice wrote that the directory does not know, the tasks that name it, and the units offered.</summary>
public sealed record UnitQuestion(string Written, IReadOnlyList<int> Tasks, IReadOnlyList<(int UnitId, string Name)> Candidates);

/// <summary>The chat texts of a notice under review: the summary in pages (each task with its number, unit and deadline,
/// the deadlines that make no sense), the question for each unknown unit, and the warning before confirming
/// a draft whose tasks would reach nobody. Telegram HTML subset; every name and text escaped.</summary>
public static class DraftTexts
{
    /// <summary>Tasks per page: a page stays one message on every channel, however long the notice.</summary>
    public const int PageSize = 20;

    /// <summary>At most this many task numbers or names in one line of a list ("#1, #2 … và 12 nhiệm vụ khác").</summary>
    public const int ListMax = 8;

    /// <summary>At most this many unknown unit names get their own question after an upload.</summary>
    public const int QuestionsMax = 5;

    public static int Pages(DraftSheet sheet) => Math.Max(1, (sheet.Tasks.Count + PageSize - 1) / PageSize);

    /// <summary>Page <paramref name="page"/> (1-based, within <see cref="Pages"/>) of the summary, with its buttons.</summary>
    public static (string Text, IReadOnlyList<IReadOnlyList<ChatButton>> Buttons) Page(DraftSheet sheet, int page, DateOnly today)
    {
        var pages = Pages(sheet);
        if (page < 1 || page > pages) throw new ArgumentOutOfRangeException(nameof(page), page, $"1..{pages}");
        var doc = sheet.DocumentId;
        var sb = new StringBuilder($"📄 <b>{TaskTexts.Esc(sheet.Title)}</b>");
        if (sheet.Assigned) sb.Append(" — đã giao");
        sb.Append('\n').Append(Counts(sheet.Tasks));
        if (page == 1 && !sheet.Assigned) Warnings(sheet, today, sb);

        string? group = null;
        foreach (var t in Ordered(sheet.Tasks).Skip((page - 1) * PageSize).Take(PageSize))
        {
            var g = GroupHeading(t);
            if (g != group)
            {
                sb.Append("\n\n").Append(g);
                group = g;
            }
            sb.Append($"\n• <b>#{t.Number}</b> {TaskTexts.Esc(TaskTexts.Short(t.Text.ReplaceLineEndings(" "), 90))}");
            sb.Append(t.Deadline is { } d
                ? $" — hạn {TaskTexts.Date(d)}{(!sheet.Assigned && d < today ? " ⚠️ đã qua" : "")}"
                : " — không ghi hạn");
        }

        sb.Append("\n\n");
        if (pages > 1)
        {
            sb.Append($"Trang {page}/{pages}");
            sb.Append(page < pages ? $" — xem tiếp: <code>/xemtiep {doc} {page + 1}</code>\n" : "\n");
        }
        sb.Append("Sửa: <code>/sua SỐ donvi TÊN ĐƠN VỊ</code> · <code>/sua SỐ han dd/MM/yyyy</code>");
        if (!sheet.Assigned)
            sb.Append(" · <code>/xoa SỐ</code>")
              .Append($" · Thiếu nhiệm vụ: <code>/them {doc} nội dung</code>\n")
              .Append($"Xác nhận để giao và gửi cho các đơn vị: <code>/xacnhan {doc}</code> · Bỏ: <code>/bo {doc}</code>");

        var buttons = new List<IReadOnlyList<ChatButton>>();
        if (!sheet.Assigned) buttons.AddRange(TaskTexts.DocumentButtons(doc));
        if (page < pages) buttons.Add([Button($"Xem tiếp ▶ trang {page + 1}/{pages}", new ButtonAction.DocumentPage(doc, page + 1))]);
        return (sb.ToString(), buttons);
    }

    /// <summary>"27 nhiệm vụ, 7 đơn vị, 9 có hạn; 2 không ghi đơn vị; 1 đơn vị chưa có trong danh bạ".</summary>
    public static string Counts(IReadOnlyList<DraftLine> tasks)
    {
        var units = tasks.Where(t => t.Unit is not null).Select(t => (t.UnitKnown, Key: Common.Fold.Key(t.Unit))).Distinct().ToList();
        var s = $"{tasks.Count} nhiệm vụ, {units.Count} đơn vị, {tasks.Count(t => t.Deadline is not null)} có hạn";
        if (tasks.Count(t => t.Unit is null) is > 0 and var none) s += $"; {none} không ghi đơn vị";
        if (units.Count(u => !u.UnitKnown) is > 0 and var unknown) s += $"; {unknown} đơn vị chưa có trong danh bạ";
        return s;
    }

    /// <summary>Parts of the notice not read, deadlines before the notice's own date (a misreading or a typo) and deadlines already past.</summary>
    private static void Warnings(DraftSheet sheet, DateOnly today, StringBuilder sb)
    {
        if (sheet.SkippedParts > 0) sb.Append('\n').Append(Texts.SkippedParts(sheet.SkippedParts));
        var beforeNotice = sheet.NoticeDate is { } nd ? sheet.Tasks.Where(t => t.Deadline < nd).ToList() : [];
        var past = sheet.Tasks.Where(t => t.Deadline < today && !beforeNotice.Contains(t)).ToList();
        if (beforeNotice.Count > 0)
            sb.Append($"\n⚠️ Hạn trước ngày của văn bản ({TaskTexts.Date(sheet.NoticeDate!.Value)}): {Numbers(beforeNotice)}");
        if (past.Count > 0)
            sb.Append($"\n⚠️ Hạn đã qua (hôm nay {TaskTexts.Date(today)}): {Numbers(past)}");
        if (beforeNotice.Count + past.Count > 0)
            sb.Append("\nKiểm tra với văn bản gốc; sửa: <code>/sua SỐ han dd/MM/yyyy</code>.");
    }

    private static string Numbers(IReadOnlyList<DraftLine> tasks) =>
        List(tasks.Select(t => $"#{t.Number} ({TaskTexts.Date(t.Deadline!.Value)})").ToList(), "nhiệm vụ");

    /// <summary>Up to <see cref="ListMax"/> items, then "và N {what} khác".</summary>
    public static string List(IReadOnlyList<string> items, string what) =>
        items.Count <= ListMax ? string.Join(", ", items)
            : string.Join(", ", items.Take(ListMax)) + $" và {items.Count - ListMax} {what} khác";

    /// <summary>Units in the order the notice first names them; tasks naming no unit last.</summary>
    private static IEnumerable<DraftLine> Ordered(IReadOnlyList<DraftLine> tasks)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (t, i) in tasks.Select((t, i) => (t, i)))
            first.TryAdd(GroupHeading(t), t.Unit is null ? int.MaxValue : i);
        return tasks.Select((t, i) => (t, i)).OrderBy(x => first[GroupHeading(x.t)]).ThenBy(x => x.i).Select(x => x.t);
    }

    private static string GroupHeading(DraftLine t) =>
        t.Unit is null ? "<b>Chưa xác định đơn vị</b>"
        : t.UnitKnown ? $"<b>{TaskTexts.Esc(t.Unit)}</b>"
        : $"<b>{TaskTexts.Esc(t.Unit)}</b> ⚠️ chưa có trong danh bạ";

    /// <summary>What the notice's unknown name means: numbered units (buttons on Telegram, <c>/gan N k</c> typed anywhere),
    /// or a new unit of that name.</summary>
    public static (string Text, IReadOnlyList<IReadOnlyList<ChatButton>> Buttons) Question(UnitQuestion q)
    {
        var first = q.Tasks[0];
        var sb = new StringBuilder($"❓ «{TaskTexts.Esc(q.Written)}» chưa có trong danh bạ ({q.Tasks.Count} nhiệm vụ: {List(q.Tasks.Select(n => $"#{n}").ToList(), "nhiệm vụ")}). Là đơn vị nào?");
        var buttons = new List<IReadOnlyList<ChatButton>>();
        var k = 0;
        foreach (var (unitId, name) in q.Candidates)
        {
            k++;
            sb.Append($"\n{k}. {TaskTexts.Esc(name)} — <code>/gan {first} {k}</code>");
            buttons.Add([Button($"{k}. {Label(name)}", new ButtonAction.MapUnit(first, unitId))]);
        }
        sb.Append($"\n{k + 1}. Tạo đơn vị mới «{TaskTexts.Esc(q.Written)}» — <code>/gan {first} moi</code>");
        buttons.Add([Button($"{k + 1}. ➕ Tạo đơn vị «{Label(q.Written)}»", new ButtonAction.CreateUnit(first))]);
        sb.Append(q.Candidates.Count > 0
            ? $"\nChọn một đơn vị có sẵn thì «{TaskTexts.Esc(q.Written)}» được lưu là tên gọi khác của đơn vị đó (lần sau tự nhận ra); các nhiệm vụ cùng tên đi theo."
            : $"\nHoặc gõ tên đơn vị trong danh bạ: <code>/gan {first} TÊN ĐƠN VỊ</code>.");
        return (sb.ToString(), buttons);
    }

    /// <summary>Before confirming: who would get nothing, grouped by why.</summary>
    public static (string Text, IReadOnlyList<IReadOnlyList<ChatButton>> Buttons) AskBeforeConfirm(int documentId, IReadOnlyList<(int Number, string Reason)> unreached)
    {
        var sb = new StringBuilder($"⚠️ Nếu giao bây giờ, {unreached.Count} nhiệm vụ sẽ không đến được ai:");
        var reasons = unreached.GroupBy(u => u.Reason).ToList();
        foreach (var g in reasons.Take(ListMax))
            sb.Append($"\n• {TaskTexts.Esc(g.Key)}: {List(g.Select(u => $"#{u.Number}").ToList(), "nhiệm vụ")}");
        if (reasons.Count > ListMax) sb.Append($"\n• và {reasons.Count - ListMax} lý do khác");
        sb.Append($"\nSửa trước (<code>/sua SỐ donvi TÊN ĐƠN VỊ</code>), hoặc vẫn giao: gửi lại <code>/xacnhan {documentId}</code> hay bấm «Vẫn giao».");
        return (sb.ToString(), [[Button("Vẫn giao", new ButtonAction.DecideDocument(documentId, true, true)), Button("Bỏ văn bản", new ButtonAction.DecideDocument(documentId, false))]]);
    }

    private static string Label(string name) => name.Length <= 40 ? name : name[..39].TrimEnd() + "…";

    private static ChatButton Button(string text, ButtonAction action) => new(text, ButtonData.Encode(action));
}
