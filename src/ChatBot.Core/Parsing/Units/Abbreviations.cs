using System.Text;
using ChatBot.Core.Common;

namespace ChatBot.Core.Parsing.Units;

/// <summary>
/// Expands abbreviations inside a unit name ("VP HĐND-UBND" → "Văn phòng HĐND và UBND phường", "Phòng VH-XH" →
/// "Phòng Văn hóa - Xã hội") from a dictionary that is data: the embedded <c>abbreviations.tsv</c>, optionally
/// extended with a ward directory's aliases (a whole alias expands to its unit's name). See docs/PARSER.md.
/// </summary>
public sealed class Abbreviations
{
    private const string LevelSlot = "{cấp}";

    private readonly record struct Entry(string[] Tokens, string Expansion);

    // The same entries folded ("vp hdnd ubnd" → "van phong hdnd ubnd"), for typed names in any case; longest first.
    private readonly Dictionary<string, (string[] Words, string Expansion)[]> _folded;

    // Entries by their first token (lower case), longest first.
    private readonly Dictionary<string, Entry[]> _byFirst;
    private Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstBySpan => _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every all-capital word of the written forms ("VP", "HĐND", "PVHCC").
    private readonly HashSet<string> _capitalTokens;

    public static Abbreviations BuiltIn { get; } = new(UnitLexicon.TsvRows(UnitLexicon.ReadResource("abbreviations.tsv")));

    private Abbreviations(IEnumerable<(string Written, string Expansion)> rows)
    {
        _byFirst = rows
            .Select(r => new Entry(Tokenize(r.Written).Select(t => t.Word).ToArray(), r.Expansion))
            .Where(e => e.Tokens.Length > 0)
            .GroupBy(e => e.Tokens[0].ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Tokens.Length).ToArray(), StringComparer.Ordinal);
        _capitalTokens = _byFirst.Values.SelectMany(x => x).SelectMany(e => e.Tokens).Where(IsAllCaps).ToHashSet(StringComparer.Ordinal);
        _folded = _byFirst.Values.SelectMany(x => x)
            .Select(e => (Words: Fold.Key(string.Join(' ', e.Tokens)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "va").ToArray(),
                          Expansion: Fold.Key(e.Expansion.Replace(LevelSlot, "", StringComparison.Ordinal))))
            .Where(e => e.Words.Length > 0)
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Expands abbreviations in a folded name (<see cref="Fold.Key"/>), in any case: "vp hdnd ubnd" → "van phong hdnd ubnd".</summary>
    public string ExpandFolded(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var output = new List<string>(words.Length + 4);
        var i = 0;
        while (i < words.Length)
        {
            var length = 0;
            string? expansion = null;
            if (_folded.TryGetValue(words[i], out var candidates))
                foreach (var (entry, exp) in candidates)
                {
                    var k = 0;
                    var j = i;
                    while (k < entry.Length && j < words.Length)
                    {
                        if (words[j] == "va") { j++; continue; }
                        if (words[j] != entry[k]) break;
                        k++; j++;
                    }
                    if (k == entry.Length) { length = j - i; expansion = exp; break; }
                }
            if (expansion is null) { output.Add(words[i]); i++; continue; }
            output.Add(expansion);
            i += length;
        }
        return string.Join(' ', output);
    }

    /// <summary>This dictionary plus the directory's aliases: an alias written as the whole name expands to the unit's name.</summary>
    public Abbreviations With(IEnumerable<DirectoryUnit> directory)
    {
        var rows = _byFirst.Values.SelectMany(x => x).Select(e => (string.Join(' ', e.Tokens), e.Expansion)).ToList();
        foreach (var u in directory)
            foreach (var alias in u.Aliases)
                if (!string.IsNullOrWhiteSpace(alias) && alias.Any(char.IsUpper) && alias.Length <= 40)
                    rows.Add((alias.Trim(), u.Name));
        return new Abbreviations(rows);
    }

    /// <summary>
    /// This dictionary plus the short names the notice defines for itself: "Ban chỉ đạo phòng chống dịch bệnh (BCĐ PCDB)
    /// phường" makes "BCĐ PCDB" stand for the words before the bracket whose initials spell it. Built-in entries win.
    /// </summary>
    public Abbreviations WithDefinitions(IEnumerable<string> texts, string? level)
    {
        List<(string, string)>? defined = null;
        foreach (var text in texts)
        {
        PartiesListedIn(text, ref defined);
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open);
            if (close < 0) break;
            if (close - open < 4) continue;
            if (close - open > 20 && PartyDefinedAt(text, open, close) is null) continue;
            if (PartyDefinedAt(text, open, close) is { } party) { (defined ??= []).Add(party); continue; }
            var inner = text.AsSpan(open + 1, close - open - 1).Trim();
            if (inner.Length < 3 || !IsAllCaps(inner) || inner.ContainsAnyExcept(Letters) ) continue;
            var written = inner.ToString();
            if (LongestAt(Tokenize(written), 0) is { Length: var n } && n == Tokenize(written).Count) continue; // the dictionary knows it
            var letters = written.Replace(" ", "", StringComparison.Ordinal);
            if (DefinedBy(text, open, letters) is not { } full) continue;
            // "(BCĐ PCDB) phường" at the notice's own level: the short name is that level's body, written with or without it.
            var after = close + 1;
            while (after < text.Length && text[after] == ' ') after++;
            if (level is not null && UnitLexicon.AtWord(VietnameseText.LowerInvariant(text.AsSpan(after, Math.Min(level.Length + 1, text.Length - after))), 0, level))
                full += " " + LevelSlot;
            (defined ??= []).Add((written, full));
        }
        }
        if (defined is null) return this;
        var rows = _byFirst.Values.SelectMany(x => x).Select(e => (string.Join(' ', e.Tokens), e.Expansion)).ToList();
        rows.AddRange(defined);
        return new Abbreviations(rows) { Defines = true };
    }

    /// <summary>True when the notice defined names of its own: every unit name is then looked up, not only abbreviated ones.</summary>
    public bool Defines { get; private init; }

    // "4. Đơn vị tư vấn giám sát: Công ty CP Tư vấn Sông Hồng, ông …" (a record's list of those present): the party, a colon,
    // then the body's name.
    private static void PartiesListedIn(string text, ref List<(string, string)>? defined)
    {
        // Every party's name holds "ơn vị", "thầu" or "đầu tư" in lower case: the block is lower-cased only when one is there.
        if (!text.Contains(':') || !(text.Contains("ơn vị", StringComparison.Ordinal) || text.Contains("thầu", StringComparison.Ordinal)
                                     || text.Contains("đầu tư", StringComparison.Ordinal))) return;
        var lower = VietnameseText.LowerInvariant(text);
        foreach (var part in UnitGrammar.PartyRoles)
        {
            for (var i = lower.IndexOf(part + ":", StringComparison.Ordinal); i >= 0; i = lower.IndexOf(part + ":", i + 1, StringComparison.Ordinal))
            {
                if (i > 0 && char.IsLetter(lower[i - 1])) continue;
                var after = UnitGrammar.SkipSpaces(text, i + part.Length + 1);
                if (after >= text.Length || !char.IsUpper(text[after])) continue;
                if (UnitGrammar.Read(text, lower, after) is { Kind: UnitKind.Organisation } body) (defined ??= []).Add((part, body.Name));
            }
        }
    }

    // "đơn vị tư vấn giám sát (Công ty TNHH Tư vấn Minh Long)": the party by its part, then the body's name in brackets.
    private static (string, string)? PartyDefinedAt(string text, int open, int close)
    {
        var inner = text.AsSpan(open + 1, close - open - 1).Trim();
        if (inner.Length < 4 || inner.Length > 90 || !char.IsUpper(inner[0]) || inner.ContainsAny(";:(")) return null;
        var end = open;
        while (end > 0 && text[end - 1] == ' ') end--;
        var before = VietnameseText.LowerInvariant(text.AsSpan(Math.Max(0, end - 30), end - Math.Max(0, end - 30)));
        foreach (var part in UnitGrammar.PartyRoles)
            if (before.EndsWith(part, StringComparison.Ordinal) && (before.Length == part.Length || !char.IsLetter(before[^(part.Length + 1)])))
                return (part, inner.ToString());
        return null;
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create(
        " ABCDEFGHIJKLMNOPQRSTUVWXYZĐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ");

    // "á" and "Á" both count as "A" ("dự án" in "BQLDA"); "đ" stays "Đ".
    private static char BaseUpper(char c) => char.ToUpperInvariant(c.ToString().Normalize(NormalizationForm.FormD)[0]);

    // The words right before the bracket whose first letters spell the short name, one word a letter ("Tổ công tác đặc biệt" = TCTĐB).
    private static string? DefinedBy(string text, int open, string letters)
    {
        var end = open;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        for (var k = letters.Length - 1; k >= 0; k--)
        {
            var w = start;
            while (w > 0 && text[w - 1] == ' ') w--;
            var e = w;
            while (w > 0 && char.IsLetter(text[w - 1])) w--;
            if (w == e || BaseUpper(text[w]) != BaseUpper(letters[k])) return null;
            start = w;
        }
        return start < end && char.IsUpper(text[start]) ? text[start..end] : null;
    }

    /// <summary>The name with every abbreviation spelled out; <paramref name="level"/> fills "{cấp}" ("phường", "xã"…).</summary>
    public string Expand(string name, string? level)
    {
        var tokens = Tokenize(name);
        if (tokens.Count == 0) return name;
        var sb = new StringBuilder(name.Length + 32);
        var i = 0;
        var changed = false;
        while (i < tokens.Count)
        {
            if (i > 0) sb.Append(tokens[i].Separator);
            var (entry, length) = LongestAt(tokens, i);
            if (length == 0)
            {
                sb.Append(tokens[i].Word);
                i++;
                continue;
            }
            changed = true;
            var expansion = entry.Expansion;
            var next = i + length < tokens.Count ? VietnameseText.LowerInvariant(tokens[i + length].Word) : null;
            var levelFollows = next is not null && UnitLexicon.Default.Levels.Any(l => l == next || l.StartsWith(next + " ", StringComparison.Ordinal));
            expansion = expansion.Contains(LevelSlot, StringComparison.Ordinal)
                ? expansion.Replace(LevelSlot, levelFollows || level is null ? "" : level, StringComparison.Ordinal).Trim()
                : expansion;
            sb.Append(expansion);
            i += length;
        }
        return changed ? sb.ToString() : name;
    }

    private (Entry Entry, int Length) LongestAt(List<Token> tokens, int i)
    {
        // The first word lower-cased into a buffer and looked up as a span: no string per token (names are read per task).
        var word = tokens[i].Word;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        VietnameseText.LowerInvariant(word, lower);
        if (!_byFirstBySpan.TryGetValue(lower, out var candidates)) return (default, 0);
        foreach (var e in candidates)
        {
            if (i + e.Tokens.Length > tokens.Count) continue;
            var ok = true;
            for (var k = 0; k < e.Tokens.Length && ok; k++) ok = SameToken(e.Tokens[k], tokens[i + k].Word);
            if (ok) return (e, e.Tokens.Length);
        }
        return (default, 0);
    }

    // An all-capital word of the dictionary must be all-capital in the text: "CA" is the police, "ca" is a shift.
    private static bool SameToken(string entry, string written) =>
        IsAllCaps(entry) ? string.Equals(entry, written, StringComparison.Ordinal)
                         : string.Equals(entry, written, StringComparison.OrdinalIgnoreCase);

    internal static bool IsAllCaps(string w) => IsAllCaps(w.AsSpan());

    /// <summary>At least one letter and no lower-case one (a loop over the span: no enumerator per call).</summary>
    internal static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        var letter = false;
        foreach (var c in w)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }

    /// <summary>True when the word (punctuation around it ignored) is an all-capital word of the dictionary: "UBND", "HĐND-UBND", "MTTQ".</summary>
    internal bool IsAbbreviationWord(string word)
    {
        foreach (var part in word.Split('-', '–', '&', ',', '/', '.', '(', ')'))
            if (part.Length > 1 && (_capitalTokens.Contains(part) || part is "UBND" or "HĐND" or "MTTQ" or "VN")) return true;
        return false;
    }

    private readonly record struct Token(string Word, string Separator);

    // Words with the separator written before each: "-" → " - ", "," → ", ", "&"/"và" → " và ", "/" kept.
    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>(Math.Min(s.Length / 2 + 1, 64)); // sized once: no growth per name
        var sep = "";
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '.' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]) && char.IsUpper(s[start]))) i++;
                var word = s[start..i];
                if (word is "và" or "Và")
                {
                    sep = " và ";
                    continue;
                }
                tokens.Add(new Token(word, tokens.Count == 0 ? "" : sep.Length == 0 ? " " : sep));
                sep = "";
                continue;
            }
            sep = c switch
            {
                '-' or '–' => " - ",
                ',' or ';' => ", ",
                '&' => " và ",
                '/' => "/",
                _ => sep.Length == 0 ? (char.IsWhiteSpace(c) ? " " : sep) : sep,
            };
            i++;
        }
        return tokens;
    }
}
