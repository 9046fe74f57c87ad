using ChatBot.Directory;
using ChatBot.Tasks;

namespace ChatBot.Cli;

public static class FileInput
{
    /// <summary>Reads a file within Parsing:MaxFileBytes or says why not.</summary>
    public static async Task<byte[]> ReadLimitedAsync(string path, ParsingOptions limits, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new UserFacingException($"Không tìm thấy tệp \"{path}\".");
        if (info.Length > limits.MaxFileBytes)
            throw new UserFacingException($"Tệp quá lớn ({info.Length / (1024 * 1024.0):0.#} MB); giới hạn là {limits.MaxSizeText()}.");
        return await File.ReadAllBytesAsync(path, ct);
    }
}
