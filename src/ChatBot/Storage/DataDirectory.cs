using ChatBot.Hosting;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage;

/// <summary>Where the service and the CLI keep SQLite, whatever folder they are started from:
/// <c>$CHATBOT_DATA</c> when set, else the user's data folder (<c>~/.local/share/ChatBot</c> on Linux,
/// <c>%LOCALAPPDATA%\ChatBot</c> on Windows). <c>ConnectionStrings:ChatBot</c> overrides the file; a relative
/// <c>Data Source</c> in it is taken inside this folder, never relative to the working directory.</summary>
public static class DataDirectory
{
    public const string Variable = "CHATBOT_DATA";
    public const string FileName = "chatbot.db";

    /// <summary>The data folder under this configuration (environment variables are part of it).</summary>
    public static string Resolve(IConfiguration config)
    {
        var set = config[Variable];
        if (!string.IsNullOrWhiteSpace(set)) return Path.GetFullPath(set);
        // DoNotVerify: the folder may not exist yet on a fresh account (it is created with the database).
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(local))
            throw new ConfigurationException($"Không xác định được thư mục dữ liệu của người dùng: đặt biến môi trường {Variable}.");
        return Path.Combine(local, "ChatBot");
    }

    /// <summary>The SQLite connection string: ConnectionStrings:ChatBot with its relative path resolved, or the default file.</summary>
    public static string SqliteConnectionString(IConfiguration config)
    {
        var configured = config.GetConnectionString("ChatBot");
        var b = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "" : configured);
        if (string.IsNullOrEmpty(b.DataSource))
            b.DataSource = Path.Combine(Resolve(config), FileName);
        else if (IsFile(b) && !Path.IsPathRooted(b.DataSource))
            b.DataSource = Path.GetFullPath(Path.Combine(Resolve(config), b.DataSource));
        return b.ToString();
    }

    /// <summary>Creates the folder of the database file; called just before the schema is checked, so a
    /// command that never reaches the database (a typo, <c>--help</c>) creates nothing.</summary>
    public static void EnsureFolder(string sqliteConnectionString)
    {
        var b = new SqliteConnectionStringBuilder(sqliteConnectionString);
        if (!IsFile(b)) return;
        var dir = Path.GetDirectoryName(Path.GetFullPath(b.DataSource));
        if (!string.IsNullOrEmpty(dir)) System.IO.Directory.CreateDirectory(dir);
    }

    private static bool IsFile(SqliteConnectionStringBuilder b) =>
        !string.IsNullOrEmpty(b.DataSource) && b.DataSource != ":memory:" && b.Mode != SqliteOpenMode.Memory
        && !b.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
