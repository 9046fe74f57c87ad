namespace ChatBot.Tests.Cli;

/// <summary>A temp folder per test class instance, removed afterwards with the SQLite files the test left in it.</summary>
public abstract class TempFolder : IDisposable
{
    protected string Root { get; } = System.IO.Directory.CreateTempSubdirectory("chatbot-cli-").FullName;

    /// <summary>A sub-folder of <see cref="Root"/>, created.</summary>
    protected string Folder(string name) => System.IO.Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // pooled connections keep the files open
        System.IO.Directory.Delete(Root, recursive: true);
        GC.SuppressFinalize(this);
    }
}
