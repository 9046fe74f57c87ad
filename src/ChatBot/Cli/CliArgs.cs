namespace ChatBot.Cli;

/// <summary>Operator command line: positional words, repeatable <c>--name value</c> options and bare <c>--flags</c>.</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _flags = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Positional { get; } = [];

    /// <param name="flagNames">Options that take no value (e.g. "json", "assign").</param>
    public static CliArgs Parse(IEnumerable<string> args, params string[] flagNames)
    {
        var result = new CliArgs();
        var flags = new HashSet<string>(flagNames, StringComparer.OrdinalIgnoreCase);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var name = a[2..];
                string? value = null;
                var eq = name.IndexOf('=');
                if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
                if (value is null && flags.Contains(name)) { result._flags.Add(name); continue; }
                if (value is null)
                {
                    if (!e.MoveNext()) throw new CliUsageException($"Thiếu giá trị cho --{name}.");
                    value = e.Current;
                }
                if (!result._options.TryGetValue(name, out var list)) result._options[name] = list = [];
                list.Add(value);
            }
            else result.Positional.Add(a);
        }
        return result;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Option(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public string Required(string name) =>
        Option(name) is { Length: > 0 } v ? v : throw new CliUsageException($"Thiếu tham số bắt buộc --{name}.");

    public IEnumerable<string> OptionNames => _options.Keys.Concat(_flags);
}

/// <summary>Wrong arguments: printed as one line, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
