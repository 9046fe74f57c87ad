using ChatBot.Core.Common;
using System.Text.RegularExpressions;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Layout;

/// <summary>What the header and signature say: the metadata, the year dates without one take, the issuing level.</summary>
internal sealed record HeaderFacts(NoticeMetadata Metadata, int? Year, string? Level);

/// <summary>Reads the header and signature of a notice: kind, number and symbol, place and date, chair, signer, subject.</summary>
internal static class MetadataReader
{
    private static readonly string[] IssuingBodies = ["ủy ban nhân dân ", "ubnd ", "đảng ủy ", "hội đồng nhân dân ", "hđnd "];
    private static readonly string[] ChairLeads = ["dong chi ", "dong chi: ", "d/c ", "d/c: ", "ong ", "ba "];

    // Without a "chủ trì", the one who led the visit or gave the conclusion chairs it ("do đồng chí X, Bí thư … làm
    // trưởng đoàn", "đồng chí X - Chủ tịch … dẫn đoàn", "Phát biểu kết luận, đồng chí X …", "Phát biểu chỉ đạo, ông X, …").
    private static readonly string[] LeadWords = ["chu tri", "lam truong doan", "dan doan", "dan dau", "ket luan", "chi dao"];

    private const RegexOptions Opts = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // "Số: 12/TB-UBND", "Số: /KH-UBND", "Số 86-TB/ĐU" (party notices write no colon, so a number and a dash are required then).
    private static readonly Regex NumberLine = new(@"(^|[ |])so ?: ?(?<num>\d*) ?[-/]? ?(?<sym>[^ ]*)", Opts);
    private static readonly Regex NumberNoColon = new(@"(^|[ |])so (?<num>\d+) ?[-/] ?(?<sym>[a-z][^ ]*)", Opts);
    private static readonly Regex PlaceDate = new(@", ngay[ ._…]*(?<day>\d{1,2})?[ ._…]*thang[ ._…]*(?<month>\d{1,2})?[ ._…]*nam ?(?<year>\d{4})", Opts);
    // "Vũng Tàu, 17/9/2026" closing the dateline: the date in figures.
    private static readonly Regex PlaceDateFigures = new(@", (ngay )?(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>\d{4}) *\|? *$", Opts);
    // A date that belongs to a document cited before it ("Căn cứ Luật … ngày 19/6/2015", "Thực hiện Công văn số 7168/VP-TH
    // ngày 16/6/2026"), not to the meeting.
    private static readonly Regex CitedBefore = new(@"(can cu|so \d|luat|cong van|nghi quyet|quyet dinh|ke hoach|thong bao|chi thi|nghi dinh|thong tu|cong dien)[^,;.]*$", Opts);
    private static readonly Regex MeetingDate = new(
        @"^(hom nay,? )?((vao|sang|chieu|toi|trua|dem|sang som|vao luc|luc) )?((\d{1,2} ?(h|gio) ?\d{0,2}( phut)?),? )?(ngay|hom nay,? ngay) (?<day>\d{1,2})( ?[/.-] ?(?<month>\d{1,2}) ?[/.-] ?(?<year>\d{4})| thang (?<wmonth>\d{1,2}),? nam (?<wyear>\d{4}))", Opts);
    // "(Cổng TTĐT) - Sáng 14/10/2026, UBND phường tổ chức hội nghị …", "Vừa qua, ngày 15/3, …": a dated meeting anywhere in a sentence.
    private static readonly Regex MeetingDateInside = new(
        @"(ngay|sang|chieu|toi|trua) (ngay )?(?<day>\d{1,2}) ?[/.-] ?(?<month>\d{1,2})( ?[/.-] ?(?<year>\d{4}))?", Opts);
    // "… tại cuộc họp sáng nay 09/12 ạ": a chat post naming the meeting it reports, anywhere in its first line.
    private static readonly Regex MeetingToday = new(
        @"(cuoc hop|phien hop|buoi hop|buoi lam viec|hoi nghi|giao ban)( [a-z]+){0,3} (sang|chieu|toi|trua|hom) nay,? (ngay )?(?<day>\d{1,2}) ?[/.-] ?(?<month>\d{1,2})( ?[/.-] ?(?<year>\d{4}))?", Opts);
    private static readonly string[] MeetingWords = ["hop", "hoi nghi", "lam viec", "giao ban", "chu tri", "kiem tra", "giam sat", "to chuc", "ket luan", "ra quan"];
    private static readonly Regex AnyYear = new(@"\b(?<year>(19|20)\d{2})\b", Opts);

    private static readonly (string Title, string Kind)[] Titles =
    [
        ("THÔNG BÁO", "thong_bao"), ("KẾ HOẠCH", "ke_hoach"), ("CÔNG VĂN", "cong_van"), ("QUYẾT ĐỊNH", "quyet_dinh"),
        ("CHỈ THỊ", "chi_thi"), ("BÁO CÁO", "bao_cao"), ("NGHỊ QUYẾT", "nghi_quyet"), ("CHƯƠNG TRÌNH", "chuong_trinh"),
        ("CÔNG ĐIỆN", "cong_dien"), ("HƯỚNG DẪN", "huong_dan"), ("GIẤY MỜI", "giay_moi"), ("TỜ TRÌNH", "to_trinh"),
        ("BIÊN BẢN", "bien_ban"),
        ("PHIẾU GIAO VIỆC", "phieu_giao_viec"), ("PHIẾU GIAO NHIỆM VỤ", "phieu_giao_viec"), // a task slip (session 25, LayoutYieldKindsTests)
    ];

    private static readonly (string Prefix, string Kind)[] SymbolKinds =
    [
        ("tb", "thong_bao"), ("kh", "ke_hoach"), ("qd", "quyet_dinh"), ("ct", "chi_thi"), ("bc", "bao_cao"),
        ("nq", "nghi_quyet"), ("ctr", "chuong_trinh"), ("cv", "cong_van"), ("cd", "cong_dien"), ("hd", "huong_dan"), ("gm", "giay_moi"), ("bb", "bien_ban"),
        ("pgv", "phieu_giao_viec"),
    ];

    private static readonly string[] RoleWords = ["chủ tịch", "văn phòng", "chánh", "phó", "tl.", "kt.", "tm.", "bí thư", "trưởng", "nơi nhận", "lưu", "giám đốc", "ủy ban", "thường trực"];

    private static readonly string[] SignedMarks = ["(đã ký)", "(đã ký số)", "đã ký", "(đã ký và đóng dấu)", "(ký tên, đóng dấu)", "(ký, ghi rõ họ tên)", "(ký và ghi rõ họ tên)", "[đã ký]", "(chữ ký số)", "(ký số)", "đã ký số", "(ký)"];

    // The national motto and the party's ("ĐẢNG CỘNG SẢN VIỆT NAM" heads the right column of a party notice).
    private static readonly string[] HeaderPhrases = ["độc lập - tự do - hạnh phúc", "độc lập – tự do – hạnh phúc", "cộng hòa xã hội chủ nghĩa việt nam", "đảng cộng sản việt nam"];

    // Each regex is tried only when its literal part ("so", ", ngay", "ngay ") is present: same matches, far fewer scans.
    public static HeaderFacts Read(string[] lines, IReadOnlyList<NoticeBlock> blocks, int bodyStart)
    {
        string? number = null, symbol = null, place = null, kind = null, subject = null, signerField = null;
        DateOnly? issued = null, meeting = null, timeField = null;
        int? headerYear = null;
        var headerEnd = Math.Min(lines.Length, 40);
        var folds = new string?[lines.Length]; // each line folded once for the three scans below
        for (var i = 0; i < headerEnd; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            var f = FoldAt(lines, folds, i);
            // An e-office export ("Số ký hiệu: 145/TB-UBND", "Ngày văn bản: 14/12/2026", "Người ký: …", "Loại văn bản: Thông báo"):
            // the document's fields written as fields (LABELING.md, fresh6 clarifications).
            if (f.Length > 9 && f[0] is 's' or 'n' or 'l' && OfficeField(line, f) is { } field)
            {
                switch (field.Name)
                {
                    case "so ky hieu" when symbol is null && SymbolValue.Match(f, field.ValueAt, f.Length - field.ValueAt) is { Success: true } sv:
                        number = sv.Groups["num"].Value.Length > 0 ? sv.Groups["num"].Value : null;
                        symbol = line.Substring(sv.Groups["sym"].Index, sv.Groups["sym"].Length).Trim('-', '/', ' ', ',', '.');
                        if (symbol.Length == 0) symbol = null;
                        break;
                    case "ngay van ban" or "ngay ban hanh" or "ngay ky" when issued is null && FieldDate.Match(f, field.ValueAt, f.Length - field.ValueAt) is { Success: true } dv:
                        issued = SafeDate(int.Parse(dv.Groups["y"].Value), int.Parse(dv.Groups["m"].Value), int.Parse(dv.Groups["d"].Value));
                        headerYear ??= issued?.Year;
                        break;
                    case "nguoi ky":
                        signerField ??= NameLine(line[field.ValueAt..]);
                        break;
                    case "loai van ban" when kind is null:
                        var value = VietnameseText.LowerInvariant(line.AsSpan(field.ValueAt).Trim());
                        foreach (var (title, k) in Titles)
                            if (value.Equals(VietnameseText.LowerInvariant(title), StringComparison.Ordinal)) { kind = k; break; }
                        break;
                }
                continue;
            }
            int symbolEnd = -1;
            if (symbol is null && (f.StartsWith("so", StringComparison.Ordinal) || f.Contains(" so", StringComparison.Ordinal) && f.Contains('/')) && NumberAt(f, line) is { } nm)
            {
                number = nm.Groups["num"].Value.Length > 0 ? nm.Groups["num"].Value : null;
                var g = nm.Groups["sym"];
                var raw = line.Substring(g.Index, g.Length).Trim('-', '/', ' ', ',');
                symbol = raw.Length > 0 ? raw : null;
                symbolEnd = g.Index + g.Length;
            }
            // "Thời gian: 14 giờ 00, ngày 03/12/2026" in minutes or an invitation: when the meeting is held, no dateline.
            if (timeField is null && f.StartsWith("thoi gian", StringComparison.Ordinal) && Dateline(f) is { } tf)
            {
                timeField = tf.Groups["day"].Success && tf.Groups["month"].Success
                    ? SafeDate(int.Parse(tf.Groups["year"].Value), int.Parse(tf.Groups["month"].Value), int.Parse(tf.Groups["day"].Value)) : null;
                continue;
            }
            // "1. Thời gian: 14 giờ 00, thứ Năm, ngày 19/3/2027.", "- Thời gian: 8 giờ, ngày 05 tháng 4 năm 2027": the field
            // numbered as an item, its day after a weekday or closing the sentence.
            if (timeField is null && TimeFieldAt(f) is var tAt and >= 0 && TimeFieldDate.Match(f, tAt, f.Length - tAt) is { Success: true } td)
            {
                timeField = SafeDate(int.Parse(td.Groups["year"].Value), int.Parse(td.Groups["month"].Value), int.Parse(td.Groups["day"].Value));
                if (timeField is not null) continue;
            }
            // "Thứ Năm, 17/09/2026": a portal's posting day, no place and date of signing.
            if (place is null && Dateline(f) is { } pd && !IsWeekday(f.AsSpan(0, pd.Index).Trim(" *_|".AsSpan())))
            {
                place = Place(line, pd.Index, symbolEnd, lines.AsSpan(0, i));
                // "Số: 07/CĐ-UBND hồi 15h30', ngày 21 tháng 10 năm 2024": an hour before the date is no place.
                if (place is not null && IsClock(place)) place = null;
                headerYear = int.Parse(pd.Groups["year"].Value);
                if (pd.Groups["day"].Success && pd.Groups["month"].Success)
                    issued = SafeDate(headerYear.Value, int.Parse(pd.Groups["month"].Value), int.Parse(pd.Groups["day"].Value));
            }
            // "| Số: 2145/SNNMT-TTBVTV V/v triển khai … | Bảo Lộc, ngày … |": the subject in the number's cell of a header table.
            if (subject is null && line.StartsWith('|') && f.IndexOf(" v/v ", StringComparison.Ordinal) is var vvAt and > 0)
            {
                var end = line.IndexOf('|', vvAt);
                var cellSubject = line[(vvAt + 5)..(end < 0 ? line.Length : end)].Trim(' ', ':', '.');
                if (cellSubject.Length > 0) subject = cellSubject;
            }
            if (kind is null)
                foreach (var (title, k) in Titles)
                    if (line.StartsWith(title, StringComparison.Ordinal) && (line.Length == title.Length || !char.IsLetter(line[title.Length]) || line.Length < title.Length + 3)) { kind = k; break; }
        }
        // "… vừa ký ban hành Chỉ thị số 02/CT-UBND …. Sau đây là toàn văn Chỉ thị.": a full text posted without its header takes
        // its number from the intro that presents it.
        if (symbol is null)
            for (var i = 0; i < headerEnd; i++)
            {
                var f = FoldAt(lines, folds, i);
                if (!f.Contains("toan van", StringComparison.Ordinal) || PostedNumber.Match(f) is not { Success: true } pn) continue;
                number = pn.Groups["num"].Value;
                symbol = lines[i].Substring(pn.Groups["sym"].Index, pn.Groups["sym"].Length).TrimEnd('.', ',', ';');
                break;
            }
        if (kind is null && symbol is not null)
        {
            var first = Fold.SameLength(symbol.Split('-', '/')[0]);
            kind = SymbolKinds.FirstOrDefault(s => s.Prefix == first).Kind;
        }
        // The preamble, and the lead-in the body may start with ("Ngày 10/3/2026, đồng chí … chủ trì …, kết luận như sau:").
        var preamble = blocks.Take(bodyStart < blocks.Count && blocks[bodyStart].Kind == BlockKind.Paragraph ? bodyStart + 1 : bodyStart).ToList();
        var vv = preamble.FirstOrDefault(b => b.Content.StartsWith("V/v", StringComparison.OrdinalIgnoreCase));
        if (vv is not null)
        {
            // The subject runs over the following lines until a blank line ("V/v triển khai …\nNghị quyết …").
            var parts = new List<string>();
            for (var i = vv.LineStart - 1; i < lines.Length && lines[i].Length > 0 && (parts.Count == 0 || !lines[i].StartsWith("Kính gửi", StringComparison.Ordinal)); i++)
                parts.Add(lines[i]);
            // "V/v … năm 2026 |": a markdown header table's cell border is no part of the subject.
            subject = WithoutDateline(string.Join(' ', parts)[3..].Trim(' ', ':', '.', '|'), place);
            kind ??= "cong_van";
        }
        if (kind is null && preamble.Any(b => b.Content.StartsWith("Kính gửi", StringComparison.Ordinal))) kind = "cong_van";
        if (subject is null && kind is not null)
        {
            var t = preamble.FindIndex(b => Titles.Any(x => b.Content.StartsWith(x.Title, StringComparison.Ordinal)));
            if (t >= 0)
            {
                var titleBlock = preamble[t].Content;
                var rest = Titles.Select(x => x.Title).Where(x => titleBlock.StartsWith(x, StringComparison.Ordinal)).Select(x => titleBlock[x.Length..].Trim()).First();
                subject = rest.Length > 0 ? rest : t + 1 < preamble.Count ? preamble[t + 1].Content : null;
            }
        }
        // Minutes and invitations: the meeting is the one their "Thời gian:" line gives (LABELING.md, fresh5 clarifications).
        if (kind is "bien_ban" or "giay_moi") meeting ??= timeField;
        string? chaired = null;
        var meetingYearFallback = headerYear;
        foreach (var b in preamble)
        {
            var f = b.Folded;
            // "Hôm nay, vào lúc 8 giờ 30 phút ngày 11 tháng 8 năm 2026, tại …" opens a record (biên bản): the date of what it records.
            if (meeting is null && f.Contains("ngay ", StringComparison.Ordinal) && (ContainsAny(f, MeetingWords) || f.StartsWith("hom nay", StringComparison.Ordinal)) && MeetingDate.Match(f) is { Success: true } md)
            {
                meeting = md.Groups["year"].Success
                    ? SafeDate(int.Parse(md.Groups["year"].Value), int.Parse(md.Groups["month"].Value), int.Parse(md.Groups["day"].Value))
                    : SafeDate(int.Parse(md.Groups["wyear"].Value), int.Parse(md.Groups["wmonth"].Value), int.Parse(md.Groups["day"].Value));
            }
            if (chaired is null && f.Contains("chu tri", StringComparison.Ordinal)) chaired = ChairName(b.Content, f);
        }
        if (chaired is null)
            foreach (var b in blocks)
            {
                var f = b.Folded;
                if (ContainsAny(f, LeadWords) && !IsPersonLabel(f) && ChairName(b.Content, f) is { } lead) { chaired = lead; break; }
            }
        if (chaired is null)
            // A news lead: "(Báo …) - Ngày 19/9, ông Mai Thế Hùng, Chủ tịch UBND phường … đã đi kiểm tra …": the person who is
            // the subject of the dated opening sentence led the visit.
            foreach (var b in preamble)
                if (NewsLeadPerson(b) is { } subjectPerson) { chaired = subjectPerson; break; }
        if (meeting is null)
            foreach (var b in preamble)
            {
                var f = b.Folded;
                if (!ContainsAny(f, MeetingWords)) continue;
                // Near the start of the sentence ("(Cổng TTĐT) - Sáng 14/10/2026, …"), not a date quoted further on.
                var m = MeetingDateInside.Match(f);
                if (!m.Success || m.Index > 60 || m.Index + m.Length < f.Length && char.IsDigit(f[m.Index + m.Length])) continue;
                // "Qua theo dõi, đến ngày 30/10/2026 còn 05 nhiệm vụ …": a cut-off date, not a meeting.
                if (f.AsSpan(0, m.Index).TrimEnd(' ') is var lead && (lead.EndsWith(" den") || lead.EndsWith(" tinh den") || lead.EndsWith(" tu"))) continue;
                if (CitedBefore.IsMatch(f.AsSpan(0, m.Index))) continue;
                // "Ngày 14/4, Ban Thường vụ Đảng ủy phường đã ban hành Chỉ thị số 04 …": the day a document was issued, not a meeting.
                if (IssuedBeforeMeeting(f, m.Index + m.Length)) continue;
                var y = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : headerYear ?? FirstYear(lines);
                if (y is { } yy) meeting = SafeDate(yy, int.Parse(m.Groups["month"].Value), int.Parse(m.Groups["day"].Value));
                if (meeting is not null) break;
            }
        if (meeting is null)
            foreach (var b in preamble)
            {
                if (!b.Folded.Contains(" nay", StringComparison.Ordinal) || MeetingToday.Match(b.Folded) is not { Success: true } t) continue;
                var y = t.Groups["year"].Success ? int.Parse(t.Groups["year"].Value) : headerYear ?? FirstYear(lines);
                if (y is { } yy) meeting = SafeDate(yy, int.Parse(t.Groups["month"].Value), int.Parse(t.Groups["day"].Value));
                if (meeting is not null) break;
            }
        if (meeting is null && preamble.Count > 0)
            // A line of the preamble opening with the meeting's date ("Chiều ngày 03/4/2026, tại phòng họp số 1, …"), when
            // the paragraph it starts was joined to the title above it.
            for (var i = preamble[0].LineStart - 1; i < Math.Min(lines.Length, preamble[^1].LineEnd) && meeting is null; i++)
            {
                if (lines[i].Length == 0) continue;
                var f = FoldAt(lines, folds, i);
                if (f.Contains("ngay ", StringComparison.Ordinal) && ContainsAny(f, MeetingWords) && MeetingDate.Match(f) is { Success: true, Groups: var g } && g["year"].Success)
                    meeting = SafeDate(int.Parse(g["year"].Value), int.Parse(g["month"].Value), int.Parse(g["day"].Value));
            }
        var year = issued?.Year ?? headerYear ?? meeting?.Year ?? meetingYearFallback ?? FirstYear(lines);
        var metadata = new NoticeMetadata(kind, symbol, number, place, issued, meeting, chaired, signerField ?? Signer(lines), subject);
        return new HeaderFacts(metadata, year, IssuingLevel(lines));
    }

    private static readonly string[] HeldWords = ["hop", "hoi nghi", "lam viec", "giao ban", "chu tri", "kiem tra", "giam sat", "ket luan", "ra quan"];

    // "ban hành" after the date, before any word of a meeting held ("tổ chức" alone may be "tổ chức đảng").
    private static bool IssuedBeforeMeeting(string f, int from)
    {
        var at = f.IndexOf("ban hanh", from, StringComparison.Ordinal);
        if (at < 0 || at - from > 120) return false;
        foreach (var w in HeldWords)
            if (f.IndexOf(w, from, at - from, StringComparison.Ordinal) >= 0) return false;
        return true;
    }

    private static readonly string[] OfficeFields = ["so ky hieu", "ngay van ban", "ngay ban hanh", "ngay ky", "nguoi ky", "loai van ban"];
    private static readonly Regex SymbolValue = new(@"^ *(?<num>\d*) ?[-/]? ?(?<sym>[^ ]+)", Opts);
    private static readonly Regex FieldDate = new(@"^ *(ngay )?(?<d>\d{1,2}) ?[/.-] ?(?<m>\d{1,2}) ?[/.-] ?(?<y>\d{4})", Opts);
    private static readonly Regex PostedNumber = new(
        @"ban hanh (chi thi|thong bao|ke hoach|cong van|quyet dinh|cong dien|nghi quyet|chuong trinh|huong dan|ket luan) so (?<num>\d+) ?/ ?(?<sym>[a-z][^ ]*)", Opts);

    // "Số ký hiệu: 145/TB-UBND": the field's name (folded) and where its value starts, or null when the line is no such field.
    private static (string Name, int ValueAt)? OfficeField(string line, string f)
    {
        foreach (var name in OfficeFields)
        {
            if (!f.StartsWith(name, StringComparison.Ordinal)) continue;
            var c = name.Length;
            while (c < f.Length && f[c] == ' ') c++;
            if (c >= f.Length || f[c] != ':') return null;
            c++;
            while (c < line.Length && line[c] == ' ') c++;
            return c < line.Length ? (name, c) : null;
        }
        return null;
    }

    private static readonly string[] WeekdayNames = ["thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat", "thu 2", "thu 3", "thu 4", "thu 5", "thu 6", "thu 7"];

    // The day a time field gives: "ngày 19/3/2027", "ngày 05 tháng 4 năm 2027".
    private static readonly Regex TimeFieldDate = new(
        @"ngay (?<day>\d{1,2})( ?[/.-] ?(?<month>\d{1,2}) ?[/.-] ?(?<year>\d{4})| thang (?<month>\d{1,2}),? nam (?<year>\d{4}))", Opts);

    // Where the value of a "Thời gian:" field starts on a line that opens with it, after an item's number or dash ("1. ",
    // "a) ", "- "); -1 otherwise.
    private static int TimeFieldAt(string f)
    {
        var i = 0;
        while (i < f.Length && i < 4 && (char.IsAsciiDigit(f[i]) || f[i] is >= 'a' and <= 'e' && i == 0)) i++;
        if (i > 0 && i < f.Length && f[i] is '.' or ')') i++;
        else if (f.StartsWith("- ", StringComparison.Ordinal) || f.StartsWith("+ ", StringComparison.Ordinal)) i = 1;
        else if (i > 0) return -1;
        while (i < f.Length && f[i] == ' ') i++;
        if (string.CompareOrdinal(f, i, "thoi gian", 0, 9) != 0) return -1;
        i += 9;
        while (i < f.Length && f[i] == ' ') i++;
        return i < f.Length && f[i] == ':' ? i + 1 : -1;
    }

    // "15h30'", "00" (of "14 giờ 00"), "8 giờ 30", "hồi 7 giờ", "15 giờ 30 phút", "lúc 20h15p": a clock, never a place. Every
    // word is a figure, a figure glued to its "h"/"g"/"p", or a word of the clock ("hồi", "lúc", "giờ", "phút"); "Phường 3" is a place.
    private static bool IsClock(string place)
    {
        if (place.AsSpan().IndexOfAnyInRange('0', '9') < 0) return false;
        foreach (var word in Fold.SameLength(place).Split([' ', ',', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "hoi" or "luc" or "vao" or "gio" or "phut" or "h" or "g" or "p") continue;
            if (!char.IsAsciiDigit(word[0])) return false;
            foreach (var c in word)
                if (!char.IsAsciiDigit(c) && c is not ('h' or 'g' or 'p')) return false;
        }
        return true;
    }

    private static bool IsWeekday(ReadOnlySpan<char> folded)
    {
        foreach (var w in WeekdayNames)
            if (folded.Equals(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string FoldAt(string[] lines, string?[] folds, int i) => folds[i] ??= Fold.SameLength(lines[i]);

    private static Match? Dateline(string f) =>
        f.Contains(", ngay", StringComparison.Ordinal) && PlaceDate.Match(f) is { Success: true } m ? m
        : f.Contains('/') && PlaceDateFigures.Match(f) is { Success: true } n ? n : null;

    private static Match? NumberAt(string f, string line)
    {
        var m = NumberLine.Match(f);
        if (m.Success && (m.Index == 0 || m.Groups["sym"].Length > 0 && (m.Groups["num"].Length > 0 || f[m.Groups["sym"].Index..].StartsWith('/')))) return m;
        var n = NumberNoColon.Match(f);
        // "| Số 45-KH/ĐU | Sông Cầu, ngày … |": the number opening a cell of a header table counts like one opening the line;
        // so does one right under the issuer's name in capitals, the lines of the cell run together ("| ĐẢNG BỘ THÀNH PHỐ TAM
        // KỲ ĐẢNG ỦY PHƯỜNG AN MỸ * Số 112-KH/ĐU | …").
        if (!n.Success) return null;
        var cell = line.AsSpan(0, n.Index);
        var bar = cell.LastIndexOf('|');
        if (bar >= 0) cell = cell[(bar + 1)..];
        cell = cell.Trim(' ');
        return n.Index == 0 || cell.Length == 0 || cell.Length >= 6 && NoLowerLetter(cell) ? n : null;
    }

    // "Số: 12/TB-UBND Bạch Đằng, ngày …" (two header columns on one line) and "| Bạch Đằng, ngày … |": the place is the
    // run of capitalised words right before ", ngày", after the number and the national motto.
    // "V/v … năm 2026   Hà Tuyên, ngày 28 tháng 7 năm 2026": the subject's column flattened with the dateline's.
    private static string? WithoutDateline(string subject, string? place)
    {
        if (place is null) return subject;
        var at = subject.LastIndexOf(place + ",", StringComparison.Ordinal);
        return at > 0 ? subject[..at].TrimEnd(' ', '|', ',') : subject;
    }

    private static string? Place(string line, int dateAt, int symbolEnd, ReadOnlySpan<string> above)
    {
        var p = line[..dateAt];
        if (symbolEnd > 0 && symbolEnd <= p.Length) p = p[symbolEnd..];
        var bar = p.LastIndexOf('|');
        if (bar >= 0) p = p[(bar + 1)..];
        var lower = VietnameseText.LowerInvariant(p);
        foreach (var h in HeaderPhrases)
        {
            var at = lower.LastIndexOf(h, StringComparison.Ordinal);
            if (at >= 0) { p = p[(at + h.Length)..]; lower = lower[(at + h.Length)..]; }
        }
        p = p.Trim(' ', '*', '_', ',', '-');
        if (p.Length == 0) return null;
        var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = 0;
        for (var k = words.Length - 1; k >= 0 && take < 6; k--)
        {
            var w = words[k];
            if (!(char.IsUpper(w[0]) || char.IsDigit(w[0])) || w.EndsWith(':') || w.Contains('/')) break;
            take++;
        }
        if (take == 0) return p;
        // "… bệnh Dịch tả lợn châu Phi Cam Lâm, ngày …": a capitalised word of the subject beside it runs into the place; the
        // issuer's name in the header ("ỦY BAN NHÂN DÂN HUYỆN CAM LÂM") tells where the place starts.
        if (take >= 3 && take < words.Length && char.IsLower(words[^(take + 1)][0]) && !InHeader(above, words[^take..]))
            for (var n = take - 1; n >= 1; n--)
                if (InHeader(above, words[^n..])) return string.Join(' ', words[^n..]);
        return string.Join(' ', words[^take..]);
    }

    private static bool InHeader(ReadOnlySpan<string> above, string[] words)
    {
        var name = " " + VietnameseText.LowerInvariant(string.Join(' ', words));
        foreach (var l in above)
        {
            var lower = VietnameseText.LowerInvariant(l);
            var at = lower.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && (at + name.Length == lower.Length || !char.IsLetter(lower[at + name.Length]))) return true;
        }
        return false;
    }

    // The first year written near the top; a year that starts a span ("được đầu tư từ năm 2008", "từ 2015") says since
    // when, so the first other year wins over it (the first such year still counts when there is no other).
    private static int? FirstYear(string[] lines)
    {
        int? since = null;
        foreach (var line in lines.Take(12))
        {
            if (line.Length == 0) continue;
            foreach (Match m in AnyYear.Matches(line))
            {
                var year = int.Parse(m.Groups["year"].Value);
                if (!AfterFrom(line, m.Index) && !LawName(line, m.Index)) return year;
                since ??= year;
            }
        }
        return since;
    }

    // "Thực hiện Luật Tổ chức chính quyền địa phương năm 2025, …": the year in a law's name is when the law was passed, passed
    // over like a "since" (the notice without a dateline dates itself further on: "… ngày 30/10/2026").
    private static bool LawName(string line, int at)
    {
        var from = line.AsSpan(0, at).LastIndexOfAny(".,;:(");
        var clause = VietnameseText.LowerInvariant(line.AsSpan(from + 1, at - from - 1));
        return clause.TrimEnd().EndsWith(" năm", StringComparison.Ordinal) && (clause.StartsWith("luật ", StringComparison.Ordinal) || clause.Contains(" luật ", StringComparison.Ordinal));
    }

    private static bool AfterFrom(string line, int at)
    {
        // Accents kept: "đầu tư năm 2008" (invested in) is no "từ năm 2008" (since).
        var before = " " + VietnameseText.LowerInvariant(line.AsSpan(Math.Max(0, at - 8), at - Math.Max(0, at - 8))).TrimEnd();
        return before.EndsWith(" từ năm", StringComparison.Ordinal) || before.EndsWith(" từ", StringComparison.Ordinal);
    }

    // "Đồng chí Lý Quốc Hưng, Phó Chủ tịch UBND phường: chỉ đạo …" — a person labelling the duties after the colon is an
    // assignee, not the chair.
    private static bool IsPersonLabel(string folded)
    {
        var start = folded.StartsWith("dong chi ", StringComparison.Ordinal) || folded.StartsWith("d/c ", StringComparison.Ordinal)
                    || folded.StartsWith("ong ", StringComparison.Ordinal) || folded.StartsWith("ba ", StringComparison.Ordinal);
        if (!start) return false;
        var colon = folded.IndexOf(':');
        var stop = folded.IndexOfAny(['.', ';']);
        return colon > 0 && colon < 160 && (stop < 0 || colon < stop);
    }

    // "(BĐT) - Sáng 14/5, đồng chí Lê Văn Tiến, Chủ tịch UBND tỉnh cùng … đã kiểm tra …": the person right after the date
    // that opens a news lead, when a title follows the name.
    private static string? NewsLeadPerson(NoticeBlock b)
    {
        var f = b.Folded;
        if (!ContainsAny(f, MeetingWords) && !f.Contains("dan dau", StringComparison.Ordinal)) return null;
        var m = MeetingDateInside.Match(f);
        if (!m.Success || m.Index > 60) return null;
        var at = m.Index + m.Length;
        if (at >= f.Length || f[at] != ',') return null;
        at = UnitGrammar.SkipSpaces(b.Content, at + 1);
        foreach (var lead in ChairLeads)
        {
            if (!f.AsSpan(at).StartsWith(lead)) continue;
            if (UnitGrammar.PersonName(b.Content, b.Lower, at + lead.Length) is not { } named) return null;
            var after = UnitGrammar.SkipSpaces(b.Content, named.End);
            return after < f.Length && f[after] is ',' or '-' or '–' ? named.Name : null;
        }
        return null;
    }

    /// <summary>"phường", "xã", "thị trấn", "huyện"…: the level of the body that issued the notice, from its header.</summary>
    private static string? IssuingLevel(string[] lines)
    {
        foreach (var line in lines.Take(12))
        {
            if (line.Length == 0) continue;
            var lower = VietnameseText.LowerInvariant(line);
            foreach (var body in IssuingBodies)
            {
                var i = lower.IndexOf(body, StringComparison.Ordinal);
                if (i < 0) continue;
                var level = UnitLexicon.WordAt(lower, i + body.Length, UnitLexicon.Default.Levels);
                if (level is not null && !level.StartsWith("cấp", StringComparison.Ordinal)) return level;
            }
        }
        return null;
    }

    private static DateOnly? SafeDate(int y, int m, int d) =>
        m is >= 1 and <= 12 && d >= 1 && y is > 1900 and < 2200 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    // "đồng chí Nguyễn Hoàng Minh - Chủ tịch UBND phường chủ trì", "dưới sự chủ trì của ông Hoàng Văn Dũng, Chủ tịch UBND xã",
    // "Chủ trì cuộc họp là bà Đặng Thị Hồng Vân, …": the capitalised name right after "đồng chí", "ông" or "bà".
    private static string? ChairName(string text, string folded)
    {
        var lower = VietnameseText.LowerInvariant(text);
        foreach (var lead in ChairLeads)
        {
            var i = 0;
            while ((i = folded.IndexOf(lead, i, StringComparison.Ordinal)) >= 0)
            {
                var at = i + lead.Length;
                var boundary = i == 0 || !char.IsLetter(folded[i - 1]);
                i = at;
                if (!boundary) continue;
                var named = UnitGrammar.PersonName(text, lower, at);
                if (named is null) continue;
                var person = named.Value;
                var after = UnitGrammar.SkipSpaces(text, person.End);
                if (after >= text.Length || text[after] is '-' or '–' or ',' or '(' or '.' || folded.AsSpan(after).StartsWith("chu tri")) return person.Name;
            }
        }
        return NameAfterOffice(text, folded);
    }

    private static readonly string[] ChairOffices = ["chu tich ", "bi thu ", "giam doc ", "truong "];
    private static readonly string[] PlaceLevels = ["phuong", "xa", "thi tran", "quan", "huyen", "thi xa", "thanh pho", "tinh"];

    // "Chủ tịch UBND phường Tân Phong Hoàng Văn Nam chủ trì": the office, its place, then the holder's name right before
    // "chủ trì". The capitalised run after the level word is place then name; the name starts at the first family name
    // after at least one word of the place and has 2–4 syllables.
    private static string? NameAfterOffice(string text, string folded)
    {
        var at = 0;
        while ((at = folded.IndexOf(" chu tri", at, StringComparison.Ordinal)) >= 0)
        {
            var stop = at;
            at += 8;
            var words = new List<(int Start, int End)>();
            var e = stop;
            while (e > 0 && words.Count < 9)
            {
                var s = e;
                while (s > 0 && char.IsLetter(text[s - 1])) s--;
                if (s == e || !char.IsUpper(text[s])) break;
                words.Insert(0, (s, e));
                e = s;
                if (e == 0 || text[e - 1] != ' ') break;
                e--;
            }
            if (words.Count < 3) continue;
            var before = folded[..words[0].Start].TrimEnd();
            if (!PlaceLevels.Any(l => before.EndsWith(" " + l, StringComparison.Ordinal))) continue;
            var window = before[Math.Max(0, before.Length - 60)..];
            if (!ChairOffices.Any(o => window.Contains(o, StringComparison.Ordinal))) continue;
            for (var k = 1; k < words.Count; k++)
                if (words.Count - k is >= 2 and <= 4 && UnitGrammar.IsFamilyName(text[words[k].Start..words[k].End]))
                    return text[words[k].Start..words[^1].End];
        }
        return null;
    }

    // The signer is the name line under the last signature block ("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG / (Đã ký) / name").
    private static string? Signer(string[] lines)
    {
        string? found = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsRoleLine(lines[i])) continue;
            var seen = 0;
            for (var j = i + 1; j < lines.Length && seen < 6; j++)
            {
                if (lines[j].Length == 0) continue;
                seen++;
                if (IsRoleLine(lines[j]) || IsSignedMark(lines[j]) || IsTitleLine(lines[j])) continue;
                if (NameLine(lines[j]) is { } name) found = name;
                break;
            }
        }
        return found ?? SignerBeside(lines);
    }

    // Two columns flattened onto one line: "| Nơi nhận: … | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH   Mai Xuân Trường |",
    // "- Lưu: VT. Nguyễn Thị Thanh Tâm" (the name printed beside the last recipient): a name closing a line of the signature
    // block, right after its capitals or a full stop.
    private static string? SignerBeside(string[] lines)
    {
        string? found = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!HasRoleMark(lines[i])) continue;
            var seen = 0;
            for (var j = i; j < lines.Length && seen < 10; j++)
            {
                if (lines[j].Length == 0) continue;
                seen++;
                if (TrailingName(lines[j]) is { } name) { found = name; break; }
                // "Nơi nhận:        CHÁNH VĂN PHÒNG" … then the name on a line of its own under the recipients.
                if (j > i && NameLine(lines[j]) is { } alone) { found = alone; break; }
            }
        }
        return found;
    }

    private static bool HasRoleMark(string line) =>
        line.Contains("CHỦ TỊCH", StringComparison.Ordinal) || line.Contains("BÍ THƯ", StringComparison.Ordinal) || line.Contains("TM.", StringComparison.Ordinal)
        || line.Contains("KT.", StringComparison.Ordinal) || line.Contains("TL.", StringComparison.Ordinal) || line.Contains("GIÁM ĐỐC", StringComparison.Ordinal)
        || line.Contains("CHÁNH VĂN PHÒNG", StringComparison.Ordinal);

    private static string? TrailingName(string line)
    {
        foreach (var cell in line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "TL. CHỦ TỊCH — CHÁNH VĂN PHÒNG — **Nguyễn Hữu Phước**": the cleaner already dropped the markdown marks around the name.
            var words = cell.TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var take = 0;
            while (take < 5 && take < words.Length && IsNameWord(words[^(take + 1)])) take++;
            if (take < 2 || take == words.Length) continue; // a whole line of a name is NameLine's; here the name closes a longer line
            var before = words[^(take + 1)];
            // "- CT, các PCT UBND huyện;   Nguyễn Thành Lộc": the name beside a recipient's line, after its ";".
            if (!(before.EndsWith('.') || before.EndsWith(':') || before.EndsWith(';') || before is "—" or "–" || before.Length >= 2 && before.All(c => !char.IsLetter(c) || char.IsUpper(c)))) continue;
            if (NameLine(string.Join(' ', words[^take..])) is { } name) return name;
        }
        return null;
    }

    private static bool IsNameWord(string w) => w.Length > 0 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower);

    private static bool IsSignedMark(string line)
    {
        var l = VietnameseText.LowerInvariant(line.Trim());
        return SignedMarks.Any(m => l == m || l.StartsWith(m, StringComparison.Ordinal) && l.Length < m.Length + 12);
    }

    // "Phó Chủ tịch", "Chánh Văn phòng" written in ordinary case between the block and the name.
    private static bool IsTitleLine(string line)
    {
        if (line.Length > 60) return false;
        var l = VietnameseText.LowerInvariant(line);
        return HasRoleWord(l);
    }

    // "lưu" is a role word only as the filing line ("Lưu: VT", "Lưu VT"), never as the family name Lưu ("Lưu Thị Hồng Hạnh").
    private static bool HasRoleWord(string lower)
    {
        foreach (var r in RoleWords)
        {
            var at = lower.IndexOf(r, StringComparison.Ordinal);
            if (at < 0) continue;
            if (r != "lưu") return true;
            var next = at + r.Length;
            if (next >= lower.Length || lower[next] is ':' or ',' or '.' || lower.AsSpan(next).StartsWith(" vt")) return true;
        }
        return false;
    }

    // Ranks printed before a signer's name ("Thượng tá Đỗ Xuân Trường"): the name is what follows.
    private static readonly string[] Ranks = ["đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy"];

    // A word of a name: a capital, then letters, an apostrophe inside allowed ("K'Brơi", "H'Lan", "Ê'Ban").
    private static bool IsNameToken(string w)
    {
        if (w.Length == 0 || !char.IsUpper(w[0]) || !char.IsLetter(w[^1])) return false;
        foreach (var c in w)
            if (!char.IsLetter(c) && c is not '\'' and not '’') return false;
        return true;
    }

    // Every letter (if any) upper case: a loop, no LINQ iterator per line.
    private static bool NoLowerLetter(ReadOnlySpan<char> l)
    {
        foreach (var c in l)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    // Any of <paramref name="words"/> in <paramref name="f"/> (a loop: no closure per block).
    private static bool ContainsAny(string f, string[] words)
    {
        foreach (var w in words)
            if (f.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsRoleLine(string l) =>
        l.Length is > 0 and < 60 && NoLowerLetter(l) &&
        (l.Contains("CHỦ TỊCH", StringComparison.Ordinal) || l.Contains("BÍ THƯ", StringComparison.Ordinal) || l.StartsWith("TL.", StringComparison.Ordinal)
         || l.StartsWith("KT.", StringComparison.Ordinal) || l.StartsWith("TM.", StringComparison.Ordinal) || l.Contains("VĂN PHÒNG", StringComparison.Ordinal)
         || l.Contains("TRƯỞNG", StringComparison.Ordinal) || l.Contains("GIÁM ĐỐC", StringComparison.Ordinal));

    private static string? NameLine(string raw)
    {
        var line = raw.Trim().TrimEnd('.');
        var lower = VietnameseText.LowerInvariant(line);
        foreach (var rank in Ranks)
            if (lower.StartsWith(rank + " ", StringComparison.Ordinal)) { line = line[(rank.Length + 1)..].TrimStart(); lower = lower[(rank.Length + 1)..].TrimStart(); break; }
        if (HasRoleWord(lower) || line.Length > 40) return null;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !words.All(IsNameToken)) return null;
        // "Lưu VT": a name is written in title case or all in capitals, never with an abbreviation among ordinary words.
        if (words.Any(w => w.Length > 1 && w.All(char.IsUpper)) && !words.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c)))) return null;
        if (words.All(w => w.All(char.IsUpper)))
            words = words.Select(w => w[0] + VietnameseText.LowerInvariant(w.AsSpan(1))).ToArray();
        return string.Join(' ', words);
    }
}
