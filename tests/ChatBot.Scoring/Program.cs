using System.Globalization;
using System.Text;
using ChatBot.Scoring;

// Usage: ChatBot.Scoring --cmd 'dotnet ChatBot.dll parse {} --json' --docs DIR [--gold DIR] [--min 0.97] [--verbose] [--jobs 2]
//        ChatBot.Scoring --self-check
Console.OutputEncoding = new UTF8Encoding(false);
const string Usage = "Cách dùng: ChatBot.Scoring --cmd 'LỆNH {}' --docs THƯ_MỤC [--gold THƯ_MỤC] [--min 0.97] [--verbose] [--jobs 2]\n"
    + "           ChatBot.Scoring --self-check";
try
{
    string? cmd = null, docs = null, gold = null;
    double min = 0;
    int jobs = 2;
    bool verbose = false, selfCheck = false;
    for (var i = 0; i < args.Length; i++)
    {
        string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"thiếu giá trị sau {args[i]}");
        switch (args[i])
        {
            case "--cmd": cmd = Value(); break;
            case "--docs": docs = Value(); break;
            case "--gold": gold = Value(); break;
            case "--min" or "--min-f1":
                var m = Value();
                if (!double.TryParse(m, NumberStyles.Float, CultureInfo.InvariantCulture, out min) || min is < 0 or > 1)
                    throw new ArgumentException($"--min phải là số từ 0 đến 1, không phải '{m}'");
                break;
            case "--jobs":
                var j = Value();
                if (!int.TryParse(j, out jobs) || jobs < 1) throw new ArgumentException($"--jobs phải là số nguyên dương, không phải '{j}'");
                break;
            case "--verbose": verbose = true; break;
            case "--self-check": selfCheck = true; break;
            case "-h" or "--help": Console.WriteLine(Usage); return 0;
            default: throw new ArgumentException($"không hiểu tham số '{args[i]}'");
        }
    }
    if (selfCheck) return await SelfCheck.RunAsync(Console.Out);
    if (cmd is null || docs is null) throw new ArgumentException("cần --cmd và --docs");
    if (!cmd.Contains("{}", StringComparison.Ordinal)) throw new ArgumentException("--cmd phải chứa {} (chỗ đặt đường dẫn văn bản)");
    gold ??= docs;
    foreach (var dir in new[] { docs, gold })
        if (!Directory.Exists(dir)) throw new ArgumentException($"không có thư mục {dir}");
    return await SetScorer.RunAsync(new ScoreOptions(cmd, docs, gold, min, verbose, jobs), Console.Out);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"Lỗi: {e.Message}");
    Console.Error.WriteLine(Usage);
    return 2;
}
