using System.Text;
using ChatBot.Core.Parsing;
using FsCheck.Xunit;

namespace ChatBot.Core.Tests.Parsing;

public class PropertyTests
{
    private static readonly string Seedish = string.Join("\n", "Số: /TB-UBND", "kết luận như sau:", "1. Văn phòng HĐND & UBND phường",
        "- Giao Phòng Kinh tế rà soát trước ngày 30/6/2026; hằng tuần báo cáo.", "| STT | Nội dung | Đơn vị chủ trì | Thời gian |", "+ Công tác: UBND phường, các Tổ dân phố tăng cường");

    [Property(MaxTest = 300)]
    public bool The_parser_never_throws_on_arbitrary_text(string? text)
    {
        NoticeParser.Parse(text ?? "");
        return true;
    }

    [Property(MaxTest = 300)]
    public bool The_parser_never_throws_on_notice_fragments_mixed_with_noise(int[] picks, string? noise)
    {
        var lines = Seedish.Split('\n');
        var sb = new StringBuilder();
        foreach (var p in picks ?? []) sb.Append(lines[Math.Abs(p % lines.Length)]).Append(p % 3 == 0 ? noise : "").Append(p % 2 == 0 ? "\n\n" : "\n");
        NoticeParser.Parse(sb.ToString());
        return true;
    }

    [Property(MaxTest = 200)]
    public bool Extraction_either_returns_text_or_refuses_with_a_notice_error(byte[]? bytes, bool asDocx)
    {
        try
        {
            var text = NoticeText.Extract(bytes ?? [], asDocx ? "x.docx" : "x.txt");
            NoticeParser.Parse(text);
        }
        catch (NoticeReadException) { }
        return true;
    }

    [Property(MaxTest = 100)]
    public bool The_parser_is_deterministic(string? text)
    {
        var input = Seedish + (text ?? "");
        var a = NoticeParser.Parse(input);
        var b = NoticeParser.Parse(input);
        return a.Document == b.Document && a.Tasks.Count == b.Tasks.Count &&
               a.Tasks.Zip(b.Tasks).All(p => p.First.Text == p.Second.Text && p.First.Unit == p.Second.Unit && p.First.Deadline == p.Second.Deadline);
    }

    [Fact]
    public async Task A_five_megabyte_single_line_is_parsed_to_the_end()
    {
        var sb = new StringBuilder(5 * 1024 * 1024 + 100);
        const string chunk = "Giao Phòng Kinh tế trước ngày 30/6 hằng tuần (trong tháng 7/2026 ; phối hợp với ";
        while (sb.Length < 5 * 1024 * 1024) sb.Append(chunk);
        var text = sb.ToString();
        // A generous guard: a backtracking blow-up would take hours, a linear pass takes seconds.
        var parse = Task.Run(() => NoticeParser.Parse(text));
        var finished = await Task.WhenAny(parse, Task.Delay(TimeSpan.FromMinutes(2)));
        Assert.Same(parse, finished);
        Assert.NotNull(await parse);
    }
}
