using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Tasks;
using ChatBot.Core.Common;

namespace ChatBot.Core.Conversation;

/// <summary>Reads chat text into a <see cref="Command"/>, with or without diacritics.</summary>
public static partial class CommandParser
{
    /// <param name="today">The ward's date, to resolve "20/7" in extension requests.</param>
    public static Command Parse(string? text, DateOnly today)
    {
        var raw = (text ?? "").Trim();
        if (raw.Length == 0) return new Command.Unknown("");
        if (raw.StartsWith('/')) return ParseSlash(raw, today);

        var folded = Fold.Key(raw);
        var hash = HashUpdate().Match(raw);
        if (hash.Success)
        {
            var id = int.Parse(hash.Groups[1].Value, CultureInfo.InvariantCulture);
            return StatusOf(hash.Groups[2].Value, id) ?? ExtensionWords(id, hash.Groups[2].Value, today)
                ?? new Command.Malformed($"Chưa hiểu trạng thái. Ví dụ: #{id} xong, #{id} đang làm 60%, #{id} vướng: lý do.");
        }
        var listItem = ListUpdate().Match(raw);
        if (listItem.Success && StatusOf(listItem.Groups[2].Value, null) is Command.Update u)
            return u with { ListIndex = int.Parse(listItem.Groups[1].Value, CultureInfo.InvariantCulture) };
        return FreeText(folded, raw, today);
    }

    /// <summary>A bare status ("xong", "đang làm 60%") — used for replies to a task message.</summary>
    public static Command.Update? StatusOf(string text, int? taskId)
    {
        var t = text.Trim().TrimStart(':', '-', '–').Trim();
        var f = Fold.Key(t);
        var percent = Percent().Match(t) is { Success: true } pm ? int.Parse(pm.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        string? Reason()
        {
            if (t.IndexOf(':') is var i and >= 0) return t[(i + 1)..].Trim() is { Length: > 0 } r ? r : null;
            var keywordWords = f.StartsWith("vuong mac", StringComparison.Ordinal) || f.StartsWith("kho khan", StringComparison.Ordinal) || f.StartsWith("bi vuong", StringComparison.Ordinal) ? 2 : 1;
            return RestAfter(t, keywordWords);
        }

        if (StartsWithAny(f, "hoan thanh", "da hoan thanh", "xong", "da xong", "done", "ok xong"))
            return new Command.Update(taskId, WorkStatus.Done, null, null);
        if (StartsWithAny(f, "dang lam", "dang thuc hien", "dang trien khai", "dang xu ly", "tiep tuc"))
            return new Command.Update(taskId, WorkStatus.InProgress, percent, null);
        if (StartsWithAny(f, "vuong mac", "vuong", "kho khan", "bi vuong"))
            return new Command.Update(taskId, WorkStatus.Blocked, null, Reason());
        if (StartsWithAny(f, "da nhan", "nhan", "da tiep nhan"))
            return new Command.Update(taskId, WorkStatus.Acknowledged, null, null);
        if (percent is { } p && f.Length <= 6)
            return new Command.Update(taskId, p >= 100 ? WorkStatus.Done : WorkStatus.InProgress, p, null);
        return null;
    }

    private static Command ParseSlash(string raw, DateOnly today)
    {
        var space = raw.IndexOfAny([' ', '\n', '\t']);
        var name = (space < 0 ? raw[1..] : raw[1..space]);
        var at = name.IndexOf('@');
        if (at >= 0) name = name[..at];
        name = Fold.Key(name).Replace(" ", "");
        var rest = space < 0 ? "" : raw[(space + 1)..].Trim();
        var words = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        int? FirstNumber() => words.Length > 0 && int.TryParse(words[0].TrimStart('#'), out var n) && n > 0 ? n : null;

        switch (name)
        {
            case "start" or "batdau" or "lienket":
                return rest.Length == 0 ? new Command.Help() : new Command.Link(rest);
            case "help" or "huongdan" or "trogiup":
                return new Command.Help();
            case "viec" or "nhiemvu" or "tasks":
                if (rest.Length == 0) return new Command.MyTasks();
                return FirstNumber() is { } id ? new Command.ShowTask(id) : new Command.Malformed("Cách dùng: /viec hoặc /viec SỐ (ví dụ /viec 12).");
            case "quahan" or "overdue":
                return new Command.Overdue(rest.Length == 0 ? null : rest);
            case "sapden" or "saphethan" or "duesoon":
                if (rest.Length == 0) return new Command.DueSoon(7);
                return FirstNumber() is { } d && d <= 366 ? new Command.DueSoon(d) : new Command.Malformed("Cách dùng: /sapden SỐ_NGÀY (ví dụ /sapden 7).");
            case "tiendo" or "progress":
                return new Command.Progress();
            case "capnhat" or "update":
                if (FirstNumber() is not { } tid) return new Command.Malformed("Cách dùng: /capnhat SỐ trạng thái (ví dụ /capnhat 12 đang làm 60%).");
                return StatusOf(RestAfter(rest, 1) ?? "", tid) is { } upd ? upd
                    : new Command.Malformed($"Chưa hiểu trạng thái. Ví dụ: /capnhat {tid} xong, /capnhat {tid} đang làm 60%, /capnhat {tid} vướng: lý do.");
            case "giahan" or "extend":
            {
                const string hint = "Cách dùng: /giahan SỐ NGÀY lý do (ví dụ /giahan 12 20/7 chờ kinh phí).";
                if (FirstNumber() is not { } gid || words.Length < 2) return new Command.Malformed(hint);
                var date = ParseDate(words[1], today);
                return date is null ? new Command.Malformed(hint) : new Command.RequestExtension(gid, date.Value, RestAfter(rest, 2));
            }
            case "duyet" or "approve" or "dongy":
                return FirstNumber() is { } aid ? new Command.Approve(aid) : new Command.Malformed("Cách dùng: /duyet SỐ (ví dụ /duyet 12).");
            case "tuchoi" or "refuse" or "khongduyet":
                return FirstNumber() is { } rid ? new Command.Refuse(rid, RestAfter(rest, 1)) : new Command.Malformed("Cách dùng: /tuchoi SỐ lý do.");
            case "baocao" or "report" or "excel":
                return new Command.Report();
            case "bieudo" or "chart":
                return new Command.Chart();
            case "huy" or "unlink" or "huylienket":
                return new Command.Unlink();
            case "web" or "desk":
                return new Command.WebDesk();
            case "kenh" or "channel":
                return new Command.PreferChannel(rest.Length == 0 ? null : Fold.Key(rest));
            case "xacnhan" or "giao" or "confirm":
                return new Command.ConfirmDocument(FirstNumber());
            case "bo" or "huyvb" or "discard":
                return new Command.DiscardDocument(FirstNumber());
            case "sua" or "correct":
                return Correction(FirstNumber(), RestAfter(rest, 1), today);
            case "xoa" or "drop":
                return FirstNumber() is { } xid && words.Length == 1 ? new Command.DropTask(xid) : new Command.Malformed(DropHint);
            case "them" or "themnv" or "add":
                return FirstNumber() is { } tdoc && RestAfter(rest, 1) is { Length: > 0 } added ? new Command.AddTask(tdoc, added) : new Command.Malformed(AddHint);
            case "gan" or "map":
                return Mapping(FirstNumber(), RestAfter(rest, 1));
            case "xemtiep" or "vanban" or "more":
                if (FirstNumber() is not { } did) return new Command.Malformed("Cách dùng: /xemtiep SỐ_VĂN_BẢN TRANG (ví dụ /xemtiep 7 2).");
                if (words.Length == 1) return new Command.ShowDocument(did, 1);
                return int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0
                    ? new Command.ShowDocument(did, page) : new Command.Malformed("Cách dùng: /xemtiep SỐ_VĂN_BẢN TRANG (ví dụ /xemtiep 7 2).");
            default:
                return new Command.Unknown(raw);
        }
    }

    public const string CorrectionHint = "Cách dùng: /sua SỐ donvi TÊN ĐƠN VỊ hoặc /sua SỐ han dd/MM/yyyy (ví dụ /sua 12 han 30/06/2026).";
    public const string DropHint = "Cách dùng: /xoa SỐ — bỏ một nhiệm vụ khỏi văn bản chưa giao (bỏ cả văn bản: /bo SỐ_VĂN_BẢN).";
    public const string AddHint = "Cách dùng: /them SỐ_VĂN_BẢN nội dung nhiệm vụ — thêm nhiệm vụ văn bản có mà danh sách thiếu (ví dụ /them 7 Phòng Văn hóa - Xã hội rà soát hộ nghèo, hoàn thành trước ngày 30/6/2026).";
    public const string MappingHint = "Cách dùng: /gan SỐ LỰA_CHỌN (ví dụ /gan 12 1), /gan SỐ moi (tạo đơn vị mới) hoặc /gan SỐ TÊN ĐƠN VỊ.";

    /// <summary>"/sua 12 donvi Phòng Tư pháp", "/sua 12 đơn vị: Phòng Tư pháp", "/sua 12 han 30/6/2026", "/sua 12 hạn đến 30/6".</summary>
    private static Command Correction(int? id, string? what, DateOnly today)
    {
        if (id is not { } taskId || what is null) return new Command.Malformed(CorrectionHint);
        var words = what.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var field = Fold.Key(words[0]);
        var skip = field switch
        {
            "donvi" or "dv" or "unit" => 1,
            "don" when words.Length > 1 && Fold.Key(words[1]) == "vi" => 2,
            "han" or "deadline" => 1,
            _ => 0,
        };
        if (skip == 0) return new Command.Malformed(CorrectionHint);
        if (field != "han" && field != "deadline")
        {
            var unit = RestAfter(what, skip)?.TrimStart(':', '-', '–', ' ').Trim();
            return string.IsNullOrEmpty(unit) ? new Command.Malformed(CorrectionHint) : new Command.CorrectUnit(taskId, unit);
        }
        // "hạn đến 30/6", "hạn là 30/6", "hạn mới: 30/6", "hạn ngày 30/6"
        var rest = words.Skip(1).Select(w => w.Trim(':')).Where(w => w.Length > 0 && Fold.Key(w) is not ("den" or "la" or "moi" or "ngay")).ToList();
        if (rest.Count != 1) return new Command.Malformed(CorrectionHint);
        return ParseDate(rest[0], today) is { } date
            ? new Command.CorrectDeadline(taskId, date)
            : new Command.Malformed($"Ngày «{TaskTexts.Esc(rest[0])}» không đúng. Ví dụ: /sua {taskId} han 30/06/2026.");
    }

    /// <summary>"/gan 12 2", "/gan 12 moi" (or "tạo mới"), "/gan 12 Phòng Tư pháp".</summary>
    private static Command Mapping(int? id, string? choice)
    {
        if (id is not { } taskId || string.IsNullOrWhiteSpace(choice)) return new Command.Malformed(MappingHint);
        var f = Fold.Key(choice);
        if (f is "moi" or "tao" or "tao moi" or "new") return new Command.MapUnit(taskId, null, true, null);
        if (int.TryParse(choice.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var option))
            return option is > 0 and <= 20 ? new Command.MapUnit(taskId, option, false, null) : new Command.Malformed(MappingHint);
        return new Command.MapUnit(taskId, null, false, choice.Trim());
    }

    private static Command FreeText(string f, string raw, DateOnly today)
    {
        var padded = $" {f} ";
        if (padded.Contains(" qua han ") || padded.Contains(" tre han ") || padded.Contains(" cham tien do "))
            return new Command.Overdue(UnitAfter(f));
        if (padded.Contains(" sap den han ") || padded.Contains(" sap het han ") || padded.Contains(" sap toi han ") || padded.Contains(" sap den "))
            return new Command.DueSoon(DaysIn(f) ?? 7);
        if (padded.Contains(" tien do ") || padded.Contains(" thong ke "))
            return new Command.Progress();
        if (padded.Contains(" bao cao excel ") || f is "bao cao" or "xuat bao cao")
            return new Command.Report();
        if (padded.Contains(" bieu do "))
            return new Command.Chart();
        if (f is "viec" or "viec cua toi" or "nhiem vu" or "nhiem vu cua toi" or "danh sach viec" || f.StartsWith("viec cua toi"))
            return new Command.MyTasks();
        if (f is "help" or "huong dan" or "tro giup" or "giup" or "menu")
            return new Command.Help();
        return new Command.Unknown(raw);
    }

    /// <summary>"việc quá hạn của phòng kinh tế" → "phong kinh te".</summary>
    private static string? UnitAfter(string f)
    {
        foreach (var marker in new[] { " cua ", " thuoc ", " o " })
        {
            var i = f.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0 && f[(i + marker.Length)..].Trim() is { Length: > 0 } u) return u;
        }
        return null;
    }

    private static int? DaysIn(string f) => Number().Match(f) is { Success: true } m && int.TryParse(m.Value, out var n) && n is > 0 and <= 366 ? n : null;

    /// <summary>"20/7", "20/07/2026", "20-7-2026", "20.7": without a year, the next such date that is not long past.</summary>
    public static DateOnly? ParseDate(string s, DateOnly today)
    {
        var m = DateToken().Match(s.Trim());
        if (!m.Success) return null;
        var day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var year = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : today.Year;
        if (year < 100) year += 2000;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateOnly(year, month, day);
        // "15/1" written in December means next January.
        if (!m.Groups[3].Success && date.DayNumber < today.DayNumber - 60 && day <= DateTime.DaysInMonth(year + 1, month))
            date = date.AddYears(1);
        return date;
    }

    private static bool StartsWithAny(string f, params string[] prefixes) =>
        prefixes.Any(p => f == p || f.StartsWith(p + " ", StringComparison.Ordinal));

    private static string? RestAfter(string s, int words)
    {
        var parts = s.Split((char[]?)null, words + 1, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > words ? parts[words].Trim() : null;
    }

    [GeneratedRegex(@"^#\s?(\d{1,9})\s*[:\-–]?\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex HashUpdate();

    [GeneratedRegex(@"^(\d{1,3})[\.\)]?\s+(\D.*)$", RegexOptions.Singleline)]
    private static partial Regex ListUpdate();

    [GeneratedRegex(@"(\d{1,3})\s*%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\d{1,3}")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(\d{1,2})[/\-.](\d{1,2})(?:[/\-.](\d{2}|\d{4}))?$")]
    private static partial Regex DateToken();

    private static Command? ExtensionWords(int id, string rest, DateOnly today)
    {
        // "#12 xin gia hạn đến 20/7 lý do" reads like /giahan 12 20/7 lý do.
        var f = Fold.Key(rest);
        if (!f.StartsWith("xin gia han", StringComparison.Ordinal) && !f.StartsWith("gia han", StringComparison.Ordinal)) return null;
        var m = Regex.Match(rest, @"(\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?)(.*)$", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        if (!m.Success || ParseDate(m.Groups[1].Value, today) is not { } d)
            return new Command.Malformed($"Cách dùng: /giahan {id} NGÀY lý do (ví dụ /giahan {id} 20/7 chờ kinh phí).");
        var reason = m.Groups[2].Value.Trim().TrimStart(',', ':', '-', '–').Trim();
        return new Command.RequestExtension(id, d, reason.Length == 0 ? null : reason);
    }
}
