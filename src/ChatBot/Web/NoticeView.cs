using System.Text;
using ChatBot.Core.Parsing;
using ChatBot.Core.Tasks;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Web;

/// <summary>Where one task sits in the notice: a stored span (exact) or, until the parser gives spans, its text found in the notice (approximate).</summary>
public sealed record TaskPlace(int Number, int Start, int Length, bool Approximate);

/// <summary>The notice's original text with each task's source span highlighted and, inside it, the words that named its
/// unit and set its deadline. Every character is HTML-encoded; only the marks are markup.</summary>
public sealed class NoticeView
{
    /// <summary>Escapes markup only; Vietnamese letters stay letters (WebUtility would turn "à" into "&amp;#224;").</summary>
    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public required string Text { get; init; }
    public required IReadOnlyList<TaskPlace> Places { get; init; }
    public required IHtmlContent Html { get; init; }

    /// <summary>The stored text when the import kept it (spans index into it); else the text read again from the original file.</summary>
    public static async Task<(string Text, bool SpansApply)> TextOfAsync(ChatBotDb db, NoticeReader reader, int documentId, CancellationToken ct)
    {
        var stored = await db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => d.Text).FirstAsync(ct);
        if (!string.IsNullOrEmpty(stored)) return (stored, true);
        var file = await db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => new { d.Original, d.FileName }).FirstAsync(ct);
        try { return (NoticeText.Extract(file.Original, file.FileName, reader.Limits), false); }
        catch (NoticeReadException) { return ("", false); }
    }

    public static NoticeView Build(string text, IReadOnlyList<WorkTask> tasks, bool spansApply)
    {
        var places = new List<TaskPlace>();
        var from = 0;
        foreach (var t in tasks.OrderBy(t => t.Ordinal).ThenBy(t => t.Id))
        {
            if (spansApply && t.SourceStart is { } s && t.SourceLength is { } l && s >= 0 && l > 0 && s + l <= text.Length)
                places.Add(new TaskPlace(t.Id, s, l, false));
            else if (Find(text, t.Text, from) is { } found)
            {
                places.Add(new TaskPlace(t.Id, found.Start, found.Length, true));
                from = found.Start + found.Length;
            }
        }
        // One class per character: which task's span, and whether it is unit or deadline evidence.
        var task = new int[text.Length];
        var approx = new bool[text.Length];
        var evidence = new byte[text.Length]; // 1 unit, 2 deadline
        foreach (var p in places)
            for (var i = p.Start; i < p.Start + p.Length; i++)
                if (task[i] == 0) { task[i] = p.Number; approx[i] = p.Approximate; }
        foreach (var t in tasks)
        {
            var place = places.FirstOrDefault(p => p.Number == t.Id);
            Mark(text, evidence, t.UnitEvidence, place, 1);
            Mark(text, evidence, t.DeadlineEvidence, place, 2);
        }
        var anchors = places.GroupBy(p => p.Start).ToDictionary(g => g.Key, g => g.Select(p => p.Number).ToList());
        var html = new StringBuilder(text.Length + places.Count * 80);
        var run = new StringBuilder();
        string? runClass = null;
        for (var i = 0; i <= text.Length; i++)
        {
            var cls = i == text.Length ? "\0" : Class(task[i], approx[i], evidence[i]);
            if (cls != runClass || (i < text.Length && anchors.ContainsKey(i)))
            {
                Flush(html, run, runClass);
                runClass = cls;
            }
            if (i == text.Length) break;
            if (anchors.TryGetValue(i, out var numbers))
                foreach (var n in numbers) html.Append($"<a id=\"src-{n}\" class=\"anchor\"></a>");
            run.Append(text[i]);
        }
        return new NoticeView { Text = text, Places = places, Html = new HtmlString(html.ToString()) };
    }

    private static string? Class(int task, bool approx, byte evidence)
    {
        var parts = new List<string>();
        if (task != 0) parts.Add(approx ? "src approx" : "src");
        if (evidence == 1) parts.Add("ev-unit");
        if (evidence == 2) parts.Add("ev-deadline");
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    private static void Flush(StringBuilder html, StringBuilder run, string? cls)
    {
        if (run.Length == 0) return;
        var text = Encoder.Encode(run.ToString());
        html.Append(cls is null ? text : $"<mark class=\"{cls}\">{text}</mark>");
        run.Clear();
    }

    /// <summary>Evidence inside the task's span first; else its nearest occurrence before the span (a unit heading above the items).</summary>
    private static void Mark(string text, byte[] evidence, string? words, TaskPlace? place, byte kind)
    {
        if (string.IsNullOrWhiteSpace(words)) return;
        var at = -1;
        if (place is not null)
        {
            at = text.IndexOf(words, place.Start, place.Length, StringComparison.Ordinal);
            if (at < 0 && place.Start > 0) at = text.LastIndexOf(words, place.Start - 1, StringComparison.Ordinal);
        }
        if (at < 0) at = text.IndexOf(words, StringComparison.Ordinal);
        if (at < 0) return;
        for (var i = at; i < at + words.Length; i++) evidence[i] = kind;
    }

    /// <summary>The task's text in the notice (whole, else its first 60 characters), searching on from the previous task.</summary>
    private static (int Start, int Length)? Find(string text, string taskText, int from)
    {
        var probe = taskText.Split('\n')[0].Trim();
        if (probe.Length < 12) return null;
        foreach (var start in new[] { from, 0 })
        {
            var at = text.IndexOf(taskText, start, StringComparison.Ordinal);
            if (at >= 0) return (at, taskText.Length);
            var head = probe.Length > 60 ? probe[..60] : probe;
            at = text.IndexOf(head, start, StringComparison.Ordinal);
            if (at >= 0)
            {
                var end = text.IndexOf('\n', at + head.Length);
                return (at, (end < 0 ? text.Length : end) - at);
            }
        }
        return null;
    }
}
