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
            default:
                return new Command.Unknown(raw);
        }
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
