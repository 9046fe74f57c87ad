using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ChatBot.Directory;
using ChatBot.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage;

/// <summary>Scheduled online backups of the SQLite file (section <c>Backup</c>).</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>The running service backs the SQLite file up on its own (one instance: a lease).</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00", ErrorMessage = "Backup:Every phải từ 00:00:01 đến 30.00:00:00.")]
    public TimeSpan Every { get; set; } = TimeSpan.FromDays(1);

    /// <summary>When there is no backup yet: the first one this long after the service starts.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Backup:FirstAfter phải từ 00:00:00 đến 1.00:00:00.")]
    public TimeSpan FirstAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Scheduled backups kept; older ones are deleted after each new one.</summary>
    [Range(1, 1000, ErrorMessage = "Backup:Keep phải từ 1 đến 1000.")]
    public int Keep { get; set; } = 7;

    /// <summary>Where backups go; default: beside the database file, in <c>chatbot-backups/</c>. Relative: inside the data folder.</summary>
    public string? Folder { get; set; }
}

/// <summary>
/// Online backup and restore of the SQLite database. A backup is <c>VACUUM INTO</c> a temporary name, then renamed, so a
/// file named like a backup is always a whole, consistent copy taken while the service runs. Restore checks the file
/// (SQLite's integrity check, ChatBot's migration history), refuses while a service's heartbeat is fresh, keeps the
/// current files beside it (<c>*.before-restore-STAMP</c>) and copies the backup in with SQLite's backup API.
/// PostgreSQL has its own tools (pg_dump / pg_restore); both verbs say so.
/// </summary>
public sealed class SqliteBackup(IConfiguration config, IOptions<BackupOptions> options, TimeProvider clock)
{
    private const string Prefix = "chatbot-";
    private const string Stamp = "yyyyMMdd-HHmmss-fff";

    public static SqliteBackup FromConfiguration(IConfiguration config) =>
        new(config, Options.Create(config.ReadValidated<BackupOptions>(BackupOptions.Section)), TimeProvider.System);

    public bool IsSqlite => !config.ReadValidated<DatabaseOptions>(DatabaseOptions.Section).IsPostgres;

    public string DatabaseFile => Path.GetFullPath(new SqliteConnectionStringBuilder(DataDirectory.SqliteConnectionString(config)).DataSource);

    public string Folder => options.Value.Folder is { Length: > 0 } f
        ? Path.GetFullPath(f, DataDirectory.Resolve(config))
        : Path.Combine(Path.GetDirectoryName(DatabaseFile)!, Path.GetFileNameWithoutExtension(DatabaseFile) + "-backups");

    /// <summary>The scheduled backups, newest first.</summary>
    public List<FileInfo> List() => System.IO.Directory.Exists(Folder)
        ? new DirectoryInfo(Folder).GetFiles(Prefix + "*.db").OrderByDescending(f => f.Name, StringComparer.Ordinal).ToList()
        : [];

    /// <summary>Writes a consistent copy of the live database to <paramref name="target"/> (default: a new file in
    /// <see cref="Folder"/>, older ones beyond <see cref="BackupOptions.Keep"/> deleted); returns its path.</summary>
    public async Task<string> CreateAsync(ChatBotDb db, string? target, CancellationToken ct)
    {
        RequireSqlite("sao lưu", "pg_dump");
        var scheduled = target is null;
        target = Path.GetFullPath(target ?? Path.Combine(Folder, Prefix + clock.GetUtcNow().ToString(Stamp, CultureInfo.InvariantCulture) + ".db"));
        if (File.Exists(target)) throw new UserFacingException($"Tệp {target} đã có; chọn tên khác.");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var part = target + ".part";
        File.Delete(part);
        try
        {
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {part}", ct);
            File.Move(part, target);
        }
        finally
        {
            File.Delete(part);
        }
        if (scheduled)
            foreach (var old in List().Skip(options.Value.Keep)) old.Delete();
        return target;
    }

    /// <summary>Replaces the database with <paramref name="backup"/>; returns where the replaced files were kept (null
    /// when there was no database).</summary>
    public async Task<string?> RestoreAsync(string backup, bool force, CancellationToken ct)
    {
        RequireSqlite("khôi phục", "pg_restore");
        var source = Path.GetFullPath(backup);
        if (!File.Exists(source)) throw new UserFacingException($"Không thấy tệp sao lưu {source}.");
        await CheckBackupAsync(source, ct);
        var live = DatabaseFile;
        if (string.Equals(source, live, StringComparison.Ordinal)) throw new UserFacingException("Tệp sao lưu chính là cơ sở dữ liệu đang dùng.");
        if (!force && await RunningServiceAsync(live, ct) is { } running)
            throw new UserFacingException($"Dịch vụ đang chạy trên cơ sở dữ liệu này ({running}). Dừng dịch vụ trước khi khôi phục (hoặc thêm --force nếu chắc chắn nó đã dừng).");

        // Pooled connections of this process (a verb run before, in the same process) would still hold the old file.
        using (var pooled = new SqliteConnection(StorageExtensions.SqliteConnectionString(config))) SqliteConnection.ClearPool(pooled);
        string? kept = null;
        if (File.Exists(live))
        {
            kept = $"{live}.before-restore-{clock.GetUtcNow().ToString(Stamp, CultureInfo.InvariantCulture)}";
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(live + suffix)) File.Move(live + suffix, kept + suffix);
        }
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(live)!);
        try
        {
            await CopyAsync(source, live, ct);
        }
        catch
        {
            // Put back what was there: a failed restore leaves the database as it found it.
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(live + suffix);
                if (kept is not null && File.Exists(kept + suffix)) File.Move(kept + suffix, live + suffix);
            }
            throw;
        }
        return kept;
    }

    private static async Task CopyAsync(string source, string live, CancellationToken ct)
    {
        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = live, Pooling = false }.ToString());
        await from.OpenAsync(ct);
        await to.OpenAsync(ct);
        from.BackupDatabase(to);
        await using var wal = to.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL;"; // the service and the CLI share the file
        await wal.ExecuteNonQueryAsync(ct);
    }

    private void RequireSqlite(string what, string tool)
    {
        if (!IsSqlite) throw new UserFacingException($"Lệnh {what} này dành cho SQLite; với PostgreSQL dùng {tool} của PostgreSQL.");
    }

    /// <summary>A readable SQLite file that passes its integrity check and holds ChatBot's migration history.</summary>
    private static async Task CheckBackupAsync(string file, CancellationToken ct)
    {
        try
        {
            await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await c.OpenAsync(ct);
            await using var check = c.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            if (await check.ExecuteScalarAsync(ct) is not "ok")
                throw new UserFacingException($"Tệp {file} bị hỏng (integrity_check không đạt); không khôi phục.");
            await using var history = c.CreateCommand();
            history.CommandText = "SELECT count(*) FROM \"__EFMigrationsHistory\";";
            if (Convert.ToInt64(await history.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0)
                throw new UserFacingException($"Tệp {file} không phải bản sao lưu của ChatBot.");
        }
        catch (SqliteException e)
        {
            throw new UserFacingException($"Tệp {file} không phải bản sao lưu của ChatBot ({e.Message}).");
        }
    }

    /// <summary>A service instance whose heartbeat is fresh in the current database, or null (none, or the file cannot be read).</summary>
    private async Task<string?> RunningServiceAsync(string live, CancellationToken ct)
    {
        if (!File.Exists(live)) return null;
        try
        {
            var options = new DbContextOptionsBuilder<SqliteChatBotDb>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = live, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()).Options;
            await using var db = new SqliteChatBotDb(options);
            var since = clock.GetUtcNow() - Heartbeats.Stale;
            var beat = await db.Heartbeats.AsNoTracking().Where(h => h.At > since).FirstOrDefaultAsync(ct);
            return beat is null ? null : $"{beat.Host}, tiến trình {beat.ProcessId}";
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            return null; // a broken or foreign file: nothing runs on it usefully; restoring is the point
        }
    }
}

/// <summary>Backs the SQLite file up every <see cref="BackupOptions.Every"/> while the service runs (one instance at a
/// time: the <c>backup</c> lease). Real time: it is about the file, not the ward's day.</summary>
public sealed class BackupSchedule(IServiceScopeFactory scopes, Instance me, IOptions<BackupOptions> options, IConfiguration config,
    ILogger<BackupSchedule> log) : BackgroundService
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var o = options.Value;
        var backup = new SqliteBackup(config, options, Clock);
        if (!o.Enabled) return;
        if (!backup.IsSqlite)
        {
            log.LogInformation("Sao lưu tự động chỉ dành cho SQLite; với PostgreSQL hãy dùng pg_dump theo lịch của máy chủ");
            return;
        }
        var started = Clock.GetUtcNow();
        while (!ct.IsCancellationRequested)
        {
            var newest = backup.List().FirstOrDefault()?.LastWriteTimeUtc;
            var due = newest is { } at ? new DateTimeOffset(at, TimeSpan.Zero) + o.Every : started + o.FirstAfter;
            var wait = due - Clock.GetUtcNow();
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait < TimeSpan.FromMinutes(1) ? wait : TimeSpan.FromMinutes(1), ct);
                    continue;
                }
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ChatBotDb>();
                var ttl = TimeSpan.FromMinutes(10);
                if (await db.TryAcquireAsync("backup", me.Id, ttl, Clock.GetUtcNow(), ct))
                {
                    try
                    {
                        // Another instance may have just made one: look again under the lease.
                        if (backup.List().FirstOrDefault() is not { } last || new DateTimeOffset(last.LastWriteTimeUtc, TimeSpan.Zero) + o.Every <= Clock.GetUtcNow())
                            log.LogInformation("Đã sao lưu cơ sở dữ liệu vào {File}", await backup.CreateAsync(db, null, ct));
                    }
                    finally
                    {
                        await db.ReleaseAsync("backup", me.Id, Clock.GetUtcNow(), CancellationToken.None);
                    }
                }
                else await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, o.Every.TotalSeconds)), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                var pause = o.Every < TimeSpan.FromMinutes(5) ? o.Every : TimeSpan.FromMinutes(5);
                log.LogWarning("Sao lưu cơ sở dữ liệu không được ({Error}); thử lại sau {Pause}", StorageFailure.Describe(e) ?? e.Message, pause);
                try { await Task.Delay(pause, ct); } catch (OperationCanceledException) { return; }
            }
        }
    }
}
