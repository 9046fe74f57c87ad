namespace ChatBot.Core.Understanding;

/// <summary>Reasons, as the writer wrote them: after a cause ("vì", "do", "lý do:"), before a consequence
/// ("thiếu người nên…"), or after a difficulty word ("vướng: chưa có kinh phí"); and what follows a done word
/// ("nhưng chưa gửi", "còn 2 hộ chưa ký").</summary>
internal sealed partial class StatusReader
{
    /// <summary>"vì", "do", "bởi vì", "tại vì", "lý do", "nguyên nhân" at k: the marker's length, or 0.</summary>
    private int CauseAt(int k)
    {
        if (!InRange(k) || !T(k).IsWord) return 0;
        if (ConsequenceAt(k - 1) == 2) return 0; // "đó" of "do đó", "vậy" of "vì vậy": the consequence's second word
        if (_m.At(k, ["ly", "do"]) || _m.At(k, ["nguyen", "nhan"]) || _m.At(k, ["boi", "vi"]) || _m.At(k, ["tai", "vi"])) return 2;
        // "vì" unless it starts "vi phạm", "vị trí", "vì thế"…; "vì phạm vi rộng" is the cause "phạm vi rộng".
        if (T(k).W == "vi" && !(_m.WordIn(k + 1, ["pham", "tri", "the", "vay", "sao", "du"]) && !(_m.Word(k + 1, "pham") && _m.Word(k + 2, "vi")))
            && !_m.Word(k - 1, "don")) return 1;
        if (T(k).W == "boi") return 1;
        // "chưa xong, tại phường chưa duyệt": "tại" opening a clause that says what is missing or not done is a cause.
        if (T(k).W == "tai" && TaiIsCause(k)) return 1;
        // "dở dang" after "còn", "làm", "đang", "bị" ("vẫn", "việc" are in DoBefore).
        // After "ngày", "việc", "hôm" … a "do" is "đó" (that) — unless the writer types marks and wrote "do" without its "đ"
        // after a time noun or "việc": "xin thêm 5 ngày do thiếu người", "5 ngày làm việc do khối lượng lớn" give a cause.
        if (T(k).W == "do" && !(_m.WordIn(k - 1, DoBefore) && !(_m.Typed(k) == "do" && _m.Marked(k - 1) && _m.WordIn(k - 1, ThatNouns))) && !_m.WordIn(k + 1, ["thi", "do", "vay"]) &&
            !(_m.Word(k + 1, "dang") && _m.WordIn(k - 1, ["con", "lam", "dang", "bi"])) && k + 1 < _to &&
            // "do 3 hộ chưa đồng ý": a count may open the cause; "máy đo nên …": "đo" (measure), never "do" before "nên".
            (T(k + 1).IsWord && !Words.Particles.Contains(T(k + 1).W) || T(k + 1).IsNumber) && !AgentDo(k) &&
            _m.Typed(k) != "đo" && ConsequenceAt(k + 1) == 0)
            return 1;
        return 0;
    }

    /// <summary>"tại" (typed so, or without tones) after a comma, a particle or a vocative, with a negator or a soft obstacle
    /// ("thiếu", "chưa có") later in its clause: "because" — not "tại phường" (at the ward), not "tài" ("tài nguyên").</summary>
    private bool TaiIsCause(int k)
    {
        if (_m.Typed(k) != "tại" && !_m.Toneless(k)) return false;
        // "chưa xong tại máy tính bị hư", "tại mất điện", "tại mạng lỗi": a breakdown said just after "tại" is a cause wherever it stands.
        if (BreakdownWithin(k + 1, 4)) return true;
        if (!(k == _from || !T(k - 1).IsWord || Words.Particles.Contains(T(k - 1).W) || Words.Vocatives.Contains(T(k - 1).W))) return false;
        for (var j = k + 1; j < Math.Min(_m.ClauseEnd(k), k + 8) && j < _to; j++)
            if (Words.Negators.Contains(T(j).W) || _m.Match(j, SoftObstacles) > 0) return true;
        return false;
    }

    /// <summary>After "kịp" at k, nothing but particles, vocatives, a trailing "đâu", "hạn" or "rồi" in its clause.</summary>
    private bool KipEnds(int k)
    {
        for (; k < _to && !T(k).IsBoundary; k++)
            if (T(k).IsNumber || T(k).IsWord && !Filler(k) && !Words.Vocatives.Contains(T(k).W) && T(k).W is not ("dau" or "han" or "qua" or "thoi"))
                return false;
        return true;
    }

    /// <summary>The clause after a bare "không kịp" at k when it says what is missing or not done ("thiếu người quá",
    /// "dân chưa đồng ý", "máy hỏng"): its span without a trailing "quá"/"lắm"; else null.</summary>
    private (int From, int To)? KipCause(int k)
    {
        var a = _m.ClauseEnd(k) + 1;
        if (a >= _to) return null;
        var b = Math.Min(_m.ClauseEnd(a), _to);
        var says = false;
        for (var j = a; j < b && !says; j++)
            says = IsSoftObstacle(j) || Words.Negators.Contains(T(j).W) && !_m.Word(j + 1, "kip") || BreakdownWithin(j, 1);
        if (!says) return null;
        var e = b;
        while (e > a && (!T(e - 1).IsWord && !T(e - 1).IsNumber || Filler(e - 1) || Words.Vocatives.Contains(T(e - 1).W))) e--;
        if (e > a && _m.Typed(e - 1) is "quá" or "lắm" or "qua" or "lam") e--;
        return (a, e);
    }

    /// <summary>A machine, the power or the network out of order: "bị hư", "hỏng", "mất điện", "cúp điện", "lỗi", "sự cố".</summary>
    private static readonly Phrases Breakdowns = new("hu", "bi hu", "hong", "bi hong", "mat dien", "cup dien", "mat mang", "rot mang", "loi", "bi loi", "su co", "truc trac");

    /// <summary>A breakdown in the n words from k, in k's clause; "hư"/"hỏng" typed with their marks or without any
    /// ("hổng", Southern "không", is no breakdown).</summary>
    private bool BreakdownWithin(int k, int n)
    {
        for (var j = k; j < Math.Min(_to, k + n) && !T(j).IsBoundary; j++)
            if (_m.Match(j, Breakdowns) > 0 && !(T(j).W == "hong" && _m.Typed(j) is not ("hỏng" or "hong")) && !(T(j).W == "hu" && _m.Typed(j) is not ("hư" or "hu")) &&
                !(T(j).W == "loi" && _m.Typed(j) is not ("lỗi" or "loi")))
                return true;
        return false;
    }

    /// <summary>Nouns after which a toneless "do" reads "đó" ("ngày đó", "việc đó"), but a plain "do" typed among marked words
    /// reads "because".</summary>
    private static readonly HashSet<string> ThatNouns = ["ngay", "viec", "hom", "luc", "buoi", "lan", "dip", "thoi", "tuan", "thang"];

    private static readonly Phrases AgentVerbs = new(
        "quan ly", "phu trach", "thuc hien", "chu tri", "giao", "cap", "ban hanh", "thu thap", "to chuc", "dam nhiem", "dam nhan",
        "tiep nhan", "xu ly", "lap", "quan", "cung cap", "soan", "trien khai", "tong hop", "ra soat", "kiem tra");

    /// <summary>"trẻ em do phường quản lý chưa xong", "việc do anh giao": "do" after a noun and before who manages or does it
    /// names the agent ("by"), not a cause — unless news was already said in its clause ("chưa xong do phường quản lý chậm").</summary>
    private bool AgentDo(int k)
    {
        var start = Math.Max(_from, _m.ClauseStart(k) + 1);
        if (k - 1 < start || !T(k - 1).IsWord) return false;
        for (var j = Math.Max(start, k - 8); j < k; j++)
            if (Words.Negators.Contains(T(j).W) || _m.Match(j, DoneWords) > 0 || _m.Match(j, BlockedWords) > 0 || _m.Match(j, DelayWords) > 0 && !(T(j).W == "tre" && _m.Word(j + 1, "em")))
                return false;
        // The agent's name may be long and hold numbers: "tổ 5", "cán bộ địa chính của phường", "văn phòng đảng ủy phường".
        var end = Math.Min(_m.ClauseEnd(k), k + 10);
        for (var j = k + 1; j < end; j++)
        {
            if (T(j).IsNumber) continue;
            if (!T(j).IsWord || Words.Negators.Contains(T(j).W)) return false;
            if (_m.Match(j, AgentVerbs) is var v and > 0 && j > k + 1 && AgentEnds(j + v)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> AfterAgent =
        ["da", "dang", "van", "hien", "moi", "con", "thi", "nay", "roi", "cung", "lai", "cho", "va", "nhung", "ma", "nen"];

    /// <summary>After the agent's verb comes the news ("quản lý chưa xong", "quản lý hiện chưa xong"), whom it was given to
    /// ("giao cho em", "giao em") or the clause's end — not a predicate of its own ("phụ trách nghỉ ốm": a cause).</summary>
    private bool AgentEnds(int e) =>
        e >= _to || !T(e).IsWord || Words.Negators.Contains(T(e).W) || Words.Pronouns.Contains(T(e).W) || Words.Vocatives.Contains(T(e).W) ||
        AfterAgent.Contains(T(e).W) || Words.Particles.Contains(T(e).W) || _m.Match(e, DoneWords) > 0;

    private int ConsequenceAt(int k) =>
        !InRange(k) || !T(k).IsWord ? 0
        : _m.At(k, ["vi", "vay"]) || _m.At(k, ["vi", "the"]) || _m.At(k, ["cho", "nen"]) || _m.At(k, ["do", "do"]) && _m.Typed(k) != "độ" || _m.At(k, ["do", "vay"]) ? 2
        : T(k).W == "nen" && !_m.Word(k - 1, "cho") ? 1 : 0; // "cho nên" starts at "cho"

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
        // "vướng vì thiếu người (cho) nên chưa xong": the cause ends where its consequence starts.
        if (CauseAfter(cue) is { } c)
            return (c + CauseAt(c), ConsequenceAfter(c) is { } q && q > c + CauseAt(c) ? q : _to);
        if (blockedWord && ConsequenceAfter(cue) is { } after) return (cue + len, after);
        var consequence = At(_prevConsequence, _from, cue - 1);
        var cause = At(_prevCause, _from, cue - 1);
        if (consequence is { } k && (cause is null || cause < k))
            return At(_prevCause, _from, k - 1) is { } c0 ? (c0 + CauseAt(c0), k) : (AfterBut(k), k);
        // "Do vướng thủ tục", "do gặp khó khăn về kinh phí": a cause opening the difficulty word itself — the reason follows it.
        if (cause is { } k0 && !(blockedWord && OnlyLeadIns(k0 + CauseAt(k0), cue))) return (k0 + CauseAt(k0), CauseClauseEnd(k0, NewsStart(k0, cue)));
        // "chưa có kinh phí không thể làm", "thiếu người không thể triển khai": an obstacle said just before "không thể".
        // A "thì" between the lack and the difficulty is no part of the reason: "không có kinh phí thì vướng".
        var lackEnd = _m.Word(cue - 1, "thi") ? cue - 1 : cue;
        if (blockedWord && _m.Word(cue + 1, "the") && ObstacleBefore(cue) is { } o) return (SubjectStart(o), lackEnd);
        if (!blockedWord) return null;
        // "thiếu kinh phí vướng lắm", "thiếu người, vướng lắm anh ạ": nothing but particles after the difficulty word —
        // the lack said before it, in its clause or in the clause just before, is the reason.
        if (Trim(cue + len, _to) is null)
        {
            if (ObstacleBefore(cue) is { } o1) return (SubjectStart(o1), lackEnd);
            var clause = _m.ClauseStart(cue);
            if (clause > _from && OnlyLeadIns(clause + 1, cue) && ObstacleIn(Math.Max(_from, _m.ClauseStart(clause) + 1), clause) is { } o2)
                return (SubjectStart(o2), clause);
        }
        return (cue + len, _to);
    }

    /// <summary>"em đang làm mà còn thiếu số liệu nên …", "làm rồi nhưng còn thiếu chữ ký nên …": with no cause word, the
    /// reason before a consequence at k starts after the last "mà"/"nhưng" (and a "còn"/"vẫn") within ten words, not at the part's start.</summary>
    private int AfterBut(int k)
    {
        for (var j = k - 1; j > _from && j >= k - 10; j--)
        {
            if (!T(j).IsWord && !T(j).IsNumber) break;
            if (!T(j).IsWord || !(T(j).W == "nhung" || T(j).W == "ma" && !_m.Word(j - 1, "dau"))) continue;
            var a = j + 1;
            while (a < k && _m.WordIn(a, ["con", "van", "lai"])) a++;
            return a < k ? a : _from;
        }
        return _from;
    }

    /// <summary>Time words and pronouns that open a clause but are no part of a lack: "hiện nay phường thiếu người" →
    /// "phường thiếu người", "em thiếu người" → "thiếu người".</summary>
    private static readonly HashSet<string> SubjectSkip = ["hien", "nay", "tai", "gio", "bay", "luc", "hom", "em", "toi", "minh", "chung", "tui", "ben"];

    private static readonly HashSet<string> SubjectStops = ["da", "nhung", "nen", "vi", "va", "con", "roi", "ma", "song", "do", "thi", "la", "nhe", "a"];

    /// <summary>Where a lack at <paramref name="o"/> begins with its subject: up to three words back in its clause ("phường",
    /// "tổ 5"), without a time word or a pronoun before them.</summary>
    private int SubjectStart(int o)
    {
        var start = Math.Max(_from, _m.ClauseStart(o) + 1);
        var a = o;
        while (a - 1 >= start && a - 1 >= o - 3 && (T(a - 1).IsNumber || T(a - 1).IsWord && !SubjectStops.Contains(T(a - 1).W) && !Words.Negators.Contains(T(a - 1).W)))
            a--;
        while (a < o && T(a).IsWord && SubjectSkip.Contains(T(a).W)) a++;
        return a;
    }

    private static readonly HashSet<string> LeadIns = ["gap", "bi", "dang", "van", "con", "dau", "hoi", "rat"];

    private bool OnlyLeadIns(int a, int b)
    {
        for (var k = a; k < b; k++)
            if (T(k).IsWord && !LeadIns.Contains(T(k).W) || T(k).IsNumber) return false;
        return true;
    }

    /// <summary>A soft obstacle ("thiếu", "chưa có", "không có") opening the clause of the difficulty word at cue.</summary>
    private int? ObstacleBefore(int cue) => ObstacleIn(Math.Max(_from, _m.ClauseStart(cue) + 1), cue);

    /// <summary>The first soft obstacle in tokens [a, b), after a subject of up to three words or a "nhưng".</summary>
    private int? ObstacleIn(int a, int b)
    {
        for (var j = a; j < b && j < a + 6; j++)
            if (IsSoftObstacle(j)) return j;
        return null;
    }

    /// <summary>Where the news at <paramref name="cue"/> begins, after a cause at k0: at its negator and the pronoun before it
    /// ("do thiếu người em chưa làm xong" → the cause is "thiếu người", not "thiếu người em chưa làm").</summary>
    private int NewsStart(int k0, int cue)
    {
        for (var j = cue - 1; j > k0 + 1 && j >= cue - 3; j--)
            if (_m.WordIn(j, Words.Negators))
                return _m.WordIn(j - 1, Words.Pronouns) && j - 1 > k0 + 1 ? j - 1 : j;
        return cue;
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
            else if (T(a).IsWord && LeadSkip.Contains(T(a).W) && !(T(a).W == "lam" && (a > _from || _m.Typed(a) == "lắm")) && !(T(a).W == "vi" && _m.Word(a + 1, "pham"))) a++;
            else if (_m.Word(a, "cho") && _m.Word(a - 1, "o")) a++; // "vướng ở chỗ chưa có kinh phí"
            else if (T(a).IsWord && Words.Vocatives.Contains(T(a).W) && (_m.Word(a + 1, "oi") || _m.Word(a + 1, "a"))) a += 2;
            else break;
        }
        while (b > a)
        {
            var t = T(b - 1);
            if (!t.IsWord && !t.IsNumber) { b--; continue; }
            if (Filler(b - 1))
            {
                b--;
                if (b > a && T(b - 1).IsWord && Words.Vocatives.Contains(T(b - 1).W) && !(b - 2 >= a && _m.WordIn(b - 2, ObjectTakers))) b--;
                continue;
            }
            // "vướng nhé anh", "bế tắc rồi anh": a vocative after a particle.
            if (t.IsWord && Words.Vocatives.Contains(t.W) && b - 2 >= a && Filler(b - 2)) { b -= 2; continue; }
            break;
        }
        // "bế tắc rồi", "vướng lắm", "vướng nhé anh": particles, "lắm", "quá" and vocatives alone are no reason.
        for (var k = a; k < b; k++)
            if (T(k).IsNumber || T(k).IsWord && !Filler(k) && _m.Typed(k) is not ("lắm" or "quá") && !Words.Vocatives.Contains(T(k).W))
                return _m.Slice(a, b);
        return null;
    }

    /// <summary>A word that ends a sentence without adding to it: a particle ("ạ", "nhé", "nha", "luôn", "à") or "rồi" (not
    /// "rối", "rời", "rơi" as typed). Never a reason, alone or at a reason's end.</summary>
    private bool Filler(int k)
    {
        var t = T(k);
        if (!t.IsWord) return false;
        // "chưa thống nhất", "duy nhất": "nhất" ends a word there, it is no particle.
        // "vắng nhà", "vướng nhẹ": typed as a noun or an adjective, no particle.
        if (Words.Particles.Contains(t.W))
            return !(t.W == "nhat" && _m.WordIn(k - 1, ["thong", "duy", "hop", "dong"])) && !Words.TypedNotParticles.Contains(_m.Typed(k));
        return t.W == "roi" && _m.Typed(k) is not ("rối" or "rời" or "rơi");
    }

    /// <summary>"khó quá", "khó thực hiện lắm" (not a call for help).</summary>
    private bool Difficult(int i) => T(i).W is "kho" or "rat" or "hoi" or "qua";

    /// <summary>"nhưng chưa gửi", "mà chưa ai ký", "còn chờ ký" after a done word: done, or not quite?</summary>
    private bool ButNotAfter(int k) => At(_nextButNot, _from, k + 1) is not null;

    private bool IsButNot(int i)
    {
        // "xong rồi, còn phần kia em không rõ": another part, its state unknown — done, or not quite?
        if (_m.Word(i, "con") && _m.WordIn(i + 1, ["cho", "doi", "thieu", "phai", "vuong", "phan"])) return true;
        if (!_m.Word(i, "nhung") && !(_m.Word(i, "ma") && !_m.Word(i - 1, "dau"))) return false;
        // "xong rồi nhưng mà. Chưa ai ký": a "but" ending its clause goes on into the next one.
        var dangling = _m.Word(i + 1, "ma") ? i + 2 : i + 1;
        // "xong rồi nhưng mà", "đã xong nhưng...": a "but" ending the reply says something is left unsaid (not one ending
        // a part before another task's: "#12 xong nhưng #13 chưa").
        if (_m.Word(i, "nhung") && _to >= _m.Count)
        {
            var rest = dangling;
            while (rest < _to && (!T(rest).IsWord && !T(rest).IsNumber || Filler(rest) || Words.Vocatives.Contains(T(rest).W))) rest++;
            if (rest >= _to) return true;
        }
        if (!(dangling < _to && T(dangling).IsBoundary)) dangling = -1;
        for (var k = i + 1; k < Math.Min(_to, i + (dangling < 0 ? 7 : 8)); k++)
        {
            if (T(k).IsBoundary && k != dangling) break;
            if (_m.WordIn(k, Words.Negators)) return true;
        }
        return false;
    }

    /// <summary>"còn 2 cơ sở chưa kiểm tra", "còn lại tuần sau", "còn một số hộ": part of the work is left.</summary>
    private bool RemainingAfter(int k) => At(_nextRemaining, _from, k + 1) is not null;

    private bool IsRemaining(int i)
    {
        if (!_m.Word(i, "con")) return false;
        if (i + 1 < _to && T(i + 1).IsNumber || _m.WordIn(i + 1, ["lai", "vai", "may"]) || _m.At(i + 1, ["mot", "so"]) || _m.At(i + 1, ["mot", "it"])) return true;
        // "không rõ", "chưa biết": the writer does not know — no part said to be left undone.
        for (var k = i + 1; k < Math.Min(_to, i + 6) && !T(k).IsBoundary; k++)
            if (_m.WordIn(k, Words.Negators) && !_m.WordIn(k + 1, ["ro", "biet"])) return true;
        return false;
    }
}
