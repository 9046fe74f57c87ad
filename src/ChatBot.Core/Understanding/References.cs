namespace ChatBot.Core.Understanding;

/// <summary>A run of task references written together ("#12 #13", "việc 12 và 13", "1, 3"), with its token span.</summary>
internal sealed record RefGroup(int From, int To, IReadOnlyList<TaskRef> Refs);

/// <summary>Stage 2: the document and the tasks a message names. Numbers used here are marked so that later stages
/// do not read them again as a percent, a date or a count.</summary>
internal sealed class References
{
    public List<RefGroup> Groups { get; } = [];
    public DocumentRef? Document { get; private set; }
    public bool[] Used { get; }

    private static readonly (string[] Words, string Kind)[] DocumentMarkers =
    [
        (["thong", "bao", "ket", "luan"], "Thông báo"), (["thong", "bao"], "Thông báo"), (["tb"], "Thông báo"),
        (["cong", "van"], "Công văn"), (["cv"], "Công văn"), (["ke", "hoach"], "Kế hoạch"), (["kh"], "Kế hoạch"),
        (["quyet", "dinh"], "Quyết định"), (["qd"], "Quyết định"), (["van", "ban"], "Văn bản"), (["chi", "thi"], "Chỉ thị"),
    ];

    private static readonly string[][] TaskMarkers = [["nhiem", "vu"], ["cong", "viec"], ["viec"], ["nv"], ["task"]];

    /// <summary>Words that may follow a bare leading number that names tasks ("12, 13 đã xong", "1 xong").</summary>
    private static readonly HashSet<string> StatusStarts =
    [
        "xong", "hoan", "da", "dang", "chua", "vuong", "kho", "nhan", "xin", "duoc", "tien", "dat", "ok", "gan", "sap",
        "bi", "tam", "gia", "lui", "moi", "van", "khong", "done", "cung", "thi", "em", "con", "gap", "ca",
    ];

    /// <summary>Counting words after a number: "5 ngày", "3 hộ" are not task numbers.</summary>
    private static readonly HashSet<string> CountNouns =
        ["ngay", "tuan", "thang", "nam", "ho", "nguoi", "to", "khu", "lan", "buoi", "gio", "phut", "trieu", "nghin", "ngan", "tr", "k", "hom", "quy"];

    private References(Message m) => Used = new bool[m.Count];

    public static References Find(Message m, UnderstandingContext ctx)
    {
        var r = new References(m);
        r.FindDocument(m);
        r.FindTasks(m, ctx);
        return r;
    }

    /// <summary>Tasks the message is about: those written, else the task message replied to.</summary>
    public IReadOnlyList<TaskRef> Targets(UnderstandingContext ctx) =>
        Groups.Count > 0 ? [.. Groups.SelectMany(g => g.Refs).Distinct()]
        : ctx.RepliedTask is { } t ? [TaskRef.Task(t)] : [];

    public bool Written => Groups.Count > 0;

    private void FindDocument(Message m)
    {
        for (var i = 0; i < m.Count && Document is null; i++)
            foreach (var (words, kind) in DocumentMarkers)
            {
                if (!RawAt(m, i, words)) continue;
                var j = i + words.Length;
                if (m.Word(j, "so")) j++;
                if (j >= m.Count || !m.T[j].IsNumber) continue;
                var end = NumberEnd(m, j);
                Document = new DocumentRef(kind, m.Slice(j, end));
                for (var k = i; k < end; k++) Used[k] = true;
                break;
            }
        // "#12/TB", "nv 45/KH-UBND": a task marker before a document's number (its symbol after the slash) names the document.
        for (var i = 0; i < m.Count; i++)
        {
            var j = m.IsPunct(i, '#') ? i + 1 : TaskMarkers.FirstOrDefault(t => m.At(i, t)) is { } t ? i + t.Length + (m.Word(i + t.Length, "so") ? 1 : 0) : -1;
            if (j < 0 || !HasSymbol(m, j)) continue;
            var end = NumberEnd(m, j);
            Document ??= new DocumentRef(KindOfSymbol(m.T[j + 2].Raw), m.Slice(j, end));
            for (var k = i; k < end; k++) Used[k] = true;
            i = end - 1;
        }
    }

    /// <summary>"12/TB", "45/KH-UBND": a number, a slash and a word, touching — a document's number, never a task's.</summary>
    private static bool HasSymbol(Message m, int j) =>
        j + 2 < m.Count && m.T[j].IsNumber && m.Glued(j) && m.IsPunct(j + 1, '/') && m.Glued(j + 1) && m.T[j + 2].IsWord;

    /// <summary>"TB" → Thông báo, "KH" → Kế hoạch…: the kind a symbol's first word names, else "Văn bản".</summary>
    private static string KindOfSymbol(string raw) =>
        DocumentMarkers.FirstOrDefault(d => d.Words is [var w] && w == raw) is { Kind: { } kind } ? kind : "Văn bản";

    /// <summary>"88/TB-UBND", "250/UBND-VP": the number goes on while the tokens touch.</summary>
    private static int NumberEnd(Message m, int j)
    {
        var end = j + 1;
        while (end < m.Count && m.Glued(end - 1) && (m.T[end].Kind != TokKind.Punct || m.T[end].W is "/" or "-") &&
               !(m.T[end].Kind == TokKind.Punct && (end + 1 >= m.Count || !m.Glued(end))))
            end++;
        return end;
    }

    private static bool RawAt(Message m, int i, string[] words)
    {
        if (i + words.Length > m.Count) return false;
        for (var k = 0; k < words.Length; k++)
            if (!m.T[i + k].IsWord || m.T[i + k].Raw != words[k] && m.T[i + k].W != words[k]) return false;
        return true;
    }

    private void FindTasks(Message m, UnderstandingContext ctx)
    {
        var bare = new List<RefGroup>();
        for (var i = 0; i < m.Count; i++)
        {
            if (Used[i]) continue;
            if (ExplicitAt(m, i) is { } first)
            {
                var group = Chain(m, i, first);
                Groups.Add(group);
                i = group.To - 1;
            }
            // "1 xong 2 đang làm": after a first bare group, a number followed by a status word starts the next one.
            else if (m.T[i].IsNumber && (i == 0 || m.T[i - 1].IsBoundary || NumberedItem(m, i) || bare.Count > 0 && !m.T[i - 1].IsNumber) && BareAt(m, i) is { } b)
            {
                bare.Add(b);
                i = b.To - 1;
            }
            else if (m.Word(i, "tu") && (i == 0 || m.T[i - 1].IsBoundary) && i + 1 < m.Count && m.T[i + 1].IsNumber && RangeEnd(m, i + 1) >= 0
                     && BareAt(m, i + 1) is { } range)
            {
                // "từ 1 đến 3 xong": a range opened by "từ".
                Used[i] = true;
                bare.Add(range with { From = i });
                i = range.To - 1;
            }
            else if (m.WordIn(i, ItemMarkers) && (i == 0 || m.T[i - 1].IsBoundary) && (m.Word(i + 1, "thu") ? i + 2 : i + 1) is var at &&
                     at < m.Count && m.T[at].IsNumber && BareAt(m, at, marked: true) is { } s)
            {
                // "số 1 đang làm, số 3 xong", "mục 2 xong", "cái 2 xong", "cái thứ 12 xong": the item (or task) numbered so
                // ("thứ" after the marker makes an ordinal, not a weekday).
                for (var k = i; k < at; k++) Used[k] = true;
                bare.Add(s with { From = i });
                i = s.To - 1;
            }
        }
        if (Groups.Count == 0 && bare.Count == 0 && ctx.ListCount is { } n && n > 0 && SaysAll(m, n))
            Groups.Add(new RefGroup(0, 0, [.. Enumerable.Range(1, n).Select(TaskRef.Item)]));
        if (bare.Count == 0) return;
        // Bare numbers are list items when the message answers a numbered list that has them all.
        var asItems = ctx.ListCount is { } count && bare.All(g => g.Refs.All(r => r.Number <= count));
        foreach (var g in bare)
            Groups.Add(g with { Refs = [.. g.Refs.Select(r => asItems ? TaskRef.Item(r.Number) : r)] });
        Groups.Sort((a, b) => a.From.CompareTo(b.From));
    }

    /// <summary>"#12", "# 12", "nv 12", "việc số 12", "nhiệm vụ 12": index of the number, or null.</summary>
    private int? ExplicitAt(Message m, int i)
    {
        // After '#' the number is a task's even before a count noun: "#13 tuần này đến đâu rồi", "#12 ngày mai xong".
        if (m.IsPunct(i, '#'))
            return NumberForRef(m, i + 1, hash: true) ? i + 1 : null;
        foreach (var marker in TaskMarkers)
        {
            if (!m.At(i, marker)) continue;
            var j = i + marker.Length;
            if (m.Word(j, "so")) j++;
            return NumberForRef(m, j) ? j : null;
        }
        return null;
    }

    /// <summary>A number that can be a task number: not a percent, a date, a fraction or a count ("5 ngày").</summary>
    private bool NumberForRef(Message m, int j, bool hash = false)
    {
        if (j >= m.Count || !m.T[j].IsNumber || Used[j] || m.T[j].Value <= 0) return false;
        if (m.IsPunct(j + 1, '%') || m.Word(j + 1, "phan") && m.Word(j + 2, "tram")) return false;
        if (m.Glued(j) && m.T[j + 1].Kind == TokKind.Punct && m.T[j + 1].W is "/" or "." or "-" && j + 2 < m.Count && m.T[j + 2].IsNumber && m.Glued(j + 1)
            && !(m.T[j + 1].W == "-" && IsRange(m.T[j].Value, m.T[j + 2].Value) && !m.IsPunct(j + 3, '/') && !m.IsPunct(j + 3, '-')))
            return false;
        return hash || !m.WordIn(j + 1, CountNouns);
    }

    private RefGroup Chain(Message m, int from, int number)
    {
        var refs = new List<TaskRef> { TaskRef.Task(m.T[number].Value) };
        Used[number] = true;
        var end = number + 1;
        while (true)
        {
            if (RangeEnd(m, end - 1) is var r and >= 0)
            {
                // "#12-14", "#12 đến #14": every task between.
                for (var v = m.T[end - 1].Value + 1; v <= m.T[r].Value; v++) refs.Add(TaskRef.Task(v));
                Used[r] = true;
                end = r + 1;
                continue;
            }
            var k = end;
            if (m.IsPunct(k, ',') || m.IsPunct(k, '&') || m.IsPunct(k, '+') || m.Word(k, "va") || m.IsPunct(k, ';')) k++;
            var hash = m.IsPunct(k, '#');
            if (hash) k++;
            else if (k == end) break; // two numbers in a row need a joiner or a '#'
            if (!NumberForRef(m, k, hash)) break;
            refs.Add(TaskRef.Task(m.T[k].Value));
            Used[k] = true;
            end = k + 1;
        }
        for (var k = from; k < end; k++) Used[k] = true;
        return new RefGroup(from, end, refs);
    }

    /// <summary>"… 2. đang làm", "… 3) vướng": a numbered item inside a line — not a month, day, quarter or year number
    /// ending a sentence ("đến hết tháng 8. Em xong sớm").</summary>
    private static bool NumberedItem(Message m, int i) =>
        m.Glued(i) && (m.IsPunct(i + 1, '.') || m.IsPunct(i + 1, ')')) && !m.Glued(i + 1) && !m.WordIn(i - 1, DateWords);

    private static readonly string[] DateWords = ["thang", "ngay", "quy", "nam", "tuan"];

    /// <summary>"12, 13 đã xong", "1 xong", "2. xong": numbers at the start of a clause followed by a status word.</summary>
    /// <summary>"số 3", "mục 3", "cái 3" at a sentence's start: the item (or task) numbered so.</summary>
    private static readonly string[] ItemMarkers = ["so", "muc", "cai"];

    /// <summary>After a marked number, the chief's "where is it": "cái 5 đến đâu rồi", "số 3 tới đâu", "cái 9 sao rồi".</summary>
    private static readonly string[] WhereStarts = ["den", "toi", "sao", "the"];

    private RefGroup? BareAt(Message m, int i, bool marked = false)
    {
        if (!NumberForRef(m, i)) return null;
        var numbers = new List<int> { i };
        var values = new List<int> { m.T[i].Value };
        var markers = new List<int>();
        var end = i + 1;
        while (true)
        {
            if (RangeEnd(m, end - 1) is var r and >= 0)
            {
                // "1-3 xong", "1 đến 3 xong": every item between.
                for (var v = m.T[end - 1].Value + 1; v <= m.T[r].Value; v++) values.Add(v);
                numbers.Add(r);
                end = r + 1;
                continue;
            }
            var k = end;
            if (m.IsPunct(k, ',') || m.IsPunct(k, '&') || m.IsPunct(k, '+') || m.Word(k, "va")) k++;
            else if (!(k < m.Count && m.T[k].IsNumber && !m.Glued(k - 1))) break; // "1 2 3 xong": numbers apart by spaces
            if (m.WordIn(k, ItemMarkers) && NumberForRef(m, k + 1)) markers.Add(k++); // "số 2 và số 4", "cái 2 với cái 4"
            if (!NumberForRef(m, k)) break;
            numbers.Add(k);
            values.Add(m.T[k].Value);
            end = k + 1;
        }
        var next = end;
        if (next < m.Count && m.T[next].Kind == TokKind.Punct && m.T[next].W is "." or ")" or ":" or "-") next++;
        if (!m.WordIn(next, StatusStarts) && !(marked && m.WordIn(next, WhereStarts))) return null;
        foreach (var k in numbers.Concat(markers)) Used[k] = true;
        return new RefGroup(i, end, [.. values.Select(TaskRef.Task)]);
    }

    /// <summary>Tasks 12 to 14 at most twenty apart: a larger second number ("12-7" stays a date).</summary>
    private static bool IsRange(int from, int to) => to > from && to - from <= 20;

    /// <summary>
    /// "12-14", "12 - 14", "12 đến 14", "#12-#14", "#12 tới #14": the index of the range's last number after the number at
    /// <paramref name="j"/>, or -1. The last number is a task number (not a date "20/7", a percent or "15 ngày").
    /// </summary>
    private int RangeEnd(Message m, int j)
    {
        var k = j + 1;
        if (m.IsPunct(k, '-') || m.Word(k, "den") || m.Word(k, "toi")) k++;
        else return -1;
        var hash = m.IsPunct(k, '#');
        if (hash) k++;
        if (k >= m.Count || !m.T[k].IsNumber || !IsRange(m.T[j].Value, m.T[k].Value)) return -1;
        return NumberForRef(m, k, hash) ? k : -1;
    }

    /// <summary>"tất cả đã xong", "cả 3 việc đã xong" in answer to a list of that many items.</summary>
    private static bool SaysAll(Message m, int count)
    {
        for (var i = 0; i < m.Count; i++)
        {
            if (m.At(i, ["tat", "ca"]) || m.At(i, ["het", "ca"])) return true;
            // "xong hết rồi", "hoàn thành hết" — not "chưa xong hết".
            if (m.Word(i, "het") && m.WordIn(i - 1, ["xong", "thanh", "tat", "lam"]) && !Enumerable.Range(Math.Max(0, i - 4), Math.Min(4, i)).Any(k => m.WordIn(k, Words.Negators)))
                return true;
            if (m.Word(i, "ca") && i + 1 < m.Count && (m.T[i + 1].IsNumber && m.T[i + 1].Value == count || NumberWords.Value(m.T[i + 1].W) == count))
                return true;
        }
        return false;
    }
}

/// <summary>Vietnamese number words up to ten ("năm ngày", "một tuần").</summary>
internal static class NumberWords
{
    public static int? Value(string w) => w switch
    {
        "mot" => 1, "hai" => 2, "ba" => 3, "bon" or "tu" => 4, "nam" => 5, "sau" => 6, "bay" => 7, "tam" => 8, "chin" => 9, "muoi" => 10,
        _ => null,
    };

    /// <summary>A number written in digits or in words at token i.</summary>
    public static int? At(Message m, int i) =>
        i < 0 || i >= m.Count ? null : m.T[i].IsNumber ? (m.T[i].Value >= 0 ? m.T[i].Value : null) : m.T[i].IsWord ? Value(m.T[i].W) : null;
}
