using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Tasks;

/// <summary>A stretch of a block's content: <c>[Start, End)</c>.</summary>
internal readonly record struct Clause(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits a block into sentences, and sentences into clauses where a new subject unit takes over ("…; phòng NN&amp;PTNT
/// tham mưu …", "…, phòng Tài chính &amp; kế hoạch thẩm định kinh phí"). Only explicit unit subjects followed by a verb
/// open a clause: lists of units ("Phòng Kinh tế, Công an phường và …") and cooperation ("…, Công an phường phối hợp")
/// do not.
/// </summary>
internal static class Clauses
{
    private static readonly string[] OrderVerbs = ["giao cho ", "giao ", "đề nghị ", "yêu cầu "];
    private static readonly string[] NotPredicates = ["của", "trong", "tại", "trên", "theo", "cho", "với", "thuộc", "và", "hoặc", "là", "các", "những"];

    /// <summary>Sentence boundaries: ".", "!" or "?" then a space and a capital; not after abbreviations ("TP.", "TT.") or numbers.</summary>
    public static List<Clause> Sentences(string text)
    {
        var result = new List<Clause>();
        var start = 0;
        ParserWork.Add(text.Length / 64 + 1);
        for (var i = 1; i < text.Length - 2; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            if (text[i + 1] != ' ')
            {
                // "… nông thôn mới nâng cao.Kết luận hội nghị, …": a sentence glued to the next (a portal's copy lost the space);
                // a lower-case word before the dot ("TP.HCM", "Tp.Hồ Chí Minh", "P.VH-XH" stay whole).
                if (c == '.' && i >= 2 && char.IsUpper(text[i + 1]) && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]))
                {
                    result.Add(new Clause(start, i + 1));
                    start = i + 1;
                }
                continue;
            }
            var n = UnitGrammar.SkipSpaces(text, i + 1);
            if (n >= text.Length || !(char.IsUpper(text[n]) || text[n] is '(' or '"' or '“')) continue;
            if (c == '.' && !EndsSentence(text, i)) continue;
            result.Add(new Clause(start, i + 1));
            start = n;
        }
        if (start < text.Length) result.Add(new Clause(start, text.Length));
        return result;
    }

    // "… quy định. Báo cáo …" ends a sentence; "TP. Hồ Chí Minh", "v.v. …", "Đ/c. …", "Khoản 1. …" do not.
    private static bool EndsSentence(string text, int dot)
    {
        var w = dot;
        while (w > 0 && !char.IsWhiteSpace(text[w - 1])) w--;
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 0) return false;
        if (word.Length <= 3 && word.ToString().All(ch => char.IsUpper(ch) || ch == '.' || ch == '/')) return false;
        if (word.Equals("v.v", StringComparison.OrdinalIgnoreCase) || word.EndsWith("v.v", StringComparison.OrdinalIgnoreCase)) return false;
        if (word.Length <= 2 && char.IsDigit(word[0])) return AfterPlaceNoun(text, w); // "Khoản 1. …" no; "… ở tổ 12. Trạm …" yes
        return true;
    }

    // The number of a residential group, hamlet, quarter or numbered ward ("tổ 12", "thôn 3", "khu phố 7", "phường 5") ends
    // a sentence before a capital; an article's, clause's or item's number ("Điều 5.", "khoản 2.", "mục 3.") is a label.
    private static readonly string[] PlaceNouns = ["to", "thon", "ap", "khom", "xom", "pho", "ban", "phuong", "xa", "khu", "doi", "cum"];

    private static bool AfterPlaceNoun(string text, int numberStart)
    {
        var e = numberStart;
        while (e > 0 && text[e - 1] == ' ') e--;
        var b = e;
        while (b > 0 && char.IsLetter(text[b - 1])) b--;
        if (b == e || e - b > 6) return false;
        Span<char> folded = stackalloc char[e - b];
        for (var k = 0; k < folded.Length; k++) folded[k] = char.ToLowerInvariant(Common.Fold.Char(text[b + k]));
        foreach (var noun in PlaceNouns)
            if (folded.SequenceEqual(noun)) return true;
        return false;
    }

    /// <summary>
    /// Offsets inside <c>[start, end)</c> where a clause with its own subject begins after "; " or ", ": the subject is an
    /// explicit unit followed by a verb that is not "phối hợp", and the clause says more than "… thực hiện".
    /// </summary>
    public static List<int> SubjectBreaks(string text, string lower, int start, int end, int notBefore, IReadOnlySet<int> listEnds)
    {
        var breaks = new List<int>();
        for (var i = Math.Max(start, notBefore); i < end - 2; i++)
        {
            var c = text[i];
            if (c is not (';' or ',') || text[i + 1] != ' ') continue;
            var q = UnitGrammar.SkipSpaces(text, i + 1);
            var p = q;
            if (UnitGrammar.StartsWith(lower, p, "đồng thời ")) p += 10;
            var viaGiao = false;
            foreach (var v in OrderVerbs)
                if (UnitGrammar.StartsWith(lower, p, v)) { p += v.Length; viaGiao = true; break; }
            var read = UnitGrammar.Read(text, lower, p);
            if (read is not { Kind: not UnitKind.Person } || read.Value.End >= end) continue;
            var u = read.Value;
            // "… đối với các chợ, trung tâm thương mại, khu dân cư đông người, …": a bare place word after a comma goes on with
            // a list of places; a community that is a subject is named ("tổ dân phố số 5") or plural ("các thôn").
            if (c == ',' && u.Kind == UnitKind.Community && !viaGiao && IsBarePlace(text, lower, u)) continue;
            // "…; Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã đăng ký …": the subject may be a list.
            var listed = new List<UnitMention>();
            var subjectEnd = Addressees.ReadList(text, lower, u, listed);
            var after = UnitGrammar.SkipSpaces(text, subjectEnd);
            if (after >= end || text[after] is ',' or ';' or ':' or ')' || UnitGrammar.StartsWith(lower, after, "và ")) continue;
            // "…; Đoàn Thanh niên xã phối hợp các thôn tổ chức ra quân …": after a ";" a subject that cooperates with others
            // in work of its own (a verb after the partners) starts its own task.
            if (!viaGiao && c == ';' && UnitLexicon.AtWord(lower, after, "phối hợp") && PartnersThenVerb(text, lower, after + 8, end)) { breaks.Add(q); i = subjectEnd; continue; }
            if (!viaGiao && (UnitLexicon.AtWord(lower, after, "phối hợp") || UnitLexicon.AtWord(lower, after, "cùng") || UnitLexicon.AtWord(lower, after, "đã")
                             || UnitLexicon.AtWord(lower, after, "được") || UnitLexicon.AtWord(lower, after, "để") || UnitLexicon.AtWord(lower, after, "về"))) continue;
            if (!viaGiao && !StartsVerb(lower, after)) continue;
            // "phối hợp với Sở A, UBND huyện B khảo sát …", "… được Huyện ủy, HĐND, UBND huyện đề ra": still a list.
            if (c == ',' && (listEnds.Contains(TrimBack(text, i)) || EndsWithUnit(text, lower, i))) continue;
            breaks.Add(q);
            i = subjectEnd;
        }
        return breaks;
    }

    private static bool IsBarePlace(string text, string lower, UnitMention u)
    {
        if (UnitGrammar.StartsWith(lower, u.Start, "các ")) return false;
        for (var k = u.Start; k < u.End; k++)
            if (char.IsUpper(text[k]) || char.IsDigit(text[k])) return false;
        return true;
    }

    private static bool PartnersThenVerb(string text, string lower, int p, int end)
    {
        p = UnitGrammar.SkipSpaces(text, p);
        if (UnitGrammar.StartsWith(lower, p, "với ")) p += 4;
        else if (UnitGrammar.StartsWith(lower, p, "cùng ")) p += 5;
        if (UnitGrammar.Read(text, lower, p) is not { } partner || partner.End >= end) return false;
        var listed = new List<UnitMention>();
        var after = UnitGrammar.SkipSpaces(text, Addressees.ReadList(text, lower, partner, listed));
        return after < end && StartsVerb(lower, after);
    }

    // "… đã được Huyện ủy, HĐND, UBND huyện đề ra": the comma follows a unit's name, so a list goes on.
    private static bool EndsWithUnit(string text, string lower, int comma)
    {
        var end = TrimBack(text, comma);
        var from = Math.Max(0, end - 60);
        for (var w = end - 1; w >= from; w--)
        {
            if (w > 0 && text[w - 1] != ' ' || !char.IsLetter(text[w])) continue;
            if (UnitGrammar.Read(text, lower, w) is { } u && u.End == end) return true;
        }
        return false;
    }

    private static int TrimBack(string text, int i)
    {
        while (i > 0 && text[i - 1] == ' ') i--;
        return i;
    }

    // A subject is followed by a predicate: a lower-case word that is not a preposition or conjunction.
    internal static bool StartsVerb(string lower, int i)
    {
        if (i >= lower.Length || !char.IsLetter(lower[i])) return false;
        foreach (var w in NotPredicates)
            if (UnitLexicon.AtWord(lower, i, w)) return false;
        return true;
    }
}
