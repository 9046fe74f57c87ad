using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Tasks;

/// <summary>
/// Who one clause of a notice addresses: the lead unit, cooperating units, a supervising leader. Positions are offsets
/// into the clause text the reader was given. <see cref="LabelOnly"/>: the clause is nothing but a unit label ("Công an
/// phường:"); <see cref="TopicLabel"/>: it starts with a topic label ("Về công tác …: …"); <see cref="Statement"/>: it
/// reports what a unit did ("UBND huyện đã có báo cáo …"), so it is not a directive.
/// </summary>
internal sealed record Addressee(
    UnitMention? Lead,
    IReadOnlyList<UnitMention> Cooperating,
    UnitMention? Supervisor,
    bool LabelOnly = false,
    bool TopicLabel = false,
    bool Statement = false,
    bool ViaDirectiveVerb = false,
    UnitMention? Directed = null,
    bool Public = false)
{
    public static readonly Addressee None = new(null, [], null);
}

/// <summary>Reads addressees out of clauses: at the start, at the end ("… - giao X thực hiện"), or in a whole assigning sentence.</summary>
internal static class Addressees
{
    private static readonly string[] SpeakerAdverbs = ["cũng ", "đã ", "tiếp tục ", "trực tiếp ", "trân trọng "];
    private static readonly string[] JoinedSpeakerOrders = ["yêu cầu ", "đề nghị ", "giao ", "lưu ý ", "chỉ đạo ", "phân công "];
    private static readonly string[] LaterOrderLinks = ["đồng thời ", "và ", "cũng "];
    private static readonly string[] NonUnitSpeakers =
        ["đồng chí ", "tôi ", "lãnh đạo ", "ông ", "bà ", "hội nghị ", "cuộc họp ", "chủ tọa ", "thường trực ", "trưởng đoàn ", "đoàn giám sát ", "đoàn kiểm tra ", "đoàn công tác ", "đoàn ",
         "ban thường vụ "]; // a party notice's own committee without its name ("Ban Thường vụ đề nghị …")
    private static readonly string[] StaffGroups = ["toàn thể cán bộ", "cán bộ, công chức", "cán bộ công chức", "công chức, viên chức", "cán bộ, đảng viên"];
    private static readonly string[] StaffTails = [", viên chức", ", người lao động", " và người lao động", ", công chức", " xã", " phường", " cơ quan"];
    private static readonly string[] TrailingCues = [" - giao ", " – giao ", " — giao ", "(giao ", ", giao ", "; giao ", ". giao ", " do "];
    private static readonly string[] TrailingMarks = [":", "(", " - ", " – ", " — "];
    private static readonly string[] Dashes = [" - ", " – ", " — "];
    // After a subject, words that make it no lead of the item: a partner, a past or passive statement, a purpose.
    private static readonly string[] NotLeadAfter = ["phối hợp", "cùng", "đã", "được", "để", "về"];
    private static readonly string[] AssignmentOpeners = ["nhiệm vụ này ", "nội dung này ", "việc này ", "các nội dung trên ", "các nhiệm vụ trên "];
    private static readonly string[] LeadFields = ["trách nhiệm thuộc về:", "trách nhiệm:", "đầu mối:", "đơn vị đầu mối:", "cơ quan đầu mối:", "đơn vị:", "đơn vị thực hiện:", "đơn vị chủ trì:", "cơ quan chủ trì:", "cơ quan thực hiện:", "chủ trì thực hiện:", "chủ trì:", "giao:", "người thực hiện:", "trách nhiệm thực hiện:"];
    private static readonly string[] PartnerFields = ["đơn vị phối hợp:", "cơ quan phối hợp:", "phối hợp:"];

    // Directive verbs that put the addressee right after them.
    private static readonly string[] DirectiveVerbs =
        ["giao nhiệm vụ cho ", "giao nhiệm vụ tới ", "giao cho ", "giao ", "kính đề nghị ", "trân trọng đề nghị ", "đề nghị ", "yêu cầu ", "phân công ", "chỉ đạo ", "lưu ý ", "đề xuất giao "];

    // Openers a sentence may start with before its subject: "Đồng thời, giao …", "Kết luận phiên họp, Chủ tịch UBND xã đề nghị …".
    private const int MaxOpenerWords = 40;

    // Words before a unit that make it the addressee of what follows or of the items under the heading.
    private static readonly string[] UnitOpeners = ["đối với ", "về phía ", "trách nhiệm của ", "nhiệm vụ của ", "nhiệm vụ cụ thể của ", "phân công nhiệm vụ cho "];

    private static readonly string[] CoopCues = ["phối hợp chặt chẽ với ", "phối hợp với ", "phối hợp cùng ", "bàn giao với ", "bàn giao cho ", "chuyển ", "gửi về ", "gửi ", "cùng với ", "phối hợp "];

    /// <summary>Who the clause addresses, read from its start.</summary>
    public static Addressee Leading(string text, string lower) => Leading(text, lower, 0, depth: 0);

    private static Addressee Leading(string text, string lower, int p, int depth, bool afterVerb = false)
    {
        ParserWork.Step();
        if (depth > 3 || p >= text.Length) return Addressee.None;
        p = UnitGrammar.SkipSpaces(text, p);
        if (afterVerb && p < text.Length && text[p] == ':') p = UnitGrammar.SkipSpaces(text, p + 1);
        // "… yêu cầu: \"Công an xã phải …\"", "… nhấn mạnh: “Ban Chỉ huy Quân sự xã cần …”": reported speech in quotes.
        if (afterVerb && p < text.Length && IsQuote(text[p])) p = UnitGrammar.SkipSpaces(text, p + 1);
        // "…; đồng thời đề nghị Đoàn Thanh niên phường duy trì …": the clause split off a speaker's sentence keeps its order.
        if (UnitGrammar.StartsWith(lower, p, "đồng thời ") && FirstAt(lower, p + 10, DirectiveVerbs) is not null) p += 10;
        // "Tiếp tục chỉ đạo UBND các xã …", "Đồng thời, chỉ đạo Trạm Y tế …": the issuer's order, continued, with no subject.
        else if (UnitGrammar.StartsWith(lower, p, "tiếp tục ") && FirstAt(lower, p + 9, DirectiveVerbs) is not null) p += 9;
        else if (UnitGrammar.StartsWith(lower, p, "đồng thời, ") && FirstAt(lower, p + 11, DirectiveVerbs) is not null) p += 11;
        var viaVerb = afterVerb;
        var verb = FirstAt(lower, p, DirectiveVerbs);
        if (verb is not null)
        {
            var q = UnitGrammar.SkipSpaces(text, p + verb.Length);
            if (q < text.Length && text[q] == ':') q = UnitGrammar.SkipSpaces(text, q + 1);
            if (q < text.Length && IsQuote(text[q])) q = UnitGrammar.SkipSpaces(text, q + 1);
            // A bare "Chỉ đạo X …" is an order to the item's own unit to direct X. Whether X then leads depends on who
            // that unit is (a leader directs a unit that does the work; an office directing X leads, X cooperates).
            if (verb == "chỉ đạo ")
            {
                var directed = UnitGrammar.Read(text, lower, q);
                return directed is { } d ? Addressee.None with { Directed = d } : Addressee.None;
            }
            if (verb.StartsWith("giao", StringComparison.Ordinal) && Supervised(text, lower, q) is { } sup) return sup;
            viaVerb = true;
            p = q;
        }
        else if (FirstAt(lower, p, UnitOpeners) is { } opener)
        {
            // "Đối với Phòng Tài chính - Kế hoạch, …", "Về phía Trạm Y tế phường:", "NHIỆM VỤ CỦA BAN CHỈ HUY QUÂN SỰ": the unit is
            // the addressee; "Đối với các dự án …: X …" is a topic.
            var q = p + opener.Length;
            if (UnitGrammar.Read(text, lower, q) is { } u && (!u.IsAllUnits || opener != "đối với " || IsHeadingLabel(text, u.End))
                && (NextIs(text, u.End, ',', ':') || text.AsSpan(u.End).Trim(" .;:".AsSpan()).Length == 0))
                return WithList(text, lower, u, viaVerb: true);
            // "Đối với phòng Quản lý đô thị nắm bắt khối lượng …": the unit's own verb right after it makes it the subject.
            if (opener == "đối với " && UnitGrammar.Read(text, lower, q) is { IsAllUnits: false } subject
                && UnitGrammar.IsVerbAt(lower, UnitGrammar.SkipSpaces(text, subject.End)))
                return WithList(text, lower, subject, viaVerb: true);
            // "Đối với đơn vị thi công (Công ty TNHH Xây dựng Hòa An):": a description, then the unit's name in brackets.
            if (Bracketed(text, lower, q) is { } named) return WithList(text, lower, named, viaVerb: true);
            var colon = text.IndexOf(':', p);
            if (depth == 0 && colon > 0 && colon - p < 200 && Rest(text, lower, colon, depth) is { } topic) return topic;
            // "Đối với các tổ dân phố dọc tuyến, Chủ tịch UBND phường đề nghị …": an opener like any other.
        }

        var unit = UnitGrammar.Read(text, lower, p);
        if (unit is null && viaVerb && StaffGroup(text, lower, p) is { } staff) unit = staff;
        // "Người dân không di chuyển qua …", "Các hộ kinh doanh … và bà con nhân dân chủ động …": residents and households are
        // no unit; the item is theirs, not the lead-in's unit's (LABELING.md: directives to households, no unit).
        if (unit is null && !viaVerb && depth == 0 && PublicSubjectAt(lower, p)) return Addressee.None with { Public = true };
        if (unit is { } found)
        {
            // "… đề nghị Đảng ủy viên, Chủ tịch UBND phường chỉ đạo Phòng Kinh tế …": a leader named after an order directs, the
            // unit directed does the work (as after a bare "Giao").
            if (viaVerb && found.IsLeader && Supervised(text, lower, p) is { } supervised) return supervised;
            var after = UnitGrammar.SkipSpaces(text, found.End);
            // "Chủ tịch UBND xã đề nghị …", "UBND tỉnh yêu cầu …", "đồng chí Trần Minh Khoa yêu cầu …": a speaker, the addressee follows the verb.
            var speakerVerb = SpeakerVerbAt(lower, after, leader: found.IsLeader || found.Kind == UnitKind.Person);
            if (speakerVerb is not null && !viaVerb)
            {
                if (Leading(text, lower, speakerVerb.Value, depth + 1, afterVerb: true) is { Lead: not null } spoken) return spoken with { ViaDirectiveVerb = true };
                // "… ghi nhận sự cố gắng của tập thể Trạm; đồng thời đề nghị Trạm Y tế xã …": the order comes later in the sentence.
                if (LaterOrder(text, lower, speakerVerb.Value, depth, found.IsLeader || found.Kind == UnitKind.Person) is { } later) return later;
                // "Ban Chỉ huy Quân sự phường phân công lực lượng dân quân …", "Công an xã giao cán bộ địa bàn …": a body that
                // assigns its own people names no addressee; it is the subject of the work.
                return SubjectOfItsOwnOrder(found) ? WithList(text, lower, found, viaVerb) : Addressee.None;
            }
            if (!viaVerb && StatementAt(lower, after)) return Addressee.None with { Statement = true };
            // "Đồng chí X, Phó Chủ tịch UBND phường: chỉ đạo Phòng Văn hóa - Xã hội …": a leader's label; the unit directed does the work.
            // "Đồng chí Lưu Văn Hạnh (Trưởng Công an phường, Phó Trưởng ban): …": a person with a title, as a label, is an addressee.
            if (after < text.Length && text[after] == ':' && (found.IsLeader || found.Kind == UnitKind.Person && found.Name.Contains(',')))
            {
                var labelRest = UnitGrammar.SkipSpaces(text, after + 1);
                if (UnitGrammar.StartsWith(lower, labelRest, "chỉ đạo ") && UnitGrammar.Read(text, lower, labelRest + 8) is { } directedByLeader)
                    return WithList(text, lower, directedByLeader, viaVerb: true) with { Supervisor = found };
                return WithList(text, lower, found, viaVerb) with { LabelOnly = text.AsSpan(after + 1).Trim().Length == 0 };
            }
            // "Đồng chí Nguyễn Văn An - Chủ tịch UBND phường chủ trì …", "đồng chí Chủ tịch UBND tỉnh khẳng định …" narrate: a
            // person, or the leader who speaks, is an addressee only after an order (the chairs of "các xã" are addressees).
            if (!viaVerb && (found.Kind == UnitKind.Person || found.IsLeader && !found.Name.Contains(" các ", StringComparison.OrdinalIgnoreCase)))
                return depth <= 1 && after < text.Length && (text[after] == ',' || found.Kind == UnitKind.Person) && TitledSpeakerOrder(text, lower, after, depth) is { } titled ? titled : Addressee.None;
            // "1. Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh huyện": nothing but units is a label.
            var listed = WithList(text, lower, found, viaVerb);
            var listEnd = listed.Cooperating.Count > 0 ? Math.Max(found.End, listed.Cooperating[^1].End) : found.End;
            var rest = text.AsSpan(listEnd).Trim(" :.;,-–".AsSpan());
            return listed with { LabelOnly = rest.Length == 0 };
        }
        // "… đề nghị trong quý II, UBND phường chỉ đạo …": a time phrase may stand between the verb and the addressee.
        if (afterVerb && depth <= 3)
            foreach (var o in OpenerEnds(text, lower, p))
                if (Leading(text, lower, o, depth + 1, afterVerb: true) is { Lead: not null } late) return late;
        if (verb is not null || afterVerb) return Addressee.None;

        // "Quán triệt và giao nhiệm vụ tới các hiệu trưởng …", "Rà soát và giao Phòng Kinh tế …": the issuer's own step, then an
        // order that names who does the work.
        if (depth == 0 && JoinedOrder(lower, p) is { } joined && Leading(text, lower, joined, depth + 1, afterVerb: true) is { Lead: not null } ordered)
            return ordered with { ViaDirectiveVerb = true };

        // A speaker that is not a unit: "Đồng chí yêu cầu …", "Hội nghị thống nhất giao …".
        if (depth <= 1 && SpeakerVerbWithin(text, lower, p) is { } q2) return Leading(text, lower, q2, depth + 1, afterVerb: true);

        // "Kết luận phiên họp, Chủ tịch UBND xã đề nghị …", "Đồng thời, giao …": an opener before the subject.
        if (depth == 0)
            foreach (var o in OpenerEnds(text, lower, p))
                if (Leading(text, lower, o, depth + 1) is { Lead: not null } opened) return opened;

        // "Từ thực tế kiểm tra, Chủ tịch UBND phường yêu cầu X …", "Mảng giáo dục, đề nghị X …": a short setting of any
        // words before an order (the openers above are the settings that may also stand before a unit's own work).
        if (depth == 0 && p == 0 && char.IsUpper(text[0]) && SettingEnd(text, lower, p) is { } set && Leading(text, lower, set, depth + 1) is { Lead: not null, ViaDirectiveVerb: true } setOrder)
            return setOrder;

        // "II. THÀNH PHẦN, NHIỆM VỤ CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG": a heading that ends with whose duties follow.
        if (depth == 0 && text.Length < 160)
            foreach (var opener in UnitOpeners)
            {
                var at = lower.IndexOf(" " + opener, p, StringComparison.Ordinal);
                if (at < 0 || opener == "đối với ") continue;
                if (UnitGrammar.Read(text, lower, at + 1 + opener.Length) is { } owner && text.AsSpan(owner.End).Trim(" .;:".AsSpan()).Length == 0)
                    return WithList(text, lower, owner, viaVerb: true);
            }

        // "Công tác quản lý đất đai: UBND phường, các Tổ dân phố tăng cường …": a topic label, then the addressee.
        if (depth == 0)
        {
            var colon = text.IndexOf(':', p);
            if (colon > 0 && colon - p <= 260 && WordCount(text.AsSpan(p, colon - p)) <= 45)
            {
                if (Rest(text, lower, colon, depth) is { } inner)
                    // "Rà soát hồ sơ tồn đọng - Đơn vị thực hiện: Phòng Kinh tế.": a field at the end assigns the work before it.
                    return LeadFields.Any(f => lower.AsSpan(p, colon + 1 - p).EndsWith(f, StringComparison.Ordinal)) && colon - p > 20 ? inner with { LabelOnly = false, TopicLabel = false } : inner;
                if (Leading(text, lower, UnitGrammar.SkipSpaces(text, colon + 1), depth + 1) is { Statement: true }) return Addressee.None with { Statement = true, TopicLabel = true };
                if (colon - p > 100 || WordCount(text.AsSpan(p, colon - p)) > 14) return Addressee.None;
                var restEmpty = text.AsSpan(colon + 1).Trim().Length == 0;
                return Addressee.None with { LabelOnly = restEmpty && WordCount(text.AsSpan(p, colon - p)) <= 8, TopicLabel = true };
            }
        }
        return Addressee.None;
    }

    private const int MaxSettingWords = 10;

    // Where the words after a short setting start ("Mảng giáo dục, đề nghị …"): the first ", " within ten words, no other
    // stop before it, and an order or a speaking leader or person after it; else null.
    private static int? SettingEnd(string text, string lower, int p)
    {
        var limit = Math.Min(text.Length, p + 90);
        if (limit - p < 4) return null;
        var c = text.IndexOf(", ", p, limit - p, StringComparison.Ordinal);
        if (c <= p || c + 2 >= text.Length) return null;
        var setting = text.AsSpan(p, c - p);
        if (setting.IndexOfAny(SettingStops) >= 0 || WordCount(setting) > MaxSettingWords) return null;
        var q = c + 2;
        // A bare order, or a leader or person who speaks ("Thừa lệnh Chủ tịch UBND phường, Văn phòng … đề nghị …" stays as it was).
        if (FirstAt(lower, q, DirectiveVerbs) is not null || FirstAt(lower, q, NonUnitSpeakers) is not null) return q;
        return char.IsUpper(text[q]) && UnitGrammar.Read(text, lower, q) is { } speaker && (speaker.IsLeader || speaker.Kind == UnitKind.Person) ? q : null;
    }

    private static readonly System.Buffers.SearchValues<char> SettingStops = System.Buffers.SearchValues.Create(".;:\"“”()");

    internal static bool IsQuote(char c) => c is '"' or '“' or '”' or '\'' or '‘';

    private static readonly string[] JoinedOrders = [" và giao nhiệm vụ cho ", " và giao nhiệm vụ tới ", " và giao cho ", " và giao "];

    // Where the addressee of "<a few words> và giao (nhiệm vụ cho|tới) X" starts: the order within the clause's first words.
    private static int? JoinedOrder(string lower, int p)
    {
        var limit = Math.Min(lower.Length, p + 40);
        var at = lower.IndexOf(" và giao", p, limit - p, StringComparison.Ordinal);
        if (at < 0 || lower.AsSpan(p, at - p).IndexOfAny(",.;:") >= 0 || WordCount(lower.AsSpan(p, at - p)) > 5) return null;
        foreach (var o in JoinedOrders)
            if (string.CompareOrdinal(lower, at, o, 0, o.Length) == 0 && !UnitGrammar.StartsWith(lower, at + o.Length, "ban ")) return at + o.Length;
        return null;
    }

    /// <summary>
    /// The unit a lead-in orders after its subject narrated ("Để …, UBND phường xây dựng kế hoạch đề nghị 21 tổ dân phố thực
    /// hiện một số nội dung sau:"): the first directive verb inside the sentence followed by a unit.
    /// </summary>
    public static Addressee OrderWithin(string text, string lower)
    {
        for (var i = 1; i < lower.Length; i++)
        {
            if (lower[i - 1] != ' ' || FirstAt(lower, i, DirectiveVerbs) is not { } verb || verb is "chỉ đạo " or "lưu ý ") continue;
            if (Leading(text, lower, i + verb.Length, depth: 1, afterVerb: true) is { Lead: not null } a) return a with { ViaDirectiveVerb = true };
        }
        return Addressee.None;
    }

    // "1. Đối với các cơ quan, đơn vị, doanh nghiệp:": every unit named as a heading (a short list, then the colon ending the
    // line) addresses the items under it; "Đối với các dự án …: X …" stays a topic.
    private static bool IsHeadingLabel(string text, int end)
    {
        var rest = text.AsSpan(end).TrimEnd();
        return rest.Length > 0 && rest[^1] == ':' && rest.IndexOf(':') == rest.Length - 1 && WordCount(rest) <= 4;
    }

    private static UnitMention? Bracketed(string text, string lower, int q)
    {
        var open = text.IndexOf('(', q);
        if (open < 0 || open - q > 60 || text.AsSpan(q, open - q).IndexOfAny(",.;:") >= 0) return null;
        if (UnitGrammar.Read(text, lower, open + 1) is not { } u) return null;
        var close = UnitGrammar.SkipSpaces(text, u.End);
        return close < text.Length && text[close] == ')' && NextIs(text, close + 1, ',', ':') ? u : null;
    }

    private static Addressee? Rest(string text, string lower, int colon, int depth)
    {
        var q = UnitGrammar.SkipSpaces(text, colon + 1);
        if (q >= text.Length) return null;
        // "… (giao: ban chqs phường).", "Đầu mối: tt pvhcc": after a label the unit is read in any case (UnitGrammar.ReadInSlot).
        var line = text.IndexOf('\n', q);
        var slot = AbbreviationCase.InSlot(text, q, line < 0 ? Math.Min(text.Length, q + 80) : Math.Min(line, q + 80)) ?? text;
        var inner = Leading(slot, lower, q, depth + 1);
        return inner.Lead is null ? null : inner with { TopicLabel = true };
    }

    // "Giao đồng chí Phó Chủ tịch UBND phường Nguyễn Huy Vinh chỉ đạo phòng Kinh tế …; Ban Quản lý dự án …".
    private static Addressee? Supervised(string text, string lower, int q)
    {
        if (UnitGrammar.Read(text, lower, q) is not { IsLeader: true } leader) return null;
        var after = UnitGrammar.SkipSpaces(text, leader.End);
        if (!UnitGrammar.StartsWith(lower, after, "chỉ đạo ")) return null;
        var led = UnitGrammar.Read(text, lower, after + 8);
        if (led is not { } l) return null;
        // "… chỉ đạo các ban, ngành, đoàn thể …": a generic collective never leads, the one who directs does.
        if (l.IsAllUnits) return WithList(text, lower, leader, viaVerb: true);
        var list = WithList(text, lower, l, viaVerb: true);
        return list with { Supervisor = leader };
    }

    // Verbs after which the addressee is named: "Chủ tịch UBND xã đề nghị X …", "UBND tỉnh giao X …". "chỉ đạo" names
    // the addressee only after a leader ("Chủ tịch UBND phường chỉ đạo Phòng VH-XH …"); "UBND phường chỉ đạo các ngành
    // …" is UBND phường's own task.
    private static readonly string[] AddressingVerbs =
        ["yêu cầu", "đề nghị", "kính đề nghị", "giao", "lưu ý", "kết luận, giao", "kết luận và giao", "thống nhất giao", "phân công"];

    // What a leader says without naming anyone: "Chủ tịch UBND phường kết luận như sau:" gives no unit.
    private static readonly string[] LeaderVerbs =
        ["kết luận", "có ý kiến", "nhấn mạnh", "thống nhất", "thông báo", "đánh giá", "ghi nhận", "biểu dương", "chủ trì", "phát biểu"];

    private static int? SpeakerVerbAt(string lower, int i, bool leader)
    {
        foreach (var lead in SpeakerAdverbs)
            if (UnitGrammar.StartsWith(lower, i, lead)) { i += lead.Length; break; }
        foreach (var v in AddressingVerbs)
            if (UnitLexicon.AtWord(lower, i, v))
            {
                // "… đã giao nhiệm vụ cho X …", "… giao nhiệm vụ tới X": the addressee after the task noun.
                if (v == "giao" && (UnitGrammar.StartsWith(lower, i + 4, " nhiệm vụ cho ") || UnitGrammar.StartsWith(lower, i + 4, " nhiệm vụ tới "))) return i + 17;
                return i + v.Length;
            }
        if (leader && UnitLexicon.AtWord(lower, i, "chỉ đạo")) return i + 7;
        if (leader)
            foreach (var v in LeaderVerbs)
                if (UnitLexicon.AtWord(lower, i, v))
                {
                    // "… thống nhất và chỉ đạo các phòng …": the order joined to what the leader said.
                    var j = UnitGrammar.SkipSpaces(lower, i + v.Length);
                    if (UnitGrammar.StartsWith(lower, j, "và ") && SpeakerVerbAt(lower, j + 3, leader) is { } joined) return joined;
                    return i + v.Length;
                }
        return null;
    }

    private static readonly string[] Governments = ["ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân", "đảng ủy", "thường trực", "ban thường vụ", "huyện ủy", "tỉnh ủy", "thành ủy", "quận ủy"];

    // A body (not a leader, not a government that speaks for the notice) whose "giao", "phân công", "đề nghị" … names no unit.
    private static bool SubjectOfItsOwnOrder(UnitMention found)
    {
        if (found.IsLeader || found.Kind is UnitKind.Person or UnitKind.AllUnits) return false;
        var name = VietnameseText.LowerInvariant(found.Name);
        return !Governments.Any(g => name.StartsWith(g, StringComparison.Ordinal));
    }

    private static bool SpeaksForTheNotice(UnitMention found)
    {
        if (found.Kind is UnitKind.Person or UnitKind.AllUnits) return false;
        var name = VietnameseText.LowerInvariant(found.Name);
        return Governments.Any(g => name.StartsWith(g, StringComparison.Ordinal));
    }

    private static Addressee? LaterOrder(string text, string lower, int from, int depth, bool leader)
    {
        for (var i = from; i < text.Length - 2; i++)
        {
            int q;
            if (text[i] is ';' or ',' && text[i + 1] == ' ')
            {
                q = i + 2;
                foreach (var link in LaterOrderLinks)
                    if (UnitGrammar.StartsWith(lower, q, link)) { q += link.Length; break; }
            }
            // "… đã nhấn mạnh tình hình … và yêu cầu Trạm Y tế xã …": an order joined by "và" to what the speaker said.
            else if (text[i] == ' ' && UnitGrammar.StartsWith(lower, i + 1, "và ") && FirstAt(lower, i + 4, JoinedSpeakerOrders) is not null) q = i + 4;
            else continue;
            if (SpeakerVerbAt(lower, q, leader) is { } v && Leading(text, lower, v, depth + 1, afterVerb: true) is { Lead: not null } later)
                return later with { ViaDirectiveVerb = true };
        }
        return null;
    }

    // "đồng chí X, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo … xã (đã nhấn mạnh … và) yêu cầu Y …": a speaker's further titles,
    // which the grammar need not read whole, then the first verb of the sentence decides (an order, or what was said and
    // an order joined after it).
    private static Addressee? TitledSpeakerOrder(string text, string lower, int from, int depth)
    {
        var limit = Math.Min(text.Length, from + 200);
        for (var i = from; i < limit; i++)
        {
            if (lower[i] is '.' or ';' or ':') return null;
            if (i > 0 && lower[i - 1] != ' ' || SpeakerVerbAt(lower, i, leader: true) is not { } v) continue;
            if (i >= 4 && string.CompareOrdinal(lower, i - 4, "ban ", 0, 4) == 0) continue; // "Trưởng Ban Chỉ đạo …": a name
            if (Leading(text, lower, v, depth + 1, afterVerb: true) is { Lead: not null } spoken) return spoken with { ViaDirectiveVerb = true };
            return LaterOrder(text, lower, v, depth, leader: true);
        }
        return null;
    }

    private static int? SpeakerVerbWithin(string text, string lower, int p)
    {
        if (FirstAt(lower, p, NonUnitSpeakers) is null) return null;
        var limit = Math.Min(text.Length, p + 160);
        for (var i = p; i < limit; i++)
        {
            if (lower[i] is '.' or ';' or ':') return null;
            if (i > p && lower[i - 1] == ' ' && SpeakerVerbAt(lower, i, leader: true) is { } v) return v;
        }
        return null;
    }

    // Reports, not orders: "UBND huyện đã có báo cáo", "Công an phường đang điều tra".
    // What a unit said at the meeting, not what it must do: "Bí thư các chi bộ phản ánh …", "Công an phường cho biết …".
    private static readonly string[] ReportingVerbs = ["phản ánh", "cho biết", "kiến nghị", "trình bày", "thảo luận", "phát biểu", "tham luận", "nêu", "giải trình", "tiếp thu, giải trình", "lần lượt", "báo cáo:"];

    // ("Công an phường được giao phối hợp …" is an order in the passive: not a report.)
    private static bool StatementAt(string lower, int i) =>
        AnyAtWord(lower, i, ReportingVerbs) || UnitLexicon.AtWord(lower, i, "đã") || UnitLexicon.AtWord(lower, i, "sẽ") || UnitLexicon.AtWord(lower, i, "đang") || UnitLexicon.AtWord(lower, i, "vừa") || UnitLexicon.AtWord(lower, i, "chưa")
        || UnitLexicon.AtWord(lower, i, "được") && !UnitLexicon.AtWord(lower, i, "được giao") && !UnitLexicon.AtWord(lower, i, "được phân công");

    // Words an opener starts with: an adverbial or a setting ("Về …", "Để …", "Kết luận …", "Sáng 14/10, …"), never a verb
    // phrase of the task itself ("Tiếp tục triển khai …, khu dân cư kiểu mẫu" has no opener).
    private static readonly string[] OpenerStarts =
    [
        "về", "đối với", "để", "trong", "tại", "kết luận", "phát biểu", "thực hiện", "căn cứ", "sau khi", "theo", "đồng thời",
        "bên cạnh đó", "ngoài ra", "nhằm", "trên cơ sở", "qua", "với", "nhân dịp", "trước", "hiện nay", "thời gian tới", "riêng",
        "cụ thể", "mặt khác", "tiếp đó", "sau đó", "cũng tại", "đặc biệt", "trước mắt", "ngày", "sáng", "chiều", "tối", "trưa",
        "nhận được", "đến nay", "từ nay", "khi", "nếu", "do", "vì", "cuối cùng", "mặt khác", "bên cạnh", "tiếp theo", "lưu ý",
        "chủ trì", "chốt lại", "nhìn chung", "tóm lại", "sau", "định kỳ",
    ];

    // The commas an opener may end at: "Kết luận phiên họp, …", "Về quốc phòng, an ninh, Công an phường …".
    private static IEnumerable<int> OpenerEnds(string text, string lower, int p) =>
        AnyAtWord(lower, p, OpenerStarts) ? OpenerEndsAfterOpener(text, lower, p) : []; // most clauses have no opener: no iterator for them

    private static IEnumerable<int> OpenerEndsAfterOpener(string text, string lower, int p)
    {
        var colon = text.IndexOf(':', p);
        var c = p;
        var words = 0;
        var from = p;
        while ((c = text.IndexOf(", ", c, StringComparison.Ordinal)) >= 0)
        {
            words += WordCount(text.AsSpan(from, c - from));
            from = c;
            if (colon >= 0 && colon < c || words > MaxOpenerWords) yield break;
            // Only where a subject can begin: a unit, a speaker, an order ("…, Chủ tịch UBND xã đề nghị", "…, giao X").
            if (MaySpeakOrAddress(text, lower, c + 2)) yield return c + 2;
            c += 2;
        }
    }

    private static bool MaySpeakOrAddress(string text, string lower, int i)
    {
        if (i >= text.Length) return false;
        return char.IsUpper(text[i]) || FirstAt(lower, i, DirectiveVerbs) is not null
               || FirstAt(lower, i, NonUnitSpeakers) is not null || UnitGrammar.StartsWith(lower, i, "các ")
               || UnitGrammar.StartsWith(lower, i, "đồng thời") || UnitGrammar.StartsUnit(text, lower, i);
    }

    private static readonly string[] PublicSubjects =
        ["người dân", "nhân dân", "bà con", "toàn thể nhân dân", "mọi người dân", "các hộ gia đình", "hộ gia đình", "các hộ dân", "các hộ kinh doanh", "các chủ hộ", "các tiểu thương"];

    private static bool PublicSubjectAt(string lower, int p) => AnyAtWord(lower, p, PublicSubjects);

    // "cán bộ, công chức, người lao động": everyone on the staff, an addressee only after a directive verb.
    private static UnitMention? StaffGroup(string text, string lower, int p)
    {
        foreach (var s in StaffGroups)
        {
            if (!UnitGrammar.StartsWith(lower, p, s)) continue;
            var e = p + s.Length;
            foreach (var tail in StaffTails)
                if (UnitGrammar.StartsWith(lower, e, tail)) e += tail.Length;
            return new UnitMention(p, e, UnitKind.AllUnits, text, "Các cơ quan, đơn vị");
        }
        return null;
    }

    private static Addressee WithList(string text, string lower, UnitMention lead, bool viaVerb)
    {
        var coop = new List<UnitMention>();
        ReadList(text, lower, lead, coop);
        return new Addressee(lead, coop, null, ViaDirectiveVerb: viaVerb);
    }

    // "UBND phường, các Tổ dân phố …", "phòng Kinh tế; Ban Quản lý dự án …": units listed after the first one.
    internal static int ReadList(string text, string lower, UnitMention first, List<UnitMention> into)
    {
        var end = first.End;
        for (var guard = 0; guard < 8; guard++)
        {
            var q = UnitGrammar.SkipSpaces(text, end);
            if (q < text.Length && text[q] is ',' or ';') q = UnitGrammar.SkipSpaces(text, q + 1);
            else if (UnitGrammar.StartsWith(lower, q, "và ")) q += 3;
            else break;
            var read = UnitGrammar.Read(text, lower, q);
            if (read is null) break;
            var next = read.Value;
            into.Add(next);
            end = next.End;
        }
        return end;
    }

    /// <summary>
    /// An assignment written at the end of the clause: "… - giao X thực hiện", "(giao X chủ trì, phối hợp với Y thực
    /// hiện)", "…: X thực hiện.", "… do X chủ trì". The rest after the unit must be generic ("thực hiện", a deadline).
    /// </summary>
    public static Addressee? Trailing(string text, string lower)
    {
        foreach (var cue in TrailingCues)
        {
            var i = lower.LastIndexOf(cue, StringComparison.Ordinal);
            if (i <= 0) continue;
            var q = i + cue.Length;
            if (UnitGrammar.StartsWith(lower, q, "cho ")) q += 4;
            var read = UnitGrammar.ReadInSlot(text, lower, q);
            if (read is null) continue;
            var u = read.Value;
            var a = WithList(text, lower, u, viaVerb: true);
            var tail = ClauseTail(text, i + 1);
            if (IsGeneric(text, lower, a, u.End, tail, allowVerbs: cue != " do ")) return WithCooperation(text, lower, a, tail);
        }
        // "…: Phòng Văn hóa - Xã hội thực hiện.", "… (Phòng Kinh tế chủ trì)", "… - Công an phường thực hiện."
        foreach (var mark in TrailingMarks)
        {
            var colon = text.LastIndexOf(mark, StringComparison.Ordinal);
            if (colon <= 0) continue;
            var q = UnitGrammar.SkipSpaces(text, colon + mark.Length);
            if (UnitGrammar.ReadInSlot(text, lower, q) is { } u)
            {
                var a = WithList(text, lower, u, viaVerb: true);
                if (IsGeneric(text, lower, a, u.End, text.Length, allowVerbs: true) && GenericVerbAfter(lower, u.End)) return a;
                // "… tại các chợ - BCĐ ATTP phường chủ trì, tổ chức ít nhất 02 đợt …": a dash, then who leads, then how.
                if (mark is " - " or " – " or " — " && UnitLexicon.AtWord(lower, UnitGrammar.SkipSpaces(text, u.End), "chủ trì")) return a;
                // "… trước ngày 25/3 (Công an phường).", "… kỳ họp HĐND – Văn phòng HĐND và UBND phường.": the unit alone closes the item.
                var listEnd = a.Cooperating.Count > 0 ? Math.Max(u.End, a.Cooperating[^1].End) : u.End;
                if (mark != ":" && text.AsSpan(listEnd).Trim(" .;)".AsSpan()).Length == 0 && (mark != "(" || text.AsSpan(listEnd).Contains(')'))) return a;
            }
        }
        // "… — Phòng Kinh tế, Hạ tầng và Đô thị phối hợp Văn phòng thực hiện, trong tháng 12.", "… — *Công an phường phối hợp
        // Phòng KT, HT&ĐT*; xong trước …": after a dash (any of them: "Phòng Văn hóa - Xã hội" holds one), the unit that leads,
        // then its partners, then at most a generic verb before the clause ends (",", ";", "." or the end).
        foreach (var dash in Dashes)
            for (var d = text.IndexOf(dash, StringComparison.Ordinal); d > 0; d = text.IndexOf(dash, d + dash.Length, StringComparison.Ordinal))
            {
                var q = UnitGrammar.SkipSpaces(text, d + dash.Length);
                if (q < text.Length && text[q] == '*') q++;
                if (UnitGrammar.ReadInSlot(text, lower, q) is not { Kind: not UnitKind.Person, IsAllUnits: false } u) continue;
                var after = UnitGrammar.SkipSpaces(text, u.End);
                if (!UnitLexicon.AtWord(lower, after, "phối hợp")) continue;
                var a = WithCooperation(text, lower, WithList(text, lower, u, viaVerb: true), text.Length);
                // "… phối hợp văn phòng thực hiện": the ward's office named by its head alone.
                var partner = UnitGrammar.SkipSpaces(text, after + 8);
                if (UnitGrammar.StartsWith(lower, partner, "với ")) partner += 4;
                if (a.Cooperating.Count == 0 && UnitLexicon.AtWord(lower, partner, "văn phòng") && GenericVerbAfter(lower, partner + 9))
                    a = a with { Cooperating = [new UnitMention(partner, partner + 9, UnitKind.Organisation, text, "VP HĐND-UBND")] };
                if (a.Cooperating.Count == 0) continue;
                var end = text.IndexOfAny([';', ',', '.'], a.Cooperating[^1].End);
                if (IsGeneric(text, lower, a, u.End, end < 0 ? text.Length : end, allowVerbs: false)) return a;
            }
        // "… vào tháng 7/2026; Văn phòng HĐND và UBND phường chuẩn bị tài liệu.": an item that named no unit, then a clause
        // whose subject is a unit doing its part (not one that only cooperates or is reported on).
        for (var semi = text.IndexOf("; ", StringComparison.Ordinal); semi > 0; semi = text.IndexOf("; ", semi + 2, StringComparison.Ordinal))
        {
            var q = UnitGrammar.SkipSpaces(text, semi + 1);
            if (UnitGrammar.Read(text, lower, q) is not { Kind: not UnitKind.Person, IsAllUnits: false } u) continue;
            var a = WithList(text, lower, u, viaVerb: false);
            var listEnd = a.Cooperating.Count > 0 ? Math.Max(u.End, a.Cooperating[^1].End) : u.End;
            var after = UnitGrammar.SkipSpaces(text, listEnd);
            if (AnyAtWord(lower, after, NotLeadAfter) || !Clauses.StartsVerb(lower, after)) continue;
            return WithCooperation(text, lower, a, text.Length);
        }
        return null;
    }

    /// <summary>
    /// A sentence that only assigns the one before it: "Giao X chủ trì, phối hợp với Y thực hiện.", "Nhiệm vụ này giao X
    /// thực hiện, báo cáo kết quả trong tháng 5/2026.", "Đơn vị thực hiện: X", "Cơ quan chủ trì: X; phối hợp: Y".
    /// </summary>
    public static Addressee? AssignmentOnly(string text, string lower)
    {
        var p = 0;
        foreach (var opener in AssignmentOpeners)
            if (UnitGrammar.StartsWith(lower, 0, opener)) { p = opener.Length; break; }
        foreach (var field in LeadFields)
        {
            if (!UnitGrammar.StartsWith(lower, p, field)) continue;
            var q = UnitGrammar.SkipSpaces(text, p + field.Length);
            var read = UnitGrammar.ReadInSlot(text, lower, q);
            if (read is null) return null;
            var u = read.Value;
            return WithCooperation(text, lower, WithList(text, lower, u, viaVerb: true), text.Length);
        }
        // "Đảng ủy giao X chủ trì …", "UBND phường giao X thực hiện.": the body that speaks for the notice, then the order.
        if (!UnitGrammar.StartsWith(lower, p, "giao ") && lower.IndexOf(" giao ", p, Math.Min(lower.Length - p, 80), StringComparison.Ordinal) > 0
            && UnitGrammar.Read(text, lower, p) is { } speaker && SpeaksForTheNotice(speaker)
            && UnitGrammar.SkipSpaces(text, speaker.End) is var g && UnitGrammar.StartsWith(lower, g, "giao "))
            p = g;
        if (!UnitGrammar.StartsWith(lower, p, "giao ")) return null;
        var a = Leading(text, lower, p, depth: 1);
        if (a.Lead is not { } lead) return null;
        // "… thực hiện; định kỳ hằng tháng báo cáo Thường trực Đảng ủy.": after the assignment, how it reports back.
        var semi = text.IndexOf(';', lead.End);
        var end = semi > 0 ? semi : text.Length;
        return IsGeneric(text, lower, a, lead.End, end, allowVerbs: true) ? WithCooperation(text, lower, a, end) : null;
    }

    private static readonly System.Text.RegularExpressions.Regex SpeakerOrder = new(
        @"(kết luận|phát biểu|đồng chí|chủ tịch|bí thư|ubnd|ủy ban nhân dân|thường trực)[^.;]{0,100} ((đề nghị|yêu cầu|lưu ý)( |:)|giao ([^b]|b[^a]|ba[^n]))",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A sentence in which someone gives orders, even to an addressee the grammar does not know ("Kết luận, đồng chí X đề nghị các thành viên của Tiểu ban …").</summary>
    public static bool HasSpeakerOrder(string lower) => lower.Length < 2000 && SpeakerOrder.IsMatch(lower);

    /// <summary>The first unit in the text that is the subject of a verb ("… UBND phường chủ trì, phối hợp …"), for cells that hold both a title and the order.</summary>
    public static UnitMention? FirstSubject(string text, string lower)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && text[i - 1] != ' ' || !char.IsLetter(text[i])) continue;
            var read = UnitGrammar.Read(text, lower, i);
            if (read is null) continue;
            var u = read.Value;
            var after = UnitGrammar.SkipSpaces(text, u.End);
            // "UBND phường, sau khi thống nhất với …, quyết định …": an aside may stand between subject and verb.
            if (after < text.Length && text[after] == ',' && OpenerBeforeSpace(lower, UnitGrammar.SkipSpaces(text, after + 1))) return u;
            if (after < text.Length && Clauses.StartsVerb(lower, after) && !StatementAt(lower, after)) return u;
            i = u.End;
        }
        return null;
    }

    /// <summary>"Đề nghị các đơn vị nghiêm túc thực hiện./.": every unit is told to carry out what came before, nothing new.</summary>
    /// "Nhận được Công văn này, đề nghị các đồng chí Trưởng khu phố quan tâm triển khai thực hiện./.": the last sentence of
    /// the body (ending "./.") closes with its addressees too; "Đề nghị Thủ trưởng các đơn vị quan tâm chỉ đạo; kết quả …./.":
    /// only the first clause of the last sentence need be the formula.
    public static bool IsClosingOrder(string text, string lower, Addressee a)
    {
        if (a.Lead is not { } lead) return false;
        var last = text.EndsWith("./.", StringComparison.Ordinal);
        // "… kính đề nghị Quý Sở quan tâm, hỗ trợ./.": a letter's courteous last line to its addressee.
        var courtesy = last && lead.Name.StartsWith("Quý ", StringComparison.Ordinal);
        if (!lead.IsAllUnits && !courtesy && !(last && lead.Name.StartsWith("Các", StringComparison.OrdinalIgnoreCase) || last && lower.Contains("các đồng chí", StringComparison.Ordinal))) return false;
        var end = text.Length;
        if (last && text.IndexOf(';', lead.End) is > 0 and var semi) end = semi;
        return ClosingOnly(text, lower, a, lead.End, end);
    }

    private static readonly HashSet<string> CourtesyWords = new(StringComparer.Ordinal) { "quán", "triệt", "quan", "tâm", "chỉ", "đạo", "đồng", "chí", "đoàn", "thể", "ban", "ngành", "mặt", "trận", "hỗ", "trợ", "giúp", "đỡ", "tạo", "điều", "kiện", "cá", "nhân" };

    // Only generic words (and "quán triệt", "quan tâm chỉ đạo") after the addressees: nothing new is ordered.
    private static bool ClosingOnly(string text, string lower, Addressee a, int from, int to)
    {
        var i = a.Cooperating.Count > 0 ? Math.Max(from, a.Cooperating[^1].End) : from;
        while (i < to)
        {
            if (char.IsDigit(text[i])) return false; // "… báo cáo trước ngày 15/7.": a date is something new
            if (!char.IsLetter(text[i])) { i++; continue; }
            if (UnitGrammar.Read(text, lower, i) is { } u && u.End > i && u.End <= to) { i = u.End; continue; }
            var e = i;
            while (e < to && char.IsLetter(text[e])) e++;
            var w = lower[i..e];
            if (!GenericWords.Contains(w) && !CourtesyWords.Contains(w)) return false;
            i = e;
        }
        return true;
    }

    /// <summary>"Công an phường phối hợp thực hiện.": the clause's unit only cooperates, and says nothing more.</summary>
    public static bool OnlyCooperates(string text, string lower, Addressee a)
    {
        if (a.Lead is not { } lead) return false;
        // "Yêu cầu UBND các xã, thị trấn phối hợp và tổ chức thực hiện.": an order of its own, not a partner of the task above.
        if (a.ViaDirectiveVerb && (lower.StartsWith("yêu cầu ", StringComparison.Ordinal) || lower.StartsWith("đề nghị ", StringComparison.Ordinal))) return false;
        var after = UnitGrammar.SkipSpaces(text, lead.End);
        return (UnitLexicon.AtWord(lower, after, "phối hợp") || UnitLexicon.AtWord(lower, after, "cùng phối hợp"))
               && IsGeneric(text, lower, a, lead.End, text.Length, allowVerbs: false);
    }

    /// <summary>A field line naming cooperating units: "Đơn vị phối hợp: X, Y", "Phối hợp: X".</summary>
    public static IReadOnlyList<UnitMention>? CooperationField(string text, string lower)
    {
        foreach (var field in PartnerFields)
        {
            if (!UnitGrammar.StartsWith(lower, 0, field)) continue;
            var q = UnitGrammar.SkipSpaces(text, field.Length);
            var read = UnitGrammar.Read(text, lower, q);
            if (read is null) return null;
            var u = read.Value;
            var list = new List<UnitMention> { u };
            ReadList(text, lower, u, list);
            return list;
        }
        return null;
    }

    private static Addressee WithCooperation(string text, string lower, Addressee a, int end)
    {
        var coop = a.Cooperating.ToList();
        AddCooperating(text, lower, a.Lead?.End ?? 0, end, coop);
        return a with { Cooperating = coop };
    }

    /// <summary>Units after "phối hợp (chặt chẽ) với", "bàn giao với/cho", "chuyển", "gửi (về)" between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static void AddCooperating(string text, string lower, int from, int to, List<UnitMention> into, bool keepAllUnits = false)
    {
        to = Math.Min(to, Math.Min(text.Length, from + 600)); // the cue sits near the start of a directive
        foreach (var cue in CoopCues)
        {
            var i = from;
            while ((i = lower.IndexOf(cue, i, StringComparison.Ordinal)) >= 0 && i < to)
            {
                i += cue.Length;
                if (i - cue.Length > 0 && char.IsLetter(lower[i - cue.Length - 1])) continue;
                var read = UnitGrammar.Read(text, lower, i);
                if (read is { Kind: not UnitKind.Person } && (keepAllUnits || !read.Value.IsAllUnits))
                {
                    into.Add(read.Value);
                    ReadList(text, lower, read.Value, into);
                }
            }
        }
        // "…: Công an phường chủ trì; Ban Chỉ huy Quân sự phường, Đoàn Thanh niên phường phối hợp.": partners in a clause of their own.
        for (var i = from; (i = lower.IndexOf("; ", i, StringComparison.Ordinal)) >= 0 && i < to; i += 2)
        {
            var read = UnitGrammar.Read(text, lower, i + 2);
            if (read is not { Kind: not UnitKind.Person }) continue;
            var first = read.Value;
            var partners = new List<UnitMention> { first };
            ReadList(text, lower, first, partners);
            var after = UnitGrammar.SkipSpaces(text, partners[^1].End);
            if (!UnitGrammar.StartsWith(lower, after, "phối hợp")) continue;
            var rest = text.AsSpan(after + 8).TrimStart(' ');
            if (rest.Length == 0 || rest[0] is '.' or ';' or ',' || UnitLexicon.AtWord(lower, after + 8 + (text.Length - after - 8 - rest.Length), "thực hiện"))
                into.AddRange(partners);
        }
    }

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "thực", "hiện", "chủ", "trì", "phối", "hợp", "với", "và", "các", "cơ", "quan", "đơn", "vị", "liên", "có", "tổ", "chức",
        "triển", "khai", "theo", "dõi", "tham", "mưu", "nhiệm", "vụ", "nội", "dung", "này", "trên", "nêu", "xong", "hoàn", "thành",
        "báo", "cáo", "kết", "quả", "trong", "tháng", "trước", "ngày", "năm", "quý", "chậm", "nhất", "là", "vào", "đúng", "thời",
        "gian", "hạn", "quy", "định", "cho", "việc", "tốt", "nghiêm", "túc", "khẩn", "trương", "đảm", "bảo", "tiến", "độ", "hiệu",
        "để", "chịu", "trách", "chính", "trị", "đôn", "đốc", "về", "qua", "giao", "ngay", "kịp", "thời", "hằng", "hàng", "tuần", "định", "kỳ",
        "cùng", "chặt", "chẽ", "muộn", "sau", "khi", "được", "giờ", "sáng", "chiều", "hết", "tại", "của", "ubnd", "hđnd", "phường", "xã",
    };

    // After the unit (and its list), only generic words, numbers and units remain: the clause just assigns.
    private static bool IsGeneric(string text, string lower, Addressee a, int from, int to, bool allowVerbs)
    {
        var end = a.Cooperating.Count > 0 ? Math.Max(from, a.Cooperating[^1].End) : from;
        var other = 0;
        var i = end;
        to = Math.Min(to, text.Length);
        while (i < to)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var read = UnitGrammar.Read(text, lower, i);
            if (read.HasValue && read.Value.End > i && read.Value.End <= to) { i = read.Value.End; continue; }
            var e = i;
            while (e < to && char.IsLetter(text[e])) e++;
            if (!GenericWords.Contains(lower[i..e]) && !char.IsUpper(text[i])) other++;
            if (other > 1) return false;
            i = e;
        }
        return allowVerbs || other == 0;
    }

    private static bool GenericVerbAfter(string lower, int i)
    {
        var comma = false;
        while (i < lower.Length && lower[i] is ' ' or ',') comma |= lower[i++] == ',';
        // "… (Phòng VH-XH, phối hợp Công an phường).": after a comma, the partners of the unit that leads.
        if (comma && UnitLexicon.AtWord(lower, i, "phối hợp")) return true;
        return UnitLexicon.AtWord(lower, i, "thực hiện") || UnitLexicon.AtWord(lower, i, "chủ trì") || UnitLexicon.AtWord(lower, i, "phụ trách")
               || UnitLexicon.AtWord(lower, i, "triển khai") || UnitLexicon.AtWord(lower, i, "tổ chức thực hiện") || UnitLexicon.AtWord(lower, i, "tham mưu");
    }

    // Where a trailing assignment's clause ends: the closing parenthesis or the end of the text.
    private static int ClauseTail(string text, int from)
    {
        var close = text.IndexOf(')', from);
        return close > 0 ? close : text.Length;
    }

    private static bool NextIs(string text, int i, params ReadOnlySpan<char> chars)
    {
        i = UnitGrammar.SkipSpaces(text, i);
        return i < text.Length && chars.Contains(text[i]);
    }

    // The first of <paramref name="words"/> written at i (a loop: no LINQ closure per call on the hot path).
    private static string? FirstAt(string lower, int i, string[] words)
    {
        foreach (var w in words)
            if (UnitGrammar.StartsWith(lower, i, w)) return w;
        return null;
    }

    private static bool AnyAtWord(string lower, int i, string[] words)
    {
        foreach (var w in words)
            if (UnitLexicon.AtWord(lower, i, w)) return true;
        return false;
    }

    // An opener followed by a space at i (what StartsWith(o + " ") tested, without the concatenation).
    private static bool OpenerBeforeSpace(string lower, int i)
    {
        foreach (var o in OpenerStarts)
            if (UnitGrammar.StartsWith(lower, i, o) && i + o.Length < lower.Length && lower[i + o.Length] == ' ') return true;
        return false;
    }

    internal static int WordCount(ReadOnlySpan<char> s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            if (c == ' ') inWord = false;
            else if (!inWord) { inWord = true; n++; }
        }
        return n;
    }
}
