using System.IO.Compression;
using System.Text.Json;
using ChatBot.Cli;

namespace ChatBot.Tests.Cli;

public sealed class ParseVerbTests : IDisposable
{
    private readonly string _dir = System.IO.Directory.CreateTempSubdirectory("parse-verb-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private const string Notice = "Số: 12/TB-UBND\n\nLạc Viên, ngày 03 tháng 6 năm 2026\n\nTHÔNG BÁO\n\nĐồng chí Chủ tịch UBND phường kết luận như sau:\n\n1. Phòng Văn hóa - Xã hội\n\n- Rà soát hộ nghèo, hoàn thành trước ngày 30/6/2026.\n";

    [Fact]
    public async Task Parse_json_prints_the_scorer_schema_with_readable_vietnamese()
    {
        var (code, output, _) = await Run("parse", Write("tb.txt", System.Text.Encoding.UTF8.GetBytes(Notice)), "--json");
        Assert.Equal(0, code);
        Assert.Contains("Phòng Văn hóa - Xã hội", output); // not \u-escaped
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("document");
        Assert.Equal("thong_bao", doc.GetProperty("kind").GetString());
        Assert.Equal("2026-06-03", doc.GetProperty("issued_on").GetString());
        var task = json.RootElement.GetProperty("tasks")[0];
        Assert.Equal("2026-06-30", task.GetProperty("deadline").GetString());
        Assert.Equal(JsonValueKind.Null, task.GetProperty("recurrence").ValueKind);
        foreach (var key in (string[])["unit", "cooperating", "text", "section", "urgent", "supervisor", "line_start", "line_end"])
            Assert.True(task.TryGetProperty(key, out _), key);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("unmatched_units").ValueKind);
    }

    [Fact]
    public async Task Parse_without_json_prints_a_table_a_clerk_can_check()
    {
        var (code, output, _) = await Run("parse", Write("tb.txt", System.Text.Encoding.UTF8.GetBytes(Notice)));
        Assert.Equal(0, code);
        Assert.Contains("1 nhiệm vụ, 1 đơn vị, 1 có hạn", output);
        Assert.Contains("30/06/2026", output);
        Assert.Contains("Đơn vị chủ trì", output);
    }

    public static TheoryData<string, byte[]> BadFiles()
    {
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 120; i++) s.Write(zeros);
        }
        return new()
        {
            { "empty.txt", [] },
            { "binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x02] },
            { "notzip.docx", "plain text"u8.ToArray() },
            { "bomb.docx", bomb.ToArray() },
            { "notpdf.pdf", "%PDF-1.4\n%broken"u8.ToArray() },
        };
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gives_one_vietnamese_error_line_and_exit_code_2(string name, byte[] bytes)
    {
        var (code, output, err) = await Run("parse", Write(name, bytes), "--json");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("Lỗi: ", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = Path.Combine(_dir, "big.txt");
        await using (var f = File.Create(path)) f.SetLength(50L * 1024 * 1024);
        var (code, _, err) = await Run("parse", path);
        Assert.Equal(2, code);
        Assert.Contains("quá lớn", err);
    }

    [Fact]
    public async Task A_missing_file_or_argument_is_an_error()
    {
        Assert.Equal(2, (await Run("parse", Path.Combine(_dir, "none.txt"))).Code);
        Assert.Equal(2, (await Run("parse")).Code);
    }
}
