using ChatBot.Core.Common;
namespace ChatBot.Core.Parsing.Layout;

/// <summary>What a heading opens: directives (the default), or a part that yields no tasks.</summary>
internal enum SectionKind
{
    Directive,
    /// <summary>"Đánh giá", "Kết quả", "Tình hình", "Ưu điểm", "Hạn chế", "Biểu dương" …: what happened, not what to do.</summary>
    Assessment,
    /// <summary>"Mục đích", "Yêu cầu", "Mục tiêu", "Chỉ tiêu", "Căn cứ", "Quan điểm" …: the why and the targets of a plan.</summary>
    Purpose,
    /// <summary>"Thời gian", "Địa điểm", "Thành phần", "Kinh phí" …: information for the reader.</summary>
    Information,
}

/// <summary>
/// The words that give a notice its structure, all folded (no accents, lower case): section headings, directive verbs
/// that start a task, closing formulas, and lines that only inform. docs/PARSER.md, "Adding a layout".
/// </summary>
internal static class Sections
{
    private static readonly string[] TopicPrefixes = ["ve ", "phan thu nhat", "phan thu hai", "phan "];

    /// <summary>
    /// Verbs a directive item starts with when it names no unit ("Rà soát …", "Tăng cường …"). Lower case WITH accents:
    /// folded, "cần" and "cán", "cử" and "cụ", "mời" and "mới" would be one word.
    /// </summary>
    private static readonly string[] DirectiveStarts =
    [
        "tăng cường", "đẩy mạnh", "tiếp tục", "thực hiện", "triển khai", "tổ chức", "rà soát", "chủ trì", "chủ động", "tham mưu",
        "xây dựng", "hoàn thành", "hoàn thiện", "kiểm tra", "khẩn trương", "tập trung", "duy trì", "nâng cao", "phối hợp",
        "theo dõi", "đôn đốc", "chỉ đạo", "yêu cầu", "giao", "đề nghị", "nghiên cứu", "quyết liệt", "bảo đảm", "đảm bảo",
        "chuẩn bị", "lập", "báo cáo", "tuyên truyền", "vận động", "thẩm định", "cập nhật", "kiện toàn", "ban hành", "xử lý",
        "giải quyết", "quan tâm", "phát huy", "thường xuyên", "định kỳ", "hằng tuần", "hằng tháng", "hằng quý", "hằng năm",
        "hàng tuần", "hàng tháng", "hàng quý", "hàng năm", "đối với", "hướng dẫn", "kịp thời", "tích cực", "thu thập", "tổng hợp",
        "phân công", "chấn chỉnh", "khắc phục", "ưu tiên", "hỗ trợ", "căn cứ", "tiếp nhận", "quản lý", "kiểm soát", "củng cố",
        "phấn đấu", "thành lập", "sửa đổi", "bổ sung", "bồi dưỡng", "tập huấn", "ứng dụng", "nghiêm túc", "gửi", "trình", "nộp",
        "cử", "bố trí", "đề xuất", "rút kinh nghiệm", "sơ kết", "tổng kết", "đánh giá", "phát động", "vận hành", "thực hành",
        "đẩy nhanh", "lựa chọn", "thông báo", "treo", "niêm yết", "phổ biến", "quán triệt", "cung ứng", "xác minh", "điều tra",
        "giám sát", "tiếp thu", "chỉnh sửa", "đăng tải", "khảo sát", "có biện pháp", "có văn bản", "có kế hoạch", "bám sát",
        "nắm chắc", "nắm bắt", "sắp xếp", "biên soạn", "thiết lập", "trang trí", "tiêm", "phun", "vệ sinh", "kiểm đếm", "sơ tán",
        "di dời", "dọn dẹp", "khôi phục", "sửa chữa", "bổ nhiệm", "điều động", "luân chuyển", "cấp phát", "chi trả", "thu hồi",
        "cưỡng chế", "giải ngân", "thanh toán", "quyết toán", "cân đối", "làm việc", "mời", "cần", "phải", "không để", "tránh",
        "nghiêm cấm", "dừng", "tạm dừng", "đăng ký", "tuần tra", "ra quân", "phát hiện", "ngăn chặn",
    ];

    /// <summary>True when the lower-cased text starts with a directive verb.</summary>
    public static bool StartsDirective(string lower) => StartsAny(lower, DirectiveStarts);

    private static readonly string[] AssessmentHeads =
    [
        "danh gia", "ket qua", "tinh hinh", "uu diem", "ton tai", "han che", "nguyen nhan", "bieu duong", "nhan xet", "mot so ket qua",
        "nhung ket qua", "khuyet diem", "thuc trang", "boi canh", "nhung mat", "mat duoc", "mat chua duoc", "ket qua dat duoc",
        "khai quat", "dac diem",
    ];

    private static readonly string[] PurposeHeads =
    [
        "muc dich", "yeu cau", "muc tieu", "chi tieu", "can cu", "quan diem", "pham vi", "doi tuong", "nguyen tac", "y nghia",
        "su can thiet",
    ];

    private static readonly string[] InformationHeads =
    [
        "thoi gian", "dia diem", "thanh phan", "kinh phi", "lich nghi", "lich truc", "che do", "noi dung bao cao", "gio lam viec",
    ];

    /// <summary>Words that open praise, not orders ("Biểu dương Công an phường …").</summary>
    public static readonly string[] PraiseStarts = ["bieu duong", "ghi nhan", "danh gia cao", "hoan nghenh", "khen ngoi", "chuc mung"];

    /// <summary>What a heading opens. "Yêu cầu" alone is the requirements of a plan; "Yêu cầu các phòng …" is an order.</summary>
    public static SectionKind Classify(string folded, bool hasUnit)
    {
        if (hasUnit) return SectionKind.Directive;
        var f = StripTopicPrefix(folded);
        if (StartsAny(f, AssessmentHeads) || StartsAny(f, PraiseStarts)) return SectionKind.Assessment;
        if (StartsAny(f, PurposeHeads) && (IsShortLabel(f) || f.StartsWith("muc dich", StringComparison.Ordinal) || f.StartsWith("chi tieu", StringComparison.Ordinal)))
            return SectionKind.Purpose;
        if (StartsAny(f, InformationHeads) && IsShortLabel(f)) return SectionKind.Information;
        return SectionKind.Directive;
    }

    // "Phần I: Đánh giá …", "Về kết quả …" read like their topic.
    private static readonly char[] TopicPrefixEnd = [' ', ':', '.', '-'];

    private static string StripTopicPrefix(string f)
    {
        foreach (var p in TopicPrefixes)
            if (f.StartsWith(p, StringComparison.Ordinal)) return f[p.Length..].TrimStart(TopicPrefixEnd);
        return f;
    }

    private static bool IsShortLabel(string f)
    {
        var t = f.TrimEnd(' ', ':', '.');
        return t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && !t.Contains(". ", StringComparison.Ordinal);
    }

    /// <summary>The end of the body: "Trên đây …", "Nơi nhận", "Thừa lệnh", "TL./KT./TM." signature lines.</summary>
    public static bool IsClosing(string folded) =>
        StartsAny(folded, ["tren day", "thua lenh", "tl. ", "kt. ", "tm. ", "tl ", "kt ", "tm "])
        || folded.StartsWith("noi nhan", StringComparison.Ordinal) && folded.AsSpan(8).TrimStart(' ').StartsWith(":") || folded == "noi nhan";

    /// <summary>
    /// Closing formulas that order nothing new: "… thông báo để các đơn vị biết, thực hiện", "Yêu cầu các đơn vị nghiêm
    /// túc thực hiện", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, … báo cáo … để được hướng dẫn".
    /// </summary>
    public static bool IsClosingFormula(string folded)
    {
        // A chat post's closing: "Đề nghị các đ/c thả tim xác nhận đã nhận thông tin", "… bấm like để xác nhận".
        if (folded.Length < 200 && folded.Contains("xac nhan", StringComparison.Ordinal)
            && (folded.Contains("da nhan", StringComparison.Ordinal) || folded.Contains("da doc", StringComparison.Ordinal) || folded.Contains("da xem", StringComparison.Ordinal)
                || folded.Contains("tha tim", StringComparison.Ordinal) || folded.Contains(" like", StringComparison.Ordinal) || folded.Contains("cam xuc", StringComparison.Ordinal))) return true;
        // A decision's own articles: "… chịu trách nhiệm thi hành Quyết định này", "Quyết định này có hiệu lực kể từ …",
        // "Ban hành kèm theo Quyết định này Kế hoạch …".
        if (folded.Contains("chiu trach nhiem thi hanh", StringComparison.Ordinal) || InForce(folded)
            || folded.StartsWith("ban hanh kem theo", StringComparison.Ordinal)) return true;
        // "Thông báo này thay thế Thông báo số … ", "Kế hoạch này thay thế …": which document stops applying.
        if (folded.Contains(" nay thay the ", StringComparison.Ordinal) && folded.Length < 260) return true;
        if (folded.Contains("thong bao de", StringComparison.Ordinal) && folded.Contains(" biet", StringComparison.Ordinal) && folded.Length < 260) return true;
        if (folded.Contains("thong bao y kien", StringComparison.Ordinal) && folded.Contains(" biet", StringComparison.Ordinal) && folded.Length < 260) return true;
        if ((folded.Contains("kho khan", StringComparison.Ordinal) || folded.Contains("vuong mac", StringComparison.Ordinal)) && folded.Length < 400
            && (folded.StartsWith("trong qua trinh", StringComparison.Ordinal) || folded.StartsWith("qua trinh", StringComparison.Ordinal)
                || folded.Contains("neu co", StringComparison.Ordinal) || folded.Contains("neu phat sinh", StringComparison.Ordinal) || folded.Contains("truong hop co", StringComparison.Ordinal)))
            return true;
        return false;
    }

    // "Quyết định này có hiệu lực kể từ …": a document's article; "… hoàn thành trong vòng 30 ngày kể từ ngày Nghị quyết có
    // hiệu lực" counts a task's days from it (a deadline, not a formula).
    private static bool InForce(string folded)
    {
        var at = folded.IndexOf("co hieu luc", StringComparison.Ordinal);
        if (at < 0) return false;
        var from = folded.LastIndexOf("tu ngay", at, StringComparison.Ordinal);
        return from < 0 || at - from > 60;
    }

    /// <summary>
    /// Lines that inform rather than order: figures ("… đạt 58% dự toán"), the next meeting ("Cuộc họp … tiếp theo tổ chức
    /// vào …"), days off ("nghỉ Tết từ …"), who attended.
    /// </summary>
    public static bool IsInformation(string folded, string lower)
    {
        if (StartsAny(folded, ["cuoc hop", "phien hop", "hoi nghi", "buoi lam viec", "ky hop"])
            && (folded.Contains("tiep theo", StringComparison.Ordinal) || folded.Contains("du kien", StringComparison.Ordinal) || folded.Contains("se to chuc", StringComparison.Ordinal)))
            return true;
        if (StartsAny(folded, ["tham du", "du hop", "thanh phan:", "thoi gian nghi", "lich nghi", "lich tiep cong dan", "lich lam viec"])) return true;
        // "1. Thời gian: 14 giờ 00, thứ Năm, ngày 19/3/2027.", "2. Địa điểm: Hội trường tầng 3": a meeting's time and place.
        if (StartsAny(folded, ["thoi gian:", "thoi gian :", "dia diem:", "dia diem :"]) || ChairField(folded)) return true;

        if (folded.Contains(" dat ", StringComparison.Ordinal) && folded.Contains('%') && !StartsDirective(lower) && !folded.Contains("phan dau", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"Chủ trì: Đồng chí Hoàng Văn Khải - Chủ tịch UBND phường": the person who chairs a meeting, a field of the
    /// invitation (the office named after the person is no unit ordered to work).</summary>
    public static bool ChairField(string folded) =>
        StartsAny(folded, ["chu tri: dong chi ", "chu tri: d/c ", "chu tri: d.c ", "chu tri: ong ", "chu tri: ba "]);

    /// <summary>Bylines of a news write-up: "Tin, ảnh: …", "Bài và ảnh: …", "Nguồn: …", "Tác giả: …".</summary>
    public static bool IsByline(string folded) =>
        StartsAny(folded, ["tin, anh", "bai, anh", "bai va anh", "tin va anh", "tin:", "anh:", "nguon:", "tac gia", "cap nhat:", "cap nhat luc", "ngay dang:", "ngay cap nhat", "dang luc"]);

    /// <summary>
    /// A news lead opened by the outlet's tag and the day ("BÁO BẮC HÒA - Sáng 12/3, …", "(Cổng TTĐT) - Chiều ngày …"):
    /// it tells who came where, it gives no order unless a speaker in it does.
    /// </summary>
    public static bool IsNewsLead(string content, string folded)
    {
        var dash = content.IndexOf(" - ", StringComparison.Ordinal);
        if (dash < 2 || dash > 60) return false;
        var tag = content.AsSpan(0, dash).Trim();
        var bracketed = tag.Length > 2 && tag[0] == '(' && tag[^1] == ')';
        if (!bracketed)
        {
            var letters = 0;
            foreach (var ch in tag)
            {
                if (!char.IsLetter(ch)) continue;
                if (!char.IsUpper(ch)) return false;
                letters++;
            }
            if (letters < 3) return false;
        }
        return StartsAny(folded[(dash + 3)..], ["sang ", "chieu ", "toi ", "trua ", "ngay ", "hom "]);
    }

    public static bool StartsAny(string folded, ReadOnlySpan<string> starts) // a span: the lists written at the call sites stay on the stack
    {
        foreach (var s in starts)
            if (folded.StartsWith(s, StringComparison.Ordinal)
                && (s.EndsWith(' ') || folded.Length == s.Length || !char.IsLetter(folded[s.Length]))) return true;
        return false;
    }
}
