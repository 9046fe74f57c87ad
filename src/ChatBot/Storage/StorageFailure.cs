using Microsoft.Data.Sqlite;

namespace ChatBot.Storage;

/// <summary>One Vietnamese line for a failure of the disk or the database (a full disk, a read-only or locked file,
/// no permission, an unreachable server), or null when the exception is something else (a bug shows as one).</summary>
public static class StorageFailure
{
    private const int Enospc = 28, Erofs = 30, Edquot = 122;

    public static string? Describe(Exception? ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException s when Sqlite(s) is { } line:
                    return line;
                case IOException io when (io.HResult & 0xFFFF) is Enospc or Edquot || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase):
                    return $"ổ đĩa đầy, không ghi được ({io.Message}). Giải phóng dung lượng rồi chạy lại; dữ liệu đã có không bị mất.";
                case IOException io when (io.HResult & 0xFFFF) == Erofs:
                    return $"ổ đĩa chỉ cho đọc, không ghi được ({io.Message}).";
                case UnauthorizedAccessException ua:
                    return $"không có quyền truy cập tệp hoặc thư mục ({ua.Message}).";
                case Npgsql.PostgresException pg when pg.SqlState is "53100": // disk_full
                    return $"máy chủ PostgreSQL hết dung lượng đĩa ({pg.MessageText}).";
                case Npgsql.NpgsqlException pg when pg is not Npgsql.PostgresException && (pg.InnerException is System.Net.Sockets.SocketException or TimeoutException || pg.IsTransient):
                    return $"không kết nối được PostgreSQL ({pg.Message}).";
                case IOException io when e is not EndOfStreamException:
                    return $"lỗi đọc/ghi đĩa ({io.Message}).";
            }
        }
        return null;
    }

    /// <summary>SQLite's primary result codes that mean the file or the disk, not the query.</summary>
    private static string? Sqlite(SqliteException s) => s.SqliteErrorCode switch
    {
        13 => "ổ đĩa đầy (hoặc cơ sở dữ liệu đạt giới hạn dung lượng), không ghi được cơ sở dữ liệu. Giải phóng dung lượng rồi chạy lại; dữ liệu đã có không bị mất.",
        8 => "cơ sở dữ liệu chỉ cho đọc (quyền của tệp hoặc ổ đĩa), không ghi được.",
        14 => $"không mở được tệp cơ sở dữ liệu ({s.Message}); kiểm tra đường dẫn và quyền của thư mục dữ liệu.",
        10 => $"lỗi đọc/ghi đĩa khi dùng cơ sở dữ liệu ({s.Message}).",
        11 or 26 => "tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu SQLite; khôi phục từ bản sao lưu (lệnh restore).",
        5 or 6 => "cơ sở dữ liệu đang bị khóa bởi một tiến trình khác quá lâu; thử lại sau.",
        23 => "không có quyền dùng tệp cơ sở dữ liệu.",
        _ => null,
    };
}
