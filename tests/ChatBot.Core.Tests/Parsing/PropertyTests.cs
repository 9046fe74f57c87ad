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

    private static readonly string[] Fragments =
    [
        "Số: 12/TB-UBND", "Hòa Bình, ngày 05 tháng 6 năm 2026", "Chủ tịch UBND phường kết luận như sau:", "1. Văn phòng HĐND & UBND phường",
        "- Giao Phòng Kinh tế rà soát trước ngày 30/6/2026; hằng tuần báo cáo.", "(2) TT PVHCC phối hợp với CA phường, BCH Quân sự phường tổ chức",
        "| STT | Nội dung | Đơn vị chủ trì | Thời gian |", "| 1 | Rà soát hồ sơ | Phòng VH-XH | Tháng 8 - 9/2026 |",
        "Kết luận, đồng chí Chủ tịch đề nghị các xã, thị trấn khẩn trương; phòng NN&PTNT tham mưu, Công an xã phối hợp.",
        "Giao:", "Đối với các tổ dân phố, Trưởng các thôn/khóm/ấp vận động trong vòng 10 ngày kể từ ngày ký.", "a) b) c)", "- 3 -", ":",
        "Nhiệm vụ này giao Văn phòng thực hiện.", "- Nội dung: Rà soát.", "- Đơn vị chủ trì: Phòng KT, HT&ĐT.", "Điều 2. Giao Sở Y tế.",
    ];

    private static string Build(int[] picks, int copies)
    {
        var sb = new StringBuilder();
        for (var c = 0; c < copies; c++)
            foreach (var p in picks) sb.Append(Fragments[Math.Abs(p % Fragments.Length)]).Append(p % 2 == 0 ? "\n\n" : "\n");
        return sb.ToString();
    }

    private static long StepsFor(string text)
    {
        ParserWork.Reset();
        NoticeParser.Parse(text);
        return ParserWork.Steps;
    }

    /// <summary>
    /// The parser's work grows linearly: doubling a text (of any mix of notice fragments) at most about doubles the steps
    /// counted (a step counter, not a clock: the same on a busy or an idle machine), and stays within a fixed number of
    /// steps per character.
    /// </summary>
    [Property(MaxTest = 150)]
    public bool The_parser_does_work_linear_in_the_input(int[] picks)
    {
        if (picks is null || picks.Length == 0) return true;
        var once = Build(picks, 8);
        var twice = Build(picks, 16);
        var a = StepsFor(once);
        var b = StepsFor(twice);
        return b <= 2.3 * a + 200 && b <= 4L * twice.Length + 1000;
    }

    [Fact]
    public void The_step_counter_sees_the_work()
    {
        var small = StepsFor(Build([4, 5, 8], 10));
        var large = StepsFor(Build([4, 5, 8], 100));
        Assert.True(small > 50, $"{small} steps");
        Assert.InRange(large, 8 * small, 12 * small);
    }

    [Property(MaxTest = 200)]
    public bool The_parser_never_throws_on_mixed_fragments_and_noise(int[] picks, string? noise)
    {
        var sb = new StringBuilder(Build(picks ?? [], 1));
        sb.Append(noise);
        sb.Append(Build(picks ?? [], 1));
        NoticeParser.Parse(sb.ToString(), new ParseOptions { DefaultYear = 2026, Directory = [new DirectoryUnit("1", "Phòng Kinh tế", ["KT"])] });
        return true;
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
