using ChatBot.Core.Tasks;

namespace ChatBot.Core.Understanding;

/// <summary>How a "done" word is meant where it stands.</summary>
internal enum DoneMode
{
    /// <summary>"đã xong", "xong rồi", "hoàn thành hôm qua".</summary>
    Plain,
    /// <summary>"chưa xong", "không kịp hoàn thành", "có xong đâu".</summary>
    Negated,
    /// <summary>"xong chưa?", "hoàn thành không?".</summary>
    Question,
    /// <summary>"mai xong", "dự kiến hoàn thành trước 15/7", "khi nào xong".</summary>
    Future,
    /// <summary>"sắp xong", "gần xong", "đang hoàn thành".</summary>
    Almost,
    /// <summary>"em nghĩ là xong rồi", "hình như xong".</summary>
    Hedged,
    /// <summary>"xong 2/3", "hoàn thành một phần", "xong được một nửa".</summary>
    Partial,
    /// <summary>"xong phần khảo sát", "xong phần của em": a part, maybe all the unit had to do.</summary>
    PartialMaybe,
    /// <summary>"làm xong em gửi": "xong" as "and then", or "done, I sent it".</summary>
    Then,
}

/// <summary>
/// Stages 3 and 4: negation scope, then the intent rules, over the tokens of one part of a message.
/// Every "done" word is first placed (negated, asked, future, almost, hedged, partial…) and only a plain one
/// may make the reading Done; doubt becomes <see cref="Intent.Unsure"/>, never a guess.
/// </summary>
internal sealed class StatusReader
{
    private static readonly Phrases DoneWords = new("xong", "hoan thanh", "hoan tat", "done", "finish", "finished", "xong xuoi");
    private static readonly Phrases DoneWeakWords = new(
        "da lam", "lam roi", "da thuc hien", "thuc hien roi", "da trien khai", "trien khai roi", "da gui", "gui roi",
        "da nop", "nop roi", "da bao cao", "bao cao roi", "da xu ly", "xu ly roi", "da giai quyet");
    private static readonly Phrases BlockedWords = new(
        "vuong mac", "vuong", "kho khan", "tro ngai", "truc trac", "tam dung", "tam ngung", "bi ket", "dang ket", "be tac",
        "gap van de", "khong the", "chua the", "ach tac", "bi tac");
    /// <summary>Late or slow: with a cause ("chậm do thiếu người") a difficulty, alone no news.</summary>
    private static readonly Phrases DelayWords = new("cham tien do", "cham tre", "bi cham", "cham", "tre han", "bi tre", "tre", "qua han");
    private static readonly Phrases ProgressWords = new("tiep tuc", "moi bat dau", "bat dau", "khan truong", "lam tiep", "dang lam tiep");
    private static readonly Phrases AckWords = new(
        "da nhan", "nhan duoc", "nhan roi", "tiep nhan", "nam duoc", "da nam", "da ro", "nhan nhiem vu", "nhan viec",
        "nhan van ban", "xin nhan", "em nhan", "toi nhan", "minh nhan", "ro roi");
    private static readonly HashSet<string> WeakAck = ["ok", "vang", "da", "ro", "roi", "em", "nhan"];
    private static readonly Phrases ExtensionWords = new(
        "gia han", "gian han", "lui han", "lui thoi han", "doi han", "doi thoi han", "keo dai thoi han", "keo dai thoi gian",
        "keo dai han", "them thoi gian", "lui sang", "lui den", "lui lai", "lui ngay", "xin hoan", "hoan den", "hoan sang", "hoan toi");

    private static readonly Phrases AlmostMarkers = new("sap", "gan", "suyt", "chuan bi", "dang");
    private static readonly Phrases FutureMarkers = new(
        "se", "du kien", "du tinh", "phan dau", "co gang", "khi nao", "bao gio", "neu", "khi", "hy vong", "hi vong", "mong",
        "mai", "con lai", "tuan sau", "tuan toi", "tuan nay", "cuoi tuan", "thang sau", "thang toi", "co the", "trong tuan",
        "trong thang", "toi nay", "nua", "phai", "can", "thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat");
    private static readonly Phrases HedgeMarkers = new("nghi la", "chac la", "hinh nhu", "co le", "chua chac", "khong biet", "chac", "nghi");
    /// <summary>"khó quá", "cần hỗ trợ", "xin ý kiến chỉ đạo": a difficulty said softly — ask whether it blocks.</summary>
    private static readonly Phrases AskingForHelp = new(
        "kho qua", "kho lam", "rat kho", "hoi kho", "qua kho", "kho thuc hien", "kho trien khai", "kho hoan thanh", "can ho tro", "de nghi ho tro", "xin ho tro", "nho ho tro",
        "xin y kien", "xin chi dao", "de xuat", "kien nghi", "khong biet lam", "chua biet lam");
    private static readonly Phrases SoftObstacles = new("thieu", "chua co", "chua nhan", "khong co", "hong", "chua duoc");
    private static readonly HashSet<string> InabilityVerbs = ["lam", "thuc", "trien", "xu", "tien", "giai", "to", "bat"];
    private static readonly HashSet<string> DoBefore =
    [
        "ben", "viec", "hom", "luc", "cho", "o", "khi", "cai", "phan", "noi", "nhu", "vao", "tu", "sau", "truoc", "den", "toi",
        "ngay", "buoi", "lan", "dip", "vu", "ban", "ho", "nguoi", "chuyen", "thoi", "vay", "the", "tien", "nay", "kia", "ay",
        "dieu", "van", "cua", "tai", "dua", "qua",
    ];

    private readonly Message _m;
    private readonly int _from;
    private readonly int _to;
    private readonly bool[] _used;
    private readonly UnderstandingContext _ctx;

    // Nearest cause / consequence / soft obstacle / "nhưng chưa" at or after (next) and at or before (prev) each token,
    // found in two passes so that every question about them costs O(1): the reader stays linear in the text.
    private readonly int[] _nextCause, _prevCause, _nextConsequence, _prevConsequence, _nextObstacle, _nextButNot, _nextRemaining;

    private StatusReader(Message m, int from, int to, bool[] used, UnderstandingContext ctx)
    {
        (_m, _from, _to, _used, _ctx) = (m, from, to, used, ctx);
        var n = to - from + 1;
        (_nextCause, _prevCause, _nextConsequence, _prevConsequence, _nextObstacle, _nextButNot, _nextRemaining) =
            (new int[n], new int[n], new int[n], new int[n], new int[n], new int[n], new int[n]);
        int cause = -1, consequence = -1;
        for (var i = from; i < to; i++)
        {
            if (CauseAt(i) > 0) cause = i;
            if (ConsequenceAt(i) > 0) consequence = i;
            (_prevCause[i - from], _prevConsequence[i - from]) = (cause, consequence);
        }
        int nc = -1, nq = -1, no = -1, nb = -1, nr = -1;
        _nextCause[n - 1] = _nextConsequence[n - 1] = _nextObstacle[n - 1] = _nextButNot[n - 1] = _nextRemaining[n - 1] = -1;
        for (var i = to - 1; i >= from; i--)
        {
            if (CauseAt(i) > 0) nc = i;
            if (ConsequenceAt(i) > 0) nq = i;
            if (IsSoftObstacle(i)) no = i;
            if (IsButNot(i)) nb = i;
            if (IsRemaining(i)) nr = i;
            (_nextCause[i - from], _nextConsequence[i - from], _nextObstacle[i - from], _nextButNot[i - from], _nextRemaining[i - from]) = (nc, nq, no, nb, nr);
        }
    }

    private static int? At(int[] table, int from, int i) =>
        i - from < 0 || i - from >= table.Length ? null : table[i - from] is var v && v >= 0 ? v : null;

    /// <summary>The reading of tokens [from, to): a status, an extension or an unsure choice with no tasks yet,
    /// or null. <paramref name="onlyIfTargeted"/> is set for a bare "ok"/"vâng", which means "received" only in answer to a task.</summary>
    public static Intent? Read(Message m, int from, int to, bool[] used, UnderstandingContext ctx, out bool onlyIfTargeted)
    {
        var r = new StatusReader(m, from, to, used, ctx);
        return r.Decide(out onlyIfTargeted);
    }

    private Tok T(int i) => _m.T[i];
    private bool InRange(int i) => i >= _from && i < _to;

    private Intent? Decide(out bool onlyIfTargeted)
    {
        onlyIfTargeted = false;
        if (Extension() is { } ext) return ext;

        var done = new List<(int At, int Len, DoneMode Mode)>();
        var weakDone = false;
        var progress = false;
        var blocked = new List<(int At, int Len)>();
        var inability = new List<int>();
        var negatedKip = new List<int>();
        var ack = false;
        var help = -1;
        var delays = new List<int>();
        for (var i = _from; i < _to; i++)
        {
            if (_used[i] || !T(i).IsWord) continue;
            if (_m.Match(i, DoneWords) is var d and > 0)
            {
                done.Add((i, d, Place(i, d)));
                i += d - 1;
                continue;
            }
            if (_m.Match(i, BlockedWords) is var b and > 0)
            {
                var selfNegating = T(i).W is "khong" or "chua";
                // "có gì vướng em báo", "nếu vướng": a difficulty that may come is not one now.
                if ((selfNegating || !NegatedBefore(i)) && !NegatedAfter(i, b) && !AskedAfter(i, b) && !_m.Word(i - 1, "het") && !Conditional(i))
                    blocked.Add((i, b));
                i += b - 1;
                continue;
            }
            if (_m.Match(i, DelayWords) is var late and > 0 && !(T(i).W == "tre" && _m.Word(i + 1, "em")) && !NegatedBefore(i) && !AskedAfter(i, late))
            {
                delays.Add(i);
                i += late - 1;
                continue;
            }
            if (_m.Match(i, DoneWeakWords) is var w and > 0 || SendsResult(i, out w))
            {
                if (!NegatedBefore(i) && !AskedAfter(i, w) && Modal(i) == DoneMode.Plain)
                {
                    // "đã làm được phần lớn, còn 3 hộ chưa ký": part of it.
                    if (RemainingAfter(i) || PartialAfter(i + w) is DoneMode.Partial || _m.At(i + w, ["duoc", "phan", "lon"])) progress = true;
                    else weakDone = true;
                }
                continue;
            }
            var p = IsDangWork(i) ? 2 : _m.Match(i, ProgressWords);
            if (p > 0 && !NegatedBefore(i) && !AskedAfter(i, p)) progress = true;
            if (help < 0 && _m.Match(i, AskingForHelp) > 0 && !NegatedBefore(i) && !Conditional(i)) help = i;
            if (_m.Match(i, AckWords) is var a and > 0 && !NegatedBefore(i) && !AskedAfter(i, a)) ack = true;
            if (Words.Negators.Contains(T(i).W))
            {
                if (IsInability(i)) inability.Add(i);
                else if (_m.Word(i + 1, "kip") && !HasDoneWithin(i + 2, 3)) negatedKip.Add(i);
            }
        }
        var percent = Percent();

        var plain = done.Where(x => x.Mode == DoneMode.Plain).ToList();
        var negated = done.Where(x => x.Mode == DoneMode.Negated).Select(x => x.At).Concat(negatedKip).Order().ToList();
        var hedgedNegation = negatedKip.Any(k => Modal(k) == DoneMode.Hedged) || done.Any(x => x.Mode == DoneMode.Negated && Modal(x.At) == DoneMode.Hedged);

        // Blocked: a difficulty said outright, or "not done / cannot" with a cause.
        var causeCue = negated.Concat(inability).Concat(delays).Where(k => ReasonSpan(k, 1, blockedWord: false) is not null).Order().ToList();
        if (blocked.Count > 0 || causeCue.Count > 0 && !hedgedNegation)
        {
            var first = new[] { blocked.Count > 0 ? blocked[0].At : int.MaxValue, causeCue.Count > 0 ? causeCue[0] : int.MaxValue }.Min();
            var len = blocked.Count > 0 && blocked[0].At == first ? blocked[0].Len : 1;
            var reason = BlockedReason(first, len, blockedWord: blocked.Any(x => x.At == first));
            var change = new StatusChange(WorkStatus.Blocked, percent is < 100 ? percent : null, reason);
            if (plain.Count > 0 && blocked.Count > 0)
                return Unsure(change, new StatusChange(WorkStatus.Done));
            return new Intent.Status([], change);
        }

        if (plain.Count > 0)
        {
            if (percent is < 100) return Progress(percent);
            if (negated.Count > 0 || RemainingAfter(plain[0].At)) return Progress(null);
            // "xong rồi nhưng chưa gửi", "đã xong, đang chờ ký": done, or not quite?
            if (progress || ButNotAfter(plain[0].At)) return Unsure(new StatusChange(WorkStatus.Done), Progress(null).Change);
            return new Intent.Status([], new StatusChange(WorkStatus.Done));
        }

        var partialOrSoon = done.Any(x => x.Mode is DoneMode.Partial or DoneMode.Almost or DoneMode.Future);
        if (progress || partialOrSoon || percent is < 100 && negated.Count == 0)
            return Progress(percent is < 100 ? percent : null);
        if (done.Any(x => x.Mode is DoneMode.Hedged or DoneMode.PartialMaybe or DoneMode.Then))
            return Unsure(Progress(null).Change, new StatusChange(WorkStatus.Done));

        if (negated.Count > 0 || inability.Count > 0)
        {
            var at = negated.Concat(inability).Min();
            if (inability.Count > 0 && negated.Count == 0)
                return Unsure(new StatusChange(WorkStatus.Blocked), Progress(null).Change);
            if (hedgedNegation)
                return Unsure(Progress(null).Change, new StatusChange(WorkStatus.Blocked));
            if (SoftObstacleAfter(at) is { } obstacle)
                return Unsure(Progress(null).Change, new StatusChange(WorkStatus.Blocked, null, Trim(obstacle, _to)));
            return Progress(percent is < 100 ? percent : null);
        }
        if (percent == 100) return new Intent.Status([], new StatusChange(WorkStatus.Done));
        if (help >= 0)
        {
            // "khó thực hiện lắm, dân phản đối nhiều": the difficulty and then why — blocked, with the why.
            var why = _m.ClauseEnd(help) is var e && e < _to && CauseAt(help) == 0 ? Trim(e, _to) : null;
            if (why is not null && Difficult(help)) return new Intent.Status([], new StatusChange(WorkStatus.Blocked, null, why));
            return Unsure(new StatusChange(WorkStatus.Blocked, null, Trim(_from, _to)), Progress(null).Change);
        }
        if (weakDone) return Unsure(new StatusChange(WorkStatus.Done), Progress(null).Change);
        if (ack) return new Intent.Status([], new StatusChange(WorkStatus.Acknowledged));
        if (OnlyWeakAck() || LeadingAck())
        {
            onlyIfTargeted = true;
            return new Intent.Status([], new StatusChange(WorkStatus.Acknowledged));
        }
        return null;
    }

    private static Intent.Status Progress(int? percent) => new([], new StatusChange(WorkStatus.InProgress, percent));

    private static Intent.Unsure Unsure(params StatusChange[] candidates) => new([], candidates);

    // ---- negation scope -------------------------------------------------------------------------------------

    /// <summary>A negator up to four words before i in the same clause: "chưa xong", "không kịp hoàn thành",
    /// "chưa hẳn xong", "đâu có xong", "đâu mà xong"; "đã" or "nhưng" in between ends its reach.</summary>
    private bool NegatedBefore(int i)
    {
        for (int k = i - 1, steps = 0; k >= _from && steps < 4; k--, steps++)
        {
            var t = T(k);
            if (!t.IsWord) return false;
            if (t.W == "ma" && _m.Word(k - 1, "dau")) return true;
            if (Words.NegationStops.Contains(t.W)) return false;
            if (Words.Negators.Contains(t.W)) return true;
            if (t.W == "dau" && !_m.Word(k - 1, "bat") && !_m.Word(k - 1, "ban")) return true;
            if (t.W == "phai" && _m.Word(k - 1, "khong")) return true;
        }
        return false;
    }

    /// <summary>"xong đâu", "có xong gì đâu": a trailing "đâu" denies (but not "đầu tháng").</summary>
    private bool NegatedAfter(int i, int len)
    {
        for (var k = i + len; k < Math.Min(_to, i + len + 3); k++)
        {
            if (!T(k).IsWord) return false;
            if (T(k).W == "dau" && !_m.WordIn(k + 1, TimeNouns)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> TimeNouns = ["thang", "tuan", "nam", "quy", "tien", "ky", "gio", "ngay"];

    /// <summary>"xong chưa (em)?", "hoàn thành không ạ", "có vướng gì không", "xong?": a question, not news.</summary>
    private bool AskedAfter(int i, int len)
    {
        var k = i + len;
        for (var skipped = 0; skipped < 3 && k < _to && T(k).IsWord && T(k).W is "het" or "roi" or "gi" or "nao" or "ca" or "hay" or "mac"; skipped++) k++;
        if (k < _to && T(k).IsPunct('?')) return true;
        if (k >= _to || !T(k).IsWord || T(k).W is not ("chua" or "khong")) return false;
        for (k++; k < _to; k++)
        {
            if (T(k).IsPunct('?')) return true;
            if (T(k).IsBoundary) return true;
            if (!T(k).IsWord || !Words.Particles.Contains(T(k).W) && !Words.Vocatives.Contains(T(k).W)) return false;
        }
        return true;
    }

    /// <summary>Where a plain-looking "done" word stands: negated, asked, future, almost, hedged, partial, "then".</summary>
    private DoneMode Place(int i, int len)
    {
        if (NegatedBefore(i) || NegatedAfter(i, len)) return DoneMode.Negated;
        if (AskedAfter(i, len)) return DoneMode.Question;
        // "xong chưa được", "hoàn thành không kịp": a negator right after the done word — doubtful, ask.
        var next = _m.Word(i + len, "het") ? i + len + 1 : i + len;
        if (_m.WordIn(next, Words.Negators)) return DoneMode.Hedged;
        var modal = Modal(i);
        if (modal != DoneMode.Plain) return modal;
        var asserted = AssertedBefore(i);
        var then = i + len;
        if (!asserted && FutureAfter(then)) return DoneMode.Future;
        if (PartialAfter(then) is { } partial) return partial;
        if (!asserted && !_m.Word(then, "roi") && !_m.Word(then, "het") &&
            (_m.WordIn(then, Words.Pronouns) && then + 1 < _to && T(then + 1).IsWord && !Words.Particles.Contains(T(then + 1).W) && !Words.Vocatives.Contains(T(then + 1).W) && T(then + 1).W != "roi"
             || _m.Word(then, "thi")))
            return DoneMode.Then;
        return DoneMode.Plain;
    }

    /// <summary>Almost, future or hedge markers before i in its clause, unless "đã" comes between.</summary>
    private DoneMode Modal(int i)
    {
        var start = Math.Max(_from, _m.ClauseStart(i) + 1);
        var reach = Math.Max(start, i - 6);
        for (var k = i - 1; k >= reach; k--)
        {
            if (!T(k).IsWord) continue;
            if (T(k).W == "da" || T(k).W == "nhung") return DoneMode.Plain;
            if (k == i - 1 || k == i - 2)
                if (_m.Match(k, AlmostMarkers) > 0 && !(T(k).W == "dang" && k != i - 1)) return DoneMode.Almost;
            if (_m.Match(k, HedgeMarkers) is > 0 && !_m.Word(k + 1, "chan")) return DoneMode.Hedged;
            if (_m.Match(k, FutureMarkers) is > 0) return DoneMode.Future;
            if (T(k).W == "thu" && k + 1 < _to && T(k + 1).IsNumber) return DoneMode.Future;
            if (T(k).W == "chieu" && !_m.Word(k + 1, "qua")) return DoneMode.Future;
        }
        return DoneMode.Plain;
    }

    /// <summary>"nếu vướng", "khi có khó khăn", "có gì vướng": a condition, not news.</summary>
    private bool Conditional(int i)
    {
        var start = Math.Max(Math.Max(_from, _m.ClauseStart(i) + 1), i - 6);
        for (var k = i - 1; k >= start; k--)
            if (_m.WordIn(k, ["neu", "khi"]) || _m.At(k, ["co", "gi"])) return true;
        return false;
    }

    private bool AssertedBefore(int i)
    {
        var start = Math.Max(Math.Max(_from, _m.ClauseStart(i) + 1), i - 8);
        for (var k = i - 1; k >= start; k--)
            if (_m.Word(k, "da") || _m.Word(k, "vua")) return true;
        return false;
    }

    /// <summary>"xong trong tuần này", "hoàn thành vào thứ 6", "hoàn thành trước 15/7" (but not "trước hạn").</summary>
    private bool FutureAfter(int k)
    {
        for (var j = k; j < Math.Min(_to, k + 3); j++)
        {
            if (T(j).IsBoundary) return false;
            if (_m.Word(j, "trong") && _m.WordIn(j + 1, ["tuan", "thang", "ngay", "hom", "sang", "chieu"])) return true;
            if (_m.Word(j, "vao") && (_m.WordIn(j + 1, ["thu", "ngay", "cuoi", "dau", "sang", "chieu", "toi", "tuan"]) || j + 1 < _to && T(j + 1).IsNumber)) return true;
            if (_m.Word(j, "truoc") && (_m.WordIn(j + 1, ["ngay", "thu", "cuoi", "tuan", "thang"]) || j + 1 < _to && T(j + 1).IsNumber)) return true;
            if (_m.At(j, ["ngay", "mai"]) || _m.At(j, ["tuan", "sau"]) || _m.At(j, ["tuan", "toi"])) return true;
        }
        return false;
    }

    /// <summary>"2/3", "một phần", "một nửa", "phần lớn" after the done word: a part; "phần khảo sát": maybe a part.</summary>
    private DoneMode? PartialAfter(int k)
    {
        for (var j = k; j < Math.Min(_to, k + 3); j++)
        {
            if (T(j).IsBoundary) return null;
            if (T(j).IsNumber && _m.Glued(j) && _m.IsPunct(j + 1, '/') && _m.Glued(j + 1) && j + 2 < _to && T(j + 2).IsNumber && T(j).Value < T(j + 2).Value)
                return DoneMode.Partial;
            if (_m.At(j, ["mot", "phan"]) || _m.At(j, ["mot", "nua"]) || _m.At(j, ["phan", "lon"]) || _m.At(j, ["phan", "nao"])) return DoneMode.Partial;
            if (_m.Word(j, "phan") && !_m.Word(j + 1, "viec") && !_m.Word(j + 1, "tram")) return DoneMode.PartialMaybe;
            if (_m.Word(j, "buoc") || _m.At(j, ["giai", "doan"])) return DoneMode.PartialMaybe;
        }
        return null;
    }

    private bool HasDoneWithin(int from, int n)
    {
        for (var k = from; k < Math.Min(_to, from + n); k++)
            if (_m.Match(k, DoneWords) > 0) return true;
        return false;
    }

    /// <summary>"đang làm", "đang triển khai", "đang chờ": "đang" with a verb of the work (not "đang họp", "đang đi").</summary>
    private bool IsDangWork(int i) =>
        T(i).W == "dang" && i + 1 < _to && T(i + 1).IsWord && Words.WorkVerbs.Contains(T(i + 1).W) && !_m.Word(i + 1, "ky") && !_m.Word(i + 1, "tai");

    /// <summary>"chưa làm được", "không thực hiện được", "chưa triển khai được": cannot, as opposed to "chưa xong" (not yet).</summary>
    private bool IsInability(int n)
    {
        if (_m.Word(n + 1, "the")) return false; // "không thể" is a difficulty word of its own
        var end = _m.ClauseEnd(n);
        var sawVerb = false;
        for (var k = n + 1; k < Math.Min(end, n + 6); k++)
        {
            if (_m.Match(k, DoneWords) > 0) return false;
            if (T(k).IsWord && InabilityVerbs.Contains(T(k).W)) sawVerb = true;
            else if (sawVerb && _m.Word(k, "duoc")) return true;
        }
        return false;
    }

    // ---- percent ---------------------------------------------------------------------------------------------

    /// <summary>"60%", "60 %", "50 phần trăm", "được một nửa"; a denied one ("chưa được 50%") does not count.</summary>
    private int? Percent()
    {
        for (var i = _from; i < _to; i++)
        {
            if (_used[i]) continue;
            if (T(i).IsNumber && T(i).Value is >= 0 and <= 100 && (_m.IsPunct(i + 1, '%') || _m.At(i + 1, ["phan", "tram"])) && !NegatedBefore(i))
                return T(i).Value;
            // "được một nửa", "làm được nửa": half ("nửa" and "nữa" fold alike; "được nữa" after a negator is "any more").
            var half = _m.At(i, ["mot", "nua"]) ? 1 : _m.Word(i, "nua") ? 0 : -1;
            if (half >= 0 && _m.WordIn(i - 1, ["duoc", "dat", "xong"]) && !NegatedBefore(i - 1)) return 50;
        }
        return null;
    }

    // ---- reasons ---------------------------------------------------------------------------------------------

    /// <summary>"vì", "do", "bởi vì", "tại vì", "lý do", "nguyên nhân" at k: the marker's length, or 0.</summary>
    private int CauseAt(int k)
    {
        if (!InRange(k) || !T(k).IsWord) return 0;
        if (_m.At(k, ["ly", "do"]) || _m.At(k, ["nguyen", "nhan"]) || _m.At(k, ["boi", "vi"]) || _m.At(k, ["tai", "vi"])) return 2;
        if (T(k).W == "vi" && !_m.WordIn(k + 1, ["pham", "tri", "the", "vay", "sao", "du"]) && !_m.Word(k - 1, "don")) return 1;
        if (T(k).W == "boi") return 1;
        if (T(k).W == "do" && !_m.WordIn(k - 1, DoBefore) && !_m.WordIn(k + 1, ["thi", "do", "vay"]) &&
            !(_m.Word(k + 1, "dang") && _m.WordIn(k - 1, ["con", "lam", "dang", "bi", "van", "viec"])) && k + 1 < _to &&
            T(k + 1).IsWord && !Words.Particles.Contains(T(k + 1).W))
            return 1;
        return 0;
    }

    private int ConsequenceAt(int k) =>
        !InRange(k) || !T(k).IsWord ? 0
        : _m.At(k, ["vi", "vay"]) || _m.At(k, ["vi", "the"]) || _m.At(k, ["cho", "nen"]) || _m.At(k, ["do", "do"]) || _m.At(k, ["do", "vay"]) ? 2
        : T(k).W == "nen" ? 1 : 0;

    private int? CauseAfter(int k) => At(_nextCause, _from, k + 1);
    private int? ConsequenceAfter(int k) => At(_nextConsequence, _from, k + 1);

    /// <summary>The reason of a blocked reading whose first cue is at <paramref name="cue"/>, as written, trimmed:
    /// after a cause word ("vì", "do", "lý do:"), before a consequence ("thiếu người nên chưa làm được"),
    /// or, for a difficulty word, what follows it ("vướng: chưa có kinh phí").</summary>
    private string? BlockedReason(int cue, int len, bool blockedWord) =>
        ReasonSpan(cue, len, blockedWord) is var (a, b) ? Trim(a, b) : null;

    /// <summary>Where the reason of <see cref="BlockedReason"/> lies, in O(1).</summary>
    private (int From, int To)? ReasonSpan(int cue, int len, bool blockedWord)
    {
        if (CauseAfter(cue) is { } c) return (c + CauseAt(c), _to);
        if (blockedWord && ConsequenceAfter(cue) is { } after) return (cue + len, after);
        var consequence = At(_prevConsequence, _from, cue - 1);
        var cause = At(_prevCause, _from, cue - 1);
        if (consequence is { } k && (cause is null || cause < k))
            return At(_prevCause, _from, k - 1) is { } c0 ? (c0 + CauseAt(c0), k) : (_from, k);
        if (cause is { } k0) return (k0 + CauseAt(k0), CauseClauseEnd(k0, cue));
        return blockedWord ? (cue + len, _to) : null;
    }

    /// <summary>A cause said before the news ends at its clause, at "nên", or at the news itself.</summary>
    private int CauseClauseEnd(int cause, int cue) =>
        Math.Min(Math.Min(_m.ClauseEnd(cause), cue), ConsequenceAfter(cause) ?? int.MaxValue);

    private bool IsSoftObstacle(int j) =>
        _m.Match(j, SoftObstacles) > 0 && !_m.Word(j - 1, "khong") && !(_m.Word(j, "khong") && _m.Word(j + 1, "co") && _m.Word(j + 2, "gi"));

    private int? SoftObstacleAfter(int k) => At(_nextObstacle, _from, k + 1) is { } j ? (_m.Word(j - 1, "con") ? j - 1 : j) : null;

    private static readonly HashSet<string> LeadSkip = ["a", "la", "ve", "o", "qua", "oi", "nhe", "nha", "thi", "vi", "lam"];
    private static readonly HashSet<string> ObjectTakers = ["cua", "voi", "cho", "gui", "bao", "hoi", "xin", "giup", "nho"];

    /// <summary>The original text of [a, b) without leading connectives and trailing particles ("ạ", "anh ạ", "nhé").</summary>
    internal string? Trim(int a, int b)
    {
        while (a < b)
        {
            if (_used[a] || !T(a).IsWord && !T(a).IsNumber) a++;
            else if (T(a).IsWord && LeadSkip.Contains(T(a).W) && !(T(a).W == "lam" && a > _from)) a++;
            else if (T(a).IsWord && Words.Vocatives.Contains(T(a).W) && (_m.Word(a + 1, "oi") || _m.Word(a + 1, "a"))) a += 2;
            else break;
        }
        while (b > a)
        {
            var t = T(b - 1);
            if (!t.IsWord && !t.IsNumber) { b--; continue; }
            if (t.IsWord && Words.Particles.Contains(t.W))
            {
                b--;
                if (b > a && T(b - 1).IsWord && Words.Vocatives.Contains(T(b - 1).W) && !(b - 2 >= a && _m.WordIn(b - 2, ObjectTakers))) b--;
                continue;
            }
            break;
        }
        return a < b ? _m.Slice(a, b) : null;
    }

    // ---- acknowledgements ------------------------------------------------------------------------------------

    /// <summary>"ok", "vâng ạ", "dạ", "rõ ạ", "👍": only these words and particles.</summary>
    private bool OnlyWeakAck()
    {
        var any = false;
        for (var i = _from; i < _to; i++)
        {
            if (_used[i] || !T(i).IsWord && !T(i).IsNumber) continue;
            if (!T(i).IsWord) return false;
            if (WeakAck.Contains(T(i).W)) { any |= T(i).W is not ("em" or "roi"); continue; }
            if (Words.Particles.Contains(T(i).W) || Words.Vocatives.Contains(T(i).W)) continue;
            return false;
        }
        return any;
    }

    /// <summary>"ok anh, em làm ngay", "vâng, em triển khai luôn": an acknowledgement opening an otherwise newsless reply.</summary>
    private bool LeadingAck()
    {
        for (var i = _from; i < _to; i++)
        {
            if (Words.Negators.Contains(T(i).W)) return false;
            if (_used[i] || !T(i).IsWord || T(i).W == "da" || Words.Particles.Contains(T(i).W) || Words.Vocatives.Contains(T(i).W)) continue;
            if (T(i).W is not ("ok" or "vang" or "ro")) return false;
            for (var k = i + 1; k < _to; k++)
                if (Words.Negators.Contains(T(k).W)) return false;
            return true;
        }
        return false;
    }

    /// <summary>"khó quá", "khó thực hiện lắm" (not a call for help).</summary>
    private bool Difficult(int i) => T(i).W is "kho" or "rat" or "hoi" or "qua";

    /// <summary>"nhưng chưa gửi", "mà chưa ai ký", "còn chờ ký" after a done word: done, or not quite?</summary>
    private bool ButNotAfter(int k) => At(_nextButNot, _from, k + 1) is not null;

    private bool IsButNot(int i)
    {
        if (_m.Word(i, "con") && _m.WordIn(i + 1, ["cho", "doi", "thieu", "phai", "vuong"])) return true;
        if (!_m.Word(i, "nhung") && !(_m.Word(i, "ma") && !_m.Word(i - 1, "dau"))) return false;
        for (var k = i + 1; k < Math.Min(_to, i + 7) && !T(k).IsBoundary; k++)
            if (_m.WordIn(k, Words.Negators)) return true;
        return false;
    }

    /// <summary>"còn 2 cơ sở chưa kiểm tra", "còn lại tuần sau", "còn một số hộ": part of the work is left.</summary>
    private bool RemainingAfter(int k) => At(_nextRemaining, _from, k + 1) is not null;

    private bool IsRemaining(int i)
    {
        if (!_m.Word(i, "con")) return false;
        if (i + 1 < _to && T(i + 1).IsNumber || _m.WordIn(i + 1, ["lai", "vai", "may"]) || _m.At(i + 1, ["mot", "so"]) || _m.At(i + 1, ["mot", "it"])) return true;
        for (var k = i + 1; k < Math.Min(_to, i + 6) && !T(k).IsBoundary; k++)
            if (_m.WordIn(k, Words.Negators)) return true;
        return false;
    }

    /// <summary>"em gửi (anh) kết quả", "nộp báo cáo": sending the result, which is often the whole task.</summary>
    private bool SendsResult(int i, out int len)
    {
        len = 0;
        // The writer sends ("em gửi anh kết quả"), not asks to be sent ("anh gửi lại file giúp em").
        if (T(i).W is not ("gui" or "nop") || _m.WordIn(i - 1, Words.Vocatives) && !_m.WordIn(i - 1, Words.Pronouns) || _m.WordIn(i + 1, ["lai", "giup", "gium"])) return false;
        for (var k = i + 1; k < Math.Min(_to, i + 4); k++)
            if (_m.At(k, ["ket", "qua"]) || _m.At(k, ["bao", "cao"]) || _m.At(k, ["ho", "so"]) || _m.Word(k, "file") || _m.At(k, ["san", "pham"]))
            {
                len = 1;
                return true;
            }
        return false;
    }

    // ---- extensions ------------------------------------------------------------------------------------------

    private Intent.Extension? Extension()
    {
        for (var i = _from; i < _to; i++)
        {
            if (_used[i] || !T(i).IsWord) continue;
            var len = _m.Match(i, ExtensionWords);
            if (len == 0 && T(i).W == "them" && AskingBefore(i) && DurationAt(i + 1)) len = 1;
            if (len == 0 && T(i).W == "lui" && DurationAt(i + 1)) len = 1;
            if (len == 0) continue;
            if (NegatedBefore(i) || _m.Word(i - 1, "duoc") && !AskingBefore(i)) { i += len - 1; continue; }
            var date = DateReader.Find(_m, i + len, _to, _used, _ctx) ?? DateReader.Find(_m, _from, i, _used, _ctx);
            return new Intent.Extension([], date?.When, ExtensionReason(i, len, date));
        }
        return null;
    }

    /// <summary>"xin", "cho (em)", "đề nghị" shortly before: a request, not news ("đã được gia hạn").</summary>
    private bool AskingBefore(int i)
    {
        for (var k = i - 1; k >= Math.Max(_from, i - 4); k--)
            if (_m.Word(k, "xin") || _m.Word(k, "cho") || _m.At(k, ["de", "nghi"])) return true;
        return false;
    }

    private bool DurationAt(int i) => NumberWords.At(_m, i) is > 0 && _m.WordIn(i + 1, ["ngay", "tuan", "thang", "hom"]);

    private static readonly HashSet<string> RequestFiller =
        ["duoc", "khong", "a", "nhe", "nha", "oi", "anh", "chi", "em", "cam", "on", "xin", "phep", "voi", "nhu", "vay", "the", "khong", "ha", "ah", "nhi", "nao", "a", "ko", "giup", "lam", "on"];

    /// <summary>"vì …", "do …", "lý do: …" after the request or just before it; else the words after the date ("20/7 chờ kinh phí").</summary>
    private string? ExtensionReason(int cue, int len, FoundDate? date)
    {
        if (CauseAfter(cue) is { } c) return Trim(c + CauseAt(c), _to);
        if (At(_prevCause, _from, cue - 1) is { } before)
            return Trim(before + CauseAt(before), CauseClauseEnd(before, cue));
        if (date is null || date.To <= cue) return null;
        var text = Trim(date.To, _to);
        if (text is null) return null;
        for (var k = date.To; k < _to; k++)
            if (T(k).IsWord && !RequestFiller.Contains(T(k).W) && !Words.Particles.Contains(T(k).W)) return text;
        return null;
    }
}
