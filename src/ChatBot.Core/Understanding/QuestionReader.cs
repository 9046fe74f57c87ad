using ChatBot.Core.Common;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Questions: overdue, due soon, progress, my tasks, one task — narrowed to a unit, a document and a time window,
/// with a Vietnamese sentence saying what was understood.
/// </summary>
internal static class QuestionReader
{
    private static readonly Phrases OverdueWords = new(
        "qua han", "tre han", "qua thoi han", "lo han", "khong dung han", "chua dung han", "cham tien do", "bi cham", "dang cham", "cham", "tre",
        "het han ma chua", "no dong");
    private static readonly Phrases DueWords = new(
        "sap den han", "sap het han", "sap toi han", "sap den", "sap toi", "den han", "toi han", "het han", "han chot", "phai xong",
        "phai hoan thanh", "can hoan thanh", "phai lam", "can lam", "phai nop", "can xong");
    private static readonly Phrases ProgressWords = new(
        "tien do", "tinh hinh", "thong ke", "tong hop", "bao nhieu viec", "bao nhieu nhiem vu", "may viec");
    /// <summary>"bao nhiêu" asks about the work only with a topic: from the chief, or beside a task noun or a done word
    /// ("hoàn thành được bao nhiêu rồi"); "số điện thoại anh Minh là bao nhiêu" is not about the work.</summary>
    private static readonly Phrases CountTopics = new("viec", "nhiem vu", "xong", "hoan thanh", "lam duoc", "thuc hien", "trien khai", "ho so");
    /// <summary>"đến đâu", "thế nào": a progress question from the chief, or about a named unit or document.</summary>
    private static readonly Phrases HowFarWords = new("den dau", "toi dau", "the nao", "ra sao", "sao roi");
    /// <summary>Work not yet done: with a window it asks what falls due in it, without one it asks for the progress.</summary>
    private static readonly Phrases OpenWorkWords = new(
        "chua xong", "chua hoan thanh", "chua lam", "chua thuc hien", "chua bao cao", "con viec", "con nhiem vu", "co viec", "co nhung viec",
        "viec gi", "viec nao", "co gi");
    private static readonly Phrases TaskAskWords = new(
        "den dau", "toi dau", "the nao", "ra sao", "sao roi", "tinh hinh", "tien do", "xong chua", "hoan thanh chua", "xong khong",
        "don vi nao");
    /// <summary>"khi nào", "bao giờ", "ngày nào": when — beside a deadline ("hạn đến bao giờ", "bao giờ hết hạn"), the task's deadline.</summary>
    private static readonly Phrases WhenWords = new("khi nao", "bao gio", "ngay nao", "hom nao", "luc nao", "nao");
    /// <summary>Who: "ai", "đơn vị nào", "phòng nào", "bên nào"…</summary>
    private static readonly Phrases WhoWords = new("ai", "don vi nao", "bo phan nao", "co quan nao", "phong nao", "ban nao", "ben nao", "to nao");
    /// <summary>Being responsible for a task: "thực hiện", "chủ trì", "phụ trách", "được giao", "chịu trách nhiệm", "làm".</summary>
    private static readonly Phrases ResponsibleWords = new(
        "thuc hien", "chu tri", "phu trach", "duoc giao", "giao", "chiu trach nhiem", "dam nhiem", "dam nhan", "lam", "xu ly", "trien khai");
    /// <summary>"phòng Kinh tế xong chưa", "công an phường làm xong hết chưa?": asked of a unit or a document, its progress.</summary>
    private static readonly Phrases DoneAsk = new("xong chua", "xong het chua", "hoan thanh chua", "hoan thanh het chua", "xong khong", "xong het khong");
    /// <summary>"#14 đang ở đâu rồi", "việc 14 tới bước nào": where a named task stands.</summary>
    private static readonly Phrases WhereIs = new("o dau", "buoc nao", "khau nao");
    private static readonly string[] TaskNouns = ["viec", "nhiem", "cong"];

    private static readonly Phrases UnitHeads = new(
        "phong", "ban", "cong an", "trung tam", "van phong", "doi", "tram", "hoi", "doan", "mat tran", "uy ban", "quan su",
        "bo phan", "to dan pho", "khu pho", "chi bo", "dang uy", "kinh te", "van hoa", "tu phap", "dia chinh", "tai chinh",
        "noi vu", "y te", "lao dong", "giao duc", "tai nguyen", "xay dung", "do thi", "moi truong", "thanh nien", "phu nu",
        "cuu chien binh", "nong dan", "chi cuc", "chi nhanh", "ubnd", "hdnd", "mttq");
    /// <summary>Names written as one word that the parser's abbreviation dictionary writes only inside longer forms
    /// ("VP UBND", "TT HĐND", "UBMTTQ"); every other abbreviation is the dictionary's (<see cref="Abbreviation"/>).</summary>
    private static readonly HashSet<string> SingleWordUnits = ["ubnd", "hdnd", "mttq"];
    private static readonly HashSet<string> UnitMarkers = ["cua", "ben", "thuoc", "phia"];
    /// <summary>Words that end a unit's name: question words, windows, topics, pronouns, particles.</summary>
    private static readonly HashSet<string> UnitStops =
    [
        "co", "con", "nao", "gi", "bao", "may", "the", "ra", "sao", "khong", "chua", "da", "dang", "sap", "bi", "dau", "toi", "den",
        "ai", "trong", "tu", "tuan", "thang", "hom", "ngay", "quy", "qua", "tre", "cham", "tien", "tinh", "viec", "nhiem", "a", "nhe",
        "nha", "em", "anh", "minh", "xem", "het", "han", "va", "voi", "nhu", "thi", "la", "phai", "can", "duoc", "cac", "nhung",
        "hien", "o", "ve", "thuc", "trien", "ket", "nam", "toan", "tat", "sau", "truoc", "vay", "oi", "ha", "nhi", "ben", "cua", "thuoc",
        "xong",
    ];

    public static bool IsAsking(Message m, bool[] used, UnderstandingContext ctx)
    {
        for (var i = 0; i < m.Count; i++)
        {
            var t = m.T[i];
            if (t.IsPunct('?')) return true;
            if (!t.IsWord) continue;
            if (m.At(i, ["bao", "nhieu"]) || m.At(i, ["bao", "gio"]) || m.At(i, ["the", "nao"]) || m.At(i, ["ra", "sao"]) || m.At(i, ["sao", "roi"]) ||
                WhereTo(m, i) ||
                m.At(i, ["hay", "chua"]))
                return true;
            if (t.W == "may" && m.WordIn(i + 1, ["viec", "nhiem", "don", "cai", "ngay"])) return true;
            if (t.W is "nao" or "ai" or "xem") return true;
            if (t.W == "gi" && !NegatedClause(m, i)) return true;
            // "xong chưa?", "có việc nào quá hạn không" — but not "#6 chưa" (news) nor "được không" (a polite request).
            if (t.W is "chua" or "khong" && RestIsParticles(m, used, i + 1) && i > 0 && m.T[i - 1].IsWord && !used[i - 1] && !m.Word(i - 1, "duoc"))
                return true;
            // The chief's requests: "báo cáo …", "cho anh …", "liệt kê …", "kiểm tra giúp …" (from an official, "kiểm tra" is work done).
            if (ctx.WritesForWard && (m.At(i, ["bao", "cao"]) && !m.Word(i - 1, "em") && !m.Word(i - 1, "xin") || m.At(i, ["cho", "anh"]) ||
                                      m.At(i, ["cho", "chi"]) || m.At(i, ["liet", "ke"]) || m.At(i, ["kiem", "tra"])))
                return true;
        }
        return false;
    }

    /// <summary>"đến đâu", "tới đâu" — but "đến đầu tháng" is a date (both fold to "dau").</summary>
    private static bool WhereTo(Message m, int i) =>
        (m.At(i, ["den", "dau"]) || m.At(i, ["toi", "dau"])) && !m.WordIn(i + 2, TimeNouns);

    private static readonly HashSet<string> TimeNouns = ["thang", "tuan", "nam", "quy", "ngay", "ky"];

    /// <summary>"không có vướng mắc gì": "gì" after a negator in its clause means "nothing", not a question.</summary>
    private static bool NegatedClause(Message m, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 6 && !m.T[k].IsBoundary; k--)
            if (m.WordIn(k, Words.Negators)) return true;
        return false;
    }

    private static bool RestIsParticles(Message m, bool[] used, int i)
    {
        for (; i < m.Count; i++)
        {
            if (used[i]) continue;
            if (m.T[i].IsBoundary) return true;
            if (!m.T[i].IsWord || !Words.Particles.Contains(m.T[i].W) && !Words.Vocatives.Contains(m.T[i].W)) return false;
        }
        return true;
    }

    public static Intent.Question? Read(Message m, References refs, UnderstandingContext ctx, bool asking)
    {
        var written = refs.Groups.SelectMany(g => g.Refs).Where(r => r.Kind == TaskRefKind.Task).Select(r => (int?)r.Number).FirstOrDefault();
        if (written is { } n && (asking || OnlyReferences(m, refs) || Has(m, refs, WhereIs)))
            return new Intent.Question(QuestionKind.OneTask, $"Nhiệm vụ #{n}") { Task = n };
        if (!refs.Written && ctx.RepliedTask is { } replied &&
            (Has(m, refs, TaskAskWords) || AsksDeadline(m) || AsksWho(m)) && (ctx.WritesForWard || HasQuestionMark(m)))
            return new Intent.Question(QuestionKind.OneTask, $"Nhiệm vụ #{replied}") { Task = replied };

        var window = WindowReader.Find(m, refs.Used, ctx);
        var (unit, own) = Unit(m, refs, ctx);
        var openOnly = false;
        QuestionKind? kind =
            Has(m, refs, OverdueWords) ? QuestionKind.Overdue
            : Has(m, refs, DueWords) ? QuestionKind.DueSoon
            : Mine(m) ? QuestionKind.MyTasks
            : Has(m, refs, OpenWorkWords) && window is not null ? QuestionKind.DueSoon
            : Has(m, refs, ProgressWords) || ResultsOfWork(m, refs) || HowMany(m, refs, ctx) ? QuestionKind.Progress
            : Has(m, refs, HowFarWords) && (ctx.WritesForWard || unit is not null || refs.Document is not null || HasQuestionMark(m)) ? QuestionKind.Progress
            : (openOnly = Has(m, refs, OpenWorkWords)) ? QuestionKind.Progress
            : (unit is not null || refs.Document is not null) && HasAny(m, TaskNouns) && (asking || ctx.WritesForWard) ? QuestionKind.Progress
            : (unit is not null || refs.Document is not null) && Has(m, refs, DoneAsk) && asking ? QuestionKind.Progress
            : refs.Document is not null && Has(m, refs, TaskAskWords) ? QuestionKind.Progress
            : null;
        // "việc này em chưa làm" from an official is news about a task, not a question.
        if (kind is not { } k || openOnly && !ctx.WritesForWard && !HasQuestionMark(m)) return null;
        if (k == QuestionKind.MyTasks) (unit, own) = (null, false);
        // "hôm nay có việc gì quá hạn": overdue is always as of today.
        if (k == QuestionKind.Overdue && window is { } w && w.From == ctx.Today && w.To == ctx.Today) window = null;
        if (k == QuestionKind.DueSoon) window ??= WindowReader.NextDays(ctx.Today, 7);
        return new Intent.Question(k, Describe(k, unit, own, refs.Document, window))
        {
            Unit = unit, OwnUnit = own, Document = refs.Document, Window = window,
        };
    }

    /// <summary>"hạn đến bao giờ", "thời hạn là khi nào", "bao giờ hết hạn", "khi nào đến hạn", "hạn nào": when the task is due —
    /// a when-word up to three words after "hạn", or ending up to one word before it. Asked by the chief, or with a "?".</summary>
    private static bool AsksDeadline(Message m)
    {
        for (var i = 0; i < m.Count; i++)
        {
            if (!m.Word(i, "han")) continue;
            for (var k = i + 1; k <= i + 3 && k < m.Count && m.T[k].IsWord; k++)
                if (m.Match(k, WhenWords) > 0) return true;
            for (var k = i - 1; k >= i - 3 && k >= 0 && m.T[k].IsWord; k--)
                if (m.Match(k, WhenWords) is var n and > 0 && m.T[k].W != "nao" && k + n >= i - 1) return true;
        }
        return false;
    }

    /// <summary>"ai thực hiện", "ai được giao", "phòng nào chủ trì", "giao cho ai", "giao cho đơn vị nào": who is responsible —
    /// a who-word with a word of responsibility up to three words after it, or one up to two words before it.</summary>
    private static bool AsksWho(Message m)
    {
        for (var i = 0; i < m.Count; i++)
        {
            // "chưa có ai làm", "có ai làm không": nobody, anybody — not who.
            if (m.Match(i, WhoWords) is not (var n and > 0) || m.Word(i - 1, "co")) continue;
            for (var k = i + n; k <= i + n + 2 && k < m.Count && m.T[k].IsWord; k++)
                if (m.Match(k, ResponsibleWords) > 0) return true;
            for (var k = i - 1; k >= i - 2 && k >= 0 && m.T[k].IsWord; k--)
                if (m.Match(k, ResponsibleWords) > 0) return true;
        }
        return false;
    }

    /// <summary>"kết quả triển khai", "kết quả xử lý", "kết quả giải quyết hồ sơ": the results of the work, its progress.</summary>
    private static bool ResultsOfWork(Message m, References refs)
    {
        for (var i = 0; i + 2 < m.Count; i++)
            if (!refs.Used[i] && m.At(i, ["ket", "qua"]) && m.WordIn(i + 2, Words.WorkVerbs)) return true;
        return false;
    }

    /// <summary>
    /// A unit written as an abbreviation that the parser's dictionary (<see cref="Abbreviations.BuiltIn"/>, the one the host's
    /// unit matcher expands) spells out as a unit ("ttpvhcc", "bchqs", "tdp", "ttyt"): its length in words, or 0. Two letters
    /// alone ("ca", "kt") may be a word ("cả"), so they count only before a second abbreviation ("tt pvhcc", "vp hđnd", "bch qs").
    /// </summary>
    private static int Abbreviation(Message m, int i)
    {
        if (i >= m.Count || !m.T[i].IsWord || !IsUnitAbbreviation(m.T[i].Raw)) return 0;
        if (m.T[i].Raw.Length >= 3) return 1;
        var k = m.IsPunct(i + 1, '-') ? i + 2 : i + 1;
        return k < m.Count && m.T[k].IsWord && (Expands(m.T[k].Raw) || SingleWordUnits.Contains(m.T[k].Raw)) ? k - i + 1 : 0;
    }

    /// <summary>"P.KT", "P. VHXH", "p.tckh": a lone "P" and its dot before an abbreviation the dictionary expands is "Phòng"
    /// (the host's unit matcher reads it so): 2 (the letter and the dot), or 0.</summary>
    private static int PhongDot(Message m, int i) =>
        i + 2 < m.Count && m.T[i].IsWord && m.T[i].Raw == "p" && m.IsPunct(i + 1, '.') && m.T[i + 2].IsWord && Expands(m.T[i + 2].Raw) ? 2 : 0;

    private static bool Expands(string raw) => Abbreviations.BuiltIn.ExpandFolded(raw) != raw;

    private static bool IsUnitAbbreviation(string raw) =>
        Abbreviations.BuiltIn.ExpandFolded(raw) is var expanded && expanded != raw && new Message(expanded).Match(0, UnitHeads) > 0;

    private static bool HowMany(Message m, References refs, UnderstandingContext ctx) =>
        Has(m, refs, BaoNhieu) && (ctx.WritesForWard || Has(m, refs, CountTopics));

    private static readonly Phrases BaoNhieu = new("bao nhieu");

    private static bool HasQuestionMark(Message m) => m.T.Any(t => t.IsPunct('?'));

    /// <summary>"#5", "#5 ạ": only the task number.</summary>
    private static bool OnlyReferences(Message m, References refs)
    {
        for (var i = 0; i < m.Count; i++)
            if (!refs.Used[i] && (m.T[i].IsNumber || m.T[i].IsWord && !Words.Particles.Contains(m.T[i].W) && !Words.Vocatives.Contains(m.T[i].W)))
                return false;
        return true;
    }

    private static bool Has(Message m, References refs, Phrases phrases)
    {
        for (var i = 0; i < m.Count; i++)
            if (!refs.Used[i] && m.Match(i, phrases) is var n and > 0 && !(m.T[i].W == "tre" && m.Word(i + 1, "em")) &&
                !(m.T[i].W == "cham" && m.Word(i + 1, "diem")) && !(m.T[i + n - 1].W == "dau" && m.WordIn(i + n, TimeNouns)))
                return true;
        return false;
    }

    private static bool HasAny(Message m, string[] words)
    {
        foreach (var t in m.T)
            if (t.IsWord && words.Contains(t.W)) return true;
        return false;
    }

    /// <summary>"việc của tôi", "nhiệm vụ của em", "em còn việc gì", "danh sách việc".</summary>
    private static bool Mine(Message m)
    {
        for (var i = 0; i < m.Count; i++)
        {
            var noun = m.Word(i, "viec") ? 1 : m.At(i, ["nhiem", "vu"]) || m.At(i, ["cong", "viec"]) ? 2 : 0;
            if (noun > 0)
            {
                var k = i + noun;
                if (m.At(k, ["duoc", "giao"])) k += 2;
                if (m.Word(k, "cua")) k++;
                if (m.WordIn(k, Words.Pronouns) && !m.Word(k, "chung") || m.At(k, ["chung", "em"]) || m.At(k, ["chung", "toi"])) return true;
            }
            // "em có những việc …" — but "tuần tới có những việc …", "sắp tới có việc gì": "tới" folds like "tôi".
            if (m.WordIn(i, Words.Pronouns) && (m.Word(i + 1, "co") || m.Word(i + 1, "con")) &&
                !(m.Word(i, "toi") && (m.WordIn(i - 1, TimeNouns) || m.Word(i - 1, "sap"))))
            {
                var k = m.WordIn(i + 2, ["nhung", "cac", "may"]) ? i + 3 : i + 2;
                if (m.Word(k, "viec") || m.At(k, ["nhiem", "vu"])) return true;
            }
            if (m.At(i, ["danh", "sach"]) && (m.Word(i + 2, "viec") || m.At(i + 2, ["nhiem", "vu"]))) return true;
        }
        return false;
    }

    /// <summary>The unit asked about: one of the context's units if named, else words after "của/bên/thuộc" or
    /// starting with a unit word ("phòng", "công an", "kinh tế"); "bên em", "phòng em" is the writer's own.</summary>
    private static (string? Unit, bool Own) Unit(Message m, References refs, UnderstandingContext ctx)
    {
        if (KnownUnit(m, ctx) is { } known) return (known, false);
        for (var i = 0; i < m.Count; i++)
        {
            if (refs.Used[i] || !m.T[i].IsWord) continue;
            var markerLen = m.At(i, ["don", "vi"]) ? 2 : UnitMarkers.Contains(m.T[i].W) ? 1 : 0;
            var start = i + markerLen;
            // "bên em", "của em", "phòng em", "đơn vị mình": the writer's own unit.
            if (markerLen > 0 && m.WordIn(start, Words.Pronouns) && !m.Word(start + 1, "dan")) return (null, true);
            if (m.WordIn(start, ["phong", "don"]) && m.WordIn(start + (m.At(start, ["don", "vi"]) ? 2 : 1), ["em", "minh", "toi"]) && !ctx.WritesForWard)
                return (null, true);
            if (markerLen == 0 && m.Match(i, UnitHeads) == 0 && Abbreviation(m, i) == 0 && PhongDot(m, start) == 0) continue;
            var run = Run(m, refs, start);
            if (run is null) continue;
            var end = run.Value;
            var oneWordName = end - start == 1 && SingleWordUnits.Contains(m.T[start].Raw);
            var named = end - start >= 2 && m.Match(start, UnitHeads) > 0 || Abbreviation(m, start) is var a and > 0 && end - start >= a
                || PhongDot(m, start) is var p and > 0 && end - start > p;
            if (!named && !oneWordName) continue;
            // "các phòng", "đơn vị nào", "phòng ban": every unit, no filter.
            if (m.WordIn(i - 1, ["cac", "nhung", "moi"]) || m.WordIn(start - 1, ["cac", "nhung", "moi"]) || m.Word(end, "nao") ||
                m.At(start, ["phong", "ban"]) && end - start == 2)
            {
                i = end - 1;
                continue;
            }
            return (m.Slice(start, end), false);
        }
        return (null, false);
    }

    /// <summary>The end of a unit's name starting at <paramref name="start"/>: up to a question word, a window, a topic or a particle.</summary>
    private static int? Run(Message m, References refs, int start)
    {
        // Unit names are short: eight words at most, so a long message costs a bounded look per word.
        var limit = Math.Min(m.Count, start + 8);
        // The unit word is the name's start, whatever it folds like ("đô thị": "thì").
        var k = start + PhongDot(m, start);
        var head = k > start ? 0 : m.Match(start, UnitHeads);
        while (k < limit && m.T[k].IsWord && !refs.Used[k] && (k < start + head || !Stops(m, k))) k++;
        // "tổ dân phố 3", "tdp 3", "khu phố 5": a unit word alone keeps its number.
        if (k < limit && m.T[k].IsNumber && !refs.Used[k] && !m.Glued(k) && (k - start == head || k - start == Abbreviation(m, start)) && k > start) k++;
        // A "-" inside a name ("Văn hóa - Xã hội", "VH-XH") joins its two halves.
        if (k > start && k + 1 < limit && m.IsPunct(k, '-') && m.T[k + 1].IsWord && !Stops(m, k + 1))
            for (k++; k < limit && m.T[k].IsWord && !Stops(m, k); k++) { }
        return k > start ? k : null;
    }

    /// <summary>Syllables of unit names typed with a tone that no stop word has: "một cửa" (not "của"), "kế toán" (not "toàn"),
    /// "trật tự" (not "từ"), "đô thị" (not "thì").</summary>
    private static readonly HashSet<string> NameSyllables = ["cửa", "toán", "tự", "thị", "tứ"];

    /// <summary>"tư pháp" is a unit, "từ nay" a window: both fold to "tu".</summary>
    private static bool Stops(Message m, int k) =>
        UnitStops.Contains(m.T[k].W) && !(m.T[k].W == "tu" && m.Word(k + 1, "phap")) && !NameSyllables.Contains(m.Typed(k)) ||
        m.T[k].W == "lam" && m.WordIn(k + 1, ["den", "toi", "duoc", "xong", "gi", "the", "sao", "nhung", "bao", "het", "nhieu", "ra"]) ||
        m.At(k, ["hoan", "thanh"]); // "… hoàn thành chưa" (but "phường Hoàn Kiếm" is a name)

    private static string? KnownUnit(Message m, UnderstandingContext ctx)
    {
        if (ctx.Units.Count == 0) return null;
        var words = " " + string.Join(" ", m.T.Where(t => t.IsWord).Select(t => t.Raw)) + " ";
        string? best = null;
        var bestLen = 0;
        foreach (var name in ctx.Units)
        {
            var key = Fold.Key(name);
            if (key.Length > bestLen && words.Contains(" " + key + " ", StringComparison.Ordinal)) (best, bestLen) = (name, key.Length);
        }
        return best;
    }

    internal static string Describe(QuestionKind kind, string? unit, bool own, DocumentRef? doc, DateWindow? window)
    {
        var text = kind switch
        {
            QuestionKind.Overdue => "Việc quá hạn",
            QuestionKind.DueSoon => "Việc đến hạn",
            QuestionKind.Progress => "Tiến độ thực hiện nhiệm vụ",
            _ => "Việc của bạn",
        };
        if (unit is not null) text += $" của {unit}";
        else if (own) text += " của đơn vị bạn";
        if (doc is not null) text += $" theo {doc}";
        if (window is not null)
        {
            // "trong tuần này (…)", "trong 7 ngày tới (…)", but "hôm nay (…)", "từ nay đến cuối tháng (…)".
            var span = new[] { "tuần", "tháng", "quý", "năm" }.Any(w => window.Label.StartsWith(w, StringComparison.Ordinal)) || char.IsDigit(window.Label[0])
                ? $"trong {window.Label}" : window.Label;
            text += kind == QuestionKind.Overdue ? $", hạn {span}" : $" {span}";
        }
        return text;
    }
}
