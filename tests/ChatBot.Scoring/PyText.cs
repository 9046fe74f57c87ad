using System.Numerics;
using System.Text;
using System.Text.Json;

namespace ChatBot.Scoring;

/// <summary>Python's text conventions that score.py's output relies on: fixed-point rounding, repr, slicing, shlex.quote.</summary>
public static class PyText
{
    /// <summary>Like Python's <c>format(x, '.Nf')</c>: the exact binary value rounded half-to-even.</summary>
    public static string Fixed(double x, int digits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return x.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bits = BitConverter.DoubleToInt64Bits(x);
        var negative = bits < 0;
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        BigInteger mantissa = exponentBits == 0 ? fraction : fraction | (1L << 52);
        var exponent = (exponentBits == 0 ? 1 : exponentBits) - 1075;
        var scaled = mantissa * BigInteger.Pow(10, digits);
        BigInteger q;
        if (exponent >= 0) q = scaled << exponent;
        else
        {
            var den = BigInteger.One << -exponent;
            q = BigInteger.DivRem(scaled, den, out var r);
            var twice = r * 2;
            if (twice > den || (twice == den && !q.IsEven)) q += 1;
        }
        var s = q.ToString().PadLeft(digits + 1, '0');
        var body = digits == 0 ? s : s[..^digits] + "." + s[^digits..];
        return negative && !q.IsZero ? "-" + body : body;
    }

    /// <summary>The first <paramref name="count"/> code points, like Python's <c>s[:count]</c>.</summary>
    public static string Head(string s, int count)
    {
        var sb = new StringBuilder();
        var n = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            if (n++ == count) break;
            sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    /// <summary>Python's <c>repr</c> of a string.</summary>
    public static string Repr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (var rune in s.EnumerateRunes())
        {
            var v = rune.Value;
            if (v == '\\') sb.Append(@"\\");
            else if (v == quote) sb.Append('\\').Append(quote);
            else if (v == '\n') sb.Append(@"\n");
            else if (v == '\r') sb.Append(@"\r");
            else if (v == '\t') sb.Append(@"\t");
            else if (v != ' ' && !Printable(rune)) sb.Append(v < 0x100 ? $"\\x{v:x2}" : v < 0x10000 ? $"\\u{v:x4}" : $"\\U{v:x8}");
            else sb.Append(rune.ToString());
        }
        return sb.Append(quote).ToString();
    }

    // Python's str.isprintable: not a control, format, surrogate, private-use, unassigned or separator character.
    static bool Printable(System.Text.Rune rune) => System.Text.Rune.GetUnicodeCategory(rune) is not (
        System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
        or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse
        or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.LineSeparator
        or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.SpaceSeparator);

    /// <summary>Python's <c>repr</c> of a value read from JSON (None, True, numbers, strings, lists).</summary>
    public static string Repr(JsonElement? value) => value is not { } v ? "None" : v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "None",
        JsonValueKind.String => Repr(v.GetString()!),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.Array => "[" + string.Join(", ", v.EnumerateArray().Select(e => Repr(e))) + "]",
        _ => "{" + string.Join(", ", v.EnumerateObject().Select(p => Repr(p.Name) + ": " + Repr(p.Value))) + "}",
    };

    /// <summary>Python's <c>shlex.quote</c>.</summary>
    public static string ShellQuote(string s)
    {
        if (s.Length == 0) return "''";
        if (s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || "@%+=:,./-".Contains(c))) return s;
        return "'" + s.Replace("'", "'\"'\"'") + "'";
    }
}
