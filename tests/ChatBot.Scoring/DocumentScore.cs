using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatBot.Scoring;

/// <summary>The counts of one document (or of a whole set, when added up), and what went wrong.</summary>
public sealed class DocumentScore
{
    public int Gold, Predicted, Hit, UnitOk, UnitN, DeadlineOk, DeadlineN, RecurrenceOk, RecurrenceN, MetaOk, MetaN;
    public List<string> Misses { get; } = [];

    public void Add(DocumentScore o)
    {
        Gold += o.Gold; Predicted += o.Predicted; Hit += o.Hit; UnitOk += o.UnitOk; UnitN += o.UnitN;
        DeadlineOk += o.DeadlineOk; DeadlineN += o.DeadlineN; RecurrenceOk += o.RecurrenceOk; RecurrenceN += o.RecurrenceN;
        MetaOk += o.MetaOk; MetaN += o.MetaN;
    }

    public static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;
}

/// <summary>Scores one prediction against one gold file exactly as score.py's <c>score_doc</c>.</summary>
public static partial class DocumentScorer
{
    public static DocumentScore Score(JsonElement gold, JsonElement prediction)
    {
        var golds = gold.GetProperty("tasks").EnumerateArray().ToList();
        var preds = Get(prediction, "tasks") is { ValueKind: JsonValueKind.Array } arr ? arr.EnumerateArray().ToList() : [];

        // Greedy matching in gold order: each gold task takes the first unused prediction whose text matches.
        var used = new bool[preds.Count];
        var pairs = new List<(JsonElement Gold, int Pred)>();
        foreach (var g in golds)
        {
            var start = g.GetProperty("text_starts").GetString() ?? "";
            var found = -1;
            for (var i = 0; i < preds.Count && found < 0; i++)
                if (!used[i] && Matching.Matches(StringOrNull(Get(preds[i], "text")), start)) found = i;
            if (found >= 0) used[found] = true;
            pairs.Add((g, found));
        }

        var s = new DocumentScore
        {
            Gold = golds.Count(g => !Optional(g)),
            Hit = pairs.Count(p => p.Pred >= 0 && !Optional(p.Gold)),
        };
        s.Predicted = preds.Count - pairs.Count(p => p.Pred >= 0 && Optional(p.Gold));

        foreach (var (g, pi) in pairs)
        {
            var start = g.GetProperty("text_starts").GetString() ?? "";
            if (pi < 0)
            {
                if (!Optional(g)) s.Misses.Add("MISSED task: " + start);
                continue;
            }
            var p = preds[pi];
            var label = PyText.Repr(PyText.Head(start, 50));
            s.UnitN++;
            var gu = Get(g, "unit");
            var pu = Get(p, "unit");
            if (Matching.SameUnit(Matching.UnitKey(StringOrNull(gu)), Matching.UnitKey(StringOrNull(pu)))) s.UnitOk++;
            else s.Misses.Add($"unit: {label} gold={PyText.Repr(gu)} got={PyText.Repr(pu)}");

            s.DeadlineN++;
            var allowed = Allowed(g, "deadline_any", "deadline");
            var pd = Get(p, "deadline");
            if (allowed.Any(a => JsonEquals(a, pd))) s.DeadlineOk++;
            else s.Misses.Add($"deadline: {label} gold={ListRepr(allowed)} got={PyText.Repr(pd)}");

            s.RecurrenceN++;
            var allowedR = Allowed(g, "recurrence_any", "recurrence");
            var pr = Get(p, "recurrence");
            if (allowedR.Any(a => JsonEquals(a, pr))) s.RecurrenceOk++;
            else s.Misses.Add($"recurrence: {label} gold={ListRepr(allowedR)} got={PyText.Repr(pr)}");
        }
        for (var i = 0; i < preds.Count; i++)
            if (!used[i]) s.Misses.Add("EXTRA task: " + PyText.Head(Matching.Fold(StringOrNull(Get(preds[i], "text"))), 80));

        var gd = Get(gold, "document");
        var pdoc = Get(prediction, "document") is { ValueKind: JsonValueKind.Object } o ? o : (JsonElement?)null;
        if (gd is { ValueKind: JsonValueKind.Object } goldDoc)
            foreach (var field in goldDoc.EnumerateObject())
            {
                s.MetaN++;
                var v = field.Value;
                var pv = pdoc is { } d ? Get(d, field.Name) : null;
                bool ok;
                if (v.ValueKind == JsonValueKind.String)
                {
                    var pvText = pv is { ValueKind: JsonValueKind.String } ps ? ps.GetString() : pv is null || pv.Value.ValueKind == JsonValueKind.Null ? "" : null;
                    ok = pvText is not null && Matching.Fold(pvText) == Matching.Fold(v.GetString());
                    if (field.Name == "symbol" && pv is { ValueKind: JsonValueKind.String })
                        ok = Whitespace().Replace(Matching.Fold(pvText), "") == Whitespace().Replace(Matching.Fold(v.GetString()), "");
                }
                else ok = JsonEquals(v, pv);
                if (ok) s.MetaOk++;
                else s.Misses.Add($"document.{field.Name}: gold={PyText.Repr(v)} got={PyText.Repr(pv)}");
            }
        return s;
    }

    static bool Optional(JsonElement g) => Get(g, "optional") is { } o && o.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => o.GetString()!.Length > 0,
        JsonValueKind.Number => o.GetDouble() != 0,
        JsonValueKind.Array => o.GetArrayLength() > 0,
        JsonValueKind.Object => o.EnumerateObject().Any(),
        _ => false,
    };

    static List<JsonElement?> Allowed(JsonElement g, string anyKey, string key) =>
        Get(g, anyKey) is { ValueKind: JsonValueKind.Array } any ? any.EnumerateArray().Select(e => (JsonElement?)e).ToList() : [Get(g, key)];

    static string ListRepr(List<JsonElement?> values) => "[" + string.Join(", ", values.Select(PyText.Repr)) + "]";

    /// <summary>A property's value, or null when missing (like Python's <c>dict.get</c>).</summary>
    static JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? v : null;

    static JsonElement? Get(JsonElement? obj, string name) => obj is { } o ? Get(o, name) : null;

    static string? StringOrNull(JsonElement? v) => v is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    /// <summary>Python's <c>==</c> on values read from JSON; a missing value is None.</summary>
    static bool JsonEquals(JsonElement? a, JsonElement? b)
    {
        var an = a is null || a.Value.ValueKind == JsonValueKind.Null;
        var bn = b is null || b.Value.ValueKind == JsonValueKind.Null;
        if (an || bn) return an && bn;
        JsonElement x = a!.Value, y = b!.Value;
        if (x.ValueKind == JsonValueKind.Number && y.ValueKind == JsonValueKind.Number) return x.GetDouble() == y.GetDouble();
        if (x.ValueKind != y.ValueKind) return false;
        return x.ValueKind switch
        {
            JsonValueKind.String => x.GetString() == y.GetString(),
            JsonValueKind.True or JsonValueKind.False => true,
            JsonValueKind.Array => x.GetArrayLength() == y.GetArrayLength()
                && x.EnumerateArray().Zip(y.EnumerateArray()).All(t => JsonEquals(t.First, t.Second)),
            _ => x.GetRawText() == y.GetRawText(),
        };
    }

    [GeneratedRegex(@"\s")] private static partial Regex Whitespace();
}
