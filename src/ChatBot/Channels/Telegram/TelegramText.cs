namespace ChatBot.Channels.Telegram;

/// <summary>Splits text that is too long for one message at line boundaries (hard split only for a single overlong line).</summary>
internal static class TelegramText
{
    public static IReadOnlyList<string> Split(string text, int max)
    {
        if (text.Length <= max) return [text];
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var rest = line;
            while (rest.Length > max)
            {
                Flush(parts, current);
                parts.Add(rest[..max]);
                rest = rest[max..];
            }
            if (current.Length > 0 && current.Length + 1 + rest.Length > max) Flush(parts, current);
            if (current.Length > 0) current.Append('\n');
            current.Append(rest);
        }
        Flush(parts, current);
        return parts;
    }

    private static void Flush(List<string> parts, System.Text.StringBuilder current)
    {
        if (current.ToString().Trim().Length > 0) parts.Add(current.ToString());
        current.Clear();
    }
}
