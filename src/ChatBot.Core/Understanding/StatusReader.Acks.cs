namespace ChatBot.Core.Understanding;

/// <summary>Acknowledgements and "sent it" news, which say less than a status word.</summary>
internal sealed partial class StatusReader
{
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
        // "kq em gửi anh rồi", "hồ sơ em gửi qua mail": the result named first, then the writer sends it.
        for (var k = Math.Max(_from, i - 4); k < i; k++)
            if (_m.At(k, ["ket", "qua"]) || _m.At(k, ["ho", "so"]) || _m.Word(k, "file"))
            {
                len = 1;
                return true;
            }
        return false;
    }
}
