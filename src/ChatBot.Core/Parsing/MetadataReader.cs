using System.Text.RegularExpressions;

namespace ChatBot.Core.Parsing;

/// <summary>Reads the header and signature of a notice: kind, number and symbol, place and date, chair, signer, subject.</summary>
internal static class MetadataReader
{
    private const RegexOptions Opts = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex NumberLine = new(@"^so ?: ?(\d*) ?[-/]? ?([^ ]*)", Opts);
    private static readonly Regex PlaceDate = new(@", ngay[ ._…]*(\d{1,2})?[ ._…]*thang[ ._…]*(\d{1,2})?[ ._…]*nam ?(\d{4})", Opts);
    private static readonly Regex MeetingDate = new(@"^((vao|sang|chieu|toi) )?(ngay|hom nay,? ngay) (\d{1,2})( ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4})| thang (\d{1,2}),? nam (\d{4}))", Opts);

    private static readonly (string Title, string Kind)[] Titles =
    [
        ("THÔNG BÁO", "thong_bao"), ("KẾ HOẠCH", "ke_hoach"), ("CÔNG VĂN", "cong_van"), ("QUYẾT ĐỊNH", "quyet_dinh"),
        ("CHỈ THỊ", "chi_thi"), ("BÁO CÁO", "bao_cao"), ("NGHỊ QUYẾT", "nghi_quyet"), ("CHƯƠNG TRÌNH", "chuong_trinh"),
    ];

    private static readonly (string Prefix, string Kind)[] SymbolKinds =
    [
        ("tb", "thong_bao"), ("kh", "ke_hoach"), ("qd", "quyet_dinh"), ("ct", "chi_thi"), ("bc", "bao_cao"),
        ("nq", "nghi_quyet"), ("ctr", "chuong_trinh"), ("cv", "cong_van"),
    ];

    private static readonly string[] RoleWords = ["chủ tịch", "văn phòng", "chánh", "phó", "tl.", "kt.", "tm.", "bí thư", "trưởng", "nơi nhận", "lưu"];

    // Each regex is tried only when its literal part ("so", ", ngay", "ngay ") is present: same matches, far fewer scans.
    public static (NoticeMetadata Metadata, int? Year) Read(string[] lines, IReadOnlyList<NoticeBlock> blocks, int bodyStart)
    {
        string? number = null, symbol = null, place = null, kind = null, subject = null;
        DateOnly? issued = null, meeting = null;
        int? headerYear = null;
        var headerEnd = Math.Min(lines.Length, 40);
        for (var i = 0; i < headerEnd; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            var f = VietnameseText.FoldSameLength(line);
            if (symbol is null && f.StartsWith("so", StringComparison.Ordinal) && NumberLine.Match(f) is { Success: true } nm)
            {
                number = nm.Groups[1].Value.Length > 0 ? nm.Groups[1].Value : null;
                var symStart = nm.Groups[2].Index;
                var raw = line.Substring(symStart, nm.Groups[2].Length).Trim('-', '/', ' ', ',');
                symbol = raw.Length > 0 ? raw : null;
            }
            if (place is null && f.Contains(", ngay", StringComparison.Ordinal) && PlaceDate.Match(f) is { Success: true } pd)
            {
                var p = line[..pd.Index].Trim();
                var cut = p.LastIndexOf("  ", StringComparison.Ordinal);
                place = (cut >= 0 ? p[(cut + 2)..] : p).Trim();
                headerYear = int.Parse(pd.Groups[3].Value);
                if (pd.Groups[1].Success && pd.Groups[2].Success)
                    issued = SafeDate(int.Parse(pd.Groups[3].Value), int.Parse(pd.Groups[2].Value), int.Parse(pd.Groups[1].Value));
            }
            if (kind is null)
                foreach (var (title, k) in Titles)
                    if (line.StartsWith(title, StringComparison.Ordinal) && (line.Length == title.Length || !char.IsLetter(line[title.Length]) || line.Length < title.Length + 3)) { kind = k; break; }
        }
        if (kind is null && symbol is not null)
        {
            var first = VietnameseText.FoldSameLength(symbol.Split('-', '/')[0]);
            kind = SymbolKinds.FirstOrDefault(s => s.Prefix == first).Kind;
        }
        var preamble = blocks.Take(bodyStart).ToList();
        var vv = preamble.FirstOrDefault(b => b.Content.StartsWith("V/v", StringComparison.OrdinalIgnoreCase));
        if (vv is not null)
        {
            // The subject runs over the following lines until a blank line ("V/v triển khai …\nNghị quyết …").
            var parts = new List<string>();
            for (var i = vv.LineStart - 1; i < lines.Length && lines[i].Length > 0 && (parts.Count == 0 || !lines[i].StartsWith("Kính gửi", StringComparison.Ordinal)); i++)
                parts.Add(lines[i]);
            subject = string.Join(' ', parts)[3..].Trim(' ', ':', '.');
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
        string? chaired = null;
        foreach (var b in preamble)
        {
            var f = VietnameseText.FoldSameLength(b.Content);
            if (meeting is null && f.Contains("ngay ", StringComparison.Ordinal) && MeetingDate.Match(f) is { Success: true } md)
            {
                meeting = md.Groups[7].Success
                    ? SafeDate(int.Parse(md.Groups[7].Value), int.Parse(md.Groups[6].Value), int.Parse(md.Groups[4].Value))
                    : SafeDate(int.Parse(md.Groups[9].Value), int.Parse(md.Groups[8].Value), int.Parse(md.Groups[4].Value));
            }
            if (chaired is null && f.Contains("chu tri", StringComparison.Ordinal)) chaired = ChairName(b.Content, f);
        }
        var year = issued?.Year ?? headerYear ?? meeting?.Year;
        return (new NoticeMetadata(kind, symbol, number, place, issued, meeting, chaired, Signer(lines), subject), year);
    }

    private static DateOnly? SafeDate(int y, int m, int d) =>
        m is >= 1 and <= 12 && d >= 1 && y is > 1900 and < 2200 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    // "đồng chí Nguyễn Hoàng Minh - Chủ tịch UBND phường chủ trì": the capitalised name right after "đồng chí".
    private static string? ChairName(string text, string folded)
    {
        var i = 0;
        while ((i = folded.IndexOf("dong chi ", i, StringComparison.Ordinal)) >= 0)
        {
            i += 9;
            var name = PersonName(text, i, out var end);
            if (name is not null)
            {
                var after = UnitRecognizer.SkipSpaces(text, end);
                if (after < text.Length && text[after] is '-' or '–' or ',') return name;
            }
        }
        return null;
    }

    private static readonly HashSet<string> NotNameStarts = new(StringComparer.Ordinal)
    {
        "Phó", "Chủ", "Bí", "Trưởng", "Giám", "Chánh", "Ủy", "Uỷ", "Thường", "Lãnh", "Đại", "Các", "UBND", "HĐND",
    };

    private static string? PersonName(string text, int i, out int end)
    {
        var words = new List<string>();
        end = i;
        var p = i;
        while (p < text.Length && words.Count < 5)
        {
            p = UnitRecognizer.SkipSpaces(text, p);
            var e = p;
            while (e < text.Length && char.IsLetter(text[e])) e++;
            if (e == p) break;
            var w = text[p..e];
            if (!char.IsUpper(w[0]) || w.Skip(1).Any(char.IsUpper)) break;
            words.Add(w);
            end = e;
            p = e;
        }
        if (words.Count is < 2 or > 5 || NotNameStarts.Contains(words[0])) return null;
        return string.Join(' ', words);
    }

    // The signer is the name line under the last signature block ("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG / name").
    private static string? Signer(string[] lines)
    {
        string? found = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsRoleLine(lines[i])) continue;
            var seen = 0;
            for (var j = i + 1; j < lines.Length && seen < 5; j++)
            {
                if (lines[j].Length == 0) continue;
                seen++;
                if (IsRoleLine(lines[j])) continue;
                if (NameLine(lines[j]) is { } name) found = name;
                break;
            }
        }
        return found;
    }

    private static bool IsRoleLine(string l) =>
        l.Length is > 0 and < 60 && l.Where(char.IsLetter).All(char.IsUpper) &&
        (l.Contains("CHỦ TỊCH", StringComparison.Ordinal) || l.Contains("BÍ THƯ", StringComparison.Ordinal) || l.StartsWith("TL.", StringComparison.Ordinal)
         || l.StartsWith("KT.", StringComparison.Ordinal) || l.StartsWith("TM.", StringComparison.Ordinal) || l.Contains("VĂN PHÒNG", StringComparison.Ordinal)
         || l.Contains("TRƯỞNG", StringComparison.Ordinal) || l.Contains("GIÁM ĐỐC", StringComparison.Ordinal));

    private static string? NameLine(string raw)
    {
        var line = raw.Trim().TrimEnd('.');
        var lower = line.ToLowerInvariant();
        if (RoleWords.Any(r => lower.Contains(r, StringComparison.Ordinal)) || line.Length > 40) return null;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0]))) return null;
        if (words.All(w => w.All(char.IsUpper)))
            words = words.Select(w => w[0] + w[1..].ToLowerInvariant()).ToArray();
        return string.Join(' ', words);
    }
}
