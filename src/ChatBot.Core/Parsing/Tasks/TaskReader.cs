using ChatBot.Core.Common;
using ChatBot.Core.Parsing.Layout;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Tasks;

/// <summary>
/// Turns the body of a notice into task drafts, one block at a time, in named steps (docs/PARSER.md, "Stages"):
/// <list type="number">
/// <item><see cref="Ends"/>: the closing ("Trên đây", "Nơi nhận", a block ending "./.") ends the body; tables are still read.</item>
/// <item><see cref="InNoiseSection"/>: items under "Đánh giá", "Mục đích, yêu cầu", "Chỉ tiêu", "Thời gian" … yield nothing.</item>
/// <item><see cref="OpensContext"/>: a heading, unit label or lead-in gives its unit to the items under it.</item>
/// <item><see cref="AttachToPrevious"/>: a line after a task that only assigns it, dates it or adds partners belongs to it.</item>
/// <item><see cref="ReadItem"/>: an item or paragraph becomes one task, or several when sentences have their own subjects.</item>
/// </list>
/// </summary>
internal sealed class TaskReader
{
    private readonly IReadOnlyList<NoticeBlock> _blocks;
    private readonly Outline _outline;
    private readonly HeadingContext?[] _headings;
    private readonly List<TaskDraft> _drafts = [];
    private readonly TaskTableReader _tables = new();
    private TaskDraft? _last;
    private int _lastBlock = -1;

    private TaskReader(IReadOnlyList<NoticeBlock> blocks, Outline outline)
    {
        _blocks = blocks;
        _outline = outline;
        _headings = new HeadingContext?[blocks.Count];
    }

    public static List<TaskDraft> Read(IReadOnlyList<NoticeBlock> blocks, int bodyStart)
    {
        var reader = new TaskReader(blocks, Outline.Build(blocks, bodyStart, blocks.Count));
        reader.Walk(bodyStart);
        return reader._drafts;
    }

    private void Walk(int bodyStart)
    {
        var closed = false;
        for (var i = bodyStart; i < _blocks.Count; i++)
        try // one block that throws is skipped, the rest still read (ParserFaults)
        {
            var b = _blocks[i];
            ParserFaults.Probe("block", b.Content);
            if (b.Kind == BlockKind.TableRow)
            {
                foreach (var row in _tables.Rows(b)) Add(row, i);
                continue;
            }
            _tables.End();
            var folded = b.Folded;
            if (closed)
            {
                // "KẾ HOẠCH … (Ban hành kèm theo Quyết định …)" after the signature: a second document, read like the first.
                if (IsAttachedDocumentTitle(b)) closed = false;
                continue;
            }
            if (Ends(b, folded)) { closed = true; continue; }
            var endsDocument = b.Content.EndsWith("./.", StringComparison.Ordinal);
            if (IsSignature(b) || InNoiseSection(i) || Sections.IsByline(folded)) { closed |= endsDocument; continue; }
            if (b.Kind == BlockKind.Paragraph && Sections.IsNewsLead(b.Content, folded) && !Addressees.HasSpeakerOrder(b.Lower)) continue;
            if (Sections.IsClosingFormula(folded) && Clauses.Sentences(b.Content).Count == 1) { closed |= endsDocument; continue; }
            if (Sections.StartsAny(folded, Sections.PraiseStarts))
            {
                if (_outline.HasChildren(i)) _headings[i] = Context(i, Addressee.None, SectionKind.Assessment);
                closed |= endsDocument;
                continue;
            }
            var leading = LeadingOf(b);
            if (Addressees.IsClosingOrder(b.Content, b.Lower, leading) && !_outline.HasChildren(i)) { closed |= endsDocument; continue; }
            if (IsNote(b) || IsScheduleLine(i)) { closed |= endsDocument; continue; }
            if (ContentField(i)) continue;
            if (AttachToPrevious(i)) continue;
            if (OpensContext(i, folded, leading)) continue;
            ReadItem(i, folded, leading);
            closed |= endsDocument;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _drafts.RemoveAll(d => ReferenceEquals(d.Block, _blocks[i]));
            if (_last is { } last && !_drafts.Contains(last)) (_last, _lastBlock) = (null, -1);
            ParserFaults.Record($"TaskReader, block {i}", ex);
        }
    }

    // A lead-in paragraph speaks in its last sentence ("Ngày 10/3, đồng chí … chủ trì …. Sau khi nghe …, Chủ tịch yêu cầu X như sau:").
    private static Addressee LeadingOf(NoticeBlock b)
    {
        // "Tổ chức cuộc họp …. Thành phần mời tham dự gồm: X, Y …": the attendees are not whom the item addresses.
        if (b.Kind != BlockKind.Paragraph && AttendeesAt(b.Content, b.Folded) is var at && at > 0)
            return Addressees.Leading(b.Content[..at], b.Lower[..at]);
        if (b.Kind != BlockKind.Paragraph || !b.Content.EndsWith(':')) return Addressees.Leading(b.Content, b.Lower);
        var last = Clauses.Sentences(b.Content)[^1];
        var a = Addressees.Leading(b.Content[last.Start..], b.Lower[last.Start..]);
        // "Thực hiện Kế hoạch …, UBND xã ban hành Kế hoạch như sau:": the issuer narrating, not an addressee. A lead-in
        // names its unit by an order ("Giao X …:", "… đề nghị X …:") or as its subject from the first word ("X thực hiện …:").
        if (a.Lead is { } l && !a.ViaDirectiveVerb && l.Start > 0) a = Addressee.None;
        // "… UBND phường xây dựng kế hoạch đề nghị các tổ dân phố thực hiện một số nội dung sau:": the order inside the
        // narrating sentence names the unit of the items under it.
        if (a.Lead is null && !a.LabelOnly && b.Content.EndsWith("sau:", StringComparison.Ordinal))
            a = Addressees.OrderWithin(b.Content[last.Start..], b.Lower[last.Start..]);
        // "… giao nhiệm vụ cho các đơn vị theo bảng sau:", "… cho thủ trưởng các cơ quan …, cụ thể như sau:": work handed out
        // to every unit is shared among them; each item names its own unit.
        if (a.Lead is { IsAllUnits: true } && b.Lower.Contains("giao nhiệm vụ", StringComparison.Ordinal)) a = Addressee.None;
        return Shift(a, last.Start);
    }

    // Where a sentence listing attendees starts ("Thành phần gồm: …", "Thành phần mời tham dự gồm: …", "Thành phần dự lễ: …"), or -1.
    private static int AttendeesAt(string content, string folded)
    {
        for (var at = folded.IndexOf("thanh phan", StringComparison.Ordinal); at > 0; at = folded.IndexOf("thanh phan", at + 1, StringComparison.Ordinal))
        {
            var before = content.AsSpan(0, at).TrimEnd(' ');
            if (before.Length == 0 || before[^1] is not ('.' or ';') || !char.IsUpper(content[at]) && before[^1] == '.') continue;
            var colon = content.IndexOf(':', at);
            if (colon > 0 && colon - at <= 40) return at;
        }
        return -1;
    }

    // A sentence of a block that lists attendees ("Thành phần mời tham dự gồm: …"), read in place (no copy per sentence).
    private static bool IsAttendeeSentence(NoticeBlock b, Clause s)
    {
        if (s.End - s.Start < 12 || b.Content[s.Start] != 'T' || string.CompareOrdinal(b.Folded, s.Start, "thanh phan", 0, 10) != 0) return false;
        var colon = b.Content.IndexOf(':', s.Start, Math.Min(41, s.End - s.Start));
        return colon > 0;
    }

    // "Ghi chú: Lịch có thể thay đổi …": a note under a programme or table orders nothing.
    private static bool IsNote(NoticeBlock b) =>
        b.Kind == BlockKind.Paragraph && (b.Folded.StartsWith("ghi chu:", StringComparison.Ordinal) || b.Folded.StartsWith("ghi chu :", StringComparison.Ordinal));

    private static readonly string[] DayParts = ["sang ", "chieu ", "toi ", "trua "];
    private static readonly string[] Weekdays = ["thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat"];

    /// <summary>
    /// "- Thứ Ba 10/11: Chủ tịch UBND phường tiếp công dân định kỳ.", "- Sáng thứ Sáu (13/11): Giao ban khối …", "- Chủ nhật,
    /// ngày 15/11: …": a line of a week's schedule (a weekday, a date, a colon) is an appointment, not a task, unless it
    /// names who prepares it ("…: Phòng VH-XH chuẩn bị …"), or, outside a schedule heading ("LỊCH CÔNG TÁC …"), a unit of
    /// the ward does the work ("Thứ Hai 13/4: Phòng VH-XH tổ chức tập huấn …").
    /// </summary>
    private bool IsScheduleLine(int i)
    {
        var b = _blocks[i];
        if (b.Kind != BlockKind.Item || !IsScheduleLine(b)) return false;
        foreach (var a in _outline.Ancestors(i))
            if (Sections.StartsAny(_blocks[a].Folded, ScheduleHeadings)) return true;
        var colon = b.Content.IndexOf(':');
        var rest = UnitGrammar.SkipSpaces(b.Content, colon + 1);
        var lead = Addressees.Leading(b.Content[rest..], b.Lower[rest..]).Lead;
        return lead is not { } l || l.IsLeader || l.Kind == UnitKind.Person || l.Name.StartsWith("Đoàn", StringComparison.Ordinal) && !l.Name.StartsWith("Đoàn Thanh niên", StringComparison.Ordinal);
    }

    private static readonly string[] ScheduleHeadings = ["lich cong tac", "lich lam viec", "lich truc", "lich tuan"];

    private static bool IsScheduleLine(NoticeBlock b)
    {
        if (b.Kind != BlockKind.Item) return false;
        var f = b.Folded;
        var p = 0;
        foreach (var part in DayParts)
            if (f.StartsWith(part, StringComparison.Ordinal)) { p = part.Length; break; }
        string? day = null;
        foreach (var w in Weekdays)
            if (string.CompareOrdinal(f, p, w, 0, w.Length) == 0) { day = w; break; }
        if (day is null) return false;
        var colon = f.IndexOf(':', p);
        if (colon < 0 || colon - p > 30 || f.AsSpan(p, colon - p).IndexOfAnyInRange('0', '9') < 0) return false;
        var rest = b.Lower[(colon + 1)..].TrimStart();
        return !f.AsSpan(colon).Contains("chuan bi", StringComparison.Ordinal)
               && (rest.StartsWith("giao ban", StringComparison.Ordinal) || !Sections.StartsDirective(rest)); // "Giao ban khối …" is a briefing
    }

    private static Addressee Shift(Addressee a, int by) => by == 0 ? a : a with
    {
        Lead = a.Lead?.Shifted(by),
        Cooperating = Shifted(a.Cooperating, by),
        Supervisor = a.Supervisor?.Shifted(by),
        Directed = a.Directed?.Shifted(by),
    };

    private static List<UnitRef> HeadingRefs(IReadOnlyList<UnitMention> mentions, NoticeBlock b)
    {
        var list = new List<UnitRef>(mentions.Count);
        UnitRef.AddFrom(list, mentions, b, 0);
        return list;
    }

    private static List<UnitMention> Shifted(IReadOnlyList<UnitMention> mentions, int by)
    {
        var list = new List<UnitMention>(mentions.Count);
        foreach (var m in mentions) list.Add(m.Shifted(by));
        return list;
    }

    // ---- 1. the end of the body ---------------------------------------------------------------------------------

    private static bool Ends(NoticeBlock b, string folded) => b.Kind == BlockKind.Paragraph && Sections.IsClosing(folded);

    private static readonly string[] AttachedTitles = ["KẾ HOẠCH", "QUY CHẾ", "QUY ĐỊNH", "CHƯƠNG TRÌNH", "PHƯƠNG ÁN", "HƯỚNG DẪN", "PHỤ LỤC", "DANH MỤC"];

    private static bool IsAttachedDocumentTitle(NoticeBlock b) =>
        b.Kind == BlockKind.Paragraph && AttachedTitles.Any(t => b.Content.StartsWith(t, StringComparison.Ordinal))
        && b.Content.TakeWhile(c => c != '(').Where(char.IsLetter).All(char.IsUpper);

    // "TL. CHỦ TỊCH", "THỰC HIỆN CHƯƠNG TRÌNH … GIAI ĐOẠN 2024 - 2025": signature lines and titles are in capitals.
    private static bool IsSignature(NoticeBlock b) =>
        b.Kind == BlockKind.Paragraph && b.Content.Length is > 0 and < 240 && LettersAllUpper(b.Content);

    // Some letter, and every letter upper case (a loop: no enumerator or delegate per block).
    private static bool LettersAllUpper(string s)
    {
        var letter = false;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letter = true;
        }
        return letter;
    }

    // ---- 2. sections that yield no tasks --------------------------------------------------------------------------

    private bool InNoiseSection(int i)
    {
        foreach (var a in _outline.Ancestors(i))
            if (_headings[a] is { } h && h.Kind != SectionKind.Directive) return true;
        return false;
    }

    // ---- 3. headings, labels and lead-ins ---------------------------------------------------------------------------

    private bool OpensContext(int i, string folded, Addressee leading)
    {
        var b = _blocks[i];
        var hasChildren = _outline.HasChildren(i);
        // Numbered items are headings when short or ending with ":"; a bullet only when it is a label ("- Văn phòng …:").
        var words = Addressees.WordCount(b.Content);
        var headingLike = b.Kind == BlockKind.Paragraph ? b.Content.EndsWith(':')
            : b.Style.IsBullet ? leading.LabelOnly || b.Content.EndsWith(':') && words <= 12
            : leading.LabelOnly || b.Content.EndsWith(':') || words <= 15 && !EndsSentence(b.Content) || CapitalsBeforeBracket(b.Content);
        // "II. Ý KIẾN CỦA ĐỒNG CHÍ PHÓ CHỦ TỊCH PHỤ TRÁCH KINH TẾ (đ/c X)": a leader whose opinions follow is no unit of the items.
        if (CapitalsBeforeBracket(b.Content) && leading.Lead is { } ld && (ld.Kind == UnitKind.Person || ld.IsLeader)) leading = Addressee.None;
        if (!hasChildren)
        {
            // A unit label or a topic heading with nothing under it is not a task; "1. Rà soát hộ nghèo" (a directive) is.
            if (leading.LabelOnly) return true;
            if (b.Kind == BlockKind.Item && headingLike && !b.Style.IsBullet && leading.Lead is null
                && !Sections.StartsDirective(b.Lower) && Addressees.Trailing(b.Content, b.Lower) is null)
            {
                _headings[i] = Context(i, leading, Sections.Classify(folded, hasUnit: false));
                return true;
            }
            return b.Kind == BlockKind.Paragraph && b.Content.EndsWith(':') && leading.Lead is null && !leading.TopicLabel;
        }
        var children = _outline.Children(i).ToList();
        // (Not under "II. THỜI GIAN, ĐỊA ĐIỂM": a heading of information whose lines are fields is no task.)
        if (children.Count > 0 && b.Kind == BlockKind.Item && Sections.Classify(folded, hasUnit: false) == SectionKind.Directive
            && children.All(c => IsAttributeLine(_blocks[c]))
            && children.Any(c => Addressees.AssignmentOnly(_blocks[c].Content, _blocks[c].Lower) is not null || IsDeadlineLine(_blocks[c])))
            return false; // "1. Tuyên truyền …" with "Đơn vị thực hiện: …", "Thời gian: …" under it is one task
        if (!headingLike)
        {
            // A full directive sentence with items under it: a task whose unit the items inherit.
            _headings[i] = Context(i, leading, SectionKind.Directive) with { IsHeading = false };
            return false;
        }
        var kind = Sections.Classify(folded, hasUnit: leading.Lead is not null && !leading.Statement);
        _headings[i] = Context(i, leading, kind);
        // A heading that is a directive on its own ("2. Yêu cầu các phòng … khắc phục …:") orders nothing by itself.
        return true;
    }

    // A title in capitals up to a bracket ("Ý KIẾN CỦA ĐỒNG CHÍ PHÓ CHỦ TỊCH … (đ/c Vi Thị Hồng)"), long as it may be.
    private static bool CapitalsBeforeBracket(string content)
    {
        var open = content.IndexOf('(');
        return open > 0 && content.EndsWith(')') && LettersAllUpper(content[..open]);
    }

    private HeadingContext Context(int i, Addressee a, SectionKind kind)
    {
        var b = _blocks[i];
        UnitRef? unit = a.Lead is { } l ? UnitRef.From(l, b, 0) : null;
        if (a.Lead is { } lead && unit is { } u && !a.TopicLabel && a.Supervisor is null && a.Cooperating.Count == 0 && WholeLineIsName(b, lead))
            unit = u with { Name = UnitNames.Tidy(b.Content[lead.Start..].TrimEnd(':', '.', ' ')), End = b.Content.TrimEnd(':', '.', ' ').Length };
        var section = b.Kind == BlockKind.Item && !b.Style.IsBullet ? b.Marker : null;
        return new HeadingContext(b, kind, unit, HeadingRefs(a.Cooperating, b),
            a.Supervisor is { } s ? UnitRef.From(s, b, 0) : null, section);
    }

    // "1. Phòng Kinh tế, hạ tầng và Đô thị phường": a short heading that starts with a unit and goes on with no verb is
    // all name, even where the grammar would stop.
    private static readonly char[] NameEndChars = [':', '.', ' '];

    private static bool WholeLineIsName(NoticeBlock b, UnitMention lead)
    {
        var rest = b.Content[lead.End..].TrimEnd(NameEndChars);
        if (rest.Length == 0) return false;
        if (Addressees.WordCount(b.Content) > 12 || b.Content.Contains(':')) return false;
        var lower = VietnameseText.LowerInvariant(rest);
        for (var k = 0; k < lower.Length; k++)
            if ((k == 0 || lower[k - 1] == ' ') && UnitLexicon.WordAt(lower, k, UnitLexicon.Default.Verbs) is not null) return false;
        return true;
    }

    // ---- 4. lines that belong to the task above ----------------------------------------------------------------------

    private bool AttachToPrevious(int i)
    {
        if (_last is null || !CloseToLast(i) || _outline.HasChildren(i)) return false;
        var b = _blocks[i];
        if (b.Kind == BlockKind.Item && !b.Style.IsBullet) return false; // "2.2. Giao Văn phòng …" is the next heading
        if (IsDeadlineLine(b))
        {
            _last.DeadlineSources.Add((b, new Clause(0, b.Content.Length)));
            _last.LineEnd = b.LineEnd;
            _lastBlock = i;
            return true;
        }
        if (Addressees.CooperationField(b.Content, b.Lower) is { } partners)
        {
            UnitRef.AddFrom(_last.Cooperating, partners, b, 0);
            _last.LineEnd = b.LineEnd;
            _lastBlock = i;
            return true;
        }
        if (Addressees.AssignmentOnly(b.Content, b.Lower) is { Lead: { } lead } a && _last.Own is null && _last.Assigned is null)
        {
            _last.Assigned = UnitRef.From(lead, b, 0);
            UnitRef.AddFrom(_last.Cooperating, a.Cooperating, b, 0);
            _last.DeadlineSources.Add((b, new Clause(0, b.Content.Length)));
            _last.LineEnd = b.LineEnd;
            _lastBlock = i;
            return true;
        }
        if (IsAttributeLine(b))
        {
            _last.DeadlineSources.Add((b, new Clause(0, b.Content.Length)));
            _last.LineEnd = b.LineEnd;
            _lastBlock = i;
            return true;
        }
        return false;
    }

    // The task above is the block just before, or the item this block sits under.
    private bool CloseToLast(int i) => _lastBlock == i - 1 || _outline.Parent(i) == _lastBlock;

    private static readonly string[] ContentFields = ["noi dung", "nhiem vu", "cong viec", "noi dung cong viec", "noi dung nhiem vu"];

    // "- Nội dung: Rà soát …" followed by "- Đơn vị chủ trì: …", "- Thời hạn: …": the content line is the task, the
    // other fields attach to it (step 4).
    private bool ContentField(int i)
    {
        var b = _blocks[i];
        var colon = b.Content.IndexOf(':');
        if (colon is < 3 or > 30 || colon + 2 >= b.Content.Length) return false;
        var field = b.Folded.AsSpan(0, colon).Trim(); // folding keeps positions: the block's fold up to the colon
        var numbered = NumberedField(field);
        if (!IsOneOf(numbered, ContentFields)) return false;
        var start = colon + 1;
        while (start < b.Content.Length && b.Content[start] == ' ') start++;
        var d = new TaskDraft { Block = b, Text = new Clause(start, b.Content.Length), Section = SectionOf(i) };
        if (numbered.Length < field.Length) ReadInlineFields(b, d);
        d.DeadlineSources.Insert(0, (b, d.Text));
        if (InnermostUnitHeading(i) is { } heading) d.FromHeading = heading.Unit;
        Add(d, i);
        return true;
    }

    // "Nội dung 2", "Nhiệm vụ 3": a numbered content field is the field itself.
    private static ReadOnlySpan<char> NumberedField(ReadOnlySpan<char> field)
    {
        var e = field.Length;
        while (e > 0 && char.IsAsciiDigit(field[e - 1])) e--;
        return e < field.Length && e > 1 && field[e - 1] == ' ' ? field[..(e - 1)] : field;
    }

    // "Nội dung 1: Phát động …. Chủ trì: X. Phối hợp: Y, Z. Thời gian: …": the fields written as sentences after the
    // task end its text and give its unit, partners and date (one pass over the block's sentences).
    private static void ReadInlineFields(NoticeBlock b, TaskDraft d)
    {
        var sentences = Clauses.Sentences(b.Content);
        var textEnd = -1;
        foreach (var s in sentences)
        {
            if (s.Start < d.Text.Start) continue;
            var text = b.Content[s.Start..s.End];
            var lower = b.Lower[s.Start..s.End];
            if (Addressees.CooperationField(text, lower) is { } partners)
                UnitRef.AddFrom(d.Cooperating, partners, b, s.Start);
            else if (Addressees.AssignmentOnly(text, lower) is { Lead: { } lead } a && lower.Contains(':'))
            {
                d.Assigned ??= UnitRef.From(lead, b, s.Start);
                UnitRef.AddFrom(d.Cooperating, a.Cooperating, b, s.Start);
            }
            else if (!IsFieldSentence(b, s)) continue;
            d.DeadlineSources.Add((b, s)); // a field sentence may run on into the next field ("… xã. Thời gian: …")
            // "Thời gian: Tháng 6 - 8/2026", "Thời hạn: Quý III/2026": the task's own time field reads like a table's deadline column.
            if (TimeFieldValue(b, s) is { } value) { d.DeadlineCell ??= (b, value); d.RecurrenceCell ??= b.Content[value.Start..value.End]; }
            if (textEnd < 0) textEnd = s.Start;
        }
        if (textEnd > d.Text.Start) d.Text = d.Text with { End = TrimEnd(b.Content, textEnd) };
    }

    private static Clause? TimeFieldValue(NoticeBlock b, Clause s)
    {
        var f = b.Folded;
        for (var at = s.Start; at < s.End; at++)
        {
            if (at > s.Start && f[at - 1] != ' ') continue;
            foreach (var field in (ReadOnlySpan<string>)["thoi gian:", "thoi han:"])
                if (string.CompareOrdinal(f, at, field, 0, field.Length) == 0 && at + field.Length <= s.End)
                    return new Clause(at + field.Length, s.End);
        }
        return null;
    }

    private static bool IsFieldSentence(NoticeBlock b, Clause s)
    {
        var colon = b.Content.IndexOf(':', s.Start, s.End - s.Start);
        if (colon < 0 || colon - s.Start > 40) return false;
        var f = b.Folded.AsSpan(s.Start, colon - s.Start).Trim();
        foreach (var a in AttributeFields)
            if (f.SequenceEqual(a)) return true;
        return false;
    }

    private static readonly string[] DeadlineFields = ["thoi gian", "thoi han", "han hoan thanh", "han chot", "hoan thanh truoc", "hoan thanh cham nhat", "hoan thanh trong", "tien do"];

    // "Thời gian hoàn thành: trước ngày 30/6/2026.": a short line that only dates the task above.
    private static bool IsDeadlineLine(NoticeBlock b)
    {
        if (Addressees.WordCount(b.Content) > 14) return false;
        var f = b.Folded;
        return Sections.StartsAny(f, DeadlineFields) && f.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
    }

    private static readonly string[] AttributeFields =
    [
        "noi dung", "hinh thuc", "thoi gian", "thoi han", "don vi thuc hien", "don vi chu tri", "co quan chu tri", "co quan thuc hien",
        "don vi phoi hop", "co quan phoi hop", "chu tri", "phoi hop", "kinh phi", "san pham", "dia diem", "thanh phan", "doi tuong",
        "tien do", "ket qua", "phuong thuc", "cach thuc", "quy mo", "so luong", "nguoi thuc hien", "trach nhiem thuc hien", "yeu cau",
        "noi nhan ket qua", "noi nhan bao cao", "dau moi", "lien he",
    ];

    // "Nội dung: …", "Đơn vị thực hiện: …", "Kinh phí: …": a field of the task above, not a task.
    private static bool IsAttributeLine(NoticeBlock b)
    {
        var colon = b.Content.IndexOf(':');
        if (colon is < 3 or > 40) return false;
        var f = b.Folded.AsSpan(0, colon).Trim(); // folding keeps positions: the block's fold up to the colon
        foreach (var a in AttributeFields)
            if (f.SequenceEqual(a) || f.Length > a.Length && f.StartsWith(a, StringComparison.Ordinal) && f[a.Length] == ' ') return true;
        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
            if (s.SequenceEqual(w)) return true;
        return false;
    }

    // ---- 5. items and paragraphs ------------------------------------------------------------------------------------

    private void ReadItem(int i, string folded, Addressee leading)
    {
        var b = _blocks[i];
        var heading = InnermostUnitHeading(i);
        var parentHeading = _outline.Parent(i) is var p && p >= 0 && _headings[p] is { IsHeading: true } ph ? ph : null;
        var section = SectionOf(i);
        var directive = Sections.StartsDirective(b.Lower);
        // An item in a list, or a paragraph under a unit or starting with an order, is a task by position;
        // other paragraphs (news, prose) yield only the sentences that name whom they order.
        var byPosition = b.Kind == BlockKind.Item
            ? heading is not null || leading.Lead is not null || directive || leading.TopicLabel && !leading.Statement || _outline.Parent(i) >= 0 && IsUnderLeadIn(i)
            : parentHeading?.Unit is not null || directive; // a paragraph takes its unit only from the heading right above it
        if (b.Kind == BlockKind.Item && Sections.IsInformation(folded, b.Lower) && (leading.Lead is null || Sections.ChairField(folded))) return;
        if (b.Kind == BlockKind.Item && !byPosition)
        {
            if (Addressees.Trailing(b.Content, b.Lower) is null && !FollowedByAssignment(i)) return;
            // "1. Hoàn chỉnh kịch bản … — X thực hiện." / "   Trách nhiệm: X.": the unit written after the item makes it a task,
            // whatever verb it opens with.
            byPosition = true;
        }

        var drafts = SplitIntoTasks(b, leading, byPosition, section);
        foreach (var d in drafts)
        {
            if (heading is not null && !d.Public)
            {
                d.FromHeading = heading.Unit;
                d.HeadingCooperating.AddRange(heading.Cooperating);
                d.Supervisor ??= heading.Supervisor ?? SupervisorAbove(i);
            }
            else d.Supervisor ??= SupervisorAbove(i);
            // "Chỉ đạo X …" under a leader: X does the work, the leader supervises; under an office: the office leads.
            if (d.Directed is { } dir && d.Own is null && d.Assigned is null)
            {
                if (d.FromHeading is not { } h || h.IsLeader) { d.Own = dir; if (d.FromHeading is { IsLeader: true } leader) d.Supervisor ??= leader; }
                else d.Cooperating.Add(dir);
            }
            Add(d, i);
        }
    }

    private bool IsUnderLeadIn(int i)
    {
        foreach (var a in _outline.Ancestors(i))
            if (_blocks[a].Kind == BlockKind.Paragraph || _headings[a] is not null) return true;
        return false;
    }

    private bool FollowedByAssignment(int i) =>
        i + 1 < _blocks.Count && _blocks[i + 1].Kind != BlockKind.TableRow
        && Addressees.AssignmentOnly(_blocks[i + 1].Content, _blocks[i + 1].Lower) is not null;

    private HeadingContext? InnermostUnitHeading(int i)
    {
        foreach (var a in _outline.Ancestors(i))
            if (_headings[a] is { Unit: not null } h) return h;
        return null;
    }

    private UnitRef? SupervisorAbove(int i)
    {
        foreach (var a in _outline.Ancestors(i))
            if (_headings[a] is { Supervisor: not null } h) return h.Supervisor;
        return null;
    }

    private string? SectionOf(int i)
    {
        var b = _blocks[i];
        if (b.Kind == BlockKind.Item && !b.Style.IsBullet) return b.Marker;
        foreach (var a in _outline.Ancestors(i))
            if (_blocks[a].Kind == BlockKind.Item && !_blocks[a].Style.IsBullet) return _blocks[a].Marker;
        return null;
    }

    /// <summary>
    /// One block → its tasks. Sentence by sentence: a sentence that names its own unit (different from the task being
    /// read) starts a new task; a sentence that only assigns ("Giao X chủ trì thực hiện.") gives the task its unit; other
    /// sentences continue the task. Within a sentence, "…; Y tham mưu …" or "…, Y thẩm định …" (a new subject) splits too.
    /// </summary>
    private static List<TaskDraft> SplitIntoTasks(NoticeBlock b, Addressee leading, bool byPosition, string? section)
    {
        var drafts = new List<TaskDraft>();
        TaskDraft? current = null;
        UnitRef? listUnit = null;
        var sentences = Clauses.Sentences(b.Content);
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            var text = b.Content[s.Start..s.End];
            var lower = b.Lower[s.Start..s.End];
            if ((k > 0 || sentences.Count > 1) && lower.AsSpan().ContainsAny(ClosingWords)
                && Sections.IsClosingFormula(Fold.SameLength(text))) continue; // "Nếu có khó khăn, vướng mắc, … để được hỗ trợ."
            // "… . Thành phần mời tham dự gồm: X, Y.": attendees belong to the task being read, they start none.
            if (k > 0 && IsAttendeeSentence(b, s))
            {
                if (current is not null) current.Text = current.Text with { End = s.End };
                continue;
            }
            // (The block's leading unit read past the first sentence, through an opener's commas, is not that sentence's.)
            var a = k == 0 && !(sentences.Count > 1 && leading.Lead is { } far && far.Start >= s.End) ? leading : Addressees.Leading(text, lower);
            // "Chủ tịch UBND phường … cho biết, UBND phường giao Công an phường …", "Đồng chí nhấn mạnh, UBND xã cần …": what a
            // speaker reports or stresses, then an order or a unit's work of its own.
            if ((a.Lead is null || a.Statement) && ReportedClause(text, lower) is { } reported) a = reported;
            // "Chiều ngày 3/7, Đảng ủy - HĐND - UBND xã … tổ chức hội nghị …": a news paragraph opening on the event it reports.
            if (k == 0 && !byPosition && b.Kind == BlockKind.Paragraph && a.Lead is { } ev && NarratesEvent(lower, a, ev)) continue;
            // "Dự hội nghị có đồng chí …; các đồng chí trong Ban Thường vụ, Ban Chấp hành; …": who attended, in a news paragraph.
            if (!byPosition && b.Kind == BlockKind.Paragraph && Sections.StartsAny(lower, AttendeeStarts)) continue;
            // "Các tổ xung kích, trường học … đều quyết tâm …", "Công an phường cam kết …": a pledge the news reports, no order.
            if (!byPosition && b.Kind == BlockKind.Paragraph && a is { Lead: not null, ViaDirectiveVerb: false } && IsPledge(lower)) continue;
            // "… . Các phòng, đơn vị nghiêm túc thực hiện./.": the closing order after the last task.
            if (k > 0 && Addressees.IsClosingOrder(text, lower, a)) continue;
            // "… chỉ đạo các phòng làm tốt một số nội dung như: Rà soát …. Đôn đốc …. Đẩy nhanh ….": each sentence of the
            // enumeration is a task of the unit named before it, until a sentence names its own subject.
            if (listUnit is { } lu && a.Lead is null && !a.Statement && char.IsUpper(text[0]))
            {
                current = new TaskDraft { Block = b, Text = s, Section = section, Own = lu };
                drafts.Add(current);
                continue;
            }
            if (a.Lead is not null) listUnit = null;
            // "… giao nhiệm vụ cho từng thành viên: (1) Phòng VH-XH lập danh sách …; (2) kiểm tra … - BCĐ ATTP chủ trì; (3) …":
            // items numbered inside one sentence are tasks of their own.
            if (InlineItems(text) is { Count: >= 2 } items && (byPosition || a.Lead is not null || Addressees.HasSpeakerOrder(lower)))
            {
                foreach (var (from, to) in items)
                {
                    var sub = new Clause(s.Start + from, s.Start + to);
                    current = NewDraft(b, sub, Addressees.Leading(b.Content[sub.Start..sub.End], b.Lower[sub.Start..sub.End]), section);
                    drafts.Add(current);
                }
                continue;
            }
            if (current is not null)
            {
                if (Addressees.AssignmentOnly(text, lower) is { Lead: { } asg } assignment)
                {
                    if (current.Own is null && current.Assigned is null)
                    {
                        current.Assigned = UnitRef.From(asg, b, s.Start);
                        UnitRef.AddFrom(current.Cooperating, assignment.Cooperating, b, s.Start);
                    }
                    current.Text = current.Text with { End = s.End };
                    continue;
                }
                // In prose every sentence with its own subject is a task; inside a list item a later sentence starts a
                // new task when it gives an order ("Giao X …", "Đề nghị X …") or when the item named its own unit too
                // ("Sở Tài chính chủ trì …. Sở Thông tin và Truyền thông chủ trì …"); else it goes on with the item.
                // "… đề nghị Hiệu trưởng các trường rà soát …. Các đơn vị hoàn thành và gửi … trước ngày 24/3.": every unit,
                // without a new order, goes on with the task being read.
                var newSubject = a.Lead is { } l && !a.Statement && l.Kind != UnitKind.Person
                                 && (!l.IsAllUnits || a.ViaDirectiveVerb || current.Own is null || !FollowUpAfter(lower, l.End))
                                 && (b.Kind == BlockKind.Paragraph || !SameUnit(l.Name, current.Own?.Name))
                                 && (b.Kind != BlockKind.Item || a.ViaDirectiveVerb || current.Own is not null);
                if (newSubject && Addressees.OnlyCooperates(text, lower, a))
                {
                    // "Công an phường phối hợp thực hiện.": a partner of the task, not a task.
                    current.Cooperating.Add(UnitRef.From(a.Lead!.Value, b, s.Start));
                    newSubject = false;
                }
                if (!newSubject) { current.Text = current.Text with { End = s.End }; continue; }
            }
            else
            {
                if (a.Statement) continue;
                // By position, the first sentence that is not a report starts the task ("Về …: UBND huyện đã có báo cáo …. UBND tỉnh yêu cầu …").
                var starts = a.Lead is not null || byPosition && (drafts.Count == 0 || Sections.StartsDirective(lower));
                if (!starts) continue;
            }
            current = NewDraft(b, s, a, section);
            if (a.Lead is { } ld && EnumerationStart(text, ld.End) is { } first)
            {
                current.Text = new Clause(s.Start + first, s.End);
                listUnit = current.Own;
            }
            drafts.Add(current);
        }
        // Clauses with their own subject inside a sentence: "…; phòng NN&PTNT tham mưu …".
        var result = new List<TaskDraft>(drafts.Count);
        foreach (var d in drafts) SplitBySubjects(b, d, section, result);
        foreach (var d in result)
        {
            var clauseText = b.Content[d.Text.Start..d.Text.End]; // d.Block is b: the clause is cut once for both readers
            var clauseLower = b.Lower[d.Text.Start..d.Text.End];
            if (d.Own is null && Addressees.Trailing(clauseText, clauseLower) is { Lead: { } t } trailing)
            {
                d.Assigned = UnitRef.From(t, b, d.Text.Start);
                UnitRef.AddFrom(d.Cooperating, trailing.Cooperating, b, d.Text.Start);
            }
            var coop = new List<UnitMention>();
            Addressees.AddCooperating(clauseText, clauseLower, 0, clauseText.Length, coop);
            UnitRef.AddFrom(d.Cooperating, coop, b, d.Text.Start);
            d.DeadlineSources.Insert(0, (b, d.Text));
        }
        return result;
    }

    private static readonly string[] EventTimes = ["sáng ", "chiều ", "tối ", "trưa ", "ngày ", "sáng nay", "chiều nay", "hôm nay", "hôm qua"];
    private static readonly string[] EventVerbs =
        ["tổ chức hội nghị", "tổ chức họp", "tổ chức lễ", "tổ chức buổi", "tổ chức cuộc", "tổ chức kỳ họp", "tổ chức hội thảo", "tổ chức đại hội",
         "tổ chức tọa đàm", "long trọng tổ chức", "đã tổ chức", "họp ", "tiến hành họp"];

    // A time first ("Sáng 14/10, …", "Ngày 06-1, …"), then the unit, then a meeting or ceremony it held: the event reported.
    private static bool NarratesEvent(string lower, Addressee a, UnitMention lead)
    {
        var time = false;
        foreach (var t in EventTimes)
            if (lower.StartsWith(t, StringComparison.Ordinal)) { time = true; break; }
        if (!time || lower.AsSpan(0, Math.Min(lower.Length, 40)).IndexOfAnyInRange('0', '9') < 0 || a.ViaDirectiveVerb) return false;
        // The verb within a few words after the unit ("Đảng ủy - HĐND - UBND - UB MTTQ Việt Nam xã … tổ chức hội nghị …").
        var limit = Math.Min(lower.Length, lead.End + 120);
        for (var at = lead.End; at < limit; at++)
        {
            if (lower[at] is ',' or '.' or ';' or ':') return false;
            if (lower[at - 1] != ' ') continue;
            foreach (var v in EventVerbs)
                if (UnitGrammar.StartsWith(lower, at, v)) return true;
        }
        return false;
    }

    private static readonly string[] PledgeWords = [" quyết tâm ", " cam kết ", " hứa "];

    private static bool IsPledge(string lower)
    {
        foreach (var w in PledgeWords)
            if (lower.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] AttendeeStarts = ["dự hội nghị có", "dự hội nghị còn có", "tham dự hội nghị có", "tham dự có", "dự buổi làm việc có", "tham dự buổi", "cùng dự có", "dự họp có", "tham dự cuộc họp có"];

    private static readonly string[] ReportCues = [" cho biết, ", " cho biết: ", " nhấn mạnh, ", " nhấn mạnh: ", " khẳng định, ", " thông tin, ", " chia sẻ, ", " lưu ý, "];

    /// <summary>
    /// The clause after a speaker's reporting verb and its comma ("X cho biết, Y giao Z …", "Đồng chí nhấn mạnh, UBND xã cần …"),
    /// read as the sentence's own when it names a unit that is ordered or does work (not a report, not a person); else null.
    /// </summary>
    internal static Addressee? ReportedClause(string text, string lower)
    {
        if (text.Length < 30) return null;
        foreach (var cue in ReportCues)
        {
            var at = lower.IndexOf(cue, StringComparison.Ordinal);
            if (at <= 0 || at > 160 || Addressees.WordCount(text.AsSpan(0, at)) > 20) continue;
            var q = at + cue.Length;
            var a = Addressees.Leading(text[q..], lower[q..]);
            if (a.Lead is not { } l || a.Statement || l.Kind == UnitKind.Person || l.IsLeader && !a.ViaDirectiveVerb) return null;
            var after = UnitGrammar.SkipSpaces(text, q + l.End);
            if (!a.ViaDirectiveVerb && !Sections.StartsDirective(lower[after..])) return null;
            return Shift(a, q) with { ViaDirectiveVerb = true };
        }
        return null;
    }

    // "…: (1) …; (2) …; (3) …": the stretches after each marker, numbered from 1 in order after a colon.
    private static List<(int From, int To)>? InlineItems(string text)
    {
        var colon = text.IndexOf(": (1) ", StringComparison.Ordinal);
        if (colon < 0) return null;
        var starts = new List<(int Marker, int Text)>();
        var at = colon + 2;
        for (var k = 1; k < 20 && at >= 0; k++)
        {
            var marker = "(" + k + ") ";
            if (string.CompareOrdinal(text, at, marker, 0, marker.Length) != 0) break;
            starts.Add((at, at + marker.Length));
            at = text.IndexOf(" (" + (k + 1) + ") ", at + marker.Length, StringComparison.Ordinal);
            if (at >= 0) at++;
        }
        if (starts.Count < 2) return null;
        var items = new List<(int, int)>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].Marker : text.Length;
            items.Add((starts[k].Text, TrimEnd(text, end)));
        }
        return items;
    }

    // "… một số nội dung như: Tổ chức …": where the first item of an enumeration inside a sentence starts, after its unit.
    private static int? EnumerationStart(string text, int from)
    {
        // The block's leading unit may lie beyond its first sentence ("Tổ chức họp …. Thành phần gồm: X, Y"): no enumeration here.
        if (from > text.Length) return null;
        var colon = text.IndexOf(':', from);
        if (colon < 0) return null;
        var before = text.AsSpan(from, colon - from).TrimEnd(' ');
        if (!(before.EndsWith(" như", StringComparison.Ordinal) || before.EndsWith(" sau", StringComparison.Ordinal))) return null;
        var first = UnitGrammar.SkipSpaces(text, colon + 1);
        return first < text.Length && char.IsUpper(text[first]) && Addressees.WordCount(text.AsSpan(first)) >= 3 ? first : null;
    }

    // "khó khăn", "vướng mắc", "biết", "hiệu lực", "thi hành", "thay thế": one search for the words a closing formula needs.
    private static readonly System.Buffers.SearchValues<string> ClosingWords =
        System.Buffers.SearchValues.Create(["khó khăn", "vướng mắc", "biết", "hiệu lực", "thi hành", "thay thế"], StringComparison.Ordinal);

    private static TaskDraft NewDraft(NoticeBlock b, Clause s, Addressee a, string? section)
    {
        var d = new TaskDraft { Block = b, Text = s, Section = section, Public = a.Public };
        if (a.Lead is { } lead) d.Own = UnitRef.From(lead, b, s.Start);
        if (a.Directed is { } directed) d.Directed = UnitRef.From(directed, b, s.Start);
        UnitRef.AddFrom(d.Cooperating, a.Cooperating, b, s.Start);
        if (a.Supervisor is { } sup) d.Supervisor = UnitRef.From(sup, b, s.Start);
        return d;
    }

    // Eager, into the caller's list (the same drafts in the same order as an iterator, without one per draft).
    private static void SplitBySubjects(NoticeBlock b, TaskDraft d, string? section, List<TaskDraft> into)
    {
        if (d.Own is null) { into.Add(d); return; }
        var own = d.Own.Value;
        var notBefore = own.End;
        foreach (var c in d.Cooperating) notBefore = Math.Max(notBefore, c.End);
        // Units listed after "phối hợp với", "gửi" … end where a list goes on: no new subject starts at their commas.
        var partners = new List<UnitMention>();
        Addressees.AddCooperating(b.Content, b.Lower, d.Text.Start, d.Text.End, partners, keepAllUnits: true);
        var listEnds = new HashSet<int>(partners.Count);
        foreach (var m in partners) listEnds.Add(m.End);
        var breaks = Clauses.SubjectBreaks(b.Content, b.Lower, d.Text.Start, d.Text.End, notBefore, listEnds);
        if (breaks.Count == 0) { into.Add(d); return; }
        var count = breaks.Count + 1; // the task's start, then each break
        var lastEnd = d.Text.End;
        for (var k = 0; k < count; k++)
        {
            var from = k == 0 ? d.Text.Start : breaks[k - 1];
            var end = k + 1 < count ? TrimEnd(b.Content, breaks[k]) : lastEnd;
            var clause = new Clause(from, end);
            if (k == 0)
            {
                d.Text = clause;
                into.Add(d);
                continue;
            }
            var text = b.Content[clause.Start..clause.End];
            var a = Addressees.Leading(text, b.Lower[clause.Start..clause.End]);
            var part = NewDraft(b, clause, a, section);
            part.Supervisor = d.Supervisor;
            into.Add(part);
        }
    }

    private static int TrimEnd(string s, int end)
    {
        while (end > 0 && s[end - 1] is ' ' or ';' or ',') end--;
        return end;
    }

    // "Các đơn vị hoàn thành và báo cáo trước ngày 15/7.": every unit told to finish or report goes on with the task above;
    // "Các đơn vị liên quan tiến hành rà soát …" is work of its own.
    private static readonly string[] FollowUpVerbs = ["hoàn thành", "báo cáo", "gửi", "thực hiện", "nghiêm túc", "khẩn trương", "chủ động báo cáo", "tổng hợp", "phối hợp"];

    private static bool FollowUpAfter(string lower, int end)
    {
        var i = UnitGrammar.SkipSpaces(lower, end);
        if (i < lower.Length && lower[i] == ',') i = UnitGrammar.SkipSpaces(lower, i + 1);
        foreach (var v in FollowUpVerbs)
            if (UnitGrammar.StartsWith(lower, i, v)) return true;
        return i >= lower.Length;
    }

    private static bool SameUnit(string a, string? b) => b is not null && UnitNameMatcher.Same(a, b);

    private static bool EndsSentence(string s) => s.EndsWith('.') || s.EndsWith(';') || s.EndsWith('!');

    private void Add(TaskDraft d, int i)
    {
        _drafts.Add(d);
        _last = d;
        _lastBlock = i;
    }
}
