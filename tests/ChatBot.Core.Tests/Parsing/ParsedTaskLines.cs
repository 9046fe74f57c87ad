using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>The tasks a notice gives, one line each, compared in order with what a kinds table expects; the failure lists
/// both sides under the kind's name.</summary>
internal static class ParsedTaskLines
{
    /// <summary>"unit | first 30 chars of the text" per task.</summary>
    public static string[] UnitAndStart(ParsedNotice notice) =>
        notice.Tasks.Select(t => $"{t.Unit ?? "null"} | {t.Text[..Math.Min(30, t.Text.Length)]}").ToArray();

    /// <summary>"unit | text | deadline | recurrence" per task.</summary>
    public static string[] Whole(ParsedNotice notice) =>
        notice.Tasks.Select(t => $"{t.Unit ?? "null"} | {t.Text} | {t.Deadline?.ToString("yyyy-MM-dd") ?? "-"} | {t.Recurrence?.ToString() ?? "-"}").ToArray();

    public static void AssertSame(string kind, string[] expected, string[] got) =>
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected\n    {string.Join("\n    ", expected)}\n  got\n    {string.Join("\n    ", got)}");
}
