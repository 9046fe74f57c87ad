using ChatBot.Core.Parsing.Layout;
using ChatBot.Core.Parsing.Tasks;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing;

/// <summary>
/// Reads a Vietnamese administrative notice (thông báo kết luận, công văn, kế hoạch, a portal's news write-up of a
/// meeting) into metadata and tasks. The stages, each its own type (docs/PARSER.md):
/// <list type="number">
/// <item><see cref="SourceText"/> — lines cleaned, with the way back to offsets in the text read;</item>
/// <item><see cref="NoticeSegmenter"/> — paragraphs, numbered items, table rows;</item>
/// <item><see cref="DocumentRegions"/> — where the body starts (header and preamble before it);</item>
/// <item><see cref="MetadataReader"/> — kind, number, place, dates, chair, signer, the year and level of the notice;</item>
/// <item><see cref="TaskReader"/> — the body's outline, headings and lead-ins, items and sentences → task drafts;</item>
/// <item><see cref="Finish"/> — names made canonical and matched to the directory, deadlines, recurrence, spans, evidence.</item>
/// </list>
/// </summary>
public static class NoticeParser
{
    public static ParsedNotice Parse(string text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ParseOptions();
        ParserFaults.Reset();
        var source = new SourceText(text);
        var segmented = NoticeSegmenter.Segment(source.Lines, source.Furniture);
        // A stage that throws gives way to what the notice reads without it (ParserFaults records it); tasks are read
        // block by block, each contained on its own (TaskReader.Walk, Finish).
        var blocks = Contained("UnitCodes", () => UnitCodes.Resolve(segmented), segmented);
        var bodyStart = Contained("DocumentRegions", () => DocumentRegions.BodyStart(blocks), 0);
        var header = Contained("MetadataReader", () => MetadataReader.Read(source.Lines, blocks, bodyStart), NoHeader);
        // TaskReader, then to-do lists and task slips read whole; if those throw, the reader's drafts alone.
        var drafts = Contained("LayoutKinds", () => LayoutKinds.Read(blocks, source, bodyStart), null) ?? TaskReader.Read(blocks, bodyStart);
        return Finish(source, header, drafts, options, blocks, bodyStart, Contained("CourtesyAddressee", () => CourtesyAddressee(blocks, bodyStart), null));
    }

    private static readonly HeaderFacts NoHeader = new(new NoticeMetadata(null, null, null, null, null, null, null, null, null), null, null);

    private static T Contained<T>(string stage, Func<T> read, T fallback)
    {
        try { return read(); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ParserFaults.Record(stage, ex);
            return fallback;
        }
    }

    /// <summary>
    /// The one addressee of a letter ("Kính gửi: Sở Xây dựng Thành phố Hồ Chí Minh."), for the requests it makes to "Quý
    /// Sở", "Quý cơ quan" …; null when the letter has several addressees or none.
    /// </summary>
    internal static string? CourtesyAddressee(IReadOnlyList<NoticeBlock> blocks, int bodyStart)
    {
        for (var i = 0; i < blocks.Count && i <= bodyStart + 1; i++)
        {
            var c = blocks[i].Content;
            var k = c.IndexOf("Kính gửi", StringComparison.Ordinal);
            if (k < 0 || k > 40) continue;
            var rest = c[(k + 8)..].TrimStart(' ', ':').TrimEnd(' ', '.', ';');
            if (rest.Length == 0 || rest.Contains(';') || rest.StartsWith('-')) return null; // a list of addressees
            var lower = VietnameseText.LowerInvariant(rest);
            if (UnitGrammar.Read(rest, lower, 0) is not { } u || u.Kind == UnitKind.AllUnits) return null;
            var end = UnitGrammar.SkipSpaces(rest, u.End);
            return end >= rest.Length || end >= rest.Length - 1 ? u.Name : null; // the line is that one unit
        }
        return null;
    }

    private static ParsedNotice Finish(SourceText source, HeaderFacts header, List<TaskDraft> drafts, ParseOptions options, List<NoticeBlock> blocks, int bodyStart, string? courtesy = null)
    {
        var directory = options.Directory;
        var abbreviations = (directory is { Count: > 0 } ? Abbreviations.BuiltIn.With(directory) : Abbreviations.BuiltIn).WithDefinitions(blocks.Select(b => b.Content), header.Level ?? "phường");
        var matcher = directory is { Count: > 0 } ? new UnitNameMatcher(directory) : null;
        var names = new NameBook(header.Level ?? "phường", abbreviations, matcher, courtesy);
        var year = header.Year ?? options.DefaultYear;
        var signedOn = header.Metadata.IssuedOn;
        // The event day "07 ngày trước ngày tổ chức Hội nghị" counts from: the meeting, else one dated in the preamble (read
        // only when an item asks for it).
        DateOnly? eventDay = null;
        var eventRead = false;
        DateOnly? EventOn()
        {
            if (eventRead) return eventDay;
            eventRead = true;
            eventDay = header.Metadata.MeetingOn;
            // The preamble, also when it is the lead-in of the first item ("…, Hội nghị … được tổ chức vào ngày 04/12/2026. Chủ
            // tịch UBND phường phân công như sau:").
            var end = Math.Min(blocks.Count, Math.Max(bodyStart, drafts.Count > 0 ? blocks.IndexOf(drafts[0].Block) : 0));
            for (var i = 0; i < end && eventDay is null; i++) eventDay = Deadlines.EventDay.Find(blocks[i].Folded, year);
            return eventDay;
        }
        Func<DateOnly?> eventEnd = () => Deadlines.EventDay.WindowEnd(blocks, drafts, bodyStart, year); // "… kể từ ngày kết thúc đợt kiểm tra"
        Func<DateOnly?> eventStart = () => Deadlines.EventDay.WindowStart(blocks, drafts, bodyStart, year); // "… so với ngày khai mạc"
        var tasks = new List<ParsedTask>(drafts.Count);
        foreach (var d in drafts)
        try // a task that throws here is dropped, the others kept (ParserFaults)
        {
            var text = d.TextValue;
            if (text.Length == 0) continue;
            ParserFaults.Probe("task", text);
            var lead = d.Lead;
            var leadName = lead is { } l ? names.Get(l) : null;
            var coop = Cooperating(d, lead, names);
            var ownFolded = d.Block.Folded[d.Text.Start..d.Text.End]; // folding keeps positions: a slice of the block's fold
            var (deadline, deadlineEvidence) = Deadline(source, d, ownFolded, year, signedOn, EventOn, eventEnd, eventStart);
            var recurrence = RecurrenceOf(d, ownFolded);
            var span = Span(source, d.Block, d.Text.Start, d.Text.End);
            var lineEnd = Math.Max(span.LineEnd, d.LineEnd);
            var coopNames = new List<string>(coop.Count);
            var coopKeys = new List<string>(coop.Count);
            foreach (var c in coop) // loops, not LINQ: two lists per task
            {
                coopNames.Add(c.Display);
                if (c.Key is not null) coopKeys.Add(c.Key);
            }
            tasks.Add(new ParsedTask(leadName?.Display, coopNames, text, deadline, recurrence, d.Section,
                IsUrgentLower(d.Block.Lower.AsSpan(d.Text.Start, d.Text.End - d.Text.Start)), d.Supervisor is { } s ? names.Get(s).Display : null, span.LineStart, lineEnd)
            {
                UnitKey = leadName?.Key,
                CooperatingKeys = coopKeys,
                UnitWritten = lead?.Name,
                Source = span with { LineEnd = lineEnd },
                UnitEvidence = lead is { } e ? new Evidence(e.Block.Content[e.Start..e.End], Span(source, e.Block, e.Start, e.End)) : null,
                DeadlineEvidence = deadlineEvidence,
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ParserFaults.Record($"Finish, task at line {d.Block.LineStart}", ex);
        }
        return new ParsedNotice(header.Metadata, tasks, names.Unmatched) { Units = names.All, Skipped = [.. ParserFaults.Last] };
    }

    private static List<Named> Cooperating(TaskDraft d, UnitRef? lead, NameBook names)
    {
        // The task's own partners, or (with none, and no unit of its own) the heading's: read in place, no copy.
        var refs = d.Cooperating.Count == 0 && d.Own is null && d.Assigned is null ? d.HeadingCooperating : d.Cooperating;
        var leadKey = lead is { } l ? names.Get(l).Compare : null;
        var result = new List<Named>(refs.Count);
        foreach (var r in refs)
        {
            if (r.IsAllUnits || r.Kind == UnitKind.Person) continue;
            var n = names.Get(r);
            if (n.Compare == leadKey || HasCompare(result, n.Compare)) continue;
            result.Add(n);
        }
        return result;
    }

    private static bool HasCompare(List<Named> named, string compare)
    {
        foreach (var x in named)
            if (x.Compare == compare) return true;
        return false;
    }

    private static (DateOnly?, Evidence?) Deadline(SourceText source, TaskDraft d, string ownFolded, int? year, DateOnly? signedOn, Func<DateOnly?> eventOn, Func<DateOnly?> eventEnd, Func<DateOnly?> eventStart)
    {
        if (d.DeadlineCell is { } cell && DeadlineParser.MatchCell(cell.Block.Content[cell.Clause.Start..cell.Clause.End], year, signedOn) is { } cm)
            return (cm.Date, EvidenceOf(source, cell.Block, cell.Clause.Start + cm.Start, cell.Clause.Start + cm.End));
        foreach (var (block, clause) in d.DeadlineSources)
        {
            var folded = ReferenceEquals(block, d.Block) && clause == d.Text ? ownFolded : block.Folded[clause.Start..clause.End];
            if (DeadlineParser.MatchFolded(folded, year, signedOn, eventOn, eventEnd, eventStart) is { } m)
                return (m.Date, EvidenceOf(source, block, clause.Start + m.Start, clause.Start + m.End));
        }
        // A deadline heading over the task, a Gantt row's last ticked month (docs/PARSER.md, "Layouts read whole").
        if (d.HeadingDeadline is { } h && DeadlineParser.MatchCell(h.Block.Content[h.Clause.Start..h.Clause.End], year, signedOn) is { } hm)
            return (hm.Date, EvidenceOf(source, h.Block, h.Clause.Start + hm.Start, h.Clause.Start + hm.End));
        if (d.DueMonth is { } due && (due.Year ?? year) is { } y)
        {
            var last = new DateOnly(y + (due.Year is null ? due.YearShift : 0), due.Month, 1).AddMonths(1).AddDays(-1);
            return (last, EvidenceOf(source, due.Block, due.Cell.Start, due.Cell.End));
        }
        return (null, null);
    }

    private static Recurrence? RecurrenceOf(TaskDraft d, string ownFolded)
    {
        if (d.RecurrenceCell is { } cell && CellRecurrence(cell) is { } r) return r;
        if (RecurrenceDetector.DetectFolded(ownFolded) is { } own) return own;
        for (var k = 1; k < d.DeadlineSources.Count; k++)
        {
            var (block, clause) = d.DeadlineSources[k];
            if (RecurrenceDetector.DetectFolded(block.Folded[clause.Start..clause.End]) is { } attached) return attached;
        }
        return null;
    }

    private static Recurrence? CellRecurrence(string cell)
    {
        var f = Common.Fold.SameLength(cell);
        // "Hằng tuần", "Thứ Sáu mỗi tuần" (not "Tuần 2 tháng 7": "tháng" holds no "hằng").
        if (f.Contains("hang tuan", StringComparison.Ordinal) || f.Contains("moi tuan", StringComparison.Ordinal)) return Recurrence.Weekly;
        if (f.Contains("hang thang", StringComparison.Ordinal) || f.Contains("moi thang", StringComparison.Ordinal)) return Recurrence.Monthly;
        if (f.Contains("hang quy", StringComparison.Ordinal) || f.Contains("moi quy", StringComparison.Ordinal)) return Recurrence.Quarterly;
        if (f.Contains("hang nam", StringComparison.Ordinal) || f.Contains("moi nam", StringComparison.Ordinal)) return Recurrence.Yearly;
        // "Hằng ngày" in a deadline cell: a daily task (LABELING.md: daily and bare "định kỳ" are periodic).
        if (f.Contains("dinh ky", StringComparison.Ordinal) || f.Contains("hang ngay", StringComparison.Ordinal) || f.Contains("moi ngay", StringComparison.Ordinal)) return Recurrence.Periodic;
        return null;
    }

    private static Evidence EvidenceOf(SourceText source, NoticeBlock block, int start, int end) =>
        new(block.Content[start..end], Span(source, block, start, end));

    private static TextSpan Span(SourceText source, NoticeBlock block, int start, int end)
    {
        end = Math.Max(start, end);
        var (l1, c1) = block.Locate(start);
        var (l2, c2) = block.Locate(Math.Max(start, end - 1));
        var from = source.Offset(l1, c1);
        var to = end > start ? source.Offset(l2, c2) + 1 : from;
        return new TextSpan(l1, l2, from, Math.Max(from, to));
    }

    private static readonly string[] UrgentWords = ["khẩn trương", "cấp bách", "khẩn cấp", "hỏa tốc", "ngay lập tức"];

    /// <summary>"khẩn trương", "ngay", "cấp bách": the task asks for immediate action.</summary>
    public static bool IsUrgent(string text) =>
        IsUrgentLower(VietnameseText.LowerInvariant(text.Length > 4000 ? text.AsSpan(0, 4000) : text)); // same as ToLowerInvariant, without ICU per call

    /// <summary><see cref="IsUrgent"/> on text already lower-cased (a slice of <see cref="NoticeBlock.Lower"/>).</summary>
    private static bool IsUrgentLower(ReadOnlySpan<char> lower)
    {
        foreach (var w in UrgentWords)
            if (lower.Contains(w, StringComparison.Ordinal)) return true;
        var i = 0;
        while (lower[i..].IndexOf("ngay", StringComparison.Ordinal) is var k && k >= 0)
        {
            i += k;
            var before = i == 0 || !char.IsLetter(lower[i - 1]);
            var after = i + 4 >= lower.Length || !char.IsLetter(lower[i + 4]);
            if (before && after) return true;
            i += 4;
        }
        return false;
    }

    private const string AllUnitsName = "Các cơ quan, đơn vị";

    // "Các cơ quan, đơn vị liên quan" is kept as written; "Thủ trưởng các sở, ban, ngành tỉnh", "các ngành …" become the one name.
    private static bool PlainAllUnits(string name)
    {
        var f = Common.Fold.Key(name);
        return f.StartsWith("cac phong", StringComparison.Ordinal) || f.StartsWith("cac co quan", StringComparison.Ordinal)
               || f.StartsWith("cac don vi", StringComparison.Ordinal) || f.StartsWith("cac ban", StringComparison.Ordinal);
    }

    private sealed record Named(string Display, string? Key, string Compare);

    /// <summary>Canonical names, directory keys and the unmatched list, computed once per written name.</summary>
    private sealed class NameBook(string level, Abbreviations abbreviations, UnitNameMatcher? matcher, string? courtesy)
    {
        private readonly Dictionary<string, Named> _byWritten = new(64, StringComparer.Ordinal);
        private readonly List<string> _unmatched = [];
        private readonly List<UnitName> _all = [];

        private readonly List<Named> _defined = [];

        public IReadOnlyList<string> Unmatched => _unmatched;

        // "Các Ban Công tác Mặt trận …" after "Ban Công tác Mặt trận các tổ dân phố": a plural short name of one body named in
        // full before it is that body (LABELING.md, "A defined body named again in short").
        private Named? DefinedBefore(UnitRef r)
        {
            if (r.IsAllUnits || r.Kind == UnitKind.Person || !r.Name.StartsWith("Các ", StringComparison.OrdinalIgnoreCase)) return null;
            var shortName = Common.Fold.Key(r.Name[4..]);
            if (shortName.Split(' ').Length < 2) return null;
            Named? found = null;
            foreach (var n in _defined)
            {
                if (n.Compare.Length <= shortName.Length || !n.Compare.StartsWith(shortName + " ", StringComparison.Ordinal)) continue;
                if (found is not null && found.Compare != n.Compare) return null; // two bodies fit: keep the name as written
                found = n;
            }
            return found;
        }
        public IReadOnlyList<UnitName> All => _all;

        private static bool HasCanonical(List<UnitName> all, string canonical)
        {
            foreach (var u in all)
                if (u.Canonical == canonical) return true;
            return false;
        }

        public Named Get(UnitRef r)
        {
            // "Quý Sở", "Quý cơ quan": the letter's addressee ("Kính gửi: …"), or no unit when it names none.
            if (r.Name.StartsWith("Quý ", StringComparison.Ordinal) && r.Kind == UnitKind.Organisation && r.Name.Split(' ').Length <= 3)
            {
                if (courtesy is null) return _byWritten[r.Name] = new Named(r.Name, null, Common.Fold.Key(r.Name));
                r = r with { Name = courtesy };
            }
            if (_byWritten.TryGetValue(r.Name, out var known)) return known;
            if (DefinedBefore(r) is { } defined) return _byWritten[r.Name] = defined;
            // Every unit of the body, however written ("Thủ trưởng các sở, ban, ngành", "các bộ phận chuyên môn"), is one addressee.
            var canonical = r.IsAllUnits && !PlainAllUnits(r.Name) ? AllUnitsName : UnitNames.Canonical(r.Name, level, abbreviations);
            string? key = null;
            var display = canonical;
            if (matcher is not null && !r.IsAllUnits)
            {
                if ((matcher.Match(canonical) ?? matcher.Match(r.Name)) is { } unit) { key = unit.Key; display = unit.Name; }
                else if (!_unmatched.Contains(canonical)) _unmatched.Add(canonical);
            }
            var named = new Named(display, key, Common.Fold.Key(canonical));
            _byWritten[r.Name] = named;
            _defined.Add(named);
            if (!HasCanonical(_all, canonical)) _all.Add(new UnitName(r.Name, canonical, key));
            return named;
        }
    }
}
