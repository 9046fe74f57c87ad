namespace ChatBot.Core.Understanding;

/// <summary>Requests for more time: "xin gia hạn đến 20/7", "cho em thêm 5 ngày", "lùi sang thứ 2 tuần sau",
/// with the date (<see cref="DateReader"/>) and the reason.</summary>
internal sealed partial class StatusReader
{
    /// <summary>The first request for more time (not "không cần gia hạn", not the news "đã được gia hạn").</summary>
    private Intent.Extension? Extension()
    {
        for (var i = _from; i < _to; i++)
        {
            if (_used[i] || !T(i).IsWord) continue;
            var len = _m.Match(i, ExtensionWords);
            if (len == 0 && T(i).W == "them" && AskingBefore(i) && DurationAt(i + 1)) len = 1;
            // "lùi 1 tuần", and "em xin lùi" asked with no date yet (the host asks to which date).
            if (len == 0 && T(i).W == "lui" && (DurationAt(i + 1) || AskingBefore(i))) len = 1;
            // "xin dời sang thứ 6": "dời" (move), asked for — never "đợi đến thứ 6" (wait), which folds alike.
            if (len == 0 && T(i).W == "doi" && _m.WordIn(i + 1, ["sang", "den", "toi", "lai"]) && AskingBefore(i) && _m.Text[T(i).Start] is not ('đ' or 'Đ'))
                len = 2;
            if (len == 0) continue;
            if (NegatedBefore(i) || _m.Word(i - 1, "duoc") && !AskingBefore(i)) { i += len - 1; continue; }
            var date = DateReader.Find(_m, i + len, _to, _used, _ctx) ?? DateReader.Find(_m, _from, i, _used, _ctx);
            return new Intent.Extension([], date?.When, ExtensionReason(i, date));
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

    /// <summary>Polite words after a date that are no reason ("20/7 được không anh", "… nhé, em cảm ơn").</summary>
    private static readonly HashSet<string> RequestFiller =
        ["duoc", "khong", "anh", "chi", "em", "cam", "on", "xin", "phep", "voi", "nhu", "vay", "the", "nao", "giup", "lam"];

    /// <summary>"vì …", "do …", "lý do: …" after the request or just before it; else the words after the date ("20/7 chờ kinh phí").</summary>
    private string? ExtensionReason(int cue, FoundDate? date)
    {
        if (CauseAfter(cue) is { } c) return Trim(c + CauseAt(c), _to);
        if (At(_prevCause, _from, cue - 1) is { } before)
            return Trim(before + CauseAt(before), CauseClauseEnd(before, cue));
        if (date is null || date.To <= cue) return null;
        // "thêm 3 ngay do thieu nguoi": the words after the date open with "do"/"bởi" (because) — the reason is what follows.
        var from = date.To;
        while (from < _to && !T(from).IsWord && !T(from).IsNumber) from++;
        if (_m.WordIn(from, ["do", "boi"]) && from + 1 < _to && T(from + 1).IsWord && !Words.Particles.Contains(T(from + 1).W)) from++;
        var text = Trim(from, _to);
        if (text is null) return null;
        for (var k = from; k < _to; k++)
            if (T(k).IsWord && !RequestFiller.Contains(T(k).W) && !Words.Particles.Contains(T(k).W)) return text;
        return null;
    }
}
