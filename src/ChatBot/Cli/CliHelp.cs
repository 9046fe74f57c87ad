using System.CommandLine;
using System.CommandLine.Parsing;

namespace ChatBot.Cli;

/// <summary>Vietnamese help, usage lines and parse errors (System.CommandLine ships no Vietnamese resources).</summary>
public static class CliHelp
{
    public const string ProgramName = "ChatBot";

    /// <summary><c>VERB --help</c>: description, usage, arguments, options and sub-verbs of one command.</summary>
    public static void Write(Command command, TextWriter w)
    {
        if (!string.IsNullOrEmpty(command.Description))
        {
            w.WriteLine(command.Description);
            w.WriteLine();
        }
        w.WriteLine("Cách dùng:");
        foreach (var line in UsageLines(command)) w.WriteLine("  " + line);

        var rows = command.Arguments.Where(a => !a.Hidden).Select(a => (a.HelpName ?? a.Name, a.Description)).ToList();
        Section(w, "Tham số:", rows);
        var verbs = command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description)).ToList();
        Section(w, "Lệnh:", verbs);
        var options = command.Options.Where(o => !o.Hidden).Select(o => (OptionLabel(o), o.Description)).ToList();
        if (command is not RootCommand) options.Add(("-h, --help", "Hiện hướng dẫn này."));
        Section(w, "Tùy chọn:", options);
        if (command is RootCommand)
        {
            w.WriteLine();
            w.WriteLine($"Mỗi lệnh có hướng dẫn riêng: {ProgramName} LỆNH --help.");
        }
    }

    /// <summary>The usage of a command: one line per runnable command under it (the root lists every verb).</summary>
    public static IEnumerable<string> UsageLines(Command command)
    {
        if (command.Action is not null) yield return UsageOf(command);
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        foreach (var line in UsageLines(sub))
            yield return line;
    }

    public static void WriteUsage(Command command, TextWriter w)
    {
        w.WriteLine("Cách dùng:");
        foreach (var line in UsageLines(command)) w.WriteLine("  " + line);
        w.WriteLine($"Xem thêm: {ProgramName} {string.Join(' ', Path(command).Append("--help"))}");
    }

    /// <summary>The first problem in a parse, in Vietnamese, or null when the command line is well formed.</summary>
    public static string? FirstError(ParseResult r)
    {
        // A word that looks like an option but landed in a value (a multi-word name swallows it): an unknown option.
        foreach (var child in r.CommandResult.Children)
        {
            if (child is not (ArgumentResult or OptionResult)) continue;
            var word = child.Tokens.Select(t => t.Value).FirstOrDefault(LooksLikeOption);
            if (word is not null) return $"Tùy chọn không hợp lệ: {word}";
        }
        // The parser leaves stray words to the root's setting (off: the service takes configuration words), so
        // every other command refuses them here.
        if (r.UnmatchedTokens.Count > 0 && r.CommandResult.Command.TreatUnmatchedTokensAsErrors)
            return Unmatched(r.UnmatchedTokens[0], r.CommandResult.Command);
        if (r.Errors.Count == 0) return null;
        var e = r.Errors[0];
        return e.SymbolResult switch
        {
            OptionResult { IdentifierToken: null } o => $"Thiếu tùy chọn bắt buộc {o.Option.Name}.",
            OptionResult { Tokens.Count: 0 } o => $"Thiếu giá trị cho {o.Option.Name}.",
            OptionResult o => $"Giá trị không hợp lệ cho {o.Option.Name}: {string.Join(' ', o.Tokens.Select(t => t.Value))}",
            ArgumentResult { Tokens.Count: 0 } a => $"Thiếu {a.Argument.HelpName ?? a.Argument.Name}.",
            ArgumentResult a => $"Giá trị không hợp lệ cho {a.Argument.HelpName ?? a.Argument.Name}: {string.Join(' ', a.Tokens.Select(t => t.Value))}",
            _ when r.CommandResult.Command.Subcommands.Count > 0 && r.CommandResult.Command.Action is null =>
                $"Thiếu lệnh con: {string.Join(" | ", r.CommandResult.Command.Subcommands.Select(c => c.Name))}.",
            _ => "Tham số không hợp lệ.",
        };
    }

    /// <summary>A word nobody expected where the command is <paramref name="at"/>.</summary>
    public static string Unmatched(string word, Command at) =>
        LooksLikeOption(word) ? $"Tùy chọn không hợp lệ: {word}"
        : at is RootCommand ? $"Lệnh không hợp lệ: {word}"
        : $"Tham số thừa: {word}";

    public static bool LooksLikeOption(string word) => word.Length > 1 && word[0] == '-' && !char.IsDigit(word[1]);

    private static string UsageOf(Command command)
    {
        var parts = new List<string> { ProgramName };
        parts.AddRange(Path(command));
        if (command is RootCommand) parts[0] += " [serve]";
        foreach (var a in command.Arguments.Where(a => !a.Hidden))
        {
            var name = a.HelpName ?? a.Name;
            var many = a.Arity.MaximumNumberOfValues > 1 ? "..." : "";
            parts.Add(a.Arity.MinimumNumberOfValues == 0 ? $"[{name}{many}]" : name + many);
        }
        foreach (var o in command.Options.Where(o => !o.Hidden && o.Name != "--help" && o.Name != "--version"))
        {
            var label = OptionLabel(o, withAliases: false);
            var many = o.Arity.MaximumNumberOfValues > 1 ? "..." : "";
            parts.Add(o.Required ? label : $"[{label}]{many}");
        }
        return string.Join(' ', parts);
    }

    private static IEnumerable<string> Path(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not null && c is not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault())
            names.Insert(0, c.Name);
        return names;
    }

    private static string OptionLabel(Option o, bool withAliases = true)
    {
        var names = withAliases ? o.Aliases.Where(a => a.StartsWith('-')).OrderBy(a => a.Length).Append(o.Name) : [o.Name];
        var label = string.Join(", ", names.Distinct());
        return o.ValueType == typeof(bool) || o.Arity.MaximumNumberOfValues == 0 ? label : $"{label} {o.HelpName ?? "GIÁ_TRỊ"}";
    }

    private static void Section(TextWriter w, string title, List<(string Label, string? Text)> rows)
    {
        if (rows.Count == 0) return;
        w.WriteLine();
        w.WriteLine(title);
        var width = rows.Max(r => r.Label.Length) + 2;
        foreach (var (label, text) in rows) w.WriteLine($"  {label.PadRight(width)}{text}".TrimEnd());
    }
}
