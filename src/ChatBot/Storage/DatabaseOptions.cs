using System.ComponentModel.DataAnnotations;

namespace ChatBot.Storage;

/// <summary>Section <c>Database</c>; the connection itself is <c>ConnectionStrings:ChatBot</c> (see <see cref="DataDirectory"/>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [RegularExpression("(?i)^(Sqlite|Postgres|PostgreSQL)$", ErrorMessage = "Database:Provider phải là Sqlite hoặc Postgres.")]
    public string Provider { get; set; } = "Sqlite";

    public bool IsPostgres => Provider.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase);
}
