using System.Text.Json;
using ChatBot.Cli;
using ChatBot.Directory;
using ChatBot.Storage;
using ChatBot.Tasks;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Parsing;

/// <summary>
/// One way to read a notice for a ward: <c>parse --ward</c>, <c>import</c> and the chat upload all go through the
/// import service's reader, so the same file gives the same tasks, units and deadlines everywhere.
/// </summary>
public sealed class NoticeReadingTests : IDisposable
{
    private readonly ChatBotApp _app = new();
    private readonly string _dir = System.IO.Directory.CreateTempSubdirectory("notice-reading-").FullName;

    public void Dispose()
    {
        _app.Dispose();
        System.IO.Directory.Delete(_dir, recursive: true);
    }

    // No year anywhere in the notice: the ward's today (1 June 2026 on the test clock) gives it.
    private const string Notice = "THÔNG BÁO\n\nChủ tịch UBND phường kết luận như sau:\n\n(1) VP HĐND-UBND tổng hợp kiến nghị cử tri trước ngày 20/6.\n\n(2) Ban Chỉ huy Quân sự phường rà soát dân quân.\n";

    private async Task<(Core.Directory.Ward Ward, int Office)> WardAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var dir = scope.ServiceProvider.GetRequiredService<DirectoryService>();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        var ward = await dir.AddWardAsync("An Hòa", default);
        await db.SaveChangesAsync(); // services never save; the caller does
        var office = await dir.AddUnitAsync(ward, "Văn phòng HĐND và UBND phường", ["Văn phòng"], default);
        await dir.AddUnitAsync(ward, "Công an phường", [], default);
        await db.SaveChangesAsync();
        return (ward, office.Id);
    }

    [Fact]
    public async Task Parse_with_a_ward_maps_units_to_its_directory_and_lists_the_rest_without_saving()
    {
        var (ward, office) = await WardAsync();
        var path = Path.Combine(_dir, "tb.txt");
        await File.WriteAllTextAsync(path, Notice);
        var stdout = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["parse", path, "--ward", ward.Name, "--json"], new CliContext(stdout, new StringWriter()) { Services = _app.Services }));

        using var json = JsonDocument.Parse(stdout.ToString());
        var tasks = json.RootElement.GetProperty("tasks");
        Assert.Equal(office.ToString(), tasks[0].GetProperty("unit_key").GetString());
        Assert.Equal("Văn phòng HĐND và UBND phường", tasks[0].GetProperty("unit").GetString());
        Assert.Equal("VP HĐND-UBND", tasks[0].GetProperty("unit_written").GetString());
        Assert.Equal("2026-06-20", tasks[0].GetProperty("deadline").GetString());
        Assert.Equal("Ban Chỉ huy Quân sự phường", tasks[1].GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, tasks[1].GetProperty("unit_key").ValueKind);
        Assert.Equal(["Ban Chỉ huy Quân sự phường"], json.RootElement.GetProperty("unmatched_units").EnumerateArray().Select(e => e.GetString()));
        Assert.True(tasks[0].GetProperty("span").GetProperty("end").GetInt32() > 0);
        Assert.Equal("VP HĐND-UBND", tasks[0].GetProperty("unit_evidence").GetProperty("text").GetString());
        Assert.Equal(0, await _app.WithDb(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task Import_creates_exactly_what_parse_with_the_ward_shows()
    {
        var (ward, _) = await WardAsync();
        var bytes = System.Text.Encoding.UTF8.GetBytes(Notice);
        await using var scope = _app.Services.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
        var read = await imports.ReadAsync(ward, "tb.txt", bytes, default);
        var imported = await imports.ImportAsync(ward, "tb.txt", bytes, new Core.Tasks.Actor(null, "test", "test", "import"), default);
        Assert.Equal(read.Tasks.Select(t => (t.UnitKey, t.Unit, t.Deadline)),
            imported.Document.Tasks.OrderBy(t => t.Ordinal).Select(t => (t.UnitId?.ToString(), t.UnitName, t.Deadline)));
        Assert.Equal(read.UnmatchedUnits, imported.UnmatchedUnits);
    }

    /// <summary>A part the parser gives up on (made to fail on purpose through the tests' fault switch) is skipped, the rest
    /// read; parse (text and --json), import and the desk's summary all say so, because that part's tasks are missing.</summary>
    [Fact]
    public async Task A_part_the_parser_gives_up_on_is_reported_by_parse_and_import()
    {
        var (ward, _) = await WardAsync();
        var path = Path.Combine(_dir, "tb.txt");
        await File.WriteAllTextAsync(path, Notice);
        var warning = Core.Conversation.Texts.SkippedParts(1);
        Core.Parsing.ParserFaults.FailOn = ("task", "rà soát dân quân");
        try
        {
            var text = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["parse", path, "--ward", ward.Name], new CliContext(text, new StringWriter()) { Services = _app.Services }));
            Assert.Contains(warning, text.ToString());
            Assert.DoesNotContain("dân quân", text.ToString());

            var json = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["parse", path, "--ward", ward.Name, "--json"], new CliContext(json, new StringWriter()) { Services = _app.Services }));
            using var parsed = JsonDocument.Parse(json.ToString());
            Assert.Single(parsed.RootElement.GetProperty("skipped").EnumerateArray());
            Assert.Single(parsed.RootElement.GetProperty("tasks").EnumerateArray());

            await using var scope = _app.Services.CreateAsyncScope();
            var imported = await scope.ServiceProvider.GetRequiredService<ImportService>()
                .ImportAsync(ward, "tb.txt", System.Text.Encoding.UTF8.GetBytes(Notice), new Core.Tasks.Actor(null, "test", "test", "import"), default);
            Assert.Equal(1, imported.SkippedParts);
            Assert.Equal(1, imported.TaskCount);
            Assert.Contains(warning, imported.Summary());
        }
        finally { Core.Parsing.ParserFaults.FailOn = null; }
    }

    [Fact]
    public async Task Import_stores_the_text_read_and_each_tasks_span_and_evidence_in_it()
    {
        var (ward, _) = await WardAsync();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
            await imports.ImportAsync(ward, "tb.txt", System.Text.Encoding.UTF8.GetBytes(Notice), new Core.Tasks.Actor(null, "test", "test", "import"), default);
            await scope.ServiceProvider.GetRequiredService<ChatBotDb>().SaveChangesAsync();
        }
        var doc = await _app.WithDb(db => db.Documents.Include(d => d.Tasks).SingleAsync());
        Assert.Equal(Notice, doc.Text); // what the review page highlights in
        var tasks = doc.Tasks.OrderBy(t => t.Ordinal).ToList();
        var first = doc.Text.Substring(tasks[0].SourceStart!.Value, tasks[0].SourceLength!.Value);
        Assert.Contains("tổng hợp kiến nghị cử tri", first);
        Assert.DoesNotContain("Quân sự", first);
        Assert.Contains("rà soát dân quân", doc.Text.Substring(tasks[1].SourceStart!.Value, tasks[1].SourceLength!.Value));
        Assert.Equal("VP HĐND-UBND", tasks[0].UnitEvidence);
        Assert.Contains("20/6", tasks[0].DeadlineEvidence);
        Assert.Null(tasks[1].DeadlineEvidence);
    }

    [Theory]
    [InlineData("kinh tế", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("vp hđnd-ubnd", "Văn phòng HĐND và UBND phường")]
    [InlineData("Văn phòng", "Văn phòng HĐND và UBND phường")]
    [InlineData("Phòng VH-XH", "Phòng Văn hóa - Xã hội")]
    [InlineData("kinh te do thi", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    public async Task A_typed_name_finds_its_unit_through_the_one_matcher(string typed, string name)
    {
        var units = await UnitsAsync();
        Assert.Equal(name, UnitLookup.Best(units, typed)?.Name);
    }

    [Theory]
    [InlineData("phòng")] // every department: ambiguous
    [InlineData("Trung tâm")]
    [InlineData("tài chính")]
    public async Task An_ambiguous_or_unknown_typed_name_finds_nothing(string typed) =>
        Assert.Null(UnitLookup.Best(await UnitsAsync(), typed));

    [Fact]
    public async Task A_unit_id_typed_as_a_number_is_that_unit()
    {
        var units = await UnitsAsync();
        var culture = units.Single(u => u.Name == "Phòng Văn hóa - Xã hội");
        Assert.Same(culture, UnitLookup.Best(units, culture.Id.ToString()));
    }

    private async Task<List<Core.Directory.Unit>> UnitsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var dir = scope.ServiceProvider.GetRequiredService<DirectoryService>();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        var ward = await dir.AddWardAsync("Bình Minh", default);
        await db.SaveChangesAsync();
        await dir.AddUnitAsync(ward, "Văn phòng HĐND và UBND phường", ["Văn phòng"], default);
        await dir.AddUnitAsync(ward, "Phòng Kinh tế, Hạ tầng và Đô thị", [], default);
        await dir.AddUnitAsync(ward, "Phòng Văn hóa - Xã hội", [], default);
        await dir.AddUnitAsync(ward, "Trung tâm Phục vụ hành chính công", [], default);
        await dir.AddUnitAsync(ward, "Trung tâm Dịch vụ sự nghiệp công", [], default);
        await db.SaveChangesAsync();
        return await db.Units.Include(u => u.Aliases).Where(u => u.WardId == ward.Id).ToListAsync();
    }
}
