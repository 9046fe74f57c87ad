using ChatBot.Directory;

namespace ChatBot.Cli;

public static class FileInput
{
    /// <summary>Reads a file within Parsing:MaxFileBytes (default 20 MB) or says why not.</summary>
    public static async Task<byte[]> ReadLimitedAsync(string path, IConfiguration config)
    {
        var max = long.TryParse(config["Parsing:MaxFileBytes"], out var m) ? m : 20L * 1024 * 1024;
        var info = new FileInfo(path);
        if (!info.Exists) throw new UserFacingException($"Không tìm thấy tệp \"{path}\".");
        if (info.Length > max) throw new UserFacingException($"Tệp quá lớn ({info.Length / 1024 / 1024} MB); giới hạn {max / 1024 / 1024} MB.");
        return await File.ReadAllBytesAsync(path);
    }
}
