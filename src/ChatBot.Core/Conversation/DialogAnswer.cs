using ChatBot.Core.Common;

namespace ChatBot.Core.Conversation;

public enum AnswerKind { Other, Pick, Yes, No, Cancel, Skip }

/// <summary>How a short answer to the bot's own question reads: a number ("1", "số 2", "chọn 3", "phương án 1"), yes, no,
/// cancel ("hủy", "thôi"), skip ("bỏ qua", "không có") — with or without diacritics and polite particles.</summary>
public readonly record struct DialogAnswer(AnswerKind Kind, int Number = 0)
{
    private static readonly HashSet<string> Particles = ["a", "nhe", "nha", "oi", "anh", "chi", "em", "ban", "bot", "ad", "ah", "vay", "roi", "r"];
    private static readonly HashSet<string> YesWords =
        ["dung", "dung roi", "u", "uh", "um", "ok", "oke", "okie", "vang", "co", "da", "da dung", "dong y", "chuan", "phai", "yes", "chinh xac", "duoc", "dc", "duoc roi"];
    private static readonly HashSet<string> NoWords = ["khong", "ko", "k", "kh", "khong phai", "sai", "no", "chua dung", "khong dung"];
    private static readonly HashSet<string> CancelWords =
        ["huy", "huy bo", "thoi", "bo", "dung", "dung lai", "cancel", "stop", "khong can", "thoi khong can", "khong gia han nua", "thoi khoi", "khoi"];
    private static readonly HashSet<string> SkipWords = ["bo qua", "khong co", "khong co ly do", "khong ghi", "skip"];
    private static readonly HashSet<string> MoreWords = ["xem tiep", "tiep", "tiep theo", "xem them", "them", "con nua", "xem nua", "trang sau", "tiep di"];

    /// <summary>Reads an answer to a question with <paramref name="options"/> numbered options (0 when it has none).</summary>
    public static DialogAnswer Read(string? text, int options = 0)
    {
        var words = Words(text);
        if (words.Count == 0) return new(AnswerKind.Other);
        var key = string.Join(' ', words);
        // "1", "số 1", "chọn 1", "phương án 1", "ý 1", "1 ạ".
        var start = words[0] is "so" or "chon" or "y" or "muc" ? 1 : words.Count > 1 && words[0] == "phuong" && words[1] == "an" ? 2 : 0;
        if (words.Count == start + 1 && int.TryParse(words[start], out var n) && n >= 0 && n <= Math.Max(options, 9))
            return n >= 1 && n <= options ? new(AnswerKind.Pick, n) : n == 0 ? new(AnswerKind.Cancel) : new(AnswerKind.Other, n);
        if (CancelWords.Contains(key) && key != "dung") return new(AnswerKind.Cancel);
        if (SkipWords.Contains(key)) return new(AnswerKind.Skip);
        if (NoWords.Contains(key)) return new(AnswerKind.No);
        if (YesWords.Contains(key)) return new(AnswerKind.Yes);
        return new(AnswerKind.Other);
    }

    /// <summary>"xem tiếp", "tiếp", "xem thêm": the next page of a long answer.</summary>
    public static bool IsMore(string? text) => MoreWords.Contains(string.Join(' ', Words(text)));

    /// <summary>Folded words (no punctuation, no diacritics) without trailing polite particles ("Đúng rồi ạ!" → "dung roi").</summary>
    private static List<string> Words(string? text)
    {
        var folded = Fold.Key(text ?? "");
        if (folded.Length > 60) return [];
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Particles.Contains(words[^1]) && !YesWords.Contains(string.Join(' ', words))) words.RemoveAt(words.Count - 1);
        // "dạ 1", "vâng, đúng": the leading "yes" particle adds nothing.
        while (words.Count > 1 && words[0] is "da" or "vang" && !YesWords.Contains(string.Join(' ', words))) words.RemoveAt(0);
        return words;
    }
}
