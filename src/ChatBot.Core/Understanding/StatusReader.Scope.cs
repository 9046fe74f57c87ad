namespace ChatBot.Core.Understanding;

/// <summary>Stage 3, the scope of every cue: negated ("chưa xong", "có xong đâu"), asked ("xong chưa?"), future,
/// almost, hedged, partial, conditional — decided from the few words around it, before any rule uses the cue.</summary>
internal sealed partial class StatusReader
{
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
            if (NegatedQuantifier(k)) return true;
            // "đâu" denies; "phấn đấu", "đầu tuần", "dấu" fold alike but carry a tone.
            if (t.W == "dau" && !_m.Word(k - 1, "bat") && !_m.Word(k - 1, "ban") && !_m.Word(k - 1, "dong") && _m.Toneless(k)) return true;
            if (t.W == "phai" && _m.Word(k - 1, "khong")) return true;
        }
        return false;
    }

    /// <summary>
    /// "chưa có người nào", "không có đơn vị nào", "chẳng có ai": a quantifier ("nào", "ai") with a negator before the noun
    /// it counts (up to six words back) denies what follows, however long the noun is.
    /// </summary>
    private bool NegatedQuantifier(int k)
    {
        if (T(k).Raw is not ("nao" or "ai")) return false;
        for (var j = k - 1; j >= _from && j >= k - 6; j--)
        {
            var t = T(j);
            if (!t.IsWord) return false;
            // The noun may hold a stop word ("đơn vị" folds to "don vi", "vì"): only the negator-and-"có" frame counts.
            if (Words.Negators.Contains(t.W) && (j == k - 1 || _m.Word(j + 1, "co"))) return true;
        }
        return false;
    }

    /// <summary>"xong đâu", "có xong gì đâu": a trailing "đâu" denies (but not "đầu tháng").</summary>
    private bool NegatedAfter(int i, int len)
    {
        for (var k = i + len; k < Math.Min(_to, i + len + 3); k++)
        {
            if (!T(k).IsWord) return false;
            // "chờ dong dau" (đóng dấu, a stamp) typed without tones is no denial.
            if (T(k).W == "dau" && !_m.WordIn(k + 1, TimeNouns) && !_m.Word(k - 1, "dong") && _m.Toneless(k)) return true;
        }
        return false;
    }

    /// <summary>"đâu mà chưa xong", "ai bảo (là) chưa xong", "ai nói chưa xong": the negator just before the done word at i
    /// (up to four words) is itself denied — a rebuttal of "not done".</summary>
    private bool Rebutted(int i)
    {
        for (var k = i - 1; k >= Math.Max(_from, i - 4); k--)
        {
            if (!T(k).IsWord) return false;
            if (!Words.Negators.Contains(T(k).W)) continue;
            var j = _m.Word(k - 1, "la") ? k - 1 : k;
            return _m.At(j - 2, ["dau", "ma"]) && _m.Toneless(j - 2) || _m.At(j - 2, ["ai", "bao"]) || _m.At(j - 2, ["ai", "noi"]);
        }
        return false;
    }

    /// <summary>"chưa có mặt bằng vướng quá", "không có kinh phí vướng lắm": the negator within four words before the difficulty
    /// word at i opens a lack ("có" and a noun), so it does not deny the difficulty; "không có gì vướng", "chưa có ai vướng",
    /// "chưa có vướng mắc gì" deny it.</summary>
    private bool LackBefore(int i, int len)
    {
        // "không có vấn đề vướng mắc gì": a "gì"/"nào" after the difficulty keeps it denied.
        if (_m.WordIn(i + len, ["gi", "nao"]) || _m.WordIn(i + len + 1, ["gi", "nao"])) return false;
        for (var k = i - 1; k >= Math.Max(_from, i - 4); k--)
        {
            if (!T(k).IsWord) return false;
            if (!Words.Negators.Contains(T(k).W)) continue;
            if (!_m.Word(k + 1, "co") || k + 2 >= i) return false;
            for (var j = k + 2; j < i; j++)
                if (!T(j).IsWord || T(j).W is "gi" or "nao" or "ai" or "chi" or "gap" or "bi" or "su" or "van") return false;
            return true;
        }
        return false;
    }

    /// <summary>"báo là xong", "xác nhận là hoàn thành", "nói là xong": the done is reported, not conditional.</summary>
    private static readonly HashSet<string> SayingVerbs = ["bao", "cao", "nhan", "noi", "xac", "thong"];

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
        if (NegatedBefore(i)) return Rebutted(i) ? DoneMode.Rebutted : DoneMode.Negated;
        if (NegatedAfter(i, len)) return DoneMode.Negated;
        if (AskedAfter(i, len)) return DoneMode.Question;
        // "xong chưa được", "hoàn thành không kịp": a negator right after the done word — doubtful, ask.
        var next = _m.Word(i + len, "het") ? i + len + 1 : i + len;
        if (_m.WordIn(next, Words.Negators)) return DoneMode.Hedged;
        var modal = Modal(i);
        if (modal != DoneMode.Plain) return modal;
        var asserted = AssertedBefore(i);
        var then = i + len;
        // "chờ ký là xong", "in ấn xong là hoàn thành": done once something else happens, not yet ("báo là xong" is news).
        if (!asserted && _m.Word(i - 1, "la") && !_m.WordIn(then, ["roi", "het"]) && !_m.WordIn(i - 2, SayingVerbs) && !_m.WordIn(i - 3, SayingVerbs))
            return DoneMode.Future;
        if (!asserted && FutureAfter(then)) return DoneMode.Future;
        if (PartialAfter(then) is { } partial) return partial;
        if (OwnPartBefore(i)) return DoneMode.PartialMaybe;
        if (!asserted && !_m.Word(then, "roi") && !_m.Word(then, "het") &&
            (_m.WordIn(then, Words.Pronouns) && then + 1 < _to && T(then + 1).IsWord && !Words.Particles.Contains(T(then + 1).W) && !Words.Vocatives.Contains(T(then + 1).W) && T(then + 1).W != "roi"
             || _m.Word(then, "thi")))
            return DoneMode.Then;
        return DoneMode.Plain;
    }

    /// <summary>"phần của em xong", "phần việc bên em đã xong": the writer's part is the subject — maybe all, maybe not.</summary>
    private bool OwnPartBefore(int i)
    {
        var start = Math.Max(Math.Max(_from, _m.ClauseStart(i) + 1), i - 7);
        for (var k = start; k < i; k++)
        {
            if (!_m.Word(k, "phan") || _m.Word(k - 1, "mot")) continue;
            var j = _m.Word(k + 1, "viec") ? k + 2 : k + 1;
            if (_m.WordIn(j, ["cua", "ben"])) j++;
            if (_m.WordIn(j, Words.Pronouns)) return true;
        }
        return false;
    }

    /// <summary>Almost, future or hedge markers before i in its clause, unless "đã" comes between.</summary>
    private DoneMode Modal(int i)
    {
        var start = Math.Max(_from, _m.ClauseStart(i) + 1);
        var reach = Math.Max(start, i - 6);
        for (var k = i - 1; k >= reach; k--)
        {
            if (!T(k).IsWord) continue;
            if (T(k).W == "nhung") return DoneMode.Plain;
            if (_m.At(k, ["qua", "trinh"])) return DoneMode.Almost; // "đang trong quá trình hoàn thành"
            // "đã" asserts, unless a hedge stands just before it: "có lẽ đã xong", "chưa chắc đã xong", "chắc em đã xong".
            if (T(k).W == "da") return HedgeEndsAt(k, Math.Max(start, k - 5)) ? DoneMode.Hedged : DoneMode.Plain;
            if (k == i - 1 || k == i - 2)
                if (_m.Match(k, AlmostMarkers) > 0 && !(T(k).W == "dang" && k != i - 1)) return DoneMode.Almost;
            if (Hedge(k) is > 0 && !_m.Word(k + 1, "chan")) return DoneMode.Hedged;
            if (_m.Match(k, FutureMarkers) is > 0) return DoneMode.Future;
            if (_m.Match(k, PeriodPartMarkers) is > 0 && !_m.Word(i + 1, "roi") && !_m.Word(i + 2, "roi")) return DoneMode.Future;
            // "thứ 6 xong" (Friday) is to come; "cái thứ 6 xong" names the task (its "thứ" is the reference's).
            if (T(k).W == "thu" && !_used[k] && k + 1 < _to && T(k + 1).IsNumber) return DoneMode.Future;
            if (T(k).W == "chieu" && !_m.Word(k + 1, "qua")) return DoneMode.Future;
        }
        return DoneMode.Plain;
    }

    /// <summary>A hedge marker at k, its length or 0; "nghỉ" (off, as in "nghỉ ốm", "nghỉ phép") folds like "nghĩ" (think)
    /// but is typed with another tone.</summary>
    private int Hedge(int k) =>
        _m.Word(k, "nghi") && _m.Typed(k) is not ("nghĩ" or "nghi") ? 0 : _m.Match(k, HedgeMarkers);

    /// <summary>A hedge ("có lẽ", "hình như", "chưa chắc", "nghĩ là") ending one or two words before <paramref name="k"/>
    /// ("có lẽ đã", "chắc là đã", "chắc em đã"), not reaching back before <paramref name="reach"/>; "chắc chắn" is no hedge.</summary>
    private bool HedgeEndsAt(int k, int reach)
    {
        for (var j = k - 1; j >= reach; j--)
            if (Hedge(j) is var len and > 0 && j + len >= k - 1 && j + len <= k && !_m.Word(j + len, "chan"))
                return true;
        return false;
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

    /// <summary>"chưa kịp báo là đã xong", "không kịp báo, nhưng đã xong rồi": "đã" and a done word within n words after a
    /// "not in time" — what was late is the report, the work is done.</summary>
    private bool AssertedDoneWithin(int from, int n)
    {
        for (var k = from; k < Math.Min(_to, from + n); k++)
            if (_m.Word(k, "da") && HasDoneWithin(k + 1, 1)) return true;
        return false;
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
            if (T(k).IsWord && (InabilityVerbs.Contains(T(k).W) || Words.WorkVerbs.Contains(T(k).W))) sawVerb = true;
            else if (sawVerb && _m.Word(k, "duoc")) return true;
        }
        return false;
    }

    /// <summary>Handing the result in. "chưa làm", "chưa triển khai" (not started) stay unread, so the host asks.</summary>
    private static readonly Phrases NotYetVerbs = new("gui", "nop", "bao cao", "trinh");

    /// <summary>"chưa gửi", "em chưa nộp báo cáo": "chưa" right before handing the result in — work begun, not finished —
    /// and not in a condition ("nếu chưa gửi").</summary>
    private bool IsNotYet(int n) =>
        _m.Word(n, "chua") && _m.Match(n + 1, NotYetVerbs) > 0 && !Conditional(n);

    /// <summary>A plain done word earlier in the part and "nhưng"/"mà" just before the negator at n.</summary>
    private bool AfterDoneBut(Cues c, int n) =>
        (_m.Word(n - 1, "nhung") || _m.Word(n - 1, "ma")) && c.Done.Any(x => x.Mode == DoneMode.Plain && x.At < n);

    private static readonly HashSet<string> Approximately = ["tam", "khoang", "chung", "gan", "hon"];

    /// <summary>"làm được một phần", "được 1 phần", "được phần lớn", "được một ít": part of the work, so in progress.</summary>
    private bool PartDone(int i)
    {
        if (!_m.Word(i, "duoc")) return false;
        var k = _m.WordIn(i + 1, ["tam", "khoang", "chung", "gan"]) ? i + 2 : i + 1;
        var one = _m.Word(k, "mot") || k < _to && T(k).IsNumber && T(k).Value == 1 && !_m.Glued(k);
        return (one && _m.WordIn(k + 1, ["phan", "it", "nua"]) || _m.At(k, ["phan", "lon"]) || _m.At(k, ["da", "so"]) || SlashPart(k)) && !NegatedBefore(i);
    }

    /// <summary>"được 3/7 tổ", "được 2/9 phường": a part counted as a slash fraction (smaller over larger), not a date.</summary>
    private bool SlashPart(int k) =>
        k + 2 < _to && T(k).IsNumber && _m.Glued(k) && _m.IsPunct(k + 1, '/') && _m.Glued(k + 1) && T(k + 2).IsNumber &&
        T(k).Value > 0 && T(k).Value < T(k + 2).Value && !_m.IsPunct(k + 3, '/') && _m.WordIn(k + 3, PartNouns);

    /// <summary>What a fraction of the work counts: "3/7 tổ", "2/5 hộ", "4/9 khu phố".</summary>
    private static readonly HashSet<string> PartNouns = ["to", "ho", "khu", "phuong", "xa", "thon", "ap", "diem", "co", "truong", "don", "phan", "bo", "cai", "viec", "muc", "hang"];

    /// <summary>Nothing but particles, vocatives or "thôi" from k to the clause's end: the news ended before k.</summary>
    private bool EndsNews(int k)
    {
        for (; k < _to && !T(k).IsBoundary; k++)
            if (T(k).IsNumber || T(k).IsWord && !Filler(k) && !Words.Vocatives.Contains(T(k).W) && T(k).W != "thoi") return false;
        return true;
    }

    /// <summary>"60%", "60 %", "50 phần trăm", "được một nửa"; a denied one ("chưa được 50%") does not count.</summary>
    private int? Percent()
    {
        for (var i = _from; i < _to; i++)
        {
            if (_used[i]) continue;
            if (T(i).IsNumber && T(i).Value is >= 0 and <= 100 && (_m.IsPunct(i + 1, '%') || _m.At(i + 1, ["phan", "tram"])) && !NegatedBefore(i))
                return T(i).Value;
            // "được một nửa", "làm được nửa": half ("nửa" and "nữa" fold alike; "được nữa" after a negator is "any more").
            var half = _m.At(i, ["mot", "nua"]) || T(i).IsNumber && T(i).Value == 1 && _m.Word(i + 1, "nua") ? 1 : _m.Word(i, "nua") ? 0 : -1;
            var before = _m.WordIn(i - 1, Approximately) ? i - 2 : i - 1;
            if (half >= 0 && _m.WordIn(before, ["duoc", "dat", "xong"]) && !NegatedBefore(before)) return 50;
            // "tầm 1 nửa rồi", "khoảng một nửa": about half; "khoảng nửa rồi", "tầm nửa thôi" too, when nothing but a particle
            // follows ("khoảng nửa tháng" is a time, "hơn nữa" moreover).
            if (half == 1 && _m.WordIn(i - 1, Approximately) && !NegatedBefore(i - 1)) return 50;
            if (half == 0 && _m.WordIn(i - 1, Approximately) && !_m.Word(i - 1, "hon") && _m.Typed(i) != "nữa" && EndsNews(i + 1) && !NegatedBefore(i - 1)) return 50;
            if (FractionPercent(i) is { } f) return f;
        }
        return null;
    }

    /// <summary>"được 2/3", "đạt khoảng 3/4 khối lượng", "tầm 3 phần 4 rồi": a fraction after "được", "đạt" or an "about"
    /// word, nothing but a particle or "khối lượng"/"công việc" after it, as a percent. A slash fraction has a denominator up
    /// to 5 ("1/8" after "tầm" is more likely a date); "xong 2/3", "hoàn thành 3/5 tổ" count parts and stay without one.</summary>
    private int? FractionPercent(int i)
    {
        if (!T(i).IsNumber || i + 2 >= _to || !T(i + 2).IsNumber) return null;
        var slash = _m.Glued(i) && _m.IsPunct(i + 1, '/') && _m.Glued(i + 1);
        if (!slash && !_m.Word(i + 1, "phan")) return null;
        var (num, den) = (T(i).Value, T(i + 2).Value);
        if (num <= 0 || num >= den || den > (slash ? 5 : 10)) return null;
        var lead = _m.WordIn(i - 1, Approximately) ? i - 2 : i - 1;
        if (!_m.WordIn(lead, ["duoc", "dat"]) && lead == i - 1 || NegatedBefore(lead < i - 1 ? i - 1 : lead)) return null;
        var after = i + 3;
        var tailOk = after >= _to || !T(after).IsWord && !_m.IsPunct(after, '/') ||
                     Filler(after) || Words.Vocatives.Contains(T(after).W) || _m.WordIn(after, ["khoi", "cong", "viec", "thoi"]);
        return tailOk ? (int)Math.Round(100.0 * num / den, MidpointRounding.AwayFromZero) : null;
    }
}
