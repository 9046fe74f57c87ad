namespace ChatBot.Core.Parsing;

/// <summary>Reads a Vietnamese administrative notice (thông báo kết luận, công văn, kế hoạch) into metadata and tasks.</summary>
public static class NoticeParser
{
    private sealed class Context
    {
        public int Level;
        public string? Unit;
        public IReadOnlyList<string> Cooperating = [];
        public string? Supervisor;
        public bool Skip;
        public string? Section;
        public bool FromParagraph;
        public NoticeBlock? Candidate; // a heading that becomes a task itself when nothing is listed under it
        public int TasksUnder;
    }

    private static readonly string[] DirectiveStarts =
    [
        "tang cuong", "day manh", "tiep tuc", "thuc hien", "trien khai", "to chuc", "ra soat", "chu tri", "chu dong", "tham muu",
        "xay dung", "hoan thanh", "hoan thien", "kiem tra", "khan truong", "tap trung", "duy tri", "nang cao", "phoi hop",
        "theo doi", "don doc", "chi dao", "yeu cau", "giao", "de nghi", "nghien cuu", "quyet liet", "bao dam", "dam bao",
        "chuan bi", "lap", "bao cao", "tuyen truyen", "van dong", "tham dinh", "cap nhat", "kien toan", "ban hanh", "xu ly",
        "giai quyet", "quan tam", "phat huy", "thuong xuyen", "dinh ky", "hang tuan", "hang thang", "hang quy", "hang nam",
        "doi voi", "huong dan", "kip thoi", "tich cuc", "thu thap", "tong hop", "phan cong", "chan chinh", "khac phuc",
        "uu tien", "ho tro", "can cu", "tiep nhan", "quan ly", "kiem soat", "cung co", "phan dau", "thanh lap", "sua doi",
        "bo sung", "boi duong", "tap huan", "ung dung", "nghiem tuc", "gui", "trinh", "nop", "cu can bo", "bo tri", "de xuat",
        "rut kinh nghiem", "so ket", "tong ket", "danh gia", "phat dong", "van hanh", "thuc hanh", "day nhanh", "lua chon",
    ];

    private static readonly string[] AssessmentHeads =
    [
        "danh gia", "ket qua", "tinh hinh", "uu diem", "ton tai", "han che", "nguyen nhan", "bieu duong", "nhan xet", "mot so ket qua",
        "nhung ket qua", "khuyet diem",
    ];

    private static readonly string[] PraiseStarts = ["bieu duong", "ghi nhan", "danh gia cao", "hoan nghenh", "khen ngoi", "bieu duong,"];

    private static readonly string[] ClosingStarts = ["tren day", "thua lenh", "noi nhan", "tl. ", "kt. ", "tm. ", "tl ", "kt "];

    public static ParsedNotice Parse(string text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ParseOptions();
        var lines = NoticeNormalizer.CleanLines(text);
        var blocks = NoticeSegmenter.Segment(lines);
        var bodyStart = FindBodyStart(blocks);
        var (meta, year) = MetadataReader.Read(lines, blocks, bodyStart);
        year ??= options.DefaultYear;
        var tasks = ReadTasks(blocks, bodyStart, year);
        var unmatched = new List<string>();
        if (options.Directory is { } directory) tasks = MapToDirectory(tasks, directory, unmatched);
        return new ParsedNotice(meta, tasks, unmatched);
    }

    // The body starts at the first numbered item, a table, or a paragraph that introduces a list ("… như sau:").
    private static int FindBodyStart(List<NoticeBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind is BlockKind.Roman or BlockKind.Number or BlockKind.TableRow) return i;
            if (b.Kind != BlockKind.Paragraph) continue;
            var f = VietnameseText.FoldSameLength(b.Content);
            if (StartsAny(f, ClosingStarts)) return i;
            if (b.Content.EndsWith(':') && b.Content.Length > 30 &&
                (f.Contains("yeu cau", StringComparison.Ordinal) || f.Contains("de nghi", StringComparison.Ordinal) ||
                 f.Contains("giao ", StringComparison.Ordinal) || f.Contains("chi dao", StringComparison.Ordinal) ||
                 f.Contains("ket luan", StringComparison.Ordinal) || f.Contains("nhu sau", StringComparison.Ordinal)))
                return i + 1;
        }
        // No visible structure: directives addressed to a unit ("Giao Phòng …") still count.
        for (var i = 0; i < blocks.Count; i++)
        {
            var f = VietnameseText.FoldSameLength(blocks[i].Content);
            if (UnitRecognizer.AtWord(f, 0, "giao") && UnitClause.Read(blocks[i].Content).Lead is not null) return i;
        }
        return blocks.Count;
    }

    private static List<ParsedTask> ReadTasks(List<NoticeBlock> blocks, int bodyStart, int? year)
    {
        var tasks = new List<ParsedTask>();
        var stack = new List<Context>();
        var closed = false;
        TaskTable? table = null;

        void Pop(Func<Context, bool> which)
        {
            while (stack.Count > 0 && which(stack[^1]))
            {
                var top = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                if (top.Candidate is { } c && top.TasksUnder == 0 && !top.Skip && !AnySkip(stack))
                    Emit(c, UnitClause.Read(c.Content), stack, top.Section);
            }
        }

        void Emit(NoticeBlock b, UnitClause clause, List<Context> ctx, string? ownSection)
        {
            var unit = clause.Lead?.Name;
            IReadOnlyList<string> coop = clause.Cooperating;
            string? supervisor = clause.Supervisor;
            for (var i = ctx.Count - 1; i >= 0 && unit is null; i--)
                if (ctx[i].Unit is { } u) { unit = u; if (coop.Count == 0) coop = ctx[i].Cooperating; supervisor ??= ctx[i].Supervisor; }
            for (var i = ctx.Count - 1; i >= 0 && supervisor is null; i--) supervisor = ctx[i].Supervisor;
            var section = ownSection;
            for (var i = ctx.Count - 1; i >= 0 && section is null; i--) section = ctx[i].Section;
            foreach (var c in ctx) c.TasksUnder++;
            var text = b.Content;
            tasks.Add(new ParsedTask(unit, coop.Where(c => c != unit).ToList(), text, DeadlineParser.Find(text, year),
                RecurrenceDetector.Detect(text), section, IsUrgent(text), supervisor, b.LineStart, b.LineEnd));
        }

        for (var i = bodyStart; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.TableRow)
            {
                var cells = TaskTable.Cells(b.Content);
                if (TaskTable.IsSeparator(cells)) continue;
                table ??= new TaskTable();
                if (table.TryHeader(cells)) continue;
                if (table.HasHeader && table.Row(cells, b, year) is { } row) tasks.Add(row);
                continue;
            }
            table = null;
            var f = VietnameseText.FoldSameLength(b.Content);
            if (closed) continue;
            if (b.Kind == BlockKind.Paragraph && StartsAny(f, ClosingStarts)) { closed = true; Pop(_ => true); continue; }
            if (b.Kind == BlockKind.Paragraph && IsSignature(b.Content)) continue;
            var endsDocument = b.Content.EndsWith("./.", StringComparison.Ordinal);

            switch (b.Kind)
            {
                case BlockKind.Roman or BlockKind.Number or BlockKind.Letter:
                {
                    Pop(c => c.Level >= b.Level);
                    var clause = UnitClause.Read(b.Content);
                    var heading = clause.LabelOnly || b.Content.EndsWith(':') ||
                                  (UnitClause.WordCount(b.Content) <= 15 && !EndsSentence(b.Content));
                    if (heading)
                    {
                        var unit = clause.Lead?.Name;
                        if (unit is not null && clause.Lead!.Value.End > 0 && UnitClause.WordCount(b.Content) <= 12 && !b.Content.EndsWith(':') && !clause.TopicLabel && clause.Supervisor is null)
                            unit = UnitRecognizer.Clean(b.Content); // a unit heading: the whole line is the name
                        var skip = StartsAny(f, AssessmentHeads) || StartsAny(f, PraiseStarts);
                        var directive = !clause.LabelOnly && unit is null && StartsAny(f, DirectiveStarts) && !b.Content.EndsWith(':');
                        stack.Add(new Context
                        {
                            Level = b.Level, Unit = unit, Cooperating = clause.Cooperating, Supervisor = clause.Supervisor, Skip = skip,
                            Section = b.Marker.TrimEnd('.', ')'), Candidate = directive || (!clause.LabelOnly && clause.Lead is not null && !b.Content.EndsWith(':')) ? b : null,
                        });
                    }
                    else if (!AnySkip(stack) && !StartsAny(f, PraiseStarts))
                    {
                        Emit(b, clause, stack, b.Marker.TrimEnd('.', ')'));
                    }
                    break;
                }
                case BlockKind.Dash or BlockKind.Plus:
                {
                    Pop(c => c.Level >= b.Level);
                    var clause = UnitClause.Read(b.Content);
                    var ctxUnit = clause.Lead?.Name ?? stack.LastOrDefault(c => c.Unit is not null)?.Unit;
                    var label = clause.LabelOnly || (b.Content.EndsWith(':') && UnitClause.WordCount(b.Content) <= 6);
                    if (!label && !AnySkip(stack) && !StartsAny(f, PraiseStarts)) Emit(b, clause, stack, null);
                    stack.Add(new Context { Level = b.Level, Unit = clause.Lead?.Name ?? (label ? null : ctxUnit), Cooperating = clause.Cooperating, Supervisor = clause.Supervisor });
                    break;
                }
                default:
                {
                    Pop(c => c.Level >= 7 || c.FromParagraph);
                    if (AnySkip(stack) || StartsAny(f, PraiseStarts)) break;
                    if (AttachDeadline(b, tasks, year)) break;
                    var clause = UnitClause.Read(b.Content);
                    var hasUnitContext = stack.Count > 0 && stack[^1].Unit is not null; // the innermost heading names a unit
                    var isTask = clause.Lead is not null || hasUnitContext || StartsAny(f, DirectiveStarts);
                    if (!isTask) break;
                    if (b.Content.EndsWith(':') && !clause.TopicLabel)
                    {
                        // "Giao Văn phòng thực hiện các nội dung sau:" introduces the items below it.
                        stack.Add(new Context { Level = 6, Unit = clause.Lead?.Name, Cooperating = clause.Cooperating, Supervisor = clause.Supervisor, FromParagraph = true, Candidate = b });
                        break;
                    }
                    if (clause.LabelOnly)
                    {
                        stack.Add(new Context { Level = 6, Unit = clause.Lead?.Name, FromParagraph = true });
                        break;
                    }
                    Emit(b, clause, stack, null);
                    break;
                }
            }
            if (endsDocument) { closed = true; Pop(_ => true); }
        }
        Pop(_ => true);
        return tasks;
    }

    // "Thời gian hoàn thành: trước ngày 30/6/2026." on its own line belongs to the task above it.
    private static bool AttachDeadline(NoticeBlock b, List<ParsedTask> tasks, int? year)
    {
        if (tasks.Count == 0 || UnitClause.WordCount(b.Content) > 12) return false;
        var f = VietnameseText.FoldSameLength(b.Content);
        if (!StartsAny(f, ["thoi gian", "thoi han", "han hoan thanh", "han chot", "hoan thanh truoc", "hoan thanh cham nhat", "hoan thanh trong"])) return false;
        if (DeadlineParser.Find(b.Content, year) is not { } d) return false;
        var last = tasks[^1];
        if (last.Deadline is null) tasks[^1] = last with { Deadline = d, LineEnd = b.LineEnd };
        return true;
    }

    private static bool AnySkip(List<Context> stack) => stack.Any(c => c.Skip);

    private static bool EndsSentence(string s) => s.EndsWith('.') || s.EndsWith(';') || s.EndsWith('!');

    private static bool IsSignature(string s) =>
        s.Length < 60 && s.Length > 0 && s.Where(char.IsLetter).All(char.IsUpper);

    internal static bool StartsAny(string folded, string[] starts)
    {
        foreach (var s in starts)
            if (UnitRecognizer.At(folded, 0, s) && (s.EndsWith(' ') || folded.Length == s.Length || !char.IsLetter(folded[s.Length]))) return true;
        return false;
    }

    private static readonly string[] UrgentWords = ["khẩn trương", "cấp bách", "khẩn cấp", "hỏa tốc", "ngay lập tức"];

    /// <summary>"khẩn trương", "ngay", "cấp bách": the task asks for immediate action.</summary>
    public static bool IsUrgent(string text)
    {
        var lower = VietnameseText.LowerInvariant(text.Length > 4000 ? text.AsSpan(0, 4000) : text); // same as ToLowerInvariant, without ICU per call
        if (UrgentWords.Any(w => lower.Contains(w, StringComparison.Ordinal))) return true;
        var i = 0;
        while ((i = lower.IndexOf("ngay", i, StringComparison.Ordinal)) >= 0)
        {
            var before = i == 0 || !char.IsLetter(lower[i - 1]);
            var after = i + 4 >= lower.Length || !char.IsLetter(lower[i + 4]);
            if (before && after) return true;
            i += 4;
        }
        return false;
    }

    private static List<ParsedTask> MapToDirectory(List<ParsedTask> tasks, IReadOnlyList<DirectoryUnit> directory, List<string> unmatched)
    {
        var matcher = new UnitNameMatcher(directory);
        var result = new List<ParsedTask>(tasks.Count);
        foreach (var t in tasks)
        {
            string? key = null;
            if (t.Unit is { } u && !UnitNameMatcher.IsAllUnits(u))
            {
                key = matcher.Match(u)?.Key;
                if (key is null && !unmatched.Contains(u)) unmatched.Add(u);
            }
            var coopKeys = new List<string>();
            foreach (var c in t.Cooperating)
            {
                if (matcher.Match(c) is { } m) coopKeys.Add(m.Key);
                else if (!UnitNameMatcher.IsAllUnits(c) && !unmatched.Contains(c)) unmatched.Add(c);
            }
            result.Add(t with { UnitKey = key, CooperatingKeys = coopKeys });
        }
        return result;
    }
}
