namespace ChatBot.Core.Understanding;

/// <summary>
/// The words the understander knows, folded (no diacritics, lower case), and how officials' spellings map onto them:
/// chat abbreviations ("ko", "dc", "r"), telex left in by a keyboard without Vietnamese input ("hoafn thafnh", "dax"),
/// repeated letters ("xongg") and words typed without a space ("daxong").
/// </summary>
internal static class Lexicon
{
    /// <summary>Syllables that matter to some reading, plus the common fillers around them.</summary>
    private static readonly HashSet<string> Vocabulary = [.. """
        xong hoan thanh tat done finish da dang lam chua khong chang cha duoc roi het ca xuoi ok thuc hien trien khai xu
        ly tien hanh tong hop ra soat viet soan chuan bi khan truong kiem tra don doc phoi tuyen truyen lap tham dinh
        cho doi thu thap dieu khao sat to chuc xay dung giai quyet bo sung sua chinh cap nhat thien tiep tuc moi bat dau
        sap gan nua mot it vuong mac kho tro ngai truc trac tam ngung ket be tac gap van de the kip nhan ro vang nam noi
        gia han lui keo dai thoi gian them xin nghi phep sang den toi cuoi giua tuan thang ngay hom nay mai qua kia sau
        truoc hai ba tu bay chu viec vi do boi tai nguyen nen ma nhung va voi se du kien phan co gang khi nao bao gio
        neu hy hi vong chac mong la hinh nhu le biet em anh chi minh chung ben phong ong a nhe nha oi ha nhi vay day
        luon ah cao kinh gui thong ke tinh tre cham nhiem vu cong hoach so xem danh sach liet may nhieu ai gi sao phuong
        ho dan con lai khuc tiet xuat khau thieu nguoi hong file nop an dia muon hon som dao ban huy quan su
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Syllables one of which a glued token must contain before it is split ("daxong" → "da xong").</summary>
    private static readonly HashSet<string> CueSyllables =
        ["xong", "hoan", "thanh", "dang", "lam", "chua", "vuong", "nhan", "gia", "han", "xin", "roi", "duoc", "khong", "tien", "do"];

    /// <summary>Chat abbreviations, folded, with what they stand for.</summary>
    private static readonly Dictionary<string, string[]> Abbreviations = new()
    {
        ["ko"] = ["khong"], ["k"] = ["khong"], ["kh"] = ["khong"], ["khg"] = ["khong"], ["kg"] = ["khong"],
        ["hok"] = ["khong"], ["khum"] = ["khong"], ["chx"] = ["chua"],
        ["dc"] = ["duoc"], ["dx"] = ["duoc"], ["r"] = ["roi"], ["rui"] = ["roi"], ["ruj"] = ["roi"], ["roai"] = ["roi"],
        ["xog"] = ["xong"], ["xg"] = ["xong"], ["xonh"] = ["xong"], ["dag"] = ["dang"], ["dg"] = ["dang"], ["lm"] = ["lam"],
        ["e"] = ["em"], ["vs"] = ["voi"], ["j"] = ["gi"], ["ht"] = ["hoan", "thanh"], ["bc"] = ["bao", "cao"],
        ["oke"] = ["ok"], ["okie"] = ["ok"], ["okay"] = ["ok"], ["oki"] = ["ok"], ["okela"] = ["ok"], ["okei"] = ["ok"],
        ["uk"] = ["vang"], ["uh"] = ["vang"], ["u"] = ["vang"], ["ntn"] = ["nhu", "the", "nao"], ["bn"] = ["bao", "nhieu"],
        ["qh"] = ["qua", "han"], ["cn"] = ["chu", "nhat"], ["hnay"] = ["hom", "nay"], ["hqua"] = ["hom", "qua"],
        ["xomg"] = ["xong"], ["deadline"] = ["han"],
        ["kq"] = ["ket", "qua"], ["wa"] = ["qua"],
    };

    /// <summary>The canonical word(s) for one folded token; unknown words come back as they are.</summary>
    public static string[] Canonical(string folded)
    {
        if (Known(folded) is { } known) return known;
        var collapsed = CollapseRepeats(folded);
        if (Known(collapsed) is { } c) return c;
        if (FromTelex(folded) is { } t) return [t];
        if (Segment(collapsed) is { } pieces) return pieces;
        // "chuwaxong", "hoanfthanhf", "ddanglamf": telex glued to the next word.
        if (Segment(collapsed, telex: true) is { } telexPieces) return telexPieces;
        return [folded];
    }

    public static bool IsKnown(string word) => Vocabulary.Contains(word);

    private static string[]? Known(string w) =>
        Vocabulary.Contains(w) ? [w] : Abbreviations.TryGetValue(w, out var a) ? a : null;

    /// <summary>"xongggg" → "xong", "nhaaa" → "nha".</summary>
    private static string CollapseRepeats(string w)
    {
        var chars = new char[w.Length];
        var n = 0;
        foreach (var c in w)
            if (n == 0 || chars[n - 1] != c) chars[n++] = c;
        return new string(chars, 0, n);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Telex typed without a Vietnamese keyboard: "dd" → d, "aa/ee/oo" → a/e/o, "w" dropped,
    /// and one tone key (s f r x j) dropped when it ends the syllable or sits between its vowel and final consonant.</summary>
    private static string? FromTelex(string w)
    {
        if (w.Length is < 2 or > 12) return null;
        var s = w.Replace("dd", "d").Replace("w", "").Replace("aa", "a").Replace("ee", "e").Replace("oo", "o");
        if (s.Length == 0) return null;
        if (Vocabulary.Contains(s)) return s;
        for (var p = s.Length - 1; p > 0; p--)
        {
            if (s[p] is not ('s' or 'f' or 'r' or 'x' or 'j')) continue;
            var atEnd = p == s.Length - 1;
            var betweenVowelAndFinal = IsVowel(s[p - 1]) && p + 1 < s.Length && !IsVowel(s[p + 1]);
            if (!atEnd && !betweenVowelAndFinal) continue;
            var candidate = s.Remove(p, 1);
            if (Vocabulary.Contains(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>"daxong" → ["da", "xong"], "hoanthanh" → ["hoan", "thanh"]: only when every piece is a known
    /// syllable of two letters or more and one of them carries a reading; with <paramref name="telex"/>, a piece may be a
    /// syllable typed in telex ("chuwa|xong" → ["chua", "xong"]).</summary>
    private static string[]? Segment(string w, bool telex = false)
    {
        if (w.Length is < 5 or > 24) return null;
        var longest = telex ? 9 : 7;
        var read = new string?[w.Length + 1, longest + 1];
        // best[i]: the cheapest cover of w[..i] — fewest pieces, then fewest telex keys dropped ("chuwa|xong", not
        // "chuwax|ong"); from[i]: where the last piece starts.
        var best = new int[w.Length + 1];
        var from = new int[w.Length + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        for (var i = 2; i <= w.Length; i++)
            for (var len = 2; len <= Math.Min(longest, i); len++)
            {
                var start = i - len;
                if (best[start] == int.MaxValue) continue;
                var piece = w[start..i];
                if ((read[i, len] = Vocabulary.Contains(piece) ? piece : telex ? FromTelex(piece) : null) is not { } r) continue;
                var cost = best[start] + 100 + len - r.Length;
                if (cost >= best[i]) continue;
                best[i] = cost;
                from[i] = start;
            }
        if (best[w.Length] is int.MaxValue or < 200) return null;
        var pieces = new List<string>();
        for (var i = w.Length; i > 0; i = from[i]) pieces.Insert(0, read[i, i - from[i]]!);
        return pieces.Any(CueSyllables.Contains) ? [.. pieces] : null;
    }
}
