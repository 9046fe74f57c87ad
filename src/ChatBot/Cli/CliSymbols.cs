using System.CommandLine;

namespace ChatBot.Cli;

/// <summary>Options several verbs share, spelled and described once.</summary>
public static class CliSymbols
{
    public static Option<string> Ward() =>
        new("--ward") { Required = true, HelpName = "PHƯỜNG", Description = "Tên phường (không cần dấu) hoặc số của nó." };

    public static Option<bool> Json() => new("--json") { Description = "In kết quả dạng JSON cho chương trình khác đọc." };

    /// <summary>A name of one or more words (<c>ward add Bạch Đằng</c> works without quotes).</summary>
    public static Argument<string[]> Name(string helpName, string description) =>
        new("NAME") { Arity = ArgumentArity.OneOrMore, HelpName = helpName, Description = description };

    public static string Joined(this ParseResult r, Argument<string[]> name) => string.Join(' ', r.GetValue(name) ?? []);
}
