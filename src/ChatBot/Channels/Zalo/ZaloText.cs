using System.Net;
using System.Text.RegularExpressions;

namespace ChatBot.Channels.Zalo;

/// <summary>Zalo shows plain text only: the Telegram HTML subset of the outbox is reduced to its words.</summary>
public static partial class ZaloText
{
    public static string Plain(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex(@"</?(?:b|strong|i|em|u|ins|s|strike|del|a|code|pre|blockquote|tg-spoiler|span)(?:\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
