using ChatBot.Core.Conversation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatBot.Core.Tests.Conversation;

/// <summary>A chat text and a platform limit, generated with Vietnamese words, task numbers, blank lines and over-long words.</summary>
public sealed record LongText(string Text, int Max)
{
    public override string ToString() => $"Max={Max}, Length={Text.Length}";
}

/// <summary>A valid Telegram-HTML message (nested tags with attributes, entities, emoji, long words) and a limit.</summary>
public sealed record HtmlText(string Html, int Max)
{
    public override string ToString() => $"Max={Max}, Html={Html}";
}

public static class SplitterArbitraries
{
    private static readonly string[] HtmlWords =
    [
        "#12", "xong", "Phòng", "Kinh", "tế", "Hạn:", "15/06/2026", "—", "&lt;gấp&gt;", "&amp;", "&quot;trích&quot;", "&#39;",
        "⚡", "😀", "vướng:", "kinh", "phí", "1.", "a", "UBND",
    ];

    private static readonly (string Name, string Open)[] Tags =
    [
        ("b", "b"), ("strong", "strong"), ("i", "i"), ("em", "em"), ("u", "u"), ("s", "s"), ("del", "del"), ("tg-spoiler", "tg-spoiler"),
        ("code", "code"), ("pre", "pre"), ("blockquote", "blockquote"), ("blockquote", "blockquote expandable"),
        ("a", "a href=\"https://ubnd.vn/t/12\""), ("span", "span class=\"tg-spoiler\""),
    ];

    public static Arbitrary<HtmlText> HtmlText()
    {
        var longWord = Gen.Choose(5, 150).Select(n => string.Concat(Enumerable.Repeat("x&amp;", n / 2)) + "😀y");
        var word = Gen.Frequency((12, Gen.Elements(HtmlWords)), (1, longWord));
        var gap = Gen.Elements(" ", " ", " ", "\n", "\n\n", "");
        var text = Gen.ListOf(Gen.Zip(word, gap).Select(t => t.Item1 + t.Item2)).Resize(12).Select(string.Concat);
        Gen<string> Node(int depth) => depth == 0 ? text : Gen.Frequency(
            (2, text),
            (1, Gen.Zip(Gen.Elements(Tags), Gen.ListOf(Node(depth - 1)).Resize(4))
                .Select(t => $"<{t.Item1.Open}>{string.Concat(t.Item2)}</{t.Item1.Name}>")));
        var html = Gen.ListOf(Node(3)).Resize(10).Select(string.Concat).Where(h => ChatBot.Tests.Shared.TelegramHtml.Problem(h) is null);
        return Gen.Zip(html, Gen.Choose(120, 500)).Select(t => new HtmlText(t.Item1, t.Item2)).ToArbitrary();
    }

    private static readonly string[] Words =
    [
        "#12", "xong", "đang", "làm", "60%", "Phòng", "Kinh", "tế", "Hạn:", "15/06/2026", "—", "còn", "5", "ngày",
        "UBND", "phường", "Bạch", "Đằng", "vướng:", "chưa", "có", "kinh", "phí", "⚡", "😀", "1.", "2.", "", "a",
    ];

    public static Arbitrary<LongText> LongText()
    {
        var longWord = Gen.Choose(20, 400).Select(n => new string('x', n) + "😀" + new string('y', n / 3));
        var word = Gen.Frequency((12, Gen.Elements(Words)), (1, longWord));
        var line = Gen.ListOf(word).Select(ws => string.Join(" ", ws));
        var text = Gen.ListOf(line).Select(ls => string.Join("\n", ls));
        var max = Gen.Choose(40, 400);
        return Gen.Zip(text, max).Select(t => new LongText(t.Item1, t.Item2)).ToArbitrary();
    }
}

public sealed class MessageSplitterTests
{
    private static string[] Tokens(string s) => s.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The parts without their "(i/n)" header line.</summary>
    private static IEnumerable<string> Bodies(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts : parts.Select(p => p[(p.IndexOf('\n') + 1)..]);

    [Property(Arbitrary = [typeof(SplitterArbitraries)], MaxTest = 300)]
    public bool Every_part_fits_the_limit_including_its_number(LongText t) =>
        MessageSplitter.Split(t.Text, t.Max).All(p => p.Length <= t.Max);

    [Property(Arbitrary = [typeof(SplitterArbitraries)], MaxTest = 300)]
    public bool Every_word_survives_in_order_and_a_word_that_fits_is_never_cut(LongText t)
    {
        var output = new Queue<string>(Bodies(MessageSplitter.Split(t.Text, t.Max)).SelectMany(Tokens));
        foreach (var word in Tokens(t.Text))
        {
            if (output.Count == 0) return false;
            if (word.Length <= t.Max - 12) { if (output.Dequeue() != word) return false; continue; }
            var joined = "";
            while (joined.Length < word.Length && output.Count > 0) joined += output.Dequeue();
            if (joined != word) return false;
        }
        return output.Count == 0;
    }

    [Property(Arbitrary = [typeof(SplitterArbitraries)], MaxTest = 300)]
    public bool Parts_are_numbered_one_to_n_when_there_are_several(LongText t)
    {
        var parts = MessageSplitter.Split(t.Text, t.Max);
        return parts.Count == 1 || parts.Select((p, i) => p.StartsWith($"({i + 1}/{parts.Count})\n")).All(x => x);
    }

    [Property(Arbitrary = [typeof(SplitterArbitraries)], MaxTest = 500)]
    public bool Any_split_of_valid_telegram_html_gives_parts_that_are_each_valid_telegram_html_within_the_limit(HtmlText t) =>
        MessageSplitter.Split(t.Html, t.Max, html: true).All(p => p.Length <= t.Max && ChatBot.Tests.Shared.TelegramHtml.Problem(p) is null);

    [Property(Arbitrary = [typeof(SplitterArbitraries)], MaxTest = 500)]
    public bool Splitting_html_loses_no_visible_character_and_keeps_their_order(HtmlText t)
    {
        var parts = MessageSplitter.Split(t.Html, t.Max, html: true);
        return Visible(string.Concat(Bodies(parts))) == Visible(t.Html);
    }

    /// <summary>What a reader sees, without whitespace (a cut at a line break or a space consumes it).</summary>
    private static string Visible(string html) =>
        string.Concat(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", "")).Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void A_cut_inside_a_link_closes_it_and_reopens_it_with_its_address()
    {
        var text = "<a href=\"https://ubnd.vn/t/12\">" + string.Join(" ", Enumerable.Repeat("chi tiết", 30)) + "</a>";
        var parts = MessageSplitter.Split(text, 120, html: true);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.Null(ChatBot.Tests.Shared.TelegramHtml.Problem(p)));
        Assert.All(Bodies(parts), b => Assert.StartsWith("<a href=\"https://ubnd.vn/t/12\">", b));
        Assert.All(parts, p => Assert.EndsWith("</a>", p));
    }

    [Fact]
    public void Markup_nested_deeper_than_a_part_falls_back_to_plain_text_within_the_limit()
    {
        // Found by the property above (FsCheck replay): reopening the tags around one character overflowed the part.
        var deep = "<blockquote><a href=\"https://ubnd.vn/t/12\">" + string.Join(" ", Enumerable.Repeat("chi tiết", 20))
            + "<blockquote expandable></blockquote><tg-spoiler>x</tg-spoiler> cuối</a></blockquote>";
        var parts = MessageSplitter.Split(deep, 60, html: true);

        Assert.All(parts, p => Assert.True(p.Length <= 60, $"{p.Length}: {p}"));
        Assert.All(parts, p => Assert.Null(ChatBot.Tests.Shared.TelegramHtml.Problem(p)));
        Assert.Equal(Visible(deep), Visible(string.Concat(Bodies(parts))));
    }

    [Fact]
    public void A_tag_closing_right_at_a_cut_is_not_reopened_empty()
    {
        var text = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"<b>#{i}</b> việc số {i}"));
        var parts = MessageSplitter.Split(text, 100, html: true);

        Assert.All(parts, p => Assert.DoesNotContain("<b></b>", p));
        Assert.Equal(text.Split('\n'), Bodies(parts).SelectMany(b => b.Split('\n')));
    }

    [Fact]
    public void A_text_exactly_at_the_limit_is_one_part_and_a_limit_under_16_is_refused()
    {
        var text = new string('a', 50);
        Assert.Equal([text], MessageSplitter.Split(text, 50));
        Assert.Throws<ArgumentOutOfRangeException>(() => MessageSplitter.Split("abc", 15));
    }

    [Fact]
    public void A_hard_cut_fills_each_part_to_the_limit_and_never_splits_a_pair()
    {
        var parts = MessageSplitter.Split(new string('x', 100), 41);
        Assert.Equal([35, 35, 30], Bodies(parts).Select(b => b.Length));
        var emoji = MessageSplitter.Split("a" + string.Concat(Enumerable.Repeat("😀", 40)), 41);
        Assert.Equal([35, 34, 12], Bodies(emoji).Select(b => b.Length));
    }

    [Fact]
    public void A_line_that_exactly_fills_a_part_is_not_cut()
    {
        var lines = Enumerable.Range(0, 5).Select(i => new string((char)('a' + i), 34)).ToList();
        Assert.Equal(lines, Bodies(MessageSplitter.Split(string.Join("\n", lines), 40)));
        var tagged = Enumerable.Range(0, 4).Select(i => "<b>" + new string((char)('a' + i), 27) + "</b>").ToList();
        Assert.Equal(tagged, Bodies(MessageSplitter.Split(string.Join("\n", tagged), 40, html: true)));
    }

    [Fact]
    public void Plain_text_is_never_read_as_markup()
    {
        var text = "<b>" + string.Join(" ", Enumerable.Repeat("a&amp;b", 20)) + " R&D;";
        var parts = MessageSplitter.Split(text, 60);
        Assert.Equal(text.Replace(" ", ""), string.Concat(Bodies(parts)).Replace(" ", ""));
        Assert.DoesNotContain(parts, p => p.Contains("</b>"));
    }

    [Fact]
    public void Blank_lines_and_windows_line_ends_never_start_or_end_a_part()
    {
        var text = string.Join("\r\n\r\n", Enumerable.Range(1, 30).Select(i => $"Dòng {i}: nội dung cần theo dõi"));
        var bodies = Bodies(MessageSplitter.Split(text, 100)).ToList();
        Assert.True(bodies.Count > 1);
        Assert.All(bodies, b => Assert.False(char.IsWhiteSpace(b[0]) || b[^1] == '\n', $"part starts or ends with a line break: {b}"));
    }

    [Fact]
    public void A_tag_longer_than_a_part_still_ends_the_split_and_keeps_every_word()
    {
        var link = $"<a href=\"https://ubnd.vn/{new string('x', 200)}\">xem</a>";
        var text = string.Join("\n", Enumerable.Repeat("một dòng chữ bình thường", 8)) + "\n" + link + " cuối";
        var parts = MessageSplitter.Split(text, 100, html: true);
        Assert.Equal(Visible(text), Visible(string.Concat(Bodies(parts))));
    }

    [Fact]
    public void A_text_that_fits_comes_back_unchanged_and_unnumbered()
    {
        Assert.Equal(["#12 xong"], MessageSplitter.Split("#12 xong", 2000));
    }

    [Fact]
    public void A_long_list_is_cut_between_lines_not_inside_them()
    {
        var lines = Enumerable.Range(1, 100).Select(i => $"{i}. #{i} Rà soát hồ sơ đất đai tổ dân phố số {i} — hạn 15/06/2026").ToList();
        var parts = MessageSplitter.Split(string.Join("\n", lines), 2000);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= 2000));
        Assert.Equal(lines, parts.SelectMany(p => p.Split('\n').Skip(1)));
    }

    [Fact]
    public void A_surrogate_pair_is_never_cut_in_half()
    {
        var parts = MessageSplitter.Split(string.Concat(Enumerable.Repeat("😀", 100)), 41);
        Assert.All(parts, p => Assert.DoesNotContain('\uFFFD', p.Normalize()));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
    }

    [Fact]
    public void Html_tags_open_at_a_cut_are_closed_and_reopened_in_the_next_part()
    {
        var text = "<b>" + string.Join(" ", Enumerable.Repeat("quá hạn", 60)) + "</b>";
        var parts = MessageSplitter.Split(text, 100, html: true);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= 100));
        Assert.All(parts, p => Assert.Equal(Count(p, "<b>"), Count(p, "</b>")));
        Assert.All(parts.Skip(1), p => Assert.StartsWith("<b>", p[(p.IndexOf('\n') + 1)..]));
    }

    [Fact]
    public void A_hard_cut_in_html_never_falls_inside_an_entity()
    {
        var word = string.Concat(Enumerable.Repeat("a&amp;", 40));
        var parts = MessageSplitter.Split(word, 50, html: true);
        var bodies = parts.Select(p => p[(p.IndexOf('\n') + 1)..]).ToList();
        Assert.Equal(word, string.Concat(bodies));
        Assert.All(bodies, b => Assert.Equal(Count(b, "&"), Count(b, "&amp;")));
    }

    private static int Count(string s, string what) => (s.Length - s.Replace(what, "").Length) / what.Length;
}
