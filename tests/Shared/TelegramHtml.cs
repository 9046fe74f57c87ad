using System.Text.RegularExpressions;

namespace ChatBot.Tests.Shared;

/// <summary>What Telegram's Bot API accepts as parse_mode=HTML, checked the way the API does before sending: only its
/// tags, properly nested and closed; &lt; &gt; &amp; only as tags or entities; some visible text.
/// Written from https://core.telegram.org/bots/api#html-style (read for the rules, not copied).</summary>
public static partial class TelegramHtml
{
    private static readonly HashSet<string> Plain = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "code", "pre", "blockquote"];

    /// <summary>Null when valid, else why not.</summary>
    public static string? Problem(string html)
    {
        var open = new Stack<string>();
        var visible = 0;
        for (var i = 0; i < html.Length;)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0) return $"unclosed tag at {i}";
                var tag = html[(i + 1)..end];
                if (tag.StartsWith('/'))
                {
                    var name = tag[1..];
                    if (open.Count == 0 || open.Peek() != name) return $"</{name}> at {i} closes {(open.Count == 0 ? "nothing" : "<" + open.Peek() + ">")}";
                    open.Pop();
                }
                else
                {
                    var m = OpenTag().Match(tag);
                    if (!m.Success) return $"malformed tag <{tag}>";
                    var name = m.Groups["name"].Value;
                    var attrs = m.Groups["attrs"].Value.Trim();
                    var ok = Plain.Contains(name) ? attrs.Length == 0 || (name == "blockquote" && attrs == "expandable") || (name == "code" && attrs.StartsWith("class=\"language-"))
                        : name == "a" ? attrs.StartsWith("href=\"") && attrs.EndsWith('"')
                        : name == "span" ? attrs == "class=\"tg-spoiler\""
                        : name == "tg-emoji" && attrs.StartsWith("emoji-id=\"");
                    if (!ok) return $"unsupported tag <{tag}>";
                    open.Push(name);
                }
                i = end + 1;
            }
            else if (c == '&')
            {
                var m = Entity().Match(html, i);
                if (!m.Success || m.Index != i) return $"bare & at {i}";
                visible++;
                i += m.Length;
            }
            else if (c == '>') return $"bare > at {i}";
            else
            {
                if (!char.IsWhiteSpace(c)) visible++;
                i++;
            }
        }
        if (open.Count > 0) return $"<{open.Peek()}> never closed";
        return visible == 0 ? "no visible text" : null;
    }

    [GeneratedRegex("^(?<name>[a-z][a-z-]*)(?<attrs>(\\s+[^<>]*)?)$")]
    private static partial Regex OpenTag();

    [GeneratedRegex("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")]
    private static partial Regex Entity();
}
