namespace ChatBot.Core.Parsing;

/// <summary>A unit name read from the text: the clean name and where the written form ends.</summary>
internal readonly record struct UnitSpan(string Name, int End, bool IsGroup);

/// <summary>Recognises unit names written in notices: offices, centres, police, role groups and "all units" addressees.</summary>
internal static class UnitRecognizer
{
    // Lower-case syllables that occur inside unit names ("Trung tâm Dịch vụ sự nghiệp công") but rarely start a verb phrase.
    private static readonly HashSet<string> NameSyllables = new(StringComparer.Ordinal)
    {
        "phường", "xã", "quận", "huyện", "thị", "trấn", "phố", "và", "hạ", "tầng", "đô", "sự", "nghiệp", "công", "hành",
        "chính", "hội", "dân", "tế", "lý", "dự", "án", "đầu", "tư", "huy", "quân", "nhân", "trực", "phục", "vụ", "hóa",
        "nông", "môi", "trường", "dựng", "quốc", "niên", "nữ", "chiến", "binh", "hiệp", "tài", "kế", "hoạch", "nội",
        "pháp", "lao", "động", "giáo", "dục", "đào", "tạo", "y", "văn", "số", "đất", "đai", "thanh", "thiếu", "cựu",
        "bảo", "vệ", "an", "ninh", "trật", "tự", "đảng", "ủy", "uỷ", "mặt", "trận", "chỉ", "đạo",
    };

    // Heads that need a capitalised or abbreviated word after them ("Phòng Kinh tế" but not "phòng, chống").
    private static readonly string[] CapitalHeads =
    [
        "van phong", "phong", "trung tam", "ban", "truong", "doan", "hoi dong", "hoi", "mat tran", "tram", "chi cuc",
        "bo phan", "to cong tac", "tt", "vp", "bch", "ban qlda",
    ];

    // Heads that are a unit on their own when followed by the ward level or a proper name.
    private static readonly string[] LevelHeads = ["cong an", "ubnd", "uy ban nhan dan", "hdnd", "dang uy", "ca", "ubmttq", "mttq"];

    private static readonly string[] Levels = ["phuong", "xa", "quan", "huyen", "thanh pho", "thi tran"];

    private static readonly string[] NotAfterHoi = ["nghi", "thao", "thi", "dien", "cho", "trai", "vien"];

    private static readonly string[] GroupNouns = ["phong", "ban", "nganh", "don vi", "co quan", "to chuc", "doan the", "dia phuong", "bo phan"];

    /// <summary>Reads a unit name starting at <paramref name="pos"/> of <paramref name="text"/> (its folded twin is <paramref name="folded"/>).</summary>
    public static UnitSpan? ReadAt(string text, string folded, int pos)
    {
        pos = SkipSpaces(text, pos);
        if (pos >= text.Length) return null;
        var p = pos;
        foreach (var lead in (string[])["dong chi ", "d/c ", "đ/c "])
            if (At(folded, p, lead)) p += lead.Length;
        if (ReadGroup(text, folded, p) is { } group) return group;
        if (ReadRole(text, folded, p) is { } role) return role;
        var q = p;
        if (At(folded, q, "cac ")) q += 4;
        if (At(folded, q, "to dan pho"))
            return Extend(text, q + 10, p, allowLower: true, forcedName: null);
        foreach (var head in LevelHeads)
        {
            if (!AtWord(folded, q, head)) continue;
            var after = SkipSpaces(text, q + head.Length);
            if (head is "ca" && string.CompareOrdinal(text, q, "CA", 0, 2) != 0) continue; // "ca" alone is a common word; only "CA phường" is the police
            if (after < text.Length && (StartsWithAny(folded, after, Levels) || IsCapitalWord(text, after)))
                return Extend(text, after, p, allowLower: false, forcedName: null);
            if (head is "ubnd" or "hdnd" or "ubmttq" or "mttq" or "uy ban nhan dan")
                return Extend(text, q + head.Length, p, allowLower: false, forcedName: null);
        }
        foreach (var head in CapitalHeads)
        {
            if (!AtWord(folded, q, head)) continue;
            var after = SkipSpaces(text, q + head.Length);
            if (after >= text.Length || !IsCapitalWord(text, after)) continue;
            if (head is "hoi" && StartsWithAny(folded, after, NotAfterHoi)) continue;
            if (head is "ban" && At(folded, after, "hanh")) continue;
            return Extend(text, after, p, allowLower: true, forcedName: null);
        }
        return null;
    }

    // "Các phòng, ban, đơn vị thuộc UBND phường", "Thủ trưởng các cơ quan, đơn vị": everyone, not one unit.
    private static UnitSpan? ReadGroup(string text, string folded, int p)
    {
        var q = p;
        foreach (var lead in (string[])["tat ca ", "toan the ", "thu truong ", "lanh dao "])
            if (At(folded, q, lead)) q += lead.Length;
        if (!At(folded, q, "cac ")) return null;
        q += 4;
        var nouns = 0;
        while (true)
        {
            var matched = GroupNouns.FirstOrDefault(n => AtWord(folded, q, n));
            if (matched is null) break;
            nouns++;
            q += matched.Length;
            var r = q;
            if (At(folded, r, ", ")) r += 2;
            else if (At(folded, r, " va ")) r += 4;
            else if (At(folded, r, ",")) r += 1;
            else break;
            r = SkipSpaces(text, r);
            if (At(folded, r, "cac ")) r += 4;
            if (!GroupNouns.Any(n => AtWord(folded, r, n))) break;
            q = r;
        }
        if (nouns == 0) return null;
        foreach (var tail in (string[])[" chuyen mon", " lien quan", " thuoc ubnd phuong", " thuoc ubnd xa", " thuoc uy ban nhan dan phuong", " thuoc phuong", " thuoc xa", " phuong", " tren dia ban"])
            if (At(folded, q, tail) && (q + tail.Length >= text.Length || !char.IsLetter(text[q + tail.Length]))) q += tail.Length;
        var name = VietnameseText.UpperFirst(text[p..q].Trim());
        return new UnitSpan(name, q, true);
    }

    // "Các Phó Chủ tịch UBND phường", "Các đồng chí PCT", "đồng chí Chủ tịch UBND phường".
    private static UnitSpan? ReadRole(string text, string folded, int p)
    {
        var q = p;
        var plural = false;
        if (At(folded, q, "cac ")) { q += 4; plural = true; }
        if (At(folded, q, "dong chi ")) q += 9;
        string? role = null;
        if (AtWord(folded, q, "pho chu tich")) { role = "Phó Chủ tịch"; q += 12; }
        else if (AtWord(folded, q, "pct") && text[q] == 'P') { role = "Phó Chủ tịch"; q += 3; }
        else if (AtWord(folded, q, "chu tich")) { role = "Chủ tịch"; q += 8; }
        else if (AtWord(folded, q, "lanh dao ubnd")) { role = "Lãnh đạo"; q += 8; }
        if (role is null) return null;
        var body = role;
        foreach (var org in (string[])[" ubnd", " uy ban nhan dan", " ubnd"])
        {
            if (!AtWord(folded, q, org)) continue;
            body += " UBND";
            q += org.Length;
            foreach (var lvl in Levels)
                if (AtWord(folded, q, " " + lvl)) { body += " " + text.Substring(q + 1, lvl.Length); q += lvl.Length + 1; break; }
            break;
        }
        var name = (plural ? "Các " : "") + body;
        return new UnitSpan(name, q, plural);
    }

    private static UnitSpan Extend(string text, int from, int start, bool allowLower, string? forcedName)
    {
        var end = from;
        var i = from;
        var words = 0;
        while (i < text.Length && words < 14)
        {
            var w = SkipSpaces(text, i);
            if (w >= text.Length) break;
            var c = text[w];
            if (c is '-' or '–' or '&')
            {
                var n = SkipSpaces(text, w + 1);
                if (n < text.Length && (IsCapitalWord(text, n) || IsNameSyllable(text, n))) { i = n; continue; }
                break;
            }
            if (c == ',')
            {
                var n = SkipSpaces(text, w + 1);
                if (n < text.Length && IsCapitalWord(text, n) && ReadAt(text, VietnameseText.FoldSameLength(text.Substring(n, Math.Min(40, text.Length - n))), 0) is null
                    && !StartsHead(text, n))
                { i = n; continue; }
                break;
            }
            if (!char.IsLetterOrDigit(c)) break;
            var wordEnd = w;
            while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || (text[wordEnd] is '-' or '/' && wordEnd + 1 < text.Length && char.IsLetterOrDigit(text[wordEnd + 1]) && char.IsUpper(text[w])))) wordEnd++;
            var word = text[w..wordEnd];
            var ok = VietnameseText.IsUpperStart(word) || NameSyllables.Contains(word) && (allowLower || word is "phường" or "xã" or "và");
            if (word == "và")
            {
                var n = SkipSpaces(text, wordEnd);
                // "HĐND và UBND" is one office; "Phòng Kinh tế và Công an phường" are two units.
                ok = n < text.Length && IsCapitalWord(text, n) && (!StartsHead(text, n) || text[..w].TrimEnd().EndsWith("HĐND", StringComparison.Ordinal));
            }
            if (!ok) break;
            if (word is "phường" or "xã" && wordEnd < text.Length)
            {
                end = wordEnd; i = wordEnd; words++;
                var n = SkipSpaces(text, wordEnd);
                if (n < text.Length && IsCapitalWord(text, n) && !StartsHead(text, n)) continue; // "phường Việt Hưng"
                break;
            }
            end = wordEnd;
            i = wordEnd;
            words++;
        }
        var name = forcedName ?? Clean(text[start..end]);
        return new UnitSpan(name, end, false);
    }

    // Folds on the fly: every head is shorter than the 24-char window the check used to fold.
    private static bool StartsHead(string text, int n)
    {
        foreach (var h in CapitalHeads) if (h.Length > 2 && AtWordFolding(text, n, h)) return true;
        foreach (var h in LevelHeads) if (h.Length > 2 && AtWordFolding(text, n, h)) return true;
        return AtFolding(text, n, "cac ");
    }

    private static bool AtFolding(string text, int i, string what)
    {
        if (i < 0 || i + what.Length > text.Length) return false;
        for (var k = 0; k < what.Length; k++) if (VietnameseText.FoldChar(text[i + k]) != what[k]) return false;
        return true;
    }

    private static bool AtWordFolding(string text, int i, string what) =>
        AtFolding(text, i, what) && (i + what.Length == text.Length || !char.IsLetterOrDigit(VietnameseText.FoldChar(text[i + what.Length])));

    /// <summary>Tidies a written unit name: "&amp;" → "và", "PCT" → "Phó Chủ tịch", no "đồng chí", first letter upper.</summary>
    public static string Clean(string raw)
    {
        var s = raw.Trim().TrimEnd(',', ';', ':', '.', '-', '–', ' ');
        s = s.Replace(" & ", " và ", StringComparison.Ordinal).Replace("&", " và ", StringComparison.Ordinal);
        foreach (var lead in (string[])["Giao ", "giao ", "Đồng chí ", "đồng chí ", "Đ/c ", "đ/c "])
            if (s.StartsWith(lead, StringComparison.Ordinal)) s = s[lead.Length..];
        s = s.Replace("PCT ", "Phó Chủ tịch ", StringComparison.Ordinal);
        while (s.Contains("  ", StringComparison.Ordinal)) s = s.Replace("  ", " ", StringComparison.Ordinal);
        return VietnameseText.UpperFirst(s.Trim());
    }

    private static bool IsNameSyllable(string text, int n)
    {
        var e = n;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return NameSyllables.Contains(text[n..e]);
    }

    internal static bool IsCapitalWord(string text, int i) =>
        i < text.Length && (char.IsUpper(text[i]) || char.IsDigit(text[i]));

    internal static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }

    internal static bool At(string folded, int i, string what) =>
        i >= 0 && i + what.Length <= folded.Length && string.CompareOrdinal(folded, i, what, 0, what.Length) == 0;

    internal static bool AtWord(string folded, int i, string what) =>
        At(folded, i, what) && (i + what.Length == folded.Length || !char.IsLetterOrDigit(folded[i + what.Length]));

    private static bool StartsWithAny(string folded, int i, string[] words) => words.Any(w => AtWord(folded, i, w));
}
