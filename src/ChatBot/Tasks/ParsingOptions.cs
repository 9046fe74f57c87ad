using System.ComponentModel.DataAnnotations;
using ChatBot.Core.Parsing;

namespace ChatBot.Tasks;

/// <summary>Section <c>Parsing</c>: the one upload limit for a notice, whatever brings it (CLI file, chat upload,
/// Telegram/Zalo download, pasted text).</summary>
public sealed class ParsingOptions
{
    public const string Section = "Parsing";

    /// <summary>20 MB: Telegram's own download limit for bots, so a file Telegram delivers is never refused here.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    [Range(1024, 200L * 1024 * 1024, ErrorMessage = "Parsing:MaxFileBytes phải từ 1024 đến 209715200 (200 MB).")]
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>The parser's extraction limits with this upload limit.</summary>
    public ExtractionLimits Limits() => ExtractionLimits.Default with { MaxFileBytes = MaxFileBytes };

    /// <summary>"20 MB" in the refusals users read.</summary>
    public string MaxSizeText() => $"{MaxFileBytes / (1024 * 1024.0):0.#} MB";
}
