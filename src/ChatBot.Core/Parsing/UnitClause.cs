namespace ChatBot.Core.Parsing;

/// <summary>Who an item addresses: lead unit, cooperating units, supervising leader; LabelOnly when the item is just a label.</summary>
internal sealed record UnitClause(UnitSpan? Lead, IReadOnlyList<string> Cooperating, string? Supervisor, bool LabelOnly, bool TopicLabel)
{
    public static readonly UnitClause None = new(null, [], null, false, false);

    private static readonly string[] CoopCues = ["phoi hop chat che voi ", "phoi hop voi ", "ban giao voi ", "ban giao cho ", "chuyen ", "gui ve ", "gui "];

    /// <summary>Reads the unit clause at the start of an item: "Giao X …", "X: …", "Topic: X …", "X &lt;verb&gt; …", "Yêu cầu X …".</summary>
    public static UnitClause Read(string content)
    {
        var f = VietnameseText.FoldSameLength(content);
        var clause = ReadStart(content, f, depth: 0);
        var coop = new List<string>(clause.Cooperating);
        var limit = Math.Min(f.Length, 600); // the cooperation cue sits near the start of a directive
        foreach (var cue in CoopCues)
        {
            var i = 0;
            while ((i = f.IndexOf(cue, i, StringComparison.Ordinal)) >= 0 && i < limit)
            {
                i += cue.Length;
                if (i - cue.Length > 0 && char.IsLetter(f[i - cue.Length - 1])) continue;
                if (UnitRecognizer.ReadAt(content, f, i) is { IsGroup: false } u) AddList(content, f, u, coop);
            }
        }
        var lead = clause.Lead?.Name;
        var distinct = coop.Where(c => !string.Equals(Key(c), Key(lead), StringComparison.Ordinal))
            .DistinctBy(Key).ToList();
        return clause with { Cooperating = distinct };
    }

    private static string? Key(string? s) => s is null ? null : UnitNameMatcher.Fold(s);

    private static UnitClause ReadStart(string content, string f, int depth)
    {
        var p = 0;
        string? supervisor = null;
        if (UnitRecognizer.AtWord(f, 0, "giao")) p = 5;
        else if (UnitRecognizer.AtWord(f, 0, "yeu cau")) p = 8;
        else if (UnitRecognizer.AtWord(f, 0, "de nghi")) p = 8;
        else if (UnitRecognizer.AtWord(f, 0, "doi voi") && depth == 0)
        {
            var colon = content.IndexOf(':');
            if (colon > 0 && colon < 200) return Rest(content, colon, depth) ?? None;
            return None;
        }
        var u = UnitRecognizer.ReadAt(content, f, p);
        if (u is { IsGroup: false } leader && p == 5 && IsLeader(leader.Name))
        {
            // "Giao đồng chí Phó Chủ tịch UBND phường Nguyễn Huy Vinh chỉ đạo phòng Kinh tế …": the leader supervises, the unit leads.
            var q = UnitRecognizer.SkipSpaces(content, leader.End);
            var nameEnd = q;
            while (nameEnd < content.Length && (char.IsLetter(content[nameEnd]) || content[nameEnd] == ' ') && !UnitRecognizer.At(f, nameEnd, " chi dao")
                   && !UnitRecognizer.At(f, nameEnd, "chi dao")) nameEnd++;
            if (UnitRecognizer.At(f, UnitRecognizer.SkipSpaces(content, nameEnd), "chi dao "))
            {
                supervisor = UnitRecognizer.Clean(content[p..nameEnd]);
                var at = UnitRecognizer.SkipSpaces(content, nameEnd) + 8;
                var led = UnitRecognizer.ReadAt(content, f, at);
                var coop = new List<string>();
                if (led is { } l) AddList(content, f, l, coop, skipFirst: true);
                return new UnitClause(led, coop, supervisor, false, false);
            }
        }
        if (u is { } unit)
        {
            // "Chủ tịch UBND phường yêu cầu các phòng …": the addressee follows the verb.
            var after = UnitRecognizer.SkipSpaces(content, unit.End);
            foreach (var verb in (string[])["yeu cau ", "giao ", "de nghi "])
                if (IsLeader(unit.Name) && UnitRecognizer.At(f, after, verb) && depth == 0)
                {
                    var tail = "giao " + content[(after + verb.Length)..];
                    return ReadStart(tail, VietnameseText.FoldSameLength(tail), depth + 1);
                }
            var rest = content.AsSpan(unit.End).Trim(" :.;,-–".AsSpan());
            var coop = new List<string>();
            AddList(content, f, unit, coop, skipFirst: true);
            return new UnitClause(unit, coop, supervisor, rest.Length == 0, false);
        }
        if (depth == 0 && p == 0)
        {
            var colon = content.IndexOf(':');
            if (colon > 0 && colon <= 100 && WordCount(content.AsSpan(0, colon)) <= 14)
            {
                if (Rest(content, colon, depth) is { } inner) return inner;
                var restEmpty = content.AsSpan(colon + 1).Trim().Length == 0;
                return None with { LabelOnly = restEmpty && WordCount(content.AsSpan(0, colon)) <= 8, TopicLabel = true };
            }
        }
        return None;
    }

    private static UnitClause? Rest(string content, int colon, int depth)
    {
        var rest = content[(colon + 1)..].TrimStart();
        if (rest.Length == 0) return null;
        var inner = ReadStart(rest, VietnameseText.FoldSameLength(rest), depth + 1);
        return inner.Lead is null ? null : inner with { TopicLabel = true };
    }

    private static bool IsLeader(string name) =>
        name.Contains("Chủ tịch", StringComparison.Ordinal) && !name.StartsWith("Các", StringComparison.Ordinal);

    // "UBND phường, các Tổ dân phố …", "phòng Kinh tế; Ban Quản lý dự án …": units listed after the first one.
    private static void AddList(string content, string f, UnitSpan first, List<string> into, bool skipFirst = false)
    {
        if (!skipFirst && !first.IsGroup) into.Add(first.Name);
        var end = first.End;
        for (var guard = 0; guard < 8; guard++)
        {
            var q = UnitRecognizer.SkipSpaces(content, end);
            if (q < content.Length && content[q] is ',' or ';') q = UnitRecognizer.SkipSpaces(content, q + 1);
            else if (UnitRecognizer.At(f, q, "va ")) q += 3;
            else break;
            if (UnitRecognizer.ReadAt(content, f, q) is not { } next) break;
            if (!next.IsGroup) into.Add(next.Name);
            end = next.End;
        }
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
