namespace ChatBot.Core.Parsing.Units;

/// <summary>What kind of addressee a unit mention is.</summary>
internal enum UnitKind
{
    /// <summary>An office, department, centre, police, committee…: "Phòng Kinh tế", "Công an xã", "UBND huyện Cam Lộ".</summary>
    Organisation,
    /// <summary>A place-based unit: "Tổ dân phố số 5", "các thôn".</summary>
    Community,
    /// <summary>A person by office: "Trưởng các thôn", "Công chức Văn hóa - Xã hội", "Các Phó Chủ tịch UBND phường".</summary>
    Role,
    /// <summary>A person by name: "đồng chí Nguyễn Văn An, Phó Chủ tịch UBND phường".</summary>
    Person,
    /// <summary>Every unit of the body: "các phòng, ban, đơn vị", "các cơ quan, đơn vị có liên quan".</summary>
    AllUnits,
}

/// <summary>
/// A unit named in the text: where it is written (<c>[Start, End)</c> of <see cref="Source"/>) and its tidied written form,
/// made only when asked (most mentions the grammar reads are checked and dropped).
/// </summary>
internal readonly record struct UnitMention(int Start, int End, UnitKind Kind, string Source, string? Given = null)
{
    public string Name => Given ?? UnitNames.Tidy(Source[Start..End]);
    public bool IsAllUnits => Kind == UnitKind.AllUnits;
    public bool IsLeader => Kind is UnitKind.Role or UnitKind.Person && IsLeaderName(Name, Kind);

    /// <summary>The same mention <paramref name="by"/> chars further on (a clause's mention in its block), its name kept.</summary>
    public UnitMention Shifted(int by) => by == 0 ? this : this with { Start = Start + by, End = End + by, Given = Name };

    /// <summary>A chair or deputy chair (in person or by office): who directs units rather than does the work.</summary>
    public static bool IsLeaderName(string name, UnitKind kind) =>
        kind is UnitKind.Role or UnitKind.Person && !name.StartsWith("Các", StringComparison.Ordinal)
        // "Chủ tịch UBND các xã, thị trấn": the chairs of other governments are addressees who direct their own units.
        && !name.Contains(" các ", StringComparison.OrdinalIgnoreCase)
        // "Chủ tịch UBND huyện, thị xã, thành phố": a list of levels is as plural as "các".
        && !ListsLevels(name)
        && (name.Contains("hủ tịch", StringComparison.Ordinal) || name.Contains("HỦ TỊCH", StringComparison.Ordinal) || name.Contains("PCT", StringComparison.Ordinal)
            || name.StartsWith("CT ", StringComparison.Ordinal) || name.Contains("í thư", StringComparison.Ordinal) || name.Contains("Í THƯ", StringComparison.Ordinal))
        && !HeadsMassOrganisation(name);

    private static bool ListsLevels(string name)
    {
        var lower = VietnameseText.LowerInvariant(name);
        for (var i = lower.IndexOf(", ", StringComparison.Ordinal); i >= 0; i = lower.IndexOf(", ", i + 2, StringComparison.Ordinal))
            if (UnitLexicon.WordAt(lower, i + 2, UnitLexicon.Default.Levels) is not null && !lower.AsSpan(i + 2).StartsWith("xã hội", StringComparison.Ordinal)) return true;
        return false;
    }

    // "Chủ tịch Hội Nông dân xã", "Bí thư Đoàn phường": the head of a mass organisation does the work like any unit; only
    // the leaders of the government and the party (UBND, HĐND, Đảng ủy) direct others.
    private static readonly string[] MassOrganisations =
        ["hội ", "đoàn ", "chi hội ", "chi đoàn ", "công đoàn ", "hợp tác xã ", "câu lạc bộ ", "ủy ban mttq", "ủy ban mặt trận", "ubmttq", "mặt trận", "mttq"];

    internal static bool HeadsMassOrganisation(string name)
    {
        var lower = VietnameseText.LowerInvariant(name);
        foreach (var title in (ReadOnlySpan<string>)["chủ tịch ", "bí thư "])
        {
            var i = lower.IndexOf(title, StringComparison.Ordinal);
            if (i < 0) continue;
            var rest = lower.AsSpan(i + title.Length);
            foreach (var m in MassOrganisations)
                if (rest.StartsWith(m, StringComparison.Ordinal) && !rest.StartsWith("hội đồng nhân dân", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}

/// <summary>
/// The grammar of Vietnamese administrative unit names (docs/PARSER.md, "Unit names"):
/// <code>
/// mention   := "đồng chí"? ( allUnits | person | role | organisation | community )
/// allUnits  := ("thủ trưởng" | "lãnh đạo" | "tất cả")? "các" group ((","|"và"|"/") "các"? group)* tail?
/// person    := ("đồng chí" | "đ/c" | "ông" | "bà") PersonName ((","|"-") role)?
/// role      := "các"? role-noun "các"? (organisation | community | field)        "Trưởng các thôn", "Công chức Địa chính"
/// organisation := "các"? (head | standalone | head-abbreviation) name level? ProperName?
/// name      := (Capitalised-syllable lower-syllable? | ABBREVIATION | lexicon-name | connector name)*
/// </code>
/// A name stops at the first word that cannot belong to it: a verb ("tổ chức", "chủ trì"), a function word, another
/// unit's head after a comma, a parenthesis. Heads, levels, lexicon names and verbs are data (unit-lexicon.tsv);
/// all-capital abbreviations that spell a head ("VP", "TT", "CA", "BCH", "UBMTTQ", "PCT") count as that head.
/// Matching is on lower-cased text with accents, so "Trưởng" (role) and "Trường" (school) stay apart.
/// </summary>
internal static class UnitGrammar
{
    private const int MaxNameWords = 16;

    private static readonly UnitLexicon Lex = UnitLexicon.Default;

    private static readonly string[] PersonLeads = ["đồng chí ", "đ/c ", "đ/c: ", "ông ", "bà "];

    // "Giám đốc các sở, ban, ngành": the heads of a collective of departments stand for every unit (LABELING.md, "Heads of
    // bodies"); "Giám đốc các trung tâm …" (no group noun) stays a role holder.
    private static readonly string[] GroupLeads = ["tất cả ", "toàn thể ", "thủ trưởng ", "lãnh đạo ", "trưởng ", "giám đốc "];

    private static readonly string[] GroupTails =
    [
        "chuyên môn", "có liên quan", "liên quan", "trực thuộc", "thuộc ubnd", "thuộc ủy ban nhân dân", "thuộc", "trên địa bàn",
        "đóng trên địa bàn",
        "tp", // "các sở, ban, ngành TP": the city's level in short
    ];

    // Abbreviations that spell a head: "TT" is "Trung tâm", "CA" is "Công an", "PCT" is "Phó Chủ tịch".
    private static readonly Dictionary<string, HeadKind> HeadAbbreviations = new(StringComparer.Ordinal)
    {
        ["VP"] = HeadKind.Head, ["TT"] = HeadKind.Head, ["BCH"] = HeadKind.Head, ["BQL"] = HeadKind.Head, ["BQLDA"] = HeadKind.Standalone,
        ["BCĐ"] = HeadKind.Head, ["UBKT"] = HeadKind.Standalone, ["CA"] = HeadKind.Standalone, ["CAP"] = HeadKind.Standalone, ["CAX"] = HeadKind.Standalone, ["UBND"] = HeadKind.Standalone,
        ["HĐND"] = HeadKind.Standalone, ["UBMTTQ"] = HeadKind.Standalone, ["UBMTTQVN"] = HeadKind.Standalone, ["MTTQ"] = HeadKind.Standalone, ["TYT"] = HeadKind.Standalone,
        ["TTYT"] = HeadKind.Standalone, ["BCHQS"] = HeadKind.Standalone, ["TDP"] = HeadKind.Community, ["KP"] = HeadKind.Community,
        ["PCT"] = HeadKind.Role, ["CT"] = HeadKind.Role, ["ĐTN"] = HeadKind.Standalone, ["HCCB"] = HeadKind.Standalone,
        ["HLHPN"] = HeadKind.Standalone, ["HND"] = HeadKind.Standalone, ["TTPVHCC"] = HeadKind.Standalone, ["TTDVSNC"] = HeadKind.Standalone,
        ["VPĐU"] = HeadKind.Standalone, ["TTHĐND"] = HeadKind.Standalone, ["UB"] = HeadKind.Head,
        ["UBMT"] = HeadKind.Head, // "UBMT TQ Việt Nam tỉnh": the Front's committee split after "MT"
    };

    private enum HeadKind { Head, Standalone, Community, Role }

    /// <summary>Reads a unit mention starting at <paramref name="pos"/> (spaces skipped); <paramref name="lower"/> is the lower-cased twin of <paramref name="text"/>.</summary>
    public static UnitMention? Read(string text, string lower, int pos)
    {
        ParserWork.Step();
        pos = SkipSpaces(text, pos);
        if (pos >= text.Length) return null;
        // "@VP tổng hợp …", "@Công an phường": a chat's mention names the unit.
        if (text[pos] == '@' && pos + 1 < text.Length && char.IsLetter(text[pos + 1])) pos++;
        if (ReadAllUnits(text, lower, pos) is { } all) return all;
        if (ReadPerson(text, lower, pos) is { } person) return person;
        var p = pos;
        if (ReadCourtesy(text, lower, pos) is { } courtesy) return courtesy;
        if (ReadAssignedOfficials(text, lower, pos) is { } assigned) return assigned;
        if (ReadMembersOf(text, lower, pos) is { } members) return members;
        if (MayNameOfficersOrFront(text, lower, pos) && ReadOfficersOrFront(text, lower, pos) is { } body) return body;
        if (StartsWith(lower, p, "đồng chí ")) p += 9;
        else if (StartsWith(lower, p, "đ/c ")) p += 4;
        // "Đảng ủy viên, Trưởng Công an phường …": a member's title before the office that names the addressee.
        if (StartsWith(lower, p, "đảng ủy viên, "))
        {
            p = SkipSpaces(text, p + 14);
            pos = p;
            if (p >= text.Length) return null;
        }
        if (ReadDescribedParty(text, lower, p, pos) is { } party) return party;
        if (ReadStandingBody(text, lower, p, pos) is { } standing) return standing;
        // "Cơ quan thường trực là Trạm Y tế phường …", "Đơn vị chủ trì là Phòng …": the body after "là".
        if (FirstAt(lower, p, StandingLeads) is { } standingLead && ReadOrganisation(text, lower, SkipSpaces(text, p + standingLead.Length), SkipSpaces(text, p + standingLead.Length)) is { } named)
            return new UnitMention(pos, named.End, UnitKind.Organisation, text, named.Name);
        // "Lực lượng Công an phường …": the force of a body is the body.
        if (StartsWith(lower, p, "lực lượng ") && ReadOrganisation(text, lower, SkipSpaces(text, p + 10), SkipSpaces(text, p + 10)) is { } force)
            return new UnitMention(pos, force.End, UnitKind.Organisation, text, force.Name);
        // "bí thư", "phó bí thư": two chars tell most words apart before any comparison (Read runs at nearly every word).
        if ((lower[p] == 'b' && p + 1 < lower.Length && lower[p + 1] == 'í' || lower[p] == 'p' && p + 2 < lower.Length && lower[p + 1] == 'h' && lower[p + 2] == 'ó')
            && ReadPartyAndLeaderTitles(text, lower, p, pos) is { } titled) return titled;
        return ReadRole(text, lower, p, pos) ?? ReadOrganisation(text, lower, p, pos) ?? ReadCommunity(text, lower, p, pos) ?? ReadPluralLevels(text, lower, p, pos)
               ?? ReadLevelGovernment(text, lower, p, pos) ?? ReadNamedPlace(text, lower, p, pos);
    }

    /// <summary>
    /// A unit where one must be written — after a field label ("Trách nhiệm:", "Đầu mối:", "Giao:") or in a trailing
    /// assignment ("(giao: …)", "- … chủ trì") — read in any case: abbreviations typed in lower case count as written in
    /// capitals ("ban qlda phường", "tt pvhcc", "phòng kt,ht và đt"; <see cref="AbbreviationCase.InSlot"/>), and a bare
    /// "Văn phòng" closing the slot is the ward's office, as "VP:" is. Elsewhere a lower-case word stays a word.
    /// </summary>
    public static UnitMention? ReadInSlot(string text, string lower, int pos)
    {
        pos = SkipSpaces(text, pos);
        if (pos >= text.Length) return null;
        var end = text.IndexOf('\n', pos);
        if (end < 0 || end - pos > 80) end = Math.Min(text.Length, pos + 80);
        if (AbbreviationCase.InSlot(text, pos, end) is { } upper && Read(upper, lower, pos) is { } read) return read;
        if (Read(text, lower, pos) is { } plain) return plain;
        // "Đầu mối: Văn phòng.", "(giao Văn phòng)": the office alone.
        if (StartsWith(lower, pos, "văn phòng") && SkipSpaces(text, pos + 9) is var after && (after >= text.Length || text[after] is '.' or ';' or ',' or ')' or '\n'))
            return new UnitMention(pos, pos + 9, UnitKind.Organisation, text, "VP HĐND-UBND");
        return null;
    }

    // ---- officials assigned to areas --------------------------------------------------------------------------------

    private static readonly string[] OfficialNouns = ["đồng chí ", "đ/c ", "cán bộ ", "công chức "];
    private static readonly string[] AssignedBy = ["được phân công ", "được giao "];
    private static readonly string[] AssignedDuties = ["phụ trách ", "chỉ đạo ", "theo dõi ", "bám sát ", "phụ trách địa bàn ", "chỉ đạo địa bàn "];

    /// <summary>
    /// "Các đồng chí được phân công chỉ đạo các thôn", "Các đ/c cán bộ được giao phụ trách địa bàn các tổ dân phố": officials
    /// named by the places they are assigned to (LABELING.md, role holders as written, plural kept). Only a plural place
    /// ("các thôn", "các khu phố") closes the name; "cán bộ được giao nhiệm vụ …" is no unit.
    /// </summary>
    private static UnitMention? ReadAssignedOfficials(string text, string lower, int start)
    {
        if (lower[start] is not ('c' or 'đ')) return null; // "các", "cán bộ", "công chức", "đồng chí", "đ/c": most words pay one test
        var q = start;
        var plural = StartsWith(lower, q, "các ");
        if (plural) q += 4;
        var noun = FirstAt(lower, q, OfficialNouns);
        if (noun is null) return null;
        q += noun.Length;
        if (FirstAt(lower, q, OfficialNouns) is { } second && second != noun) q += second.Length; // "các đ/c cán bộ …"
        if (FirstAt(lower, q, AssignedBy) is not { } by) return null;
        q += by.Length;
        if (FirstAt(lower, q, AssignedDuties) is { } duty) q += duty.Length;
        if (StartsWith(lower, q, "địa bàn ")) q += 8;
        var places = PluralPlaces(text, lower, q);
        if (places <= q) return null;
        var written = UnitNames.CollapseSpaces(text[start..places]);
        var name = VietnameseText.UpperFirst(written.Replace("đ/c ", "đồng chí ", StringComparison.OrdinalIgnoreCase).Replace("Đ/c ", "đồng chí ", StringComparison.Ordinal));
        return new UnitMention(start, places, UnitKind.Role, text, name);
    }

    private static readonly string[] PartyTitles = ["phó bí thư thường trực", "phó bí thư", "bí thư"];
    private static readonly string[] ChairTitles = ["chủ tịch ", "phó chủ tịch ", "pct "];

    /// <summary>
    /// "(đồng chí) Phó Bí thư, Chủ tịch UBND phường", "Bí thư Đảng ủy, Chủ tịch HĐND xã": one leader holding a party title and
    /// the chair (or a deputy chair) of the government. The party title alone ("Phó Bí thư") or with its committee ("Bí thư
    /// Đảng ủy") comes first; the mention is the leader with both titles, so a party notice's "… chỉ đạo X" hands X the lead.
    /// </summary>
    private static UnitMention? ReadPartyAndLeaderTitles(string text, string lower, int p, int start)
    {
        if (FirstAtWord(lower, p, PartyTitles) is not { } title) return null;
        var q = SkipSpaces(text, p + title.Length);
        if (StartsWith(lower, q, "đảng ủy")) q = SkipSpaces(text, ExtendName(text, lower, q + 7, afterLevel: false) is var e && e > q + 7 ? e : q + 7);
        if (q >= text.Length || text[q] != ',') return null;
        var t = SkipSpaces(text, q + 1);
        if (ReadRole(text, lower, t, t, asBody: false) is not { } chair || !UnitMention.IsLeaderName(chair.Name, UnitKind.Role)
            || FirstAt(lower, t, ChairTitles) is null) return null;
        return new UnitMention(start, chair.End, UnitKind.Role, text, UnitNames.Tidy(text[p..chair.End]));
    }

    // "Mặt …", "các đ…", "anh e…": chars of the three forms, checked before any comparison (Read runs at nearly every word).
    private static bool MayNameOfficersOrFront(string text, string lower, int i) =>
        i + 6 < lower.Length && (text[i] == 'M' && lower[i + 1] == 'ặ' || lower[i] == 'c' && lower[i + 1] == 'á' && lower[i + 4] == 'đ' || lower[i] == 'a' && lower[i + 1] == 'n' && lower[i + 4] == 'e');

    /// <summary>
    /// Bodies named the way a speaker names them: "Các đồng chí Công an phường cần …", "anh em Quân sự" (the officers of a body
    /// are the body, when no role follows "các đồng chí"); "Mặt trận (và các đoàn thể) phường …" (the Front's committee, LABELING.md fresh8: the
    /// đoàn thể cooperate, read by the list after it).
    /// </summary>
    private static UnitMention? ReadOfficersOrFront(string text, string lower, int start)
    {
        if (text[start] == 'M' && StartsWith(lower, start, "mặt trận") && !StartsWith(lower, start + 8, " tổ quốc"))
        {
            var after = SkipSpaces(text, start + 8);
            var level = UnitLexicon.WordAt(lower, after, Lex.Levels);
            // "Mặt trận phường …": the ward's own Front; "Mặt trận huyện Thạnh Lợi trao …" (a named place's, in a news list) is left alone.
            if (level is not null && !StartsWith(lower, after, "xã hội") && SkipSpaces(text, after + level.Length) is var named
                && !(named < text.Length && char.IsUpper(text[named])))
                return new UnitMention(start, after + level.Length, UnitKind.Organisation, text, "Ủy ban MTTQ Việt Nam " + level);
            if (StartsWith(lower, after, "và các đoàn thể") || StartsWith(lower, after, "và đoàn thể") || StartsWith(lower, after, ", các đoàn thể"))
                return new UnitMention(start, start + 8, UnitKind.Organisation, text, "Ủy ban MTTQ Việt Nam");
            return null;
        }
        int q;
        // "anh em Quân sự", "anh em Công an": a speaker's name for the people of a body (the military's is its command).
        if (StartsWith(lower, start, "anh em "))
        {
            q = SkipSpaces(text, start + 7);
            if (q < text.Length && text[q] == 'Q' && UnitLexicon.AtWord(lower, q, "quân sự"))
                return new UnitMention(start, q + 7, UnitKind.Organisation, text, "BCH QS");
        }
        else if (StartsWith(lower, start, "các đồng chí ") || StartsWith(lower, start, "các đ/c "))
            q = SkipSpaces(text, start + (lower[start + 4] == 'đ' && lower[start + 5] == '/' ? 8 : 13));
        else return null;
        if (q >= text.Length || !char.IsUpper(text[q]) || UnitLexicon.WordAt(lower, q, Lex.Roles) is not null || UnitLexicon.WordAt(lower, q, Lex.Offices) is not null) return null;
        return ReadOrganisation(text, lower, q, q) is { } org ? new UnitMention(start, org.End, UnitKind.Organisation, text, org.Name) : null;
    }

    private static readonly string[] MemberLeads = ["các đồng chí trong ", "các đ/c trong ", "các đồng chí thành viên trong "];

    // "các đồng chí trong Ban Thường vụ Đảng ủy": the members of a body, named as written with the body's name (LABELING.md,
    // "Members of a body as the addressee").
    private static UnitMention? ReadMembersOf(string text, string lower, int start)
    {
        if (lower[start] != 'c' || FirstAt(lower, start, MemberLeads) is not { } lead) return null;
        var q = start + lead.Length;
        if (ReadOrganisation(text, lower, q, q) is not { } body) return null;
        return new UnitMention(start, body.End, UnitKind.Role, text, "Các đồng chí trong " + body.Name);
    }

    private static readonly string[] StandingLeads = ["cơ quan thường trực là ", "đơn vị thường trực là ", "cơ quan chủ trì là ", "đơn vị chủ trì là "];

    // "Đoàn kiểm tra liên ngành (Phòng KT, HT&ĐT là thường trực)": a body whose standing member is named in brackets is the
    // body named first (LABELING.md, fresh4 clarifications); its name runs over lower-case words up to the bracket.
    private static UnitMention? ReadStandingBody(string text, string lower, int p, int start)
    {
        if (p >= text.Length || !char.IsUpper(text[p]) || text.IndexOf('(', p, Math.Min(60, text.Length - p)) < 0) return null;
        if (HeadAt(text, lower, p) is not { Kind: not HeadKind.Role } head) return null;
        var open = text.IndexOf('(', p + head.Length, Math.Min(60, text.Length - p) - head.Length);
        if (open < 0) return null;
        for (var k = p + head.Length; k < open; k++)
            if (!(char.IsLower(text[k]) || text[k] == ' ')) return null;
        var close = text.IndexOf(')', open);
        if (close < 0 || close - open > 80 || !lower.AsSpan(open, close - open).Contains("thường trực", StringComparison.Ordinal)) return null;
        return new UnitMention(start, close + 1, UnitKind.Organisation, text, UnitNames.Tidy(text[p..open]));
    }

    /// <summary>Parties to a construction by their part, longest first: "đơn vị tư vấn giám sát", "nhà thầu thi công", "chủ đầu tư".</summary>
    internal static readonly string[] PartyRoles =
    [
        "đơn vị tư vấn giám sát", "đơn vị tư vấn thiết kế", "đơn vị tư vấn", "đơn vị thi công", "đơn vị giám sát", "nhà thầu thi công",
        "nhà thầu tư vấn", "nhà thầu", "chủ đầu tư",
    ];

    private static readonly string[] PartyLeads = ["nhà thầu", "chủ đầu tư", "đơn vị", "nhà cung cấp", "bên"];

    // "Nhà thầu thi công (Công ty X)", "Chủ đầu tư (Ban Quản lý dự án …)", "đơn vị tư vấn giám sát (Công ty …)": a party
    // described by its part in the works, its name in brackets, is the named body.
    private static UnitMention? ReadDescribedParty(string text, string lower, int p, int start)
    {
        var lead = FirstAtWord(lower, p, PartyLeads);
        if (lead is null) return null;
        var open = text.IndexOf('(', p + lead.Length, Math.Min(60, text.Length - p - lead.Length));
        // "Đơn vị tư vấn giám sát bố trí …" with no bracket: the party by its part (a name the notice may have given it in
        // brackets earlier: Abbreviations.WithDefinitions).
        var noBracket = open < 0 || open - p > 50 || text.AsSpan(p + lead.Length, open - p - lead.Length).ContainsAny(".,;:)");
        if (noBracket && FirstAtWord(lower, p, PartyRoles) is { } part && part != "nhà thầu") // "yêu cầu nhà thầu …" inside a task is no new addressee
            return new UnitMention(start, p + part.Length, UnitKind.Organisation, text);
        if (noBracket) return null;
        for (var k = p + lead.Length; k < open; k++) if (char.IsUpper(text[k])) return null; // lower-case description words only
        var o = SkipSpaces(text, open + 1);
        if (ReadOrganisation(text, lower, o, o) is null) return null;
        // The whole bracket is the body's name ("Ban Quản lý dự án đầu tư xây dựng phường": "đầu tư" would end a name in prose).
        var close = text.IndexOf(')', o);
        if (close < 0 || close - o > 90 || text.AsSpan(o, close - o).ContainsAny(";:(")) return null;
        return new UnitMention(start, close + 1, UnitKind.Organisation, text, UnitNames.Tidy(text[o..close]));
    }

    private static readonly string[] PlaceLevels = ["phường ", "xã ", "thị trấn ", "đặc khu "];

    // "giao phường Bắc Sơn …", "Giao xã Đông Hòa rà soát …": a ward or commune given work without "UBND" is its People's
    // Committee (LABELING.md, "Wards or communes as addressees written without UBND"). Only right after "giao" and with a
    // proper name after the level: "Đối với xã Kiên Thành, …" or "tại phường Bắc Sơn" name a place, not an addressee.
    private static UnitMention? ReadNamedPlace(string text, string lower, int p, int start)
    {
        if (!(p >= 5 && StartsWith(lower, p - 5, "giao ") && (p == 5 || !char.IsLetter(lower[p - 6])))) return null;
        var level = FirstAt(lower, p, PlaceLevels);
        if (level is null || StartsWith(lower, p, "xã hội")) return null;
        var n = SkipSpaces(text, p + level.Length);
        if (n >= text.Length || !char.IsUpper(text[n]) || HeadAt(text, lower, n) is not null || UnitLexicon.WordAt(lower, n, Lex.Roles) is not null) return null;
        var end = ExtendName(text, lower, n, afterLevel: true);
        if (end <= n) return null;
        return new UnitMention(start, end, UnitKind.Organisation, text, "UBND " + level + UnitNames.CollapseSpaces(text[n..end]));
    }

    private static readonly string[] CourtesyHeads =
        ["tổng công ty", "chi cục", "công ty", "cơ quan", "đơn vị", "trung tâm", "ủy ban", "ngân hàng", "sở", "phòng", "ban", "cục", "bộ", "viện", "hội", "trường", "đài", "báo"];

    // "Quý Sở", "Quý Công ty", "Quý cơ quan": the addressee of a letter named by courtesy (the parser gives it the name
    // written in "Kính gửi:"). Only the head after "Quý", nothing more.
    private static UnitMention? ReadCourtesy(string text, string lower, int pos)
    {
        if (!StartsWith(lower, pos, "quý ") || text[pos] != 'Q') return null;
        foreach (var head in CourtesyHeads)
        {
            var end = pos + 4 + head.Length;
            if (!StartsWith(lower, pos + 4, head) || end < text.Length && char.IsLetter(text[end])) continue;
            return new UnitMention(pos, end, UnitKind.Organisation, text, "Quý " + head);
        }
        return null;
    }

    /// <summary>True when a unit's head (or "các" + head) is written at <paramref name="i"/>: the start of another unit.</summary>
    public static bool StartsUnit(string text, string lower, int i)
    {
        i = SkipSpaces(text, i);
        if (i >= text.Length) return false;
        var q = StartsWith(lower, i, "các ") ? i + 4 : i;
        if (q > i && StartsWith(lower, q, "vị ")) q += 3; // "các vị đại biểu …"
        if (HeadAt(text, lower, q) is not null) return true;
        return UnitLexicon.WordAt(lower, q, Lex.Roles) is not null || UnitLexicon.WordAt(lower, q, Lex.Offices) is not null;
    }

    // ---- all units ----------------------------------------------------------------------------------------------

    private static UnitMention? ReadAllUnits(string text, string lower, int start)
    {
        var q = start;
        var headed = false;
        foreach (var lead in GroupLeads)
            if (StartsWith(lower, q, lead)) { q += lead.Length; headed = lead is not ("tất cả " or "toàn thể "); break; }
        if (!StartsWith(lower, q, "các ")) return null;
        q += 4;
        var nouns = 0;
        var end = q;
        while (true)
        {
            var g = UnitLexicon.WordAt(lower, q, Lex.Groups);
            if (g is null) break;
            // "các Ban công tác Mặt trận tổ dân phố", "các ban quản lý chợ": a group word that starts a longer head is that kind of
            // body, not every unit (a lower-case name after the head, as well as a capitalised one below).
            if (UnitLexicon.WordAt(lower, q, Lex.Heads) is { } longer && longer.Length > g.Length)
            {
                if (nouns == 0) return null;
                break;
            }
            // "các Ban HĐND": a group noun followed by a capitalised name is one kind of unit, not every unit; after a list of
            // them ("các cơ quan, đơn vị và Ban Nhân dân …") it is a named body of its own and every unit ends before it.
            var after = SkipSpaces(text, q + g.Length);
            if (after < text.Length && char.IsUpper(text[after]) && UnitLexicon.WordAt(lower, after, Lex.Levels) is null && !UnitLexicon.AtWord(lower, after, "tp"))
            {
                if (nouns == 0) return null;
                break;
            }
            nouns++;
            q += g.Length;
            end = q;
            var r = SkipSpaces(text, q);
            if (r < text.Length && text[r] is ',' or '/' or ';') r = SkipSpaces(text, r + 1);
            else if (StartsWith(lower, r, "và ")) r += 3;
            else break;
            if (StartsWith(lower, r, "các ")) r += 4;
            if (UnitLexicon.WordAt(lower, r, Lex.Groups) is null) break;
            q = r;
        }
        if (nouns == 0) return null;
        // "các địa phương" alone: the local governments, a unit of their own, not every unit of the body.
        if (nouns == 1 && StartsWith(lower, end - "địa phương".Length, "địa phương")) return new UnitMention(start, end, UnitKind.Organisation, text);
        // Tails: "chuyên môn", "có liên quan", "thuộc UBND phường", "trên địa bàn", a level ("cấp huyện", "phường").
        for (var guard = 0; guard < 4; guard++)
        {
            var r = SkipSpaces(text, end);
            var tail = FirstAtWord(lower, r, GroupTails);
            if (tail is not null) { end = r + tail.Length; continue; }
            var level = UnitLexicon.WordAt(lower, r, Lex.Levels);
            if (level is not null && !StartsWith(lower, r, "xã hội")) { end = r + level.Length; continue; }
            break;
        }
        // "Giám đốc các đơn vị: Trung tâm …, Đài …": heads listed after a colon are the bodies named there (ReadRole).
        if (headed && SkipSpaces(text, end) is var colon && colon < text.Length && text[colon] == ':'
            && ReadOrganisation(text, lower, SkipSpaces(text, colon + 1), SkipSpaces(text, colon + 1)) is not null) return null;
        return new UnitMention(start, end, UnitKind.AllUnits, text);
    }

    // ---- people -------------------------------------------------------------------------------------------------

    // "đồng chí Nguyễn Văn An, Phó Chủ tịch UBND phường"; "ông Lê Quang Hiếu - Chủ tịch UBND xã".
    private static UnitMention? ReadPerson(string text, string lower, int start)
    {
        var lead = FirstAt(lower, start, PersonLeads);
        if (lead is null) return null;
        var p = SkipSpaces(text, start + lead.Length);
        var name = PersonName(text, lower, p);
        if (name is not { } n) return null;
        var end = n.End;
        var display = n.Name;
        // Every title the person holds ("Ủy viên UBND phường, Trưởng Công an phường") belongs to the person, not to the list
        // of units after it; the one shown is the first post, a membership ("Ủy viên …") only when it is the only title.
        string? shown = null;
        var separator = SkipSpaces(text, end);
        while (separator < text.Length && text[separator] is ',' or '-' or '–')
        {
            var t = SkipSpaces(text, separator + 1);
            var role = ReadRole(text, lower, t, t, asBody: false);
            if (role is null) break;
            var title = role.Value;
            end = title.End;
            if (shown is null || IsMembership(shown) && !IsMembership(title.Name)) shown = title.Name;
            separator = SkipSpaces(text, end);
        }
        // "Đ/c Nguyễn Văn Hùng, Phó Chủ tịch UBND phường, Phó Trưởng ban thường trực: …": the titles run to the label's colon.
        if (shown is not null && separator < text.Length && text[separator] == ',')
        {
            var colon = text.IndexOf(':', separator);
            if (colon > 0 && colon - separator < 80 && text.AsSpan(separator, colon - separator).IndexOfAny('.', ';') < 0) end = colon;
        }
        // "bà Lò Thị Xuân (công chức Tư pháp - Hộ tịch)": the title in brackets.
        if (shown is null && separator < text.Length && text[separator] == '('
            && ReadRole(text, lower, SkipSpaces(text, separator + 1), SkipSpaces(text, separator + 1), asBody: false) is { } bracketed
            && BracketEnd(text, bracketed.End) is var close && close < text.Length && text[close] == ')')
        {
            end = close + 1;
            shown = bracketed.Name;
        }
        if (shown is not null) display += ", " + shown;
        return new UnitMention(start, end, UnitKind.Person, text, display);
    }

    // The ")" closing a bracket of titles: right after the first title, or after more of them ("(Trưởng Công an phường, Phó Trưởng ban)").
    private static int BracketEnd(string text, int from)
    {
        var close = SkipSpaces(text, from);
        if (close >= text.Length || text[close] != ',') return close;
        var end = text.IndexOf(')', close);
        return end > 0 && end - close < 80 && text.AsSpan(close, end - close).IndexOfAny(".;(:") < 0 ? end : close;
    }

    private static bool IsMembership(string title) => title.StartsWith("Ủy viên", StringComparison.OrdinalIgnoreCase) || title.StartsWith("Uỷ viên", StringComparison.OrdinalIgnoreCase);

    /// <summary>2–5 capitalised syllables that are not a title ("Nguyễn Hoàng Minh").</summary>
    internal static (string Name, int End)? PersonName(string text, string lower, int p)
    {
        var words = 0;
        var end = p;
        var q = p;
        while (q < text.Length && words < 5)
        {
            q = SkipSpaces(text, q);
            var e = q;
            while (e < text.Length && char.IsLetter(text[e])) e++;
            if (e == q || !char.IsUpper(text[q]) || HasUpperAfterFirst(text, q, e)) break;
            if (words == 0 && (HeadAt(text, lower, q) is not null || UnitLexicon.WordAt(lower, q, Lex.Roles) is not null)) return null;
            words++;
            end = e;
            q = e;
        }
        return words is >= 2 and <= 5 ? (text[p..end], end) : null;
    }

    // The common Vietnamese family names (they start most personal names): how a name is told from the place before it.
    private static readonly HashSet<string> FamilyNames = new(StringComparer.Ordinal)
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò",
        "Trịnh", "Đinh", "Mai", "Lâm", "Hà", "Đào", "Cao", "Tạ", "Lương", "Vi", "Kha", "Triệu", "Đoàn", "Tô", "Trương", "Quách",
        "Thái", "Chu", "Lã", "Nông", "Hứa", "La", "Lưu", "Văn", "Tăng", "Âu", "Châu", "Từ", "Khổng", "Kiều", "Lục", "Mạc", "Ninh",
        "Phí", "Phùng", "Quan", "Tống", "Thân", "Ông", "Vương", "Vòng", "Y", "H", "Đàm", "Giang", "Hầu", "Khúc", "Lại", "Lữ", "Nghiêm", "Bế",
    };

    internal static bool IsFamilyName(string word) => FamilyNames.Contains(word);

    private static bool HasUpperAfterFirst(string text, int from, int to)
    {
        for (var i = from + 1; i < to; i++) if (char.IsUpper(text[i])) return true;
        return false;
    }

    // ---- roles --------------------------------------------------------------------------------------------------

    // "Trưởng các thôn", "Tổ trưởng các tổ dân phố", "Công chức Văn hóa - Xã hội", "Các đồng chí PCT UBND phường",
    // "Chủ tịch UBND các xã", "Thành viên Ban Chỉ đạo …", "đồng chí Phó Chủ tịch UBND phường Nguyễn Huy Vinh".
    private static UnitMention? ReadRole(string text, string lower, int p, int start, bool asBody = true)
    {
        var q = p;
        var plural = false;
        var courtesy = false;
        if (StartsWith(lower, q, "các ")) { q += 4; plural = true; }
        if (plural && StartsWith(lower, q, "vị ")) { q += 3; courtesy = true; } // "các vị đại biểu HĐND phường": a courtesy word
        if (StartsWith(lower, q, "đồng chí ")) q += 9;
        else if (StartsWith(lower, q, "đ/c ")) q += 4; // "Các đ/c PCT UBND phường"
        // "Tổ trưởng dân phố", "Trưởng thôn", "Bí thư chi bộ": an office complete in itself, a name may follow ("thôn Tân Xuân").
        if (UnitLexicon.WordAt(lower, q, Lex.Offices) is { } office)
        {
            var o = q + office.Length;
            var named = SkipSpaces(text, o);
            var officeEnd = named < text.Length && (char.IsUpper(text[named]) || char.IsDigit(text[named])) ? ExtendName(text, lower, named, afterLevel: true) : o;
            if (officeEnd == o && SharedScope(text, lower, o) is { } officeScope)
                return new UnitMention(start, officeScope.End, UnitKind.Role, text, UnitNames.Tidy(text[q..o]) + " " + officeScope.Scope);
            return new UnitMention(start, officeEnd, UnitKind.Role, text);
        }
        int afterRole;
        var role = UnitLexicon.WordAt(lower, q, Lex.Roles);
        if (role is not null) afterRole = q + role.Length;
        else if (KnownAbbreviationAt(text, q, out var k) is { } abbr && k == HeadKind.Role) { role = abbr; afterRole = q + abbr.Length; }
        else return null;
        var b = SkipSpaces(text, afterRole);
        // "Giao Giám đốc: Sở Y tế, Trung tâm …", "Thủ trưởng các đơn vị: Phòng …": heads listed after a colon stand for the
        // first body named (the others cooperate).
        if (asBody && !courtesy && BodyHeadRoles.Contains(role) && HeadsAfterColon(text, lower, b) is { } listed) return listed with { Start = start };
        int end;
        // "Cán bộ phụ trách giáo dục", "công chức phụ trách tư pháp": an official named by the field in their charge.
        if (role is "công chức" or "cán bộ" && StartsWith(lower, b, "phụ trách ") && ChargeEnd(text, lower, b + 10) is var charge && charge > b + 10)
            return new UnitMention(start, charge, UnitKind.Role, text, VietnameseText.UpperFirst(UnitNames.CollapseSpaces(text[q..charge])));
        // "Tổ trưởng, tổ phó các tổ dân phố": holders listed before the places they share.
        if (SharedScope(text, lower, afterRole) is { } shared)
            return new UnitMention(start, shared.End, UnitKind.Role, text, UnitNames.Tidy(text[q..afterRole]) + " " + shared.Scope);
        if (ReadOrganisation(text, lower, b, b) is { } org) end = org.End;
        else if (ReadCommunity(text, lower, b, b) is { } com) end = com.End;
        else if (StartsWith(lower, b, "các ")) return null;
        else if (role is "công chức" or "cán bộ" && FieldName(text, lower, b) is { } field) end = field;
        else if (role is "phó chủ tịch" or "chủ tịch" or "PCT" or "CT" && (plural || UnitLexicon.WordAt(lower, b, Lex.Levels) is not null))
            end = UnitLexicon.WordAt(lower, b, Lex.Levels) is { } lvl ? b + lvl.Length : afterRole;
        else return null;
        // "Phó Chủ tịch UBND phường Nguyễn Huy Vinh": the holder's name may follow the office.
        var n = SkipSpaces(text, end);
        if (PersonName(text, lower, n) is { } person) end = person.End;
        else if (asBody && !plural && BodyOfHead(text, lower, role, q, b, end) is { } body) return new UnitMention(start, end, UnitKind.Organisation, text, body);
        if (courtesy)
        {
            var holders = UnitNames.Tidy(text[q..end]);
            var first = holders.Split(' ')[0];
            return new UnitMention(start, end, UnitKind.Role, text, "Các " + (Abbreviations.IsAllCaps(first) ? holders : string.Concat(VietnameseText.LowerInvariant(holders.AsSpan(0, 1)), holders.AsSpan(1))));
        }
        return new UnitMention(start, end, UnitKind.Role, text);
    }

    /// <summary>
    /// "Bí thư chi bộ, trưởng thôn các thôn", "Tổ trưởng, tổ phó các tổ dân phố": after an office written with no place of its
    /// own, a comma (or "và"), another holder in at most three words and a plural place: the place belongs to both. Returns the
    /// place as written ("các thôn") and where the list ends.
    /// </summary>
    private static (string Scope, int End)? SharedScope(string text, string lower, int i)
    {
        var c = SkipSpaces(text, i);
        if (c < text.Length && text[c] == ',') c = SkipSpaces(text, c + 1);
        else if (StartsWith(lower, c, "và ")) c += 3;
        else return null;
        for (var words = 0; words < 3; words++)
        {
            if (c >= text.Length || !char.IsLetter(text[c])) return null;
            if (StartsWith(lower, c, "các ") && PluralPlaces(text, lower, c) is var places && places > c)
                return words == 0 ? null : (UnitNames.CollapseSpaces(lower[c..places]), places);
            if (IsVerbAt(lower, c)) return null;
            c = SkipSpaces(text, WordEnd(text, c));
        }
        return null;
    }

    // "… phụ trách giáo dục rà soát": the field runs over lower-case syllables (joined by "-") up to a verb or punctuation.
    private static int ChargeEnd(string text, string lower, int i)
    {
        var end = i;
        var words = 0;
        while (i < text.Length && words < 6)
        {
            var w = SkipSpaces(text, i);
            if (w >= text.Length) break;
            if (text[w] is '-' or '–' && words > 0) { i = w + 1; continue; }
            if (!char.IsLetter(text[w]) || IsVerbAt(lower, w) || StartsUnit(text, lower, w)) break;
            var e = WordEnd(text, w);
            if (WordSpan(lower, w) is "và" or "của" or "tại" or "trên" or "các" or "với" or "để") break;
            // "cán bộ phụ trách địa bàn": an officer in charge of an area is the staff of whoever assigns them, not a post.
            if (words == 0 && (StartsWith(lower, w, "địa bàn") || StartsWith(lower, w, "khu vực") || UnitLexicon.WordAt(lower, w, Lex.Community) is not null)) return i;
            end = i = e;
            words++;
        }
        return end;
    }

    // ": Sở Y tế, Trung tâm …" after a head's title (optionally "các đơn vị"): the first body after the colon.
    private static UnitMention? HeadsAfterColon(string text, string lower, int b)
    {
        var c = b;
        if (StartsWith(lower, c, "các ") && ReadAllUnits(text, lower, c) is { } group) c = SkipSpaces(text, group.End);
        if (c >= text.Length || text[c] != ':') return null;
        var o = SkipSpaces(text, c + 1);
        return ReadOrganisation(text, lower, o, o) is { } org ? org with { Given = org.Name } : null;
    }

    // Titles of the one who heads a body: "Giám đốc Sở Xây dựng", "Trưởng Công an phường", "Chánh Văn phòng HĐND và UBND".
    private static readonly HashSet<string> BodyHeadRoles = new(StringComparer.Ordinal)
    {
        "giám đốc", "phó giám đốc", "trưởng", "phó trưởng", "thủ trưởng", "chánh văn phòng", "chỉ huy trưởng", "hiệu trưởng",
        "trạm trưởng", "phó trạm trưởng", "đội trưởng", "phó đội trưởng", "đồn trưởng",
    };

    /// <summary>
    /// A singular head of one named body stands for the body (LABELING.md, "Heads of bodies"): "Giám đốc Sở Xây dựng" →
    /// "Sở Xây dựng", "Chánh Văn phòng HĐND và UBND phường" → the Văn phòng, "Chủ tịch Hội Nông dân xã" → the Hội. The chairs
    /// and secretaries of a government or party committee stay roles: they direct others.
    /// </summary>
    private static string? BodyOfHead(string text, string lower, string role, int q, int b, int end)
    {
        if (end <= b || StartsWith(lower, b, "các ") || ReadOrganisation(text, lower, b, b) is not { } org || org.End != end) return null;
        var body = UnitNames.Tidy(text[b..end]);
        if (role == "chánh văn phòng") return "Văn phòng " + body;
        if (BodyHeadRoles.Contains(role)) return body;
        if (role is "chủ tịch" or "phó chủ tịch" or "bí thư" or "phó bí thư" or "CT" or "PCT" && UnitMention.HeadsMassOrganisation(UnitNames.Tidy(text[q..end]))) return body;
        return null;
    }

    // A field after "Công chức": "Văn hóa - Xã hội", "Địa chính - Nông nghiệp - Xây dựng - Môi trường", "Tư pháp - Hộ tịch".
    private static int? FieldName(string text, string lower, int b)
    {
        if (b >= text.Length || !char.IsUpper(text[b]) && UnitLexicon.WordAt(lower, b, Lex.Names) is null) return null;
        var end = ExtendName(text, lower, b, afterLevel: false);
        return end > b ? end : null;
    }

    // ---- organisations and communities ---------------------------------------------------------------------------

    private static UnitMention? ReadOrganisation(string text, string lower, int p, int start)
    {
        var q = p;
        var plural = false;
        if (StartsWith(lower, q, "các ")) { q += 4; plural = true; }
        if (HeadAt(text, lower, q) is not { } head || head.Kind is HeadKind.Community or HeadKind.Role) return null;
        if (IsBriefing(text, lower, q)) return null;
        var after = SkipSpaces(text, q + head.Length);
        // "đội quản lý trật tự đô thị phường", "trung tâm hành chính công": a standard unit's name after its head, in lower case.
        if (after < text.Length && char.IsLower(text[after]) && StandardNames.LengthAt(lower, q) is var standard && standard > head.Length)
            return new UnitMention(start, ExtendName(text, lower, q + standard, afterLevel: false), UnitKind.Organisation, text);
        int end;
        if (head.Kind == HeadKind.Standalone)
        {
            // "Công an xã", "UBND huyện Cam Lộ", "UBND các xã, thị trấn", "UBMTTQ Việt Nam xã"; "công an" alone in lower case is not a unit.
            // "Đảng ủy viên", "Ủy viên": a member's title, not the body.
            if (after < text.Length && WordSpan(lower, after) is "viên") return null;
            end = ExtendName(text, lower, after, afterLevel: false);
            if (end == after && !plural && !char.IsUpper(text[q]) && !IsLevelAt(lower, after) && !StartsWith(lower, after, "các ")) return null;
            if (end == after) end = q + head.Length;
        }
        else
        {
            // A head needs a name: "Phòng Kinh tế", "phòng văn hóa", "Trạm Y tế"; "phòng, chống", "ban hành", "hội nghị" are
            // not units. In the plural the head alone is enough: "các trường", "các trạm".
            // "phòng, chống", "hội chợ", "ban hành": a one-word head before such a word is no unit; a head of several words
            // ("Ban Quản lý chợ Bình Tây") is one whatever follows.
            var next = after < text.Length && head.Word.IndexOf(' ') < 0 ? WordSpan(lower, after) : "";
            var named = after < text.Length && (char.IsUpper(text[after]) || char.IsDigit(text[after]) || IsLevelAt(lower, after) || PluralPlaces(text, lower, after) > after
                                                || NamedCommunityEnd(text, lower, after) > after
                                                || !NotAfter.Contains(next) && UnitLexicon.WordAt(lower, after, Lex.Names) is not null);
            // "VP: theo dõi …" (a routing slip's label): the plain Office is the ward's Văn phòng HĐND và UBND.
            if (!named && !plural && head.Word == "VP" && after < text.Length && text[after] == ':')
                return new UnitMention(start, q + head.Length, UnitKind.Organisation, text, "VP HĐND-UBND");
            // "Văn phòng chuẩn bị ngay báo cáo …", "giao Văn phòng tổng hợp …": the plain Office, capitalised, doing the work.
            if (!named && !plural && text[q] == 'V' && head.Word == "văn phòng" && IsVerbAt(lower, after)
                && WordSpan(lower, after) is not ("của" or "tại" or "với" or "cho" or "về" or "trên" or "từ" or "đến" or "khi" or "ngày" or "mỗi" or "sau" or "trước" or "trong" or "theo" or "thuộc" or "là" or "để" or "được" or "đã"))
                return new UnitMention(start, q + head.Length, UnitKind.Organisation, text, "VP HĐND-UBND");
            if (!named && !(plural && !NotAfter.Contains(next))) return null;
            end = named ? ExtendName(text, lower, after, afterLevel: false) : q + head.Length;
            if (end == after) end = q + head.Length;
            // "các Ban điều hành khu phố", "các Ban công tác Mặt trận tổ dân phố": in the plural, the places the bodies serve
            // belong to the name (UnitNames moves "các" to them).
            if (plural && !named && SkipSpaces(text, end) is var place && BarePlaceEnd(text, lower, place) is var placeEnd && placeEnd > place) end = placeEnd;
        }
        return new UnitMention(start, end, UnitKind.Organisation, text);
    }

    // "các thôn", "thôn Tân Xuân", "Tổ dân phố số 5", "các thôn/khóm/ấp", "các chi bộ".
    private static UnitMention? ReadCommunity(string text, string lower, int p, int start)
    {
        var q = p;
        var plural = false;
        if (StartsWith(lower, q, "các ")) { q += 4; plural = true; }
        // "21 tổ dân phố", "12 khu phố": a count before a community is its plural ("Các tổ dân phố").
        var counted = !plural && CountBefore(text, q) is var c && c > q;
        if (counted) { q = CountBefore(text, q); plural = true; }
        var head = HeadAt(text, lower, q);
        if (head is not { Kind: HeadKind.Community } h) return null;
        if (counted)
        {
            if (h.Word is "tổ" or "bản" or "ấp" or "buôn") return null; // "01 tổ cấp cứu": too common a word
            var countedEnd = q + h.Length;
            var named2 = SkipSpaces(text, countedEnd);
            if (named2 < text.Length && (char.IsUpper(text[named2]) || char.IsDigit(text[named2]))) return null; // "5 Tổ dân phố Hòa Hiệp": names, not a plural
            var word = UnitNames.Tidy(text[q..countedEnd]);
            return new UnitMention(start, countedEnd, UnitKind.Community, text, "Các " + char.ToLowerInvariant(word[0]) + word[1..]);
        }
        var end = q + h.Length;
        // "thôn/khóm/ấp": alternatives of the same kind.
        while (end + 1 < text.Length && text[end] == '/' && HeadAt(text, lower, end + 1) is { Kind: HeadKind.Community } alt) end += 1 + alt.Length;
        var after = SkipSpaces(text, end);
        var named = after < text.Length && (char.IsUpper(text[after]) || char.IsDigit(text[after]) || StartsWith(lower, after, "số "));
        if (named) end = ExtendName(text, lower, after, afterLevel: true);
        else if (!plural && h.Word is "tổ" or "bản" or "ấp" or "buôn") return null; // "tổ" alone is too common a word
        else if (IsLevelAt(lower, after)) end = ExtendName(text, lower, after, afterLevel: false);
        return new UnitMention(start, end, UnitKind.Community, text);
    }

    // Where the words after a count ("21 ") start, or the position itself when no count is written there.
    private static int CountBefore(string text, int q)
    {
        var k = q;
        while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
        return k > q && k - q <= 3 && k + 1 < text.Length && text[k] == ' ' && char.IsLetter(text[k + 1]) ? k + 1 : q;
    }

    // "các xã, thị trấn", "các huyện, thị xã, thành phố": the local governments of those places.
    private static UnitMention? ReadPluralLevels(string text, string lower, int p, int start)
    {
        if (!StartsWith(lower, p, "các ") || !IsLevelAt(lower, p + 4)) return null;
        var end = ExtendName(text, lower, p + 4, afterLevel: false);
        return end > p + 4 ? new UnitMention(start, Qualified(text, lower, end), UnitKind.Organisation, text) : null;
    }

    // "các xã còn lại", "các xã, phường có rừng", "các xã, thị trấn ven biển": a qualifier that says which of the places.
    private static readonly string[] PlaceQualifiers =
        ["còn lại", "có rừng", "ven biển", "ven sông", "giáp ranh", "biên giới", "trọng điểm", "vùng cao", "miền núi", "có liên quan", "liên quan"];

    private static int Qualified(string text, string lower, int end)
    {
        var q = SkipSpaces(text, end);
        return FirstAtWord(lower, q, PlaceQualifiers) is { } w ? q + w.Length : end;
    }

    // "Cấp xã …", "cấp huyện …": the local governments of that level; "cấp ủy, chính quyền các xã, thị trấn", "chính quyền
    // các phường": the same governments (a party committee beside them does not make another addressee).
    private static readonly string[] GovernmentLeads = ["các cấp ủy, chính quyền ", "cấp ủy, chính quyền ", "cấp ủy và chính quyền ", "chính quyền "];

    private static UnitMention? ReadLevelGovernment(string text, string lower, int p, int start)
    {
        if (StartsWith(lower, p, "cấp ") && WordAt(lower, p + 4) is "xã" or "huyện" or "tỉnh" or "phường" && !StartsWith(lower, p + 4, "xã hội"))
        {
            var word = WordAt(lower, p + 4);
            return new UnitMention(start, p + 4 + word.Length, UnitKind.Organisation, text, "UBND các " + word);
        }
        var lead = FirstAt(lower, p, GovernmentLeads);
        if (lead is null) return null;
        var q = p + lead.Length;
        // "Cấp ủy, chính quyền các thôn": villages have no People's Committee; the party cell and the village head, as written.
        if (PluralPlaces(text, lower, q) is var places && places > q)
            return new UnitMention(start, places, UnitKind.Organisation, text, UnitNames.Tidy(text[p..places]));
        if (StartsWith(lower, q, "các ")) q += 4;
        if (!IsLevelAt(lower, q) || StartsWith(lower, q, "cấp ")) return null;
        var end = ExtendName(text, lower, q, afterLevel: false);
        return end > q ? new UnitMention(start, end, UnitKind.Organisation, text, "UBND các " + UnitNames.CollapseSpaces(text[q..end])) : null;
    }

    private readonly record struct Head(string Word, int Length, HeadKind Kind);

    // "Giao ban công tác tuần": "giao ban" is a briefing, its "ban" no committee (a committee is written "Ban" or after "giao" + space + "cho").
    private static bool IsBriefing(string text, string lower, int q) =>
        text[q] == 'b' && StartsWith(lower, q, "ban ") && q >= 5 && StartsWith(lower, q - 5, "giao ");

    private static Head? HeadAt(string text, string lower, int q)
    {
        if (q >= text.Length) return null;
        if (KnownAbbreviationAt(text, q, out var kind) is { } raw)
            return new Head(raw, raw.Length + (q + raw.Length < text.Length && text[q + raw.Length] == '.' ? 1 : 0), kind); // "VP. HĐND-UBND", "TT.PVHCC"
        // The longest head written here wins: "Tổ công nghệ số" (an organisation) over "tổ" (a community).
        Head? best = null;
        if (UnitLexicon.WordAt(lower, q, Lex.Standalone) is { } s) best = new Head(s, s.Length, HeadKind.Standalone);
        if (UnitLexicon.WordAt(lower, q, Lex.Community) is { } c && !(c == "tổ" && StartsWith(lower, q, "tổ chức")) && (best is null || c.Length > best.Value.Length))
            best = new Head(c, c.Length, HeadKind.Community);
        if (UnitLexicon.WordAt(lower, q, Lex.Heads) is { } h && (best is null || h.Length > best.Value.Length)) best = new Head(h, h.Length, HeadKind.Head);
        return best;
    }

    /// <summary>
    /// Where a unit name that continues at <paramref name="i"/> ends. Capitalised syllables, abbreviations and lexicon names
    /// belong to it, and one lower-case syllable right after a capitalised one ("Kinh tế", "Phát triển"); a level word
    /// ("phường") switches to a proper name ("phường Việt Hưng": capitalised syllables only). Connectors ("-", "&amp;", "và",
    /// ",") join parts as long as the next part is not another unit.
    /// </summary>
    internal static int ExtendName(string text, string lower, int i, bool afterLevel)
    {
        var end = i;
        var words = 0;
        var properOnly = afterLevel;
        var lastWasCapital = false;
        var lastWasHdnd = false;
        var hdndBefore = i >= 4 && lower.AsSpan(0, i).TrimEnd(' ').EndsWith("hđnd", StringComparison.Ordinal); // "Chánh Văn phòng HĐND| và UBND"
        var afterConnector = false;
        while (i < text.Length && words < MaxNameWords)
        {
            ParserWork.Step();
            var w = SkipSpaces(text, i);
            if (w >= text.Length) break;
            var c = text[w];
            if (c is '-' or '–' or '&' or ',' or '/')
            {
                var n = SkipSpaces(text, w + 1);
                if (n >= text.Length) break;
                // "Công an huyện, Ban Chỉ huy …": the list goes on elsewhere; "phường Cam Lộc, Cam Phú", "tổ dân phố Hòa Hiệp 2, Hòa Hiệp 4": one name.
                if (c == ',' && properOnly && !IsLevelAt(lower, n) && !(lastWasCapital && char.IsUpper(text[n]) && !StartsUnit(text, lower, n))) break;
                if (IsLevelAt(lower, n) && !StartsWith(lower, n, "xã hội")) { i = n; continue; } // "các xã, thị trấn"
                if (StartsUnit(text, lower, n) && !(lastWasHdnd && StartsWith(lower, n, "ubnd"))) break;
                if (char.IsUpper(text[n]) || char.IsDigit(text[n]) || UnitLexicon.WordAt(lower, n, Lex.Names) is not null && c != ',')
                {
                    i = n;
                    properOnly = properOnly && c == ','; // "Hòa Hiệp 2, Hòa Hiệp 4" stays a proper name
                    afterConnector = true;
                    continue;
                }
                break;
            }
            if (!char.IsLetterOrDigit(c)) break;
            var wordEnd = WordEnd(text, w);
            var lowerWord = lower.AsSpan(w, wordEnd - w);
            if (lowerWord.SequenceEqual("và"))
            {
                var n = SkipSpaces(text, wordEnd);
                // "HĐND và UBND" is one office; "Phòng Kinh tế và Công an phường" are two units.
                if (n < text.Length && ((lastWasHdnd || words == 0 && hdndBefore) && StartsWith(lower, n, "ubnd") || !StartsUnit(text, lower, n) && (char.IsUpper(text[n]) || UnitLexicon.WordAt(lower, n, Lex.Names) is not null)))
                { i = n; properOnly = false; continue; }
                break;
            }
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                if (words > 0 && !properOnly && lastWasCapital && IsVerbAt(lower, w)) break;
                // A lexicon name written with a capital runs whole even where its tail can be a verb: "Dịch vụ tổng hợp".
                if (UnitLexicon.WordAt(lower, w, Lex.Names) is { } capitalName && capitalName.Length > lowerWord.Length)
                {
                    end = i = w + capitalName.Length; words++;
                    lastWasCapital = false; lastWasHdnd = false;
                    afterConnector = false; // "- Xã hội xây dựng …": the connector's part is read, a verb after it ends the name
                    continue;
                }
                afterConnector = false;
                end = wordEnd; i = wordEnd; words++;
                lastWasCapital = wordEnd - w < 2 || !Abbreviations.IsAllCaps(text.AsSpan(w, wordEnd - w)); // "TPHCM giao …": an abbreviation takes no lower syllable
                lastWasHdnd = lowerWord.SequenceEqual("hđnd");
                continue;
            }
            lastWasHdnd = lowerWord.SequenceEqual("hđnd"); // "văn phòng hđnd và ubnd"
            if (StartsWith(lower, w, "số ") && char.IsDigit(text[SkipSpaces(text, w + 3) < text.Length ? SkipSpaces(text, w + 3) : w]))
            {
                end = i = w + 3; words++; continue; // "Tổ dân phố số 5"
            }
            if (UnitLexicon.WordAt(lower, w, Lex.Levels) is { } level && !StartsWith(lower, w, "xã hội"))
            {
                end = i = w + level.Length; words++;
                properOnly = true; lastWasCapital = false;
                continue;
            }
            // "địa chính - xây dựng": after a connector a lexicon name belongs to the name even if it can be a verb too.
            if (afterConnector && UnitLexicon.WordAt(lower, w, Lex.Names) is { } joined)
            {
                end = i = w + joined.Length; words++;
                afterConnector = false; lastWasCapital = false;
                continue;
            }
            afterConnector = false;
            if (StartsWith(lower, w, "các ") && IsLevelAt(lower, w + 4)) { i = w + 4; continue; } // "UBND các xã, thị trấn"
            if (PluralPlaces(text, lower, w) is var places && places > w) { end = i = places; words++; properOnly = true; continue; } // "Ban công tác Mặt trận các khu phố"
            if (properOnly) break;
            if (NamedCommunityEnd(text, lower, w) is var community && community > w) { end = i = community; words++; properOnly = true; continue; }
            if (IsVerbAt(lower, w)) break;
            if (UnitLexicon.WordAt(lower, w, Lex.Names) is { } name)
            {
                end = i = w + name.Length; words++;
                lastWasCapital = false;
                continue;
            }
            // The rest of a capitalised word: "Kinh tế", "Nông nghiệp", "Phát triển".
            if (lastWasCapital)
            {
                end = i = wordEnd; words++;
                lastWasCapital = false;
                continue;
            }
            break;
        }
        return end;
    }

    // "các khu phố", "các thôn/khóm/ấp", "các tổ dân phố" after an organisation's name: the places it serves.
    private static int PluralPlaces(string text, string lower, int w)
    {
        if (!StartsWith(lower, w, "các ")) return w;
        var q = w + 4;
        if (UnitLexicon.WordAt(lower, q, Lex.Community) is not { } c || c is "tổ" or "chi bộ") return w;
        var end = q + c.Length;
        while (end + 1 < text.Length && text[end] == '/' && UnitLexicon.WordAt(lower, end + 1, Lex.Community) is { } alt) end += 1 + alt.Length;
        return end;
    }

    // "tổ dân phố", "khu phố", "thôn" with no name or number after it (not "tổ" alone): the end of that word, else w.
    private static int BarePlaceEnd(string text, string lower, int w)
    {
        if (UnitLexicon.WordAt(lower, w, Lex.Community) is not { } c || c is "tổ" or "chi bộ") return w;
        var after = SkipSpaces(text, w + c.Length);
        return after < text.Length && (char.IsLetterOrDigit(text[after]) && (char.IsUpper(text[after]) || char.IsDigit(text[after]) || StartsWith(lower, after, "số "))) ? w : w + c.Length;
    }

    // "khu phố 4", "thôn Tân Xuân", "tổ dân phố số 5" after an organisation's name: the place it belongs to.
    private static int NamedCommunityEnd(string text, string lower, int w)
    {
        if (UnitLexicon.WordAt(lower, w, Lex.Community) is not { } c || c is "tổ" or "chi bộ" or "bản") return w;
        var after = SkipSpaces(text, w + c.Length);
        if (after >= text.Length || !(char.IsUpper(text[after]) || char.IsDigit(text[after]) || StartsWith(lower, after, "số "))) return w;
        return ExtendName(text, lower, after, afterLevel: true);
    }

    internal static bool IsVerbAt(string lower, int w) => w < lower.Length && UnitLexicon.WordAt(lower, w, Lex.Verbs) is not null;

    private static bool IsLevelAt(string lower, int i) =>
        UnitLexicon.WordAt(lower, i, Lex.Levels) is not null && !StartsWith(lower, i, "xã hội");

    private static int WordEnd(string text, int w)
    {
        var e = w;
        while (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] == '&' && e + 1 < text.Length && char.IsUpper(text[e + 1]) && char.IsUpper(text[w]))) e++;
        return e;
    }

    private static string WordAt(string lower, int i)
    {
        var e = i;
        while (e < lower.Length && char.IsLetter(lower[e])) e++;
        return lower[i..e];
    }

    // The word at i when it is written in capitals and spells a head ("VP", "TT", "CA"): abbreviations are
    // case-sensitive. Returns the table's own string, so reading a word allocates nothing.
    private static string? KnownAbbreviationAt(string text, int i, out HeadKind kind)
    {
        kind = default;
        if (i >= text.Length || !char.IsUpper(text[i])) return null;
        var e = i;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        // "P.KT-HT-ĐT", "P. VH-XH": a lone "P" with a dot is "Phòng" when an abbreviation in capitals follows.
        if (e - i == 1 && text[i] == 'P' && e + 1 < text.Length && text[e] == '.')
        {
            var n = text[e + 1] == ' ' ? e + 2 : e + 1;
            var m = n;
            while (m < text.Length && char.IsLetter(text[m]) && char.IsUpper(text[m])) m++;
            if (m - n >= 2 && (m == text.Length || !char.IsLetter(text[m]))) { kind = HeadKind.Head; return "P"; }
            return null;
        }
        if (e - i < 2) return null;
        var w = text.AsSpan(i, e - i);
        return Abbreviations.IsAllCaps(w) && HeadAbbreviationsBySpan.TryGetValue(w, out var key, out kind) ? key : null;
    }

    private static readonly Dictionary<string, HeadKind>.AlternateLookup<ReadOnlySpan<char>> HeadAbbreviationsBySpan =
        HeadAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // The lexicon's "notafter" words, looked up by span: the word after a head is read without a substring.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAfter =
        new HashSet<string>(Lex.NotAfter, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static ReadOnlySpan<char> WordSpan(string lower, int i)
    {
        var e = i;
        while (e < lower.Length && char.IsLetter(lower[e])) e++;
        return lower.AsSpan(i, e - i);
    }

    // The first of <paramref name="words"/> that <paramref name="lower"/> starts with at i (a loop, not a LINQ closure per call).
    private static string? FirstAt(string lower, int i, string[] words)
    {
        foreach (var w in words)
            if (StartsWith(lower, i, w)) return w;
        return null;
    }

    private static string? FirstAtWord(string lower, int i, string[] words)
    {
        foreach (var w in words)
            if (UnitLexicon.AtWord(lower, i, w)) return w;
        return null;
    }

    internal static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }

    internal static bool StartsWith(string lower, int i, string what) =>
        i >= 0 && i + what.Length <= lower.Length && lower.AsSpan(i, what.Length).SequenceEqual(what); // equality, not ordering: vectorised
}
