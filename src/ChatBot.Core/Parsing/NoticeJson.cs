using System.Globalization;

namespace ChatBot.Core.Parsing;

/// <summary>
/// A parsed notice in the scorer's JSON schema (tests/corpus/README.md): what <c>parse --json</c> prints and what the
/// corpus accuracy floor (tests/ChatBot.Core.Tests/Parsing/CorpusAccuracyTests.cs) scores, so both measure the same thing.
/// </summary>
public static class NoticeJson
{
    public static Dictionary<string, object?> Of(ParsedNotice n) => new Dictionary<string, object?>
    {
        ["document"] = new Dictionary<string, object?>
        {
            ["kind"] = n.Document.Kind, ["symbol"] = n.Document.Symbol, ["number"] = n.Document.Number,
            ["place"] = n.Document.Place, ["issued_on"] = Iso(n.Document.IssuedOn), ["meeting_on"] = Iso(n.Document.MeetingOn),
            ["chaired_by"] = n.Document.ChairedBy, ["signed_by"] = n.Document.SignedBy, ["subject"] = n.Document.Subject,
        },
        ["tasks"] = n.Tasks.Select(t => new Dictionary<string, object?>
        {
            ["unit"] = t.Unit, ["cooperating"] = t.Cooperating, ["text"] = t.Text, ["deadline"] = Iso(t.Deadline),
            ["recurrence"] = t.Recurrence?.ToString().ToLowerInvariant(), ["section"] = t.Section, ["urgent"] = t.Urgent,
            ["supervisor"] = t.Supervisor, ["line_start"] = t.LineStart, ["line_end"] = t.LineEnd,
            ["unit_written"] = t.UnitWritten, ["unit_key"] = t.UnitKey, ["cooperating_keys"] = t.CooperatingKeys,
            ["span"] = SpanJson(t.Source), ["unit_evidence"] = EvidenceJson(t.UnitEvidence), ["deadline_evidence"] = EvidenceJson(t.DeadlineEvidence),
        }).ToList(),
        ["unmatched_units"] = n.UnmatchedUnits,
        ["skipped"] = n.Skipped,
        ["units"] = n.Units.Select(u => new Dictionary<string, object?> { ["written"] = u.Written, ["canonical"] = u.Canonical, ["key"] = u.Key }).ToList(),
    };

    private static Dictionary<string, object?> SpanJson(TextSpan s) => new()
    {
        ["line_start"] = s.LineStart, ["line_end"] = s.LineEnd, ["start"] = s.Start, ["end"] = s.End,
    };

    private static Dictionary<string, object?>? EvidenceJson(Evidence? e) => e is null ? null : new()
    {
        ["text"] = e.Text, ["line_start"] = e.Span.LineStart, ["line_end"] = e.Span.LineEnd, ["start"] = e.Span.Start, ["end"] = e.Span.End,
    };

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
