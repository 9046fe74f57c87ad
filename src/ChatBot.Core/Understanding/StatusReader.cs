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
    /// <summary>"đâu mà chưa xong", "ai bảo chưa xong": a denied "not done" — done, with a plain done beside it; else asked.</summary>
    Rebutted,
}

/// <summary>
/// Stages 3 and 4: negation scope, then the intent rules, over the tokens of one part of a message.
/// Every "done" word is first placed (negated, asked, future, almost, hedged, partial…) and only a plain one
/// may make the reading Done; doubt becomes <see cref="Intent.Unsure"/>, never a guess.
/// </summary>
internal sealed partial class StatusReader
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
    private static readonly Phrases ProgressWords = new(
        "tiep tuc", "moi bat dau", "bat dau", "khan truong", "lam tiep", "dang lam tiep", "sap roi", "gan roi", "dang trong qua trinh");
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
    /// <summary>"đầu tuần xong", "giữa tháng xong": a part of a week or month before a done word is a done to come — unless
    /// "rồi" follows it ("đầu tuần xong rồi ạ" is news).</summary>
    private static readonly Phrases PeriodPartMarkers = new("dau tuan", "giua tuan", "dau thang", "giua thang", "cuoi thang");
    private static readonly Phrases HedgeMarkers = new("nghi la", "chac la", "hinh nhu", "co le", "chua chac", "khong biet", "chac", "nghi");
    /// <summary>"khó quá", "cần hỗ trợ", "xin ý kiến chỉ đạo": a difficulty said softly — ask whether it blocks.</summary>
    private static readonly Phrases AskingForHelp = new(
        "kho qua", "kho lam", "rat kho", "hoi kho", "qua kho", "kho thuc hien", "kho trien khai", "kho hoan thanh", "kho xong", "can ho tro", "de nghi ho tro", "xin ho tro", "nho ho tro",
        "xin y kien", "xin chi dao", "de xuat", "kien nghi", "khong biet lam", "chua biet lam",
        "lam khong noi", "xu ly khong noi", "kham khong noi", "ganh khong noi");
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

    /// <summary>What one part of a message says, cue by cue, each already placed in its scope.</summary>
    private sealed class Cues
    {
        public List<(int At, int Len, DoneMode Mode)> Done { get; } = [];
        public List<(int At, int Len)> Blocked { get; } = [];
        public List<int> Inability { get; } = [];
        public List<int> NegatedKip { get; } = [];
        /// <summary>"không kịp (đâu) anh ơi": a "not in time" with nothing after it in its clause — late, cause unsaid.</summary>
        public List<int> BareKip { get; } = [];
        public List<int> Delays { get; } = [];
        /// <summary>"chưa gửi", "chưa nộp", "chưa làm": not done yet, without a done word.</summary>
        public List<int> NotYet { get; } = [];
        public bool WeakDone { get; set; }
        public int WeakDoneAt { get; set; } = -1;
        public bool Progress { get; set; }
        public bool Ack { get; set; }
        public int Help { get; set; } = -1;
        public int? Percent { get; set; }
    }

    /// <summary>Stage 3: find every cue and decide its scope (negated, asked, future, conditional…).</summary>
    private Cues Scan()
    {
        var c = new Cues();
        for (var i = _from; i < _to; i++)
        {
            if (_used[i] || !T(i).IsWord) continue;
            // "khó hoàn thành", "khó xong": hard to finish is a difficulty, never news of done.
            if (_m.Match(i, DoneWords) is var d and > 0 && !_m.Word(i - 1, "kho"))
            {
                c.Done.Add((i, d, Place(i, d)));
                i += d - 1;
                continue;
            }
            // "kẹt" (stuck) only as typed: folded, it is also "kết" ("kết quả").
            if ((_m.Match(i, BlockedWords) is var b and > 0 ? b : b = _m.Typed(i) == "kẹt" ? 1 : 0) > 0)
            {
                var selfNegating = T(i).W is "khong" or "chua";
                // "có gì vướng em báo", "nếu vướng": a difficulty that may come is not one now.
                if ((selfNegating || !NegatedBefore(i) || LackBefore(i, b)) && !NegatedAfter(i, b) && !AskedAfter(i, b) && !_m.Word(i - 1, "het") && !Conditional(i))
                    c.Blocked.Add((i, b));
                i += b - 1;
                continue;
            }
            if (_m.Match(i, DelayWords) is var late and > 0 && !(T(i).W == "tre" && _m.Word(i + 1, "em")) && !NegatedBefore(i) && !AskedAfter(i, late))
            {
                c.Delays.Add(i);
                i += late - 1;
                continue;
            }
            if (_m.Match(i, DoneWeakWords) is var w and > 0 || SendsResult(i, out w))
            {
                if (!NegatedBefore(i) && !AskedAfter(i, w) && Modal(i) == DoneMode.Plain)
                {
                    // "đã làm được phần lớn, còn 3 hộ chưa ký": part of it.
                    if (RemainingAfter(i) || PartialAfter(i + w) is DoneMode.Partial) c.Progress = true;
                    else
                    {
                        if (!c.WeakDone) c.WeakDoneAt = i;
                        c.WeakDone = true;
                    }
                }
                continue;
            }
            var p = IsDangWork(i) ? 2 : PartDone(i) ? 1 : _m.Match(i, ProgressWords);
            if (p > 0 && !NegatedBefore(i) && !AskedAfter(i, p)) c.Progress = true;
            if (c.Help < 0 && _m.Match(i, AskingForHelp) > 0 && !NegatedBefore(i) && !Conditional(i)) c.Help = i;
            if (_m.Match(i, AckWords) is var a and > 0 && !NegatedBefore(i) && !AskedAfter(i, a)) c.Ack = true;
            if (Words.Negators.Contains(T(i).W))
            {
                if (IsInability(i)) c.Inability.Add(i);
                // "đã xong nhưng chưa kịp gửi": what was late is the sending — done, or not quite (asked below).
                else if (_m.Word(i + 1, "kip") && !HasDoneWithin(i + 2, 3) && !AssertedDoneWithin(i + 2, 8) && !AfterDoneBut(c, i))
                {
                    c.NegatedKip.Add(i);
                    if (KipEnds(i + 2) && !_m.WordIn(i - 1, ["ma", "nhung"])) c.BareKip.Add(i);
                }
                else if (IsNotYet(i)) c.NotYet.Add(i);
            }
        }
        c.Percent = Percent();
        return c;
    }

    /// <summary>Stage 4: the rules, in order; a plain done word is the only way to Done, doubt is asked.</summary>
    private Intent? Decide(out bool onlyIfTargeted)
    {
        onlyIfTargeted = false;
        if (Extension() is { } ext) return ext;

        var c = Scan();
        var percent = c.Percent;
        var under100 = percent is < 100 ? percent : null;
        var plain = c.Done.Where(x => x.Mode == DoneMode.Plain).ToList();
        var negated = c.Done.Where(x => x.Mode == DoneMode.Negated).Select(x => x.At).Concat(c.NegatedKip).Order().ToList();
        var hedgedNegation = c.NegatedKip.Any(k => Modal(k) == DoneMode.Hedged) ||
                             c.Done.Any(x => x.Mode == DoneMode.Negated && Modal(x.At) == DoneMode.Hedged);

        // 1. Blocked: a difficulty said outright, or "not done / cannot / late" with a cause.
        var withCause = negated.Concat(c.Inability).Concat(c.Delays).Concat(c.NotYet.Where(k => !plain.Any(x => x.At < k))).Where(k => ReasonSpan(k, 1, blockedWord: false) is not null).Order().ToList();
        if (c.Blocked.Count > 0 || withCause.Count > 0 && !hedgedNegation)
        {
            var first = Math.Min(c.Blocked.Count > 0 ? c.Blocked[0].At : int.MaxValue, withCause.Count > 0 ? withCause[0] : int.MaxValue);
            var isWord = c.Blocked.Count > 0 && c.Blocked[0].At == first;
            var change = new StatusChange(WorkStatus.Blocked, under100, BlockedReason(first, isWord ? c.Blocked[0].Len : 1, isWord));
            return plain.Count > 0 && c.Blocked.Count > 0 ? Unsure(change, Done) : Status(change);
        }

        // 2. Done, unless something says it is not all done.
        if (plain.Count > 0)
        {
            if (percent is < 100) return Status(InProgress(percent));
            if (negated.Count > 0 || RemainingAfter(plain[0].At)) return Status(InProgress(null));
            // "xong rồi nhưng chưa gửi", "đã xong, đang chờ ký": done, or not quite?
            if (c.Progress || ButNotAfter(plain[0].At) || c.NotYet.Any(k => k > plain[0].At)) return Unsure(Done, InProgress(null));
            // "gần xong rồi …, … xong": almost and done in one reply — which?
            if (c.Done.Any(x => x.Mode is DoneMode.Almost or DoneMode.Future)) return Unsure(InProgress(null), Done);
            return Status(Done);
        }

        // 3. In progress: said so, a percent, or a done word that is partial, almost or to come.
        if (c.Progress || c.Done.Any(x => x.Mode is DoneMode.Partial or DoneMode.Almost or DoneMode.Future) || percent is < 100 && negated.Count == 0)
            return Status(InProgress(under100));
        if (c.Done.Any(x => x.Mode is DoneMode.Hedged or DoneMode.PartialMaybe or DoneMode.Then or DoneMode.Rebutted))
            return Unsure(InProgress(null), Done);

        // 4. Not done (yet), without a cause.
        if (negated.Count > 0 || c.Inability.Count > 0)
        {
            // "không kịp đâu anh, thiếu người quá": won't make it, and why in the next clause — blocked; alone, late for a
            // cause unsaid — ask whether it is blocked.
            if (c.BareKip.Count > 0 && negated.Count == c.BareKip.Count && c.Inability.Count == 0 && !hedgedNegation)
                return KipCause(c.BareKip[0]) is var (a, b) && Trim(a, b) is { } kipWhy ? Status(Blocked(kipWhy)) : Unsure(InProgress(null), Blocked(null));
            if (c.Inability.Count > 0 && negated.Count == 0) return Unsure(Blocked(null), InProgress(null));
            // "không xong được", "ko hoàn thành được": cannot (where "chưa … được" is not yet) — ask whether it is blocked.
            if (!hedgedNegation && c.Done.Any(x => x.Mode == DoneMode.Negated && _m.Word(x.At - 1, "khong") && _m.Word(x.At + x.Len, "duoc") &&
                                                   !_m.WordIn(x.At + x.Len + 1, ["mot", "nua", "phan"]) && !(x.At + x.Len + 1 < _to && T(x.At + x.Len + 1).IsNumber)))
                return Unsure(Blocked(null), InProgress(null));
            if (hedgedNegation) return Unsure(InProgress(null), Blocked(null));
            if (SoftObstacleAfter(negated.Concat(c.Inability).Min()) is { } obstacle) return Unsure(InProgress(null), Blocked(Trim(obstacle, _to)));
            return Status(InProgress(under100));
        }
        // "chậm, thiếu người", "bị trễ, máy tính hỏng": late, and why in the next clause — blocked, with the why.
        if (c.Delays.Count > 0 && c.Help < 0 && KipCause(c.Delays[0]) is var (da, db) && Trim(da, db) is { } lateWhy) return Status(Blocked(lateWhy));
        // "đã làm rồi mà chưa báo cáo": done, or not quite? — as "xong rồi nhưng chưa gửi".
        if (c.WeakDone && c.Help < 0 && c.NotYet.Any(k => k > c.WeakDoneAt && _m.WordIn(k - 1, ["nhung", "ma"]))) return Unsure(Done, InProgress(null));
        // "em chưa gửi hồ sơ", "chưa nộp báo cáo": not sent yet, so not done.
        if (c.NotYet.Count > 0 && c.Help < 0) return Status(InProgress(under100));

        // 5. Weaker news.
        if (percent == 100) return Status(Done);
        if (c.Help >= 0)
        {
            // "khó triển khai vì dân không đồng thuận": a difficulty with its cause is a blocked task.
            if (Difficult(c.Help) && CauseAfter(c.Help) is { } cause && Trim(cause + CauseAt(cause), _to) is { } because)
                return Status(Blocked(because));
            // "khó thực hiện lắm, dân phản đối nhiều": the difficulty and then why — blocked, with the why.
            var why = _m.ClauseEnd(c.Help) is var e && e < _to && CauseAt(c.Help) == 0 ? Trim(e, _to) : null;
            if (why is not null && Difficult(c.Help)) return Status(Blocked(why));
            return Unsure(Blocked(Trim(_from, _to)), InProgress(null));
        }
        if (c.WeakDone) return Unsure(Done, InProgress(null));
        if (c.Ack) return Status(new StatusChange(WorkStatus.Acknowledged));
        // "bị chậm", "trễ rồi anh" answering a task: late, why unsaid — in progress or blocked? Ask (from the ward's side, or
        // with no task in view, it is no news: "việc chậm tiến độ" is then a question).
        if (c.Delays.Count > 0 && c.Help < 0)
        {
            onlyIfTargeted = true;
            return Unsure(InProgress(null), Blocked(null));
        }
        if (OnlyWeakAck() || LeadingAck())
        {
            onlyIfTargeted = true;
            return Status(new StatusChange(WorkStatus.Acknowledged));
        }
        return null;
    }

    private static readonly StatusChange Done = new(WorkStatus.Done);
    private static StatusChange InProgress(int? percent) => new(WorkStatus.InProgress, percent);
    private static StatusChange Blocked(string? reason) => new(WorkStatus.Blocked, null, reason);
    private static Intent.Status Status(StatusChange change) => new([], change);
    private static Intent.Unsure Unsure(params StatusChange[] candidates) => new([], candidates);
}
