namespace ChatBot.Core.Understanding;

/// <summary>The word lists the reading stages share, folded. Each list is a kind of word, never one message's wording.</summary>
internal static class Words
{
    /// <summary>Polite particles and vocatives that carry no reading ("ạ", "nhé", "anh ơi").</summary>
    public static readonly HashSet<string> Particles = ["a", "nhe", "nha", "oi", "ha", "nhi", "ah", "vay", "luon", "nhen", "nghen", "hen", "ne", "ak", "the", "day", "nhat"];
    /// <summary>Words typed with the tone of a noun or adjective whose fold is a particle's ("vắng nhà", "nhẹ", "đầy"): never a particle.</summary>
    public static readonly HashSet<string> TypedNotParticles = ["nhà", "nhẹ", "đầy", "dây", "dạy", "đẩy", "đáy", "thẻ", "thể", "thề", "hạ", "hà"];
    public static readonly HashSet<string> Vocatives = ["anh", "chi", "em", "bac", "chu", "co", "ong", "sep", "ban"];
    public static readonly HashSet<string> Pronouns = ["em", "toi", "minh", "chung", "tui", "tao"];

    public static readonly HashSet<string> Negators = ["khong", "chua", "chang", "cha"];

    /// <summary>Words that end the backward reach of a negator: "chưa báo là đã xong" is done.</summary>
    public static readonly HashSet<string> NegationStops = ["da", "nhung", "nen", "vi", "va", "con", "roi", "ma", "song"];

    /// <summary>Verbs of doing the work: "đang …" with one of them is progress, "chưa … được" with one of them is inability.</summary>
    public static readonly HashSet<string> WorkVerbs =
    [
        "lam", "thuc", "trien", "xu", "tien", "hoan", "tong", "ra", "viet", "soan", "chuan", "khan", "kiem", "don", "phoi", "tuyen",
        "lap", "tham", "cho", "doi", "thu", "dieu", "khao", "to", "xay", "giai", "bo", "sua", "chinh", "cap", "nhap", "tiep", "xuc",
        "day", "van", "lien", "rap", "gap", "thao", "bao", "gui", "lay", "xac", "huong", "ky", "trinh", "chay", "in", "do", "phan",
        "thong", "goi", "ghi", "nghien",
    ];

    /// <summary>"đang họp", "đang đi", "đang bận": the person is busy, the task has no news.</summary>
    public static readonly HashSet<string> BusyAfterDang = ["hop", "di", "ban", "nghi", "om", "o", "tren", "lai", "an", "ngu"];
}
