using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Common;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// One line of a case table: <c>[context] text => expected</c>.
/// Context: <c>reply=12</c> (replies to task #12's message), <c>list=5</c> (replies to a 5-item list), <c>leader</c>, <c>clerk</c>.
/// Expected: <c>done</c> · <c>progress [60]</c> · <c>blocked ["reason"]</c> · <c>ack</c> · <c>ext 2026-07-20 | ~2026-08-03 | +5d | +3wd | ? ["reason"]</c>
/// · <c>unsure progress|done</c> · <c>several A ; B</c> · <c>q KIND [unit="…"] [win=FROM..TO] [doc="…"] [task=N] [own]</c> · <c>none</c>;
/// statuses take <c>@12,13</c> (tasks), <c>@L1,3</c> (list items) or <c>@-</c> (none); by default the replied task, if any.
/// Today is Wednesday 08/07/2026, unless a table passes its own (blind set 4: <c>BlindSet4Cases.Today</c>).
/// </summary>
internal static partial class CaseTable
{
    public static readonly DateOnly Today = new(2026, 7, 8);

    public static IEnumerable<string> Lines(string table) =>
        table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("# ---", StringComparison.Ordinal));

    public static (string Text, UnderstandingContext Context, string Expected) Parse(string line, DateOnly? today = null)
    {
        var ctx = new UnderstandingContext(today ?? Today);
        var rest = line;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']');
            foreach (var part in rest[1..close].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                ctx = part switch
                {
                    "leader" => ctx with { Writer = Role.Leader },
                    "clerk" => ctx with { Writer = Role.Clerk },
                    "head" => ctx with { Writer = Role.Head },
                    _ when part.StartsWith("reply=") => ctx with { RepliedTask = int.Parse(part[6..], CultureInfo.InvariantCulture) },
                    _ when part.StartsWith("list=") => ctx with { ListCount = int.Parse(part[5..], CultureInfo.InvariantCulture) },
                    _ => throw new FormatException($"unknown context '{part}' in: {line}"),
                };
            rest = rest[(close + 1)..];
        }
        var arrow = rest.LastIndexOf("=>", StringComparison.Ordinal);
        return (rest[..arrow].Trim(), ctx, rest[(arrow + 2)..].Trim());
    }

    /// <summary>Null when the reading is the expected one, else what differs.</summary>
    public static string? Check(string line, DateOnly? today = null)
    {
        var (text, ctx, expected) = Parse(line, today);
        var actual = ReplyUnderstander.Read(text, ctx);
        var problem = Compare(actual, expected, ctx);
        return problem is null ? null : $"{line}\n   got: {Show(actual)}\n   why: {problem}";
    }

    /// <summary>The intent family of an expectation: done, progress, blocked, ack, ext, unsure, several, q, none.</summary>
    public static string Family(string line) => Parse(line).Expected.Split(' ')[0];

    private static string? Compare(Intent actual, string expected, UnderstandingContext ctx)
    {
        var (body, tasks) = SplitTasks(expected, ctx);
        var word = body.Split(' ')[0];
        switch (word)
        {
            case "none":
                return actual is Intent.NotUnderstood ? null : "expected nothing understood";
            case "several":
            {
                if (actual is not Intent.Several several) return "expected several parts";
                var parts = expected["several".Length..].Split(';').Select(p => p.Trim()).ToList();
                if (parts.Count != several.Parts.Count) return $"expected {parts.Count} parts";
                for (var i = 0; i < parts.Count; i++)
                    if (Compare(several.Parts[i], parts[i], ctx with { RepliedTask = null }) is { } p) return $"part {i + 1}: {p}";
                return null;
            }
            case "unsure":
            {
                if (actual is not Intent.Unsure u) return "expected unsure";
                var kinds = body.Split(' ')[1].Split('|').Select(StatusOf).ToList();
                if (!u.Candidates.Select(c => c.Status).SequenceEqual(kinds)) return "candidates differ";
                return SameTasks(u.Tasks, tasks);
            }
            case "ext":
            {
                if (actual is not Intent.Extension e) return "expected an extension request";
                var date = body.Split(' ')[1];
                var whenOk = date switch
                {
                    "?" => e.When is null,
                    _ when date.StartsWith('+') => e.When is ExtensionDate.MoreDays md &&
                        md.Days == int.Parse(date[1..^(date.EndsWith("wd") ? 2 : 1)], CultureInfo.InvariantCulture) && md.WorkingDays == date.EndsWith("wd"),
                    _ => e.When is ExtensionDate.OnDate od && od.Date == DateOnly.Parse(date.TrimStart('~'), CultureInfo.InvariantCulture) &&
                         od.Approximate == date.StartsWith('~') && od.InPast == (od.Date < ctx.Today),
                };
                if (!whenOk) return "date differs";
                if (e.Reason != Quoted(body)) return "reason differs";
                return SameTasks(e.Tasks, tasks);
            }
            case "q":
            {
                if (actual is not Intent.Question q) return "expected a question";
                var parts = body.Split(' ');
                var kind = parts[1].StartsWith("task=", StringComparison.Ordinal) ? QuestionKind.OneTask : parts[1] switch
                {
                    "overdue" => QuestionKind.Overdue, "duesoon" => QuestionKind.DueSoon, "progress" => QuestionKind.Progress,
                    "mine" => QuestionKind.MyTasks, "task" => QuestionKind.OneTask, _ => throw new FormatException(parts[1]),
                };
                var taskNumber = Regex.Match(body, @"task=(\d+)") is { Success: true } tm ? int.Parse(tm.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
                if (taskNumber is not null) kind = QuestionKind.OneTask;
                if (q.Kind != kind) return "kind differs";
                if (q.Task != taskNumber) return "task differs";
                if (Fold.Key(q.Unit) != Fold.Key(Named(body, "unit"))) return "unit differs";
                var doc = q.Document is null ? "" : Fold.Key(q.Document.Kind + " " + q.Document.Number);
                if (doc != Fold.Key(Named(body, "doc"))) return "document differs";
                if (q.OwnUnit != Regex.IsMatch(body, @"\bown\b")) return "own unit differs";
                var win = Regex.Match(body, @"win=(\S+)\.\.(\S+)");
                if (win.Success != q.Window is not null && !(q.Kind == QuestionKind.DueSoon && !win.Success)) return "window differs";
                if (win.Success && (q.Window!.From != DateOnly.Parse(win.Groups[1].Value, CultureInfo.InvariantCulture) ||
                                    q.Window.To != DateOnly.Parse(win.Groups[2].Value, CultureInfo.InvariantCulture)))
                    return "window differs";
                return string.IsNullOrWhiteSpace(q.Description) ? "no description" : null;
            }
            default:
            {
                if (actual is not Intent.Status s) return $"expected status {word}";
                if (s.Change.Status != StatusOf(word)) return "status differs";
                var parts = body.Split(' ');
                int? percent = parts.Length > 1 && int.TryParse(parts[1], out var p) ? p : null;
                if (s.Change.Percent != percent) return "percent differs";
                if (s.Change.Reason != Quoted(body)) return "reason differs";
                return SameTasks(s.Tasks, tasks);
            }
        }
    }

    private static WorkStatus StatusOf(string word) => word switch
    {
        "done" => WorkStatus.Done, "progress" => WorkStatus.InProgress, "blocked" => WorkStatus.Blocked, "ack" => WorkStatus.Acknowledged,
        _ => throw new FormatException(word),
    };

    private static (string Body, IReadOnlyList<TaskRef> Tasks) SplitTasks(string expected, UnderstandingContext ctx)
    {
        var at = expected.LastIndexOf(" @", StringComparison.Ordinal);
        if (at < 0 || expected.StartsWith("several", StringComparison.Ordinal))
            return (expected, ctx.RepliedTask is { } r ? [TaskRef.Task(r)] : []);
        var spec = expected[(at + 2)..];
        IReadOnlyList<TaskRef> tasks = spec == "-" ? []
            : spec.StartsWith('L') ? [.. spec[1..].Split(',').Select(n => TaskRef.Item(int.Parse(n, CultureInfo.InvariantCulture)))]
            : [.. spec.Split(',').Select(n => TaskRef.Task(int.Parse(n, CultureInfo.InvariantCulture)))];
        return (expected[..at], tasks);
    }

    private static string? SameTasks(IReadOnlyList<TaskRef> actual, IReadOnlyList<TaskRef> expected) =>
        actual.SequenceEqual(expected) ? null : $"tasks differ (expected {string.Join(" ", expected)})";

    private static string? Quoted(string body) => Regex.Match(body, "(?<![a-z]=)\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    private static string? Named(string body, string name) => Regex.Match(body, name + "=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    public static string Show(Intent i) => i switch
    {
        Intent.Status s => $"{s.Change.Status} {s.Change.Percent} \"{s.Change.Reason}\" [{string.Join(" ", s.Tasks)}]",
        Intent.Extension e => $"Extension {e.When} \"{e.Reason}\" [{string.Join(" ", e.Tasks)}]",
        Intent.Unsure u => $"Unsure {string.Join("|", u.Candidates.Select(c => c.Status))} [{string.Join(" ", u.Tasks)}]",
        Intent.Several v => "Several: " + string.Join(" ; ", v.Parts.Select(Show)),
        Intent.Question q => $"Question {q.Kind} unit={q.Unit} own={q.OwnUnit} doc={q.Document} win={q.Window} task={q.Task} — {q.Description}",
        _ => "NotUnderstood",
    };
}
