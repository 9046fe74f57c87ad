using ChatBot.Cli;
using ChatBot.Storage;
using ChatBot.Storage.CompiledModels.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Cli;

/// <summary>The command line in-process: help for every verb, one Lỗi line and exit 2 for wrong words, and no
/// database touched unless a verb needs one.</summary>
public sealed class CommandLineTests : TempFolder
{

    private string DataDir => Path.Combine(Root, "data");

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new CliContext(stdout, stderr)
        {
            Settings = new Dictionary<string, string?> { [DataDirectory.Variable] = DataDir, ["ConnectionStrings:ChatBot"] = "" },
        };
        // A refused command returns at once; if a bug let it start the service, fail instead of hanging.
        var code = await CliApp.RunAsync(args, cli).WaitAsync(TimeSpan.FromSeconds(30));
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The verbs the root help lists under "Lệnh:" (so a verb added later is covered without editing this test).</summary>
    private static async Task<List<string>> ListedVerbs()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["--help"], stdout, new StringWriter()));
        return stdout.ToString().Split('\n').SkipWhile(l => !l.StartsWith("Lệnh:")).Skip(1)
            .TakeWhile(l => l.StartsWith("  ")).Select(l => l.Trim().Split(' ')[0]).ToList();
    }

    [Fact]
    public async Task Every_verb_and_sub_verb_answers_help_in_vietnamese_with_exit_0()
    {
        var verbs = await ListedVerbs();
        Assert.Superset(new HashSet<string> { "serve", "parse", "ward", "unit", "invite", "import", "tasks", "reminders", "help" }, verbs.ToHashSet());
        var commands = verbs.Select(v => new[] { v }).Concat([["ward", "add"], ["unit", "add"], ["reminders", "run-once"]]);
        foreach (var command in commands)
        {
            var (code, output, err) = await Run([.. command, "--help"]);
            Assert.True(code == 0, $"{string.Join(' ', command)} --help → {code}: {err}");
            Assert.Contains("Cách dùng:", output);
            Assert.Contains($"ChatBot {string.Join(' ', command)}", output);
            Assert.Contains("Hiện hướng dẫn", output);
            Assert.Equal("", err);
        }
        Assert.False(System.IO.Directory.Exists(DataDir), "--help must not create the data folder");
    }

    [Fact]
    public async Task The_usage_keeps_the_documented_spelling_of_every_verb()
    {
        var (_, output, _) = await Run("--help");
        foreach (var usage in (string[])
        [
            "ChatBot parse TỆP [--json]",
            "ChatBot ward add TÊN... [--json]",
            "ChatBot unit add TÊN... --ward PHƯỜNG [--alias TÊN_KHÁC]... [--json]",
            "ChatBot invite --ward PHƯỜNG [--unit ĐƠN_VỊ] --role leader|clerk|head|staff [--name HỌ_TÊN] [--json]",
            "ChatBot import TỆP --ward PHƯỜNG [--assign] [--json]",
            "ChatBot tasks --ward PHƯỜNG [--overdue] [--unit ĐƠN_VỊ] [--json]",
            "ChatBot reminders run-once --ward PHƯỜNG [--now ISO] [--json]",
            "ChatBot serve [--urls URL] [--environment TÊN]",
        ])
            Assert.Contains(usage, output);
    }

    [Theory]
    [InlineData("Lệnh không hợp lệ: foo", "foo")]
    [InlineData("Lệnh không hợp lệ: tasx", "tasx", "--ward", "X")]
    [InlineData("Tùy chọn không hợp lệ: --wat", "--wat")]
    [InlineData("Tùy chọn không hợp lệ: --ward", "--ward", "X")]
    [InlineData("Tham số thừa: foo", "serve", "foo")]
    [InlineData("Tùy chọn không hợp lệ: --overdu", "tasks", "--ward", "X", "--overdu")]
    [InlineData("Tùy chọn không hợp lệ: --aliass", "unit", "add", "--ward", "X", "Phòng", "Kinh", "tế", "--aliass", "KT")]
    [InlineData("Tùy chọn không hợp lệ: --jsn", "parse", "tb.txt", "--jsn")]
    [InlineData("Tham số thừa: b.txt", "parse", "a.txt", "b.txt")]
    [InlineData("Thiếu tùy chọn bắt buộc --ward.", "tasks")]
    [InlineData("Thiếu giá trị cho --ward.", "tasks", "--ward")]
    [InlineData("Thiếu TỆP.", "import", "--ward", "X")]
    [InlineData("Thiếu lệnh con: add.", "ward")]
    [InlineData("--role phải là leader, clerk, head hoặc staff.", "invite", "--ward", "X", "--role", "boss")]
    [InlineData("Thiếu giá trị cho --urls.", "--urls")]
    [InlineData("Tham số thừa: @args.txt", "tasks", "--ward", "X", "@args.txt")]
    public async Task A_wrong_word_prints_one_error_line_then_the_usage_and_exits_2_touching_nothing(string error, params string[] args)
    {
        var (code, output, err) = await Run(args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Lỗi: {error}", lines[0].TrimEnd());
        Assert.Single(lines, l => l.StartsWith("Lỗi:"));
        Assert.Equal("Cách dùng:", lines[1].TrimEnd());
        Assert.False(System.IO.Directory.Exists(DataDir), "a refused command must not create the data folder");
    }

    [Fact]
    public void The_service_accepts_configuration_words_and_refuses_anything_else()
    {
        Assert.Equal(
            ["--Telegram:BotToken=1:A", "--urls=http://127.0.0.1:1", "--environment=Testing", "--Simulator=", "--CHATBOT_DATA=/d"],
            ServeVerb.HostArguments(["--Telegram:BotToken=1:A", "--urls", "http://127.0.0.1:1", "--environment=Testing", "--Simulator=", "--CHATBOT_DATA=/d"],
                new System.CommandLine.RootCommand()));
        Assert.Throws<CliUsageException>(() => ServeVerb.HostArguments(["--Telegram:BotToken"], new System.CommandLine.RootCommand()));
        Assert.Throws<CliUsageException>(() => ServeVerb.HostArguments(["--json"], new System.CommandLine.RootCommand()));
        Assert.Throws<CliUsageException>(() => ServeVerb.HostArguments(["--foo=bar"], new System.CommandLine.RootCommand()));
    }

    [Fact]
    public async Task A_bad_value_for_an_existing_verb_is_one_vietnamese_line_with_exit_2()
    {
        var (code, output, err) = await Run("tasks", "--ward", "Không Có");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("Lỗi: Không tìm thấy phường \"Không Có\".", err.Trim());
    }

    [Fact]
    public async Task Verbs_share_one_database_in_the_data_folder_and_print_what_the_docs_say()
    {
        Assert.Equal((0, "Đã tạo phường \"Bạch Đằng\" (id 1).\n", ""), Normalize(await Run("ward", "add", "Bạch", "Đằng")));
        var (code, output, _) = await Run("unit", "add", "--ward", "bach dang", "Phòng Kinh tế", "--alias", "KT", "--alias", "P KT");
        Assert.Equal(0, code);
        Assert.Equal("Đơn vị \"Phòng Kinh tế\" (id 1) thuộc Bạch Đằng; tên khác: KT; P KT.\n", output.ReplaceLineEndings("\n"));
        (code, output, _) = await Run("tasks", "--ward", "Bạch Đằng", "--json");
        Assert.Equal((0, "[]"), (code, output.Trim()));
        Assert.True(File.Exists(Path.Combine(DataDir, DataDirectory.FileName)));
    }

    [Fact]
    public async Task The_compiled_model_is_current_so_verbs_do_not_build_the_model_at_start()
    {
        var services = new ServiceCollection();
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:ChatBot", $"Data Source={Path.Combine(Root, "m.db")}")]).Build();
        services.AddStorage(config);
        await using var sp = services.BuildServiceProvider();
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
        // Stale after a new migration: run scripts/ef-model.sh and commit Storage/CompiledModels/Sqlite.
        Assert.IsType<SqliteChatBotDbModel>(db.Model, exactMatch: false);
        await db.MigrateAsync();
        Assert.Empty(await db.Wards.ToListAsync());
    }

    private static (int, string, string) Normalize((int Code, string Out, string Err) r) =>
        (r.Code, r.Out.ReplaceLineEndings("\n"), r.Err);
}
